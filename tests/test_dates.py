import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yrd_meetings.dates import PartialDate


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


@pytest.mark.parametrize("text", ["2005", "2016-08", "2025-06-06", "2024-02-29"])
def test_iso_round_trip(text: str) -> None:
    assert str(PartialDate.parse(text)) == text


@pytest.mark.parametrize(
    "text", ["", "2025-6-6", "2025-13", "2025-02-30", "2023-02-29", "25", "2025-06-06T00", " 2025"]
)
def test_bad_iso_is_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_parse_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="int"):
        PartialDate.parse(2025)  # type: ignore[arg-type]


def test_day_needs_month_and_fields_are_ints() -> None:
    with pytest.raises(ValueError, match="needs a month"):
        PartialDate(year=2025, day=3)
    with pytest.raises(TypeError):
        PartialDate(year="2025")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PartialDate(year=2025, month=True)


def test_month_precision_stays_a_month() -> None:
    d = PartialDate.parse("2007-10")
    assert d.precision == "month"
    assert d.earliest() == datetime.date(2007, 10, 1)
    assert d.latest() == datetime.date(2007, 10, 31)
    assert d.contains(datetime.date(2007, 10, 15))
    with pytest.raises(ValueError, match="month"):
        d.to_date()


def test_leap_february_and_year_precision() -> None:
    assert PartialDate.parse("2024-02").latest() == datetime.date(2024, 2, 29)
    assert PartialDate.parse("2003").latest() == datetime.date(2003, 12, 31)


def test_certainly_before_and_after() -> None:
    month = PartialDate.parse("2010-12")
    assert not month.certainly_before(PartialDate.parse("2010-12-07"))
    assert not month.certainly_after(PartialDate.parse("2010-12-07"))
    assert month.certainly_before(datetime.date(2011, 1, 1))
    assert month.certainly_after(PartialDate.parse("2010-11"))
    with pytest.raises(TypeError):
        month.certainly_before("2011")  # type: ignore[arg-type]


def test_ordering_sorts_chronologically() -> None:
    texts = ["2025-06-07", "2005", "2025-06", "2025-06-06", "2016-08"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [str(d) for d in ordered] == ["2005", "2016-08", "2025-06", "2025-06-06", "2025-06-07"]


def test_frozen_and_hashable() -> None:
    d = PartialDate.parse("2025-06-06")
    assert {d, PartialDate.parse("2025-06-06")} == {d}
    with pytest.raises(AttributeError):
        d.year = 2024  # type: ignore[misc]


@given(partial_dates())
def test_property_str_parse_round_trip(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert d.earliest() <= d.latest()
    assert d.contains(d.earliest()) and d.contains(d.latest())


@given(partial_dates(), partial_dates())
def test_property_certainly_before_is_consistent(a: PartialDate, b: PartialDate) -> None:
    assert not (a.certainly_before(b) and a.certainly_after(b))
    assert a.certainly_before(b) == b.certainly_after(a)
    if a.certainly_before(b):
        assert a < b
