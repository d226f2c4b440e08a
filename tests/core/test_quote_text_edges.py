"""Quote text at its edges: signs kept, stray quotation marks left out, warnings naming the document."""

from __future__ import annotations

import logging

import pytest

from deepseek_news import Extractor

# (text, [(quote text, kind, speaker)])
REPORTED_WITH_SIGNS = [
    (
        "Le directeur a affirmé que les ventes ont progressé de 15 %.",
        [("les ventes ont progressé de 15 %", "indirect", "le directeur")],
    ),
    (
        "Les ventes ont progressé de 15 %, a déclaré le ministre.",
        [("Les ventes ont progressé de 15 %", "indirect", "le ministre")],
    ),
    (
        "La ministre a indiqué que le taux d'alcoolémie autorisé restera de 0,5 ‰.",
        [("le taux d'alcoolémie autorisé restera de 0,5 ‰", "indirect", "la ministre")],
    ),
]

# an opening or closing mark whose partner is missing never ends up in the quote text
UNBALANCED_MARKS = [
    (
        "« Nous ne céderons pas, a déclaré Jean Dupont. Il a quitté la salle.",
        [("Nous ne céderons pas", "indirect", "Jean Dupont")],
    ),
    (
        "Jean Dupont a affirmé que « nous ne céderons pas. Il a quitté la salle.",
        [("nous ne céderons pas", "indirect", "Jean Dupont")],
    ),
    (
        "Le maire a assuré que la ville tiendra bon ». La séance a repris.",
        [("la ville tiendra bon", "indirect", "le maire")],
    ),
    (
        "Le maire a assuré que la ville « tiendra bon ». La séance a repris.",
        [("la ville « tiendra bon »", "indirect", "le maire"), ("tiendra bon", "partial", "le maire")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), REPORTED_WITH_SIGNS + UNBALANCED_MARKS)
def test_quote_text_edges(extractor: Extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    record = extractor.extract(text)
    assert [(q.text, q.kind, q.speaker) for q in record.quotes] == expected
    assert all(text[q.start : q.end] == q.text for q in record.quotes)


@pytest.mark.slow
def test_unbalanced_mark_warnings_name_the_document(
    extractor: Extractor, caplog: pytest.LogCaptureFixture
) -> None:
    texts = [
        "Le chantier a repris.",
        "Un titre\n\n« Nous ne céderons pas, a déclaré Jean Dupont. Il a quitté la salle.",
        "Marie Durand a dit : « Nous tiendrons.\n\nLa séance a repris ». Fin.",
    ]
    with caplog.at_level(logging.WARNING, logger="deepseek_news"):
        list(extractor.extract_many(texts, doc_ids=["a.txt", "b.txt", "c.txt"]))
    assert [r.getMessage() for r in caplog.records] == [
        "b.txt: unclosed quotation mark '«' at offset 10",
        "c.txt: unclosed quotation mark '«' at offset 21, closed at paragraph end",
        "c.txt: stray closing quotation mark '»' at offset 59",
    ]


@pytest.mark.slow
def test_unbalanced_mark_warning_offsets_refer_to_the_callers_string(
    extractor: Extractor, caplog: pytest.LogCaptureFixture
) -> None:
    text = "\u200bLe\u00ad maire\u200b a dit : « Nous tiendrons bon. La séance a repris."
    with caplog.at_level(logging.WARNING, logger="deepseek_news"):
        extractor.extract(text, doc_id="x")
    at = text.index("«")
    assert [r.getMessage() for r in caplog.records] == [f"x: unclosed quotation mark '«' at offset {at}"]
