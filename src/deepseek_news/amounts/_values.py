"""Numbers as written: their values, and the two records the scanner builds.

`digits_value` reads digits in French and English typography ("3 000,5", "94.000",
"1,234,567"), `words_value` French number words ("quatre-vingt-dix-neuf", "deux
cent mille"); `Num` is one number read in the text, `Found` one amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..lang.fr.numbers import SCALE_ABBREVIATIONS
from . import _grammar as g


@dataclass(slots=True)
class Found:
    """One amount, with offsets into the scanned text."""

    kind: str  # "money" | "percent"
    start: int
    end: int
    value: float
    currency: str | None = None  # ISO code, cur.DEFAULT, or None
    approximate: bool = False
    points: bool = False
    low: float | None = None
    high: float | None = None


@dataclass(slots=True)
class Num:
    """One number read in the text, with its scale and any currency written before it."""

    start: int  # start of the amount (currency prefix included)
    num_start: int
    end: int  # end of the number (and scale, when any)
    raw: Decimal  # number as written
    scale: int  # 1 when none
    noun_scale: bool  # "millions": may be followed by "de"
    single_un: bool  # the whole number is "un"/"une"
    words: bool
    prefix: str | None = None  # ISO code (or DEFAULT) of a currency written before the number


@lru_cache(maxsize=4096)
def to_decimal(text: str) -> Decimal:
    """`Decimal(text)`, cached: the same numbers recur in a text."""
    return Decimal(text)


def digits_value(s: str) -> Decimal:
    """Value of a number written in digits, French conventions first."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in s:
        return to_decimal(s.replace(" ", "").replace(",", "."))
    if "." in s and "," in s:  # 125.000,50
        return to_decimal(s.replace(".", "").replace(",", "."))
    if s.count(",") >= 2:  # 1,234,567
        return to_decimal(s.replace(",", ""))
    if "." in s:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):  # 94.000
            return to_decimal(s.replace(".", ""))
        return to_decimal(s)
    return to_decimal(s.replace(",", "."))


def words_value(text: str, base: int) -> tuple[int, int, str, str, int] | None:
    """Parse French number words at the start of `text`.

    Returns (value, `base` + end offset, last kind, first word, last scale)
    for the longest well-formed prefix, or None; the last scale is the value
    of a final "millions"/"milliards" (1 when the number does not end with one).
    """
    big = 0
    thousands = 0
    current = 0
    last: str | None = None
    end = -1
    first = ""
    prev_word = ""
    last_scale = 1
    for m in g.WORD_TOKEN.finditer(text):
        w = m.group().lower()
        if w == "et":
            continue
        entry = g.WORD_VALUES.get(w)
        if entry is None:
            break
        kind, v = entry
        base_kinds = (None, "hundred", "thousand", "scale")
        if kind == "unit":
            if last in base_kinds or (last == "tens" and current % 10 == 0):
                current += v
            elif last == "teen" and current % 100 in (10, 70, 90):
                current += v
            else:
                break
        elif kind == "teen":
            if last in base_kinds or (last == "tens" and current % 100 in (60, 80)):
                current += v
            else:
                break
        elif kind == "tens":
            if last in base_kinds:
                current += v
            elif last == "unit" and v == 20 and prev_word == "quatre" and current % 100 == 4:
                current += 76
            else:
                break
        elif kind == "hundred":
            if last in (None, "thousand", "scale"):
                current += 100
            elif last == "unit" and 2 <= current <= 9:
                current *= 100
            else:
                break
        elif kind == "thousand":
            if thousands == 0 and last != "thousand":
                thousands = max(current, 1)
                current = 0
            else:
                break
        else:  # large scale
            if last is None or last == "scale":
                break
            n = thousands * 1000 + current or 1
            big += n * v
            last_scale = v
            thousands = 0
            current = 0
        if not first:
            first = w
        last = kind
        prev_word = w
        end = m.end()
    if last is None:
        return None
    return big + thousands * 1000 + current, base + end, last, first, last_scale if last == "scale" else 1


@lru_cache(maxsize=64)
def abbr(s: str) -> int:
    """Value of a scale abbreviation ("M" 10^6, "Md" 10^9)."""
    return SCALE_ABBREVIATIONS[s]
