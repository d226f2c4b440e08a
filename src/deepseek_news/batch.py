"""The resumable JSON Lines batch runner behind ``deepseek-news extract``.

One line per input, each written whole (one ``write`` call) and flushed, so a
run killed at any moment leaves at most one torn last line.  ``resume=True``
repairs that line (truncates it away) and skips every input already written;
a killed and resumed run therefore ends with exactly one line per input.

A bad input never stops the batch: it gets a record whose ``error`` holds a
type and a message, and no extractions.
"""

from __future__ import annotations

import hashlib
import itertools
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from .io import DEFAULT_MAX_BYTES, InputError, Source, load_text
from .output import Done, JsonLinesWriter, OutputLock, RecordWriter, json_line, scan_output
from .records import ArticleRecord, RecordError
from .text import replace_surrogates

if TYPE_CHECKING:
    from .api import Extractor

__all__ = [
    "BatchRun",
    "BatchStats",
    "error_record",
    "iter_records",
    "json_line",
    "parse_shard",
    "run_batch",
    "scan_output",
    "shard_of",
]


# --time-budget is the time an article may take per this many characters
TIME_BUDGET_CHARS = 100_000


@dataclass
class BatchStats:
    """What a batch run did."""

    inputs: int = 0  # inputs in this run's share (after --shard)
    written: int = 0  # lines written by this run
    skipped: int = 0  # inputs already in the output (resume)
    errors: int = 0  # error records written by this run
    previous_errors: int = 0  # error records among the skipped inputs
    quotes: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return self.errors + self.previous_errors

    def summary(self, output: str) -> str:
        rate = self.written / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.written} records written to {output}"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        parts.append(f"{self.failed} errors")
        parts.append(f"{self.quotes} quotes")
        parts.append(f"{self.seconds:.1f} s ({rate:.1f} docs/s)")
        return "deepseek-news: " + ", ".join(parts)


def shard_of(doc_id: str, count: int) -> int:
    """The shard (0 … count-1) of a document id: a stable hash, same on every machine and run."""
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def parse_shard(spec: str) -> tuple[int, int]:
    """``"I/N"`` → ``(I, N)`` with 0 <= I < N; raises ValueError."""
    index, sep, count = spec.partition("/")
    if not sep:
        raise ValueError(f"--shard expects I/N (for example 0/4), got {spec!r}")
    i, n = int(index), int(count)
    if n < 1 or not 0 <= i < n:
        raise ValueError(f"--shard {spec}: need 0 <= I < N")
    return i, n


def error_record(doc_id: str, type: str, message: str) -> ArticleRecord:
    return ArticleRecord(doc_id=doc_id, error=RecordError(type=type, message=message))


def _finish(record: ArticleRecord, source: Source, text: str, keep_text: bool) -> ArticleRecord:
    record.doc_id = source.doc_id
    if keep_text:
        record.text = replace_surrogates(text)[0]  # as in the record's other texts (see its warnings)
    return record


class _Stalled(BaseException):
    """Raised by the time budget's alarm; a BaseException so no ``except Exception`` swallows it."""


class _TimeBudget:
    """A per-document time budget, enforced with ``SIGALRM`` (main thread of a process only).

    A document may take `seconds` per `per_chars` characters (at least once).
    While records stream, the next record may wait for a whole spaCy batch, so
    the alarm allows the budget of `batch_size` documents plus that of the
    texts in flight.
    """

    def __init__(self, seconds: float | None, per_chars: int) -> None:
        usable = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
        self.seconds = seconds if seconds and seconds > 0 and usable else None
        self.per_chars = max(1, per_chars)

    def allowance(self, text: str) -> float:
        assert self.seconds is not None
        return self.seconds * max(1, -(-len(text) // self.per_chars))

    @contextmanager
    def armed(self, seconds: float | None) -> Iterator[None]:
        if self.seconds is None or seconds is None:
            yield
            return

        def alarm(signum: int, frame: object) -> None:
            raise _Stalled

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _timeout_record(doc_id: str, budget: _TimeBudget, text: str) -> ArticleRecord:
    seconds = budget.allowance(text)
    return error_record(doc_id, "Timeout", f"extraction took longer than its time budget ({seconds:g} s)")


def iter_records(
    sources: Iterable[Source],
    extractor: Extractor,
    *,
    originals: Sequence[str] = (),
    n_process: int | None = None,
    batch_size: int | None = None,
    keep_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_budget: float | None = None,
) -> Iterator[ArticleRecord]:
    """One record per source, in order; unreadable inputs and failures become error records.

    Texts stream through ``Extractor.extract_many``.  Should the pipeline raise,
    the inputs in flight are redone one by one, so only the input that fails
    gets an ``ExtractionError`` record, and the stream goes on.

    `time_budget`: seconds a document may take (per ``Extractor.max_chunk_chars``
    characters); one that takes longer gets a ``Timeout`` error record and the
    stream goes on.  It is enforced with ``SIGALRM``, so only when this runs in
    the main thread of its process (not inside a Dask worker's task thread).

    A model that cannot load (:class:`~deepseek_news.ModelLoadError`) ends the
    stream: it is raised, not written as error records.
    """
    from .api import ModelLoadError

    budget = _TimeBudget(time_budget, TIME_BUDGET_CHARS)
    remaining = iter(sources)
    first = next(remaining, None)
    if first is None:
        return  # nothing to do: the model is not loaded
    remaining = itertools.chain([first], remaining)
    while True:
        inflight: deque[tuple[Source, str, InputError | None]] = deque()

        def feed(inflight: deque[tuple[Source, str, InputError | None]] = inflight) -> Iterator[str]:
            for source in remaining:
                try:
                    text, err = load_text(source, max_bytes), None
                except InputError as exc:
                    text, err = "", exc
                except _Stalled:  # reading it took the budget (a slow pipe, a huge HTML page)
                    inflight.append(
                        (source, "", InputError("Timeout", "reading took longer than its time budget"))
                    )
                    raise
                except Exception as exc:  # a reader failure (HTML parser...) must not lose the input
                    text, err = "", InputError(type(exc).__name__, str(exc))
                inflight.append((source, text, err))
                yield text

        def stream_allowance(
            inflight: deque[tuple[Source, str, InputError | None]] = inflight,
        ) -> float | None:
            # the next record may wait for its whole spaCy batch: the budgets of the texts in flight,
            # plus a batch of texts still to be read
            if budget.seconds is None:
                return None
            n_batch = batch_size or getattr(getattr(extractor, "config", None), "batch_size", 1) or 1
            return budget.seconds * n_batch + sum(budget.allowance(t) for _, t, _ in inflight)

        try:
            stream = iter(
                extractor.extract_many(
                    feed(), originals=originals, n_process=n_process, batch_size=batch_size
                )
            )
            while True:
                with budget.armed(stream_allowance()):
                    record = next(stream, None)
                if record is None:
                    return
                source, text, err = inflight.popleft()
                if err is not None:
                    yield error_record(source.doc_id, err.type, err.message)
                else:
                    yield _finish(record, source, text, keep_text)
        except (Exception, _Stalled) as exc:
            # the model cannot load, or the pipeline failed before reading an
            # input: retrying would fail the same way, forever
            if isinstance(exc, ModelLoadError) or (not inflight and not isinstance(exc, _Stalled)):
                raise
            for source, text, err in list(inflight):
                if err is not None:
                    yield error_record(source.doc_id, err.type, err.message)
                    continue
                try:
                    with budget.armed(budget.allowance(text) if budget.seconds else None):
                        record = extractor.extract(text, originals=originals, doc_id=source.doc_id)
                except _Stalled:
                    yield _timeout_record(source.doc_id, budget, text)
                except ModelLoadError:
                    raise
                except Exception as exc:
                    yield error_record(source.doc_id, "ExtractionError", f"{type(exc).__name__}: {exc}")
                else:
                    yield _finish(record, source, text, keep_text)


def _select(
    sources: Iterable[Source],
    stats: BatchStats,
    shard: tuple[int, int] | None,
    done: set[str],
    failed: set[str],
    on_skip: Callable[[], object],
) -> Iterator[Source]:
    for source in sources:
        if shard is not None and shard_of(source.doc_id, shard[1]) != shard[0]:
            continue
        stats.inputs += 1
        if source.doc_id in done:
            stats.skipped += 1
            stats.previous_errors += source.doc_id in failed
            on_skip()
            continue
        done.add(source.doc_id)  # an id seen twice in the inputs is written once
        yield source


class BatchRun:
    """The output side of a batch run, shared by the local and Dask engines.

    `output` is a :class:`~deepseek_news.output.RecordWriter`, or a path for
    JSON Lines (``"-"``: standard output).  Opening the run locks the output
    against a second writer (:class:`~deepseek_news.output.OutputLockedError`),
    then replaces it or, with `resume`, repairs it and reads the ids already
    done through the writer (:class:`~deepseek_news.output.NotAnOutputError`
    for a file the tool did not write; it is left untouched); it starts the
    clock and the progress bar on `stream` (standard error; ``progress=None``:
    only when it is a terminal).  :meth:`select` keeps the sources of this
    run's shard that are not done yet; :meth:`write` appends one record;
    closing syncs the output, releases the lock and sets ``stats.seconds``.
    """

    def __init__(
        self,
        output: str | RecordWriter,
        *,
        resume: bool = False,
        shard: tuple[int, int] | None = None,
        progress: bool | None = None,
        total: int | None = None,
        stream: IO[str] | None = None,
    ) -> None:
        from tqdm import tqdm

        self.stats = BatchStats()
        self.shard = shard
        self.writer = JsonLinesWriter(output) if isinstance(output, str) else output
        self._lock = OutputLock(self.writer.path) if self.writer.path is not None else None
        try:
            self._done = self.writer.resume() if resume else Done()
            if not resume:
                self.writer.open()
        except BaseException:
            self._release()
            raise
        err = stream if stream is not None else sys.stderr
        if progress is None:
            progress = err.isatty()
        self._start = time.perf_counter()
        self.bar = tqdm(
            total=None if shard is not None else total,
            unit="doc",
            file=err,
            disable=not progress,
            mininterval=0.5,
            dynamic_ncols=True,
        )

    def select(self, sources: Iterable[Source]) -> Iterator[Source]:
        done = self._done
        return _select(sources, self.stats, self.shard, done.ids, done.failed, lambda: self.bar.update(1))

    def write(self, record: ArticleRecord) -> None:
        self.writer.write(record)
        self.stats.written += 1
        self.stats.quotes += len(record.quotes)
        self.stats.errors += record.error is not None
        self.bar.update(1)
        self.bar.set_postfix(quotes=self.stats.quotes, errors=self.stats.failed, refresh=False)

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        self.bar.close()
        try:
            self.writer.close()
        finally:
            self._release()
        self.stats.seconds = time.perf_counter() - self._start

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_batch(
    sources: Iterable[Source],
    output: str | RecordWriter,
    extractor: Extractor,
    *,
    originals: Sequence[str] = (),
    n_process: int | None = None,
    batch_size: int | None = None,
    keep_text: bool = False,
    resume: bool = False,
    shard: tuple[int, int] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    total: int | None = None,
    stream: IO[str] | None = None,
    time_budget: float | None = None,
) -> BatchStats:
    """Extract every source into `output`: a JSON Lines file (``"-"``: standard output) or a writer.

    `progress`: show a progress bar on `stream` (standard error); ``None``
    shows it only when that stream is a terminal.  `total`: the number of
    inputs, when known, for the bar.  Without `resume` the output is replaced.
    `n_process` and `batch_size` default to ``extractor.config``.
    `time_budget`: seconds per document before it becomes a ``Timeout`` error
    record (see :func:`iter_records`).
    """
    with BatchRun(output, resume=resume, shard=shard, progress=progress, total=total, stream=stream) as run:
        for record in iter_records(
            run.select(sources),
            extractor,
            originals=originals,
            n_process=n_process,
            batch_size=batch_size,
            keep_text=keep_text,
            max_bytes=max_bytes,
            time_budget=time_budget,
        ):
            run.write(record)
        run.bar.update(0)
    return run.stats
