"""dsn_lemmatizer gives every token the lemma the model's French rule lemmatizer gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy
from spacy.lang.fr.lemmatizer import FrenchLemmatizer

from deepseek_news.pipeline.lemmatizer import Lemmas, replaces

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.slow

# every path of the French rules: words of the index, exceptions (irregular verbs), suffix
# rules, unknown words, proper nouns and numbers (lookup table), whitespace and punctuation;
# the same words again, in a later sentence and a later text (the memo)
TEXTS = [
    "Le maire a annoncé mardi la fermeture des ponts.\n\nLes travaux dureront six mois.",
    "« Nous tiendrons », ont déclaré Claire Moreau et Jean-Baptiste Lefèvre-Duchamp.",
    "Ils sont allés à Bruxelles ; elles étaient parties plus tôt. Il va, nous irons, vous iriez.",
    "Les cyberattaquants ont rançonné 1 200 hôpitaux (+12,5 %) selon l'ANSSI.\t Fin.",
    "Le maire a annoncé mardi la fermeture des ponts. Claire Moreau a dit « non ».",
    "",
]


def _lemmas(doc: Doc) -> list[str]:
    return [t.lemma_ for t in doc]


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    with nlp.select_pipes(enable=["tok2vec", "morphologizer", "parser", "attribute_ruler"]):
        return list(nlp.pipe(TEXTS))


@pytest.fixture(scope="module")
def model_lemmatizer(nlp: Language) -> FrenchLemmatizer:
    lemmatizer = FrenchLemmatizer(nlp.vocab, None, mode="rule")
    ours = nlp.get_pipe("lemmatizer")
    assert isinstance(ours, Lemmas)
    lemmatizer.lookups = ours.lookups
    return lemmatizer


def test_same_lemmas_as_the_french_lemmatizer(
    nlp: Language, parsed: list[Doc], model_lemmatizer: FrenchLemmatizer
) -> None:
    ours = nlp.get_pipe("lemmatizer")
    for doc in [*parsed, *parsed]:  # the second pass reads the memo
        expected, got = model_lemmatizer(doc.copy()), ours(doc.copy())
        assert _lemmas(got) == _lemmas(expected)
    words = sum(len(doc) for doc in parsed)
    assert words > 80


def test_examples(nlp: Language, parsed: list[Doc]) -> None:
    ours = nlp.get_pipe("lemmatizer")
    doc = ours(parsed[2].copy())
    assert [(t.text, t.lemma_) for t in doc[:4]] == [
        ("Ils", "il"),
        ("sont", "être"),
        ("allés", "aller"),
        ("à", "à"),
    ]


def test_a_lemma_set_before_is_kept(
    nlp: Language, parsed: list[Doc], model_lemmatizer: FrenchLemmatizer
) -> None:
    ours = nlp.get_pipe("lemmatizer")
    expected, got = parsed[0].copy(), parsed[0].copy()
    for doc in (expected, got):
        doc[0].lemma_ = "LE"
    assert _lemmas(ours(got)) == _lemmas(model_lemmatizer(expected))
    assert got[0].lemma_ == "LE"


def test_the_loaded_model_uses_the_component(nlp: Language) -> None:
    component = nlp.get_pipe("lemmatizer")
    assert type(component) is Lemmas
    assert sorted(component.lookups.tables) == ["lemma_exc", "lemma_index", "lemma_lookup", "lemma_rules"]
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_replaces_only_the_french_rule_lemmatizer(nlp: Language) -> None:
    rule = FrenchLemmatizer(nlp.vocab, None, mode="rule")
    lookup = FrenchLemmatizer(nlp.vocab, None, mode="lookup")
    other = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule"})
    already = nlp.get_pipe("lemmatizer")
    assert [replaces(rule), replaces(lookup), replaces(other), replaces(already), replaces(object())] == [
        True,
        False,
        False,
        False,
        False,
    ]
