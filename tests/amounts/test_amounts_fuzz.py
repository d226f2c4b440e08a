"""Property tests: find_amounts never fails, keeps exact offsets and text order.

The alphabet mixes digits, separators, currency symbols and French number and
currency words, so the regular expressions meet long runs of near-matches
(catastrophic backtracking would show up as a test that never ends).
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deepseek_news.amounts import find_amounts

PIECES = [
    "1", "23", "456", "7 000", "8\u00a0000", "9\u202f999", ",", ".", ",5", " ", "\u00a0", "\n", "-", "+", "%",
    "$", "€", "£", "US$", "EUR", "usd", "M", "Md", "k", "millions", "milliard", "de", "d'", "d’", "et", "à",
    "entre", "près de", "environ", "dollars", "euros", "livres", "sterling", "cents", "pour cent", "point",
    "points de base", "vingt", "quatre", "cent", "mille", "un", "une", "dix-sept", "-et-", "%25", "http://",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_exact_and_ordered(text: str) -> None:
    found = find_amounts(text)
    starts = [a.start for a in found]
    assert starts == sorted(starts)
    for a in found:
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.text
    for prev, cur in itertools.pairwise(found):
        assert prev.end <= cur.start


def test_long_adversarial_run_is_linear() -> None:
    # long runs of almost-amounts; a backtracking regex would not finish
    text = ("1 " * 5000) + "x" + ("vingt-" * 3000) + "x" + ("1.000" * 2000) + ("de " * 5000)
    assert find_amounts(text) == []
