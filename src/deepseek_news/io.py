"""Reading inputs: bytes to text, HTML to article text, JSON and JSON Lines records.

Every input becomes a :class:`Source` (a document id and how to read it).
Reading a source either returns the text the record's offsets refer to or
raises :class:`InputError`, whose ``type`` and ``message`` become the
record's ``error``; a bad file never stops a batch.

>>> decode_bytes("Noël à l'été".encode("cp1252"))
"Noël à l'été"
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .lang.fr import encodings as _enc
from .text import escape_surrogates

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "Source",
    "decode_bytes",
    "html_to_text",
    "iter_sources",
    "load_text",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

Kind = Literal["text", "html", "inline", "error"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that never occur in text (tab, LF, FF, CR and ESC excepted)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_SNIFF = 8192


class InputError(Exception):
    """An input that cannot be read as text; ``type`` names the failure."""

    def __init__(self, type: str, message: str) -> None:
        super().__init__(f"{type}: {message}")
        self.type = type
        self.message = message


@dataclass(frozen=True)
class Source:
    """One input document: its id and how to obtain its text.

    ``kind`` is ``"text"`` or ``"html"`` for a file read on demand,
    ``"inline"`` for a record of a JSON / JSON Lines file (its text is held),
    ``"error"`` for an input already known to be unreadable.

    ``doc_id`` is made safe to write as UTF-8: lone surrogates (a file name
    that is not valid UTF-8, a JSON id ``"x\\udc80"``) are escaped as the
    six characters ``\\uXXXX`` (see :func:`deepseek_news.text.escape_surrogates`);
    ``path`` stays the name to open.
    """

    doc_id: str
    path: str
    kind: Kind
    text: str | None = None
    error_type: str | None = None
    error_message: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "doc_id", escape_surrogates(self.doc_id))


def decode_bytes(data: bytes) -> str:
    """Decode the bytes of a text file, detecting the encoding.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM first; otherwise the
    encoding is detected with charset-normalizer.  When none of its candidates
    is a Latin-script code page, its best guess is used (Cyrillic
    Windows-1251, Shift JIS...); otherwise the text is read as Windows-1252
    (or ISO-8859-1 where Windows-1252 leaves a byte undefined), the encodings
    of French archives.  Raises :class:`InputError`: ``BinaryFile`` for bytes
    that are not text (control bytes, such as the NULs of images or
    archives), ``UndecodableFile`` for invalid text after a byte-order mark.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                message = f"invalid {codec} after its byte-order mark: {exc}"
                raise InputError("UndecodableFile", message) from None
    head = data[:_SNIFF]
    if head and sum(b in _CONTROL for b in head) > max(1, len(head) // 1000):
        raise InputError("BinaryFile", "the file holds control bytes: not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # UTF-16/32 without a BOM is not credible for news text (and its NULs read as binary)
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if matches and not any(m.encoding in _enc.LATIN_SINGLE_BYTE for m in matches):
        return str(matches[0])
    # a Latin-script guess, or no credible guess: the encodings of French archives
    try:
        return data.decode(_enc.PREFERRED)
    except UnicodeDecodeError:
        return data.decode(_enc.FALLBACK)


def html_to_text(html: str) -> str:
    """The main text of an HTML page (boilerplate removed), paragraphs on their own lines."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError("MissingDependency", f"reading HTML needs trafilatura: {exc}") from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if text is None:
        text = trafilatura.html2txt(html) or ""
    return str(text)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise InputError("FileTooLarge", f"{size} bytes, over the limit of {max_bytes}")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # a pipe, whose size is not known in advance
        raise InputError("FileTooLarge", f"over the limit of {max_bytes} bytes")
    return data


def _os_error(exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError("SymlinkLoop", f"too many levels of symbolic links: {exc.filename}")
    return InputError(type(exc).__name__, exc.strerror or str(exc))


def _read_text(path: str, max_bytes: int) -> str:
    try:
        data = _read_bytes(path, max_bytes)
    except OSError as exc:
        raise _os_error(exc) from None
    return decode_bytes(data)


def load_text(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of `source` (the text the record's offsets refer to); raises InputError."""
    if source.kind == "inline":
        return source.text or ""
    if source.kind == "error":
        raise InputError(source.error_type or "InputError", source.error_message or "unreadable input")
    text = _read_text(source.path, max_bytes)
    if source.kind == "html":
        return html_to_text(text)
    return text


def _kind(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _error(doc_id: str, path: str, err: InputError) -> Source:
    return Source(doc_id, path, "error", error_type=err.type, error_message=err.message)


def _record_source(path: str, obj: Any, index: int, text_key: str, id_key: str, seen: set[str]) -> Source:
    ident = obj.get(id_key) if isinstance(obj, dict) else None
    key = str(ident) if ident is not None and ident != "" else str(index)
    if key in seen:  # duplicate id inside the file: keep ids unique
        key = f"{key}@{index}"
    seen.add(key)
    doc_id = f"{path}#{key}"
    if not isinstance(obj, dict):
        return _error(doc_id, path, InputError("InvalidRecord", f"record {index} is not a JSON object"))
    text = obj.get(text_key)
    if not isinstance(text, str):
        found = "missing" if text_key not in obj else f"of type {type(text).__name__}"
        return _error(
            doc_id, path, InputError("InvalidRecord", f"record {index}: text key {text_key!r} is {found}")
        )
    return Source(doc_id, path, "inline", text=text)


def _json_sources(path: str, text_key: str, id_key: str, max_bytes: int) -> Iterator[Source]:
    try:
        data = json.loads(_read_text(path, max_bytes))
    except InputError as err:
        yield _error(path, path, err)
        return
    except ValueError as exc:
        yield _error(path, path, InputError("InvalidJSON", str(exc)))
        return
    items = data if isinstance(data, list) else [data]
    seen: set[str] = set()
    for index, obj in enumerate(items):
        yield _record_source(path, obj, index, text_key, id_key, seen)


def _jsonl_sources(path: str, text_key: str, id_key: str) -> Iterator[Source]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _error(path, path, _os_error(exc))
        return
    seen: set[str] = set()
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(decode_bytes(raw))
            except (InputError, ValueError) as exc:
                key = f"line{number}"
                seen.add(key)
                yield _error(f"{path}#{key}", path, InputError("InvalidJSON", f"line {number}: {exc}"))
                continue
            yield _record_source(path, obj, number, text_key, id_key, seen)


def _file_sources(path: str, text_key: str, id_key: str, max_bytes: int) -> Iterator[Source]:
    kind = _kind(path)
    if kind == "json":
        yield from _json_sources(path, text_key, id_key, max_bytes)
    elif kind == "jsonl":
        yield from _jsonl_sources(path, text_key, id_key)
    else:
        yield Source(path, path, "html" if kind == "html" else "text")


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


class _Skip:
    """Files a walk must not read: the batch's own output, whether it exists yet or not;
    and, when `roots` is given, links leading outside those folders."""

    def __init__(self, paths: Iterable[str], roots: list[str] | None = None) -> None:
        self.paths = [p for p in paths if p != "-"]
        self.real = {os.path.realpath(p) for p in self.paths}
        self.roots = roots

    def outside(self, real: str) -> bool:
        if self.roots is None:
            return False
        return not any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

    def stats(self) -> list[os.stat_result]:
        found = []
        for p in self.paths:
            try:
                found.append(os.stat(p))
            except OSError:
                pass
        return found

    def matches(self, real_dir: str, name: str, st: os.stat_result, now: list[os.stat_result]) -> bool:
        if os.path.join(real_dir, name) in self.real:
            return True
        return any(os.path.samestat(st, other) for other in now)  # a link to it, a hard link


def _walk(path: str, ancestors: frozenset[str], skip: _Skip) -> Iterator[Source | str]:
    """Files under directory `path` in sorted order (str), or error Sources."""
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield _error(path, path, _os_error(exc))
        return
    real_dir = os.path.realpath(path)
    skip_now = skip.stats()  # the output as it is now (it may be created while the walk goes on)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = entry.path
        known = os.path.splitext(child)[1].lower() in KNOWN_SUFFIXES
        try:
            st = os.stat(child)  # follows symbolic links
        except OSError as exc:
            if known and os.path.realpath(child) in skip.real:
                continue  # a link to the output, not written yet
            if known or exc.errno == errno.ELOOP:
                yield _error(child, child, _os_error(exc))
            continue
        mode = st.st_mode
        if (known or stat.S_ISDIR(mode)) and entry.is_symlink():
            target = os.path.realpath(child)
            if skip.outside(target):
                message = f"a link to {target}, outside the input folders (--no-follow-outside)"
                yield _error(child, child, InputError("LinkOutside", message))
                continue
        if stat.S_ISDIR(mode):
            real = os.path.realpath(child)
            if real in ancestors:
                yield _error(child, child, InputError("SymlinkLoop", f"links back to {real}"))
                continue
            yield from _walk(child, ancestors | {real}, skip)
        elif known and skip.matches(real_dir, entry.name, st, skip_now):
            continue
        elif known and not stat.S_ISREG(mode):  # reading a FIFO would wait for a writer forever
            yield _error(
                child, child, InputError("NotRegularFile", f"a {_file_type(mode)}, not a regular file")
            )
        elif known:
            yield child


def iter_sources(
    paths: Iterable[str],
    *,
    text_key: str = "text",
    id_key: str = "id",
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Iterable[str] = (),
    follow_outside: bool = True,
) -> Iterator[Source]:
    """Every input under `paths`, in a deterministic order.

    Directories are walked recursively in name order (hidden entries skipped),
    keeping files ending in .txt, .md, .html, .htm, .json, .jsonl or .ndjson;
    a file named explicitly is read whatever its name.  Each record of a
    JSON / JSON Lines file is one input with id ``path#id`` (the value of
    `id_key`, else the record's position).  Symbolic-link loops, unreadable
    directories, broken links and, inside folders, named pipes, sockets and
    devices give error sources; a pipe named explicitly is read
    (``<(zcat article.txt.gz)``).

    `skip`: files that folder walks leave out, such as the batch's own output
    (found by path, or as the same file through a link); hidden files, such
    as the output's lock and temporary files, are always left out.

    Symbolic links met in a walk are followed wherever they lead; with
    ``follow_outside=False`` a link (to a file with a known suffix, or to a
    folder) leading outside every folder of `paths` gives a ``LinkOutside``
    error source instead.
    """
    paths = list(paths)
    roots = None if follow_outside else [os.path.realpath(p) for p in paths if os.path.isdir(p)]
    skipped = _Skip(skip, roots)
    for path in paths:
        if os.path.isdir(path):
            real = os.path.realpath(path)
            for item in _walk(path, frozenset({real}), skipped):
                if isinstance(item, Source):
                    yield item
                else:
                    yield from _file_sources(item, text_key, id_key, max_bytes)
        elif not os.path.exists(path):
            try:
                os.stat(path)
            except OSError as exc:
                yield _error(path, path, _os_error(exc))
        else:
            yield from _file_sources(path, text_key, id_key, max_bytes)
