"""Helpers shared by the components: spans in ``doc.spans`` with plain metadata.

Components store their results as spans in ``doc.spans[KEY]``.  A span's
tokens are expanded to token boundaries; its exact character offsets and any
other attribute live in ``doc.spans[KEY].attrs["meta"][span_id]`` as plain
JSON-compatible values, so they survive ``DocBin``, ``Doc.to_bytes`` and
``nlp.pipe(n_process=...)``.  Nothing is stored on ``doc._``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, SpanGroup

Meta = dict[str, Any]

# The components in the order they must run, with the span group each one creates.
ORDER = (
    ("dsn_language", "dsn_english"),
    ("dsn_quotes", "dsn_quotes"),
    ("dsn_entities", "dsn_persons"),
    ("dsn_reported", "dsn_indirect"),
    ("dsn_attribution", "dsn_speakers"),
    ("dsn_amounts", "dsn_money"),
)
# component -> the components whose results it cannot do without (dsn_language is
# optional: without it, English passages are read as French)
UPSTREAM: dict[str, tuple[str, ...]] = {
    "dsn_reported": ("dsn_quotes",),
    "dsn_attribution": ("dsn_quotes", "dsn_entities", "dsn_reported"),
}


class PipelineOrderError(ValueError):
    """A deepseek_news component runs without the components it reads from before it."""


def require_upstream(doc: Doc, component: str) -> None:
    """Raise :class:`PipelineOrderError` naming the upstream components that have not run on `doc`."""
    keys = dict(ORDER)
    missing = [c for c in UPSTREAM.get(component, ()) if keys[c] not in doc.spans]
    if missing:
        order = ", ".join(name for name, _ in ORDER)
        raise PipelineOrderError(
            f"{component} needs {', '.join(missing)} before it in the pipeline; "
            f"add the components in this order: {order}"
        )


def group(doc: Doc, key: str) -> SpanGroup:
    """The span group `key`, created empty (with its meta table) when missing."""
    if key not in doc.spans:
        doc.spans[key] = []
    grp: SpanGroup = doc.spans[key]
    if "meta" not in grp.attrs:
        grp.attrs["meta"] = {}
    return grp


def add_span(doc: Doc, key: str, start: int, end: int, label: str, span_id: str, **meta: Any) -> Span | None:
    """Add a character span [start, end) to ``doc.spans[key]`` with its metadata.

    Returns the span, or None when the characters cover no token.
    """
    span = doc.char_span(start, end, label=label, span_id=span_id, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    grp = group(doc, key)
    grp.append(span)
    grp.attrs["meta"][span_id] = {"start": start, "end": end, "label": label, **meta}
    return span


def items(doc: Doc, key: str) -> Iterator[tuple[str, Meta]]:
    """(span_id, meta) for every span of ``doc.spans[key]``, in insertion order."""
    if key not in doc.spans:
        return
    meta: dict[str, Meta] = doc.spans[key].attrs.get("meta", {})
    yield from meta.items()
