"""Ray Data: the example job in examples/ray_extract.py on a local Ray with 2 actors.

Skipped when Ray is not installed (it is not one of the project's extras; the
example shows how a team already on Ray runs the extractor).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("ray", reason="Ray is not installed (pip install 'ray[data]' to run this test)")

from deepseek_news import api
from deepseek_news.batch import run_batch
from deepseek_news.io import iter_sources

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    "« Nous ouvrirons trois magasins à Nantes », a déclaré Julie Bernard, directrice de Mobilia.",
    "Le chiffre d’affaires de Solvéo a progressé de 4,5 % pour atteindre 12 millions d’euros.",
    "Paul Girard, maire de Brest, a annoncé un plan de 3 millions d’euros pour le port.",
    "",
]


def test_ray_example_gives_the_single_process_records(tmp_path: Path, extractor: api.Extractor) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i, text in enumerate(ARTICLES):
        (root / f"a{i}.txt").write_text(text, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)

    single = tmp_path / "single.jsonl"
    run_batch(iter_sources([str(root)]), str(single), extractor=extractor, progress=False)
    # Run as a script, as a user would: Ray ships the actor class of __main__ by value.
    script = ROOT / "examples" / "ray_extract.py"
    done = subprocess.run(
        [sys.executable, str(script), str(root), "-o", str(tmp_path / "out"), "--actors", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "5 records from 5 inputs"

    def by_id(path: Path) -> dict[str, Any]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["doc_id"]: json.loads(line) for line in lines}

    expected = by_id(single)
    got = by_id(tmp_path / "out" / "records.jsonl")
    assert len(got) == 5
    assert got == expected
    errors = {k: v["error"]["type"] for k, v in got.items() if v["error"]}
    assert errors == {str(root / "binary.txt"): "BinaryFile"}
