"""Language identification of French/English passages by function-word counts.

English function words come from ``lang/en/stopwords.py``; French function
words are the lexicon's determiners, pronouns, prepositions and conjunctions
plus its auxiliaries.  Words that are function words in both languages
("a", "on", "me", "son") count for neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.en.stopwords import STOPWORDS
from ..lang.fr_en.morphology import LIGHT_VERBS
from ._lexicon import lexicon

_WORD_RE = re.compile(r"[A-Za-zÀ-ÿœ]+(?:['’][a-z]+)?")
_ACCENTED = set("éèêàâùûôîïçœë")
_PARA_RE = re.compile(r"\n\s*\n|\n")
_SENT_RE = re.compile(r"(?<=[.!?…])\s+")

MIN_WORDS = 4
MIN_ENGLISH_SHARE = 0.2


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    french = {w for w in lex.function if " " not in w} | set(LIGHT_VERBS)
    french |= {"est", "sont", "était", "sera", "ont", "a", "ai", "avait", "fait", "pas", "ne", "plus", "très"}
    english = set(STOPWORDS) | {"it's", "don't", "we're", "they're", "i'm", "that's"}
    both = french & english
    return frozenset(english - both), frozenset(french - both)


def is_english(text: str) -> bool:
    """Whether a passage reads as English rather than French."""
    words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]
    if len(words) < MIN_WORDS:
        return False
    english, french = _function_words()
    n_en = sum(1 for w in words if w in english or w.split("'")[0] in english)
    n_fr = sum(1 for w in words if w in french or w.split("'")[0] + "'" in french)
    accented = sum(1 for w in words if _ACCENTED & set(w))
    n_fr += accented
    return n_en >= 2 and n_en >= 2 * n_fr and n_en / len(words) >= MIN_ENGLISH_SHARE


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def english_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of English paragraphs, or of runs of English sentences
    inside a French paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _PARA_RE.finditer(text)] + [(len(text), len(text))]
    for cut_s, cut_e in bounds:
        ps, pe = _trim(text, pos, cut_s)
        pos = cut_e
        if pe <= ps:
            continue
        if is_english(text[ps:pe]):
            spans.append((ps, pe))
            continue
        run: tuple[int, int] | None = None
        sp = ps
        for m in [*_SENT_RE.finditer(text, ps, pe), None]:
            se = m.start() if m is not None else pe
            s, e = _trim(text, sp, se)
            if e > s and is_english(text[s:e]):
                run = (run[0], e) if run else (s, e)
            elif run:
                spans.append(run)
                run = None
            sp = m.end() if m is not None else pe
        if run:
            spans.append(run)
    # merge English paragraphs separated only by blank space
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and not text[merged[-1][1] : s].strip():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged
