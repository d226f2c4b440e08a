"""``deepseek-news report``: one HTML page on a corpus of records (who is quoted)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ._commands import EXIT_OK, UsageError


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    rp = sub.add_parser(
        "report",
        help="write an HTML report on a corpus of records: who is quoted, by gender, month and outlet",
        description="One self-contained HTML page (inline SVG charts, tables, CSV downloads) "
        "from the JSON Lines records of `deepseek-news extract`.",
    )
    rp.add_argument("records", metavar="RECORDS", help="JSON Lines records of `deepseek-news extract`")
    rp.add_argument("-o", "--output", default="-", help="HTML output file (default: standard output)")
    rp.add_argument("--title", default="Who is quoted", help='page title (default "Who is quoted")')


def run_report(args: argparse.Namespace) -> int:
    from ..report import render_report
    from ..tables import iter_records

    if not os.path.isfile(args.records):
        raise UsageError(f"no such file: {args.records}")
    try:
        page = render_report(iter_records(args.records), title=args.title)
    except ValueError as exc:
        raise UsageError(f"{args.records} is not JSON Lines records: {exc}") from None
    if args.output == "-":
        sys.stdout.write(page)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(page)
    return EXIT_OK
