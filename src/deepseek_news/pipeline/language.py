"""Component ``dsn_language``: marks English passages in ``doc.spans["dsn_english"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ._spans import group, items

KEY = "dsn_english"


class LanguageMarker:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        return doc


@Language.factory("dsn_language", assigns=["doc.spans"])
def make_language(nlp: Language, name: str) -> LanguageMarker:
    return LanguageMarker()


def english_segments(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the English passages found in `doc`."""
    return [(m["start"], m["end"]) for _, m in items(doc, KEY)]
