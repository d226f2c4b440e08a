"""Values read once per document and shared by the components.

spaCy rebuilds ``Doc.text`` from the tokens on every access (a join over every
token), and every ``doc[i]`` makes a new ``Token`` object, so the components read
the text through :func:`doc_text` and the per-token values their loops test over
and over (the text, the folded lowercase form, spaces and punctuation, finite
verbs) through :func:`doc_tokens`, plain Python lists filled once per document
with ``Doc.to_array``.  Nothing is stored on the doc itself: the caches are weak
mappings on the ``Doc`` object, emptied as docs are freed.  A doc's text never
changes once it is made (retokenizing keeps it), and the token attributes read
here are those the model set before the components run; a doc whose length
changed (retokenized) gets its token lists again.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, MORPH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc
from spacy.tokens.morphanalysis import MorphAnalysis

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text


@dataclass(frozen=True)
class TokenTable:
    """Per-token values of one doc, indexed like the doc's tokens."""

    texts: list[str]  # token.text
    lows: list[str]  # token.lower_ with the typographic apostrophe folded ("’" -> "'")
    idx: list[int]  # token.idx
    whitespace: list[str]  # token.whitespace_ (" " or "")
    spaces: list[bool]  # token.is_space
    punct: list[bool]  # token.is_punct
    sent_starts: list[bool]  # token.is_sent_start is True
    finite: list[bool]  # "Fin" in token.morph.get("VerbForm", [])


_TABLES: weakref.WeakKeyDictionary[Doc, TokenTable] = weakref.WeakKeyDictionary()
# hash of a lowercase form -> the form with "’" folded; hash of a morphology -> finite verb
_LOWS: dict[int, str] = {}
_FINITE: dict[int, bool] = {}
_MAX_ENTRIES = 500_000  # the memos are emptied past this many entries


def doc_tokens(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of `doc`, built once per doc."""
    table = _TABLES.get(doc)
    if table is not None and len(table.texts) == len(doc):
        return table
    strings = doc.vocab.strings
    attrs = [ORTH, LOWER, IDX, SPACY, IS_SPACE, IS_PUNCT, SENT_START, MORPH]
    columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
    orth, lower, idx, trailing, space, punct, sent_start, morph = columns
    for memo in (_LOWS, _FINITE):
        if len(memo) > _MAX_ENTRIES:
            memo.clear()
    low_of: dict[int, str] = {}
    for h in set(lower):
        form = _LOWS.get(h)
        if form is None:
            form = _LOWS[h] = strings[h].replace("’", "'")
        low_of[h] = form
    finite_of: dict[int, bool] = {}
    for h in set(morph):
        fin = _FINITE.get(h)
        if fin is None:
            fin = _FINITE[h] = "Fin" in MorphAnalysis.from_id(doc.vocab, h).get("VerbForm", [])
        finite_of[h] = fin
    table = TokenTable(
        texts=[strings[h] for h in orth],
        lows=[low_of[h] for h in lower],
        idx=idx,
        whitespace=[" " if x else "" for x in trailing],
        spaces=[bool(x) for x in space],
        punct=[bool(x) for x in punct],
        sent_starts=[x == 1 for x in sent_start],
        finite=[finite_of[h] for h in morph],
    )
    _TABLES[doc] = table
    return table
