"""Language identification of French/English passages by function-word counts.

English function words come from ``lang/en/stopwords.py``; French function
words are the lexicon's determiners, pronouns, prepositions and conjunctions
plus its auxiliaries.  Words that are function words in both languages
("a", "on", "me", "son") count for neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lang.en.stopwords import STOPWORDS
from ..lang.fr.punctuation import QUOTE_PAIRS
from ..lang.fr_en.morphology import LIGHT_VERBS
from . import _english
from ._lexicon import lexicon

_WORD_RE = re.compile(r"[A-Za-zÀ-ÿœ]+(?:['’][a-z]+)?")
_ACCENTED = set("éèêàâùûôîïçœë")
_PARA_RE = re.compile(r"\n\s*\n|\n")
_SENT_RE = re.compile(r"(?<=[.!?…])\s+")
# a quotation inside one paragraph, for each pair of marks (« … », “ … ”, " … "…); the group
# is its content without the marks and their spaces
_QUOTED_RE = re.compile(
    "|".join(
        f"{re.escape(o)}\\s*([^{re.escape(o + c)}\\n]*?)\\s*{re.escape(c)}" for o, c in QUOTE_PAIRS.items()
    )
)

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


def _counts(text: str) -> tuple[list[str], int, int]:
    """The words of `text`, how many are English function words, how many French signs."""
    words = []
    n_en = n_fr = 0
    signs = _SIGNS
    for raw in _WORD_RE.findall(text):
        sign = signs.get(raw)
        if sign is None:
            sign = _signs(raw)
            if len(signs) < _MAX_SIGNS:
                signs[raw] = sign
        words.append(sign[0])
        n_en += sign[1]
        n_fr += sign[2]
    return words, n_en, n_fr


# word as written -> (folded word, English function word, French signs): each word is looked
# at once, then read back (a text's words are counted again for each of its sentences)
_SIGNS: dict[str, tuple[str, int, int]] = {}
_MAX_SIGNS = 200_000


def _signs(raw: str) -> tuple[str, int, int]:
    """`raw` lowercased with a straight apostrophe; 1 if it is an English function word; its
    French signs: 1 for a French function word, 1 more for an accented letter."""
    w = raw.lower().replace("’", "'")
    english, french = _function_words()
    en = int(w in english or w.split("'")[0] in english)
    fr = int(w in french or w.split("'")[0] + "'" in french) + int(bool(_ACCENTED & set(w)))
    return w, en, fr


def is_english(text: str) -> bool:
    """Whether a passage reads as English rather than French."""
    words, n_en, n_fr = _counts(text)
    return _reads_english(len(words), n_en, n_fr)


def _reads_english(n_words: int, n_en: int, n_fr: int) -> bool:
    """`is_english` from a passage's counts of words, English function words and French signs."""
    if n_words < MIN_WORDS:
        return False
    return n_en >= 2 and n_en >= 2 * n_fr and n_en / n_words >= MIN_ENGLISH_SHARE


class _Tally:
    """The counts of `_counts` for any stretch of a text that starts and ends next to a space
    (a paragraph, a sentence), read from running sums over the text's words, counted once:
    such a stretch holds exactly the words of the text that start inside it."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.en, self.fr = [0], [0]
        n_en = n_fr = 0
        signs = _SIGNS
        for m in _WORD_RE.finditer(text):
            raw = m.group()
            sign = signs.get(raw)
            if sign is None:
                sign = _signs(raw)
                if len(signs) < _MAX_SIGNS:
                    signs[raw] = sign
            self.starts.append(m.start())
            n_en += sign[1]
            n_fr += sign[2]
            self.en.append(n_en)
            self.fr.append(n_fr)

    def counts(self, start: int, end: int) -> tuple[int, int, int]:
        """(words, English function words, French signs) of text[start:end]."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return j - i, self.en[j] - self.en[i], self.fr[j] - self.fr[i]


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """English base forms: the English side of the French → English lexicon."""
    return frozenset(w for targets in lexicon().translations.values() for w in targets)


def is_english_quotation(text: str) -> bool:
    """Whether the words inside quotation marks are English: a passage that reads as English,
    or a short quotation (two or three words) whose every word is an English word the French
    lexicon does not have ("really impressive", not "start-up nation").  A title in capitals
    ("In the Mood for Love", "Just Do It") is a name, not a quotation."""
    long_words = [w for w in text.split() if len(w) > 3]
    if long_words and all(w[0].isupper() for w in long_words):
        return False
    if is_english(text):
        return True
    words, _, n_fr = _counts(text)
    if not 2 <= len(words) < MIN_WORDS or n_fr:
        return False
    vocabulary, french = _english_vocabulary(), lexicon().translations
    return all(w not in french and any(lem in vocabulary for lem in _english.lemmas(w)) for w in words)


def _reads_french(text: str) -> bool:
    _, n_en, n_fr = _counts(text)
    return _french_counts(n_en, n_fr)


def _french_counts(n_en: int, n_fr: int) -> bool:
    """`_reads_french` from a passage's counts of English function words and French signs."""
    return n_fr >= 2 and n_fr > n_en


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, close mark + 1) of the quotations in [start, end)."""
    out = []
    for m in _QUOTED_RE.finditer(text, start, end):
        g = m.lastindex or 0
        if m.end(g) > m.start(g):
            out.append((m.start(), m.start(g), m.end(g), m.end()))
    return out


def _unquoted(text: str, start: int, end: int, quoted: list[tuple[int, int, int, int]]) -> str:
    parts, pos = [], start
    for o, _, _, c in quoted:
        parts.append(text[pos:o])
        pos = c
    parts.append(text[pos:end])
    return " ".join(parts)


def _english_passage(text: str, start: int, end: int, tally: _Tally) -> bool:
    """A paragraph or sentence that reads as English, and not a French sentence quoting English
    ("Sam Altman a réagi sur X : « deepseek's r1 is an impressive model… »")."""
    if not _reads_english(*tally.counts(start, end)):
        return False
    quoted = _quotations(text, start, end)
    return not (quoted and _reads_french(_unquoted(text, start, end, quoted)))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Ends of the sentences of [start, end): after . ! ? … followed by space, outside quotations
    (a quotation's inner sentences stay in the sentence that quotes them)."""
    quoted = _quotations(text, start, end)
    return [
        m.start()
        for m in _SENT_RE.finditer(text, start, end)
        if not any(o < m.start() < c - 1 for o, _, _, c in quoted)
    ]


def _sentences(text: str, start: int, end: int, ends: list[int]) -> list[tuple[int, int]]:
    out, pos = [], start
    for cut in [*ends, end]:
        out.append((pos, cut))
        pos = _skip_space(text, cut, end)
    return out


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def english_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of English paragraphs, or of runs of English sentences
    inside a French paragraph."""
    spans: list[tuple[int, int]] = []
    tally = _Tally(text)  # paragraphs and sentences start and end next to a space
    pos = 0
    bounds = [(m.start(), m.end()) for m in _PARA_RE.finditer(text)] + [(len(text), len(text))]
    for cut_s, cut_e in bounds:
        ps, pe = _trim(text, pos, cut_s)
        pos = cut_e
        if pe <= ps:
            continue
        ends = _sentence_ends(text, ps, pe)
        if _english_passage(text, ps, pe, tally) and not any(
            _french_counts(*tally.counts(s, e)[1:]) for s, e in _sentences(text, ps, pe, ends)
        ):
            spans.append((ps, pe))  # an English paragraph: no sentence of it is French
            continue
        run: tuple[int, int] | None = None
        sp = ps
        for m in [*ends, None]:
            se = m if m is not None else pe
            s, e = _trim(text, sp, se)
            if e > s and _english_passage(text, s, e, tally):
                run = (run[0], e) if run else (s, e)
            else:
                if run:
                    spans.append(run)
                    run = None
                # English quoted inside a French sentence: the words inside the marks
                spans.extend(
                    (cs, ce) for _, cs, ce, _ in _quotations(text, s, e) if is_english_quotation(text[cs:ce])
                )
            sp = _skip_space(text, se, pe) if m is not None else pe
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
