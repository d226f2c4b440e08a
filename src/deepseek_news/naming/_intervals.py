"""Interval sets over character offsets, queried in logarithmic time (pure Python).

The entity layer asks, for every candidate name, whether it lies inside an
English passage or overlaps a span already taken.  Scanning every interval for
every candidate makes long texts quadratic; these sets answer with a binary
search instead.  Intervals are half-open ``[start, end)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class StaticIntervals:
    """A fixed collection of intervals (they may overlap one another).

    >>> iv = StaticIntervals([(0, 10), (20, 30)])
    >>> iv.contains(2, 5), iv.contains(8, 12), iv.overlaps(8, 12), iv.overlaps(10, 20)
    (True, False, True, False)
    """

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self._starts = [a for a, _ in ordered]
        # _max_end[k]: the largest end among the first k + 1 intervals in start order
        self._max_end = list(accumulate((b for _, b in ordered), max))

    def contains(self, start: int, end: int) -> bool:
        """Some interval holds [start, end): a <= start and end <= b."""
        k = bisect_right(self._starts, start)
        return k > 0 and self._max_end[k - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval shares a character with [start, end): a < end and start < b."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._max_end[k - 1] > start


class GrowingIntervals:
    """A collection that grows one interval at a time, with overlap queries.

    While the intervals are non-empty and pairwise disjoint (the usual case:
    a span is added only when it overlaps nothing), their ends are sorted like
    their starts and one binary search answers; otherwise every interval is
    scanned.

    >>> iv = GrowingIntervals()
    >>> iv.add(10, 20); iv.add(0, 5)
    >>> iv.overlaps(4, 10), iv.overlaps(5, 10), iv.overlaps(19, 25)
    (True, False, True)
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._all: list[tuple[int, int]] = []
        self._disjoint = True

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval shares a character with [start, end): a < end and start < b."""
        if not self._disjoint:
            return any(a < end and start < b for a, b in self._all)
        k = bisect_left(self._starts, end)
        return k > 0 and self._ends[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """One interval holds all of [start, end): a <= start and end <= b.

        >>> iv = GrowingIntervals()
        >>> iv.add(10, 20)
        >>> iv.covers(10, 20), iv.covers(12, 15), iv.covers(5, 12), iv.covers(15, 25)
        (True, True, False, False)
        """
        if not self._disjoint:
            return any(a <= start and end <= b for a, b in self._all)
        k = bisect_right(self._starts, start)
        return k > 0 and self._ends[k - 1] >= end

    def add(self, start: int, end: int) -> None:
        if self._disjoint and (start >= end or self.overlaps(start, end)):
            self._disjoint = False
        self._all.append((start, end))
        if self._disjoint:
            k = bisect_left(self._starts, start)
            self._starts.insert(k, start)
            self._ends.insert(k, end)
