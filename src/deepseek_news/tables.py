"""Flat tables of records for analysts: one row per quote, speaker, person,
organization, amount of money or percentage, with the article it comes from.

>>> from deepseek_news.records import ArticleRecord, Quote
>>> rec = ArticleRecord(doc_id="a1", quotes=[Quote(id="q1", text="Oui", start=0, end=3, kind="direct")])
>>> rows([rec], "quotes")[0]["doc_id"], rows([rec], "quotes")[0]["text"]
('a1', 'Oui')

Every row carries ``record`` (the record's position in the input, from 0) and
``doc_id``, and ``id`` (quotes, speakers, persons, organizations) or ``index``
(money, percentages: the item's position in its list), so each row maps back
to one item of one record.  Lists (aliases, roles) are joined with ``" | "``.
Pure Python: pandas and pyarrow are imported only by :func:`to_dataframe` and
:func:`write_parquet`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from .records import ArticleRecord

__all__ = ["TABLES", "iter_records", "rows", "to_dataframe", "write_csv", "write_parquet"]

Table = Literal["quotes", "speakers", "persons", "organizations", "money", "percentages"]
TABLES: tuple[Table, ...] = ("quotes", "speakers", "persons", "organizations", "money", "percentages")
LIST_SEPARATOR = " | "

# the columns of each table, in order
COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        "record",
        "doc_id",
        "id",
        "kind",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_id",
        "speaker_type",
        "speaker_gender",
        "speaker_key",
        "cue",
        "speaker_mention",
        "confidence",
        "original_id",
    ),
    "speakers": (
        "record",
        "doc_id",
        "id",
        "name",
        "type",
        "gender",
        "gender_evidence",
        "corpus_key",
        "organization",
        "organization_id",
        "roles",
        "quotes",
        "entity_id",
    ),
    "persons": (
        "record",
        "doc_id",
        "id",
        "name",
        "gender",
        "gender_evidence",
        "corpus_key",
        "aliases",
        "roles",
        "mentions",
    ),
    "organizations": ("record", "doc_id", "id", "name", "aliases", "mentions"),
    "money": (
        "record",
        "doc_id",
        "index",
        "text",
        "start",
        "end",
        "value",
        "currency",
        "approximate",
        "low",
        "high",
    ),
    "percentages": (
        "record",
        "doc_id",
        "index",
        "text",
        "start",
        "end",
        "value",
        "approximate",
        "points",
        "low",
        "high",
    ),
}


def iter_records(
    source: str | Path | Iterable[ArticleRecord | Mapping[str, Any]],
) -> Iterator[dict[str, Any]]:
    """Records as dicts, from a JSON Lines file or from records / dicts."""
    if isinstance(source, str | Path):
        with open(source, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
        return
    for rec in source:
        yield rec.model_dump() if isinstance(rec, ArticleRecord) else dict(rec)


def _joined(values: Iterable[Any] | None) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values or [])


def _table_rows(n: int, rec: Mapping[str, Any], table: str) -> Iterator[dict[str, Any]]:
    base = {"record": n, "doc_id": rec.get("doc_id")}
    if table == "quotes":
        speakers = {s["id"]: s for s in rec.get("speakers") or []}
        for q in rec.get("quotes") or []:
            sp = speakers.get(q.get("speaker_id") or "", {})
            mention = q.get("speaker_mention") or {}
            original = q.get("original") or {}
            yield {
                **base,
                **{k: q.get(k) for k in ("id", "kind", "text", "start", "end", "speaker", "speaker_id")},
                "speaker_type": sp.get("type"),
                "speaker_gender": sp.get("gender"),
                "speaker_key": sp.get("corpus_key"),
                "cue": q.get("cue"),
                "speaker_mention": mention.get("text"),
                "confidence": q.get("confidence"),
                "original_id": original.get("original_id"),
            }
    elif table == "speakers":
        counts: dict[str, int] = {}
        for q in rec.get("quotes") or []:
            if q.get("speaker_id"):
                counts[q["speaker_id"]] = counts.get(q["speaker_id"], 0) + 1
        for s in rec.get("speakers") or []:
            yield {
                **base,
                **{k: s.get(k) for k in ("id", "name", "type", "gender", "gender_evidence", "corpus_key")},
                "organization": s.get("organization"),
                "organization_id": s.get("organization_id"),
                "roles": _joined(s.get("roles")),
                "quotes": counts.get(s["id"], 0),
                "entity_id": s.get("entity_id"),
            }
    elif table in ("persons", "organizations"):
        for e in rec.get(table) or []:
            row = {**base, "id": e.get("id"), "name": e.get("name")}
            if table == "persons":
                row |= {k: e.get(k) for k in ("gender", "gender_evidence", "corpus_key")}
                row["roles"] = _joined(e.get("roles"))
            row["aliases"] = _joined(e.get("aliases"))
            row["mentions"] = len(e.get("mentions") or [])
            yield row
    else:
        for i, a in enumerate(rec.get(table) or []):
            yield {**base, "index": i, **{k: a.get(k) for k in COLUMNS[table][3:]}}


def rows(
    records: str | Path | Iterable[ArticleRecord | Mapping[str, Any]], table: str
) -> list[dict[str, Any]]:
    """The rows of one table (see :data:`TABLES`), columns in :data:`COLUMNS` order."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    cols = COLUMNS[table]
    return [
        {c: row.get(c) for c in cols}
        for n, rec in enumerate(iter_records(records))
        for row in _table_rows(n, rec, table)
    ]


def to_dataframe(records: str | Path | Iterable[ArticleRecord | Mapping[str, Any]], table: str) -> Any:
    """One table as a pandas DataFrame (needs pandas: ``pip install pandas``).

    >>> import deepseek_news
    >>> df = deepseek_news.to_dataframe("records.jsonl", "quotes")   # doctest: +SKIP
    >>> df.groupby("speaker_gender").size()                          # doctest: +SKIP
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install pandas") from exc
    return pd.DataFrame(rows(records, table), columns=list(COLUMNS[table]))


def write_csv(table_rows: list[dict[str, Any]], table: str, path: str | Path) -> None:
    """Write rows as CSV (UTF-8, header first; empty cells for None)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS[table]))
        writer.writeheader()
        writer.writerows(table_rows)


def write_parquet(table_rows: list[dict[str, Any]], table: str, path: str | Path) -> None:
    """Write rows as Parquet (needs pyarrow: ``pip install pyarrow``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = COLUMNS[table]
    data = {c: [r.get(c) for r in table_rows] for c in cols}
    pq.write_table(pa.table(data), str(path))
