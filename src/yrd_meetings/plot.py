"""The tenure timeline as SVG: who held each of the eight posts since 2005.

Plain SVG from the standard library (no plotting package): one row a post, one
bar a tenure. The lighter part of a bar is an acting spell (before the formal
election); a hatched end marks a boundary known only to the month or the year,
drawn over every day it may stand for. Dotted lines mark the symposiums. The
chart ends with the data's `as_of` date, so it changes only with the data.

>>> from yrd_meetings import load
>>> svg = timeline_svg(load())
>>> svg.startswith("<svg") and "上海市委书记" in svg
True

`yrd-meetings timeline -o FILE` writes it; `docs/timeline.svg` is made by it.
"""

from __future__ import annotations

import datetime
from xml.sax.saxutils import escape

from .dataset import Dataset
from .dates import PartialDate
from .records import MeetingKind, Official, Post, Province, Tenure

__all__ = ["timeline_svg"]

START = datetime.date(2005, 1, 1)
LEFT, RIGHT, TOP, ROW, BAR = 132, 16, 44, 34, 24
WIDTH = 1000
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1")
ROWS = tuple((p, post) for p in Province for post in Post)


def _f(value: float) -> str:
    return f"{value:.1f}"


class _Scale:
    """Days to x positions between START and the first of January after `as_of`."""

    def __init__(self, as_of: datetime.date) -> None:
        self.as_of = as_of
        self.end = datetime.date(as_of.year + 1, 1, 1)
        self.span = (self.end - START).days

    def __call__(self, day: datetime.date) -> float:
        day = min(max(day, START), self.end)
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - START).days / self.span


def _head(ds: Dataset, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
        "<title>Tenures of the eight posts of the Yangtze River Delta since 2005</title>",
        "<defs>",
        '<pattern id="unsure" width="4" height="4" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="2" height="4" fill="#888"/></pattern>',
        "</defs>",
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
        f'<text x="{LEFT}" y="20" font-size="14" font-weight="bold">'
        "长三角三省一市党委书记、省(市)长任期 · tenures of the eight posts, "
        f"{START.year}–{ds.as_of}</text>",
    ]


def _grid(ds: Dataset, x: _Scale, axis_y: int) -> list[str]:
    out = []
    for year in range(START.year, x.end.year + 1):
        gx = x(datetime.date(year, 1, 1))
        out.append(
            f'<line x1="{_f(gx)}" y1="{TOP - 6}" x2="{_f(gx)}" y2="{axis_y}" stroke="#ddd"/>'
        )
        if year < x.end.year:
            out.append(
                f'<text x="{_f(x(datetime.date(year, 7, 1)))}" y="{axis_y + 14}" '
                f'text-anchor="middle" font-size="10" fill="#555">{year}</text>'
            )
    for m in ds.meetings:
        if m.kind is MeetingKind.SYMPOSIUM and m.start is not None:
            mx = x(m.start.earliest())
            out.append(
                f'<line x1="{_f(mx)}" y1="{TOP - 6}" x2="{_f(mx)}" y2="{axis_y}" '
                f'stroke="#c00" stroke-dasharray="2,3" stroke-opacity="0.6">'
                f"<title>{escape(m.name)} {m.start}</title></line>"
            )
    return out


def _bar(t: Tenure, o: Official, label: str, y: int, color: str, x: _Scale) -> list[str]:
    x0 = x(t.start.earliest())
    x1 = x(t.end.earliest() if t.end is not None else x.as_of)
    acting = "（代）" if t.acting else ""
    tip = f"{o.name} {label}{acting} {t.start} – {t.end if t.end else 'incumbent'}"
    out = [
        f"<g><title>{escape(tip)}</title>",
        f'<rect x="{_f(x0)}" y="{y}" width="{_f(max(x1 - x0, 1.0))}" height="{BAR}" '
        f'fill="{color}"/>',
    ]
    if t.acting and t.elected is not None:
        xa = x(t.elected.earliest())
        out.append(
            f'<rect x="{_f(x0)}" y="{y}" width="{_f(max(xa - x0, 0.5))}" height="{BAR}" '
            'fill="white" fill-opacity="0.45"/>'
        )
    for edge in (t.start, t.end):
        if isinstance(edge, PartialDate) and edge.precision != "day":
            ex0, ex1 = x(edge.earliest()), x(edge.latest() + datetime.timedelta(days=1))
            out.append(
                f'<rect x="{_f(ex0)}" y="{y}" width="{_f(ex1 - ex0)}" height="{BAR}" '
                'fill="url(#unsure)" fill-opacity="0.7"/>'
            )
    if x1 - x0 >= 12 * len(o.name) + 4:
        out.append(
            f'<text x="{_f((x0 + x1) / 2)}" y="{y + BAR / 2 + 4}" text-anchor="middle" '
            f'fill="white">{escape(o.name)}</text>'
        )
    return [*out, "</g>"]


def _row(ds: Dataset, i: int, province: Province, post: Post, x: _Scale) -> list[str]:
    y = TOP + ROW * i
    label = province.name_zh + post.title_zh(province)
    out = [f'<text x="{LEFT - 8}" y="{y + BAR / 2 + 4}" text-anchor="end">{escape(label)}</text>']
    spells = sorted(
        ((t.start, t, o) for o in ds.officials for t in o.tenures
         if t.province is province and t.post is post),
        key=lambda item: item[0],
    )  # fmt: skip
    for j, (_, t, o) in enumerate(spells):
        if t.end is not None and t.end.latest() < START:
            continue
        out += _bar(t, o, label, y, PALETTE[j % len(PALETTE)], x)
    return out


def timeline_svg(ds: Dataset) -> str:
    """The tenure timeline of the eight posts as an SVG document (text)."""
    x = _Scale(ds.as_of)
    height = TOP + ROW * len(ROWS) + 40
    out = _head(ds, height) + _grid(ds, x, TOP + ROW * len(ROWS) + 6)
    for i, (province, post) in enumerate(ROWS):
        out += _row(ds, i, province, post, x)
    out.append(
        f'<text x="{LEFT}" y="{height - 4}" font-size="10" fill="#555">'
        "lighter: acting (代); hatched: date known only to the month or year; "
        "red dotted: symposiums. Source: yrd-meetings data "
        f"{escape(ds.meta.version)}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"
