"""Bounded tokenization of hostile stretches before spaCy, the text unchanged.

spaCy's tokenizer peels affixes off a space-free string one at a time, each
time searching the rest of the string: a run of punctuation (``%%%…``,
``«««…``, ``«“«“…``) of n characters costs O(n²), and so does, more slowly, any
very long space-free string (a repeated URL).  Texts without such stretches
(every ordinary article) go to spaCy as strings, untouched.  A text with them
becomes a ``Doc`` built here: the long punctuation runs cut into tokens of
`RUN_TOKEN_CHARS` characters, the over-long space-free strings given to the
tokenizer in pieces of `MAX_WORD_CHARS`, everything else tokenized by spaCy as
usual.  ``doc.text`` equals the text, so every offset is unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RUN_MIN_CHARS = 32  # a run of punctuation or symbols this long is cut by us
RUN_TOKEN_CHARS = 8  # characters per token in such a run
MAX_WORD_CHARS = 1000  # longer space-free strings reach the tokenizer in pieces of this size

# a maximal run of characters that are neither word characters nor spaces (punctuation, symbols)
_RUN = re.compile(rf"(?<![^\w\s])[^\w\s]{{{RUN_MIN_CHARS},}}")
# a maximal space-free string too long for the tokenizer in one piece
_LONG = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1},}}")


def hostile_spans(text: str) -> list[tuple[int, int, bool]]:
    """The stretches of `text` to tokenize here: ``(start, end, is_run)``, in order, disjoint.

    ``is_run``: a punctuation run, cut into fixed tokens; otherwise a piece of
    at most `MAX_WORD_CHARS` of an over-long space-free string, for the tokenizer.
    """
    if _LONG.search(text) is None and _RUN.search(text) is None:
        return []
    spans: list[tuple[int, int, bool]] = []
    for m in _LONG.finditer(text):
        pos = m.start()
        for run in _RUN.finditer(text, m.start(), m.end()):
            spans += _pieces(pos, run.start())
            spans.append((run.start(), run.end(), True))
            pos = run.end()
        spans += _pieces(pos, m.end())
    for run in _RUN.finditer(text):  # runs in strings short enough for one piece
        if not any(s <= run.start() < e for s, e, _ in spans):
            spans.append((run.start(), run.end(), True))
    return sorted(spans)


def _pieces(start: int, end: int) -> list[tuple[int, int, bool]]:
    return [(s, min(s + MAX_WORD_CHARS, end), False) for s in range(start, end, MAX_WORD_CHARS)]


def prepare(nlp: Language, text: str) -> str | Doc:
    """`text` itself, or, when it holds hostile stretches, its Doc tokenized in bounded time."""
    spans = hostile_spans(text)
    if not spans:
        return text
    from spacy.tokens import Doc

    docs: list[Doc] = []
    pos = 0
    for start, end, is_run in spans:
        if pos < start:
            docs.append(nlp.tokenizer(text[pos:start]))
        if is_run:
            words = [text[k : min(k + RUN_TOKEN_CHARS, end)] for k in range(start, end, RUN_TOKEN_CHARS)]
            docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        else:
            docs.append(nlp.tokenizer(text[start:end]))
        pos = end
    if pos < len(text):
        docs.append(nlp.tokenizer(text[pos:]))
    doc = Doc.from_docs([d for d in docs if len(d)], ensure_whitespace=False)
    if doc.text != text:  # never expected; the plain text is always correct
        return text
    return doc
