"""Gender read from the text next to a name, and from the first-name lexicon (own sentences)."""

from __future__ import annotations

import pytest

from deepseek_news.gender import corpus_key, first_name_gender, text_gender

F, M = "female", "male"

# (sentence, name in it, expected evidence) — one group per kind of evidence
TITLES = [
    ("Mme Camille Durand a pris la parole.", "Camille Durand", [("title", "Mme", F)]),
    ("M. Dominique Roux a pris la parole.", "Dominique Roux", [("title", "M.", M)]),
    ("Madame Claude Petit répond aux questions.", "Claude Petit", [("title", "Madame", F)]),
    ("MM. Le Bihan et Roux ont voté contre.", "Bihan", [("title", "MM.", M)]),
    ("Me Claude Petit plaide la relaxe.", "Claude Petit", []),  # Me: no gender
]
AGREEMENT_BEFORE = [
    ("La ministre Camille Durand arrive.", "Camille Durand", [("agreement", "La ministre", F)]),
    ("Le ministre Camille Durand arrive.", "Camille Durand", [("agreement", "Le ministre", M)]),
    ("la directrice du musée, Claude Petit, répond.", "Claude Petit", [("agreement", "la directrice", F)]),
    ("le patron du groupe, Claude Petit, répond.", "Claude Petit", [("agreement", "le patron", M)]),
    (
        "l'économiste américaine Claude Petit répond.",
        "Claude Petit",
        [("agreement", "l'économiste américaine", F)],
    ),
    ("l'ancienne juge Claude Petit répond.", "Claude Petit", [("agreement", "l'ancienne juge", F)]),
    ("la Première ministre Claude Petit répond.", "Claude Petit", [("agreement", "la Première ministre", F)]),
    ("l'influenceuse Claude Petit répond.", "Claude Petit", [("agreement", "l'influenceuse", F)]),
    # a role inside a complement is not the person's: the adjoint is, not the maire
    (
        "le premier adjoint à la maire de Lyon, Claude Petit, répond.",
        "Claude Petit",
        [("agreement", "le premier adjoint", M)],
    ),
    # but a role the name is attached to is, whatever comes before
    (
        "le parti de l'ancien président Claude Petit répond.",
        "Claude Petit",
        [("agreement", "l'ancien président", M)],
    ),
]
AGREEMENT_AFTER = [
    ("Claude Petit, directrice de l'école, répond.", "Claude Petit", [("agreement", "directrice", F)]),
    (
        "Claude Petit, 52 ans, ancienne ministre, répond.",
        "Claude Petit",
        [("agreement", "ancienne ministre", F)],
    ),
    (
        "Claude Petit, l'ancien président du club, répond.",
        "Claude Petit",
        [("agreement", "l'ancien président", M)],
    ),
    ("Claude Petit, retraitée, répond.", "Claude Petit", [("agreement", "retraitée", F)]),
]
PARTICIPLES = [
    ("Claude Petit, interrogée mardi, répond.", "Claude Petit", [("participle", "interrogée", F)]),
    ("Claude Petit est arrivée en tête.", "Claude Petit", [("participle", "arrivée", F)]),
    ("Claude Petit a été élue au premier tour.", "Claude Petit", [("participle", "élue", F)]),
    ("Claude Petit s'est dit satisfaite du vote.", "Claude Petit", [("participle", "dit satisfaite", F)]),
    ("Claude Petit s'est dit prêt à partir.", "Claude Petit", [("participle", "dit prêt", M)]),
    ("Claude Petit s'est montré très prudent.", "Claude Petit", [("participle", "montré très prudent", M)]),
    ("« C'est fait », s'est félicitée Claude Petit.", "Claude Petit", [("participle", "félicitée", F)]),
]
NOTHING: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # past participles with avoir do not agree with the subject
    ("Claude Petit a déclaré que tout allait bien.", "Claude Petit", []),
    # the name is a complement of the role noun
    ("La fille de Claude Petit répond.", "Claude Petit", []),
    ("L'épouse de Claude Petit, décédée en 2010, répond.", "Claude Petit", []),
    # nouns whose grammatical gender is not the person's
    ("La victime, Claude Petit, témoigne.", "Claude Petit", []),
    ("Le témoin Claude Petit raconte.", "Claude Petit", []),
    # a verb between role and name
    ("La ministre a reçu Claude Petit hier.", "Claude Petit", []),
    # an epicene role without determiner
    ("Claude Petit, économiste, répond.", "Claude Petit", []),
    # a list of names
    ("Claude Petit, Jean Roux et Anne Lemoine sont venus.", "Claude Petit", []),
]


@pytest.mark.parametrize(
    ("text", "name", "expected"), TITLES + AGREEMENT_BEFORE + AGREEMENT_AFTER + PARTICIPLES + NOTHING
)
def test_text_gender(text: str, name: str, expected: list[tuple[str, str, str]]) -> None:
    start = text.index(name)
    assert text_gender(text, start, start + len(name)) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Marie", F),
        ("Jean", M),
        ("Élisabeth", F),  # accented capitals are looked up without accent
        ("Éric", M),
        ("Jean-Marie", M),
        ("Marie-Christine", F),  # compound given names: their first part
        ("Camille", None),  # used for both genders
        ("Dominique", None),
        ("Claude", None),
        ("T.", None),  # an initial
        ("Zxqwv", None),  # unknown
        ("marie", None),  # not a name as written
    ],
)
def test_first_name_gender(given: str, expected: str | None) -> None:
    assert first_name_gender(given) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Élisabeth Borne", "Elisabeth Borne", True),
        ("Jean-Luc Mélenchon", "jean luc melenchon", True),
        ("Sam Altman", "Altman", False),  # joined inside a record, not by the key itself
        ("Donald Trump", "Melania Trump", False),
    ],
)
def test_corpus_key(a: str, b: str, same: bool) -> None:
    assert (corpus_key(a) == corpus_key(b)) is same
