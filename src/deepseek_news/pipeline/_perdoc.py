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
from typing import cast

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, MORPH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc
from spacy.tokens.morphanalysis import MorphAnalysis

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc, from the token table (what ``Doc.text`` joins: each
    token's text and its trailing space, read without a ``Token`` object per token)."""
    text = _TEXTS.get(doc)
    if text is None:
        table = doc_tokens(doc)
        text = "".join([t + w for t, w in zip(table.texts, table.whitespace, strict=True)])
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
# hash of a word -> the word; of a lowercase form -> the form with "’" folded; of a morphology
# -> whether it is a finite verb's (filled as words come, emptied past _MAX_ENTRIES)
_ORTHS: dict[int, str] = {}
_LOWS: dict[int, str] = {}
_FINITE: dict[int, bool] = {}
_WHITESPACE = ("", " ")
_MAX_ENTRIES = 500_000  # the memos are emptied past this many entries


def doc_tokens(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of `doc`, built once per doc."""
    global _last
    last = _last  # the components ask for the table of the doc they work on again and again
    if last is not None and last[0]() is doc and len(last[1].texts) == len(doc):
        return last[1]
    table = _TABLES.get(doc)
    if table is not None and len(table.texts) == len(doc):
        _last = (weakref.ref(doc), table)
        return table
    strings = doc.vocab.strings
    attrs = [ORTH, LOWER, IDX, SPACY, IS_SPACE, IS_PUNCT, SENT_START, MORPH]
    array = doc.to_array(attrs) if len(doc) else numpy.zeros((0, len(attrs)), dtype=numpy.uint64)
    orth, lower, idx, trailing, morph = array[:, [0, 1, 2, 3, 7]].T.tolist()
    for memo in (_ORTHS, _LOWS, _FINITE):
        if len(memo) > _MAX_ENTRIES:
            memo.clear()
    # each value from the memo of its hash; the hashes not seen yet are looked up once
    texts = [_ORTHS.get(h) for h in orth]
    if None in texts:
        for k, h in enumerate(orth):
            if texts[k] is None:
                texts[k] = _ORTHS[h] = strings[h]
    lows = [_LOWS.get(h) for h in lower]
    if None in lows:
        for k, h in enumerate(lower):
            if lows[k] is None:
                lows[k] = _LOWS[h] = strings[h].replace("’", "'")
    finite = [_FINITE.get(h) for h in morph]
    if None in finite:
        for k, h in enumerate(morph):
            if finite[k] is None:
                finite[k] = _FINITE[h] = "Fin" in MorphAnalysis.from_id(doc.vocab, h).get("VerbForm", [])
    table = TokenTable(
        texts=cast(list[str], texts),
        lows=cast(list[str], lows),
        idx=idx,
        whitespace=[_WHITESPACE[x] for x in trailing],
        spaces=(array[:, 4] != 0).tolist(),
        punct=(array[:, 5] != 0).tolist(),
        sent_starts=(array[:, 6] == 1).tolist(),
        finite=cast(list[bool], finite),
    )
    _TABLES[doc] = table
    _last = (weakref.ref(doc), table)
    return table


# the doc asked for last and its table, checked before the weak mapping
_last: tuple[weakref.ref[Doc], TokenTable] | None = None
