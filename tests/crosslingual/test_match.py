"""match(): French segments against English segments, offline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from deepseek_news import match
from deepseek_news.crosslingual import DEFAULT_THRESHOLD

ENGLISH = [
    "We will hire two hundred engineers this year.",
    "The weather was cold and the children stayed at home.",
    "Our revenue grew by 5.6% in the last quarter.",
    "The minister refused to answer the journalists' questions.",
    "I bought a new car for my wife.",
]

# Written for these tests: a French rendering of each English sentence above.
RENDERINGS = [
    ("Nous allons recruter deux cents ingénieurs cette année.", 0),
    ("Il faisait froid et les enfants sont restés à la maison.", 1),
    ("Notre chiffre d'affaires a progressé de 5,6 % au dernier trimestre.", 2),
    ("Le ministre a refusé de répondre aux questions des journalistes.", 3),
    ("J'ai acheté une nouvelle voiture pour ma femme.", 4),
]


@pytest.mark.parametrize(("fr", "expected"), RENDERINGS)
def test_rendering_is_best_candidate(fr: str, expected: int) -> None:
    [m] = match([fr], ENGLISH)
    assert (m.en_index, m.fr_index) == (expected, 0)
    assert m.score >= DEFAULT_THRESHOLD
    assert m.en_text == ENGLISH[expected]


# Written for these tests: French sentences that render none of ENGLISH.
UNRELATED = [
    "Le tribunal examinera le dossier la semaine prochaine.",
    "Les agriculteurs manifestent contre la réforme des retraites.",
]


@pytest.mark.parametrize("fr", UNRELATED)
def test_no_match_under_default_threshold(fr: str) -> None:
    assert match([fr], ENGLISH) == []


@pytest.mark.parametrize("fr", UNRELATED)
def test_threshold_zero_gives_a_candidate(fr: str) -> None:
    [m] = match([fr], ENGLISH, threshold=0.0)
    assert 0.0 <= m.score < DEFAULT_THRESHOLD


def test_top_k_best_first_and_grouped() -> None:
    ms = match([RENDERINGS[0][0], RENDERINGS[4][0]], ENGLISH, top_k=3, threshold=0.0)
    assert [m.fr_index for m in ms] == [0, 0, 0, 1, 1, 1]
    for i in (0, 1):
        scores = [m.score for m in ms if m.fr_index == i]
        assert scores == sorted(scores, reverse=True)
    assert ms[0].en_index == 0 and ms[3].en_index == 4


def test_scores_do_not_depend_on_other_candidates() -> None:
    fr = RENDERINGS[2][0]
    alone = match([fr], [ENGLISH[2]], threshold=0.0)[0].score
    among = next(m for m in match([fr], ENGLISH, top_k=5, threshold=0.0) if m.en_index == 2).score
    assert alone == among


# Written for these tests: names and numbers anchor a match across spellings.
ANCHORS = [
    ("Les ventes ont bondi de 17 %", "sales jumped 17%", ("17", "17")),
    ("Un budget de 5,6 millions", "a budget of 5.6 million", ("5,6", "5.6")),
    ("Le modèle R1 de DeepSeek", "DeepSeek's R1 model", ("R1", "R1")),
]


@pytest.mark.parametrize(("fr", "en", "pair"), ANCHORS)
def test_anchor_evidence(fr: str, en: str, pair: tuple[str, str]) -> None:
    [m] = match([fr], [en, "nothing in common here at all"], threshold=0.0)
    assert m.en_index == 0
    assert pair in {(w.fr, w.en) for w in m.evidence}


def test_evidence_pairs_words() -> None:
    [m] = match(["Le ministre a refusé de répondre."], ["The minister refused to answer."])
    assert {(w.fr, w.en) for w in m.evidence} == {
        ("ministre", "minister"),
        ("refusé", "refused"),
        ("répondre", "answer"),
    }


def test_empty_inputs_and_errors() -> None:
    assert match([], ENGLISH) == []
    assert match(["Bonjour"], []) == []
    with pytest.raises(TypeError):
        match("Bonjour", ENGLISH)
    with pytest.raises(ValueError):
        match(["Bonjour"], ENGLISH, top_k=0)


def test_match_does_not_import_spacy() -> None:
    code = (
        "import sys, deepseek_news\n"
        "deepseek_news.match(['Le chat dort.'], ['The cat sleeps.'])\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lexicon_size() -> None:
    from deepseek_news.crosslingual._lexicon import read_lexicon

    lex = read_lexicon()
    assert "lexicon_core.tsv" in lex.files
    assert len(lex.translations) >= 10_000
