"""Dask engine: the same folder on a local cluster of 1 and of 2 worker processes.

    python benchmarks/bench_dask.py [--n 300] [--partition-size 25]

Writes `n` synthetic articles (``_corpus.py``) to a temporary folder, runs
``deepseek_news.distributed.run_dask`` on a fresh LocalCluster of 1 then 2
single-threaded workers, and prints the wall times (model loading on the
workers included) as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _corpus import corpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--partition-size", type=int, default=25)
    args = parser.parse_args()

    from deepseek_news.distributed import run_dask
    from deepseek_news.io import iter_sources
    from distributed import LocalCluster

    result: dict[str, Any] = {"benchmark": "dask", "articles": args.n, "partition_size": args.partition_size}
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "in")
        os.mkdir(root)
        for i, text in enumerate(corpus(args.n, seed=5)):
            with open(os.path.join(root, f"{i:05d}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
        for workers in (1, 2):
            out = os.path.join(tmp, f"out{workers}.jsonl")
            t = time.perf_counter()
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as c:
                started = time.perf_counter() - t
                stats = run_dask(
                    iter_sources([root]),
                    out,
                    scheduler=c.scheduler_address,
                    partition_size=args.partition_size,
                )
            seconds = time.perf_counter() - t
            assert stats.written == args.n
            result[f"workers_{workers}"] = {
                "seconds": round(seconds, 1),
                "cluster_start_s": round(started, 1),
                "docs_per_s": round(args.n / seconds, 2),
            }
    result["speedup"] = round(result["workers_1"]["seconds"] / result["workers_2"]["seconds"], 2)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
