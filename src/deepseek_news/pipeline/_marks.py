"""Pairing quotation marks in a text (no model needed).

Handles « », “ ”, „ “, ‹ ›, and straight " (opening or closing told by the
characters around it); a quote nested in another of a different mark stays
inside the outer one; a quote running over several paragraphs, each reopening
with «, is one quote; an unbalanced mark is recovered, and reported: to a
list of :data:`Problem` when the caller gives one, else as a logged warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..lang.fr.punctuation import QUOTE_PAIRS

log = logging.getLogger("deepseek_news")

_CLOSERS = {close: open_ for open_, close in QUOTE_PAIRS.items() if open_ != close}
_MAX_QUOTE_CHARS = 6000

# (what, offset of the mark, how it was recovered): ("unclosed quotation mark '«'", 120,
# ", closed at paragraph end"), ("stray closing quotation mark '»'", 40, "")
Problem = tuple[str, int, str]


def _report(problems: list[Problem] | None, what: str, at: int, recovery: str = "") -> None:
    if problems is None:
        log.warning("%s at offset %d%s", what, at, recovery)
    else:
        problems.append((what, at, recovery))


@dataclass(frozen=True)
class QuoteMarks:
    """A paired quotation: marks at `open_at` and `close_at` (close_at may be
    the end of a paragraph when the closing mark is missing)."""

    open_at: int
    close_at: int
    mark: str
    closed: bool = True

    @property
    def start(self) -> int:
        """Start of the quoted words (after the mark and any spaces)."""
        return self.open_at + 1

    @property
    def end(self) -> int:
        return self.close_at


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{-—–:'":
        return not after.isspace()
    return False


def _next_paragraph_reopens(text: str, para_end: int, mark: str) -> int | None:
    """Offset of the reopening mark when the paragraph after `para_end` starts with `mark`."""
    j = para_end
    n = len(text)
    while j < n and text[j] in "\n ":
        j += 1
    if j < n and text[j] == mark:
        return j
    return None


def pair_marks(text: str, problems: list[Problem] | None = None) -> list[QuoteMarks]:
    """Outermost quotations of `text`, in order of their opening marks.

    Unbalanced marks are appended to `problems`, or logged when it is None.
    """
    out: list[QuoteMarks] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in QUOTE_PAIRS and (c != '"' or _straight_opens(text, i)):
            q = _close(text, i, problems)
            if q is not None and not text[q.start : q.end].strip():
                i = q.close_at + 1  # «» with nothing inside
                continue
            if q is not None:
                out.append(q)
                i = q.close_at + 1
                continue
        elif c in _CLOSERS or c == "\u00bb":
            _report(problems, f"stray closing quotation mark {c!r}", i)
        i += 1
    return out


def _close(text: str, open_at: int, problems: list[Problem] | None) -> QuoteMarks | None:
    """Find the mark closing the quotation opened at `open_at`."""
    mark = text[open_at]
    closer = QUOTE_PAIRS[mark]
    depth: list[str] = []  # marks of nested quotations of another kind
    n = len(text)
    j = open_at + 1
    limit = min(n, open_at + _MAX_QUOTE_CHARS)
    while j < limit:
        c = text[j]
        if c == "\n":
            # end of paragraph: a quote goes on only if the next paragraph reopens it
            reopen = _next_paragraph_reopens(text, j, mark)
            if reopen is None:
                end = j
                while end > open_at + 1 and text[end - 1] == " ":
                    end -= 1
                _report(problems, f"unclosed quotation mark {mark!r}", open_at, ", closed at paragraph end")
                if end - open_at < 2:
                    return None
                return QuoteMarks(open_at, end, mark, closed=False)
            depth.clear()
            j = reopen + 1
            continue
        if depth:
            if c == QUOTE_PAIRS[depth[-1]] and (depth[-1] != '"' or not _straight_opens(text, j)):
                depth.pop()
            elif c in QUOTE_PAIRS and c != mark and c != closer and (c != '"' or _straight_opens(text, j)):
                depth.append(c)
        elif c == closer and (mark != '"' or not _straight_opens(text, j) or j + 1 >= n):
            return QuoteMarks(open_at, j, mark)
        elif c in QUOTE_PAIRS and c != mark and (c != '"' or _straight_opens(text, j)):
            depth.append(c)
        elif c == mark and mark != '"':
            # a second opening mark of the same kind before any closing one:
            # the first was never closed; recover by closing before it
            end = j
            while end > open_at + 1 and text[end - 1] == " ":
                end -= 1
            _report(problems, f"unclosed quotation mark {mark!r}", open_at)
            return QuoteMarks(open_at, end, mark, closed=False) if end - open_at >= 2 else None
        j += 1
    _report(problems, f"unclosed quotation mark {mark!r}", open_at)
    return None
