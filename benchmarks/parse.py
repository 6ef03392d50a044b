"""Parser throughput and cold-start latency, against jieba.

    PYTHONPATH=src python benchmarks/parse.py [--runs N]

Prints a table; asserts nothing (timings on shared machines are noisy).

- throughput: characters per second of `yrd_meetings.parse` on each seed and on
  all seeds joined, against raw `jieba.lcut` (default dictionary, HMM on) on
  the same text, both after warm-up; `tokenize` (domain dictionary) for scale.
- cold start: a fresh interpreter timing `import yrd_meetings` + the first
  `parse` of the largest seed, against `import jieba` + the first `jieba.lcut`
  (which loads jieba's default dictionary). Medians of several processes; each
  process gets its own empty TMPDIR so jieba's cache is never shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _best_rate(func: Callable[[str], object], text: str, seconds: float = 1.0) -> float:
    """Characters per second: the best of repeated timed batches."""
    func(text)  # warm-up
    best = float("inf")
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or best == float("inf"):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return len(text) / best


def _cold(code: str, runs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env["TMPDIR"] = tmp
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
            times.append(float(out.strip().splitlines()[-1]))
    return statistics.median(times)


COLD_PARSE = """
import time, pathlib
text = pathlib.Path({path!r}).read_text(encoding="utf-8")
t = time.perf_counter()
import yrd_meetings
yrd_meetings.parse(text)
print(time.perf_counter() - t)
"""

COLD_JIEBA = """
import time, pathlib, warnings, logging
text = pathlib.Path({path!r}).read_text(encoding="utf-8")
t = time.perf_counter()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import jieba
logging.getLogger("jieba").setLevel(logging.WARNING)
jieba.lcut(text)
print(time.perf_counter() - t)
"""

COLD_IMPORT = """
import time
t = time.perf_counter()
import yrd_meetings
print(time.perf_counter() - t)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="cold-start processes per figure")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    import logging

    import yrd_meetings
    from yrd_meetings.parsing.tokens import tokenize

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.dt.tmp_dir = tempfile.mkdtemp(prefix="jieba-bench-")

    texts = {p.stem[:3]: p.read_text(encoding="utf-8") for p in SEEDS}
    texts["all"] = "\n\n".join(texts.values())
    print(f"Python {sys.version.split()[0]}, jieba {jieba.__version__}")
    print()
    print("Throughput after warm-up (k chars/s, best of repeated runs)")
    print(f"{'text':>6} {'chars':>7} {'parse':>9} {'jieba.lcut':>11} {'tokenize':>9} {'ratio':>7}")
    for name, text in texts.items():
        p = _best_rate(yrd_meetings.parse, text)
        j = _best_rate(jieba.lcut, text)
        k = _best_rate(tokenize, text)
        print(
            f"{name:>6} {len(text):>7} {p / 1000:>9.0f} {j / 1000:>11.0f} {k / 1000:>9.0f}"
            f" {p / j:>6.1f}x"
        )
    largest = max(SEEDS, key=lambda p: len(p.read_text(encoding="utf-8")))
    print()
    print(f"Cold start, fresh process (median of {args.runs}; text {largest.name})")
    rows = [
        ("import yrd_meetings", COLD_IMPORT),
        ("import + first parse()", COLD_PARSE.format(path=str(largest))),
        ("import jieba + first lcut()", COLD_JIEBA.format(path=str(largest))),
    ]
    print(f"{'what':<30} {'ms':>8}")
    for label, code in rows:
        print(f"{label:<30} {_cold(code, args.runs) * 1000:>8.0f}")


if __name__ == "__main__":
    main()
