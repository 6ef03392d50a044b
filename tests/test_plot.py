"""The tenure chart from the installed package: `yrd_meetings.plot` and `timeline -o`."""

from __future__ import annotations

import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import yrd_meetings
from yrd_meetings import Post, Province, load
from yrd_meetings.plot import timeline_svg

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_svg_names_every_post_and_incumbent() -> None:
    svg = timeline_svg(load())
    document = xml.dom.minidom.parseString(svg)
    assert document.documentElement.tagName == "svg"
    for province in Province:
        for post in Post:
            assert province.name_zh + post.title_zh(province) in svg
    for o in load().officials:
        if any(t.end is None for t in o.tenures):
            assert o.name in svg
    assert f"2005–{load().as_of}" in svg


def test_docs_timeline_is_generated_from_the_package() -> None:
    assert (DOCS / "timeline.svg").read_text(encoding="utf-8") == timeline_svg(load())
    assert "yrd_meetings.plot" in (DOCS / "timeline.py").read_text(encoding="utf-8")
    assert yrd_meetings.timeline_svg is timeline_svg


def test_plot_needs_no_plotting_package() -> None:
    code = (
        "import sys, yrd_meetings.plot as p; p.timeline_svg(yrd_meetings.load()); "
        "assert not {'matplotlib', 'pandas', 'plotly'} & set(sys.modules)"
    )
    subprocess.run(
        [sys.executable, "-c", "import yrd_meetings\n" + code.replace("; ", "\n")], check=True
    )
