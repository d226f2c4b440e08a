"""Accuracy and coverage of the persons' gender against a hand-annotated file.

    python -m deepseek_news.evaluate_gender GENDER_GOLD.jsonl (RECORDS.jsonl | DOCS_DIR) [--show-errors]

The gold file holds one JSON object per article: ``{"id": "101", "persons":
{"Canonical Name": "female" | "male"}}``.  The second argument is either the
records of ``deepseek-news extract`` (matched to the gold by the file name of
their ``doc_id``: ``…/101.txt`` is article ``101``) or the folder of the
articles' ``<id>.txt``, which are then extracted.

Each gold person is looked up among the record's persons, then its person
speakers, by name (as :func:`deepseek_news.evaluate.same_name` compares
names).  Of the gold persons found:

- ``coverage`` = share that the library gives a gender;
- ``accuracy`` = share of those whose gender is the gold's.

Gold persons the library does not find at all are counted as ``missed`` and
left out of both figures (finding persons is scored by ``deepseek_news.evaluate``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .evaluate import _fold, same_name

__all__ = ["main", "score_genders"]


def _candidates(record: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    out = [(str(p["name"]), p.get("gender")) for p in record.get("persons") or []]
    out += [
        (str(s["name"]), s.get("gender")) for s in record.get("speakers") or [] if s.get("type") == "person"
    ]
    return out


def score_genders(
    items: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]], errors: list[str] | None = None
) -> dict[str, float | int]:
    """Score ``(gold, record)`` pairs; `record` is a record's dict.

    Returns ``persons`` (gold persons), ``found``, ``missed``, ``assigned``,
    ``correct``, ``accuracy`` (correct / assigned) and ``coverage`` (assigned / found).
    """
    sink: list[str] = [] if errors is None else errors
    persons = found = assigned = correct = 0
    for gold, record in items:
        cands = _candidates(record)
        for name, gender in gold["persons"].items():
            persons += 1
            exact = [c for c in cands if _fold(c[0]) == _fold(name)]
            close = exact or [c for c in cands if same_name(c[0], name)]
            match = close[0] if close else None
            if match is None:
                sink.append(f"{gold['id']}: not found {name!r}")
                continue
            found += 1
            if match[1] is None:
                sink.append(f"{gold['id']}: no gender for {name!r} (found as {match[0]!r})")
                continue
            assigned += 1
            if match[1] == gender:
                correct += 1
            else:
                sink.append(f"{gold['id']}: {name!r} is {gender}, got {match[1]} (found as {match[0]!r})")
    return {
        "persons": persons,
        "found": found,
        "missed": persons - found,
        "assigned": assigned,
        "correct": correct,
        "accuracy": round(correct / assigned, 4) if assigned else 0.0,
        "coverage": round(assigned / found, 4) if found else 0.0,
    }


def _records(golds: Sequence[Mapping[str, Any]], source: Path) -> dict[str, dict[str, Any]]:
    if source.is_dir():
        from .api import Extractor

        extractor = Extractor()
        return {
            g["id"]: extractor.extract(
                (source / f"{g['id']}.txt").read_text(encoding="utf-8"), doc_id=g["id"]
            ).model_dump()
            for g in golds
        }
    out: dict[str, dict[str, Any]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[Path(str(rec.get("doc_id") or "")).stem] = rec
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deepseek_news.evaluate_gender", description=__doc__)
    parser.add_argument("gold", help="gender gold (JSON Lines)")
    parser.add_argument("records", help="records of `deepseek-news extract`, or the folder of <id>.txt")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and wrong gender")
    args = parser.parse_args(argv)
    lines = Path(args.gold).read_text(encoding="utf-8").splitlines()
    golds = [json.loads(line) for line in lines if line.strip()]
    records = _records(golds, Path(args.records))
    errors: list[str] = []
    result = score_genders(((g, records.get(g["id"], {})) for g in golds), errors)
    if args.show_errors:
        for e in errors:
            print(e)
    print(
        f"gender: accuracy {result['accuracy']:.3f} ({result['correct']}/{result['assigned']}), "
        f"coverage {result['coverage']:.3f} ({result['assigned']}/{result['found']} persons found; "
        f"{result['missed']} of {result['persons']} not found)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
