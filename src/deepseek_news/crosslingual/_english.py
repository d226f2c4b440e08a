"""English tokens and lemmas (rules + irregular forms), sentences and clauses."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.en.lemmas import DEGREE_SUFFIXES, IRREGULAR, SUFFIX_RULES
from ..lang.en.stopwords import STOPWORDS

# words, numbers (1,000.5 / 5.6), percent sign, clitics ('s n't 're; "doesn't" → does + n't)
TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*|n't|'(?:s|re|ve|ll|d|m)\b|[A-Za-zÀ-ÿ]+(?=n't\b)"
    r"|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]*(?:[-][A-Za-zÀ-ÿ0-9]+)*|%|\$|€",
    re.IGNORECASE,
)

_DEGREE_MARKERS = frozenset(DEGREE_SUFFIXES.values())
_known: set[str] = set()  # English base forms seen in the lexicon


def _add_known(words: set[str]) -> None:
    _known.update(words)


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """Base forms of an English word (lowercase), most likely first."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in STOPWORDS or len(w) <= 3 or not w.isalpha():
        return (w,)
    known = w in _known
    fallback: tuple[str, ...] | None = None
    for suffix, repl in SUFFIX_RULES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: len(w) - len(suffix)]
            cand = stem + repl
            if repl == "" and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                undoubled = stem[:-1]
                if undoubled in _known:
                    cand = undoubled
            if cand in _known:
                marker = DEGREE_SUFFIXES.get(suffix)
                if known:  # "building": both the noun and the verb's base form
                    return (cand, w)
                return (cand, marker) if marker else (cand,)
            if fallback is None and suffix in ("s", "es", "ies", "ed", "ing", "ied"):
                fallback = (cand,)
    if known:
        return (w,)
    if fallback is not None and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
        return fallback
    return (w,)


def target_lemmas(phrase: str) -> set[str]:
    """The English base forms a lexicon translation contributes: its content
    words (all its words when it has no content word)."""
    words = [w.lower() for w in TOKEN_RE.findall(phrase.strip())]
    if not words:
        return set()
    content = [w for w in words if w not in STOPWORDS]
    chosen = content or words
    out: set[str] = set()
    for w in chosen:
        out.add(w)
        # base forms, without the degree marker of a comparative: a French
        # word translated "better" must not match every English "more"
        out.update(b for b in IRREGULAR.get(w, ()) if b == w or b not in _DEGREE_MARKERS)
    _add_known(out)
    return out


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each word of `text`."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text.replace("’", "'"))]


_SENT_RE = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+|\n\s*\n+|\n(?=\s*[-•*])")
_CLAUSE_RE = re.compile(
    r"\s*[;:—–]\s*|,\s+(?=(?:and|but|or|so|while|which|because|particularly|especially|although|though)\b)"
    r"|\s+(?=(?:and also|and|but|while|because|although)\s)",
    re.IGNORECASE,
)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-—–"):
        end -= 1
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of an English text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_RE.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        s, e = _strip(text, s, e)
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


def segments(text: str, *, min_words: int = 3) -> list[tuple[int, int]]:
    """Sentences and, for sentences of several clauses, each clause."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text):
        out.append((s, e))
        cuts = [s]
        for m in _CLAUSE_RE.finditer(text, s, e):
            cuts.append(m.start())
            cuts.append(m.end())
        cuts.append(e)
        pieces = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            a, b = _strip(text, a, b)
            if b > a:
                pieces.append((a, b))
        # merge pieces too short to be clauses into their neighbour
        merged: list[tuple[int, int]] = []
        for a, b in pieces:
            if merged and len(tokens(text[merged[-1][0] : merged[-1][1]])) < min_words:
                merged[-1] = (merged[-1][0], b)
            elif merged and len(tokens(text[a:b])) < min_words:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        if len(merged) > 1:
            out.extend(m for m in merged if m != (s, e))
    return out
