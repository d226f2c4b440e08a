"""What follows a number: a currency, a percent marker, percentage points, subunits."""

from __future__ import annotations

from decimal import Decimal

from ..lang.fr import numbers as num
from . import _grammar as g
from ._context import Context, text_before
from ._values import Num, to_decimal, words_value


class UnitReader(Context):
    """Reads the unit after a number."""

    def currency_after(self, n: Num) -> tuple[int, str | None, Decimal] | None:
        """(end, currency, factor) of a currency right after the number."""
        text = self.text
        c = g.CURRENCY_AFTER.match(text, n.end)
        if c is None:
            return self.misspelt_currency(n)
        if c.group("de") is not None and not (n.noun_scale or round_million(n)):
            return None
        if c.group("sym") is not None:
            sym = " ".join(c.group("sym").split())
            dq = c.group("dq")
            if dq is not None and dq.lower() in g.SYMBOL_QUALIFIERS.get(sym, {}):
                return c.end(), g.SYMBOL_QUALIFIERS[sym][dq.lower()], Decimal(1)
            return c.end("sym"), self.resolve(g.SYMBOLS[sym], n.start)[0], Decimal(1)
        if c.group("code") is not None:
            return c.end(), g.ALL_CODES[c.group("code")], Decimal(1)
        name = g.NAMES[" ".join(c.group("name").lower().split())]
        end = c.end()
        if n.single_un and g.NOT_AMOUNT_BEFORE_UN.search(text_before(text, n.start)):
            return None  # "pas un euro", "sans un centime"
        if name.qualifier is not None:
            qm = name.qualifier.match(text, end)
            if qm is not None:
                reading = name.qualifiers[" ".join(qm.group("q").lower().replace("’", "'").split())]
                return qm.end(), self.resolve(reading, n.start)[0], name.factor
        if n.single_un and (name.not_after_un or g.NOT_AMOUNT_AFTER_UN.match(text, end)):
            return None
        code, from_context = self.resolve(name.alone, n.start)
        if name.needs_context and n.scale == 1:
            # "livres", "couronnes": books and crowns unless priced in a named country
            if not from_context or not self.price_before(n.start) or g.UNIT_AFTER_SCALE.match(text, end):
                return None
        return end, code, name.factor

    def misspelt_currency(self, n: Num) -> tuple[int, str | None, Decimal] | None:
        """ "165 millions de francq guinéens": a scaled number, "de", a word one letter away
        from a currency name, and a qualifier of that name."""
        if not n.noun_scale:
            return None
        m = g.MISSPELT_NAME.match(self.text, n.end)
        if m is None:
            return None
        word = m.group("w").lower()
        qualifier = " ".join(m.group("q").lower().replace("’", "'").split())
        for form, name in g.NAMES.items():
            if qualifier in name.qualifiers and one_edit(word, form):
                return m.end(), self.resolve(name.qualifiers[qualifier], n.start)[0], name.factor
        return None

    def percent_after(self, n: Num) -> tuple[int, bool, Decimal] | None:
        """(end, points, factor) of a percent marker right after the number."""
        text = self.text
        if n.scale != 1:
            return None
        p = g.PERCENT.match(text, n.end)
        if p is not None:
            if (
                n.single_un
                and p.group("word") is not None
                and p.group("word").lower().startswith("pourcentage")
            ):
                return None
            return p.end(), False, Decimal(1)
        p = g.POINTS.match(text, n.end)
        if p is None:
            return self.fraction_points(n)
        if p.group("pp") is not None:
            return p.end(), True, Decimal(1)
        if p.group("pb") is not None:
            return p.end(), True, g.BASIS_POINT
        if not self.points_context(n, p.end()):
            return None
        return p.end(), True, Decimal(1)

    def percent_noun_before(self, n: Num) -> int | None:
        """Start of "pourcentage de" before a bare number that ends its clause: "un
        pourcentage de 20" (not "le pourcentage de 18 ans", nor a year)."""
        if n.scale != 1 or n.prefix is not None or n.single_un:
            return None
        text = self.text
        p = g.PERCENT_NOUN_BEFORE.search(text, max(0, n.start - 20), n.start)
        if p is None or g.PERCENT_VALUE_END.match(text, n.end) is None:
            return None
        if g.YEAR.fullmatch(text, n.num_start, n.end):
            return None  # "le pourcentage de 2019"
        return p.start()

    def fraction_points(self, n: Num) -> tuple[int, bool, Decimal] | None:
        """ "d'un demi-point", "un quart de point", "trois quarts de point de pourcentage"."""
        f = g.FRACTION_POINT.match(self.text, n.end)
        if f is None or n.words is False:
            return None
        word = " ".join(f.group("f").lower().replace("-", " ").split())
        factor = to_decimal(str(num.POINT_FRACTIONS[word]))
        if word.startswith("demi") and not n.single_un:
            return None  # "deux demi-points" is not written
        if f.group("pp") is None and not self.points_context(n, f.end()):
            return None
        return f.end(), True, factor

    def points_context(self, n: Num, end: int) -> bool:
        """Bare "point(s)" ending at `end` are percentage points (see numbers.RATE_WORDS)."""
        text = self.text
        left = text_before(text, n.num_start)
        if n.single_un and not g.DE_BEFORE.search(left):
            return False  # "un point" is a percentage point in "recul d'un point" only
        de = g.POINT_DE_WORD.match(text, end)
        if de is not None and not g.NOT_A_UNIT_WORD.match(de.group("w")):
            # "0,3 point de croissance" vs "3 points d'avance", "points de vente"
            return g.RATE_WORD_FULL.match(de.group("w")) is not None
        if g.POINT_ADJECTIVE.match(text, end) or g.LIST_DETERMINER_BEFORE.search(left):
            return False
        if not (g.POINT_CUE_BEFORE.search(left) or g.POINT_CUE_AFTER.match(text, end)):
            return False  # "le dossier comporte 12 points": items, not a change
        start, stop = self.sentence(n.num_start)
        if g.SCORE_WORD.search(text, start, stop) or g.INDEX_WORD.search(text, start, stop):
            return False
        if g.CHANGE_BEFORE.search(left) or self.percent_before(n.num_start, start):
            return True
        idioms = [m.span() for m in g.RATE_IDIOM.finditer(text, start, stop)]
        for m in g.RATE_WORD.finditer(text, start, stop):
            if not any(s <= m.start() < e for s, e in idioms):
                return True
        return False

    def composite(self, pos: int) -> tuple[int, Decimal] | None:
        """Subunits after a whole amount: "15 dollars et 15 cents", "3 euros 50", "3€50"."""
        text = self.text
        lead = g.COMPOSITE_LEAD.match(text, pos)
        if lead is None:
            return None
        p = lead.end()
        d = g.COMPOSITE_DIGITS.match(text, p)
        if d is not None:
            value, end = int(d.group()), d.end()
            if lead.group() == "" and len(d.group()) != 2:
                return None
        else:
            w = g.WORD_SCANNER.match(text, p)
            if w is None:
                return None
            parsed = words_value(w.group("words"), p)
            if parsed is None or parsed[0] >= 100:
                return None
            value, end = parsed[0], parsed[1]
        sub = g.SUBUNIT_AFTER.match(text, end)
        if sub is not None:
            end = sub.end()
        elif lead.group() != "" and not g.CLAUSE_END.match(text, end):
            return None
        if value >= 100:
            return None
        return end, Decimal(value) / 100


def round_million(n: Num) -> bool:
    """ "1 000 000 de dollars": "de" follows a whole number of millions."""
    return n.scale == 1 and n.raw >= 1_000_000 and n.raw % 1_000_000 == 0


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
