"""Dask: a real local cluster of 2 worker processes, one model each.

Skipped when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from deepseek_news import api  # noqa: E402
from deepseek_news.batch import run_batch  # noqa: E402
from deepseek_news.distributed import extract_bag, run_dask, write_jsonl  # noqa: E402
from deepseek_news.io import iter_sources  # noqa: E402

pytestmark = pytest.mark.slow

ARTICLES = [
    "« Nous ouvrirons trois magasins à Nantes », a déclaré Julie Bernard, directrice de Mobilia.",
    "Le chiffre d’affaires de Solvéo a progressé de 4,5 % pour atteindre 12 millions d’euros.",
    "Selon le ministre de l’Économie, la croissance sera « modeste » cette année.",
    "Paul Girard, maire de Brest, a annoncé un plan de 3 millions d’euros pour le port.",
    "",
    "La Banque de France prévoit une inflation de 2 % en 2026, a indiqué son gouverneur.",
]


def _folder(root: Path, copies: int = 1) -> None:
    root.mkdir()
    for k in range(copies):
        for i, text in enumerate(ARTICLES):
            (root / f"{k:02d}-{i}.txt").write_text(text, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def _sorted_lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_same_records_as_single_process(tmp_path: Path, cluster: Any, extractor: api.Extractor) -> None:
    root = tmp_path / "in"
    _folder(root)
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(iter_sources([str(root)]), str(local), extractor, progress=False)
    stats = run_dask(
        iter_sources([str(root)]), str(dask_out), scheduler=cluster.scheduler_address, partition_size=2
    )
    assert (stats.written, stats.errors) == (len(ARTICLES) + 1, 1)
    lines = _sorted_lines(dask_out)
    assert len(lines) == len(ARTICLES) + 1
    assert lines == _sorted_lines(local)


def test_extract_bag_writes_partitions(tmp_path: Path, cluster: Any, extractor: api.Extractor) -> None:
    root = tmp_path / "in"
    _folder(root)
    with distributed.Client(cluster.scheduler_address):
        bag = extract_bag([str(root)], partition_size=3)
        files = write_jsonl(bag, str(tmp_path / "parts"))
    assert [Path(f).name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    records = [json.loads(line) for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()]
    expected = [r.model_dump(mode="json") for r in _local_records(root, extractor)]
    assert sorted(records, key=lambda r: r["doc_id"]) == sorted(expected, key=lambda r: r["doc_id"])


def _local_records(root: Path, extractor: api.Extractor) -> list[Any]:
    from deepseek_news.batch import iter_records

    return list(iter_records(iter_sources([str(root)]), extractor))


def test_worker_killed_mid_job_loses_nothing(tmp_path: Path, cluster: Any) -> None:
    root = tmp_path / "in"
    _folder(root, copies=4)
    n = 4 * len(ARTICLES) + 1
    out = tmp_path / "out.jsonl"
    killed: list[str] = []

    def killer() -> None:
        with distributed.Client(cluster.scheduler_address) as client:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                busy = [w for w, keys in client.processing().items() if keys]
                if busy and out.exists() and out.stat().st_size > 0:
                    pids = client.run(os.getpid, workers=[busy[0]])
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed.append(busy[0])
                    return
                time.sleep(0.05)

    thread = threading.Thread(target=killer)
    thread.start()
    stats = run_dask(
        iter_sources([str(root)]), str(out), scheduler=cluster.scheduler_address, partition_size=1
    )
    thread.join()
    assert killed, "a busy worker was killed during the job"
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == n == stats.written
    assert sorted(ids) == sorted(str(p) for p in root.iterdir())


def test_cli_engine_dask(tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from deepseek_news.cli import main

    root = tmp_path / "in"
    _folder(root)
    out = tmp_path / "out.jsonl"
    argv = [
        "extract",
        str(root),
        "-o",
        str(out),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    ]
    assert main(argv) == 1  # binary.txt failed
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(ARTICLES) + 1
    assert main([*argv, "--resume"]) == 1  # nothing left to do; the earlier error is still reported
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(ARTICLES) + 1
    assert "0 records written" in capsys.readouterr().err.splitlines()[-1]
