"""Records on every article set equal the committed snapshots (see snapshot.py to refresh)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from . import snapshot

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", list(snapshot.SETS))
def test_records_equal_snapshot(extractor: Any, name: str) -> None:
    if not snapshot.available(name):
        pytest.skip(f"{name} articles not found beside the repository")
    expected = snapshot.load_expected(name)
    assert expected, f"no snapshot for {name}: run python -m tests.regression.snapshot"
    got = snapshot.compute(extractor, name)
    assert sorted(got) == sorted(expected)
    changed = [doc_id for doc_id in got if got[doc_id] != expected[doc_id]]
    if changed and snapshot.SETS[name][2]:
        first = changed[0]
        old, new = json.loads(expected[first]), json.loads(got[first])
        fields = sorted(k for k in new if old.get(k) != new.get(k))
        pytest.fail(f"{name}: records changed in {changed}; first {first}: fields {fields}")
    assert not changed, f"{name}: records changed in {changed}"
