"""The one table renderer of the command line, and the small formatters commands share."""

from __future__ import annotations

import json
import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..records import Meeting, Post, Province

__all__ = [
    "ASCII_MARKS",
    "UNKNOWN",
    "count",
    "dates",
    "dump_json",
    "for_terminal",
    "post_title",
    "table",
    "terminal_columns",
    "text",
    "width",
]


def width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def terminal_columns() -> int | None:
    """The width to fit: `COLUMNS` if set, else the terminal's; None when writing to a
    file or a pipe (tables are then never cut)."""
    env = os.environ.get("COLUMNS", "")
    if env.isascii() and env.isdigit() and int(env) > 0:
        return int(env)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def _cut(text: str, room: int) -> str:
    """`text` cut to `room` columns, ending in … when anything was cut."""
    if width(text) <= room:
        return text
    out, used = "", 0
    for ch in text:
        if used + width(ch) > room - 1:
            break
        out, used = out + ch, used + width(ch)
    return out + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns that line up with double-width characters.

    A row with fewer cells than the header (`("2006", "no record")`) runs its last
    cell on across the columns it lacks, without widening the column it starts in.
    On a terminal (or with `COLUMNS` set) the last column (a theme, a title, a list
    of posts) is cut with … so each line fits.
    """

    def fits(row: Sequence[str], i: int) -> bool:
        return i < len(row) and (len(row) == len(header) or i < len(row) - 1)

    widths = [
        max(width(str(row[i])) for row in (header, *rows) if fits(row, i))
        for i in range(len(header))
    ]
    limit = terminal_columns()
    if limit is not None and sum(widths) + 2 * (len(widths) - 1) > limit:
        room = max(limit - sum(widths[:-1]) - 2 * (len(widths) - 1), width(header[-1]), 8)
        widths[-1] = min(widths[-1], room)
        rows = [(*r[:-1], _cut(str(r[-1]), room)) if len(r) == len(header) else r for r in rows]

    def line(cells: Sequence[str]) -> str:
        padded = (
            str(c) + " " * max(0, w - width(str(c))) for c, w in zip(cells, widths, strict=False)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


# What a terminal whose encoding lacks them (GBK, ASCII) gets instead.
ASCII_MARKS = str.maketrans({"✓": "+", "·": ".", "–": "-", "…": "...", "²": "2"})


def for_terminal(output: str, encoding: str | None) -> str:
    """`output` as the stream's encoding can show it: marks made ASCII if need be, or
    ValueError saying how to get UTF-8 when the text itself (Chinese) cannot be shown."""
    encoding = encoding or "utf-8"
    try:
        output.encode(encoding)
        return output
    except UnicodeEncodeError:
        output = output.translate(ASCII_MARKS)
    try:
        output.encode(encoding)
    except UnicodeEncodeError:
        raise ValueError(
            f"the terminal's encoding ({encoding}) cannot show this output; "
            "set PYTHONIOENCODING=utf-8 (or use a UTF-8 locale) and run again"
        ) from None
    return output


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
    start, end = str(meeting.start), str(meeting.end)
    # ISO 8601's short form of an interval: 2008-12-15/16, 2025-08-31/09-01
    for shared in (8, 5):
        if len(start) == len(end) == 10 and start[:shared] == end[:shared]:
            return f"{start}/{end[shared:]}"
    return f"{start}/{end}"


def post_title(post: Post | None, province: Province | None, title: str | None) -> str:
    """`上海市委书记` for one of the eight posts, else the title as sourced."""
    if post is not None and province is not None:
        return province.name_zh + post.title_zh(province)
    return text(title)
