"""Honest date queries: the data's period, refusals outside it, periods, candidates."""

from __future__ import annotations

import datetime
import json

import pytest

from yrd_meetings import OutOfPeriodError, PartialDate, UncertainDateError, load
from yrd_meetings.cli import main

D = datetime.date


def test_period_is_2005_to_the_data_version() -> None:
    ds = load()
    assert ds.period == (D(2005, 1, 1), D(2026, 12, 1)) or ds.meta.version != "2026.12.01"
    assert ds.as_of == datetime.datetime.strptime(ds.meta.version, "%Y.%m.%d").date()


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (D(1990, 1, 1), "before the data's coverage, which starts on 2005-01-01"),
        (D(2004, 12, 31), "before the data's coverage"),
        (D(2030, 1, 1), "after the data's as_of date"),
    ],
)
def test_holder_refuses_days_outside_the_period(day: datetime.date, message: str) -> None:
    ds = load()
    with pytest.raises(OutOfPeriodError, match=message):
        ds.holder("CN-SH", "governor", day)
    ds.holder("CN-SH", "governor", day, allow_beyond=True)  # answers when asked anyway


@pytest.mark.parametrize(("day"), [D(2005, 1, 1), D(2026, 12, 1)])
def test_holder_answers_on_the_first_and_last_day(day: datetime.date) -> None:
    ds = load()
    if day > ds.as_of:
        pytest.skip("an older data version")
    assert ds.holder("CN-SH", "governor", day) is not None


def test_uncertain_answers_name_the_candidates() -> None:
    with pytest.raises(UncertainDateError) as info:
        load().holder("江苏", "party_secretary", D(2007, 10, 15))
    assert [o.name for o in info.value.candidates] == ["李源潮", "梁保华"]
    assert "李源潮" in str(info.value) and "梁保华" in str(info.value)


@pytest.mark.parametrize(
    ("province", "post", "when", "expected"),
    [
        ("CN-ZJ", "governor", "2024", [("王浩", True), ("刘捷", True)]),
        ("安徽", "party_secretary", "2019-06", [("李锦斌", True)]),
        ("江苏", "party_secretary", "2007-10", [("李源潮", False), ("梁保华", True)]),
        ("江苏", "party_secretary", "2007", [("李源潮", True), ("梁保华", True)]),
        ("CN-SH", "governor", "2017-01", [("杨雄", True), ("应勇", True)]),
        ("CN-ZJ", "party_secretary", "2012-12-01", []),  # the vacancy
        ("CN-AH", "governor", "2021-01", [("李国英", False)]),
    ],
)
def test_holders_during_a_period(
    province: str, post: str, when: str, expected: list[tuple[str, bool]]
) -> None:
    found = load().holders(province, post, when)
    assert [(h.official.name, h.certain) for h in found] == expected
    assert found == load().holders(province, post, PartialDate.parse(when))


def test_holders_refuses_periods_outside() -> None:
    with pytest.raises(OutOfPeriodError):
        load().holders("CN-SH", "governor", "1999")
    assert load().holders("CN-SH", "governor", "1999", allow_beyond=True) == ()


def test_cli_month_year_and_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["officials", "--on", "2024", "--province", "浙江", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    governors = [r["name"] for r in rows if r["post"] == "governor"]
    assert governors == ["王浩", "刘捷"]
    assert all(set(r) >= {"start", "end", "certain"} for r in rows)
    assert main(["officials", "--on", "2007-10-15", "--province", "JS", "--json"]) == 0
    secretary = json.loads(capsys.readouterr().out)[0]
    assert secretary["status"] == "uncertain"
    assert secretary["candidates"] == ["li-yuanchao", "liang-baohua"]
    assert main(["officials", "--on", "2030-01-01", "--allow-beyond", "--province", "SH"]) == 0
    assert "陈吉宁" in capsys.readouterr().out
