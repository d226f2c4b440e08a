"""Sentences with numbers but no money or percentage (written for these tests)."""

from __future__ import annotations

import pytest

from deepseek_news.amounts import find_amounts

DATES_TIMES_PLACES = [
    "Le sommet s'est tenu le 14 juillet 2024 à 14 h 30.",
    "En 2023, la croissance a ralenti.",
    "Rendez-vous au 12 rue de la Paix, 75002 Paris.",
    "Le texte figure page 12, paragraphe 3.",
    "La réunion dure de 9 à 11 heures.",
    "Elle est née le 8 mai 1945.",
]

PHONES_AND_CODES = [
    "Appelez le 01 23 45 67 89.",
    "Composez le +33 6 12 34 56 78 avant midi.",
    "La norme ISO 9001 et le code 4x4.",
    "Voir https://exemple.fr/recherche?q=30%25%2020% pour les détails.",
    "Le lien www.exemple.fr/page%28a%29 est cassé.",
]

MEASURES = [
    "Il a 45 ans et mesure 1,80 m.",
    "Il fait 25 degrés, voire 30 °C à l'ombre.",
    "La température tombe à -5 degrés.",
    "Il a perdu 5 livres pendant l'été.",
    "Elle a lu deux livres cette semaine.",
    "Une livre de beurre et trois livres de farine.",
    "Un réservoir de 10 000 litres et 75 ml de sirop.",
    "La tour culmine à 300 mètres et pèse 7 300 tonnes.",
    "Le CAC 40 a gagné 90 points.",
    "Il a marqué 12 points au match.",
    "Il a tiré 200k images au total.",
]

WORD_SENSES = [
    "Le sol était glissant, un sol en marbre.",
    "Un franc succès pour le film.",
    "Un euro fort pénalise les exportations.",
    "Des milliards et des milliards de dollars.",
    "Des millions d'euros ont été perdus.",
    "Plusieurs centaines de milliers de dollars.",
    "Le dollar a reculé face à l'euro.",
    "Un pourcentage élevé des salariés.",
    "Les 10 000 manifestants et les 3 000 policiers.",
    "Le chômage atteint un point bas.",
]


@pytest.mark.parametrize("text", DATES_TIMES_PLACES + PHONES_AND_CODES + MEASURES + WORD_SENSES)
def test_no_amount(text: str) -> None:
    assert find_amounts(text) == []


def test_empty_text() -> None:
    assert find_amounts("") == []


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        find_amounts(b"5 euros")  # type: ignore[arg-type]
