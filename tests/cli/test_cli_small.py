"""--version, python -m deepseek_news, standard input as an article, show on a folder."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deepseek_news import __version__, api
from deepseek_news.cli import main

ARTICLE = "« Nous ouvrirons une usine à Lyon », a déclaré Claire Martin, présidente de Solvéo.\n"


@pytest.fixture
def session_model(extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's Extractor shares the session's loaded model."""
    real = api.Extractor

    def factory(*args: Any, **kwargs: Any) -> api.Extractor:
        kwargs.pop("model", None)
        return real(*args, nlp=extractor.nlp, **kwargs)

    monkeypatch.setattr(api, "Extractor", factory)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"deepseek-news {__version__}\n"


def test_python_dash_m_deepseek_news() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "deepseek_news", "--version"], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"deepseek-news {__version__}\n", "")


@pytest.mark.slow
def test_extract_reads_one_article_from_standard_input(
    session_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, ARTICLE.encode("cp1252"))  # decoded like a file
    assert main(["extract", "-", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["doc_id"] == "-"
    assert [(q["text"], q["speaker"]) for q in record["quotes"]] == [
        ("Nous ouvrirons une usine à Lyon", "Claire Martin")
    ]


@pytest.mark.slow
def test_extract_standard_input_among_files(
    tmp_path: Path, session_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Rien à signaler.", encoding="utf-8")
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["extract", str(tmp_path / "a.txt"), "-", "-q"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc_id"], r["error"] and r["error"]["type"]) for r in records] == [
        (str(tmp_path / "a.txt"), None),
        ("-", "BinaryFile"),
    ]


def test_standard_input_only_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", "-", "-"])
    assert info.value.code == 2
    assert capsys.readouterr().err == "deepseek-news: error: standard input (-) can be read only once\n"


@pytest.mark.slow
def test_show_reads_standard_input(
    session_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, ARTICLE.encode("utf-8"))
    assert main(["show", "-"]) == 0
    html = capsys.readouterr().out
    assert html.startswith("<!DOCTYPE html>")
    assert "Claire Martin" in html


def test_show_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["show", str(tmp_path)])
    assert info.value.code == 2
    assert capsys.readouterr().err == (
        f"deepseek-news: error: show expects one article file, got the folder {tmp_path} "
        "(use extract for folders)\n"
    )
