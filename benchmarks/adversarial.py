"""Time and peak memory of `parse` on hostile texts (`yrd_meetings.hostile`).

    python benchmarks/adversarial.py                 # every family at 100 KB, 1 MB, 4 MB
    python benchmarks/adversarial.py --sizes 100000  # one size
    python benchmarks/adversarial.py --family datelines

Each (family, size) runs in a fresh process, so peak memory (ru_maxrss) is that
parse's alone; time is the process's CPU time, so other load on the machine
does not inflate it. Budget: at most 2 s per MB and peak memory at most 20 x the input
(UTF-8 bytes) + 100 MB. Prints one row per run and whether it holds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
from yrd_meetings import parse, load
from yrd_meetings.hostile import hostile
load(); parse("2023年度长三角地区主要领导座谈会在合肥举行。上海市委书记陈吉宁出席。")
text = hostile({family!r}, {size})
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.process_time()  # CPU time: the figure holds on a shared, busy machine too
parse(text)
seconds = time.process_time() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"bytes": len(text.encode()), "seconds": seconds, "peak_kib": peak - base}}))
"""


def run(family: str, size: int) -> dict[str, float]:
    code = CHILD.format(src=str(ROOT / "src"), family=family, size=size)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    from yrd_meetings.hostile import FAMILIES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 4_000_000])
    ap.add_argument("--family", choices=FAMILIES, action="append")
    args = ap.parse_args()
    print("| family | size (chars) | MB (UTF-8) | s/MB | peak / input | within budget |")
    print("|---|---|---|---|---|---|")
    worst_rate = worst_mem = 0.0
    for family in args.family or FAMILIES:
        for size in args.sizes:
            r = run(family, size)
            mb = r["bytes"] / 1e6
            rate = r["seconds"] / mb
            extra = max(0.0, r["peak_kib"] * 1024 - 100e6)  # the budget's 100 MB allowance
            ratio = r["peak_kib"] * 1024 / r["bytes"]
            ok = rate <= 2.0 and extra <= 20 * r["bytes"]
            worst_rate, worst_mem = max(worst_rate, rate), max(worst_mem, ratio)
            print(
                f"| {family} | {size:,} | {mb:.2f} | {rate:.2f} | {ratio:.1f}x | "
                f"{'yes' if ok else 'NO'} |",
                flush=True,
            )
    print(f"\nworst: {worst_rate:.2f} s/MB, peak memory {worst_mem:.1f}x the input")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
