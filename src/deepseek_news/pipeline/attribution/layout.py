"""The layout of a text around its quotations: title lines (a headline, an intertitle, a
live-feed heading) and live-feed time stamps ("08h26"), which are no sentences of the body
and across which no speaker continues."""

from __future__ import annotations

import re

# a live-feed time stamp: "08h26", "8 h 26", "14:05" (matched at the start of a line or lead)
TIMESTAMP = re.compile(r"\d{1,2}\s?[hH:]\s?\d{2}\b")
_MAX_TITLE_CHARS = 160
_SENTENCE_FINAL = (".", "!", "?", "…")
_CLOSING = '»”"\u201d'


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le < 0 else le)


def is_title(line: str) -> bool:
    """Whether `line` is no sentence of the body: a headline, an intertitle, a live-feed
    heading — a short line without final punctuation. A live-feed item that is a whole
    sentence ("17h30 – X juge la grève « disproportionnée ».") is body text."""
    line = line.strip()
    if not line or len(line) > _MAX_TITLE_CHARS:
        return False
    body = line.rstrip(_CLOSING + " \u00a0\u202f")
    return not body.endswith(_SENTENCE_FINAL) and not line.endswith((":", ","))


def title_line(text: str, start: int, end: int) -> bool:
    """Whether the text [start, end) stands in a title line."""
    ls, le = _line_bounds(text, start, end)
    return is_title(text[ls:le])


def boundary_between(text: str, start: int, end: int) -> bool:
    """Whether a title line or a live-feed time stamp lies between two offsets."""
    i = text.find("\n", start, end)
    while i >= 0:
        j = text.find("\n", i + 1)
        j = len(text) if j < 0 else j
        line = text[i + 1 : j].strip()
        if line and (TIMESTAMP.match(line) or (j <= end and is_title(line))):
            return True
        if j >= end:
            return False
        i = j
    return False
