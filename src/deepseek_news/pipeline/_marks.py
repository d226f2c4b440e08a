"""Pairing quotation marks in a text (no model needed).

Handles « », “ ”, „ “, ‹ ›, and straight " (opening or closing told by the
characters around it); a quote nested in another of a different mark stays
inside the outer one; a quote running over several paragraphs, each reopening
with «, is one quote; an unbalanced mark is recovered with a logged warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..lang.fr.punctuation import QUOTE_PAIRS

log = logging.getLogger("deepseek_news")

_CLOSERS = {close: open_ for open_, close in QUOTE_PAIRS.items() if open_ != close}
_MAX_QUOTE_CHARS = 6000


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


def pair_marks(text: str) -> list[QuoteMarks]:
    """Outermost quotations of `text`, in order of their opening marks."""
    return _pair(text)[0]


def _pair(text: str) -> tuple[list[QuoteMarks], int]:
    """The quotations of `text`, and the characters examined to find them.

    Each opening mark looks ahead for its closing mark (:func:`_close`), at
    most `_MAX_QUOTE_CHARS` within a paragraph.  A look-ahead that finds
    nothing is paid again by the marks after it, so a text made of thousands
    of unclosed marks would take quadratic time: once the characters
    examined exceed twice the text plus two look-aheads, the rest of the text
    is paired in one pass (:func:`_pair_stack`), each mark visited once.
    """
    out: list[QuoteMarks] = []
    i = 0
    n = len(text)
    budget = 2 * n + 2 * _MAX_QUOTE_CHARS
    work = 0
    while i < n:
        if work > budget:
            log.warning("too many unbalanced quotation marks after offset %d: paired in one pass", i)
            out += _pair_stack(text, i)
            return out, work + n - i
        c = text[i]
        if c in QUOTE_PAIRS and (c != '"' or _straight_opens(text, i)):
            q, reached = _close(text, i)
            work += reached - i
            if q is not None and not text[q.start : q.end].strip():
                i = q.close_at + 1  # «» with nothing inside
                continue
            if q is not None:
                out.append(q)
                i = q.close_at + 1
                continue
        elif c in _CLOSERS or c == "\u00bb":
            log.warning("stray closing quotation mark %r at offset %d", c, i)
        i += 1
        work += 1
    return out, work


def _pair_stack(text: str, start: int) -> list[QuoteMarks]:
    """Outermost quotations from `start` on, in one pass with a stack of open marks.

    A closing mark closes the innermost open quotation of its kind (the marks
    opened inside it are dropped); a paragraph break drops the open marks
    unless the next paragraph reopens the outermost one.
    """
    out: list[QuoteMarks] = []
    stack: list[tuple[int, str]] = []  # (offset, mark) of open quotations
    where: dict[str, list[int]] = {}  # closing mark -> indexes in `stack` of the marks it closes
    n = len(text)

    def truncate(k: int) -> None:  # each mark is pushed once and removed once
        while len(stack) > k:
            _, mark = stack.pop()
            where[QUOTE_PAIRS[mark]].pop()

    j = start
    while j < n:
        c = text[j]
        if c == "\n":
            reopen = _next_paragraph_reopens(text, j, stack[0][1]) if stack else None
            truncate(0 if reopen is None else 1)
            j = j + 1 if reopen is None else reopen + 1
            continue
        opens = c in QUOTE_PAIRS and (c != '"' or _straight_opens(text, j))
        open_ones = where.get(c)
        if open_ones and not (opens and c == '"'):
            k = open_ones[-1]
            open_at, mark = stack[k]
            truncate(k)
            if not stack and text[open_at + 1 : j].strip():
                out.append(QuoteMarks(open_at, j, mark))
        elif opens:
            where.setdefault(QUOTE_PAIRS[c], []).append(len(stack))
            stack.append((j, c))
        j += 1
    return out


def _close(text: str, open_at: int) -> tuple[QuoteMarks | None, int]:
    """Find the mark closing the quotation opened at `open_at`; also returns how far it looked."""
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
                log.warning("unclosed quotation mark %r at offset %d, closed at paragraph end", mark, open_at)
                if end - open_at < 2:
                    return None, j
                return QuoteMarks(open_at, end, mark, closed=False), j
            depth.clear()
            j = reopen + 1
            continue
        if depth:
            if c == QUOTE_PAIRS[depth[-1]] and (depth[-1] != '"' or not _straight_opens(text, j)):
                depth.pop()
            elif c in QUOTE_PAIRS and c != mark and c != closer and (c != '"' or _straight_opens(text, j)):
                depth.append(c)
        elif c == closer and (mark != '"' or not _straight_opens(text, j) or j + 1 >= n):
            return QuoteMarks(open_at, j, mark), j
        elif c in QUOTE_PAIRS and c != mark and (c != '"' or _straight_opens(text, j)):
            depth.append(c)
        elif c == mark and mark != '"':
            # a second opening mark of the same kind before any closing one:
            # the first was never closed; recover by closing before it
            end = j
            while end > open_at + 1 and text[end - 1] == " ":
                end -= 1
            log.warning("unclosed quotation mark %r at offset %d", mark, open_at)
            return (QuoteMarks(open_at, end, mark, closed=False) if end - open_at >= 2 else None), j
        j += 1
    log.warning("unclosed quotation mark %r at offset %d", mark, open_at)
    return None, limit
