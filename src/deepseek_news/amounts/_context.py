"""What the scanner knows of the text around a number: its paragraph and sentence,
the amounts found so far, and the currency a shared form ("$", "francs") means there.
"""

from __future__ import annotations

from ..lang.fr import currencies as cur
from . import _grammar as g
from ._values import Found


def text_before(text: str, pos: int, width: int = 40) -> str:
    """The `width` characters before `pos`."""
    return text[max(0, pos - width) : pos]


class Context:
    """The scanned text, the amounts found so far, and the currency context of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Found] = []
        self.urls = [m.span() for m in g.URL.finditer(text)] if ("://" in text or "www." in text) else []
        self._context: dict[tuple[int, tuple[str, ...], str | None], tuple[str | None, bool]] = {}
        self._mentions: dict[str, int] = {}  # ISO code -> mentions of its countries in the text
        self._explicit: dict[str, bool] = {}
        self._datelines: set[str] | None = None  # ISO codes of the places of its datelines
        self.last_count = -1  # end of the last scaled count ("2 millions d'habitants")

    def in_url(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.urls)

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
        most (a paragraph's mentions count twice, a dateline's in every paragraph); a
        non-primary currency must have at least two weighted mentions to displace the
        form's primary meaning, and the primary is not counted when the text writes it
        explicitly elsewhere ("$ US", "dollars américains"): the bare form is then the
        local currency.
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
                if iso in self.datelines():
                    scores[iso] += 1  # a dateline counts in every paragraph
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

    def datelines(self) -> set[str]:
        """The currencies of the places of the text's datelines ("MONTRÉAL —", "Genève (ATS) -"):
        a dateline says where the whole text was written."""
        if self._datelines is None:
            self._datelines = set()
            for m in g.DATELINE.finditer(self.text):
                place = m.group("place")
                if m.group("agency") is None and place != place.upper():
                    continue  # "Québec - Le gouvernement…" is a title, not a dateline
                for iso, pattern in g.COUNTRY_CONTEXT.items():
                    if pattern.fullmatch(place):
                        self._datelines.add(iso)
        return self._datelines

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
        if g.PRICE_RIGHT_BEFORE.search(text_before(text, pos)):
            return True
        start = max(self.sentence(pos)[0], pos - cur.PRICE_WINDOW)
        for b in g.CLAUSE_BREAK.finditer(text, start, pos):
            start = b.end()
        return g.PRICE_WORD.search(text, start, pos) is not None

    def percent_before(self, pos: int, sentence_start: int) -> bool:
        """A percentage between `sentence_start` and `pos`."""
        for f in reversed(self.out):
            if f.end <= sentence_start:
                return False
            if f.kind == "percent" and f.end <= pos:
                return True
        return False
