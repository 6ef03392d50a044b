"""`yrd-meetings officials`: the officials and their posts, or who held the posts when.

`--on` takes a day (everyone in post that day, `(uncertain: A or B)` where the
sources give only a month), a month or a year (everyone who held each post during
it, with their dates). Dates outside the data's coverage are refused unless
`--allow-beyond`.
"""

from __future__ import annotations

import argparse
import datetime
from typing import Any

from .. import codec
from ..dataset import Dataset, UncertainDateError, load
from ..dates import PartialDate
from ..records import Post, Province
from .common import add_command, province
from .errors import UsageError
from .render import dump_json, table, text

__all__ = ["register"]


def when(value: str) -> PartialDate:
    """`--on`: a day, a month or a year in ISO form, or `today`."""
    if value == "today":
        return PartialDate.from_date(datetime.date.today())
    try:
        return PartialDate.parse(value)
    except (ValueError, TypeError):
        raise UsageError(
            f"--on takes a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or 'today', "
            f"got {value!r}"
        ) from None


def _day_entry(
    ds: Dataset, p: Province, post: Post, day: datetime.date, beyond: bool
) -> dict[str, Any]:
    entry: dict[str, Any] = {"province": p.value, "post": post.value}
    try:
        holder = ds.holder(p, post, day, allow_beyond=beyond)
    except UncertainDateError as exc:
        return {**entry, "official": None, "name": None, "status": "uncertain",
                "candidates": [o.id for o in exc.candidates],
                "candidate_names": [o.name for o in exc.candidates]}  # fmt: skip
    status = "held" if holder else "vacant"
    return {**entry, "official": holder.id if holder else None,
            "name": holder.name if holder else None, "status": status,
            "candidates": [], "candidate_names": []}  # fmt: skip


def _title(entry: dict[str, Any]) -> str:
    p = Province(entry["province"])
    return p.name_zh + Post(entry["post"]).title_zh(p)


def _on_a_day(ds: Dataset, provinces: list[Province], day: datetime.date, args: Any) -> str:
    entries = [_day_entry(ds, p, post, day, args.allow_beyond) for p in provinces for post in Post]
    if args.json:
        return dump_json(entries)
    rows = []
    for e in entries:
        shown = e["name"] or f"({e['status']})"
        if e["candidate_names"]:
            shown = f"(uncertain: {' or '.join(e['candidate_names'])})"
        rows.append((_title(e), shown, text(e["official"])))
    return f"on {day}:\n" + table(("post", "holder", "id"), rows)


def _in_a_period(ds: Dataset, provinces: list[Province], period: PartialDate, args: Any) -> str:
    entries = [
        {"province": p.value, "post": post.value, "official": h.official.id,
         "name": h.official.name, "start": str(h.tenure.start),
         "end": None if h.tenure.end is None else str(h.tenure.end), "certain": h.certain}
        for p in provinces
        for post in Post
        for h in ds.holders(p, post, period, allow_beyond=args.allow_beyond)
    ]  # fmt: skip
    if args.json:
        return dump_json(entries)
    rows = [
        (_title(e), str(e["name"]) + ("" if e["certain"] else " (?)"), str(e["official"]),
         str(e["start"]), text(e["end"]) or "incumbent")
        for e in entries
    ]  # fmt: skip
    head = f"during {period}:"
    return head + "\n" + table(("post", "holder", "id", "start", "end"), rows)


def _roster(ds: Dataset, provinces: list[Province], only: bool, as_json: bool) -> str:
    officials = [
        o for o in ds.officials if not only or any(t.province in provinces for t in o.tenures)
    ]
    if as_json:
        return dump_json([codec.unstructure(o) for o in officials])
    rows: list[tuple[str, ...]] = []
    for o in officials:
        posts = "; ".join(
            f"{t.province.name_zh}{t.post.title_zh(t.province)} {t.start}–{text(t.end)}"
            for t in o.tenures
            if t.province in provinces
        )
        rows.append((o.id, o.name, o.pinyin, posts or text(o.title)))
    return table(("id", "name", "pinyin", "posts"), rows)


def officials(args: argparse.Namespace) -> str:
    ds = load()
    provinces = [province(args.province)] if args.province else list(Province)
    if args.on is None:
        return _roster(ds, provinces, bool(args.province), args.json)
    period = when(args.on)
    if period.precision == "day":
        return _on_a_day(ds, provinces, period.to_date(), args)
    return _in_a_period(ds, provinces, period, args)


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "officials",
        "the officials and their posts, or who held the eight posts on a day, month or year",
        [
            "yrd-meetings officials",
            "yrd-meetings officials --province CN-AH",
            "yrd-meetings officials --on 2017-06-01",
            "yrd-meetings officials --on 2019-06 --province 安徽",
            "yrd-meetings officials --on today --json",
        ],
        officials,
    )
    p.add_argument(
        "--on", metavar="DATE", help="a day, month or year (YYYY-MM-DD, YYYY-MM, YYYY) or 'today'"
    )
    p.add_argument("--province", metavar="P", help="only this province: CN-SH, 上海, Shanghai, ...")
    p.add_argument(
        "--allow-beyond",
        action="store_true",
        help="answer for dates outside the data's coverage (before 2005 or after its as_of date)",
    )
