"""Numbers in the text: digits with their sign, currency prefix and scale; number words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lang.fr import numbers as num
from . import _grammar as g
from ._context import Context
from ._values import Num, abbr, digits_value, to_decimal, words_value


class NumberReader(Context):
    """Reads the number at a candidate position."""

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

    def words_number(self, m: re.Match[str]) -> Num | None:
        parsed = words_value(m.group("words"), m.start())
        if parsed is None:
            return None
        value, end, last, first, scale = parsed
        single = first in ("un", "une") and end - m.start() == len(first)
        raw = Decimal(value) / scale
        noun = last == "scale"
        hs = g.HALF_SCALE.match(self.text, end) if single else None
        if hs is not None:  # "un demi-milliard"
            scale = g.WORD_VALUES[hs.group("sw").lower()][1]
            return Num(m.start(), m.start(), hs.end(), Decimal("0.5"), scale, True, False, True)
        if not noun:
            dec = self.decimal_words(end)
            if dec is not None:  # "trois virgule cinq (milliards)"
                raw, end, single = to_decimal(f"{value}.{dec[0]}"), dec[1], False
                s = g.SCALE.match(self.text, end)
                if s is not None and s.group("sw") is not None:
                    word = " ".join(s.group("sw").lower().split())
                    scale, noun, end = g.WORD_VALUES[word][1], word != "mille", s.end()
        half = g.HALF.match(self.text, end)
        if half is not None:  # "deux milliards et demi", "deux et demi pour cent"
            raw, end, single = raw + Decimal("0.5"), half.end(), False
        return Num(m.start(), m.start(), end, raw, scale, noun, single, True)

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

    def digits_number(self, m: re.Match[str], consumed: int) -> Num | None:
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
        digits, sign = m.group("num"), m.group("sign")
        try:
            raw = digits_value(digits)
        except InvalidOperation:
            return None
        end = m.end()
        if text.startswith("^", end):  # a power: "1,1^23 %", "10^6 euros"
            power = g.POWER.match(text, end)
            if power is None:
                return None
            exponent = int(power.group("exp").replace("−", "-"))
            if abs(exponent) > num.MAX_POWER_EXPONENT or (raw == 0 and exponent < 0):
                return None
            raw, end = raw**exponent, power.end()
        if sign == "-" and prefix is None and self.range_dash(num_start, raw):
            sign, start = None, m.start("num")  # "10 -15 %": a range, not -15
            num_start = start
        elif sign in ("-", "−"):
            raw = -raw
        elif sign is None and prefix is None:
            minus = self.minus_before(num_start, consumed)
            if minus is not None:
                raw, start = -raw, minus
        scale = 1
        noun = False
        s = g.SCALE.match(text, end)
        if s is not None:
            if s.group("sw") is not None:
                word = " ".join(s.group("sw").lower().split())
                scale = g.WORD_VALUES[word][1]
                noun = word != "mille"
            else:
                scale = int(abbr(s.group("sa")))
                noun = True
            end = s.end()
        half = g.HALF.match(text, end)
        if half is not None:  # "1 milliard et demi", "2 et demi %"
            raw, end = raw + (Decimal("0.5") if raw >= 0 else Decimal("-0.5")), half.end()
        return Num(start, num_start, end, raw, scale, noun, False, False, prefix)

    def range_dash(self, pos: int, high: Decimal) -> bool:
        """The hyphen glued to the number at `pos` joins a smaller number before it:
        "10 -15 %" is 10 to 15 % (ranges go up; "le CAC 40 -2 %" is a change)."""
        low = g.NUMBER_BEFORE_DASH.search(self.text, max(0, pos - 24), pos)
        if low is None:
            return False
        try:
            return digits_value(low.group().strip()) < high
        except InvalidOperation:
            return False

    def minus_before(self, pos: int, consumed: int) -> int | None:
        """Start of a minus sign set apart from the number at `pos` ("de - 3,5 %", "(− 2 %)",
        "de –1,5 %", "de – 0,5 %"), or None when the dash is punctuation: a list dash at the
        start of a line, a range ("10 - 15 %"), an incise closed later in the sentence
        ("la croissance - 3 % selon l'institut - ralentit"), a spaced en dash after a word
        that does not call for a number ("le verdict est tombé – 4 %")."""
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
        if sign == "–" and len(m.group("sign")) > 1:  # a spaced en dash: "recule de – 0,5 %"
            if ch not in num.EN_DASH_MINUS_AFTER_CHARS and not g.EN_DASH_MINUS_WORD.search(before):
                return None
        if sign != "–" or len(m.group("sign")) > 1:
            if g.INCISE_CLOSE.search(text, pos, self.sentence(pos)[1]):
                return None
        return m.start()
