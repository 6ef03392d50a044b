"""`yrd-meetings` (bare) and `yrd-meetings list`: meetings, one a line."""

from __future__ import annotations

import argparse
from typing import Any

from .. import codec
from ..dataset import Dataset, load
from ..records import Meeting, MeetingKind
from .common import add_command, province
from .errors import NotFound
from .render import count, dates, dump_json, table, text

__all__ = ["HEADER", "register", "row", "summary"]

HEADER = ("id", "年度/届", "dates", "city", "host", "people", "docs", "theme")


def row(ds: Dataset, m: Meeting) -> tuple[str, ...]:
    """A meeting as a line of the table under HEADER."""
    label = text(m.year) if m.kind is MeetingKind.SYMPOSIUM else text(m.edition)
    return (
        m.id,
        label,
        dates(m),
        text(m.city),
        m.province.name_zh if m.province else "",
        count(len(m.attendances)),
        count(len(ds.agreements_of(m))),
        text(m.theme),
    )


def summary(args: argparse.Namespace) -> str:
    """The symposiums since 2005 (what bare `yrd-meetings` prints)."""
    ds = load()
    symposiums = [m for m in ds.meetings if m.kind is MeetingKind.SYMPOSIUM]
    if args.json:
        return dump_json([codec.unstructure(m) for m in symposiums])
    rows = [row(ds, m)[1:] for m in symposiums]
    return table(HEADER[1:], rows) + f"\n\n{ds!r}"


def list_meetings(args: argparse.Namespace) -> str:
    ds = load()
    meetings = list(ds.meetings)
    if args.kind != "all":
        meetings = [m for m in meetings if m.kind.value == args.kind]
    if args.province:
        host = province(args.province)
        meetings = [m for m in meetings if m.province is host]
    if args.year is not None:
        meetings = [m for m in meetings if m in ds.meetings_in(args.year)]
    if args.json:
        return dump_json([codec.unstructure(m) for m in meetings])
    if not meetings:
        raise NotFound("no meeting matches")
    return table(HEADER, [row(ds, m) for m in meetings])


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "list",
        "list meetings, filtered by kind, host province or year",
        [
            "yrd-meetings list",
            "yrd-meetings list --kind forum",
            "yrd-meetings list --province 江苏 --kind all",
            "yrd-meetings list --year 2025 --json",
        ],
        list_meetings,
    )
    p.add_argument(
        "--kind",
        choices=["symposium", "forum", "other", "all"],
        default="all",
        help="meeting kind (default: all)",
    )
    p.add_argument("--province", metavar="P", help="host province: CN-JS, JS, 江苏, Jiangsu, 苏")
    p.add_argument("--year", type=int, metavar="YEAR", help="meetings held in or labelled YEAR")
