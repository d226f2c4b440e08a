"""``deepseek-news export``: every row maps back to one item of one record (no model)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ecosystem"))
from _corpus_sample import sample_corpus

from deepseek_news.cli import main
from deepseek_news.records import ArticleRecord
from deepseek_news.tables import COLUMNS, TABLES, rows


def _write(tmp: Path) -> tuple[Path, list[ArticleRecord]]:
    corpus = sample_corpus()
    path = tmp / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in corpus), encoding="utf-8")
    return path, corpus


def _item(record: ArticleRecord, table: str, row: dict[str, Any]) -> dict[str, Any]:
    items: list[dict[str, Any]] = [x.model_dump() for x in getattr(record, table)]
    if "id" in COLUMNS[table]:
        return next(x for x in items if x["id"] == row["id"])
    return items[int(row["index"])]


def _same(a: Any, b: Any) -> bool:
    """A CSV cell (text) against the record's value."""
    if b is None:
        return a in ("", None)
    if isinstance(b, bool):
        return str(a) == str(b)
    if isinstance(b, float):
        return float(a) == float(b)
    if isinstance(b, list):
        return str(a) == " | ".join(map(str, b))
    return str(a) == str(b)


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trip(tmp_path: Path, table: str) -> None:
    path, corpus = _write(tmp_path)
    out = tmp_path / f"{table}.csv"
    assert main(["export", str(path), "--table", table, "-o", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert len(got) == sum(len(getattr(r, table)) for r in corpus)
    assert list(got[0]) == list(COLUMNS[table])
    for row in got:
        record = corpus[int(row["record"])]
        assert row["doc_id"] == record.doc_id
        item = _item(record, table, row)
        for column in set(COLUMNS[table]) & set(item):
            value = len(item[column]) if column == "mentions" else item[column]  # a count of mentions
            assert _same(row[column], value), (table, column, row[column], value)


def test_quote_rows_carry_the_speaker() -> None:
    got = rows(sample_corpus(), "quotes")
    assert [(r["doc_id"], r["id"], r["speaker_gender"], r["speaker_key"]) for r in got[:2]] == [
        ("corpus/lemonde/2024-03-01-a.txt", "q1", "female", "anne roux"),
        ("corpus/lemonde/2024-03-01-a.txt", "q2", "female", "anne roux"),
    ]
    speakers = rows(sample_corpus(), "speakers")
    assert [(r["name"], r["quotes"]) for r in speakers[:3]] == [
        ("Anne Roux", 2),
        ("Renault", 1),
        ("un témoin", 1),
    ]


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table 'people'"):
        rows([], "people")


def test_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path, corpus = _write(tmp_path)
    out = tmp_path / "quotes.parquet"
    assert main(["export", str(path), "--table", "quotes", "-o", str(out)]) == 0
    table = pq.read_table(out).to_pylist()
    assert [(r["record"], r["id"], r["text"]) for r in table] == [
        (n, q.id, q.text) for n, rec in enumerate(corpus) for q in rec.quotes
    ]


def test_to_dataframe() -> None:
    pytest.importorskip("pandas")
    import deepseek_news

    df = deepseek_news.to_dataframe(sample_corpus(), "quotes")
    assert df.groupby("speaker_gender").size().to_dict() == {"female": 3, "male": 5}
