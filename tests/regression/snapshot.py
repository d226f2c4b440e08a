"""Record snapshots: what the extractor returns today on every article set, committed.

A change that alters any record shows up as a failing test naming the article; if the change
is deliberate, list it in CHANGELOG.md and refresh the snapshots:

    python -m tests.regression.snapshot            # rewrite tests/regression/expected/
    python -m tests.regression.snapshot --diff     # show which records changed, do not write

The project's own articles (fixtures/articles, fixtures/heldout/articles) are stored as full
records, so a review shows what changed. Articles outside the project (../shared/seeds,
../shared/dev-news) are stored as a SHA-256 digest of each record only: their text never
enters the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXPECTED = Path(__file__).resolve().parent / "expected"

# name -> (gold file giving ids and originals, folder of <id>.txt, stored as full records?)
SETS: dict[str, tuple[Path, Path, bool]] = {
    "fixtures": (ROOT / "fixtures/gold.jsonl", ROOT / "fixtures/articles", True),
    "heldout": (ROOT / "fixtures/heldout/gold.jsonl", ROOT / "fixtures/heldout/articles", True),
    "seeds": (SHARED / "acceptance/seeds.gold.jsonl", SHARED / "seeds", False),
    "dev-news": (SHARED / "dev-news/gold.jsonl", SHARED / "dev-news/docs", False),
}


def available(name: str) -> bool:
    gold, docs, _ = SETS[name]
    return gold.is_file() and docs.is_dir()


def articles(name: str) -> Iterator[tuple[str, str, list[Any]]]:
    """(id, text, originals) of every article of a set, in gold order."""
    gold, docs, _ = SETS[name]
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        path = docs / f"{g['id']}.txt"
        if not path.is_file():
            path = next(docs.glob(f"{g['id']}*.txt"))
        yield g["id"], path.read_text(encoding="utf-8"), g.get("originals", [])


def record_json(extractor: Any, doc_id: str, text: str, originals: list[Any]) -> str:
    rec = extractor.extract(text, originals=originals, doc_id=doc_id)
    return json.dumps(rec.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def stored_value(name: str, record: str) -> str:
    full = SETS[name][2]
    return record if full else hashlib.sha256(record.encode("utf-8")).hexdigest()


def expected_path(name: str) -> Path:
    return EXPECTED / f"{name}.jsonl"


def load_expected(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    path = expected_path(name)
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = row["record"] if "record" in row else row["sha256"]
    return out


def compute(extractor: Any, name: str) -> dict[str, str]:
    return {
        doc_id: stored_value(name, record_json(extractor, doc_id, text, originals))
        for doc_id, text, originals in articles(name)
    }


def write(name: str, values: dict[str, str]) -> None:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    key = "record" if SETS[name][2] else "sha256"
    with expected_path(name).open("w", encoding="utf-8") as f:
        for doc_id, value in values.items():
            f.write(json.dumps({"id": doc_id, key: value}, ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diff", action="store_true", help="list the changed records, write nothing")
    ap.add_argument("sets", nargs="*", default=list(SETS), help="sets to refresh (default: all)")
    args = ap.parse_args(argv)
    from deepseek_news import Extractor

    ex = Extractor()
    changed = 0
    for name in args.sets:
        if not available(name):
            print(f"{name}: not found, skipped", file=sys.stderr)
            continue
        old, new = load_expected(name), compute(ex, name)
        diff = sorted(k for k in new.keys() | old.keys() if old.get(k) != new.get(k))
        changed += len(diff)
        print(f"{name}: {len(new)} articles, {len(diff)} changed" + (f" ({', '.join(diff)})" if diff else ""))
        if not args.diff:
            write(name, new)
    return 1 if args.diff and changed else 0


if __name__ == "__main__":
    sys.exit(main())
