"""The tenure chart from the installed package: `yrd_meetings.plot` and `timeline -o`."""

from __future__ import annotations

import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

import yrd_meetings
from yrd_meetings import Post, Province, load
from yrd_meetings.cli import main
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


def test_timeline_command_writes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.svg"
    assert main(["timeline", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == timeline_svg(load())
    assert f"wrote the tenure timeline to {out}" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]  # no temporary left
    assert main(["timeline"]) == 0
    assert capsys.readouterr().out == timeline_svg(load())


@pytest.mark.parametrize("target", ["dir", "missing/chart.svg"])
def test_timeline_bad_target_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    (tmp_path / "dir").mkdir()
    assert main(["timeline", "-o", str(tmp_path / target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("yrd-meetings: error: ")


def test_plot_needs_no_plotting_package() -> None:
    code = (
        "import sys, yrd_meetings.plot as p; p.timeline_svg(yrd_meetings.load()); "
        "assert not {'matplotlib', 'pandas', 'plotly'} & set(sys.modules)"
    )
    subprocess.run(
        [sys.executable, "-c", "import yrd_meetings\n" + code.replace("; ", "\n")], check=True
    )
