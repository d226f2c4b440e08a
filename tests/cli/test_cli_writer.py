"""The writer seam: batch output and resume go through a RecordWriter, whatever the format."""

from __future__ import annotations

from pathlib import Path

import pytest

from deepseek_news import api
from deepseek_news.batch import run_batch
from deepseek_news.io import Source
from deepseek_news.output import Done, JsonLinesWriter, NotAnOutputError, RecordWriter
from deepseek_news.records import ArticleRecord

pytestmark = pytest.mark.slow


class MemoryWriter:
    """A format of its own: records kept in a list, resume from what it already holds."""

    def __init__(self, held: list[ArticleRecord]) -> None:
        self.path: str | None = None
        self.records = held
        self.calls: list[str] = []

    def open(self) -> None:
        self.calls.append("open")
        self.records.clear()

    def resume(self) -> Done:
        self.calls.append("resume")
        ids = {r.doc_id for r in self.records if r.doc_id is not None}
        return Done(ids, {r.doc_id for r in self.records if r.error is not None and r.doc_id})

    def write(self, record: ArticleRecord) -> None:
        self.records.append(record)

    def close(self) -> None:
        self.calls.append("close")


def _sources(n: int) -> list[Source]:
    return [Source(f"mem#{i}", "mem", "inline", text=f"Article {i}.") for i in range(n)]


def test_writers_satisfy_the_protocol() -> None:
    assert isinstance(JsonLinesWriter("out.jsonl"), RecordWriter)
    assert isinstance(MemoryWriter([]), RecordWriter)


def test_batch_writes_and_resumes_through_the_writer(
    tmp_path: Path, extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    writer = MemoryWriter([])
    stats = run_batch(_sources(2), writer, extractor, progress=False)
    assert writer.calls == ["open", "close"]
    assert [r.doc_id for r in writer.records] == ["mem#0", "mem#1"]
    assert (stats.written, stats.skipped) == (2, 0)
    again = MemoryWriter(writer.records)
    stats = run_batch(_sources(4), again, extractor, progress=False, resume=True)
    assert again.calls == ["resume", "close"]
    assert [r.doc_id for r in again.records] == ["mem#0", "mem#1", "mem#2", "mem#3"]
    assert (stats.written, stats.skipped) == (2, 2)
    assert not list(tmp_path.iterdir())  # nothing on disk: no lock for a writer without a file


def test_json_lines_resume_leaves_a_foreign_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_bytes(b'{"schema_version": "1.0", "doc_id": "a"}\nnot json\n')
    with pytest.raises(NotAnOutputError, match="line 2 is not a record"):
        JsonLinesWriter(str(path)).resume()
    assert path.read_bytes() == b'{"schema_version": "1.0", "doc_id": "a"}\nnot json\n'
