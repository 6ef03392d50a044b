"""`yrd-meetings coverage`: what is known of each meeting, as a table or Markdown."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run

from yrd_meetings import load
from yrd_meetings.coverage import coverage
from yrd_meetings.records import MeetingKind


def test_coverage_command(capsys: pytest.CaptureFixture[str]) -> None:
    ds = load()
    code, out, _ = run(capsys, "coverage")
    assert code == 0 and "2025" in out and "inferred" in out
    code, out, _ = run(capsys, "coverage", "--json")
    assert json.loads(out) == coverage(ds)
    code, out, _ = run(capsys, "coverage", "--markdown", "--kind", "forum")
    assert out.startswith("| edition | date |")
    assert [r["edition"] for r in coverage(ds, MeetingKind.FORUM)] == list(range(1, 9))


@pytest.mark.parametrize("year", [2006, 2007, 2012, 2016, 2017])
def test_coverage_says_no_record_for_years_without_one(
    capsys: pytest.CaptureFixture[str], year: int
) -> None:
    code, out, _ = run(capsys, "coverage")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith(str(year)))
    assert line.split() == [str(year), "no", "record"]
    _, markdown, _ = run(capsys, "coverage", "--markdown")
    assert f"| {year} | no record |" in markdown
