"""One very long article through `Extractor.extract`: total time, time per component, peak memory.

    python benchmarks/bench_long.py [--chars 1200000] [--batch-size 32] [--batch-chars N] [--n-process 1]
    python benchmarks/bench_long.py --sizes 10000 100000 1000000

The article is the fixture articles (``fixtures/articles/*.txt``) joined by
blank lines and repeated until it reaches `--chars` characters (cut at a
paragraph break), so it has the paragraphs, quotes and amounts of real news
text.  It goes through ``Extractor.extract`` once, with the default chunking
(``max_chunk_chars``, 50 000 characters); each pipeline component's own
time is measured while it runs (the time spent waiting for the components
before it is subtracted), and so is the time spent building records from
the docs.  Peak memory is the process's peak resident size (``VmHWM``),
before and after the run; with ``--n-process`` above 1 the worker processes'
peak is reported too.  Prints one JSON object.  With ``--sizes``, one fresh process
per size, and how CPU time per character and peak memory change with the size.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def long_article(chars: int) -> str:
    """The fixture articles joined by blank lines, repeated to `chars` characters."""
    paths = sorted(glob.glob(os.path.join(ROOT, "fixtures", "articles", "*.txt")))
    if not paths:
        raise SystemExit("no fixtures/articles/*.txt found")
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            articles.append(fh.read().strip())
    base = "\n\n".join(articles) + "\n\n"
    text = base * (chars // len(base) + 1)
    cut = text.rfind("\n\n", 0, chars)
    return text[: cut + 2] if cut > 0 else text[:chars]


def _peak_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _timed_pipe(totals: dict[str, float], real: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """spaCy's per-component stream wrapper, timing the component's own work."""

    def pipe(docs: Any, *, proc: Any, name: str, **kwargs: Any) -> Iterator[Any]:
        waited = [0.0]

        def upstream() -> Iterator[Any]:
            it = iter(docs)
            while True:
                t = time.perf_counter()
                try:
                    doc = next(it)
                except StopIteration:
                    waited[0] += time.perf_counter() - t
                    return
                waited[0] += time.perf_counter() - t
                yield doc

        inner = real(upstream(), proc=proc, name=name, **kwargs)
        while True:
            t, w = time.perf_counter(), waited[0]
            try:
                doc = next(inner)
            except StopIteration:
                totals[name] += time.perf_counter() - t - (waited[0] - w)
                return
            totals[name] += time.perf_counter() - t - (waited[0] - w)
            yield doc

    return pipe


def _sizes(sizes: list[int]) -> None:
    """One fresh process per size (so each peak RSS is that size's own); prints how the CPU
    time per 1000 characters and the peak memory change from the smallest size to the largest."""
    import subprocess

    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--chars", str(size)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        run = json.loads(out)
        rows.append(
            {
                "chars": run["chars"],
                "chunks": run["chunks"],
                "cpu_s": run["cpu_s"],
                "wall_s": run["total_s"],
                "cpu_ms_per_1000_chars": round(1000 * run["cpu_s"] / run["chars"] * 1000, 2),
                "peak_rss_mb": run["peak_rss_mb"],
                "peak_rss_mb_before": run["peak_rss_mb_before"],
            }
        )
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    first, last = rows[0], rows[-1]
    json.dump(
        {
            "benchmark": "long_sizes",
            "rows": rows,
            "chars_growth": round(last["chars"] / first["chars"], 1),
            "cpu_growth": round(last["cpu_s"] / first["cpu_s"], 1),
            "cpu_per_char_growth": round(last["cpu_ms_per_1000_chars"] / first["cpu_ms_per_1000_chars"], 2),
        },
        sys.stdout,
        indent=1,
    )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=1_200_000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--batch-chars", type=int, default=None, help="default: max_chunk_chars")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=None,
        help="run one fresh process per size (characters) and report how time and memory grow",
    )
    args = parser.parse_args()
    if args.sizes:
        _sizes(args.sizes)
        return

    import spacy.language

    from deepseek_news import Extractor
    from deepseek_news.pipeline import build
    from deepseek_news.text import chunk_spans, normalize

    text = long_article(args.chars)
    ex = Extractor()
    t = time.perf_counter()
    ex.nlp  # noqa: B018
    load_s = time.perf_counter() - t
    ex.extract("« Bonjour », a dit Marie Dupont.")  # first-call warm-up
    peak_before = _peak_mb()

    components: dict[str, float] = defaultdict(float)
    if args.n_process == 1:  # in worker processes the components cannot be timed from here
        spacy.language._pipe = _timed_pipe(components, spacy.language._pipe)  # type: ignore[attr-defined]
    records_s = [0.0]
    real_part = build.chunk_part

    def chunk_part(*a: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_part(*a, **kw)
        finally:
            records_s[0] += time.perf_counter() - t

    build.chunk_part = chunk_part  # type: ignore[assignment]

    t, c = time.perf_counter(), time.process_time()
    record = next(
        ex.extract_many(
            [text], n_process=args.n_process, batch_size=args.batch_size, batch_chars=args.batch_chars
        )
    )
    total_s = time.perf_counter() - t
    cpu_s = time.process_time() - c
    result: dict[str, Any] = {
        "benchmark": "long",
        "chars": len(text),
        "bytes_utf8": len(text.encode("utf-8")),
        "chunks": len(list(chunk_spans(normalize(text).text, ex.max_chunk_chars))),
        "max_chunk_chars": ex.max_chunk_chars,
        "batch_size": args.batch_size,
        "batch_chars": args.batch_chars or ex.max_chunk_chars,
        "n_process": args.n_process,
        "model_load_s": round(load_s, 1),
        "total_s": round(total_s, 1),
        "cpu_s": round(cpu_s, 2),
        "chars_per_s": round(len(text) / total_s),
        "chars_per_cpu_s": round(len(text) / cpu_s) if cpu_s else None,
        "seconds_per_component": {k: round(v, 1) for k, v in components.items()},
        "records_from_docs_s": round(records_s[0], 1),
        "peak_rss_mb_before": round(peak_before),
        "peak_rss_mb": round(_peak_mb()),
        "quotes": len(record.quotes),
        "persons": len(record.persons),
        "organizations": len(record.organizations),
        "money": len(record.money),
    }
    if components:
        result["other_s"] = round(total_s - sum(components.values()) - records_s[0], 1)
    if args.n_process > 1:
        result["workers_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
