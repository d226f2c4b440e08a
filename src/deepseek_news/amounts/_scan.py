"""The amount scanner: numbers, scales, currencies, percent signs, ranges and context.

Span policy: an amount's span covers the currency written before the number
("$", "EUR"), the number (for a range: from the low bound), its scale word or
abbreviation and the currency or percent marker with its qualifier ("5,6
millions de dollars", "16,4 M$ CA", "10,05 milliards de $ hk", "4,7 %").  Words
of approximation ("près de", "environ", "plus de") and range openers ("entre")
only set flags; they are not part of the span.
"""

from __future__ import annotations

from decimal import Decimal

from ..lang.fr import numbers as num
from . import _grammar as g
from ._context import text_before
from ._numbers import NumberReader
from ._units import UnitReader
from ._values import Found, Num


class _Scanner(NumberReader, UnitReader):
    """One pass over the text: each number, its unit, its range, its currency by context."""

    def run(self) -> list[Found]:
        consumed = 0
        pending: Num | None = None  # last number without a unit, possible low bound
        for start, is_words, m in self.candidates():
            if start < consumed:
                continue
            if self.urls and self.in_url(start):
                continue
            n = self.words_number(m) if is_words else self.digits_number(m, consumed)
            if n is None:
                continue
            found = self.unit(n)
            if found is None:
                pending = n
                continue
            low = pending
            pending = None
            consumed = found.end
            self.merge_range(low, n, found)
            self.approximate(found)
            self.out.append(found)
        return self.out

    def unit(self, n: Num) -> Found | None:
        if n.prefix is not None:
            return Found("money", n.start, n.end, float(n.raw * n.scale), n.prefix)
        pc = self.percent_after(n)
        if pc is not None:
            end, points, factor = pc
            value = n.raw * factor
            half = g.HALF.match(self.text, end) if factor == 1 else None
            if half is not None and n.raw == n.raw.to_integral_value():
                # "trois pour cent et demi", "deux points et demi"
                value, end = value + (Decimal("0.5") if n.raw >= 0 else Decimal("-0.5")), half.end()
            return Found("percent", n.start, end, float(value), points=points)
        start = self.percent_noun_before(n)
        if start is not None:  # "un pourcentage de vingt"
            return Found("percent", start, n.end, float(n.raw))
        c = self.currency_after(n)
        if c is None:
            return self.implicit_money(n)
        end, code, factor = c
        value = n.raw * n.scale * factor
        if factor == 1 and n.scale == 1 and n.raw == n.raw.to_integral_value():
            comp = self.composite(end)
            if comp is not None:
                end, cents = comp
                value += cents * (1 if n.raw >= 0 else -1)
        return Found("money", n.start, end, float(value), code)

    def implicit_money(self, n: Num) -> Found | None:
        """A scaled number with no unit after it takes the currency of an earlier amount of the
        paragraph: "passé de 96 millions d'euros à 71 millions"."""
        text = self.text
        if n.scale < num.IMPLICIT_MIN_SCALE:
            return None
        if g.UNIT_AFTER_SCALE.match(text, n.end):
            self.last_count = n.end  # "3,5 millions de spectateurs, dont 1,2 million…"
            return None
        r = g.RANGE_NEXT.match(text, n.end)
        if r is not None and r.end() > n.end:
            nxt = g.DIGIT_SCANNER.match(text, r.end()) or g.WORD_SCANNER.match(text, r.end())
            if nxt is not None:
                return None  # the low bound of a range: "3 milliards à 4 milliards d'euros"
        para_start = self.paragraph(n.start)[0]
        for i in range(len(self.out) - 1, -1, -1):
            f = self.out[i]
            if f.end <= para_start:
                return None
            if f.end < self.last_count:
                return None  # a count of something else comes between
            if f.kind == "money" and abs(f.value) >= num.IMPLICIT_MIN_ANTECEDENT and not self.conversion(i):
                return Found("money", n.start, n.end, float(n.raw * n.scale), f.currency)
        return None

    def conversion(self, i: int) -> bool:
        """The i-th amount converts the money amount before it, in parentheses: "2 milliards de
        francs suisses (1,9 milliard d'euros)"; a later bare amount takes the first currency."""
        if i == 0 or self.out[i - 1].kind != "money":
            return False
        return g.CONVERSION_GAP.fullmatch(self.text, self.out[i - 1].end, self.out[i].start) is not None

    def merge_range(self, low: Num | None, high: Num, found: Found) -> None:
        """Make `found` a range when a bare number or an amount of the same kind opens it."""
        text = self.text
        if low is not None and low.end <= found.start:
            gap = text[low.end : high.start]
            joined = g.RANGE_JOIN.fullmatch(gap) is not None or g.ALTERNATIVE_JOIN.fullmatch(gap) is not None
            if not joined and g.RANGE_JOIN_AFTER_OPENER.fullmatch(gap):
                joined = g.RANGE_OPENER.search(text_before(text, low.start)) is not None
            if joined and self.is_year(low):
                joined = False  # "de 3 % en 2022 à 5 % en 2024"
            if joined and high.raw < 0 <= low.raw:
                joined = False  # "le CAC 40 à - 2 %": a range does not go down through zero
            if joined:
                lo = low.raw * low.scale
                if low.scale == 1 and high.scale != 1 and abs(low.raw) < abs(high.raw):
                    lo = low.raw * high.scale  # "5 et 10 millions"
                elif low.scale == 1 and high.scale >= 10**6 and abs(high.raw) <= abs(low.raw) < 1000:
                    lo = low.raw * high.scale / 1000  # "de 900 à 1,2 milliard": 900 millions
                self._as_range(found, low.start, lo, high)
                return
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != found.kind or prev.low is not None:
            return
        if prev.kind == "money" and prev.currency != found.currency:
            return
        gap = text[prev.end : high.start]
        if g.RANGE_JOIN.fullmatch(gap) and gap.strip() != "à":
            ok = True
        elif g.RANGE_JOIN_AFTER_OPENER.fullmatch(gap):
            ok = g.RANGE_OPENER.search(text_before(text, prev.start)) is not None
        else:
            ok = False
        if ok:
            self.out.pop()
            found.start = prev.start
            found.low, found.high = sorted((prev.value, found.value))
            found.value = found.low
            found.approximate = prev.approximate

    def is_year(self, n: Num) -> bool:
        """A plain four-digit year after a time word ("en 2022", "fin 2023")."""
        written = self.text[n.num_start : n.end]
        if g.YEAR.fullmatch(written) is None:
            return False
        return g.YEAR_BEFORE.search(text_before(self.text, n.start)) is not None

    def _as_range(self, found: Found, start: int, lo: Decimal, high: Num) -> None:
        if found.kind == "money":
            factor = Decimal(str(found.value)) / (high.raw * high.scale) if high.raw else Decimal(1)
            lo_v = float(lo * factor)
        else:
            lo_v = float(lo)
        found.start = start
        found.low, found.high = sorted((lo_v, found.value))
        found.value = found.low

    def approximate(self, f: Found) -> None:
        text = self.text
        if g.APPROX_BEFORE.search(text_before(text, f.start)):
            f.approximate = True
        elif g.APPROX_AFTER.match(text, f.end):
            f.approximate = True


def scan(text: str) -> list[Found]:
    """Every amount in `text`, in text order."""
    return _Scanner(text).run()
