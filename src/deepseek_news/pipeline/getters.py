"""Doc extension getters: records built on demand from ``doc.spans``.

Importing :mod:`deepseek_news.pipeline` (which happens as soon as spaCy loads
one of the ``dsn_*`` components through its entry point) registers these
read-only extensions on :class:`spacy.tokens.Doc`:

- ``doc._.dsn_record``: the :class:`~deepseek_news.records.ArticleRecord`;
- ``doc._.dsn_quotes``: ``list[Quote]``, in text order;
- ``doc._.dsn_speakers``: ``list[Speaker]``;
- ``doc._.dsn_persons``: ``list[Person]``;
- ``doc._.dsn_organizations``: ``list[Organization]``;
- ``doc._.dsn_money``: ``list[MoneyAmount]``;
- ``doc._.dsn_percentages``: ``list[Percentage]``.

They are getters only: nothing is stored on ``doc._``; every access rebuilds
the record from the span groups (keep the result in a variable when you need
it more than once).  Offsets refer to ``doc.text``.  Because the data lives in
``doc.spans``, the getters work as well on docs read back from a ``DocBin`` or
produced by ``nlp.pipe(..., n_process=2)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ..records import ArticleRecord
from ..text import Normalized
from ._perdoc import doc_text
from .build import build_record

__all__ = ["EXTENSIONS", "doc_record", "register"]


def doc_record(doc: Doc) -> ArticleRecord:
    """The record of one processed doc, offsets relative to ``doc.text``."""
    text = doc_text(doc)
    return build_record([(0, doc)], Normalized(text, text, None), doc_id=None)


def _field(name: str) -> Callable[[Doc], Any]:
    def getter(doc: Doc) -> Any:
        return getattr(doc_record(doc), name)

    getter.__name__ = f"get_{name}"
    return getter


#: Extension name -> getter.
EXTENSIONS: dict[str, Callable[[Doc], Any]] = {
    "dsn_record": doc_record,
    "dsn_quotes": _field("quotes"),
    "dsn_speakers": _field("speakers"),
    "dsn_persons": _field("persons"),
    "dsn_organizations": _field("organizations"),
    "dsn_money": _field("money"),
    "dsn_percentages": _field("percentages"),
}


def register() -> None:
    """Register the getters on ``Doc`` (idempotent: re-registering replaces them)."""
    for name, getter in EXTENSIONS.items():
        Doc.set_extension(name, getter=getter, force=True)


register()
