"""Gender and corpus keys on the records the extractor builds (own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from deepseek_news.evaluate_gender import score_genders

pytestmark = pytest.mark.slow

F, M = "female", "male"

# (text, speaker name, type, gender, evidence, corpus key)
SPEAKERS = [
    (
        "Camille Lambert dirige l'usine. « Nous ne fermerons pas le site », a-t-elle assuré lundi.",
        "Camille Lambert",
        "person",
        F,
        "pronoun:a-t-elle assuré",
        "camille lambert",
    ),
    (
        "Dominique Faure, la porte-parole du syndicat, a affirmé que la grève continuerait.",
        "Dominique Faure",
        "person",
        F,
        "agreement:la porte-parole",
        "dominique faure",
    ),
    (
        "« Je suis venue pour mes enfants », explique Claude Girard, qui manifeste depuis le matin.",
        "Claude Girard",
        "person",
        F,
        "participle:Je suis venue",
        "claude girard",
    ),
    (
        "Le patron d'OpenAI, Sam Altman, était à Paris mardi. « L'Europe doit investir », a déclaré Altman.",
        "Sam Altman",
        "person",
        M,
        "agreement:Le patron",
        "sam altman",
    ),
    (
        "Le constructeur Renault a annoncé que ses ventes avaient progressé.",
        "Renault",
        "organization",
        None,
        None,
        "renault",
    ),
    (
        "Un porte-parole du ministère a indiqué que le texte serait retiré.",
        "un porte-parole du ministère",
        "unnamed",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "type_", "gender", "evidence", "key"), SPEAKERS)
def test_speaker_gender(
    extractor: Any,
    text: str,
    name: str,
    type_: str,
    gender: str | None,
    evidence: str | None,
    key: str | None,
) -> None:
    record = extractor.extract(text)
    speaker = next(s for s in record.speakers if s.name == name)
    assert (speaker.type, speaker.gender, speaker.gender_evidence, speaker.corpus_key) == (
        type_,
        gender,
        evidence,
        key,
    )


# (text, person, gender, evidence)
PERSONS = [
    ("Luca Bianchi a présenté les comptes du groupe.", "Luca Bianchi", M, "first_name:Luca"),
    (
        "Les comptes ont été présentés par Marie-Christine Lenoir, jeudi.",
        "Marie-Christine Lenoir",
        F,
        "first_name:Marie-Christine",
    ),
    # ambiguous given name and nothing in the text
    ("Camille Roussel a présenté les comptes.", "Camille Roussel", None, None),
    # the text wins over the lexicon
    ("Mme Jean Durieux a présenté les comptes.", "Jean Durieux", F, "title:Mme"),
]


@pytest.mark.parametrize(("text", "name", "gender", "evidence"), PERSONS)
def test_person_gender(
    extractor: Any, text: str, name: str, gender: str | None, evidence: str | None
) -> None:
    record = extractor.extract(text)
    person = next(p for p in record.persons if p.name == name)
    assert (person.gender, person.gender_evidence) == (gender, evidence)


def test_score_genders() -> None:
    gold = [{"id": "1", "persons": {"Anne Roux": F, "Paul Roux": M, "Claude Petit": F, "Léa Bon": F}}]
    record = {
        "persons": [
            {"name": "Anne Roux", "gender": F},
            {"name": "Paul Roux", "gender": F},
            {"name": "Claude Petit", "gender": None},
        ],
        "speakers": [],
    }
    errors: list[str] = []
    result = score_genders([(gold[0], record)], errors)
    assert result == {
        "persons": 4,
        "found": 3,
        "missed": 1,
        "assigned": 2,
        "correct": 1,
        "accuracy": 0.5,
        "coverage": 0.6667,
    }
    assert errors == [
        "1: 'Paul Roux' is male, got female (found as 'Paul Roux')",
        "1: no gender for 'Claude Petit' (found as 'Claude Petit')",
        "1: not found 'Léa Bon'",
    ]
