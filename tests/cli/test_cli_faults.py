"""Faults found by probing the command with bad input, hostile text and misuse of the output file.

Each test names the guarantee of docs/cli.md it checks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, cast

import pytest

from deepseek_news.api import Extractor
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


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the command, expect exit status 2, return its one line of standard error."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    return line


# -- the output inside the input folder is not read back ----------------------------------------


def test_output_inside_the_input_folder_is_skipped(tmp_path: Path, use_session_model: None) -> None:
    (tmp_path / "a.txt").write_text("« Bonjour », a dit Marie.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    os.symlink("out.jsonl", tmp_path / "link.jsonl")  # the output under another name
    assert main(["extract", str(tmp_path), "-o", str(out), "--keep-text", "-q"]) == 0
    first = out.read_bytes()
    assert [r["doc_id"] for r in _lines(out)] == [str(tmp_path / "a.txt")]
    for _ in range(2):  # resuming reads neither the output nor its lock or temporary files
        assert main(["extract", str(tmp_path), "-o", str(out), "--keep-text", "--resume", "-q"]) == 0
        assert out.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.jsonl", "out.jsonl"]


# -- one writer per output ----------------------------------------------------------------------


def test_second_writer_is_refused(
    tmp_path: Path, use_session_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from deepseek_news.output import OutputLock

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Bonjour.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    lock = OutputLock(str(out))  # another run writing it (flock conflicts across open files)
    try:
        for flag in ("--resume", "--overwrite"):
            line = _usage_error(["extract", str(tmp_path / "in"), "-o", str(out), flag], capsys)
            assert line == f"deepseek-news: error: {out} is being written by another process"
        assert out.read_bytes() == b""
    finally:
        lock.release()
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "--resume", "-q"]) == 0
    assert len(_lines(out)) == 1
    assert not (tmp_path / ".out.jsonl.lock").exists()


# -- files are never destroyed silently ---------------------------------------------------------

UNRELATED = [
    b"hello\nworld\n",
    b'{"id": "1", "text": "Bonjour."}\n',  # someone's input dump
    b'{"doc_id": "x"}\n',  # not a record: no schema_version
]


@pytest.mark.parametrize("content", UNRELATED)
def test_resume_refuses_a_file_it_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Bonjour.\n", encoding="utf-8")
    out = tmp_path / "notes.jsonl"
    out.write_bytes(content)
    line = _usage_error(["extract", str(tmp_path / "in"), "-o", str(out), "--resume"], capsys)
    assert line.startswith(f"deepseek-news: error: {out} is not a deepseek-news output (line 1 ")
    assert out.read_bytes() == content


@pytest.mark.parametrize("flag", ["--overwrite", "--resume"])
@pytest.mark.parametrize("name", ["a.txt", "dump.jsonl"])
def test_output_is_never_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, name: str
) -> None:
    path = tmp_path / name
    content = b'{"id": "1", "text": "Bonjour."}\n' if name.endswith(".jsonl") else b"Bonjour.\n"
    path.write_bytes(content)
    os.symlink(name, tmp_path / "alias")
    for output in (str(path), str(tmp_path / "alias")):
        line = _usage_error(["extract", str(path), "-o", output, flag], capsys)
        assert (
            line == f"deepseek-news: error: the output {output} is also an input; choose another output file"
        )
    assert path.read_bytes() == content


def test_show_does_not_overwrite_a_foreign_file(
    tmp_path: Path, use_session_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("« Bonjour », a dit Marie.\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<p>mine</p>\n", encoding="utf-8")
    line = _usage_error(["show", str(article), "-o", str(page)], capsys)
    assert (
        line
        == f"deepseek-news: error: {page} exists and was not written by show: pass --overwrite to replace it"
    )
    assert page.read_text(encoding="utf-8") == "<p>mine</p>\n"
    assert main(["show", str(article), "-o", str(page), "--overwrite"]) == 0
    assert 'content="deepseek-news show"' in page.read_text(encoding="utf-8")
    assert main(["show", str(article), "-o", str(page)]) == 0  # its own page: replaced
    line = _usage_error(["show", str(article), "-o", str(article), "--overwrite"], capsys)
    assert "is also an input" in line
    assert article.read_text(encoding="utf-8") == "« Bonjour », a dit Marie.\n"


# -- noise: -q silences warnings; links outside the input folders --------------------------------


@pytest.mark.parametrize(("flags", "warned"), [([], True), (["-q"], False)])
def test_quiet_silences_mark_warnings(
    tmp_path: Path, use_session_model: None, caplog: pytest.LogCaptureFixture, flags: list[str], warned: bool
) -> None:
    import logging

    (tmp_path / "a.txt").write_text("« Une citation sans fin, a dit Marie.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    before = logging.getLogger("deepseek_news").level
    with caplog.at_level(logging.WARNING):
        main(["extract", str(tmp_path / "a.txt"), "-o", str(out), *flags])
    got = [r for r in caplog.records if r.name.startswith("deepseek_news") and r.levelno == logging.WARNING]
    assert bool(got) == warned
    assert logging.getLogger("deepseek_news").level == before  # restored when the command ends


def test_links_outside_the_input_folders(tmp_path: Path, use_session_model: None) -> None:
    root, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    (root / "a.txt").write_text("Bonjour.\n", encoding="utf-8")
    (root / "sub").mkdir()
    (elsewhere / "secret.txt").write_text("Secret.\n", encoding="utf-8")
    os.symlink(elsewhere / "secret.txt", root / "outside.txt")
    os.symlink(elsewhere, root / "outside-folder")
    os.symlink(root / "a.txt", root / "sub" / "inside.txt")  # inside: always followed
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(root), "-o", str(out), "-q"]) == 0  # followed by default
    assert [r["doc_id"][len(str(root)) + 1 :] for r in _lines(out)] == [
        "a.txt",
        "outside-folder/secret.txt",
        "outside.txt",
        "sub/inside.txt",
    ]
    assert main(["extract", str(root), "-o", str(out), "-q", "--overwrite", "--no-follow-outside"]) == 1
    got = {r["doc_id"][len(str(root)) + 1 :]: (r["error"] or {}).get("type") for r in _lines(out)}
    assert got == {
        "a.txt": None,
        "outside-folder": "LinkOutside",
        "outside.txt": "LinkOutside",
        "sub/inside.txt": None,
    }


# -- a stalled article becomes an error record ---------------------------------------------------


class _Stalling:
    """The session's extractor, except that a text holding "STALL" never finishes (sleeps)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.max_chunk_chars = real.max_chunk_chars

    def _wait(self, text: str) -> str:
        if "STALL" in text:
            import time

            time.sleep(600)
        return text

    def extract_many(self, texts: Any, **kwargs: Any) -> Any:
        return self.real.extract_many((self._wait(t) for t in texts), **kwargs)

    def extract(self, text: str, **kwargs: Any) -> Any:
        return self.real.extract(self._wait(text), **kwargs)


@pytest.mark.parametrize("batch_size", [1, 3])
def test_time_budget_turns_a_stalled_article_into_an_error(extractor: Any, batch_size: int) -> None:
    from deepseek_news.batch import iter_records
    from deepseek_news.io import Source

    texts = ["Bonjour.", "STALL", "« Oui », a dit Marie.", "Fin."]
    sources = [Source(f"d#{i}", "d", "inline", text=t) for i, t in enumerate(texts)]
    stalling = cast("Extractor", _Stalling(extractor))
    records = list(iter_records(sources, stalling, batch_size=batch_size, time_budget=0.5))
    assert [r.doc_id for r in records] == ["d#0", "d#1", "d#2", "d#3"]
    assert [(r.error or None) and r.error.type for r in records] == [None, "Timeout", None, None]
    assert len(records[2].quotes) == 1


def test_time_budget_must_not_be_negative(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    line = _usage_error(["extract", str(tmp_path), "--time-budget", "-1"], capsys)
    assert line == "deepseek-news: error: --time-budget must be 0 (no limit) or a number of seconds"
