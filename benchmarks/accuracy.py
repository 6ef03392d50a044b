"""Field-level accuracy of `parse` on the seeds' gold, the case table and the corpus.

    python benchmarks/accuracy.py            # one table per body of text
    python benchmarks/accuracy.py --worst 10 # and the texts with the most errors

Truth is written by reading each text (`tests/gold/`, `tests/parsing/cases/`,
`tests/parsing/corpus/`); scoring is `yrd_meetings.scoring`. Values the parser
took from the curated data (`via="dataset"`) count as predictions like any
other.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yrd_meetings import parse  # noqa: E402
from yrd_meetings.parsing import report_to_json  # noqa: E402
from yrd_meetings.scoring import FIELDS, Tally, overall, score  # noqa: E402

Item = tuple[str, str, int | None, list[dict[str, Any]]]  # name, text, year hint, truth


def seeds() -> Iterator[Item]:
    for gold in sorted((ROOT / "tests" / "gold").glob("*.json")):
        text = (ROOT / "seeds" / f"{gold.stem}.txt").read_text(encoding="utf-8")
        yield gold.stem, text, None, json.loads(gold.read_text(encoding="utf-8"))


def cases() -> Iterator[Item]:
    for path in sorted((ROOT / "tests" / "parsing" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            yield case["id"], case["text"], case.get("year"), case["expect"]


def corpus() -> Iterator[Item]:
    for path in sorted((ROOT / "tests" / "parsing" / "corpus").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        yield path.stem, text, None, truth["reports"]


BODIES = {"seeds (gold)": seeds, "case table": cases, "corpus": corpus}


def run(items: list[Item]) -> tuple[dict[str, Tally], list[tuple[int, str]]]:
    tallies = []
    errors = []
    for name, text, year, truth in items:
        pred = [report_to_json(r) for r in parse(text, year=year)]
        one = score(pred, truth)
        tallies.append(one)
        errors.append((sum(t.fp + t.fn for t in one.values()), name))
    return overall(tallies), sorted(errors, reverse=True)


def table(title: str, count: int, total: dict[str, Tally]) -> str:
    lines = [
        f"## {title} ({count} texts)",
        "",
        "| field | P | R | F1 | n |",
        "|---|---|---|---|---|",
    ]
    for field in (*FIELDS, "all"):
        t = total[field]
        support = t.tp + t.fn
        if support == 0 and t.fp == 0:
            continue
        lines.append(f"| {field} | {t.precision:.3f} | {t.recall:.3f} | {t.f1:.3f} | {support} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worst", type=int, default=0, help="list the N texts with most errors")
    ap.add_argument("--only", choices=list(BODIES), help="score one body of text")
    args = ap.parse_args()
    for title, body in BODIES.items():
        if args.only and title != args.only:
            continue
        items = list(body())
        if not items:
            print(f"## {title}: no texts\n")
            continue
        total, errors = run(items)
        print(table(title, len(items), total))
        for n, name in errors[: args.worst]:
            if n:
                print(f"  {n:3d} errors  {name}")
        print()


if __name__ == "__main__":
    main()
