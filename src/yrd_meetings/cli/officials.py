"""`yrd-meetings officials`: the officials and their posts, or who held the posts on a day."""

from __future__ import annotations

import argparse
import datetime
from typing import Any

from .. import codec
from ..dataset import Dataset, UncertainDateError, load
from ..records import Official, Post, Province
from .common import add_command, day, province
from .render import dump_json, table, text

__all__ = ["register"]

Entry = tuple[Province, Post, "Official | None", str]


def _entries(ds: Dataset, provinces: list[Province], on: datetime.date) -> list[Entry]:
    entries: list[Entry] = []
    for p in provinces:
        for post in Post:
            holder: Official | None
            try:
                holder = ds.holder(p, post, on)
                status = "held" if holder else "vacant"
            except UncertainDateError:
                holder, status = None, "uncertain"
            entries.append((p, post, holder, status))
    return entries


def _on_a_day(ds: Dataset, provinces: list[Province], on: datetime.date, as_json: bool) -> str:
    entries = _entries(ds, provinces, on)
    if as_json:
        return dump_json(
            [
                {
                    "province": p.value,
                    "post": post.value,
                    "official": h.id if h else None,
                    "name": h.name if h else None,
                    "status": status,
                }
                for p, post, h, status in entries
            ]
        )
    rows = [
        (p.name_zh + post.title_zh(p), h.name if h else f"({status})", h.id if h else "")
        for p, post, h, status in entries
    ]
    return f"on {on}:\n" + table(("post", "holder", "id"), rows)


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
    if args.on is not None:
        return _on_a_day(ds, provinces, day(args.on), args.json)
    return _roster(ds, provinces, bool(args.province), args.json)


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "officials",
        "the officials and their posts, or who held the eight posts on a day",
        [
            "yrd-meetings officials",
            "yrd-meetings officials --province CN-AH",
            "yrd-meetings officials --on 2017-06-01",
            "yrd-meetings officials --on today --json",
        ],
        officials,
    )
    p.add_argument("--on", metavar="DATE", help="a day, YYYY-MM-DD or 'today'")
    p.add_argument("--province", metavar="P", help="only this province: CN-SH, 上海, Shanghai, ...")
