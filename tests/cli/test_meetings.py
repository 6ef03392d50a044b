"""`yrd-meetings` bare (the symposium table) and `yrd-meetings list`."""

from __future__ import annotations

import json

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings import load
from yrd_meetings.cli import width
from yrd_meetings.records import Meeting


def test_bare_command_is_the_symposium_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    ds = load()
    years = [m.year for m in ds.meetings if m.kind.value == "symposium"]
    lines = out.splitlines()
    assert lines[0].split()[0] == "年度/届"
    assert [int(line.split()[0]) for line in lines[2 : 2 + len(years)]] == years


def test_bare_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json")
    assert code == 0
    data = json.loads(out)
    assert {d["kind"] for d in data} == {"symposium"}
    assert next(d for d in data if d["year"] == 2025)["city"] == "南京"


def test_list_filters(capsys: pytest.CaptureFixture[str]) -> None:
    ds = load()
    code, out, _ = run(capsys, "list", "--kind", "forum", "--json")
    assert code == 0
    forums = json.loads(out)
    assert [f["id"] for f in forums] == [m.id for m in ds.meetings if m.kind.value == "forum"]
    for spelling in ("CN-JS", "JS", "江苏", "江苏省", "jiangsu", "苏", "320000"):
        code, out, _ = run(capsys, "list", "--province", spelling, "--json")
        assert code == 0
        assert {m["province"] for m in json.loads(out)} == {"CN-JS"}
    code, out, _ = run(capsys, "list", "--year", "2025")
    assert code == 0 and "symposium-2025" in out and "forum-7" in out


def test_list_bad_province_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--province", "Guangdong")
    assert code == 2 and out == ""
    assert "Guangdong" in one_error_line(err)


def columns(out: str, row_id: str) -> dict[str, str]:
    """A row of a table by its header, cut at the header's display columns."""
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    line = next(line for line in lines[2:] if line.split()[0] == row_id)
    cells, col, current = [], 0, ""
    for ch in line + " ":
        if col in starts[1:] and current is not None:
            cells.append(current.strip())
            current = ""
        current += ch
        col += width(ch)
    cells.append(current.strip())
    names = header.split()
    return dict(zip(names, cells, strict=False))


@pytest.mark.parametrize(
    ("meeting", "attendees", "documents"),
    [
        ("symposium-2010", "?", "?"),
        ("symposium-2026", "?", "?"),
        ("symposium-2005", "6", "?"),
        ("symposium-2025", "8", "3"),
        ("forum-8", "9", "3"),
    ],
)
def test_list_prints_unknown_counts_as_question_marks(
    capsys: pytest.CaptureFixture[str], meeting: str, attendees: str, documents: str
) -> None:
    ds = load()
    m = ds.get(meeting)
    assert isinstance(m, Meeting)
    code, out, _ = run(capsys, "list", "--year", str(m.year or m.start.year))  # type: ignore[union-attr]
    assert code == 0
    cells = columns(out, meeting)
    assert (cells["people"], cells["docs"]) == (attendees, documents)
    assert " 0 " not in out
