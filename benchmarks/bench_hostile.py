"""Hostile texts through `Extractor.extract`: the time must grow linearly with the length.

    python benchmarks/bench_hostile.py [--chars 10000] [--max-ratio 3.0]

Each text is built at `--chars` and at twice that length and extracted once
(after a warm-up): a run of "%", a run of "«", alternating "«“", marks nested
with spaces (« “ « “ … ” » ” »), a repeated URL with no space, and, for
reference, ordinary prose.  Doubling the length of a linear process doubles
its time; the script prints one JSON object with both times and their ratio
per text, and exits 1 when a ratio exceeds `--max-ratio` (quadratic growth
gives about 4).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable


def nested(n: int) -> str:
    half = n // 4
    opening = " ".join("«“"[i % 2] for i in range(half))
    closing = " ".join("”»"[(half - 1 - i) % 2] for i in range(half))
    return f"{opening} mot {closing}"


TEXTS: dict[str, Callable[[int], str]] = {
    "percent run": lambda n: "%" * n,
    "guillemet run": lambda n: "«" * n,
    "alternating marks": lambda n: "«“" * (n // 2),
    "nested marks": nested,
    "repeated url": lambda n: "http://x.fr/" * (n // 12),
    "prose": lambda n: ("« Nous ouvrirons une usine à Lyon », a déclaré Claire Martin. " * n)[:n],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=10_000)
    parser.add_argument("--max-ratio", type=float, default=3.0)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # thousands of unbalanced marks
    from deepseek_news import Extractor

    extractor = Extractor()
    extractor.extract("Bonjour.")  # load the model
    report: dict[str, dict[str, float]] = {}
    worst = 0.0
    for name, make in TEXTS.items():
        times = []
        for n in (args.chars, 2 * args.chars):
            text = make(n)
            start = time.perf_counter()
            extractor.extract(text)
            times.append(time.perf_counter() - start)
        ratio = times[1] / max(times[0], 1e-3)
        worst = max(worst, ratio)
        report[name] = {"seconds": round(times[0], 3), "seconds_doubled": round(times[1], 3), "ratio": round(ratio, 2)}
        print(f"{name:18} {times[0]:7.2f} s  {times[1]:7.2f} s  x{ratio:.2f}", file=sys.stderr, flush=True)
    print(json.dumps({"chars": args.chars, "texts": report, "worst_ratio": round(worst, 2)}))
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    raise SystemExit(main())
