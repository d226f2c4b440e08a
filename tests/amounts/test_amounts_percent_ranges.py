"""Percentages, percentage points, ranges and approximations: French sentences written for these tests."""

from __future__ import annotations

import pytest

from deepseek_news.amounts import find_amounts
from deepseek_news.records import MoneyAmount, Percentage

PRow = tuple[str, float | None, bool]  # text, value, points


def percents(text: str) -> list[PRow]:
    out = []
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        if isinstance(a, Percentage):
            out.append((a.text, a.value, a.points))
    return out


PERCENT_FORMS: list[tuple[str, list[PRow]]] = [
    ("Le titre a perdu 4,7 % mardi.", [("4,7 %", 4.7, False)]),
    ("Le titre a perdu 4,7\u202f% mardi.", [("4,7\u202f%", 4.7, False)]),
    ("Le titre a perdu 4,7\u00a0% mardi.", [("4,7\u00a0%", 4.7, False)]),
    ("Une hausse de 23.1% sur un an.", [("23.1%", 23.1, False)]),
    ("Le chômage baisse de 5 pour cent.", [("5 pour cent", 5.0, False)]),
    ("Le chômage baisse de 5 pour-cent.", [("5 pour-cent", 5.0, False)]),
    ("Le chômage baisse de 5 pourcent.", [("5 pourcent", 5.0, False)]),
    ("Le chômage baisse de 5 pourcents.", [("5 pourcents", 5.0, False)]),
    ("Il a obtenu vingt pour cent des voix.", [("vingt pour cent", 20.0, False)]),
    ("Il est sûr à cent pour cent.", [("cent pour cent", 100.0, False)]),
    ("Un score de quatre-vingt-dix-neuf %.", [("quatre-vingt-dix-neuf %", 99.0, False)]),
    (
        "Les ventes reculent de -3,2 % et les marges de −0,4 %.",
        [("-3,2 %", -3.2, False), ("−0,4 %", -0.4, False)],
    ),
    ("Le titre bondit de +12 % à l'ouverture.", [("+12 %", 12.0, False)]),
    ("Le taux monte à 4 %, soit 0,5 point de plus.", [("4 %", 4.0, False), ("0,5 point", 0.5, True)]),
    ("Le taux gagne 0,25 point de pourcentage.", [("0,25 point de pourcentage", 0.25, True)]),
    ("Le taux gagne un point de pourcentage.", [("un point de pourcentage", 1.0, True)]),
    ("La banque relève ses taux de 50 points de base.", [("50 points de base", 0.5, True)]),
    ("Le bénéfice grimpe à 12 % (contre 9 %).", [("12 %", 12.0, False), ("9 %", 9.0, False)]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_FORMS)
def test_percent(text: str, expected: list[PRow]) -> None:
    assert percents(text) == expected


# Rows: (span text, kind, value, low, high, approximate)
Full = tuple[str, str, float | None, float | None, float | None, bool]


def full(text: str) -> list[Full]:
    out: list[Full] = []
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        kind = "money" if isinstance(a, MoneyAmount) else "percent"
        out.append((a.text, kind, a.value, a.low, a.high, a.approximate))
    return out


RANGES: list[tuple[str, list[Full]]] = [
    (
        "Le coût est estimé entre 5 et 10 millions d'euros.",
        [("5 et 10 millions d'euros", "money", 5e6, 5e6, 10e6, False)],
    ),
    ("Une hausse de 3 à 5 % est prévue.", [("3 à 5 %", "percent", 3.0, 3.0, 5.0, False)]),
    ("Une hausse de 3-5 % est prévue.", [("3-5 %", "percent", 3.0, 3.0, 5.0, False)]),
    ("Une hausse entre 3 % et 5 % est prévue.", [("3 % et 5 %", "percent", 3.0, 3.0, 5.0, False)]),
    (
        "Un coût entre 500 000 et 1 million d'euros.",
        [("500 000 et 1 million d'euros", "money", 500_000.0, 500_000.0, 1e6, False)],
    ),
    (
        "Entre cinq et dix milliards de dollars seront levés.",
        [("cinq et dix milliards de dollars", "money", 5e9, 5e9, 10e9, False)],
    ),
    # an evolution, not a range: both ends carry their unit
    (
        "Le taux passe de 4,5 % à 4 %.",
        [("4,5 %", "percent", 4.5, None, None, False), ("4 %", "percent", 4.0, None, None, False)],
    ),
    # two numbers joined by "et" without "entre" are a list, not a range
    ("Des hausses de 2 et 3 %.", [("3 %", "percent", 3.0, None, None, False)]),
]

APPROXIMATE: list[tuple[str, list[Full]]] = [
    ("L'action a chuté de près de 17 %.", [("17 %", "percent", 17.0, None, None, True)]),
    ("L'action a chuté de près 17 %.", [("17 %", "percent", 17.0, None, None, True)]),
    ("Il faut près d'un milliard d'euros.", [("un milliard d'euros", "money", 1e9, None, None, True)]),
    ("Il a coûté environ 300 000 €.", [("300 000 €", "money", 300_000.0, None, None, True)]),
    ("Il a coûté quelque 300 000 €.", [("300 000 €", "money", 300_000.0, None, None, True)]),
    (
        "Il a coûté plus de 2 milliards de dollars.",
        [("2 milliards de dollars", "money", 2e9, None, None, True)],
    ),
    (
        "Il a coûté au moins 2 milliards de dollars.",
        [("2 milliards de dollars", "money", 2e9, None, None, True)],
    ),
    ("Une remise jusqu'à 40 % en janvier.", [("40 %", "percent", 40.0, None, None, True)]),
    ("Une remise jusqu’à 40 % en janvier.", [("40 %", "percent", 40.0, None, None, True)]),
    ("Il a coûté moins de 5 euros.", [("5 euros", "money", 5.0, None, None, True)]),
    ("Il a coûté 5 millions d'euros environ.", [("5 millions d'euros", "money", 5e6, None, None, True)]),
    ("Il a coûté exactement 5 euros.", [("5 euros", "money", 5.0, None, None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES + APPROXIMATE)
def test_ranges_and_approximations(text: str, expected: list[Full]) -> None:
    assert full(text) == expected


# Forms of French usage references (Office québécois de la langue française for
# "p. 100"; Académie française and Trésor de la langue française for "virgule"
# and "et demi"), in sentences written for these tests.
USAGE_REFERENCES: list[tuple[str, list[Full]]] = [
    ("La croissance atteindrait 2 p. 100 cette année.", [("2 p. 100", "percent", 2.0, None, None, False)]),
    ("Le taux de chômage est passé à 6 p.100.", [("6 p.100", "percent", 6.0, None, None, False)]),
    (
        "« On est à trois virgule deux pour cent », a dit le ministre.",
        [("trois virgule deux pour cent", "percent", 3.2, None, None, False)],
    ),
    (
        "La hausse atteint zéro virgule zéro huit pour cent.",
        [("zéro virgule zéro huit pour cent", "percent", 0.08, None, None, False)],
    ),
    (
        "Le parti plafonne à douze virgule soixante et onze pour cent.",
        [("douze virgule soixante et onze pour cent", "percent", 12.71, None, None, False)],
    ),
    (
        "Les prix ont grimpé de quatre et demi pour cent.",
        [("quatre et demi pour cent", "percent", 4.5, None, None, False)],
    ),
    (
        "L'État a mis près de deux milliards et demi d'euros sur la table.",
        [("deux milliards et demi d'euros", "money", 2.5e9, None, None, True)],
    ),
    (
        "Le club a reçu 1 million et demi de dollars.",
        [("1 million et demi de dollars", "money", 1.5e6, None, None, False)],
    ),
    (
        "La dette atteint un virgule cinq milliard d'euros.",
        [("un virgule cinq milliard d'euros", "money", 1.5e9, None, None, False)],
    ),
    # "et demi" after a noun, and a per-hundred rate before a larger number, are not percentages
    ("Il y a deux ans et demi, la part était de 3 %.", [("3 %", "percent", 3.0, None, None, False)]),
    ("On compte 4 p. 100 000 habitants.", []),
    # "p. cent", the other abbreviation of the Office québécois de la langue française
    ("Les loyers ont bondi de 7 p. cent.", [("7 p. cent", "percent", 7.0, None, None, False)]),
    ("Le taux directeur reste à 2,75 p.cent.", [("2,75 p.cent", "percent", 2.75, None, None, False)]),
    # the half after the percent marker, as it is said
    (
        "Les salaires montent de trois pour cent et demi.",
        [("trois pour cent et demi", "percent", 3.5, None, None, False)],
    ),
    (
        "Le taux de chômage a reculé de deux points et demi en un an.",
        [("deux points et demi", "percent", 2.5, None, None, False)],
    ),
    # "et demi-" begins another word
    ("Une remise de 3 % et demi-tarif le dimanche.", [("3 %", "percent", 3.0, None, None, False)]),
    # spelled-out numbers and ranges with "pour cent"
    (
        "Entre dix et quinze pour cent des salariés sont concernés.",
        [("dix et quinze pour cent", "percent", 10.0, 10.0, 15.0, False)],
    ),
    (
        "La hausse sera de 4 à 6 pour cent.",
        [("4 à 6 pour cent", "percent", 4.0, 4.0, 6.0, False)],
    ),
    (
        "Le vote a réuni soixante-dix-sept pourcent des inscrits.",
        [("soixante-dix-sept pourcent", "percent", 77.0, None, None, False)],
    ),
]

# The value of a percentage named before it: "un pourcentage de 20".
PERCENT_NOUN: list[tuple[str, list[Full]]] = [
    (
        "Le candidat atteint un pourcentage de vingt.",
        [("pourcentage de vingt", "percent", 20.0, None, None, False)],
    ),
    (
        "Il réalise un pourcentage de 12,5 chez les jeunes.",
        [("pourcentage de 12,5", "percent", 12.5, None, None, False)],
    ),
    # a noun after the number is what the percentage counts
    ("Le pourcentage de 18 ans inscrits progresse.", []),
    ("Le pourcentage de 30 élèves par classe est dépassé.", []),
    # a year
    ("Le pourcentage de 2022.", []),
    # "des N": of the N, not a value
    ("Le pourcentage des 305 députés présents n'est pas connu.", []),
]

# Powers written with a caret.
POWERS: list[tuple[str, list[Full]]] = [
    ("Le calcul donne 1,1^12 pourcent.", [("1,1^12 pourcent", "percent", 3.138428376721, None, None, False)]),
    ("Une croissance de 10^2 pour cent.", [("10^2 pour cent", "percent", 100.0, None, None, False)]),
    (
        "Le calcul donne 1,1^+12 pourcent.",
        [("1,1^+12 pourcent", "percent", 3.138428376721, None, None, False)],
    ),
    ("La part tombe à 2^-1 %.", [("2^-1 %", "percent", 0.5, None, None, False)]),
    ("Le fonds pèse 10^6 euros.", [("10^6 euros", "money", 1e6, None, None, False)]),
    ("Il existe 2^64 combinaisons.", []),
    # an exponent too large for a value
    ("Le fonds pèse 10^400 euros.", []),
]


@pytest.mark.parametrize(("text", "expected"), USAGE_REFERENCES + PERCENT_NOUN + POWERS)
def test_spoken_and_abbreviated_forms(text: str, expected: list[Full]) -> None:
    assert full(text) == expected


# Inputs found in machine-translated text: accepted forms.
MACHINE_TRANSLATED = [
    ("Le rendement atteint 100 pourcentage.", [("100 pourcentage", 100.0, False)]),
    ("Le rendement atteint trente pourcentage.", [("trente pourcentage", 30.0, False)]),
]


@pytest.mark.parametrize(("text", "expected"), MACHINE_TRANSLATED)
def test_machine_translated_forms(text: str, expected: list[PRow]) -> None:
    assert percents(text) == expected


# Expectations of the Recognizers-Text percent suite judged wrong for French (docs/amounts.md),
# in sentences written for these tests: the percentage written is what is reported.
PEER_EXPECTATIONS_NOT_FOLLOWED: list[tuple[str, list[PRow]]] = [
    # a verb of subtraction is no minus sign
    ("Il suffit de soustraire cinq pour cent du prix affiché.", [("cinq pour cent", 5.0, False)]),
    # "pourcent des N" names the base of a percentage, not its value
    ("Un pourcent des trois cents sièges reste vacant.", [("Un pourcent", 1.0, False)]),
]


@pytest.mark.parametrize(("text", "expected"), PEER_EXPECTATIONS_NOT_FOLLOWED)
def test_peer_expectations_not_followed(text: str, expected: list[PRow]) -> None:
    assert percents(text) == expected


NOT_SUPPORTED = [
    # "pour 100" after a number is read as a count ("3 pour 100 euros"), never as a percentage
    ("Le taux atteint 12 pour 100.", [("12 pour 100", 12.0, False)]),
]


@pytest.mark.xfail(strict=True, reason="'pour 100' is too often a count to be a percent marker")
@pytest.mark.parametrize(("text", "expected"), NOT_SUPPORTED)
def test_not_supported(text: str, expected: list[PRow]) -> None:
    assert percents(text) == expected
