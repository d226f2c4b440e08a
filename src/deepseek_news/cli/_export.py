"""``deepseek-news export``: one table of the records as CSV or Parquet."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ._commands import EXIT_OK, UsageError


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    from ..tables import TABLES

    ex = sub.add_parser(
        "export",
        help="write one table of the records (quotes, speakers, ...) as CSV or Parquet",
        description="One row per quote, speaker, person, organization, amount or percentage, "
        "with the record it comes from (record, doc_id) and its id or index.",
    )
    ex.add_argument("records", metavar="RECORDS", help="JSON Lines records of `deepseek-news extract`")
    ex.add_argument("--table", required=True, choices=TABLES, help="which table")
    ex.add_argument("-o", "--output", default="-", help="output file (default: CSV on standard output)")
    ex.add_argument(
        "--format",
        choices=("csv", "parquet"),
        default=None,
        help="default: parquet for a .parquet output, else csv",
    )


def run_export(args: argparse.Namespace) -> int:
    from ..tables import rows, write_csv, write_parquet

    if not os.path.isfile(args.records):
        raise UsageError(f"no such file: {args.records}")
    fmt = args.format or ("parquet" if str(args.output).endswith(".parquet") else "csv")
    if fmt == "parquet":
        if args.output == "-":
            raise UsageError("Parquet needs an output file (-o FILE.parquet)")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("Parquet output needs pyarrow: pip install pyarrow") from None
    try:
        table_rows = rows(args.records, args.table)
    except ValueError as exc:
        raise UsageError(f"{args.records} is not JSON Lines records: {exc}") from None
    if fmt == "parquet":
        write_parquet(table_rows, args.table, args.output)
    elif args.output == "-":
        import csv

        from ..tables import COLUMNS

        writer = csv.DictWriter(sys.stdout, fieldnames=list(COLUMNS[args.table]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table_rows)
    else:
        write_csv(table_rows, args.table, args.output)
    return EXIT_OK
