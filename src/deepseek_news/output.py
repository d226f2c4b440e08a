"""Where batch records go: the writer seam, its JSON Lines implementation and the output lock.

A :class:`RecordWriter` is the one place that knows the output format.  The
batch runner (:class:`deepseek_news.batch.BatchRun`, used by both the local
and the Dask engines) only calls ``open()`` or ``resume()``, then ``write()``
per record, then ``close()``; resuming asks the writer which ids are already
written.  :class:`JsonLinesWriter` is the implementation used today; another
format (CSV tables, Parquet) is another class with these four methods.

:class:`OutputLock` keeps a second process from writing the same output.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .records import ArticleRecord, RecordError
from .text import escape_surrogates

__all__ = [
    "Done",
    "JsonLinesWriter",
    "NotAnOutputError",
    "OutputLock",
    "OutputLockedError",
    "RecordWriter",
    "json_line",
    "scan_output",
    "sidecar",
]


@dataclass
class Done:
    """What an existing output already holds: the ids written, and those written with an error."""

    ids: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)


class NotAnOutputError(ValueError):
    """``resume()`` on a file that is not an output of this tool: it is left untouched."""


class OutputLockedError(OSError):
    """Another process is writing the same output."""


@runtime_checkable
class RecordWriter(Protocol):
    """The output side of a batch: one implementation per format.

    ``path`` is the file (or folder) the records go to, ``None`` when they go
    elsewhere (standard output, a database): a run locks a path against a
    second writer and never reads it as input.  Exactly one of :meth:`open` and :meth:`resume` is called
    first.  :meth:`write` must leave the output valid after every record as
    far as the format allows (a kill loses at most the record being
    written); :meth:`close` makes the output durable.
    """

    path: str | None

    def open(self) -> None:
        """Start a new output, replacing whatever is at ``path``."""

    def resume(self) -> Done:
        """Continue the output at ``path``: repair a torn end, return the ids already written.

        Raises :class:`NotAnOutputError`, changing nothing, when ``path`` holds
        something this writer did not write.  A missing or empty file is a new output.
        """

    def write(self, record: ArticleRecord) -> None:
        """Append one record."""

    def close(self) -> None:
        """Flush and sync; the output is complete."""


def sidecar(path: str, suffix: str) -> str:
    """A hidden file beside `path` (``dir/.name.suffix``): folder walks skip it."""
    head, name = os.path.split(path)
    return os.path.join(head, f".{name}.{suffix}")


def json_line(record: ArticleRecord) -> str:
    """The JSON Lines line of `record`; a record that cannot be serialized becomes an error record.

    Records made by this package never fail (texts and ids are made safe on the
    way in); a record built elsewhere with, say, a lone surrogate in a name must
    still not stop a batch.
    """
    try:
        return record.model_dump_json() + "\n"
    except Exception as exc:
        message = escape_surrogates(f"{type(exc).__name__}: {exc}")
        error = RecordError(type="SerializationError", message=message)
        failed = ArticleRecord(doc_id=escape_surrogates(record.doc_id or ""), error=error)
        return failed.model_dump_json() + "\n"


def _record_of(line: bytes) -> dict[str, object] | None:
    """The record a line holds, or None when it is not a record of this tool."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("doc_id"), str):
        return None
    return obj


def scan_output(path: str) -> tuple[set[str], set[str]]:
    """Repair a JSON Lines output file and return (ids done, ids done with an error).

    A torn last line (no final newline, or not valid JSON) is truncated away.
    Invalid or duplicate lines elsewhere, which the batch runner never writes,
    are dropped by rewriting the file atomically.
    """
    done: set[str] = set()
    failed: set[str] = set()
    if not os.path.exists(path):
        return done, failed
    keep: list[bytes] = []
    good_end = 0
    rewrite = False
    with open(path, "rb") as fh:
        data = fh.read()
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:  # torn last line
            break
        line = data[pos : nl + 1]
        pos = nl + 1
        obj = _record_of(line)
        doc_id = None if obj is None else str(obj["doc_id"])
        if doc_id is None or doc_id in done:
            rewrite = True
            continue
        done.add(doc_id)
        if obj is not None and obj.get("error") is not None:
            failed.add(doc_id)
        keep.append(line)
        good_end = pos
    if rewrite:
        tmp = sidecar(path, "repair.tmp")
        with open(tmp, "wb") as out:
            out.writelines(keep)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    elif good_end < len(data):
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return done, failed


def _foreign_line(path: str) -> int | None:
    """The number of the first complete line of `path` that is not a record of this tool."""
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.endswith(b"\n"):
                return None  # a torn last line: repaired on resume
            obj = _record_of(line)
            if obj is None or "schema_version" not in obj:
                return number
    return None


class JsonLinesWriter:
    """Records as JSON Lines: one line per record, written whole in one ``write`` and flushed.

    A run killed at any moment leaves at most one torn last line, which
    :meth:`resume` truncates away.
    """

    def __init__(self, path: str) -> None:
        """`path`: the output file; ``"-"`` for standard output (``path`` is then None)."""
        self.path = None if path == "-" else path
        self._fd = -1

    def open(self) -> None:
        if self.path is not None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)

    def resume(self) -> Done:
        if self.path is None:
            raise NotAnOutputError("standard output cannot be resumed")
        if os.path.exists(self.path):
            number = _foreign_line(self.path)
            if number is not None:
                raise NotAnOutputError(
                    f"{self.path} is not a deepseek-news output (line {number} is not a record); "
                    "it was left untouched"
                )
        ids, failed = scan_output(self.path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        return Done(ids, failed)

    def write(self, record: ArticleRecord) -> None:
        line = json_line(record)
        if self.path is None:
            sys.stdout.write(line)
            sys.stdout.flush()
            return
        data = memoryview(line.encode("utf-8"))
        while data:
            data = data[os.write(self._fd, data) :]

    def close(self) -> None:
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


class OutputLock:
    """An exclusive lock on an output path, held while a run writes it.

    The lock is ``flock`` on the hidden file ``.NAME.lock`` beside the output
    (not on the output itself, which resuming may replace); the lock file is
    removed on release.  Raises :class:`OutputLockedError` at once when another
    process holds it.
    """

    def __init__(self, path: str) -> None:
        self.path = sidecar(os.path.abspath(path), "lock")
        self._fd = -1
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise OutputLockedError(f"{path} is being written by another process") from None
                raise
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:  # not a lock file its holder removed while we waited for it
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                self._fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self._fd >= 0:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass
            os.close(self._fd)
            self._fd = -1
