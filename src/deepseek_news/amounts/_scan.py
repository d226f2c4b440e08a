"""The amount scanner: numbers, scales, currencies, percent signs, ranges and context.

Span policy: an amount's span covers the currency written before the number
("$", "EUR"), the number (for a range: from the low bound), its scale word or
abbreviation and the currency or percent marker with its qualifier ("5,6
millions de dollars", "16,4 M$ CA", "10,05 milliards de $ hk", "4,7 %").  Words
of approximation ("près de", "environ", "plus de") and range openers ("entre")
only set flags; they are not part of the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..lang.fr import currencies as cur
from ..lang.fr import numbers as num
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
class _Num:
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
def _dec(text: str) -> Decimal:
    return Decimal(text)


def digits_value(s: str) -> Decimal:
    """Value of a number written in digits, French conventions first."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in s:
        return _dec(s.replace(" ", "").replace(",", "."))
    if "." in s and "," in s:  # 125.000,50
        return _dec(s.replace(".", "").replace(",", "."))
    if s.count(",") >= 2:  # 1,234,567
        return _dec(s.replace(",", ""))
    if "." in s:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):  # 94.000
            return _dec(s.replace(".", ""))
        return _dec(s)
    return _dec(s.replace(",", "."))


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


def _left(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width) : pos]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Found] = []
        self.urls = [m.span() for m in g.URL.finditer(text)] if ("://" in text or "www." in text) else []
        self._context: dict[tuple[int, tuple[str, ...], str | None], tuple[str | None, bool]] = {}
        self._mentions: dict[str, int] = {}  # ISO code -> mentions of its countries in the text
        self._explicit: dict[str, bool] = {}
        self.last_count = -1  # end of the last scaled count ("2 millions d'habitants")

    def in_url(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.urls)

    # -- number -------------------------------------------------------------
    def candidates(self) -> list[tuple[int, bool, re.Match[str]]]:
        """(start, is_words, match) of every number in digits or words, in text order."""
        text = self.text
        out = [(m.start(), False, m) for m in g.DIGIT_SCANNER.finditer(text)]
        words = []
        for t in g.LETTER_RUN.finditer(text):
            if t.group().lower() in g.START_WORDS:
                w = g.WORD_SCANNER.match(text, t.start())
                if w is not None:
                    words.append((t.start(), True, w))
        if words:
            out = sorted(out + words, key=lambda c: c[0])
        return out

    def words_number(self, m: re.Match[str]) -> _Num | None:
        parsed = words_value(m.group("words"), m.start())
        if parsed is None:
            return None
        value, end, last, first, scale = parsed
        single = first in ("un", "une") and end - m.start() == len(first)
        raw = Decimal(value) / scale
        noun = last == "scale"
        if not noun:
            dec = self.decimal_words(end)
            if dec is not None:  # "trois virgule cinq (milliards)"
                raw, end, single = _dec(f"{value}.{dec[0]}"), dec[1], False
                s = g.SCALE.match(self.text, end)
                if s is not None and s.group("sw") is not None:
                    word = " ".join(s.group("sw").lower().split())
                    scale, noun, end = g.WORD_VALUES[word][1], word != "mille", s.end()
        half = g.HALF.match(self.text, end)
        if half is not None:  # "deux milliards et demi", "deux et demi pour cent"
            raw, end, single = raw + Decimal("0.5"), half.end(), False
        return _Num(m.start(), m.start(), end, raw, scale, noun, single, True)

    def decimal_words(self, pos: int) -> tuple[str, int] | None:
        """Digits and end of a decimal part in words after `pos` ("virgule zéro cinq" → "05")."""
        text = self.text
        d = g.DECIMAL_WORD.match(text, pos)
        if d is None:
            return None
        digits = ""
        pos = d.end()
        while True:
            w = g.WORD_SCANNER.match(text, pos)
            if w is None:
                break
            words = w.group("words")
            for t in g.WORD_TOKEN.finditer(words):  # a scale word ends the decimals
                if t.group().lower() in g.SCALE_WORDS:
                    words = words[: t.start()].rstrip(" -\u00a0\u202f\u2009")
                    break
            parsed = words_value(words, pos) if words else None
            if parsed is None:
                break
            digits += str(parsed[0])
            pos = parsed[1]
            sp = g.SPACES.match(text, pos)
            if sp is None or g.WORD_SCANNER.match(text, sp.end()) is None:
                break
            nxt = g.WORD_TOKEN.match(text, sp.end())
            if nxt is None or nxt.group().lower() in g.SCALE_WORDS:
                break
            pos = sp.end()
        return (digits, pos) if digits else None

    def digits_number(self, m: re.Match[str], consumed: int) -> _Num | None:
        text = self.text
        start = num_start = m.start()
        prefix = None
        p = g.PREFIX_LEFT.search(text, max(consumed, start - g.PREFIX_WIDTH), start)
        if p is not None:
            pre = p.group("pre")
            prefix = (
                g.CODES[pre] if pre in g.CODES else self.resolve(g.SYMBOLS[" ".join(pre.split())], start)[0]
            )
            start = p.start()
        elif start > 0 and text[start - 1].isalpha():
            return None  # glued to a word: "A4", "COVID-19"
        if text.startswith("^", m.end()):
            return None  # the base of a power: "10^3"
        digits, sign = m.group("num"), m.group("sign")
        try:
            raw = digits_value(digits)
        except InvalidOperation:
            return None
        if sign in ("-", "−"):
            raw = -raw
        elif sign is None and prefix is None:
            minus = self.minus_before(num_start, consumed)
            if minus is not None:
                raw, start = -raw, minus
        end = m.end()
        scale = 1
        noun = False
        s = g.SCALE.match(text, end)
        if s is not None:
            if s.group("sw") is not None:
                word = " ".join(s.group("sw").lower().split())
                scale = g.WORD_VALUES[word][1]
                noun = word != "mille"
            else:
                scale = int(_abbr(s.group("sa")))
                noun = True
            end = s.end()
        half = g.HALF.match(text, end)
        if half is not None:  # "1 milliard et demi", "2 et demi %"
            raw, end = raw + (Decimal("0.5") if raw >= 0 else Decimal("-0.5")), half.end()
        return _Num(start, num_start, end, raw, scale, noun, False, False, prefix)

    def minus_before(self, pos: int, consumed: int) -> int | None:
        """Start of a minus sign set apart from the number at `pos` ("de - 3,5 %", "(− 2 %)",
        "de –1,5 %"), or None when the dash is punctuation: a list dash at the start of a
        line, a range ("10 - 15 %"), an incise closed later in the sentence
        ("la croissance - 3 % selon l'institut - ralentit")."""
        text = self.text
        m = g.MINUS_BEFORE.search(text, max(consumed, pos - 6), pos)
        if m is None:
            return None
        sign = m.group("sign")[0]
        before = text[max(0, m.start() - 20) : m.start()].rstrip(" \t\u00a0\u202f\u2009")
        ch = before[-1] if before else "\n"
        if sign == "−":
            return m.start() if not ch.isdigit() else None
        if ch == "\n" or ch.isdigit() or not (ch.isalpha() or ch in g.MINUS_AFTER_CHARS):
            return None
        if sign == "-" and g.INCISE_CLOSE.search(text, pos, self.sentence(pos)[1]):
            return None
        return m.start()

    # -- units --------------------------------------------------------------
    def currency_after(self, n: _Num) -> tuple[int, str | None, Decimal] | None:
        """(end, currency, factor) of a currency right after the number."""
        text = self.text
        c = g.CURRENCY_AFTER.match(text, n.end)
        if c is None:
            return self.misspelt_currency(n)
        if c.group("de") is not None and not (n.noun_scale or _round_million(n)):
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
        if n.single_un and g.NOT_AMOUNT_BEFORE_UN.search(_left(text, n.start)):
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

    def misspelt_currency(self, n: _Num) -> tuple[int, str | None, Decimal] | None:
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
            if qualifier in name.qualifiers and _one_edit(word, form):
                return m.end(), self.resolve(name.qualifiers[qualifier], n.start)[0], name.factor
        return None

    # -- context ------------------------------------------------------------
    def paragraph(self, pos: int) -> tuple[int, int]:
        text = self.text
        end = text.find("\n", pos)
        return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end

    def sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence around `pos` (at most 400 characters each side)."""
        text = self.text
        start = max(0, pos - 400)
        for b in g.SENTENCE_BREAK.finditer(text, start, pos):
            start = b.end()
        b2 = g.SENTENCE_BREAK.search(text, pos, min(len(text), pos + 400))
        return start, b2.start() + 1 if b2 is not None else min(len(text), pos + 400)

    def resolve(self, reading: g.Reading, pos: int) -> tuple[str | None, bool]:
        """The currency a written form stands for at `pos`, and whether the context decided it.

        A form shared by several currencies means the one whose country the text names
        most (a paragraph's mentions count twice); a non-primary currency must have at
        least two weighted mentions to displace the form's primary meaning, and the
        primary is not counted when the text writes it explicitly elsewhere ("$ US",
        "dollars américains"): the bare form is then the local currency.
        """
        if len(reading.candidates) == 1:
            return reading.candidates[0], False
        para = self.paragraph(pos)
        key = (para[0], reading.candidates, reading.primary)
        if key not in self._context:
            self._context[key] = self._resolve(reading, para)
        return self._context[key]

    def _resolve(self, reading: g.Reading, para: tuple[int, int]) -> tuple[str | None, bool]:
        scores: dict[str, int] = {}
        for iso in reading.candidates:
            pattern = g.COUNTRY_CONTEXT.get(iso)
            if pattern is None:
                continue
            if iso not in self._mentions:
                self._mentions[iso] = len(pattern.findall(self.text))
            if self._mentions[iso]:
                scores[iso] = self._mentions[iso] + len(pattern.findall(self.text, *para))
        primary = reading.primary_iso
        if primary in scores and len(scores) > 1 and self.explicit(primary):
            del scores[primary]
        if not scores:
            return reading.primary, False
        best = max(scores.values())
        top = [iso for iso, v in scores.items() if v == best]
        if len(top) != 1:
            return reading.primary, False
        if top[0] == primary:
            return reading.primary, True
        if reading.primary is not None and best < 2:
            return reading.primary, False
        return top[0], True

    def explicit(self, iso: str | None) -> bool:
        """The text writes `iso` in a form no other currency shares."""
        if iso is None or iso not in g.EXPLICIT:
            return False
        if iso not in self._explicit:
            self._explicit[iso] = g.EXPLICIT[iso].search(self.text) is not None
        return self._explicit[iso]

    def price_before(self, pos: int) -> bool:
        """A price word in the clause before `pos` ("le ticket coûte 3 livres")."""
        text = self.text
        if g.PRICE_RIGHT_BEFORE.search(_left(text, pos)):
            return True
        start = max(self.sentence(pos)[0], pos - cur.PRICE_WINDOW)
        for b in g.CLAUSE_BREAK.finditer(text, start, pos):
            start = b.end()
        return g.PRICE_WORD.search(text, start, pos) is not None

    def percent_after(self, n: _Num) -> tuple[int, bool, Decimal] | None:
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

    def fraction_points(self, n: _Num) -> tuple[int, bool, Decimal] | None:
        """ "d'un demi-point", "un quart de point", "trois quarts de point de pourcentage"."""
        f = g.FRACTION_POINT.match(self.text, n.end)
        if f is None or n.words is False:
            return None
        word = " ".join(f.group("f").lower().replace("-", " ").split())
        factor = _dec(str(num.POINT_FRACTIONS[word]))
        if word.startswith("demi") and not n.single_un:
            return None  # "deux demi-points" is not written
        if f.group("pp") is None and not self.points_context(n, f.end()):
            return None
        return f.end(), True, factor

    def points_context(self, n: _Num, end: int) -> bool:
        """Bare "point(s)" ending at `end` are percentage points (see numbers.RATE_WORDS)."""
        text = self.text
        left = _left(text, n.num_start)
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

    def percent_before(self, pos: int, sentence_start: int) -> bool:
        """A percentage between `sentence_start` and `pos`."""
        for f in reversed(self.out):
            if f.end <= sentence_start:
                return False
            if f.kind == "percent" and f.end <= pos:
                return True
        return False

    # -- main ---------------------------------------------------------------
    def run(self) -> list[Found]:
        consumed = 0
        pending: _Num | None = None  # last number without a unit, possible low bound
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

    def unit(self, n: _Num) -> Found | None:
        if n.prefix is not None:
            return Found("money", n.start, n.end, float(n.raw * n.scale), n.prefix)
        pc = self.percent_after(n)
        if pc is not None:
            end, points, factor = pc
            return Found("percent", n.start, end, float(n.raw * factor), points=points)
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

    def implicit_money(self, n: _Num) -> Found | None:
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

    def merge_range(self, low: _Num | None, high: _Num, found: Found) -> None:
        """Make `found` a range when a bare number or an amount of the same kind opens it."""
        text = self.text
        if low is not None and low.end <= found.start:
            gap = text[low.end : high.start]
            joined = g.RANGE_JOIN.fullmatch(gap) is not None or g.ALTERNATIVE_JOIN.fullmatch(gap) is not None
            if not joined and g.RANGE_JOIN_AFTER_OPENER.fullmatch(gap):
                joined = g.RANGE_OPENER.search(_left(text, low.start)) is not None
            if joined and self.is_year(low):
                joined = False  # "de 3 % en 2022 à 5 % en 2024"
            if joined:
                lo = low.raw * low.scale
                if low.scale == 1 and high.scale != 1 and abs(low.raw) < abs(high.raw):
                    lo = low.raw * high.scale
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
            ok = g.RANGE_OPENER.search(_left(text, prev.start)) is not None
        else:
            ok = False
        if ok:
            self.out.pop()
            found.start = prev.start
            found.low, found.high = sorted((prev.value, found.value))
            found.value = found.low
            found.approximate = prev.approximate

    def is_year(self, n: _Num) -> bool:
        """A plain four-digit year after a time word ("en 2022", "fin 2023")."""
        written = self.text[n.num_start : n.end]
        if g.YEAR.fullmatch(written) is None:
            return False
        return g.YEAR_BEFORE.search(_left(self.text, n.start)) is not None

    def _as_range(self, found: Found, start: int, lo: Decimal, high: _Num) -> None:
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
        if g.APPROX_BEFORE.search(_left(text, f.start)):
            f.approximate = True
        elif g.APPROX_AFTER.match(text, f.end):
            f.approximate = True


def _round_million(n: _Num) -> bool:
    """ "1 000 000 de dollars": "de" follows a whole number of millions."""
    return n.scale == 1 and n.raw >= 1_000_000 and n.raw % 1_000_000 == 0


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


@lru_cache(maxsize=64)
def _abbr(s: str) -> int:
    from ..lang.fr.numbers import SCALE_ABBREVIATIONS

    return SCALE_ABBREVIATIONS[s]


def scan(text: str) -> list[Found]:
    """Every amount in `text`, in text order."""
    return _Scanner(text).run()
