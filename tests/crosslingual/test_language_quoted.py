"""English quoted inside French sentences: the quotation is English, the sentence stays French."""

from __future__ import annotations

import pytest

from deepseek_news import Extractor
from deepseek_news.crosslingual._langid import english_spans, is_english_quotation

ALTMAN_EN = (
    "deepseek's r1 is an impressive model, particularly around what they're able to deliver for the price."
)
ALTMAN = (
    "Le patron d'OpenAI, Sam Altman, a réagi sur X : « deepseek's r1 is an impressive model, particularly "
    "around what they're able to deliver for the price. » Il a ajouté sur son blog : « Nous allons accélérer "
    "nos sorties. » « C'est une bonne nouvelle pour tout le monde », a-t-il écrit."
)

# (text, English passages found)
SPANS = [
    # a French sentence quoting a long English statement: only the quotation is English
    (
        ALTMAN,
        [ALTMAN_EN],
    ),
    # short English quotations inside French sentences
    (
        "Sam Altman a salué sur X un travail « really impressive » de l'équipe chinoise.",
        ["really impressive"],
    ),
    ("Le président a encore dénoncé des “fake news” lors de son meeting.", ["fake news"]),
    # French quotations, loanwords and titles stay French
    ("Le ministre a défendu une « start-up nation » devant les députés.", []),
    ("Elle a qualifié la réforme de « bonne nouvelle » pour les salariés.", []),
    ("Le festival a projeté « In the Mood for Love » en version restaurée.", []),
    ("La marque a repris son slogan « Just Do It » pour la campagne.", []),
    ("Il a parlé d'un « deal » avec les investisseurs.", []),
    # English paragraphs and sentences are still found whole
    (
        "La dirigeante a écrit en anglais. We are proud of the team and we will ship it soon. Fin.",
        ["We are proud of the team and we will ship it soon."],
    ),
    (
        "We are proud of what the team has built, and it is only the beginning.",
        ["We are proud of what the team has built, and it is only the beginning."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_english_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in english_spans(text)] == expected


QUOTATIONS = [
    ("really impressive", True),
    ("fake news", True),
    ("junk food", True),
    ("we will pull up some releases", True),
    ("start-up nation", False),
    ("bonne nouvelle", False),
    ("deal", False),  # one word: too little to tell
    ("In the Mood for Love", False),
    ("très impressive", False),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATIONS)
def test_is_english_quotation(text: str, expected: bool) -> None:
    assert is_english_quotation(text) is expected


@pytest.mark.slow
def test_french_quotes_after_an_english_quotation_keep_their_speaker(extractor: Extractor) -> None:
    record = extractor.extract(ALTMAN)
    assert [(q.kind, q.text, q.speaker) for q in record.quotes] == [
        ("direct", "Nous allons accélérer nos sorties.", "Sam Altman"),
        ("direct", "C'est une bonne nouvelle pour tout le monde", "Sam Altman"),
    ]
    assert [(o.source, o.text) for o in record.originals] == [
        (
            "embedded",
            ALTMAN_EN,
        )
    ]


@pytest.mark.slow
def test_short_english_quotation_is_an_original_not_a_partial_quote(extractor: Extractor) -> None:
    text = "Sam Altman a salué sur X un travail « really impressive » de l'équipe chinoise."
    record = extractor.extract(text)
    assert [q.kind for q in record.quotes] == []
    assert [(o.source, o.text, o.start, o.end) for o in record.originals] == [
        (
            "embedded",
            "really impressive",
            text.index("really"),
            text.index("really") + len("really impressive"),
        )
    ]
