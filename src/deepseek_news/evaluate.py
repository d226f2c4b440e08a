"""Precision, recall and F1 of extracted records against a gold file.

    python -m deepseek_news.evaluate GOLD.jsonl DOCS_DIR [--json OUT] [--show-errors] [--min quotes.f1=0.8]

The gold file holds one JSON object per article (``id``, ``quotes``, ``money``,
``percent``, ``organizations``, ``persons``, ``originals``); ``DOCS_DIR/<id>.txt``
holds the article's text. Matching rules:

- quotes (direct and partial together): a predicted quote matches a gold quote
  when their character spans overlap with an intersection-over-union of at
  least 0.5 (0.3 for indirect speech); pairs are formed greedily, best overlap
  first. ``+speaker`` fields count a pair as correct only when the speaker
  names agree (accents, case, hyphens and small spelling differences ignored);
  ``kind`` counts pairs whose kind (direct/partial) agrees.
- money and percentages: spans overlap with IoU of at least 0.3 (``.span``
  fields); the value must agree within 0.5 % and, for money, the currency must
  be the same.
- organizations and persons: sets of canonical names, compared like speakers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


class SupportsExtract(Protocol):
    """Anything with :meth:`Extractor.extract`'s signature (an Extractor, or a stand-in)."""

    def extract(self, text: str, *, originals: Sequence[str] = ..., doc_id: str | None = None) -> Any: ...


__all__ = ["FIELDS", "evaluate", "main", "score_records"]

FIELDS: tuple[str, ...] = (
    "quotes",
    "quotes+speaker",
    "kind",
    "indirect",
    "indirect+speaker",
    "money",
    "money.span",
    "percent",
    "percent.span",
    "organizations",
    "persons",
)

_QUOTE_GROUPS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("quotes", ("direct", "partial"), 0.5),
    ("indirect", ("indirect",), 0.3),
)
_AMOUNT_GROUPS: tuple[tuple[str, str], ...] = (("money", "money"), ("percent", "percentages"))
_AMOUNT_MIN_IOU = 0.3
_VALUE_TOLERANCE = 0.005
_NAME_MIN_RATIO = 90

Item = Mapping[str, Any]


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def scores(self) -> dict[str, float | int]:
        if self.tp + self.fp:
            p = self.tp / (self.tp + self.fp)
        else:
            p = 0.0 if self.fn else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _fold(name: str | None) -> str:
    """Lower case, no accents, typographic apostrophes and hyphens flattened."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").lower().replace("-", " ")
    return " ".join(s.split())


def same_name(pred: str | None, gold: str | None) -> bool:
    """Whether two names designate the same speaker or entity (fuzzy, 90 % ratio)."""
    from rapidfuzz import fuzz

    p, g = _fold(pred), _fold(gold)
    if not p or not g:
        return p == g
    if p == g:
        return True
    return fuzz.token_set_ratio(p, g) >= _NAME_MIN_RATIO or fuzz.ratio(p, g) >= _NAME_MIN_RATIO


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _span(item: Item, text: str) -> tuple[int, int] | None:
    """The item's offsets, or the first occurrence of its text when it has none."""
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    t = item.get("text")
    if isinstance(t, str) and t and t in text:
        i = text.index(t)
        return (i, i + len(t))
    return None


def _greedy(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) from `scores[gold][pred]`, best first; 0 = incompatible."""
    candidates = sorted(
        ((s, gi, pi) for gi, row in enumerate(scores) for pi, s in enumerate(row) if s > 0), reverse=True
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _overlaps(golds: Sequence[Item], preds: Sequence[Item], text: str, floor: float) -> list[list[float]]:
    """IoU of every gold and predicted span, 0 below `floor`."""
    spans = [_span(p, text) for p in preds]
    rows = []
    for g in golds:
        gs = (g["start"], g["end"])
        row = [_iou(gs, ps) if ps else 0.0 for ps in spans]
        rows.append([v if v >= floor else 0.0 for v in row])
    return rows


def _unmatched(doc: str, label: str, items: Sequence[str], matched: Iterable[int], errors: list[str]) -> None:
    hit = set(matched)
    errors.extend(f"{doc} {label}: {item}" for i, item in enumerate(items) if i not in hit)


def _score_quotes(
    doc: str,
    gold: Item,
    pred: Sequence[Item],
    text: str,
    t: dict[str, _Tally],
    errors: list[str],
    calibration: list[tuple[float, bool]] | None = None,
) -> None:
    for group, kinds, floor in _QUOTE_GROUPS:
        gq = [q for q in gold.get("quotes", []) if q["kind"] in kinds]
        pq = [q for q in pred if q.get("kind") in kinds]
        pairs = _greedy(_overlaps(gq, pq, text, floor))
        t[group].add(len(pairs), len(pq), len(gq))
        right_speaker = 0
        for gi, pi in pairs:
            g, p = gq[gi], pq[pi]
            right = same_name(p.get("speaker"), g.get("speaker"))
            if calibration is not None:
                calibration.append((float(p.get("confidence") or 0.0), right))
            if right:
                right_speaker += 1
            else:
                errors.append(
                    f"{doc} speaker {group}: {g['text'][:50]!r} "
                    f"gold={g.get('speaker')!r} got={p.get('speaker')!r}"
                )
            if group == "quotes":
                same_kind = p.get("kind") == g["kind"]
                t["kind"].add(int(same_kind), 1, 1)
                if not same_kind:
                    errors.append(f"{doc} kind: {g['text'][:50]!r} gold={g['kind']} got={p.get('kind')}")
        t[group + "+speaker"].add(right_speaker, len(pq), len(gq))
        _unmatched(doc, f"missed {group}", [repr(g["text"][:70]) for g in gq], (g for g, _ in pairs), errors)
        _unmatched(
            doc, f"extra {group}", [repr(str(p.get("text"))[:70]) for p in pq], (p for _, p in pairs), errors
        )


def _score_amounts(
    doc: str, gold: Item, record: Item, text: str, t: dict[str, _Tally], errors: list[str]
) -> None:
    for group, key in _AMOUNT_GROUPS:
        gm: list[Item] = list(gold.get(group, []))
        pm: list[Item] = list(record.get(key) or [])
        pairs = _greedy(_overlaps(gm, pm, text, _AMOUNT_MIN_IOU))
        t[group + ".span"].add(len(pairs), len(pm), len(gm))
        good = 0
        for gi, pi in pairs:
            g, p = gm[gi], pm[pi]
            v = p.get("value")
            ok_value = isinstance(v, int | float) and abs(v - g["value"]) <= _VALUE_TOLERANCE * max(
                1.0, abs(g["value"])
            )
            ok_currency = group == "percent" or p.get("currency") == g.get("currency")
            if ok_value and ok_currency:
                good += 1
            else:
                errors.append(
                    f"{doc} wrong {group}: {g['text']!r} gold={g['value']} {g.get('currency')} "
                    f"got={v} {p.get('currency')}"
                )
        t[group].add(good, len(pm), len(gm))
        _unmatched(doc, f"missed {group}", [repr(g["text"]) for g in gm], (g for g, _ in pairs), errors)
        _unmatched(doc, f"extra {group}", [repr(p.get("text")) for p in pm], (p for _, p in pairs), errors)


def _score_names(doc: str, gold: Item, record: Item, t: dict[str, _Tally], errors: list[str]) -> None:
    for group in ("organizations", "persons"):
        gn: list[str] = list(gold.get(group, []))
        pn: list[str] = [str(e.get("name")) for e in record.get(group) or []]
        pairs = _greedy([[1.0 if same_name(p, g) else 0.0 for p in pn] for g in gn])
        t[group].add(len(pairs), len(pn), len(gn))
        _unmatched(doc, f"missed {group}", [repr(g) for g in gn], (g for g, _ in pairs), errors)
        _unmatched(doc, f"extra {group}", [repr(p) for p in pn], (p for _, p in pairs), errors)


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    dumped: dict[str, Any] = record.model_dump()
    return dumped


def score_records(
    items: Iterable[tuple[Mapping[str, Any], Any, str]],
    errors: list[str] | None = None,
    calibration: list[tuple[float, bool]] | None = None,
) -> dict[str, dict[str, float | int]]:
    """Score `(gold, record, text)` triples; `record` is an ArticleRecord or its dict.

    Returns ``{field: {"p", "r", "f1", "tp", "fp", "fn"}}`` for every field of
    :data:`FIELDS`. Each mismatch is described in `errors` when a list is given;
    `calibration` receives ``(confidence, right speaker)`` for every quote matched to the gold.
    """
    tallies = {field: _Tally() for field in FIELDS}
    sink: list[str] = [] if errors is None else errors
    for gold, record, text in items:
        rec = _as_dict(record)
        doc = str(gold.get("id", "?"))
        _score_quotes(doc, gold, list(rec.get("quotes") or []), text, tallies, sink, calibration)
        _score_amounts(doc, gold, rec, text, tallies, sink)
        _score_names(doc, gold, rec, tallies, sink)
    return {field: tallies[field].scores() for field in FIELDS}


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold file's articles, one dict per non-empty line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(
    gold_path: str | Path,
    docs_dir: str | Path,
    extractor: SupportsExtract | None = None,
    *,
    errors: list[str] | None = None,
    calibration: list[tuple[float, bool]] | None = None,
) -> dict[str, Any]:
    """Extract every article of the gold file from `docs_dir` and score the records.

    Returns the figures of :func:`score_records` plus ``articles`` (how many
    were scored) and ``seconds`` (time spent extracting).
    """
    if extractor is None:
        from .api import Extractor

        extractor = Extractor()
    golds = read_gold(gold_path)
    texts = [(Path(docs_dir) / f"{g['id']}.txt").read_text(encoding="utf-8") for g in golds]
    t0 = time.perf_counter()
    records = [
        extractor.extract(text, originals=g.get("originals", []), doc_id=g["id"])
        for g, text in zip(golds, texts, strict=True)
    ]
    seconds = time.perf_counter() - t0
    result: dict[str, Any] = dict(score_records(zip(golds, records, texts, strict=True), errors, calibration))
    result["articles"] = len(golds)
    result["seconds"] = round(seconds, 2)
    return result


CALIBRATION_BINS: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def calibration_table(
    pairs: Iterable[tuple[float, bool]], bins: Sequence[float] = CALIBRATION_BINS
) -> list[tuple[float, float, int, float]]:
    """``(low, high, quotes, share with the right speaker)`` per confidence bin [low, high);
    the last bin is closed at 1.0. Empty bins are left out."""
    edges = [*bins, 1.0]
    table = []
    items = list(pairs)
    for k, low in enumerate(bins):
        high = edges[k + 1]
        last = k == len(bins) - 1
        inside = [ok for c, ok in items if low <= c < high or (last and c == high)]
        if inside:
            table.append((low, high, len(inside), round(sum(inside) / len(inside), 3)))
    return table


def _format(result: Mapping[str, Any]) -> list[str]:
    lines = []
    for field in FIELDS:
        r = result[field]
        lines.append(
            f"{field:18s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f}  "
            f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})"
        )
    lines.append(f"{result['articles']} articles, {result['seconds']} s")
    return lines


def _floor(spec: str) -> tuple[str, str, float]:
    """``quotes.f1=0.8`` -> ("quotes", "f1", 0.8)."""
    key, sep, value = spec.partition("=")
    field, _, stat = key.rpartition(".")
    if not sep or field not in FIELDS or stat not in ("p", "r", "f1"):
        raise argparse.ArgumentTypeError(f"expected FIELD.p|r|f1=VALUE with a field of {', '.join(FIELDS)}")
    try:
        return field, stat, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns 1 when a figure falls below a ``--min`` floor."""
    parser = argparse.ArgumentParser(
        prog="python -m deepseek_news.evaluate", description="Score deepseek_news against a gold file."
    )
    parser.add_argument("gold", help="gold JSON Lines file, one article per line")
    parser.add_argument("docs", help="folder holding <id>.txt for every gold article")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    parser.add_argument("--show-errors", action="store_true", help="list every missed, extra or wrong item")
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="print, per confidence bin, how often a matched quote has the right speaker",
    )
    parser.add_argument(
        "--min",
        type=_floor,
        action="append",
        default=[],
        metavar="FIELD.STAT=VALUE",
        help="fail (exit 1) when a figure is below this floor, e.g. --min quotes.f1=0.8; repeatable",
    )
    args = parser.parse_args(argv)

    errors: list[str] = []
    pairs: list[tuple[float, bool]] = []
    result = evaluate(args.gold, args.docs, errors=errors, calibration=pairs)
    if args.show_errors:
        for line in errors:
            print("  " + line)
    for line in _format(result):
        print(line)
    if args.calibration:
        print("confidence      quotes  right speaker")
        for low, high, n, share in calibration_table(pairs):
            print(f"[{low:.1f}, {high:.1f}{']' if high == 1.0 else ')'}    {n:6d}  {share:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    below = [f"{f}.{s}={result[f][s]:.3f}<{v}" for f, s, v in args.min if result[f][s] < v]
    if below:
        print("below floor: " + " ".join(below))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
