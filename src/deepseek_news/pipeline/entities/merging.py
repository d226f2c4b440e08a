"""Mentions and entities: every occurrence of the kept forms, and the links that merge
surface forms into one entity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from ...naming import GrowingIntervals, StaticIntervals, fold, fold_text, same_name
from .cleaning import _is_name_word
from .patterns import _ARTICLES, _FORMS, _MEDIA, _ORG_KIND_WORDS, _PARTICLES, _WORD_CHAR_RE, _WORD_CHARS_RE


def _find_all(
    text: str,
    folded: str,
    forms: dict[str, str],
    english: list[tuple[int, int]],
    lowercase: frozenset[str] | set[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """(start, end, folded form) of every capitalized occurrence of the forms, longest first, no overlaps."""
    found: list[tuple[int, int, str]] = []
    excluded = StaticIntervals(english)
    taken = GrowingIntervals()
    runs = _word_runs(folded)
    for form in sorted(forms, key=len, reverse=True):
        needle = fold_text(forms[form])
        for s, e in _occurrences(folded, needle, runs):
            if not _is_name_word(text[s:e]) and form not in lowercase and form not in _MEDIA:
                continue
            if excluded.contains(s, e) or taken.overlaps(s, e):
                continue
            found.append((s, e, form))
            taken.add(s, e)
    return sorted(found)


@lru_cache(maxsize=4)  # persons, then organizations, of the same document
def _word_runs(folded: str) -> _WordRuns:
    """The index of the maximal runs of word characters of `folded`."""
    return _WordRuns(folded)


class _WordRuns:
    """Start offsets of the maximal runs of word characters of a text equal to a word, found
    when a word is first asked for (with ``str.find``, not by indexing every word of the text)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.starts: dict[str, list[int]] = {}

    def get(self, word: str, default: Sequence[int] = (), /) -> Sequence[int]:
        """Ascending start offsets of the runs equal to `word` (itself a run of word characters)."""
        starts = self.starts.get(word)
        if starts is None:
            folded, n = self.folded, len(word)
            starts = []
            i = folded.find(word)
            while i >= 0:
                if not (i and _WORD_CHAR_RE.match(folded, i - 1)) and not _WORD_CHAR_RE.match(folded, i + n):
                    starts.append(i)
                i = folded.find(word, i + 1)
            self.starts[word] = starts
        return starts or default


class _Runs(Protocol):
    """An index of word runs: `_WordRuns`, or a plain dict of every run -> its start offsets."""

    def get(self, word: str, default: Sequence[int], /) -> Sequence[int]: ...


def _occurrences(folded: str, needle: str, runs: _Runs) -> list[tuple[int, int]]:
    """What ``re.finditer(r"(?<!\\w)NEEDLE(?!\\w)", folded)`` finds, read from the index of word runs:
    a match starts a run of word characters equal to the needle's first run."""
    first = _WORD_CHARS_RE.match(needle)
    if first is None:
        pattern = re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
        return [m.span() for m in pattern.finditer(folded)]
    out: list[tuple[int, int]] = []
    last_end = 0
    n = len(needle)
    for s in runs.get(first.group(), ()):
        if s < last_end or not folded.startswith(needle, s):
            continue
        if _WORD_CHAR_RE.match(folded, s + n):
            continue
        out.append((s, s + n))
        last_end = s + n
    return out


def _link(kind: str, acr_pairs: set[frozenset[str]]) -> object:
    def linked(a: str, b: str) -> bool:
        if frozenset((a, b)) in acr_pairs:
            return True
        if same_name(a, b):
            return True
        wa, wb = fold(a).split(), fold(b).split()
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if kind == "PER":
            if _surname_with_particle(short) and len(long_) > 2 and long_[-2:] == short:
                return True  # "Le Gac" for "Didier Le Gac"
            if len(short) != 1 or len(long_) < 2:
                return False
            if short[0] == long_[-1] or " ".join(long_[-2:]) == short[0] or short[0] == long_[0]:
                return True
            # "Lula" for "Luiz Inácio Lula da Silva": a whole word inside a long name, not a
            # particle nor a piece of a hyphenated given name ("Marie" is not "Jean-Marie Le Pen")
            inner = [fold(w) for w in (b if len(wb) > len(wa) else a).split()[1:-1]]
            return len(short[0]) > 2 and short[0] in inner and short[0] not in _PARTICLES
        if len(long_) == len(short) + 1 and long_[1:] == short and long_[0] in _ORG_KIND_WORDS | _ARTICLES:
            return True  # "Université PSL" and "PSL", "Les Républicains" and "des Républicains"
        rest = long_[len(short) :]
        if long_[: len(short)] != short or not rest:
            return False
        # "Apple Inc." and "Apple"; "P & O Ferries" and "P & O"
        return all(w.strip(".") in _FORMS for w in rest) or len(short) > 1

    return linked


def _surname_with_particle(words: list[str]) -> bool:
    """Folded `words` are a surname with its particle: "le gac", "van damme"."""
    return len(words) == 2 and words[0] in _PARTICLES


def _is_surname(form: str) -> bool:
    words = fold(form).split()
    return len(words) == 1 or _surname_with_particle(words)


def _split_ambiguous(groups: list[list[str]]) -> list[list[str]]:
    """A surname shared by two full names ("Trump" with Donald and Melania Trump) stays apart."""
    out: list[list[str]] = []
    for g in groups:
        full = [f for f in g if not _is_surname(f)]
        fulls = {fold(f) for f in full}
        distinct_full: list[str] = []
        for f in fulls:
            if not any(same_name(f, x) for x in distinct_full):
                distinct_full.append(f)
        if len(distinct_full) <= 1:
            out.append(g)
            continue
        singles = [f for f in g if _is_surname(f)]
        for f in distinct_full:
            out.append([x for x in full if same_name(fold(x), f)])
        if singles:
            out.append(singles)
    return out
