"""Faults found by probing the command with bad input, hostile text and misuse of the output file.

Each test names the guarantee of docs/cli.md it checks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from deepseek_news.cli import main

pytestmark = pytest.mark.slow


def _lines(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


# -- lone surrogates never stop a batch ---------------------------------------------------------


def test_non_utf8_file_name_and_surrogate_json_id(tmp_path: Path, use_session_model: None) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text("Bonjour.\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(root), b"bad\xff.txt"), "wb") as fh:
        fh.write(b"Bonjour.\n")
    (root / "dump.jsonl").write_text(
        '{"id": "x\\udc80", "text": "\\u00ab Salut \\udfff \\u00bb, a dit Marie."}\n', encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(root), "-o", str(out), "--keep-text", "-q"]) == 0
    records = _lines(out)
    assert [r["doc_id"][len(str(root)) + 1 :] for r in records] == [
        "bad\\udcff.txt",
        "dump.jsonl#x\\udc80",
        "ok.txt",
    ]
    assert [r["error"] for r in records] == [None, None, None]
    jsonl = records[1]
    assert jsonl["text"] == "« Salut \ufffd », a dit Marie."
    assert [w["type"] for w in jsonl["warnings"]] == ["ReplacedSurrogates"]
    assert [q["text"] for q in jsonl["quotes"]] == ["Salut \ufffd"]
    # resuming finds every input done
    before = out.read_bytes()
    assert main(["extract", str(root), "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_bytes() == before
