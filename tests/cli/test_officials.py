"""`yrd-meetings officials`: the roster, and who held the eight posts on a day, in a month
or in a year."""

from __future__ import annotations

import datetime
import json

import pytest
from cli_helpers import run

from yrd_meetings import PartialDate, load
from yrd_meetings.cli.errors import UsageError
from yrd_meetings.cli.officials import when


def test_officials_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "officials", "--on", "2025-06-06", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 8
    by_post = {(r["province"], r["post"]): r for r in rows}
    assert by_post[("CN-SH", "party_secretary")]["name"] == "陈吉宁"
    assert by_post[("CN-AH", "governor")]["official"] == "wang-qingxian"
    code, out, _ = run(capsys, "officials", "--on", "2025-06-06", "--province", "上海")
    assert code == 0 and "陈吉宁" in out and "龚正" in out and "信长星" not in out


def test_officials_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "officials", "--json")
    assert code == 0
    assert {o["id"] for o in json.loads(out)} == {o.id for o in load().officials}
    code, out, _ = run(capsys, "officials", "--province", "CN-AH")
    assert code == 0 and "王清宪" in out and "陈吉宁" not in out


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025", "2025"), ("2025-06", "2025-06"), ("2025-06-06", "2025-06-06")],
)
def test_on_takes_a_year_a_month_or_a_day(value: str, expected: str) -> None:
    assert str(when(value)) == expected
    assert when(value).precision == {4: "year", 7: "month", 10: "day"}[len(expected)]


def test_on_today_is_today() -> None:
    assert when("today") == PartialDate.from_date(datetime.date.today())


@pytest.mark.parametrize("value", ["2025-13", "yesterday", "06/06/2025", ""])
def test_a_bad_on_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError) as caught:
        when(value)
    assert str(caught.value) == (
        f"--on takes a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or 'today', got {value!r}"
    )


def test_who_held_the_posts_during_a_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "officials", "--on", "2025", "--province", "上海", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"province": "CN-SH", "post": "party_secretary", "official": "chen-jining",
         "name": "陈吉宁", "start": "2022-10-28", "end": None, "certain": True},
        {"province": "CN-SH", "post": "governor", "official": "gong-zheng",
         "name": "龚正", "start": "2020-03-23", "end": None, "certain": True},
    ]  # fmt: skip
    code, out, _ = run(capsys, "officials", "--on", "2025", "--province", "上海")
    assert out.splitlines()[:2] == [
        "during 2025:",
        "post          holder  id           start       end",
    ]
