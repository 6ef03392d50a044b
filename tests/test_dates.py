"""PartialDate properties over random dates 1900-2100 (the table of exact cases is
test_dates_table.py)."""

import datetime

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


@given(st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)))
def test_property_a_day_is_its_own_first_and_last_day(day: datetime.date) -> None:
    d = PartialDate.from_date(day)
    assert (d.earliest(), d.latest(), d.to_date()) == (day, day, day)
    assert str(d) == day.isoformat()


@given(partial_dates())
def test_property_str_parse_round_trip(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert d.earliest() <= d.latest()
    assert d.contains(d.earliest()) and d.contains(d.latest())
    assert not d.contains(d.earliest() - datetime.timedelta(days=1))
    assert not d.contains(d.latest() + datetime.timedelta(days=1))


@given(partial_dates())
def test_property_the_day_after_the_last_starts_the_next_period(d: PartialDate) -> None:
    after = d.latest() + datetime.timedelta(days=1)
    if d.precision == "year":
        assert after == datetime.date(d.year + 1, 1, 1)
    elif d.precision == "month":
        assert after.day == 1 and after.month == (d.month or 0) % 12 + 1
    else:
        assert d.earliest() == d.latest()


@given(partial_dates(), partial_dates())
def test_property_certainly_before_is_consistent(a: PartialDate, b: PartialDate) -> None:
    assert not (a.certainly_before(b) and a.certainly_after(b))
    assert a.certainly_before(b) == b.certainly_after(a)
    if a.certainly_before(b):
        assert a < b and b > a and a <= b and b >= a and a != b
