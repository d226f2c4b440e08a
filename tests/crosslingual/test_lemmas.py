"""English lemmas, French lemmas and tense markers, tokenization of both languages."""

from __future__ import annotations

import pytest

from deepseek_news.crosslingual import _english, _french
from deepseek_news.crosslingual._lexicon import lexicon

# Written for these tests: irregular and regular English forms.
ENGLISH = [
    ("went", ("go",)),
    ("children", ("child",)),
    ("better", ("good", "more")),
    ("'ll", ("will",)),
    ("n't", ("not",)),
    ("models", ("model",)),
    ("companies", ("company",)),
    ("delivered", ("deliver",)),
    ("running", ("run", "running")),
    ("engineers", ("engineer",)),
    ("releases", ("release",)),
    ("impressive", ("impressive",)),
    ("business", ("business",)),
]


@pytest.mark.parametrize(("word", "expected"), ENGLISH)
def test_english_lemmas(word: str, expected: tuple[str, ...]) -> None:
    lexicon()  # the lexicon's English side is the lemmatizer's vocabulary
    assert _english.lemmas(word) == expected


# Written for these tests: French inflected forms and their lemmas.
FRENCH = [
    ("seront", "être"),
    ("puissantes", "puissant"),
    ("allait", "aller"),
    ("mangeons", "manger"),
    ("chevaux", "cheval"),
    # verb forms the lookup table reads as other words
    ("est", "être"),
    ("suis", "être"),
    ("dit", "dire"),
    ("pris", "prendre"),
]


@pytest.mark.parametrize(("form", "expected"), FRENCH)
def test_french_lemmas(form: str, expected: str) -> None:
    assert _french.lemma(form) == expected


# Written for these tests: future and conditional forms carry will / would.
TENSES = [
    ("seront", "will"),
    ("déclarera", "will"),
    ("pourrait", "would"),
    ("accélérerait", "would"),
    ("déclara", None),
    ("mangeons", None),
]


@pytest.mark.parametrize(("form", "expected"), TENSES)
def test_tense_marker(form: str, expected: str | None) -> None:
    assert _french.tense_marker(form, _french.lemma(form)) == expected


# Written for these tests: forms missing from the lemma table, found by their endings.
STRIPPED = [
    ("demandé", "demander"),
    ("chaude", "chaud"),
    ("affaires", "affaire"),
]


@pytest.mark.parametrize(("form", "expected"), STRIPPED)
def test_stripped_forms_reach_the_lexicon(form: str, expected: str) -> None:
    cands = [c for c in _french.stripped_forms(form) if c in lexicon().translations]
    assert cands[0] == expected


def test_english_contractions() -> None:
    text = "It doesn't work and we can't wait; they won't."
    assert [t[2] for t in _english.tokens(text)] == [
        "It",
        "does",
        "n't",
        "work",
        "and",
        "we",
        "ca",
        "n't",
        "wait",
        "they",
        "wo",
        "n't",
    ]


def test_english_us_is_not_the_pronoun() -> None:
    from deepseek_news.crosslingual._score import english_words

    [us] = [w for w in english_words("Sales in the US grew") if w.text == "US"]
    assert "usa" in us.targets and us.name


def test_french_tokens_keep_numbers_and_elisions() -> None:
    text = "l’IA a coûté 3 000 € et 5,6 %"
    assert [t[2] for t in _french.tokens(text)] == ["l’", "IA", "a", "coûté", "3 000", "€", "et", "5,6", "%"]


# Written for these tests: English texts cut into sentences, then clauses.
SEGMENTS = [
    (
        "Prices will fall. We are hiring, and we will grow fast!",
        [
            "Prices will fall.",
            "We are hiring, and we will grow fast!",
            "We are hiring",
            "and we will grow fast!",
        ],
    ),
    ("our new model is ready\n\nit ships today", ["our new model is ready", "it ships today"]),
    ("Short one, and two.", ["Short one, and two."]),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS)
def test_english_segments(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in _english.segments(text)] == expected
