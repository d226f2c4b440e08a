"""Throughput, scaling, memory and cold-start benchmarks of deepseek_news.

    python benchmarks/bench_throughput.py overhead  [--n 200] [--repeat 3]
    python benchmarks/bench_throughput.py scaling   [--n 400]
    python benchmarks/bench_throughput.py memory    [--n 10000] [--every 500]
    python benchmarks/bench_throughput.py coldstart [--repeat 5]
    python benchmarks/bench_throughput.py long      [--chars 5000 10000 20000 40000]

Texts come from ``_corpus.py`` (synthetic French articles, seeded).  Each
command prints one JSON object with its figures; docs/performance.md records
them and the machine they were measured on.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _corpus import corpus


def _extractor() -> Any:
    from deepseek_news import Extractor

    ex = Extractor()
    ex.nlp  # noqa: B018
    return ex


def _timed(fn: Any) -> float:
    gc.collect()
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def overhead(n: int, repeat: int, batch_size: int) -> dict[str, Any]:
    """extract_many vs bare nlp.pipe on the same pipeline, same texts, same process."""
    ex = _extractor()
    nlp = ex.nlp
    texts = corpus(n, seed=1)
    ours = [p for p in nlp.pipe_names if p.startswith("dsn_")]
    list(ex.extract_many(texts[:20]))  # warm-up

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass

    def model_only() -> None:
        with nlp.select_pipes(disable=ours):
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass

    def extract() -> None:
        for _ in ex.extract_many(texts, batch_size=batch_size):
            pass

    times: dict[str, list[float]] = {"model_only": [], "bare_pipe": [], "extract_many": []}
    for _ in range(repeat):  # interleaved, best of `repeat`: the machine is shared
        times["model_only"].append(_timed(model_only))
        times["bare_pipe"].append(_timed(bare))
        times["extract_many"].append(_timed(extract))
    best = {k: min(v) for k, v in times.items()}
    return {
        "benchmark": "overhead",
        "articles": n,
        "chars": sum(map(len, texts)),
        "batch_size": batch_size,
        "seconds_best": {k: round(v, 2) for k, v in best.items()},
        "docs_per_s": {k: round(n / v, 1) for k, v in best.items()},
        "ratio_extract_many_vs_bare_pipe": round(best["extract_many"] / best["bare_pipe"], 3),
        "ratio_bare_pipe_vs_model_only": round(best["bare_pipe"] / best["model_only"], 3),
    }


def scaling(n: int, batch_size: int) -> dict[str, Any]:
    """extract_many with n_process=1 and 2, wall time including the workers' start."""
    ex = _extractor()
    texts = corpus(n, seed=2)
    list(ex.extract_many(texts[:20]))
    out: dict[str, Any] = {
        "benchmark": "scaling",
        "articles": n,
        "batch_size": batch_size,
        "cpus": os.cpu_count(),
    }
    for n_process in (1, 2):
        seconds = _timed(
            lambda n_process=n_process: list(
                ex.extract_many(texts, n_process=n_process, batch_size=batch_size)
            )
        )
        out[f"n_process_{n_process}"] = {"seconds": round(seconds, 2), "docs_per_s": round(n / seconds, 1)}
    out["speedup"] = round(out["n_process_1"]["seconds"] / out["n_process_2"]["seconds"], 2)
    return out


def _rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc (Linux)."""
    values = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line[:5]] = int(line.split()[1]) / 1024
    return values["VmRSS"], values["VmHWM"]


def memory(n: int, every: int, batch_size: int) -> dict[str, Any]:
    """RSS while extracting `n` articles in one stream (records discarded as a batch run does)."""
    ex = _extractor()
    texts = corpus(n, seed=3)
    curve = [{"docs": 0, "rss_mb": round(_rss_mb()[0], 1)}]
    start = time.perf_counter()
    for i, _record in enumerate(ex.extract_many(texts, batch_size=batch_size), 1):
        if i % every == 0:
            rss, peak = _rss_mb()
            curve.append(
                {
                    "docs": i,
                    "rss_mb": round(rss, 1),
                    "peak_mb": round(peak, 1),
                    "s": round(time.perf_counter() - start, 1),
                }
            )
            print(json.dumps(curve[-1]), file=sys.stderr, flush=True)
    warm = [p for p in curve if p["docs"] >= min(1000, n // 5)]
    return {
        "benchmark": "memory",
        "articles": n,
        "batch_size": batch_size,
        "seconds": round(time.perf_counter() - start, 1),
        "curve": curve,
        "peak_mb": round(_rss_mb()[1], 1),
        # growth of the peak RSS between the end of the warm-up and the end of the run
        "peak_growth_mb_after_warmup": round(_rss_mb()[1] - warm[0]["peak_mb"], 1),
    }


_COLD = """
import json, sys, time
t0 = time.perf_counter()
import deepseek_news
t1 = time.perf_counter()
spacy_imported = "spacy" in sys.modules
ex = deepseek_news.Extractor()
ex.nlp
t2 = time.perf_counter()
ex.extract("« Nous tiendrons », a dit Marie Dupont, maire de Rennes.")
t3 = time.perf_counter()
ex.extract("« Nous continuerons », a ajouté Paul Roux, adjoint au maire.")
t4 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, spacy_imported]))
"""


def coldstart(repeat: int) -> dict[str, Any]:
    """A fresh interpreter's start-up, split: import, model load, first record, second record.

    Each phase is timed inside the process (median of `repeat` fresh processes);
    ``command_first_record_s`` is the wall time of ``deepseek-news extract`` on
    one small file, from launching the command to its exit.
    """
    import statistics
    import tempfile

    py = sys.executable

    def wall(argv: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        return time.perf_counter() - t

    phases = []
    for _ in range(repeat):
        out = subprocess.run([py, "-c", _COLD], check=True, capture_output=True, text=True).stdout
        phases.append(json.loads(out))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "a.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("« Nous tiendrons », a dit Marie Dupont, maire de Rennes.\n")
        command = statistics.median(
            wall([py, "-m", "deepseek_news", "extract", path, "-q"]) for _ in range(repeat)
        )
    interpreter = statistics.median(wall([py, "-c", "pass"]) for _ in range(repeat))

    def med(i: int) -> float:
        return statistics.median(p[i] for p in phases)

    return {
        "benchmark": "coldstart",
        "repeat": repeat,
        "interpreter_s": round(interpreter, 3),
        "import_deepseek_news_s": round(med(0), 3),
        "import_loads_spacy": any(p[4] for p in phases),
        "model_load_s": round(med(1), 2),
        "first_record_s": round(med(2), 3),
        "second_record_s": round(med(3), 3),
        "command_first_record_s": round(command, 2),
    }


def long_texts(sizes: list[int]) -> dict[str, Any]:
    """Seconds per component for one text of each size (where long articles spend time)."""
    ex = _extractor()
    nlp = ex.nlp
    text = "\n\n".join(corpus(400, seed=4))
    rows = []
    for size in sizes:
        doc = nlp.make_doc(text[:size])
        row: dict[str, Any] = {"chars": size}
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            row[name] = round(time.perf_counter() - t, 3)
        rows.append(row)
    return {"benchmark": "long", "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("overhead", "scaling", "memory", "coldstart", "long"))
    parser.add_argument("--n", type=int, default=None, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--chars", type=int, nargs="*", default=[5000, 10000, 20000, 40000])
    args = parser.parse_args()
    if args.what == "overhead":
        result = overhead(args.n or 200, args.repeat, args.batch_size)
    elif args.what == "scaling":
        result = scaling(args.n or 400, args.batch_size)
    elif args.what == "memory":
        result = memory(args.n or 10_000, args.every, args.batch_size)
    elif args.what == "coldstart":
        result = coldstart(args.repeat)
    else:
        result = long_texts(args.chars)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
