"""`yrd-meetings coverage`: which fields are known, meeting by meeting (the README's table)."""

from __future__ import annotations

import argparse
from typing import Any

from ..coverage import FIELDS, coverage
from ..dataset import load
from ..records import MeetingKind
from .common import add_command
from .render import dump_json, table, text

__all__ = ["register"]

MARKS = {"known": "✓", "unknown": "·", "inferred": "~"}
LEGEND = "✓ known   · unknown   ~ inferred   month/year: date known to that precision"
NO_RECORD = "no record"


def _mark(value: str) -> str:
    if value.startswith("known ("):
        return value[7:-1]  # the date's precision: month, year
    return MARKS[value]


def _marks(row: dict[str, Any]) -> tuple[str, ...]:
    """The row's marks; a year without a record says so once, in the first column."""
    if row["id"] is None:
        return (NO_RECORD,)
    return tuple(_mark(row[f]) for f in FIELDS)


def _padded(cells: tuple[str, ...], n: int) -> tuple[str, ...]:
    return (*cells, *("" for _ in range(n - len(cells))))


def _markdown(header: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_padded(cells, len(header))) + " |" for cells in body]
    return "\n".join(lines)


def show_coverage(args: argparse.Namespace) -> str:
    kind = MeetingKind(args.kind)
    rows = coverage(load(), kind)
    if args.json:
        return dump_json(rows)
    label = "year" if kind is MeetingKind.SYMPOSIUM else "edition"
    body = [(text(r[label] if r[label] is not None else r["id"]), *_marks(r)) for r in rows]
    header = (label, *FIELDS)
    if args.markdown:
        return _markdown(header, body) + f"\n\n{LEGEND}"
    return table(header, body) + f"\n\n{LEGEND}"


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "coverage",
        "which fields are known, unknown or inferred, meeting by meeting",
        [
            "yrd-meetings coverage",
            "yrd-meetings coverage --kind forum",
            "yrd-meetings coverage --markdown",
        ],
        show_coverage,
    )
    p.add_argument("--kind", choices=["symposium", "forum", "other"], default="symposium")
    p.add_argument("--markdown", action="store_true", help="a Markdown table (for the README)")
