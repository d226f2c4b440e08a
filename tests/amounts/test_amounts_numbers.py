"""The number grammar alone: digits with French separators, and number words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deepseek_news.amounts._values import digits_value, words_value

# French typography (Imprimerie nationale rules): space-grouped thousands,
# decimal comma; dot-grouped thousands and decimal point as found in wires.
DIGITS = [
    ("3 000", Decimal(3000)),
    ("3\u00a0000", Decimal(3000)),
    ("3\u202f000", Decimal(3000)),
    ("3\u2009000", Decimal(3000)),
    ("1 250 000", Decimal(1250000)),
    ("94.000", Decimal(94000)),
    ("1.250.000", Decimal(1250000)),
    ("2.204,62", Decimal("2204.62")),
    ("5,6", Decimal("5.6")),
    ("12,345", Decimal("12.345")),
    ("23.1", Decimal("23.1")),
    ("3 000,50", Decimal("3000.50")),
    ("1,234,567", Decimal(1234567)),
    ("42", Decimal(42)),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_digits(text: str, expected: Decimal) -> None:
    assert digits_value(text) == expected


# Académie française numerals, 1990 hyphenation, Belgian/Swiss forms
WORDS = [
    ("cinq", 5),
    ("mille", 1000),
    ("vingt-et-un", 21),
    ("vingt et un", 21),
    ("soixante-dix", 70),
    ("soixante et onze", 71),
    ("soixante-dix-sept", 77),
    ("quatre-vingts", 80),
    ("quatre-vingt-dix-neuf", 99),
    ("quatre vingt quinze", 95),
    ("trente cinq", 35),
    ("cent", 100),
    ("cent un", 101),
    ("deux cents", 200),
    ("deux cent dix", 210),
    ("cinq cent trente-cinq", 535),
    ("deux cent mille", 200000),
    ("un million deux cent mille", 1200000),
    ("trois milliards", 3_000_000_000),
    ("mille milliards", 10**12),
    ("deux mille vingt-quatre", 2024),
    ("septante-cinq", 75),
    ("nonante", 90),
    ("huitante-huit", 88),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text: str, expected: int) -> None:
    parsed = words_value(text, 0)
    assert parsed is not None
    assert parsed[0] == expected
    assert parsed[1] == len(text)


# the parser keeps the longest well-formed prefix
WORD_PREFIXES = [
    ("quarante-cinq cents", 45, "quarante-cinq"),  # "cents" is then the subunit
    ("onze sept", 11, "onze"),
    ("un cent", 1, "un"),
    ("vingt deux trois", 22, "vingt deux"),
]


@pytest.mark.parametrize(("text", "value", "kept"), WORD_PREFIXES)
def test_word_prefixes(text: str, value: int, kept: str) -> None:
    parsed = words_value(text, 0)
    assert parsed is not None
    assert (parsed[0], text[: parsed[1]]) == (value, kept)


@pytest.mark.parametrize("text", ["millions", "et", "chat"])
def test_not_a_number(text: str) -> None:
    assert words_value(text, 0) is None
