"""The default lexical scorer: lexicon, lemmas, cognates and anchors, aligned softly.

Each word gets a static weight (an IDF proxy by frequency band: function
words 0.15, frequent words 0.6, other words 1.0, names and numbers 1.5).  The
similarity of a French word and an English word is 1 when the lexicon
translates one into the other or when they are the same name or number, and
a cognate score in [0.5, 1] when their accent-stripped spellings are close.
A French sentence's coverage is the weighted share of its words that find a
counterpart in the English sentence, and conversely (a content word rendered
only by a function word counts half; a French name counts half as found
against an English first-person pronoun).  The score is the harmonic mean of
the two coverages, lowered when polarity, figures or names disagree
(in [0, 1], independent of the other candidates).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from ..lang.en.lemmas import CASED_FORMS
from ..lang.en.stopwords import FIRST_PERSON, FREQUENT, NEGATIONS, STOPWORDS
from ..lang.fr_en.morphology import (
    COGNATE_SUFFIXES,
    LIGHT_VERBS,
    NEGATION_AFTER_NE,
    NEGATION_ALONE,
    NEGATION_NE,
    VERB_FORMS,
)
from . import _english, _french
from ._lexicon import Lexicon, lexicon

W_FUNCTION = 0.15
W_FREQUENT = 0.6
W_CONTENT = 1.0
W_ANCHOR = 1.5
COGNATE_CUTOFF = 78.0
COGNATE_MIN_LEN = 5
LEXICON_COGNATE_FACTOR = 0.7
LEXICON_COGNATE_CUTOFF = 95.0
NEGATION_FACTOR = 0.7
NUMBER_FACTOR = 0.6
NAME_FACTOR = 0.5
SPEAKER_CREDIT = 0.5
FUNCTION_LINK = 0.5
BLOCK = 512

Array = NDArray[np.float32]


@dataclass(frozen=True)
class Word:
    """One word of a segment with what matching needs."""

    start: int
    end: int
    text: str
    targets: frozenset[str]  # French: English base forms it translates to; English: its base forms
    exact: str  # identity anchor (names, numbers), "" when none
    cognate: str  # spelling compared for cognates, "" when none
    weight: float
    in_lexicon: bool = False
    name: bool = False  # a name or a code (capitalized inside the sentence, or with digits)

    @property
    def key(self) -> tuple[frozenset[str], str, str, bool, bool]:
        return (self.targets, self.exact, self.cognate, self.in_lexicon, self.weight <= W_FUNCTION)


def _number(text: str) -> str:
    t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in t and "." not in t and len(t.split(",")[-1]) != 3:
        t = t.replace(",", ".")  # French decimal comma
    elif "," in t:
        t = t.replace(",", "")  # thousands separators
    return t.rstrip("0").rstrip(".") if "." in t else t


def _anglicize(lemma: str) -> str:
    base = _french.strip_accents(lemma)
    for fr, en in COGNATE_SUFFIXES:
        if base.endswith(fr) and len(base) - len(fr) >= 3:
            return base[: len(base) - len(fr)] + en
    return base


_SYMBOLS = {"%": "%", "$": "dollar", "€": "euro"}


def french_words(text: str, lex: Lexicon | None = None) -> list[Word]:
    """The words of a French segment with translations, anchors and weights."""
    lex = lex or lexicon()
    raw = _french.tokens(text)
    out: list[Word] = []
    i = 0
    first = True
    while i < len(raw):
        s, e, surf = raw[i]
        low = surf.lower().replace("’", "'")
        # multiword lexicon entries (longest first), on forms or lemmas
        span = lex.multiword.get(low) or lex.multiword.get(_french.lemma(low))
        if span:
            done = False
            for n in range(min(span, len(raw) - i), 1, -1):
                forms = [t[2].lower().replace("’", "'") for t in raw[i : i + n]]
                for cand in (" ".join(forms), " ".join([_french.lemma(forms[0]), *forms[1:]])):
                    if cand in lex.translations:
                        out.append(
                            Word(
                                s,
                                raw[i + n - 1][1],
                                text[s : raw[i + n - 1][1]],
                                frozenset(lex.translations[cand]),
                                "",
                                "",
                                W_FUNCTION if cand in lex.function else W_FREQUENT,
                                True,
                            )
                        )
                        i += n
                        done = True
                        break
                if done:
                    break
            if done:
                first = False
                continue
        out.extend(_french_word(s, e, surf, low, lex, first))
        first = False
        i += 1
    return out


def _french_word(s: int, e: int, surf: str, low: str, lex: Lexicon, first: bool) -> list[Word]:
    if surf[0].isdigit():
        return [Word(s, e, surf, frozenset(), _number(surf), "", W_ANCHOR)]
    if surf in _SYMBOLS:
        sym = _SYMBOLS[surf]
        return [Word(s, e, surf, frozenset({sym}), sym, "", W_FREQUENT)]
    if surf[0] == "E" and low not in lex.translations and "é" + low[1:] in lex.translations:
        low = "é" + low[1:]  # capital E written without its accent: Etats-Unis, Etat
    lem = _french.lemma(low)
    targets: set[str] = set()
    for key in (lem,) if low in VERB_FORMS else (low, lem):
        targets |= lex.translations.get(key, set())
    if not targets and "-" not in low and not (surf[0].isupper() and not first):
        for cand in _french.stripped_forms(low):
            if cand in lex.translations:
                lem = cand
                targets |= lex.translations[cand]
                break
    if not targets and "-" in low:
        # a-t-il, dit-elle, Etats-Unis → parts
        parts = [p for p in low.split("-") if p and p != "t"]
        words: list[Word] = []
        pos = s
        for p in parts:
            ps = surf.lower().find(p, pos - s) + s
            words.extend(_french_word(ps, ps + len(p), surf[ps - s : ps - s + len(p)], p, lex, False))
            pos = ps + len(p)
        return words
    marker = _french.tense_marker(low, lem)
    if marker:
        targets.add(marker)
    in_lex = bool(targets)
    is_name = (
        (surf[0].isupper() and not first)
        or any(ch.isdigit() for ch in surf)
        or (surf.isupper() and len(surf) > 1)
    )
    if low in lex.function or lem in lex.function or lem in LIGHT_VERBS:
        weight = W_FUNCTION
    elif is_name and not in_lex:
        weight = W_ANCHOR
    elif low in lex.core or lem in lex.core:
        weight = W_FREQUENT
    else:
        weight = W_CONTENT
    exact = _french.strip_accents(low) if (is_name or not in_lex) else ""
    cognate = ""
    if weight > W_FUNCTION:
        cognate = _french.strip_accents(low) if is_name else _anglicize(lem)
        if len(cognate) < COGNATE_MIN_LEN:
            cognate = ""
    return [Word(s, e, surf, frozenset(targets), exact, cognate, weight, in_lex, is_name)]


def english_words(text: str) -> list[Word]:
    """The words of an English segment with base forms, anchors and weights."""
    lexicon()  # the lexicon's English side is the lemmatizer's vocabulary
    out: list[Word] = []
    for n, (s, e, surf) in enumerate(_english.tokens(text)):
        low = surf.lower()
        if surf[0].isdigit():
            out.append(Word(s, e, surf, frozenset(), _number(surf), "", W_ANCHOR))
            continue
        if surf in _SYMBOLS:
            sym = _SYMBOLS[surf]
            out.append(Word(s, e, surf, frozenset({sym}), sym, "", W_FREQUENT))
            continue
        lems = CASED_FORMS.get(surf) or _english.lemmas(low)
        is_name = (
            surf in CASED_FORMS
            or (surf[0].isupper() and n > 0 and low not in STOPWORDS)
            or any(ch.isdigit() for ch in surf)
        )
        if (low in STOPWORDS or lems[0] in STOPWORDS) and not is_name:
            weight = W_FUNCTION
        elif lems[0] in FREQUENT:
            weight = W_FREQUENT
        elif is_name:
            weight = W_ANCHOR
        else:
            weight = W_CONTENT
        base = _french.strip_accents(lems[0])
        cognate = base if weight > W_FUNCTION and len(base) >= COGNATE_MIN_LEN else ""
        exact = _french.strip_accents(low) if weight > W_FUNCTION else ""
        out.append(Word(s, e, surf, frozenset(lems), exact, cognate, weight, False, is_name))
    return out


def word_similarity(fw: Word, ew: Word) -> float:
    """Similarity of one French and one English word, in [0, 1]."""
    if fw.targets & ew.targets or (fw.exact and fw.exact == ew.exact):
        return 1.0
    if fw.cognate and ew.cognate:
        r = fuzz.ratio(fw.cognate, ew.cognate)
        if r >= (LEXICON_COGNATE_CUTOFF if fw.in_lexicon else COGNATE_CUTOFF):
            c = 0.5 + 0.5 * (r - COGNATE_CUTOFF) / (100.0 - COGNATE_CUTOFF)
            return c * (LEXICON_COGNATE_FACTOR if fw.in_lexicon else 1.0)
    return 0.0


class _Vocab:
    def __init__(self) -> None:
        self.index: dict[tuple[frozenset[str], str, str, bool, bool], int] = {}
        self.words: list[Word] = []

    def add(self, w: Word) -> int:
        k = w.key
        if k not in self.index:
            self.index[k] = len(self.words)
            self.words.append(w)
        return self.index[k]


def _incidence(rows: Sequence[Sequence[Word]], vocab: _Vocab) -> tuple[Array, Array]:
    ids = [[vocab.add(w) for w in row] for row in rows]
    weights = np.zeros((len(rows), len(vocab.words)), dtype=np.float32)
    present = np.zeros((len(rows), len(vocab.words)), dtype=np.float32)
    for r, (row, row_ids) in enumerate(zip(rows, ids, strict=True)):
        for w, j in zip(row, row_ids, strict=True):
            weights[r, j] += w.weight
            present[r, j] = 1.0
    return weights, present


def _similarity(fv: list[Word], ev: list[Word]) -> Array:
    sim = np.zeros((len(fv), len(ev)), dtype=np.float32)
    by_target: dict[str, list[int]] = {}
    by_exact: dict[str, list[int]] = {}
    for j, w in enumerate(ev):
        for t in w.targets:
            by_target.setdefault(t, []).append(j)
        if w.exact:
            by_exact.setdefault(w.exact, []).append(j)
    f_cog = [i for i, w in enumerate(fv) if w.cognate]
    e_cog = [j for j, w in enumerate(ev) if w.cognate]
    if f_cog and e_cog:
        ratios = process.cdist(
            [fv[i].cognate for i in f_cog],
            [ev[j].cognate for j in e_cog],
            scorer=fuzz.ratio,
            score_cutoff=COGNATE_CUTOFF,
            dtype=np.float32,
            workers=-1,
        )
        cog = np.where(
            ratios >= COGNATE_CUTOFF, 0.5 + 0.5 * (ratios - COGNATE_CUTOFF) / (100.0 - COGNATE_CUTOFF), 0.0
        ).astype(np.float32)
        in_lex = np.array([fv[i].in_lexicon for i in f_cog])
        cog[in_lex[:, None] & (ratios < LEXICON_COGNATE_CUTOFF)] = 0.0
        factor = np.where(in_lex, LEXICON_COGNATE_FACTOR, 1.0).astype(np.float32)
        sim[np.ix_(f_cog, e_cog)] = cog * factor[:, None]
    for i, w in enumerate(fv):
        for t in w.targets:
            for j in by_target.get(t, ()):
                sim[i, j] = 1.0
        if w.exact:
            for j in by_exact.get(w.exact, ()):
                sim[i, j] = 1.0
    return sim


@dataclass
class Scores:
    """Score matrices, French segments × English segments."""

    score: Array
    fr_coverage: Array
    en_coverage: Array


def score_words(fr: Sequence[Sequence[Word]], en: Sequence[Sequence[Word]]) -> Scores:
    """Score every French segment against every English segment."""
    nf, ne = len(fr), len(en)
    score = np.zeros((nf, ne), dtype=np.float32)
    cf_all = np.zeros((nf, ne), dtype=np.float32)
    ce_all = np.zeros((nf, ne), dtype=np.float32)
    if nf == 0 or ne == 0:
        return Scores(score, cf_all, ce_all)
    ev = _Vocab()
    ew, eb = _incidence(en, ev)
    e_total = ew.sum(axis=1)
    e_total[e_total == 0] = 1.0
    e_func = np.array([w.weight <= W_FUNCTION for w in ev.words])
    e_facts = _facts(en, french=False)
    e_first = np.array([any(w.text.lower() in FIRST_PERSON for w in row) for row in en], dtype=np.float32)
    for b0 in range(0, nf, BLOCK):
        block = fr[b0 : b0 + BLOCK]
        fv = _Vocab()
        fw, fb = _incidence(block, fv)
        sim = _similarity(fv.words, ev.words)  # Vf × Ve
        f_func = np.array([w.weight <= W_FUNCTION for w in fv.words])
        # a content word rendered by a function word is only weak evidence
        sim_f = np.where(~f_func[:, None] & e_func[None, :], sim * FUNCTION_LINK, sim)
        sim_e = np.where(f_func[:, None] & ~e_func[None, :], sim * FUNCTION_LINK, sim)
        a_fe = np.minimum(sim_f @ eb.T, 1.0)  # Vf × Ne: best counterpart of each French word per sentence
        f_total = fw.sum(axis=1)
        f_total[f_total == 0] = 1.0
        # reported speech names the speaker where the original says "we" / "I":
        # a French name without counterpart is credited against a first-person pronoun
        speaker = np.array([w.name and not any(ch.isdigit() for ch in w.text) for w in fv.words])
        credit = (fw[:, speaker] @ (1.0 - a_fe[speaker])) * (SPEAKER_CREDIT * e_first[None, :])
        cf = (fw @ a_fe + credit) / f_total[:, None]  # Nb × Ne
        a_ef = np.minimum(sim_e.T @ fb.T, 1.0)  # Ve × Nb
        ce = ((ew @ a_ef) / e_total[:, None]).T  # Nb × Ne
        denom = cf + ce
        denom[denom == 0] = 1.0
        score[b0 : b0 + len(block)] = 2 * cf * ce / denom * _agreement(_facts(block, french=True), e_facts)
        cf_all[b0 : b0 + len(block)] = cf
        ce_all[b0 : b0 + len(block)] = ce
    np.clip(score, 0.0, 1.0, out=score)
    return Scores(score, cf_all, ce_all)


def _negated_fr(words: Sequence[Word]) -> bool:
    toks = {t for w in words for t in w.text.lower().replace("’", "'").split()}
    return bool(toks & NEGATION_ALONE) or bool(toks & NEGATION_NE and toks & NEGATION_AFTER_NE)


def _negated_en(words: Sequence[Word]) -> bool:
    return any(w.text.lower().replace("’", "'") in NEGATIONS for w in words)


def _numbers(words: Sequence[Word]) -> set[str]:
    return {w.exact for w in words if w.exact[:1].isdigit()}


def _names(words: Sequence[Word]) -> set[str]:
    """Spellings and translations of the names of a segment (none when most of
    its words are capitalized, as in a title)."""
    names = [w for w in words if w.name and w.exact and not w.exact[0].isdigit()]
    if 2 * len(names) > len([w for w in words if w.weight > W_FUNCTION]):
        return set()
    out: set[str] = set()
    for w in names:
        out.add(w.exact)
        out.update(w.targets)
    return out


def _incidence_sets(rows: Sequence[set[str]], index: dict[str, int]) -> NDArray[np.float32]:
    m = np.zeros((len(rows), max(len(index), 1)), dtype=np.float32)
    for r, row in enumerate(rows):
        for k in row:
            m[r, index[k]] = 1.0
    return m


def _conflicts(f_sets: Sequence[set[str]], e_sets: Sequence[set[str]], *, fuzzy: bool) -> NDArray[np.bool_]:
    """Pairs where each side has an item (number, name) and none of them agree."""
    out = np.zeros((len(f_sets), len(e_sets)), dtype=bool)
    f_rows = [i for i, row in enumerate(f_sets) if row]
    e_rows = [j for j, row in enumerate(e_sets) if row]
    if not f_rows or not e_rows:
        return out
    keys = sorted(set().union(*(f_sets[i] for i in f_rows), *(e_sets[j] for j in e_rows)))
    index = {k: n for n, k in enumerate(keys)}
    fm = _incidence_sets([f_sets[i] for i in f_rows], index)
    em = _incidence_sets([e_sets[j] for j in e_rows], index)
    if fuzzy:  # names: near spellings (Pékin / Pekin, Zelensky / Zelenskyy) agree
        near = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=COGNATE_CUTOFF, dtype=np.float32)
        fm = np.minimum(fm @ (near >= COGNATE_CUTOFF).astype(np.float32), 1.0)
    agree = (fm @ em.T) > 0
    out[np.ix_(f_rows, e_rows)] = ~agree
    return out


@dataclass
class _Facts:
    """What renderings keep from their original, per segment: polarity, numbers, names."""

    negated: NDArray[np.bool_]
    numbers: list[set[str]]
    names: list[set[str]]


def _facts(rows: Sequence[Sequence[Word]], *, french: bool) -> _Facts:
    negated = _negated_fr if french else _negated_en
    return _Facts(
        np.array([negated(r) for r in rows], dtype=bool),
        [_numbers(r) for r in rows],
        [_names(r) for r in rows],
    )


def _agreement(fr: _Facts, en: _Facts) -> Array:
    """Factor per segment pair: lowered when polarity differs, when each side
    has a number (in digits) and none is shared, and when each side names
    someone or something and no name is shared."""
    factor = np.where(fr.negated[:, None] != en.negated[None, :], NEGATION_FACTOR, 1.0).astype(np.float32)
    factor[_conflicts(fr.numbers, en.numbers, fuzzy=False)] *= NUMBER_FACTOR
    factor[_conflicts(fr.names, en.names, fuzzy=True)] *= NAME_FACTOR
    return factor


def alignment(
    fr: Sequence[Word], en: Sequence[Word], *, min_sim: float = 0.5
) -> list[tuple[Word, Word, float]]:
    """Best English counterpart of each French non-function word (evidence)."""
    pairs: list[tuple[Word, Word, float]] = []
    for fw in fr:
        if fw.weight <= W_FUNCTION:
            continue
        best: tuple[Word, float] | None = None
        for e in en:
            s = word_similarity(fw, e)
            if s >= min_sim and (best is None or s > best[1]):
                best = (e, s)
        if best is not None:
            pairs.append((fw, best[0], best[1]))
    return pairs
