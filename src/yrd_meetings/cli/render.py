"""The one table renderer of the command line, and the small formatters commands share."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..records import Meeting, Post, Province

__all__ = ["UNKNOWN", "count", "dates", "dump_json", "post_title", "table", "text", "width"]


def width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns that line up with double-width characters.

    A row with fewer cells than the header (`("2006", "no record")`) runs its last
    cell on across the columns it lacks, without widening the column it starts in.
    """

    def fits(row: Sequence[str], i: int) -> bool:
        return i < len(row) and (len(row) == len(header) or i < len(row) - 1)

    widths = [
        max(width(str(row[i])) for row in (header, *rows) if fits(row, i))
        for i in range(len(header))
    ]

    def line(cells: Sequence[str]) -> str:
        padded = (
            str(c) + " " * max(0, w - width(str(c))) for c, w in zip(cells, widths, strict=False)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def text(value: object) -> str:
    """`str(value)`, empty for None."""
    return "" if value is None else str(value)


UNKNOWN = "?"


def count(n: int) -> str:
    """A count of attendees or documents as printed: `?` for none recorded.

    The data never records "nobody came" or "nothing was adopted": an empty list
    means no source gives the list, so 0 would read as a fact it is not.
    """
    return str(n) if n else UNKNOWN


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def dates(meeting: Meeting) -> str:
    if meeting.start is None:
        return ""
    if meeting.end is None or meeting.end == meeting.start:
        return str(meeting.start)
    return f"{meeting.start}/{meeting.end}"


def post_title(post: Post | None, province: Province | None, title: str | None) -> str:
    """`上海市委书记` for one of the eight posts, else the title as sourced."""
    if post is not None and province is not None:
        return province.name_zh + post.title_zh(province)
    return text(title)
