"""Embedded English: paragraphs and sentences marked by dsn_language."""

from __future__ import annotations

import pytest

from deepseek_news.crosslingual._langid import english_spans, is_english
from deepseek_news.pipeline.language import english_segments

# Written for these tests.
PASSAGES = [
    ("We are very proud of the team and we will ship the new model soon.", True),
    ("it's a great day for all of us, thanks to everyone who made this possible", True),
    ("Le patron de la société a salué une étape importante pour son équipe.", False),
    ("La start-up a lancé son application sur l'App Store et Google Play.", False),
    ("Open source, low cost.", False),  # too short to decide
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_is_english(text: str, expected: bool) -> None:
    assert is_english(text) is expected


ARTICLE = (
    "La directrice a publié un message sur X mardi. Elle y salue le travail de son équipe.\n\n"
    "Le texte, rédigé en anglais, a été partagé des milliers de fois.\n\n"
    "We are proud of what the team has built. It is only the beginning!\n\n"
    "Thanks to all of you for the support."
)


def test_english_paragraphs_form_one_span() -> None:
    [(s, e)] = english_spans(ARTICLE)
    assert ARTICLE[s:e] == (
        "We are proud of what the team has built. It is only the beginning!\n\n"
        "Thanks to all of you for the support."
    )


def test_english_sentence_inside_french_paragraph() -> None:
    text = (
        "Le dirigeant a répondu en anglais. This is the best model we have ever built. "
        "La phrase a fait le tour des réseaux."
    )
    [(s, e)] = english_spans(text)
    assert text[s:e] == "This is the best model we have ever built."


def test_french_only_article_has_no_english() -> None:
    text = "Le gouvernement a présenté mardi son budget. Les syndicats ont dénoncé des coupes sévères."
    assert english_spans(text) == []


def test_component_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(ARTICLE)
    [(s, e)] = english_segments(doc)
    assert ARTICLE[s:e].startswith("We are proud") and ARTICLE[s:e].endswith("the support.")
    assert [sp.label_ for sp in doc.spans["dsn_english"]] == ["en"]
