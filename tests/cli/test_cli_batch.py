"""The batch runner and the `extract` command on a real folder of awkward files.

The command runs in this process (``main([...])``) with the session's model,
so only the kill-and-resume scenario starts a separate process.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deepseek_news import api
from deepseek_news import io as dio
from deepseek_news.batch import iter_records, run_batch
from deepseek_news.cli import main
from deepseek_news.io import Source, iter_sources

pytestmark = pytest.mark.slow

ARTICLE = (
    "« Nous allons ouvrir une usine à Lyon », a déclaré Claire Martin, présidente de Solvéo, "
    "lors d’une conférence mardi. Le chantier coûtera 12 millions d’euros.\n"
)


def _corpus(root: Path) -> dict[str, tuple[str | None, str | None]]:
    """Write the awkward folder; returns {relative name: (error type, decoded text)}."""
    (root / "sub").mkdir()
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = "Le président de la région a inauguré la gare à Noël, près d’Orléans.\n".replace("’", "'")
    (root / "latin1.txt").write_bytes(latin1.encode("latin-1"))
    cp1252 = "L’œuvre a coûté 3 000 € — « trop cher », selon l’adjoint au maire.\n"
    (root / "sub" / "cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    (root / "page.html").write_text(
        "<html><head><title>Lyon</title></head><body><nav>Accueil | Économie | Sport</nav>"
        f"<article><h1>Une usine à Lyon</h1><p>{ARTICLE.strip()}</p></article>"
        "<footer>© Le Journal</footer></body></html>",
        encoding="utf-8",
    )
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("nowhere.txt", root / "broken.txt")  # a dangling link
    os.mkfifo(root / "pipe.txt")  # opening it would wait for a writer forever
    (root / "folder.txt").mkdir()  # a folder, whatever its name, is walked
    (root / "folder.txt" / "note.md").write_text("Note de la rédaction.", encoding="utf-8")
    return {
        "article.txt": (None, ARTICLE),
        "binary.txt": ("BinaryFile", None),
        "broken.txt": ("FileNotFoundError", None),
        "empty.txt": (None, ""),
        "folder.txt/note.md": (None, "Note de la rédaction."),
        "latin1.txt": (None, latin1),
        "loop.txt": ("SymlinkLoop", None),
        "page.html": (None, None),
        "pipe.txt": ("NotRegularFile", None),
        "sub/cp1252.txt": (None, cp1252),
    }


def _lines(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


def test_extract_awkward_folder(
    tmp_path: Path, use_session_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    expected = _corpus(root)
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(root), "-o", str(out), "--keep-text"]) == 1  # some inputs failed
    records = _lines(out)
    prefix = len(str(root)) + 1
    assert [r["doc_id"][prefix:] for r in records] == sorted(expected)
    for rec in records:
        error_type, text = expected[rec["doc_id"][prefix:]]
        assert (rec["error"] or {}).get("type") == error_type
        if error_type is not None:
            assert rec["text"] is None and rec["quotes"] == [] and rec["persons"] == []
        elif text is not None:
            assert rec["text"] == text
        for quote in rec["quotes"]:  # offsets refer to the record's text
            assert rec["text"][quote["start"] : quote["end"]] == quote["text"]
    html = next(r for r in records if r["doc_id"].endswith("page.html"))
    assert html["text"] == "Une usine à Lyon\n" + ARTICLE.strip()
    # standard error is not a terminal here: no progress bar, only the summary line
    (summary,) = capsys.readouterr().err.splitlines()
    assert re.fullmatch(
        rf"deepseek-news: 10 records written to {re.escape(str(out))}, 4 errors, 4 quotes, "
        r"[0-9.]+ s \([0-9.]+ docs/s\)",
        summary,
    )


def test_clean_folder_exits_zero_and_stdout(
    tmp_path: Path, use_session_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rien à signaler.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-q"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["doc_id"] for line in captured.out.splitlines()] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    assert captured.err == ""


@pytest.fixture
def light_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's Extractor on a tokenizer with the quote and amount components only.

    It keeps the 1.2 MB file fast; the full model's speed on long texts is
    measured in benchmarks/bench_long.py.
    """
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("dsn_quotes")
    nlp.add_pipe("dsn_amounts")
    real = api.Extractor

    def factory(**kwargs: Any) -> api.Extractor:
        kwargs.pop("model", None)
        return real(nlp=nlp, **kwargs)

    monkeypatch.setattr(api, "Extractor", factory)


LONG_PARAGRAPH = (
    "Le conseil municipal de Rennes a voté mardi un budget de 4,2 millions d’euros pour la voirie. "
    "« C’est une étape importante », a déclaré le maire.\n\n"
)


def test_large_file(tmp_path: Path, light_model: None) -> None:
    """A 1.2 MB article goes through in paragraph chunks, one chunk per spaCy batch, offsets exact;
    two processes and another batch size give the same bytes."""
    root = tmp_path / "in"
    root.mkdir()
    copies = 1_200_000 // len(LONG_PARAGRAPH) + 1
    text = LONG_PARAGRAPH * copies
    (root / "long.txt").write_text(text, encoding="utf-8")
    (root / "short.txt").write_text(ARTICLE, encoding="utf-8")
    assert (root / "long.txt").stat().st_size > 1_200_000
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(root), "-o", str(one), "-q"]) == 0
    assert main(["extract", str(root), "-o", str(two), "-q", "-j", "2", "--batch-size", "4"]) == 0
    assert two.read_bytes() == one.read_bytes()
    rec, short = _lines(one)
    assert (rec["doc_id"], short["doc_id"]) == (str(root / "long.txt"), str(root / "short.txt"))
    assert rec["error"] is None
    assert (len(rec["quotes"]), len(rec["money"])) == (copies, copies)
    for item in rec["quotes"] + rec["money"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert rec["money"][-1]["start"] == len(text) - len(LONG_PARAGRAPH) + LONG_PARAGRAPH.index("4,2")
    assert [q["text"] for q in short["quotes"]] == ["Nous allons ouvrir une usine à Lyon"]


def test_shards_cover_the_corpus_once(tmp_path: Path, use_session_model: None) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(12):
        (root / f"{i:02d}.txt").write_text(f"Article numéro {i}.", encoding="utf-8")
    ids: list[str] = []
    for k in range(3):
        out = tmp_path / f"shard{k}.jsonl"
        assert main(["extract", str(root), "-o", str(out), "--shard", f"{k}/3", "-q"]) == 0
        ids += [r["doc_id"] for r in _lines(out)]
    assert sorted(ids) == sorted(str(p) for p in root.iterdir())
    again = tmp_path / "again.jsonl"  # the same shard twice: the same inputs, the same lines
    assert main(["extract", str(root), "-o", str(again), "--shard", "1/3", "-q"]) == 0
    assert again.read_bytes() == (tmp_path / "shard1.jsonl").read_bytes()


USAGE_ERRORS = [
    ["extract", "/no/such/folder", "-o", "x.jsonl"],
    ["extract", ".", "--shard", "3/3"],
    ["extract", ".", "--resume"],  # resume needs an output file
    ["extract", ".", "-j", "0"],
    ["extract", ".", "--default-currency", "euros"],
    ["extract", ".", "--scheduler", "tcp://127.0.0.1:8786"],
    ["extract"],
    ["frobnicate"],
]


@pytest.mark.parametrize("argv", USAGE_ERRORS)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_existing_output_needs_resume_or_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path), "-o", str(out)])
    assert info.value.code == 2
    assert out.read_text(encoding="utf-8") == '{"doc_id": "x"}\n'


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ArticleRecord"
    assert "quotes" in schema["properties"]


class _Exploding:
    """An extractor whose pipeline fails on texts containing BOOM (a stand-in for a crash)."""

    def extract_many(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        from deepseek_news.records import ArticleRecord

        for text in texts:
            if "BOOM" in text:
                raise RuntimeError("component crashed")
            yield ArticleRecord()

    def extract(self, text: str, **kwargs: Any) -> Any:
        return next(self.extract_many([text]))


def test_a_crashing_text_does_not_stop_the_stream() -> None:
    texts = ["un", "deux BOOM", "trois", "quatre BOOM", "cinq"]
    sources = [Source(f"d{i}", "-", "inline", text=t) for i, t in enumerate(texts)]
    records = list(iter_records(sources, _Exploding()))  # type: ignore[arg-type]
    assert [(r.doc_id, r.error.type if r.error else None) for r in records] == [
        ("d0", None),
        ("d1", "ExtractionError"),
        ("d2", None),
        ("d3", "ExtractionError"),
        ("d4", None),
    ]


def test_permission_error_becomes_a_record(
    tmp_path: Path, extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod 000 does not stop root (the test user): open() failing is simulated.
    for name in ("a.txt", "locked.txt", "z.txt"):
        (tmp_path / name).write_text("Le préfet a parlé.", encoding="utf-8")
    real = dio._read_bytes

    def read(path: str, max_bytes: int) -> bytes:
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real(path, max_bytes)

    monkeypatch.setattr(dio, "_read_bytes", read)
    out = tmp_path / "out.jsonl"
    stats = run_batch(iter_sources([str(tmp_path)]), str(out), extractor, progress=False)
    assert (stats.written, stats.errors) == (3, 1)
    assert [(Path(r["doc_id"]).name, (r["error"] or {}).get("type")) for r in _lines(out)] == [
        ("a.txt", None),
        ("locked.txt", "PermissionError"),
        ("z.txt", None),
    ]


def test_kill_and_resume(tmp_path: Path, use_session_model: None) -> None:
    root = tmp_path / "in"
    root.mkdir()
    n = 150
    for i in range(n):
        (root / f"{i:04d}.txt").write_text(f"Article {i}.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "deepseek_news.cli",
        "extract",
        str(root),
        "-o",
        str(out),
        "--batch-size",
        "1",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    written = out.read_bytes().count(b"\n")
    assert 5 <= written < n
    with out.open("ab") as fh:  # a torn last line, as a kill in the middle of a write leaves it
        fh.write(b'{"schema_version":"1.0","doc_id":"' + str(root).encode() + b"/9999.t")
    assert main(["extract", str(root), "-o", str(out), "--resume", "-q"]) == 0
    records = _lines(out)
    ids = [r["doc_id"] for r in records]
    assert len(records) == n
    assert sorted(ids) == sorted(str(p) for p in root.iterdir())


def test_two_processes_same_records(tmp_path: Path, extractor: api.Extractor) -> None:
    """n_process=2: records are rebuilt from the docs' spans sent back by the workers."""
    root = tmp_path / "in"
    root.mkdir()
    expected = _corpus(root)
    for i in range(6):
        (root / f"more{i}.txt").write_text(ARTICLE.replace("Lyon", f"Lyon {i}"), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(iter_sources([str(root)]), str(one), extractor, progress=False, batch_size=2)
    stats = run_batch(
        iter_sources([str(root)]), str(two), extractor, progress=False, batch_size=2, n_process=2
    )
    errors = sum(error is not None for error, _ in expected.values())
    assert (stats.written, stats.errors) == (len(expected) + 6, errors)
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert sum(len(r["quotes"]) for r in _lines(two)) >= 7


def test_show_writes_the_html_view(tmp_path: Path, use_session_model: None) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "article.html"
    assert main(["show", str(article), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert '<mark class="dsn-quote" id="q1" data-kind="direct"' in page
    assert "Nous allons ouvrir une usine à Lyon" in page


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream_type", "drawn"), [(_Terminal, True), (io.StringIO, False)])
def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, extractor: api.Extractor, stream_type: type[io.StringIO], drawn: bool
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Le préfet a parlé.", encoding="utf-8")
    stream = stream_type()
    out = tmp_path / "out.jsonl"
    run_batch(
        iter_sources([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]),
        str(out),
        extractor,
        total=2,
        stream=stream,
    )
    assert ("2/2" in stream.getvalue()) is drawn
    if not drawn:
        assert stream.getvalue() == ""
    assert len(_lines(out)) == 2


def test_json_inputs_with_text_and_id_keys(tmp_path: Path, use_session_model: None) -> None:
    root = tmp_path / "in"
    root.mkdir()
    crawl = [
        {"url": "https://journal.example/a", "content": ARTICLE},
        {"url": "https://journal.example/b", "content": "Rien à signaler."},
        {"url": "https://journal.example/c"},  # no text
    ]
    (root / "crawl.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in crawl) + "\n\n", encoding="utf-8"
    )
    (root / "dump.json").write_text(
        json.dumps([{"url": "u1", "content": "Un texte."}, {"content": "Sans identifiant."}]),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(root), "-o", str(out), "--text-key", "content", "--id-key", "url", "--keep-text"]
    assert main([*argv, "-q"]) == 1  # the record without text failed
    got = [
        (r["doc_id"][len(str(root)) + 1 :], (r["error"] or {}).get("type"), r["text"]) for r in _lines(out)
    ]
    assert got == [
        ("crawl.jsonl#https://journal.example/a", None, ARTICLE),
        ("crawl.jsonl#https://journal.example/b", None, "Rien à signaler."),
        ("crawl.jsonl#https://journal.example/c", "InvalidRecord", None),
        ("dump.json#u1", None, "Un texte."),
        ("dump.json#1", None, "Sans identifiant."),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_file_without_read_permission(tmp_path: Path, extractor: api.Extractor) -> None:
    for name in ("a.txt", "locked.txt"):
        (tmp_path / name).write_text("Le préfet a parlé.", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    out = tmp_path.parent / f"{tmp_path.name}.jsonl"
    try:
        stats = run_batch(iter_sources([str(tmp_path)]), str(out), extractor, progress=False)
    finally:
        (tmp_path / "locked.txt").chmod(0o644)
    assert (stats.written, stats.errors) == (2, 1)
    assert [(Path(r["doc_id"]).name, (r["error"] or {}).get("type")) for r in _lines(out)] == [
        ("a.txt", None),
        ("locked.txt", "PermissionError"),
    ]


HIRING = "« Nous allons embaucher deux cents ingénieurs cette année », a déclaré Julie Bernard.\n"
ORIGINALS = ["We are going to hire two hundred engineers this year.", "Our prices will not change."]


@pytest.mark.parametrize("layout", ["lines", "json"])
def test_originals_file(tmp_path: Path, use_session_model: None, layout: str) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(HIRING, encoding="utf-8")
    (root / "b.txt").write_text("Aucune citation ici.", encoding="utf-8")
    originals = tmp_path / "originals.txt"
    content = "\n".join(ORIGINALS) + "\n" if layout == "lines" else json.dumps(ORIGINALS)
    originals.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(root), "-o", str(out), "--originals", str(originals), "-q"]) == 0
    a, b = _lines(out)
    assert [(o["id"], o["text"]) for o in a["originals"]] == [("en1", ORIGINALS[0]), ("en2", ORIGINALS[1])]
    assert [(q["text"], q["original"]["original_id"], q["original"]["text"]) for q in a["quotes"]] == [
        ("Nous allons embaucher deux cents ingénieurs cette année", "en1", ORIGINALS[0])
    ]
    assert (b["quotes"], len(b["originals"])) == ([], 2)
