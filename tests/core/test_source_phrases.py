"""Source phrases ("selon X", "d'après X", "à en croire X", "pour X"): one table
(lang/fr/sources.py) read by one matcher for quotations, reported speech and attribution.
Sentences written for this project; each row lists (kind, text, speaker, cue, cue words)
in text order."""

from __future__ import annotations

import pytest

from deepseek_news import Extractor

Row = tuple[str, str, str | None, str | None, str | None]

# "À en croire X, « … »": a whole sentence of X in quotation marks is direct speech
QUOTATIONS: list[tuple[str, list[Row]]] = [
    (
        "À en croire la ministre Claire Vautrin, « la réforme entrera en vigueur en mars ».",
        [("direct", "la réforme entrera en vigueur en mars", "Claire Vautrin", "selon", "À en croire")],
    ),
    (
        "À en croire Claire Vautrin, « nous tiendrons les délais ».",
        [("direct", "nous tiendrons les délais", "Claire Vautrin", "selon", "À en croire")],
    ),
    (
        "D'après Hélène Morin, « les travaux reprendront en mai ».",
        [("direct", "les travaux reprendront en mai", "Hélène Morin", "selon", "D'après")],
    ),
]

# "À en croire X, <clause>." and "<clause>, à en croire X." without quotation marks
REPORTED: list[tuple[str, list[Row]]] = [
    (
        "À en croire le syndicat Sud-Rail, la grève sera reconduite jusqu'à lundi.",
        [("indirect", "la grève sera reconduite jusqu'à lundi", "Sud-Rail", "selon", "À en croire")],
    ),
    (
        "La grève sera reconduite jusqu'à lundi, à en croire Marc Delorme.",
        [("indirect", "La grève sera reconduite jusqu'à lundi", "Marc Delorme", "selon", "à en croire")],
    ),
    (
        "D’après Hélène Morin, les travaux reprendront en mai.",
        [("indirect", "les travaux reprendront en mai", "Hélène Morin", "selon", "D’après")],
    ),
    (
        "Aux yeux de Paul Lemaire, la fusion est une erreur.",
        [("indirect", "la fusion est une erreur", "Paul Lemaire", "selon", "Aux yeux de")],
    ),
]

# "« … », à en croire X." after the quotation; "Pour X, « … »" records its own cue
ATTRIBUTION: list[tuple[str, list[Row]]] = [
    (
        "« Nous ne céderons rien », à en croire Paul Lemaire.",
        [("direct", "Nous ne céderons rien", "Paul Lemaire", "selon", "à en croire")],
    ),
    (
        "Le chantier a pris du retard. « Les fondations étaient fragiles », à en croire l'architecte "
        "Hélène Morin.",
        [("direct", "Les fondations étaient fragiles", "Hélène Morin", "selon", "à en croire")],
    ),
    (
        "« Le budget est tenu », d’après Hélène Morin.",
        [("direct", "Le budget est tenu", "Hélène Morin", "selon", "d’après")],
    ),
    (
        "Pour Hélène Morin, « la fusion est une erreur ».",
        [("partial", "la fusion est une erreur", "Hélène Morin", "pour", "Pour")],
    ),
]

CASES = [
    pytest.param(text, expected, id=f"{group}-{n}")
    for group, table in (("quotes", QUOTATIONS), ("reported", REPORTED), ("attribution", ATTRIBUTION))
    for n, (text, expected) in enumerate(table, 1)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_phrases(extractor: Extractor, text: str, expected: list[Row]) -> None:
    rec = extractor.extract(text)
    got = [
        (q.kind, q.text, q.speaker, q.cue, q.cue_mention.text if q.cue_mention else None) for q in rec.quotes
    ]
    assert got == expected
