"""`yrd-meetings timeline`: the tenure chart of the eight posts as SVG."""

from __future__ import annotations

import argparse
from typing import Any

from ..dataset import load
from .common import add_command

__all__ = ["register"]


def timeline(args: argparse.Namespace) -> str:
    from ..export.atomic import replace_file
    from ..plot import timeline_svg

    svg = timeline_svg(load())
    if args.out is None:
        return svg.rstrip("\n")
    path = replace_file(args.out, svg.encode("utf-8"))
    return f"wrote the tenure timeline to {path}"


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "timeline",
        "the tenures of the eight posts since 2005 as an SVG chart (no extra dependency)",
        ["yrd-meetings timeline -o timeline.svg", "yrd-meetings timeline > timeline.svg"],
        timeline,
        listing=False,
    )
    p.add_argument("-o", "--out", metavar="FILE", help="write to FILE (atomically); else stdout")
