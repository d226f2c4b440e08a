"""French–English matching: which English original a French quote renders."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import ArticleRecord


def attach_originals(
    record: ArticleRecord, text: str, originals: Sequence[str], embedded: Sequence[tuple[int, int]]
) -> None:
    """Fill ``record.originals`` and each quote's ``original``."""
    return None
