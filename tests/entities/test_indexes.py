"""The indexes that keep entity finding linear on long texts give the answers of a plain scan."""

from __future__ import annotations

import re

import pytest

from deepseek_news.naming import GrowingIntervals, StaticIntervals
from deepseek_news.pipeline.entities import _WORD_CHARS_RE, _occurrences, _words_before
from deepseek_news.pipeline.entities.merging import _WordRuns

# Interval sets written for these tests: disjoint, nested, overlapping, touching, empty.
INTERVAL_SETS = [
    [],
    [(0, 10), (20, 30)],
    [(5, 50), (10, 12), (40, 60)],
    [(0, 5), (5, 10), (10, 10)],
    [(30, 35), (0, 100)],
]
QUERIES = [(s, e) for s in range(0, 110, 3) for e in range(s + 1, s + 15, 4)]


@pytest.mark.parametrize("intervals", INTERVAL_SETS)
def test_static_intervals_match_a_scan(intervals: list[tuple[int, int]]) -> None:
    iv = StaticIntervals(intervals)
    for s, e in QUERIES:
        assert iv.contains(s, e) == any(a <= s and e <= b for a, b in intervals), (s, e)
        assert iv.overlaps(s, e) == any(a < e and s < b for a, b in intervals), (s, e)


@pytest.mark.parametrize("intervals", INTERVAL_SETS)
def test_growing_intervals_match_a_scan(intervals: list[tuple[int, int]]) -> None:
    iv = GrowingIntervals()
    added: list[tuple[int, int]] = []
    for a, b in intervals:
        iv.add(a, b)
        added.append((a, b))
        for s, e in QUERIES:
            assert iv.overlaps(s, e) == any(x < e and s < y for x, y in added), (s, e)
            assert iv.covers(s, e) == any(x <= s and e <= y for x, y in added), (s, e)


# Folded texts and needles written for these tests: repeats, self-overlapping needles,
# needles inside longer words, needles that start or end with a non-word character.
OCCURRENCES = [
    ("la banque de france et la banque de france", "banque de france"),
    ("aa aa aa aaa", "aa aa"),
    ("renault-nissan, renault et nissan", "renault"),
    ("l'oreal et l'oreal paris", "l'oreal"),
    ("(afp) paris (afp)", "(afp)"),
    ("x.y x.y.z x.yz", "x.y"),
    ("edf-edf edf", "edf-edf"),
]


@pytest.mark.parametrize(("folded", "needle"), OCCURRENCES)
def test_occurrences_match_the_regex(folded: str, needle: str) -> None:
    runs: dict[str, list[int]] = {}
    for m in _WORD_CHARS_RE.finditer(folded):
        runs.setdefault(m.group(), []).append(m.start())
    pattern = re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
    assert _occurrences(folded, needle, runs) == [m.span() for m in pattern.finditer(folded)]


@pytest.mark.parametrize(("folded", "needle"), OCCURRENCES)
def test_word_runs_found_on_demand_match_the_full_index(folded: str, needle: str) -> None:
    full: dict[str, list[int]] = {}
    for m in _WORD_CHARS_RE.finditer(folded):
        full.setdefault(m.group(), []).append(m.start())
    lazy = _WordRuns(folded)
    for word in [*full, "absent", "a", "x"]:
        assert list(lazy.get(word, ())) == full.get(word, []), word
    assert _occurrences(folded, needle, lazy) == _occurrences(folded, needle, full)


# The last words of the line before a position, however long the line.
WORDS_BEFORE = [
    "Le ministère a parlé.\nLa Banque centrale européenne ",
    "mot " * 400 + "la Banque centrale européenne ",
    "un-très-long-mot-sans-espace" * 40 + " Banque de France ",
    "court ",
    "\n\n",
]


@pytest.mark.parametrize("text", WORDS_BEFORE)
def test_words_before_keeps_the_last_words(text: str) -> None:
    pos = len(text)
    line_start = text.rfind("\n", 0, pos) + 1
    full = [(line_start + m.start(), line_start + m.end()) for m in re.finditer(r"\S+", text[line_start:pos])]
    got = _words_before(text, pos, 8)
    assert got[-8:] == full[-8:]
