"""Sorted character intervals (quotations, clauses found so far) with bisect lookups."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate


class _Intervals:
    """Character intervals with bisect lookups: a long text holds thousands of quotes, and
    every token is tested against them."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self._index()

    def _index(self) -> None:
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def add(self, start: int, end: int) -> None:
        if not self.spans or (start, end) >= self.spans[-1]:  # in text order: no re-indexing
            self.spans.append((start, end))
            self.starts.append(start)
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)
            return
        insort(self.spans, (start, end))
        self._index()

    def contains(self, i: int) -> bool:
        """Some interval holds offset `i`."""
        k = bisect_right(self.starts, i)
        return k > 0 and self.reach[k - 1] > i

    def around(self, i: int) -> tuple[int, int] | None:
        """The last-starting interval that holds offset `i`, or None."""
        k = bisect_right(self.starts, i)
        while k > 0:
            k -= 1
            if self.spans[k][1] > i:
                return self.spans[k]
            if self.reach[k] <= i:
                return None
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval overlaps [start, end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some interval covers [start, end), two characters of slack on each side."""
        k = bisect_right(self.starts, start + 2)
        return k > 0 and self.reach[k - 1] >= end - 2

    def matches(self, start: int, end: int, reach: int) -> bool:
        """Some interval starts at `start` and ends between `end` and `reach`, two
        characters of slack on each side."""
        lo, hi = bisect_left(self.starts, start - 2), bisect_right(self.starts, start + 2)
        return any(end - 2 <= e <= reach + 2 for _, e in self.spans[lo:hi])

    def starts_in(self, start: int, end: int) -> bool:
        """Some interval starts inside [start, end)."""
        return bisect_left(self.starts, start) < bisect_left(self.starts, end)

    def straddles(self, start: int, end: int) -> bool:
        """Some interval overlaps [start, end) without lying inside it."""
        k0, k = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if k0 > 0 and self.reach[k0 - 1] > start:
            return True  # opens before the start, closes after it
        return any(e > end for _, e in self.spans[k0:k])
