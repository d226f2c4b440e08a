"""Time and size of ``deepseek-news report`` and ``export`` on a large corpus of records.

    python benchmarks/bench_report.py [RECORDS.jsonl] [--n 10000]

Without RECORDS, the records of the project's own articles (fixtures/articles,
extracted once, ~1 min) are repeated until there are N, each copy given another
outlet (one of 12 folders) and month (24 months) in its doc_id, as a batch over
many outlets would have.  Prints the time to read the records and build the
page, the page's size, and the time to export the quotes table as CSV.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from deepseek_news.report import render_report
from deepseek_news.tables import iter_records, rows, write_csv

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "fixtures" / "articles"


def _base_records() -> list[dict[str, object]]:
    from deepseek_news import Extractor

    ex = Extractor()
    return [
        ex.extract(p.read_text(encoding="utf-8"), doc_id=p.name).model_dump()
        for p in sorted(ARTICLES.glob("*.txt"))
    ]


def _corpus(base: list[dict[str, object]], n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            month = 1 + (i // 7) % 24
            rec["doc_id"] = (
                f"corpus/outlet{i % 12:02d}/{2022 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-{i}.txt"
            )
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "records", nargs="?", help="JSON Lines records (default: built from fixtures/articles)"
    )
    parser.add_argument("--n", type=int, default=10_000, help="records to build when none is given")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.records) if args.records else Path(tmp) / "records.jsonl"
        if not args.records:
            _corpus(_base_records(), args.n, path)
        t0 = time.perf_counter()
        page = render_report(iter_records(path))
        t1 = time.perf_counter()
        write_csv(rows(path, "quotes"), "quotes", Path(tmp) / "quotes.csv")
        t2 = time.perf_counter()
        n = sum(1 for _ in open(path, encoding="utf-8"))
        print(f"records: {n} ({path.stat().st_size / 1e6:.1f} MB of JSON Lines)")
        print(f"report: {t1 - t0:.2f} s, {len(page.encode('utf-8')) / 1e6:.3f} MB")
        print(f"export quotes CSV: {t2 - t1:.2f} s")


if __name__ == "__main__":
    main()
