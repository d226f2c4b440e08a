"""Pairing quotation marks in a text (no model needed).

Handles « », “ ”, „ “, ‹ ›, and straight " (opening or closing told by the
characters around it); a quote nested in another stays inside the outer one,
whether its marks differ or not ("« il a dit “non” »", "“il a dit “non” ”");
a quote running over several paragraphs, each reopening with «, is one quote;
an unbalanced mark is recovered, and reported: to a
list of :data:`Problem` when the caller gives one, else as a logged warning.  Marks typed the wrong
way round are read by their place: an opening mark right before a comma or a
full stop closes ("« Phrase « , a-t-il dit"), and a stray closing mark opening
a sentence opens a quote closed by such a mark ("X : » Phrase ? « ."); a
paragraph ending with a stray closing mark after its last sentence is a quote
whose opening mark was left out.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..lang.fr.punctuation import QUOTE_PAIRS

log = logging.getLogger("deepseek_news")

_CLOSERS = {close: open_ for open_, close in QUOTE_PAIRS.items() if open_ != close}
# the characters _pair acts on; it steps over any other in one go
_MARK_CHARS = frozenset("«“\u00bb") | QUOTE_PAIRS.keys() | _CLOSERS.keys()
_NEXT_MARK = re.compile("[" + "".join(re.escape(c) for c in sorted(_MARK_CHARS)) + "]")
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
    opened: bool = True  # False: no opening mark, the quote starts at open_at

    @property
    def start(self) -> int:
        """Start of the quoted words (after the mark and any spaces)."""
        return self.open_at + 1 if self.opened else self.open_at

    @property
    def end(self) -> int:
        return self.close_at


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{-—–:'":
        return not after.isspace()
    return before in ".!?…" and after.isalpha()  # glued to a sentence end: fin..."Phrase !"


_SPACES = " \u00a0\u202f\t"


def _closes_in_place(text: str, i: int) -> bool:
    """An opening mark (« “) used as a closing one: right before a comma, a full
    stop, a semicolon or a bracket, or ending a paragraph after some words."""
    j = i + 1
    n = len(text)
    while j < n and text[j] in _SPACES:
        j += 1
    if j >= n or text[j] == "\n":
        k = i - 1
        while k >= 0 and text[k] in _SPACES:
            k -= 1
        return k >= 0 and text[k] not in "\n:"
    return text[j] in ",;)" or (text[j] == "." and text[j + 1 : j + 2] != ".")


def _opens_in_place(text: str, i: int) -> bool:
    """A stray closing mark (») used as an opening one: it opens a sentence (after a
    paragraph start, a sentence end or a colon) and words follow it."""
    j = i + 1
    n = len(text)
    while j < n and text[j] in _SPACES:
        j += 1
    if j >= n or not (text[j].isalnum() or text[j] in "«“\"'"):
        return False
    k = i - 1
    while k >= 0 and text[k] in _SPACES:
        k -= 1
    return k < 0 or text[k] in "\n.!?…:"


def _inverted(text: str, open_at: int) -> QuoteMarks | None:
    """A quotation opened by » and closed by « closing in place, in one paragraph."""
    end = text.find("\n", open_at)
    end = len(text) if end < 0 else end
    for j in range(open_at + 1, end):
        if text[j] in "«»":
            if text[j] == "«" and _closes_in_place(text, j):
                return QuoteMarks(open_at, j, text[open_at])
            return None
    return None


def _unopened_paragraph(text: str, close_at: int) -> QuoteMarks | None:
    """A stray closing mark ending a paragraph after its last sentence, in a paragraph
    with no other quotation mark: the paragraph is a quote whose opening mark was
    left out."""
    j = close_at + 1
    while j < len(text) and text[j] in _SPACES:
        j += 1
    if j < len(text) and text[j] != "\n":
        return None
    k = close_at - 1
    while k >= 0 and text[k] in _SPACES:
        k -= 1
    if k < 0 or text[k] not in ".!?…":
        return None
    start = text.rfind("\n", 0, close_at) + 1
    while start < close_at and text[start] in _SPACES:
        start += 1
    if start == 0 or any(c in QUOTE_PAIRS or c in _CLOSERS or c == "\u00bb" for c in text[start:close_at]):
        return None
    return QuoteMarks(start, close_at, text[close_at], closed=True, opened=False)


def _nested(text: str, j: int, mark: str, closer: str) -> bool:
    """Whether the opening `mark` at `j`, inside a quotation opened by the same mark,
    opens a nested quotation: the rest of the paragraph closes it and then the outer
    one."""
    end = text.find("\n", j)
    end = len(text) if end < 0 else end
    level = 1  # quotations open after the outer one
    for k in range(j + 1, end):
        c = text[k]
        if c == mark and (mark != '"' or _straight_opens(text, k)):
            level += 1
        elif c == closer:
            level -= 1
            if level < 0:
                return True
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
    return _pair(text, problems)[0]


def _pair(text: str, problems: list[Problem] | None = None) -> tuple[list[QuoteMarks], int]:
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
            _report(problems, "too many unbalanced quotation marks: paired in one pass", i)
            out += _pair_stack(text, i)
            return out, work + n - i
        c = text[i]
        if c not in _MARK_CHARS:
            # no mark before the next one: step there (stopping where the budget runs out,
            # as one step per character would)
            m = _NEXT_MARK.search(text, i)
            step = (m.start() if m is not None else n) - i
            if work + step > budget:
                step = budget - work + 1
            i += step
            work += step
            continue
        if c in "«“" and _closes_in_place(text, i):
            _report(problems, f"opening quotation mark {c!r} used as a closing one", i)
        elif c in QUOTE_PAIRS and (c != '"' or _straight_opens(text, i)):
            q, reached = _close(text, i, problems)
            work += reached - i
            if q is not None and not text[q.start : q.end].strip():
                i = q.close_at + 1  # «» with nothing inside
                continue
            if q is not None:
                out.append(q)
                i = q.close_at + 1
                continue
        elif c in _CLOSERS or c == "\u00bb":
            _report(problems, f"stray closing quotation mark {c!r}", i)
            q = _stray_closer_quote(text, i)
            if q is not None:
                out.append(q)
                i = q.close_at + 1
                continue
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


def _stray_closer_quote(text: str, i: int) -> QuoteMarks | None:
    """The quotation a stray closing mark at `i` opens or closes, if any."""
    if text[i] == "\u00bb" and _opens_in_place(text, i):
        q = _inverted(text, i)
        if q is not None and text[q.start : q.end].strip():
            return q
    return _unopened_paragraph(text, i)


def _close(text: str, open_at: int, problems: list[Problem] | None) -> tuple[QuoteMarks | None, int]:
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
                _report(problems, f"unclosed quotation mark {mark!r}", open_at, ", closed at paragraph end")
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
        elif c == mark and mark != '"' and _closes_in_place(text, j):
            return QuoteMarks(open_at, j, mark), j  # « Phrase « , a-t-il dit
        elif c == mark and _nested(text, j, mark, closer):
            depth.append(c)
        elif c == mark and mark != '"':
            # a second opening mark of the same kind before any closing one:
            # the first was never closed; recover by closing before it
            end = j
            while end > open_at + 1 and text[end - 1] == " ":
                end -= 1
            _report(problems, f"unclosed quotation mark {mark!r}", open_at)
            return (QuoteMarks(open_at, end, mark, closed=False) if end - open_at >= 2 else None), j
        j += 1
    _report(problems, f"unclosed quotation mark {mark!r}", open_at)
    return None, limit
