"""Text normalization through an offset map, and paragraph chunking.

The pipeline works on a normalized copy of the caller's text (plain spaces,
straight apostrophes, no zero-width characters).  :class:`Normalized` keeps,
for every character of the copy, the offset of the character it came from, so
every span found in the copy maps back to exact offsets in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lang.fr.punctuation import DROP_CHARS, REPLACE_CHARS

_TRANSLATE = str.maketrans(REPLACE_CHARS)
_DROP = re.compile("[" + "".join(sorted(map(re.escape, DROP_CHARS))) + "]")
# code points U+D800-U+DFFF: a Python str may hold them alone (from a JSON "\udc80" escape, or a
# file name decoded with surrogateescape), but no UTF-8 encoder accepts them
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    r"""`text` with each lone surrogate replaced by U+FFFD, and how many were replaced.

    One character for one character, so every offset into the result is an
    offset into `text`.

    >>> replace_surrogates("a\udc80b") == ("a\ufffdb", 1)
    True
    """
    if _SURROGATE.search(text) is None:
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def escape_surrogates(ident: str) -> str:
    r"""An id made safe to write as UTF-8: each lone surrogate becomes the six characters ``\uXXXX``.

    A file name that is not valid UTF-8 (the byte 0xFF in ``bad?.txt``, which Python decodes
    as U+DCFF) gets the id ``bad\udcff.txt``; ids without surrogates are unchanged.

    >>> print(escape_surrogates("bad\udcff.txt"))
    bad\udcff.txt
    """
    if _SURROGATE.search(ident) is None:
        return ident
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", ident)


@dataclass(frozen=True)
class Normalized:
    """A normalized text and the map back to the original."""

    original: str
    text: str
    # origin[i] is the offset in `original` of text[i]; origin[len(text)] == len(original)
    origin: tuple[int, ...] | None  # None when normalization preserved every offset

    def to_original(self, i: int) -> int:
        """Map an offset (start or exclusive end) of the normalized text to the original."""
        if self.origin is None:
            return i
        return self.origin[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span; the end maps past the last kept character."""
        if self.origin is None:
            return start, end
        if end <= start:
            s = self.origin[start]
            return s, s
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Normalize spaces, apostrophes and invisible characters, keeping an offset map."""
    if _DROP.search(text) is None:
        # one character for one character: offsets are unchanged
        return Normalized(text, text.translate(_TRANSLATE), None)
    origin = [i for i, c in enumerate(text) if c not in DROP_CHARS]
    origin.append(len(text))
    return Normalized(text, _DROP.sub("", text).translate(_TRANSLATE), tuple(origin))


_PARA_BREAK = re.compile(r"\n[ \t]*\n|\n")


def chunk_spans(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """Split `text` into consecutive [start, end) chunks of at most `max_chars`.

    Cuts fall after a blank line when there is one in the window, else after a
    line break, else after a sentence end, else at a space; only a text with no
    break at all is cut mid-word.  The chunks cover the whole text, in order.
    """
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    n = len(text)
    start = 0
    while start < n:
        if n - start <= max_chars:
            yield start, n
            return
        window = text[start : start + max_chars]
        cut = -1
        for pattern in ("\n\n", "\n", ". ", " "):
            k = window.rfind(pattern)
            if k > max_chars // 4:
                cut = k + len(pattern)
                break
        if cut <= 0:
            cut = max_chars
        yield start, start + cut
        start += cut
