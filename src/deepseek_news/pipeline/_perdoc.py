"""Values read once per document and shared by the components.

spaCy rebuilds ``Doc.text`` from the tokens on every access (a join over every
token), so the components read it through :func:`doc_text`, which keeps it for
as long as the doc lives.  Nothing is stored on the doc itself: the cache is a
weak mapping on the ``Doc`` object, emptied as docs are freed.  A doc's text
never changes once it is made (retokenizing keeps it), so the cached value
stays right.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text
