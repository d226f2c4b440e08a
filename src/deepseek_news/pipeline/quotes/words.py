"""Word patterns and text helpers shared by the rules on quotations."""

from __future__ import annotations

import re

from .._marks import QuoteMarks

_WORD = re.compile(r"[\w'’-]+")
_DASHES = ("—", "–", "-")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s|[.!?…]$|\n")
# words with an elided article apart: "d'une" -> "d'", "une"
_TOKEN = re.compile(r"\w+'|[\w-]+")
_QUOTE_CHARS = frozenset('«»“”„‹›"')


def _trimmed(text: str, q: QuoteMarks) -> tuple[int, int]:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _paragraph_bounds(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end
