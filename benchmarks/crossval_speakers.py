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

Setting = tuple[float, float, float]
SHIPPED: Setting = (salience._SPEAKER_BONUS, salience._SUBJECT_BONUS, salience._COMPLEMENT_PENALTY)
GRID: list[Setting] = list(itertools.product([0.5, 0.8, 1.1], [0.1, 0.3, 0.5], [SHIPPED[2]]))


def _right_speakers(scorer: Any, gold: dict[str, Any], record: Any) -> tuple[int, int]:
    """Matched quotes (direct and partial) and reported clauses whose speaker is right."""
    out = []
    for kinds, floor in ((("direct", "partial"), 0.5), (("indirect",), 0.3)):
        gq = [q for q in gold["quotes"] if q["kind"] in kinds]
        pq = [q for q in record.quotes if q.kind in kinds]

        def overlap(a: dict[str, Any], b: Any, floor: float = floor) -> float:
            v: float = scorer.iou((a["start"], a["end"]), (b.start, b.end))
            return v if v >= floor else 0.0

        pairs = scorer.greedy(gq, pq, overlap)
        out.append(sum(1 for gi, pi in pairs if scorer.same_name(pq[pi].speaker, gq[gi].get("speaker"))))
    return out[0], out[1]


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    sys.path.insert(0, str(shared / "acceptance"))
    import score  # the shared scorer's matching

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
            per[setting][g["id"]] = _right_speakers(score, g, record)
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
