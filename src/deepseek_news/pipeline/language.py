"""Component ``dsn_language``: marks English passages in ``doc.spans["dsn_english"]``.

English is found by sentence and by quotation (see
``deepseek_news.crosslingual._langid``): a paragraph whose sentences all read as
English, runs of English sentences inside French paragraphs, and English
quotations inside French sentences.  Consecutive English paragraphs form one span.
Later components (quotes) skip text inside these spans, and
:func:`deepseek_news.crosslingual.attach_originals` turns them into
``Original(source="embedded")`` records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..crosslingual import english_spans
from ._perdoc import doc_text
from ._spans import add_span, group, items

KEY = "dsn_english"


class LanguageMarker:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        for n, (start, end) in enumerate(english_spans(doc_text(doc)), 1):
            add_span(doc, KEY, start, end, "en", f"en{n}")
        return doc


@Language.factory("dsn_language", assigns=["doc.spans"])
def make_language(nlp: Language, name: str) -> LanguageMarker:
    return LanguageMarker()


def english_segments(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the English passages found in `doc`."""
    return [(m["start"], m["end"]) for _, m in items(doc, KEY)]
