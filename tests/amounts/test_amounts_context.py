"""Amounts that depend on their context: implicit currencies, percentage points,
currency names resolved by the country named, denials of any amount.

French sentences written for these tests, in the style of economic, political
and regional news; each table gives the exact list of (span text, kind, value,
currency or points) expected, in text order.
"""

from __future__ import annotations

import pytest

from deepseek_news.amounts import find_amounts
from deepseek_news.records import MoneyAmount

# (span text, "money" | "percent", value, currency for money / points for percentages)
Row = tuple[str, str, float | None, str | bool | None]


def amounts(text: str) -> list[Row]:
    out: list[Row] = []
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        if isinstance(a, MoneyAmount):
            out.append((a.text, "money", a.value, a.currency))
        else:
            out.append((a.text, "percent", a.value, a.points))
    return out


# --- 1. a second amount whose currency the sentence or paragraph leaves implicit ---

IMPLICIT_SAME_SENTENCE: list[tuple[str, list[Row]]] = [
    (
        "Le budget de la ville passe de 3,8 milliards d'euros à 4,1 milliards.",
        [("3,8 milliards d'euros", "money", 3.8e9, "EUR"), ("4,1 milliards", "money", 4.1e9, "EUR")],
    ),
    (
        "Le groupe a proposé 4 milliards de francs suisses, puis 4 milliards de plus.",
        [("4 milliards de francs suisses", "money", 4e9, "CHF"), ("4 milliards", "money", 4e9, "CHF")],
    ),
    (
        "Les recettes sont tombées de 96 millions d'euros en 2021 à 71 millions en 2023.",
        [("96 millions d'euros", "money", 96e6, "EUR"), ("71 millions", "money", 71e6, "EUR")],
    ),
    (
        "La levée atteint 40 M$, contre 25 M l'an dernier.",
        [("40 M$", "money", 40e6, "USD"), ("25 M", "money", 25e6, "USD")],
    ),
    (
        "La facture grimpe de 900 000 euros à 1,2 million.",
        [("900 000 euros", "money", 900_000.0, "EUR"), ("1,2 million", "money", 1.2e6, "EUR")],
    ),
    (
        "Le club visait deux milliards de yens et n'en a obtenu qu'un milliard et demi.",
        [
            ("deux milliards de yens", "money", 2e9, "JPY"),
            ("un milliard et demi", "money", 1.5e9, "JPY"),
        ],
    ),
    (
        "Le projet, estimé à 300 millions d'euros, pourrait coûter entre 350 et 400 millions.",
        [
            ("300 millions d'euros", "money", 300e6, "EUR"),
            ("350 et 400 millions", "money", 350e6, "EUR"),
        ],
    ),
    # the nearest earlier amount of at least 100 000 gives the currency
    (
        "Après 3 milliards de dollars en Asie et 2 milliards d'euros en Europe, le groupe vise 1 milliard.",
        [
            ("3 milliards de dollars", "money", 3e9, "USD"),
            ("2 milliards d'euros", "money", 2e9, "EUR"),
            ("1 milliard", "money", 1e9, "EUR"),
        ],
    ),
]

IMPLICIT_SAME_PARAGRAPH: list[tuple[str, list[Row]]] = [
    (
        "La coopérative avait perdu 2 millions d'euros en 2022. L'an dernier, la perte a été ramenée "
        "à 1,9 million.",
        [("2 millions d'euros", "money", 2e6, "EUR"), ("1,9 million", "money", 1.9e6, "EUR")],
    ),
    (
        "Le fonds a investi 12 milliards de couronnes suédoises. Il prévoit d'en placer 5 milliards "
        "d'ici 2027.",
        [
            ("12 milliards de couronnes suédoises", "money", 12e9, "SEK"),
            ("5 milliards", "money", 5e9, "SEK"),
        ],
    ),
]

# Scaled numbers that stay without currency: counts, another paragraph, a small antecedent.
IMPLICIT_NOT_MONEY: list[tuple[str, list[Row]]] = [
    (
        "La région a reçu 2 milliards d'euros. Elle compte 5,8 millions d'habitants.",
        [("2 milliards d'euros", "money", 2e9, "EUR")],
    ),
    (
        "L'État a versé 3 millions d'euros.\nLe festival a attiré 1,2 million cette année.",
        [("3 millions d'euros", "money", 3e6, "EUR")],
    ),
    (
        "Le billet coûte 12 euros et le festival a attiré 1,2 million cette année.",
        [("12 euros", "money", 12.0, "EUR")],
    ),
    ("Le festival a attiré 1,2 million cette année.", []),
    (
        "Le plan de 5 milliards d'euros touchera 2 millions de foyers en 2025.",
        [("5 milliards d'euros", "money", 5e9, "EUR")],
    ),
    (
        "Avec 10 millions d'euros, la mairie rénovera 3 000 logements d'ici 2030.",
        [("10 millions d'euros", "money", 10e6, "EUR")],
    ),
    # a scaled count between the amount and the bare number: the number counts the same thing
    (
        "Le film a coûté 20 millions d'euros et réuni 3,5 millions de spectateurs, dont 1,2 million en "
        "première semaine.",
        [("20 millions d'euros", "money", 20e6, "EUR")],
    ),
    # a bare low bound followed by an amount with its own currency is a range
    (
        "Après 2 milliards de dollars l'an dernier, le groupe table sur 3 milliards à 4 milliards d'euros.",
        [
            ("2 milliards de dollars", "money", 2e9, "USD"),
            ("3 milliards à 4 milliards d'euros", "money", 3e9, "EUR"),
        ],
    ),
]

# A year after a time word is not the low bound of a range.
YEARS: list[tuple[str, list[Row]]] = [
    (
        "Le taux est passé de 3 % en 2022 à 5 % en 2024.",
        [("3 %", "percent", 3.0, False), ("5 %", "percent", 5.0, False)],
    ),
    (
        "Le ticket est passé de 30 euros fin 2022 à 35 euros.",
        [("30 euros", "money", 30.0, "EUR"), ("35 euros", "money", 35.0, "EUR")],
    ),
    (
        "Les ventes sont passées de 96 millions d'euros en 2022 à 71 millions d'euros en 2024.",
        [("96 millions d'euros", "money", 96e6, "EUR"), ("71 millions d'euros", "money", 71e6, "EUR")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), IMPLICIT_SAME_SENTENCE + IMPLICIT_SAME_PARAGRAPH + IMPLICIT_NOT_MONEY + YEARS
)
def test_implicit_currency(text: str, expected: list[Row]) -> None:
    assert amounts(text) == expected


# --- 2. percentage points ---------------------------------------------------

POINTS_IN_A_RATE_CONTEXT: list[tuple[str, list[Row]]] = [
    ("Le taux de chômage a reculé de 0,2 point au premier trimestre.", [("0,2 point", "percent", 0.2, True)]),
    ("L'inflation a reculé de trois points en un an.", [("trois points", "percent", 3.0, True)]),
    ("La part des énergies fossiles perd 4 points.", [("4 points", "percent", 4.0, True)]),
    ("Le taux de marge gagne 1,5 point sur un an.", [("1,5 point", "percent", 1.5, True)]),
    ("Une hausse de 2 points est attendue.", [("2 points", "percent", 2.0, True)]),
    ("Le taux de chômage a baissé d'un point.", [("un point", "percent", 1.0, True)]),
    (
        "La guerre commerciale coûterait 0,4 point de croissance.",
        [("0,4 point", "percent", 0.4, True)],
    ),
    ("Le candidat perd 3 points dans le dernier sondage.", [("3 points", "percent", 3.0, True)]),
    ("Le déficit public a été réduit de 0,5 point de PIB.", [("0,5 point", "percent", 0.5, True)]),
    (
        "Le taux d'épargne atteint 17 %, 2 points de plus qu'en 2019.",
        [("17 %", "percent", 17.0, False), ("2 points", "percent", 2.0, True)],
    ),
    (
        "Le déficit atteint 5,5 % du PIB, soit 0,6 point de plus.",
        [("5,5 %", "percent", 5.5, False), ("0,6 point", "percent", 0.6, True)],
    ),
    (
        "Le taux a baissé de 2,5 points de pourcentage.",
        [("2,5 points de pourcentage", "percent", 2.5, True)],
    ),
    (
        "La banque centrale a relevé ses taux de 75 points de base.",
        [("75 points de base", "percent", 0.75, True)],
    ),
    ("La BCE a relevé ses taux d'un demi-point.", [("un demi-point", "percent", 0.5, True)]),
    (
        "La Réserve fédérale a abaissé ses taux d'un quart de point.",
        [("un quart de point", "percent", 0.25, True)],
    ),
    (
        "Le taux directeur recule de trois quarts de point.",
        [("trois quarts de point", "percent", 0.75, True)],
    ),
    (
        "Le rendement gagne un demi-point de pourcentage.",
        [("un demi-point de pourcentage", "percent", 0.5, True)],
    ),
    # "d'autre part" does not make a rate context, a real rate word does
    ("D'une part, la croissance gagne 0,3 point.", [("0,3 point", "percent", 0.3, True)]),
]

POINTS_NOT_PERCENT: list[tuple[str, list[Row]]] = [
    ("L'équipe compte 3 points d'avance.", []),
    (
        "Avec 60 % de victoires, l'équipe compte 3 points d'avance au classement.",
        [("60 %", "percent", 60.0, False)],
    ),
    ("Le club a une part de chance et 3 points de retard.", []),
    ("La part de marché du club reste stable, il a gagné 3 points lors du match.", []),
    ("Le CAC 40 a cédé 60 points, en baisse de 0,8 %.", [("0,8 %", "percent", 0.8, False)]),
    ("D'un point de vue économique, le taux reste élevé.", []),
    ("Le taux de chômage atteint un point bas.", []),
    ("Les trois points du plan portent sur le taux d'emprunt.", []),
    ("L'enseigne, dont la part de marché progresse, ouvre 40 points de vente.", []),
    ("D'autre part, il a perdu 12 points.", []),
    ("Aux échecs, il a marqué un demi-point.", []),
    (
        "Avec un taux de réussite de 70 %, Lyon remonte à 3 points du podium.",
        [("70 %", "percent", 70.0, False)],
    ),
    # no change or gap is stated: a count of items
    ("Le dossier comporte 12 points, dont celui du taux d'usure.", []),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_IN_A_RATE_CONTEXT + POINTS_NOT_PERCENT)
def test_percentage_points(text: str, expected: list[Row]) -> None:
    assert amounts(text) == expected


POINTS_KNOWN_LIMITS: list[tuple[str, list[Row]]] = [
    # "part" is a rate word ("la part des ménages"), also in "une part de gâteau"
    ("Il a mangé une part de gâteau et perdu 4 points au jeu.", []),
    # poll leads are percentage points, but "d'avance" reads as a score
    ("Le candidat compte 5 points d'avance dans les sondages.", [("5 points", "percent", 5.0, True)]),
]


@pytest.mark.xfail(strict=True, reason="bare points: rate and score words are read from the sentence only")
@pytest.mark.parametrize(("text", "expected"), POINTS_KNOWN_LIMITS)
def test_percentage_points_known_limits(text: str, expected: list[Row]) -> None:
    assert amounts(text) == expected


# --- 3. currency names resolved by their country ------------------------------

COUNTRY_CONTEXT: list[tuple[str, list[Row]]] = [
    ("À Genève, une amende de 500 francs a été infligée.", [("500 francs", "money", 500.0, "CHF")]),
    (
        "La Banque nationale suisse a perdu 3 milliards de francs.",
        [("3 milliards de francs", "money", 3e9, "CHF")],
    ),
    ("En Inde, le litre de lait vaut 60 roupies.", [("60 roupies", "money", 60.0, "INR")]),
    ("À Karachi, un repas coûte 800 roupies.", [("800 roupies", "money", 800.0, "PKR")]),
    ("À Casablanca, le loyer atteint 4 000 dirhams.", [("4 000 dirhams", "money", 4000.0, "MAD")]),
    ("À Dubaï, le taxi coûte 50 dirhams.", [("50 dirhams", "money", 50.0, "AED")]),
    ("L'Algérie a dépensé 900 milliards de dinars.", [("900 milliards de dinars", "money", 900e9, "DZD")]),
    ("À Londres, le ticket de métro coûte 3 livres.", [("3 livres", "money", 3.0, "GBP")]),
    (
        "Au Royaume-Uni, le salaire minimum est de 11 livres de l'heure.",
        [("11 livres", "money", 11.0, "GBP")],
    ),
    ("En Égypte, le pain coûte 20 livres.", [("20 livres", "money", 20.0, "EGP")]),
    (
        "La dette de l'Égypte atteint 300 milliards de livres.",
        [("300 milliards de livres", "money", 300e9, "EGP")],
    ),
    ("À Stockholm, un café coûte 40 couronnes.", [("40 couronnes", "money", 40.0, "SEK")]),
    # only another paragraph of the text names the country
    (
        "Le Maroc relève son salaire minimum.\nLe nouveau plancher atteindra 3 000 dirhams.",
        [("3 000 dirhams", "money", 3000.0, "MAD")],
    ),
    # CFA francs: West African by default, Central African when the context says so
    ("À Dakar, le sac de riz coûte 15 000 francs CFA.", [("15 000 francs CFA", "money", 15_000.0, "XOF")]),
    ("À Yaoundé, le sac de riz coûte 15 000 francs CFA.", [("15 000 francs CFA", "money", 15_000.0, "XAF")]),
    ("Le Gabon a emprunté 200 milliards de FCFA.", [("200 milliards de FCFA", "money", 200e9, "XAF")]),
    ("Le sac de riz coûte 15 000 F CFA.", [("15 000 F CFA", "money", 15_000.0, "XOF")]),
    (
        "Au Tchad, une amende de 10 000 francs CFA (BCEAO).",
        [("10 000 francs CFA (BCEAO)", "money", 10_000.0, "XOF")],
    ),
]

COUNTRY_CONTEXT_NOT_RESOLVED: list[tuple[str, list[Row]]] = [
    # no country named: the name stays ambiguous, or is no money at all
    ("Une amende de 500 francs a été infligée.", [("500 francs", "money", 500.0, None)]),
    ("Un repas coûte 800 roupies.", [("800 roupies", "money", 800.0, None)]),
    ("Le billet coûte 12 livres.", []),
    # two countries named: ambiguous
    ("Entre l'Inde et le Pakistan, l'écart atteint 50 roupies.", [("50 roupies", "money", 50.0, None)]),
    # books and weight, even in a British context
    ("À Londres, elle a acheté 12 livres.", []),
    (
        "À Londres, la librairie coûte cher : elle a acheté 12 livres pour 300 livres.",
        [("300 livres", "money", 300.0, "GBP")],
    ),
    ("Ce Londonien a écrit 12 livres et pèse 180 livres.", []),
    ("À Londres, le prix de ces 12 livres de cuisine a doublé.", []),
    # a qualifier wins over the context
    ("À Genève, il a payé 500 francs français.", [("500 francs français", "money", 500.0, "FRF")]),
    ("À Londres, il a payé 300 livres égyptiennes.", [("300 livres égyptiennes", "money", 300.0, "EGP")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_CONTEXT + COUNTRY_CONTEXT_NOT_RESOLVED)
def test_currency_from_country_context(text: str, expected: list[Row]) -> None:
    assert amounts(text) == expected


# --- 4. denials of any amount, and amounts of one unit -------------------------

NO_AMOUNT: list[tuple[str, list[Row]]] = [
    ("Pas un euro n'a été versé aux victimes.", []),
    ("Il n'a pas touché un centime.", []),
    ("Ils n'ont jamais payé un euro d'impôt.", []),
    ("Il est reparti sans un centime.", []),
    ("Les comptes sont justes au centime près.", []),
    ("Le budget a été calculé à l'euro près.", []),
]

ONE_UNIT_AMOUNTS: list[tuple[str, list[Row]]] = [
    ("Le prix du timbre augmente d'un centime.", [("un centime", "money", 0.01, "EUR")]),
    ("Le terrain a été cédé pour un euro symbolique.", [("un euro", "money", 1.0, "EUR")]),
    (
        "Il ne paie pas 2 euros mais un euro.",
        [("2 euros", "money", 2.0, "EUR"), ("un euro", "money", 1.0, "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_AMOUNT + ONE_UNIT_AMOUNTS)
def test_denials_and_single_units(text: str, expected: list[Row]) -> None:
    assert amounts(text) == expected
