"""Reading inputs without the model: decoding, folder walking, JSON records, shards, output repair."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from deepseek_news import io as dio
from deepseek_news.batch import parse_shard, scan_output, shard_of
from deepseek_news.io import InputError, Source, decode_bytes, iter_sources, load_text

# --- decoding: our own French sentences, encoded the ways French archives are -------------

DECODE_CASES = [
    ("Le député a déclaré : « C’est l’été. »", "utf-8"),
    ("Le député a déclaré : « C’est l’été. »", "utf-8-sig"),
    ("Le député a déclaré : « C’est l’été. »", "utf-16"),
    ("Noël à Orléans, où la fête coûte cher.", "latin-1"),
    ("Un été très chaud à Besançon", "latin-1"),
    ("L’œuvre coûte 5 € — « très cher » … dit-il.", "cp1252"),
    ("Il a dit : « c’est l’été » — 5 € par œuvre.", "cp1252"),
    ("À Saint-Étienne, la hausse atteint 4,5 % cette année.", "iso8859_15"),
    ("", "utf-8"),
]


@pytest.mark.parametrize(("text", "encoding"), DECODE_CASES)
def test_decode_bytes_round_trip(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


BINARY_CASES = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "BinaryFile"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "BinaryFile"),
    (bytes(range(256)) * 8, "BinaryFile"),
    (b"\xef\xbb\xbfok\xff\xfe", "UndecodableFile"),
]


@pytest.mark.parametrize(("data", "error_type"), BINARY_CASES)
def test_decode_bytes_rejects_non_text(data: bytes, error_type: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.type == error_type


# --- folders -----------------------------------------------------------------------------


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "b" / "z.txt").write_text("Deux.", encoding="utf-8")
    (root / "b" / "a.md").write_text("Un.", encoding="utf-8")
    (root / "a.txt").write_text("Zéro.", encoding="utf-8")
    (root / "c.html").write_text("<p>Trois.</p>", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n")
    (root / ".hidden.txt").write_text("caché", encoding="utf-8")
    (root / "d.jsonl").write_text(
        '{"id": "k1", "text": "Quatre."}\n\n{"text": "Cinq."}\n{"id": "k1", "text": "Six."}\n{oops\n',
        encoding="utf-8",
    )
    (root / "e.json").write_text(json.dumps([{"id": 7, "body": "Sept."}, {"body": 8}]), encoding="utf-8")


def test_walk_order_and_ids(tmp_path: Path) -> None:
    _tree(tmp_path)
    root = str(tmp_path)
    got = [(s.doc_id[len(root) + 1 :], s.kind, s.error_type) for s in iter_sources([root], text_key="body")]
    assert got == [
        ("a.txt", "text", None),
        ("b/a.md", "text", None),
        ("b/z.txt", "text", None),
        ("c.html", "html", None),
        ("d.jsonl#k1", "error", "InvalidRecord"),  # text key is "body" here
        ("d.jsonl#3", "error", "InvalidRecord"),
        ("d.jsonl#k1@4", "error", "InvalidRecord"),
        ("d.jsonl#line5", "error", "InvalidJSON"),
        ("e.json#7", "inline", None),
        ("e.json#1", "error", "InvalidRecord"),
    ]


def test_jsonl_records_text(tmp_path: Path) -> None:
    _tree(tmp_path)
    sources = list(iter_sources([str(tmp_path / "d.jsonl")]))
    assert [(s.doc_id.rsplit("#", 1)[1], s.text) for s in sources] == [
        ("k1", "Quatre."),
        ("3", "Cinq."),
        ("k1@4", "Six."),
        ("line5", None),
    ]


def test_file_named_explicitly_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "article.dat"
    path.write_text("Le maire a parlé.", encoding="utf-8")
    sources = list(iter_sources([str(path)]))
    assert [(s.kind, load_text(s)) for s in sources] == [("text", "Le maire a parlé.")]


def test_symlink_loops_give_error_sources(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    os.symlink("self.txt", tmp_path / "self.txt")  # a link to itself
    os.symlink("..", tmp_path / "sub" / "up")  # a directory cycle
    os.symlink("missing.txt", tmp_path / "broken.txt")
    got = [(Path(s.doc_id).name, s.error_type) for s in iter_sources([str(tmp_path)])]
    assert got == [("broken.txt", "FileNotFoundError"), ("self.txt", "SymlinkLoop"), ("up", "SymlinkLoop")]


def test_unreadable_file_gives_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom chmod 000 does not prevent reading: the
    # failure of open() is simulated at the one place files are opened.
    path = tmp_path / "secret.txt"
    path.write_text("Texte.", encoding="utf-8")

    def denied(p: str, max_bytes: int) -> bytes:
        raise PermissionError(13, "Permission denied", p)

    monkeypatch.setattr(dio, "_read_bytes", denied)
    with pytest.raises(InputError) as info:
        load_text(Source(str(path), str(path), "text"))
    assert (info.value.type, info.value.message) == ("PermissionError", "Permission denied")


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("a" * 100, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_text(Source(str(path), str(path), "text"), max_bytes=99)
    assert info.value.type == "FileTooLarge"


def test_html_to_text_keeps_the_article() -> None:
    html = (
        "<html><body><nav>Accueil Rubriques Contact</nav><article><h1>Budget</h1>"
        "<p>« Nous investirons 3 millions d’euros », a annoncé la maire de Lille lundi soir.</p>"
        "<p>Selon elle, les travaux dureront deux ans et commenceront au printemps prochain.</p>"
        "</article><footer>Mentions légales</footer></body></html>"
    )
    assert dio.html_to_text(html) == (
        "Budget\n« Nous investirons 3 millions d’euros », a annoncé la maire de Lille lundi soir.\n"
        "Selon elle, les travaux dureront deux ans et commenceront au printemps prochain."
    )


# --- shards ------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "expected"), [("0/4", (0, 4)), ("3/4", (3, 4)), ("0/1", (0, 1))])
def test_parse_shard(spec: str, expected: tuple[int, int]) -> None:
    assert parse_shard(spec) == expected


@pytest.mark.parametrize("spec", ["4/4", "-1/2", "1", "a/b", "0/0"])
def test_parse_shard_rejects(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_shard(spec)


def test_shards_partition_ids_stably() -> None:
    ids = [f"articles/{i:04d}.txt" for i in range(400)]
    shards = [[d for d in ids if shard_of(d, 3) == k] for k in range(3)]
    assert sorted(d for shard in shards for d in shard) == ids
    assert all(len(s) > 100 for s in shards)
    # the hash is fixed (blake2b), not Python's salted hash(): same shard on every run
    assert [shard_of("articles/0000.txt", n) for n in (2, 3, 5)] == [
        int.from_bytes(__import__("hashlib").blake2b(b"articles/0000.txt", digest_size=8).digest(), "big") % n
        for n in (2, 3, 5)
    ]


# --- output repair -----------------------------------------------------------------------


def _line(doc_id: str, error: bool = False) -> bytes:
    err = '{"type":"BinaryFile","message":"x"}' if error else "null"
    return f'{{"doc_id":"{doc_id}","quotes":[],"error":{err}}}\n'.encode()


REPAIR_CASES = [
    # (file content, ids kept, ids with an error, content after repair)
    (b"", set(), set(), b""),
    (_line("a") + _line("b", True), {"a", "b"}, {"b"}, _line("a") + _line("b", True)),
    (_line("a") + b'{"doc_id":"b","quo', {"a"}, set(), _line("a")),  # torn last line
    (_line("a") + _line("b")[:-1], {"a"}, set(), _line("a")),  # complete but no newline: redone
    (_line("a") + b"garbage\n" + _line("c"), {"a", "c"}, set(), _line("a") + _line("c")),
    (_line("a") + _line("a") + _line("c"), {"a", "c"}, set(), _line("a") + _line("c")),
]


@pytest.mark.parametrize(("content", "ids", "errors", "after"), REPAIR_CASES)
def test_scan_output_repairs(
    tmp_path: Path, content: bytes, ids: set[str], errors: set[str], after: bytes
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert scan_output(str(path)) == (ids, errors)
    assert path.read_bytes() == after


def test_reader_crash_becomes_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deepseek_news.batch import iter_records
    from deepseek_news.records import ArticleRecord

    def broken(html: str) -> str:
        raise ValueError("parser exploded")

    monkeypatch.setattr(dio, "html_to_text", broken)
    page = tmp_path / "page.html"
    page.write_text("<p>Bonjour</p>", encoding="utf-8")

    class _NoModel:  # an empty record per text: only the reading is under test
        def extract_many(self, texts: Any, **kwargs: Any) -> Any:
            return (ArticleRecord() for _ in texts)

    sources = [Source("a", "-", "inline", text="Texte."), Source("b", str(page), "html")]
    records = list(iter_records(sources, _NoModel()))  # type: ignore[arg-type]
    assert [(r.doc_id, r.error.model_dump() if r.error else None) for r in records] == [
        ("a", None),
        ("b", {"type": "ValueError", "message": "parser exploded"}),
    ]


def _fifo_with_writer(path: Path, data: bytes) -> threading.Thread:
    os.mkfifo(path)

    def write() -> None:
        with open(path, "wb") as fh:
            fh.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


# (bytes written to the pipe, max_bytes, text or error type)
PIPE_CASES = [
    ("Le maire a parlé.".encode(), 1000, "Le maire a parlé."),
    (b"x" * 100, 99, "FileTooLarge"),  # a pipe has no size: the limit is checked on what was read
]


@pytest.mark.parametrize(("data", "max_bytes", "expected"), PIPE_CASES)
def test_pipe_named_explicitly_is_read(tmp_path: Path, data: bytes, max_bytes: int, expected: str) -> None:
    path = tmp_path / "flux.txt"
    thread = _fifo_with_writer(path, data)
    (source,) = iter_sources([str(path)])
    assert source.kind == "text"
    try:
        got = load_text(source, max_bytes=max_bytes)
    except InputError as exc:
        got = exc.type
    thread.join(timeout=10)
    assert got == expected


def test_special_files_inside_a_folder_are_error_sources(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.dat")  # unknown suffix: not an input at all
    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    got = [
        (Path(s.doc_id).name, s.kind, s.error_type, s.error_message) for s in iter_sources([str(tmp_path)])
    ]
    assert got == [
        ("a.txt", "text", None, None),
        ("pipe.txt", "error", "NotRegularFile", "a named pipe (FIFO), not a regular file"),
    ]
