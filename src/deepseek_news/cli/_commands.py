"""The subcommands; heavy imports (spaCy, the model, Dask) happen inside them."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from ..io import DEFAULT_MAX_BYTES, InputError, Source, decode_bytes, iter_sources, load_text

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
    """Aliases from a JSON file (see ``deepseek_news.entities.load_aliases``)."""
    if path is None:
        return {}
    from ..entities import load_aliases as read_table

    try:
        return read_table(path)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read aliases file {path!r}: {exc}") from None


def _currency(code: str) -> str | None:
    if code.lower() in {"none", "null", ""}:
        return None
    if len(code) != 3 or not code.isalpha():
        raise UsageError(f"--default-currency expects an ISO 4217 code such as EUR, got {code!r}")
    return code.upper()


def _extractor_config(args: argparse.Namespace) -> dict[str, Any]:
    from ..api import DEFAULT_MODEL

    return {
        "model": args.model or DEFAULT_MODEL,
        "default_currency": _currency(args.default_currency),
        "aliases": load_aliases(args.aliases),
    }


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
        if not os.path.lexists(path):
            raise UsageError(f"no such file or folder: {path}")
    if args.n_process < 1 or args.batch_size < 1 or args.partition_size < 1:
        raise UsageError("-j/--n-process, --batch-size and --partition-size must be at least 1")
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
    if output != "-":
        if os.path.isdir(output):
            raise UsageError(f"output {output!r} is a folder")
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
        iter_sources(
            args.paths,
            text_key=args.text_key,
            id_key=args.id_key,
            max_bytes=max_bytes,
            skip=[output],
            follow_outside=not args.no_follow_outside,
        )
    )
    progress = False if args.quiet else None

    if args.engine == "dask":
        from ..distributed import run_dask

        stats = run_dask(
            sources,
            output,
            scheduler=args.scheduler,
            n_workers=args.n_process,
            partition_size=args.partition_size,
            originals=originals,
            keep_text=args.keep_text,
            resume=args.resume,
            shard=shard,
            max_bytes=max_bytes,
            batch_size=args.batch_size,
            progress=progress,
            total=total,
            **config,
        )
    else:
        from ..api import Extractor
        from ..batch import run_batch

        extractor = Extractor(**config)
        stats = run_batch(
            sources,
            output,
            extractor,
            originals=originals,
            n_process=args.n_process,
            batch_size=args.batch_size,
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
    if not os.path.isfile(args.path):
        raise UsageError(f"no such file: {args.path}")
    _check_show_output(args)
    source = next(iter_sources([args.path]), None)
    if source is None or source.kind not in ("text", "html"):
        raise UsageError(f"show expects one .txt, .md or .html article, got {args.path}")
    try:
        text = load_text(source)
    except InputError as exc:
        print(f"deepseek-news: cannot read {args.path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    originals = load_originals(args.originals)
    config = _extractor_config(args)
    from ..api import Extractor
    from ..render import render_html  # type: ignore[import-not-found,unused-ignore]

    record = Extractor(**config).extract(text, originals=originals, doc_id=args.path)
    html: str = render_html(record, text)
    if args.output == "-":
        sys.stdout.write(html)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(html)
    return EXIT_OK
