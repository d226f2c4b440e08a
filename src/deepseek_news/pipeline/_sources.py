"""The one matcher of source phrases ("selon X", "d'après X", "à en croire X", "pour X").

The phrases and the cue each records are the tables of ``lang/fr/sources.py``.
Tokens are compared lowercased with the typographic apostrophe folded; a phrase
with an elided article matches whether the tokenizer split it ("d'" + "après") or
not.  ``phrase_at`` reads tokens (reported speech, attribution); ``source_lead`` and
``has_source_phrase`` read plain text (classifying a quotation from the words
around its marks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..lang.fr.sources import ON_SOURCE_PREPOSITIONS, SOURCE_PHRASES, VIEW_PREPOSITIONS
from ._perdoc import doc_tokens

# the places an impersonal "on" speaks from ("Du côté de la CGT, on dénonce", "explique-t-on
# à Matignon"), as a regular expression over lowercased text
ON_PREPOSITIONS = "|".join(
    r"[ \u00a0]+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in ON_SOURCE_PREPOSITIONS
)
# such a place opening the clause, before the comma that precedes "on" (group 1: the place)
ON_SOURCE_BEFORE = re.compile(
    rf"(?:^|[.!?»\n][ \u00a0]*)(?:{ON_PREPOSITIONS})[ \u00a0]*(?<=[ \u00a0'’])"
    r"([^,.;:!?«»\n]{2,60}),[ \u00a0]*$"
)

# the cues source phrases record ("selon")
SOURCE_CUES: frozenset[str] = frozenset(SOURCE_PHRASES.values())


@dataclass(frozen=True)
class SourceMatch:
    """A source phrase on tokens [start, end) and the cue it records."""

    start: int
    end: int
    cue: str


class _Phrases:
    """Token sequences of phrase tables, by first token, longest first."""

    def __init__(self, *tables: dict[str, str]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for table in tables:
            for phrase, cue in table.items():
                forms = {tuple(phrase.split()), tuple(phrase.replace("'", "' ").split())}
                for form in forms:
                    self.by_first.setdefault(form[0], []).append((form, cue))
        for entries in self.by_first.values():
            entries.sort(key=lambda f: -len(f[0]))


SOURCES = _Phrases(SOURCE_PHRASES)
VIEWS = _Phrases(VIEW_PREPOSITIONS)
SOURCES_AND_VIEWS = _Phrases(SOURCE_PHRASES, VIEW_PREPOSITIONS)


def phrase_at(doc: Doc, i: int, limit: int | None = None, phrases: _Phrases = SOURCES) -> SourceMatch | None:
    """The phrase of `phrases` starting at token `i` and ending before token `limit`, or None."""
    limit = len(doc) if limit is None else min(limit, len(doc))
    if i >= limit:
        return None
    lows = doc_tokens(doc).lows
    for form, cue in phrases.by_first.get(lows[i], ()):
        end = i + len(form)
        if end <= limit and all(lows[i + n] == w for n, w in enumerate(form[1:], 1)):
            return SourceMatch(i, end, cue)
    return None


def _alternation(phrases: dict[str, str]) -> str:
    longest_first = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in longest_first)


_SOURCES_RE = _alternation(SOURCE_PHRASES)
# "Selon X," closing the text before a quotation: the quotation is a whole sentence of X
_SOURCE_LEAD = re.compile(r"(?:^|[.!?]\s+)(?i:" + _SOURCES_RE + r")\s[^,.]{1,80},$")
_ANY_SOURCE = re.compile(r"(?<!\w)(?i:" + _SOURCES_RE + r")(?!\w)")


def source_lead(before: str) -> bool:
    """`before` ends with a sentence opened by a source phrase and its comma ("Selon X,")."""
    return _SOURCE_LEAD.search(before) is not None


def has_source_phrase(text: str) -> bool:
    """`text` holds a source phrase ("…, selon X")."""
    return _ANY_SOURCE.search(text) is not None
