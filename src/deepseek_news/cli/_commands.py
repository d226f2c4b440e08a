"""The subcommands; heavy imports (spaCy, the model, Dask) happen inside them."""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..config import DEFAULT_BATCH_SIZE
from ..io import DEFAULT_MAX_BYTES, InputError, Source, decode_bytes, iter_sources, load_text

if TYPE_CHECKING:
    from ..config import ExtractorConfig

EXIT_OK = 0
DEFAULT_TIME_BUDGET = 120.0  # seconds per article of up to 100 000 characters
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A command-line mistake: reported with exit status 2, nothing processed."""


def _read_file_text(path: str, what: str) -> str:
    try:
        with open(path, "rb") as fh:
            return decode_bytes(fh.read())
    except (OSError, InputError) as exc:
        raise UsageError(f"cannot read {what} file {path!r}: {exc}") from None


def load_originals(path: str | None) -> list[str]:
    """English originals from a file: a JSON list of strings, or one per non-empty line."""
    if path is None:
        return []
    text = _read_file_text(path, "originals")
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise UsageError(f"originals file {path!r} is not a valid JSON list: {exc}") from None
        if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
            raise UsageError(f"originals file {path!r} must be a JSON list of strings")
        return data
    return [line.strip() for line in text.splitlines() if line.strip()]


def load_aliases(path: str | None) -> dict[str, str]:
    """Aliases from a JSON file (see ``deepseek_news.naming.load_aliases``)."""
    if path is None:
        return {}
    from ..naming import load_aliases as read_table

    try:
        return read_table(path)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read aliases file {path!r}: {exc}") from None


def _currency(code: str) -> str | None:
    if code.lower() in {"none", "null", ""}:
        return None
    from ..config import known_currencies

    if code not in known_currencies():
        hint = f" (did you mean {code.upper()}?)" if code.upper() in known_currencies() else ""
        raise UsageError(
            f"--default-currency expects an upper-case ISO 4217 code such as EUR or USD, "
            f"or none; got {code!r}{hint}"
        )
    return code


def _extractor_config(args: argparse.Namespace) -> ExtractorConfig:
    from ..config import DEFAULT_MODEL, ExtractorConfig

    return ExtractorConfig(
        model=args.model or DEFAULT_MODEL,
        default_currency=_currency(args.default_currency),
        aliases=load_aliases(args.aliases),
        n_process=getattr(args, "n_process", 1),
        batch_size=getattr(args, "batch_size", DEFAULT_BATCH_SIZE),
    )


def check_output(path: str) -> None:
    """Refuse, before any work, an output file that cannot be created (``-`` is standard output)."""
    if path == "-":
        return
    if os.path.isdir(path):
        raise UsageError(f"output {path!r} is a folder")
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise UsageError(f"cannot write {path!r}: no such folder {folder!r}")
    target = path if os.path.exists(path) else folder
    if not os.access(target, os.W_OK):
        raise UsageError(f"cannot write {path!r}: permission denied")


STDIN = "-"


def stdin_source(max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Standard input as one article, with id ``-`` (read now, decoded like a text file)."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        message = f"over the limit of {max_bytes} bytes"
        return Source(STDIN, STDIN, "error", error_type="FileTooLarge", error_message=message)
    try:
        text = decode_bytes(data)
    except InputError as exc:
        return Source(STDIN, STDIN, "error", error_type=exc.type, error_message=exc.message)
    return Source(STDIN, STDIN, "inline", text=text)


def _sources(
    paths: list[str],
    text_key: str,
    id_key: str,
    max_bytes: int,
    *,
    skip: Sequence[str] = (),
    follow_outside: bool = True,
) -> Iterator[Source]:
    """The inputs of `paths` in order; ``-`` is standard input, one article."""
    for path in paths:
        if path == STDIN:
            yield stdin_source(max_bytes)
        else:
            yield from iter_sources(
                [path],
                text_key=text_key,
                id_key=id_key,
                max_bytes=max_bytes,
                skip=skip,
                follow_outside=follow_outside,
            )


class _LoadingNotice(logging.Handler):
    """Shows "loading model…" on standard error, above a progress bar if one is drawn."""

    def emit(self, record: logging.LogRecord) -> None:
        from tqdm import tqdm

        tqdm.write(f"deepseek-news: {record.getMessage()}", file=sys.stderr)


def announce_model_loading(quiet: bool) -> None:
    """On a terminal, say when the model starts loading (it takes seconds)."""
    if quiet or not sys.stderr.isatty():
        return
    logger = logging.getLogger("deepseek_news.model")
    if not any(isinstance(h, _LoadingNotice) for h in logger.handlers):
        logger.addHandler(_LoadingNotice())
    logger.setLevel(logging.INFO)


def _counted(sources: Iterator[Source]) -> tuple[Iterator[Source], int | None]:
    """The number of inputs when cheap to know (no JSON records held in memory)."""
    head: list[Source] = []
    for source in sources:
        head.append(source)
        if source.kind == "inline":
            return itertools.chain(head, sources), None
    return iter(head), len(head)


def _same_file(a: str, b: str) -> bool:
    """`a` and `b` are one file (through links too), whether it exists yet or not."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _check_not_an_input(output: str, inputs: list[str]) -> None:
    """Never write over an input, even with --overwrite (a folder's walk skips the output)."""
    if output == "-":
        return
    for path in inputs:
        if not os.path.isdir(path) and _same_file(output, path):
            raise UsageError(f"the output {output} is also an input; choose another output file")


def run_schema() -> int:
    from ..records import ArticleRecord

    print(json.dumps(ArticleRecord.model_json_schema(), indent=2))
    return EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    for path in args.paths:
        if path != STDIN and not os.path.lexists(path):
            raise UsageError(f"no such file or folder: {path}")
    if args.paths.count(STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    if args.n_process < 1 or args.batch_size < 1 or args.partition_size < 1:
        raise UsageError("-j/--n-process, --batch-size and --partition-size must be at least 1")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be at least 1, got {args.max_bytes}")
    if args.resume and args.overwrite:
        raise UsageError(
            "--resume and --overwrite cannot be used together: continue the output or replace it"
        )
    shard = None
    if args.shard:
        from ..batch import parse_shard

        try:
            shard = parse_shard(args.shard)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    output = args.output
    if output == "-" and args.resume:
        raise UsageError("--resume needs an output file (-o FILE)")
    check_output(output)
    if output != "-":
        exists = os.path.exists(output) and os.path.getsize(output) > 0
        if exists and not (args.resume or args.overwrite):
            raise UsageError(f"{output} exists: pass --resume to continue it or --overwrite to replace it")
    _check_not_an_input(output, args.paths)
    if args.time_budget < 0:
        raise UsageError("--time-budget must be 0 (no limit) or a number of seconds")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    originals = load_originals(args.originals)
    config = _extractor_config(args)
    max_bytes = args.max_bytes or DEFAULT_MAX_BYTES
    sources, total = _counted(
        _sources(
            args.paths,
            args.text_key,
            args.id_key,
            max_bytes,
            skip=[output],
            follow_outside=not args.no_follow_outside,
        )
    )
    progress = False if args.quiet else None
    announce_model_loading(args.quiet)

    if args.engine == "dask":
        from ..distributed import run_dask

        stats = run_dask(
            sources,
            output,
            config=config.model_copy(update={"n_process": 1}),  # -j is the number of workers
            scheduler=args.scheduler,
            n_workers=args.n_process,
            partition_size=args.partition_size,
            originals=originals,
            keep_text=args.keep_text,
            resume=args.resume,
            shard=shard,
            max_bytes=max_bytes,
            progress=progress,
            total=total,
        )
    else:
        from ..api import Extractor
        from ..batch import run_batch

        stats = run_batch(
            sources,
            output,
            Extractor(config=config),
            originals=originals,
            keep_text=args.keep_text,
            resume=args.resume,
            shard=shard,
            max_bytes=max_bytes,
            progress=progress,
            total=total,
            time_budget=args.time_budget,
        )
    if not args.quiet:
        print(stats.summary("standard output" if output == "-" else output), file=sys.stderr)
    return EXIT_FAILED if stats.failed else EXIT_OK


def _is_show_page(path: str) -> bool:
    """`path` is a page written by ``show`` (its generator tag near the top)."""
    from ..render import GENERATOR_META  # type: ignore[import-not-found,unused-ignore]

    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return str(GENERATOR_META).encode() in head


def _check_show_output(args: argparse.Namespace) -> None:
    output = args.output
    if output == "-":
        return
    if os.path.isdir(output):
        raise UsageError(f"output {output!r} is a folder")
    _check_not_an_input(output, [args.path])
    exists = os.path.exists(output) and os.path.getsize(output) > 0
    if exists and not args.overwrite and not _is_show_page(output):
        raise UsageError(f"{output} exists and was not written by show: pass --overwrite to replace it")


def run_show(args: argparse.Namespace) -> int:
    _check_show_output(args)
    if args.path == STDIN:
        source: Source | None = stdin_source()
    elif os.path.isdir(args.path):
        raise UsageError(
            f"show expects one article file, got the folder {args.path} (use extract for folders)"
        )
    elif not os.path.isfile(args.path):
        raise UsageError(f"no such file: {args.path}")
    else:
        source = next(iter_sources([args.path]), None)
        if source is not None and source.kind not in ("text", "html"):  # a record of a .json/.jsonl file
            source = None
    if source is None:
        raise UsageError(f"show expects one .txt, .md or .html article, got {args.path}")
    try:
        text = load_text(source)
    except InputError as exc:
        print(f"deepseek-news: cannot read {args.path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    check_output(args.output)
    originals = load_originals(args.originals)
    config = _extractor_config(args)
    announce_model_loading(False)
    from ..api import Extractor
    from ..render import render_html  # type: ignore[import-not-found,unused-ignore]

    record = Extractor(config=config).extract(text, originals=originals, doc_id=args.path)
    html: str = render_html(record, text)
    if args.output == "-":
        sys.stdout.write(html)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(html)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
    return EXIT_OK
