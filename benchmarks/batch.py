"""Articles per second of `yrd_meetings.parse_many` on 1 and 2 processes.

    PYTHONPATH=src python benchmarks/batch.py [--copies N] [--runs N]

The archive is the seed articles repeated N times (default 100: 500 articles, about
2.4 M characters). Each figure is the best of `--runs` passes, process start-up
included for 2 processes. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import time

from yrd_meetings import parse_many, seeds


def rate(texts: list[str], workers: int, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        count = sum(1 for _ in parse_many(texts, workers=workers, progress=False))
        best = min(best, time.perf_counter() - start)
    return count / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    texts = [seeds.text(n) for n in seeds.names()] * args.copies
    list(parse_many(texts[:5], progress=False))  # warm the parser in this process
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} characters; {os.cpu_count()} CPUs")
    print("| processes | articles/s |\n|---|---|")
    for workers in (1, 2):
        print(f"| {workers} | {rate(texts, workers, args.runs):,.0f} |")


if __name__ == "__main__":
    main()
