"""`yrd-meetings timeline`: the tenure chart to stdout or, atomically, to a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from yrd_meetings import load
from yrd_meetings.cli import main
from yrd_meetings.plot import timeline_svg


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
