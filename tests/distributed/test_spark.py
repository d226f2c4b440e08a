"""Spark: examples/spark_extract.py run for real on local[2], against the single-process records.

Skipped unless pyspark (with pandas and pyarrow) is installed next to
deepseek-news and a Java runtime is on the PATH; the project's own
dependencies do not include them.  Each test starts the job as a separate
process, as a user would, with two Python workers (one model each).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark pandas pyarrow)")
pytest.importorskip("pandas", reason="pandas is not installed (the Spark job needs it)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (the Spark job needs it)")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

from deepseek_news import api
from deepseek_news.batch import run_batch
from deepseek_news.io import Source, iter_sources

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "examples" / "spark_extract.py"
ARTICLES = ROOT / "fixtures" / "articles"

# three fixture articles with direct, partial and reported speech and amounts
FIXTURE_ARTICLES = ["001_economie_budget.txt", "006_direct_greve.txt", "012_petrole_marches.txt"]

# (id, text) rows of a JSON Lines table; a null text must give an error record
TABLE_ROWS: list[tuple[str, str | None]] = [
    ("a1", "« Nous ouvrirons deux ateliers à Lorient », a déclaré Hélène Morvan, présidente de Navalis."),
    ("a2", "Le chiffre d’affaires de Brévia a reculé de 3,2 % pour tomber à 48 millions d’euros."),
    ("a3", None),
]


def _run_job(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(JOB), "--master", "local[2]", *args],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done


def _part_lines(folder: Path) -> list[str]:
    return sorted(
        line for part in sorted(folder.glob("part-*")) for line in part.read_text("utf-8").splitlines()
    )


def test_folder_gives_the_command_line_records(tmp_path: Path, extractor: api.Extractor) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    for name in FIXTURE_ARTICLES:
        shutil.copy(ARTICLES / name, root / name)
    (root / "zz_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 200)
    single = tmp_path / "single.jsonl"
    run_batch(iter_sources([str(root)]), str(single), extractor, progress=False)

    out = tmp_path / "spark"
    done = _run_job(str(root), "-o", str(out), "--partition-size", "2")

    lines = _part_lines(out)
    assert lines == sorted(single.read_text("utf-8").splitlines())
    errors = {r["doc_id"]: r["error"]["type"] for r in map(json.loads, lines) if r["error"]}
    assert (len(lines), errors) == (4, {str(root / "zz_image.txt"): "BinaryFile"})
    assert f"4 records written to {out}, 1 errors" in done.stderr


def test_json_lines_table_read_by_spark(tmp_path: Path, extractor: api.Extractor) -> None:
    table = tmp_path / "articles.jsonl"
    table.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in TABLE_ROWS), "utf-8"
    )
    single = tmp_path / "single.jsonl"
    sources = [
        Source(i, str(table), "inline", text=t)
        if t is not None
        else Source(
            i, str(table), "error", error_type="InvalidRecord", error_message="text column 'text' is null"
        )
        for i, t in TABLE_ROWS
    ]
    run_batch(sources, str(single), extractor, progress=False)

    out = tmp_path / "spark"
    _run_job("--table", "json", str(table), "-o", str(out), "--format", "parquet")

    import pyarrow.parquet as pq

    rows = pq.read_table(out).to_pylist()
    assert sorted(r["record"] for r in rows) == sorted(single.read_text("utf-8").splitlines())
    summary = sorted((r["id"], r["error"], r["quotes"]) for r in rows)
    assert summary == [("a1", None, 1), ("a2", None, 0), ("a3", "InvalidRecord", 0)]
