"""Start-up: the model loads only when there is work, and a terminal is told it is loading."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deepseek_news import api
from deepseek_news.cli import _commands, main


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("deepseek_news.model")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def _no_model(name: str = "") -> Any:
    raise AssertionError("the model was loaded")


def test_resume_with_nothing_left_does_not_load_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Rien à signaler.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    line = '{"schema_version": "1.0", "doc_id": "%s", "quotes": []}\n' % (tmp_path / "a.txt")
    out.write_text(line, encoding="utf-8")
    monkeypatch.setattr(api, "load_model", _no_model)
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8") == line
    err = capsys.readouterr().err
    assert err.startswith(f"deepseek-news: 0 records written to {out}, 1 already done, 0 errors, 0 quotes, ")


def test_empty_folder_does_not_load_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "load_model", _no_model)
    assert main(["extract", str(tmp_path), "-q"]) == 0


@pytest.mark.parametrize(
    ("terminal", "quiet", "expected"),
    [
        (True, False, "deepseek-news: loading model fr_blank…\n"),
        (True, True, ""),
        (False, False, ""),
    ],
)
def test_loading_notice_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, clean_logger: logging.Logger, terminal: bool, quiet: bool, expected: str
) -> None:
    import spacy

    stream = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    monkeypatch.setattr(spacy, "load", lambda name: spacy.blank("fr"))
    _commands.announce_model_loading(quiet)
    api.load_model("fr_blank")
    assert stream.getvalue() == expected
