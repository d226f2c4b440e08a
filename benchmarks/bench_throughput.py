"""Throughput, scaling, memory and cold-start benchmarks of deepseek_news.

    python benchmarks/bench_throughput.py overhead   [--corpus synthetic|fixtures] [--n 200] [--repeat 3]
    python benchmarks/bench_throughput.py components [--corpus synthetic|fixtures] [--n 200] [--repeat 3]
    python benchmarks/bench_throughput.py profile    [--corpus synthetic|fixtures] [--n 200] [--top 40]
                                                      [--only dsn_entities]
    python benchmarks/bench_throughput.py scaling   [--n 400] [--repeat 3]
    python benchmarks/bench_throughput.py memory    [--n 10000] [--every 500]
    python benchmarks/bench_throughput.py coldstart [--repeat 5]
    python benchmarks/bench_throughput.py long      [--chars 5000 10000 20000 40000]

Texts come from ``_corpus.py`` (synthetic French articles, seeded) or, with
``--corpus fixtures``, from the project's fixture articles, cycled.  Times are
CPU time of this process (``time.process_time``), wall time beside it: the
machine the figures were taken on is shared, and CPU time is what another
process's load disturbs least.  Each
command prints one JSON object with its figures; docs/performance.md records
them and the machine they were measured on.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
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


def _texts(name: str, n: int, seed: int = 1) -> list[str]:
    """`n` texts of a corpus: "synthetic" (``_corpus.py``) or "fixtures" (``fixtures/articles``, cycled)."""
    if name == "synthetic":
        return corpus(n, seed=seed)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(root, "fixtures", "articles")
    articles = []
    for file in sorted(os.listdir(folder)):
        if file.endswith(".txt"):
            with open(os.path.join(folder, file), encoding="utf-8") as fh:
                articles.append(fh.read())
    return [articles[i % len(articles)] for i in range(n)]


def _bare_model() -> Any:
    """The plain spaCy model, as ``spacy.load`` gives it: no deepseek_news component."""
    import spacy

    from deepseek_news.config import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


def _cpu_wall(fn: Any) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds) spent in ``fn()``."""
    gc.collect()
    c, w = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c, time.perf_counter() - w


def _spread(values: list[float], digits: int = 3) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def overhead(corpus_name: str, n: int, rounds: int, batch_size: int) -> dict[str, Any]:
    """extract_many against the bare spaCy model (``spacy.load``, no dsn_* component), same texts.

    Both run in this process on the same slices of `batch_size` texts (the
    batches spaCy would make of the whole stream), alternated slice by slice so
    that a change in the machine's load falls on both; the order swaps every
    round.  CPU time (``time.process_time``) and wall time are summed per
    round; the ratio is computed per round, and its median and range reported, and
    also slice by slice (``ratio_cpu_per_slice``), whose median a burst of other work
    on the machine, hitting a few slices, moves least.
    """
    bare = _bare_model()
    ex = _extractor()
    texts = _texts(corpus_name, n)
    list(ex.extract_many(texts[:20]))  # warm-up: first-call caches, allocator
    list(bare.pipe(texts[:20]))
    slices = [texts[i : i + batch_size] for i in range(0, len(texts), batch_size)]

    def run_bare(part: list[str]) -> None:
        for _ in bare.pipe(part, batch_size=batch_size):
            pass

    def run_extract(part: list[str]) -> None:
        for _ in ex.extract_many(part, batch_size=batch_size):
            pass

    cpu: dict[str, list[float]] = {"bare_spacy": [], "extract_many": []}
    wall: dict[str, list[float]] = {"bare_spacy": [], "extract_many": []}
    per_slice: list[float] = []  # CPU ratio of each slice, each round: a burst of load hits few slices
    order = [("bare_spacy", run_bare), ("extract_many", run_extract)]
    for r in range(rounds):
        spent = {name: [0.0, 0.0] for name in cpu}
        gc.collect()
        for part in slices:
            this = {}
            for name, fn in order if r % 2 == 0 else order[::-1]:
                c, w = time.process_time(), time.perf_counter()
                fn(part)
                this[name] = time.process_time() - c
                spent[name][0] += this[name]
                spent[name][1] += time.perf_counter() - w
            per_slice.append(this["extract_many"] / this["bare_spacy"])
        for name, (c, w) in spent.items():
            cpu[name].append(c)
            wall[name].append(w)
    ratio_cpu = [e / b for e, b in zip(cpu["extract_many"], cpu["bare_spacy"], strict=True)]
    ratio_wall = [e / b for e, b in zip(wall["extract_many"], wall["bare_spacy"], strict=True)]
    return {
        "benchmark": "overhead",
        "corpus": corpus_name,
        "articles": n,
        "chars": sum(map(len, texts)),
        "batch_size": batch_size,
        "rounds": rounds,
        "pipeline": ex.nlp.pipe_names,
        "cpu_s": {k: _spread(v, 2) for k, v in cpu.items()},
        "wall_s": {k: _spread(v, 2) for k, v in wall.items()},
        "ratio_cpu_extract_many_vs_bare_spacy": _spread(ratio_cpu),
        "ratio_wall_extract_many_vs_bare_spacy": _spread(ratio_wall),
        # the same CPU ratio slice by slice (all rounds): its median is the least disturbed by
        # bursts of other work on a shared machine
        "ratio_cpu_per_slice": {**_spread(per_slice), "slices": len(per_slice)},
        "docs_per_cpu_s": {k: round(n / statistics.median(v), 1) for k, v in cpu.items()},
    }


def _component_round(ex: Any, bare: Any, texts: list[str], batch_size: int, first: int) -> dict[str, float]:
    """CPU seconds of one pass: the bare model, the extractor's spaCy components, each dsn_*
    component, and normalizing and building the records, on the same texts.  The work is
    interleaved slice by slice (`batch_size` texts), so a change of the machine's load falls
    on every part alike; the bare model runs before the extractor's model in every other slice
    (`first` picks which), as whichever runs second finds the weights in the processor's caches."""
    from deepseek_news.pipeline.build import build_record
    from deepseek_news.text import normalize

    nlp = ex.nlp
    ours = [name for name in nlp.pipe_names if name.startswith("dsn_")]
    procs = [(name, nlp.get_pipe(name)) for name in ours]
    out: dict[str, float] = dict.fromkeys(["bare_spacy", "model", *ours, "records", "normalize"], 0.0)
    gc.collect()
    for k, i in enumerate(range(0, len(texts), batch_size)):
        part = texts[i : i + batch_size]
        if (k + first) % 2 == 0:  # the bare model runs first in every other slice
            c = time.process_time()
            for _ in bare.pipe(part, batch_size=batch_size):
                pass
            out["bare_spacy"] += time.process_time() - c
        c = time.process_time()
        norms = [normalize(t) for t in part]
        out["normalize"] += time.process_time() - c
        with nlp.select_pipes(disable=ours):
            c = time.process_time()
            docs = list(nlp.pipe([m.text for m in norms], batch_size=batch_size))
            out["model"] += time.process_time() - c
        if (k + first) % 2 == 1:
            c = time.process_time()
            for _ in bare.pipe(part, batch_size=batch_size):
                pass
            out["bare_spacy"] += time.process_time() - c
        for doc, norm in zip(docs, norms, strict=True):
            for name, proc in procs:
                c = time.process_time()
                doc = proc(doc)
                out[name] += time.process_time() - c
            c = time.process_time()
            build_record([(0, doc)], norm, doc_id=None, default_currency=ex.default_currency)
            out["records"] += time.process_time() - c
    return out


def components(corpus_name: str, n: int, rounds: int, batch_size: int) -> dict[str, Any]:
    """CPU time of each dsn_* component, and of building the records, as a share of the bare
    model's CPU time on the same texts (median and range over `rounds` passes)."""
    bare = _bare_model()
    ex = _extractor()
    texts = _texts(corpus_name, n)
    list(ex.extract_many(texts[:20]))
    list(bare.pipe(texts[:20]))
    passes = [_component_round(ex, bare, texts, batch_size, r) for r in range(rounds)]
    ours = [k for k in passes[0] if k.startswith("dsn_")]
    shares: dict[str, dict[str, float]] = {}
    for key in [*ours, "records", "normalize", "model"]:
        shares[key] = _spread([p[key] / p["bare_spacy"] for p in passes])
    shares["dsn_total"] = _spread([sum(p[k] for k in ours) / p["bare_spacy"] for p in passes])
    return {
        "benchmark": "components",
        "corpus": corpus_name,
        "articles": n,
        "rounds": rounds,
        "pipeline": ex.nlp.pipe_names,
        "cpu_s_median": {k: round(statistics.median(p[k] for p in passes), 3) for k in passes[0]},
        "share_of_bare_spacy_cpu": shares,
    }


def profile(corpus_name: str, n: int, top: int, batch_size: int, only: str | None) -> dict[str, Any]:
    """cProfile of the dsn_* components alone (the model's components run unprofiled), or of
    the component `only`; prints the `top` functions by own time and by cumulative time."""
    import cProfile
    import io
    import pstats

    ex = _extractor()
    nlp = ex.nlp
    texts = _texts(corpus_name, n)
    list(ex.extract_many(texts[:20]))
    ours = [name for name in nlp.pipe_names if name.startswith("dsn_")]
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(texts, batch_size=batch_size))
    procs = [(name, nlp.get_pipe(name)) for name in ours]
    prof = cProfile.Profile()
    for doc in docs:
        for name, proc in procs:
            if only is None or name == only:
                prof.enable()
                doc = proc(doc)
                prof.disable()
            else:
                doc = proc(doc)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    print(buf.getvalue(), file=sys.stderr)
    return {"benchmark": "profile", "corpus": corpus_name, "articles": n, "component": only or "all"}


def _children_cpu() -> float:
    """CPU seconds of the finished child processes of this one (the worker processes)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def scaling(n: int, rounds: int, batch_size: int) -> dict[str, Any]:
    """extract_many with n_process=1 and 2 on the same texts, alternated over `rounds`.

    Wall time includes starting the worker processes; CPU time is this process's
    plus its finished children's (the workers'), so it shows the work added by
    running in several processes.  The load average before and after is reported:
    on a machine shared with other work, the second core is not always free.
    """
    ex = _extractor()
    texts = corpus(n, seed=2)
    list(ex.extract_many(texts[:20]))
    load_before = os.getloadavg()
    cpu: dict[int, list[float]] = {1: [], 2: []}
    wall: dict[int, list[float]] = {1: [], 2: []}
    for r in range(rounds):
        for n_process in (1, 2) if r % 2 == 0 else (2, 1):
            gc.collect()
            c, k, w = time.process_time(), _children_cpu(), time.perf_counter()
            for _ in ex.extract_many(texts, n_process=n_process, batch_size=batch_size):
                pass
            wall[n_process].append(time.perf_counter() - w)
            cpu[n_process].append(time.process_time() - c + _children_cpu() - k)
    out: dict[str, Any] = {
        "benchmark": "scaling",
        "articles": n,
        "batch_size": batch_size,
        "rounds": rounds,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    for n_process in (1, 2):
        out[f"n_process_{n_process}"] = {
            "wall_s": _spread(wall[n_process], 2),
            "cpu_s": _spread(cpu[n_process], 2),
            "docs_per_wall_s": round(n / statistics.median(wall[n_process]), 1),
        }
    speedups = [one / two for one, two in zip(wall[1], wall[2], strict=True)]
    out["wall_speedup"] = _spread(speedups, 2)
    out["cpu_ratio_2_vs_1"] = _spread([two / one for one, two in zip(cpu[1], cpu[2], strict=True)], 3)
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
c2 = time.process_time()
ex.extract("« Nous tiendrons », a dit Marie Dupont, maire de Rennes, selon l'AFP. Le budget: 12 M€.")
t3 = time.perf_counter()
c3 = time.process_time()
ex.extract("« Nous continuerons », a ajouté Paul Roux, adjoint au maire, selon Le Monde. Hausse: 3 %.")
t4 = time.perf_counter()
c4 = time.process_time()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, spacy_imported, c3 - c2, c4 - c3]))
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
        "first_record_cpu_s": round(med(5), 3),
        "second_record_cpu_s": round(med(6), 3),
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
    parser.add_argument(
        "what", choices=("overhead", "components", "profile", "scaling", "memory", "coldstart", "long")
    )
    parser.add_argument("--corpus", choices=("synthetic", "fixtures"), default="synthetic")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--only", default=None, help="profile: this dsn_* component alone")
    parser.add_argument("--n", type=int, default=None, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--chars", type=int, nargs="*", default=[5000, 10000, 20000, 40000])
    args = parser.parse_args()
    if args.what == "overhead":
        result = overhead(args.corpus, args.n or 200, args.repeat, args.batch_size)
    elif args.what == "components":
        result = components(args.corpus, args.n or 200, args.repeat, args.batch_size)
    elif args.what == "profile":
        result = profile(args.corpus, args.n or 200, args.top, args.batch_size, args.only)
    elif args.what == "scaling":
        result = scaling(args.n or 400, args.repeat, args.batch_size)
    elif args.what == "memory":
        result = memory(args.n or 10_000, args.every, args.batch_size)
    elif args.what == "coldstart":
        result = coldstart(args.repeat)
    else:
        result = long_texts(args.chars)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
