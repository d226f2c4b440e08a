"""Money amounts and percentages in French text (pure Python, no model)."""

from __future__ import annotations

from ..records import MoneyAmount, Percentage


def find_amounts(text: str, *, default_currency: str | None = "USD") -> list[MoneyAmount | Percentage]:
    """Every money amount and percentage in `text`, in text order."""
    return []
