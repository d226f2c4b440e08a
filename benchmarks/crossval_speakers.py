"""Leave-one-article-out cross-validation of the pronoun-salience constants on dev-news.

The speaker resolver has three hand-set constants (pipeline/attribution/antecedents.py: the
bonus of a candidate that already spoke, of a clause subject, the penalty of a complement).
This script runs the real-news set once per setting of a small grid, then for every article
picks the setting best on the other articles (ties go to the shipped setting) and counts the
right speakers of the article with it: the cross-validated figure to set beside the
in-sample one (docs/accuracy.md). Run by hand, from the repository root:

    python benchmarks/crossval_speakers.py [../shared]
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import deepseek_news.pipeline.attribution.antecedents as salience
from deepseek_news import Extractor
from deepseek_news.evaluate import score_records

Setting = tuple[float, float, float]
SHIPPED: Setting = (salience._SPEAKER_BONUS, salience._SUBJECT_BONUS, salience._COMPLEMENT_PENALTY)
GRID: list[Setting] = list(itertools.product([0.5, 0.8, 1.1], [0.1, 0.3, 0.5], [SHIPPED[2]]))


def _right_speakers(gold: dict[str, Any], record: Any, text: str) -> tuple[int, int]:
    """Matched quotes (direct and partial) and reported clauses whose speaker is right, as the
    project's evaluator counts them."""
    scores = score_records([(gold, record, text)])
    return int(scores["quotes+speaker"]["tp"]), int(scores["indirect+speaker"]["tp"])


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    docs = shared / "dev-news"
    golds = [json.loads(line) for line in (docs / "gold.jsonl").read_text().splitlines()]
    texts = {g["id"]: (docs / "docs" / f"{g['id']}.txt").read_text() for g in golds}
    extractor = Extractor()
    per: dict[Setting, dict[str, tuple[int, int]]] = {}
    for setting in GRID:
        salience._SPEAKER_BONUS, salience._SUBJECT_BONUS, salience._COMPLEMENT_PENALTY = setting
        per[setting] = {}
        for g in golds:
            record = extractor.extract(texts[g["id"]], doc_id=g["id"])
            per[setting][g["id"]] = _right_speakers(g, record, texts[g["id"]])
        totals = [sum(v[k] for v in per[setting].values()) for k in (0, 1)]
        print(f"{setting}: quotes {totals[0]}, indirect {totals[1]} right speakers", flush=True)
    crossval = [0, 0]
    chosen: dict[Setting, int] = {}
    for g in golds:

        def others(s: Setting, held: str = g["id"]) -> tuple[int, bool]:
            return sum(a + b for d, (a, b) in per[s].items() if d != held), s == SHIPPED

        best = max(GRID, key=others)
        chosen[best] = chosen.get(best, 0) + 1
        crossval[0] += per[best][g["id"]][0]
        crossval[1] += per[best][g["id"]][1]
    print(f"cross-validated right speakers: quotes {crossval[0]}, indirect {crossval[1]}")
    print("setting chosen per held-out article:", chosen)


if __name__ == "__main__":
    main()
