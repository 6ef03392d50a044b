"""Write docs/timeline.svg: who held each of the eight posts since 2005, from the data.

Run `python docs/timeline.py` after a data change; a test checks the file is
current. Plain SVG from hand-rolled code (no plotting library): one row a
post, one bar a tenure. The lighter part of a bar is an acting spell (before
the formal election); a hatched end marks a boundary known only to the month
or the year, drawn over every day it may stand for. Dotted lines mark the
symposiums.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from yrd_meetings import Dataset, load
from yrd_meetings.dates import PartialDate
from yrd_meetings.records import MeetingKind, Post, Province

OUT = Path(__file__).with_name("timeline.svg")

START = datetime.date(2005, 1, 1)
LEFT, RIGHT, TOP, ROW, BAR = 132, 16, 44, 34, 24
WIDTH = 1000
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1")


def as_of(ds: Dataset) -> datetime.date:
    """The data version as a date (`2026.11.22`), so the chart does not change by itself."""
    try:
        return datetime.datetime.strptime(ds.meta.version, "%Y.%m.%d").date()
    except ValueError:
        days = [t.start.latest() for o in ds.officials for t in o.tenures]
        return max(days, default=START)


def render(ds: Dataset) -> str:
    end = datetime.date(as_of(ds).year + 1, 1, 1)
    span = (end - START).days
    plot = WIDTH - LEFT - RIGHT
    rows = [(p, post) for p in Province for post in Post]
    height = TOP + ROW * len(rows) + 40

    def x(day: datetime.date) -> float:
        day = min(max(day, START), end)
        return LEFT + plot * (day - START).days / span

    def f(value: float) -> str:
        return f"{value:.1f}"

    out = [
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
        f"{START.year}–{as_of(ds)}</text>",
    ]
    # year grid
    axis_y = TOP + ROW * len(rows) + 6
    for year in range(START.year, end.year + 1):
        gx = x(datetime.date(year, 1, 1))
        out.append(f'<line x1="{f(gx)}" y1="{TOP - 6}" x2="{f(gx)}" y2="{axis_y}" stroke="#ddd"/>')
        if year < end.year:
            label_x = x(datetime.date(year, 7, 1))
            out.append(
                f'<text x="{f(label_x)}" y="{axis_y + 14}" text-anchor="middle" '
                f'font-size="10" fill="#555">{year}</text>'
            )
    # symposiums
    for m in ds.meetings:
        if m.kind is MeetingKind.SYMPOSIUM and m.start is not None:
            mx = x(m.start.earliest())
            out.append(
                f'<line x1="{f(mx)}" y1="{TOP - 6}" x2="{f(mx)}" y2="{axis_y}" '
                f'stroke="#c00" stroke-dasharray="2,3" stroke-opacity="0.6">'
                f"<title>{escape(m.name)} {m.start}</title></line>"
            )
    # rows
    for i, (province, post) in enumerate(rows):
        y = TOP + ROW * i
        label = province.name_zh + post.title_zh(province)
        out.append(
            f'<text x="{LEFT - 8}" y="{y + BAR / 2 + 4}" text-anchor="end">{escape(label)}</text>'
        )
        spells = sorted(
            (
                (t.start, t, o)
                for o in ds.officials
                for t in o.tenures
                if t.province is province and t.post is post
            ),
            key=lambda item: item[0],
        )
        for j, (_, t, o) in enumerate(spells):
            if t.end is not None and t.end.latest() < START:
                continue
            color = PALETTE[j % len(PALETTE)]
            begin = t.start.earliest()
            finish = t.end.earliest() if t.end is not None else as_of(ds)
            x0, x1 = x(begin), x(finish)
            tip = (
                f"{o.name} {label}{'（代）' if t.acting else ''} "
                f"{t.start} – {t.end if t.end else 'incumbent'}"
            )
            out.append(f"<g><title>{escape(tip)}</title>")
            out.append(
                f'<rect x="{f(x0)}" y="{y}" width="{f(max(x1 - x0, 1.0))}" height="{BAR}" '
                f'fill="{color}"/>'
            )
            if t.acting and t.elected is not None:
                xa = x(t.elected.earliest())
                out.append(
                    f'<rect x="{f(x0)}" y="{y}" width="{f(max(xa - x0, 0.5))}" height="{BAR}" '
                    'fill="white" fill-opacity="0.45"/>'
                )
            for edge in (t.start, t.end):
                if isinstance(edge, PartialDate) and edge.precision != "day":
                    ex0, ex1 = x(edge.earliest()), x(edge.latest() + datetime.timedelta(days=1))
                    out.append(
                        f'<rect x="{f(ex0)}" y="{y}" width="{f(ex1 - ex0)}" height="{BAR}" '
                        'fill="url(#unsure)" fill-opacity="0.7"/>'
                    )
            name_width = 12 * len(o.name) + 4
            if x1 - x0 >= name_width:
                out.append(
                    f'<text x="{f((x0 + x1) / 2)}" y="{y + BAR / 2 + 4}" text-anchor="middle" '
                    f'fill="white">{escape(o.name)}</text>'
                )
            out.append("</g>")
    out.append(
        f'<text x="{LEFT}" y="{height - 4}" font-size="10" fill="#555">'
        "lighter: acting (代); hatched: date known only to the month or year; "
        "red dotted: symposiums. Source: yrd-meetings data "
        f"{escape(ds.meta.version)}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main() -> int:
    OUT.write_text(render(load()), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
