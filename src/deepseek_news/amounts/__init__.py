"""Money amounts and percentages in French text (pure Python, no model).

>>> from deepseek_news.amounts import find_amounts
>>> [(a.text, a.value) for a in find_amounts("Une hausse de 4,7 % pour 5,6 millions de dollars.")]
[('4,7 %', 4.7), ('5,6 millions de dollars', 5600000.0)]
"""

from __future__ import annotations

from ..lang.fr.currencies import DEFAULT
from ..records import MoneyAmount, Percentage
from ._scan import scan as scan  # the scanner the dsn_amounts component reads
from ._values import Found

__all__ = ["find_amounts"]


def _resolve(currency: str | None, default_currency: str | None) -> str | None:
    return default_currency if currency == DEFAULT else currency


def _record(text: str, f: Found, default_currency: str | None) -> MoneyAmount | Percentage:
    if f.kind == "money":
        return MoneyAmount(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            value=f.value,
            currency=_resolve(f.currency, default_currency),
            approximate=f.approximate,
            low=f.low,
            high=f.high,
        )
    return Percentage(
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        value=f.value,
        approximate=f.approximate,
        points=f.points,
        low=f.low,
        high=f.high,
    )


def find_amounts(text: str, *, default_currency: str | None = "USD") -> list[MoneyAmount | Percentage]:
    """Every money amount and percentage in `text`, in text order.

    Offsets are exact on `text` (``text[a.start:a.end] == a.text``).  A bare
    "dollar(s)", "$" or "cents" gets `default_currency` (USD unless told
    otherwise; ``None`` leaves it unknown).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_amounts expects str, got {type(text).__name__}")
    return [_record(text, f, default_currency) for f in scan(text)]
