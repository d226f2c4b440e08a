"""Component ``dsn_quotes``: quoted passages, direct or partial."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ._spans import group

KEY = "dsn_quotes"


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        return doc


@Language.factory("dsn_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
