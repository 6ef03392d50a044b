"""PartialDate by table: leap years, month ends, partial dates, order, containment, parsing.

Every expectation is a literal written from the calendar, not computed by the code under
test (nor by `calendar`/`datetime` arithmetic).
"""

from __future__ import annotations

import datetime
import operator
from typing import Any

import pytest

from yrd_meetings.dates import PartialDate
from yrd_meetings.index import meeting_sort_key
from yrd_meetings.records import Meeting, MeetingKind, Official, Tenure
from yrd_meetings.tenures import (
    OutOfPeriodError,
    UncertainDateError,
    check_period,
    held_throughout,
    holder_on,
    holders_during,
    tenure_covers,
)
from yrd_meetings.testing import make_meeting, make_official, make_tenure

D = datetime.date
P = PartialDate.parse

# -- leap years and month ends ----------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "days"),
    [
        pytest.param(1900, 28, id="1900-century-not-leap"),
        pytest.param(2000, 29, id="2000-four-centuries-leap"),
        pytest.param(2024, 29, id="2024-leap"),
        pytest.param(2100, 28, id="2100-century-not-leap"),
        pytest.param(2023, 28, id="2023-common"),
        pytest.param(1996, 29, id="1996-leap"),
        pytest.param(1600, 29, id="1600-four-centuries-leap"),
        pytest.param(1700, 28, id="1700-century-not-leap"),
        pytest.param(2026, 28, id="2026-common"),
    ],
)
def test_february_ends(year: int, days: int) -> None:
    february = PartialDate(year=year, month=2)
    assert february.latest() == D(year, 2, days)
    assert february.earliest() == D(year, 2, 1)


@pytest.mark.parametrize(
    ("month", "last"),
    [
        pytest.param(1, 31, id="january"),
        pytest.param(3, 31, id="march"),
        pytest.param(4, 30, id="april"),
        pytest.param(5, 31, id="may"),
        pytest.param(6, 30, id="june"),
        pytest.param(7, 31, id="july"),
        pytest.param(8, 31, id="august"),
        pytest.param(9, 30, id="september"),
        pytest.param(10, 31, id="october"),
        pytest.param(11, 30, id="november"),
        pytest.param(12, 31, id="december"),
    ],
)
def test_month_ends(month: int, last: int) -> None:
    assert PartialDate(year=2025, month=month).latest() == D(2025, month, last)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        pytest.param("1900-02-29", False, id="1900-no-29-february"),
        pytest.param("2000-02-29", True, id="2000-has-29-february"),
        pytest.param("2024-02-29", True, id="2024-has-29-february"),
        pytest.param("2100-02-29", False, id="2100-no-29-february"),
        pytest.param("2023-02-29", False, id="2023-no-29-february"),
        pytest.param("2025-04-31", False, id="no-31-april"),
        pytest.param("2025-12-31", True, id="31-december"),
    ],
)
def test_leap_days_exist_only_in_leap_years(text: str, valid: bool) -> None:
    if valid:
        assert str(P(text)) == text
    else:
        with pytest.raises(ValueError, match="day is out of range for month"):
            P(text)


# -- partial dates: precision, first and last day ----------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        pytest.param("2005", "year", D(2005, 1, 1), D(2005, 12, 31), id="year"),
        pytest.param("2016-08", "month", D(2016, 8, 1), D(2016, 8, 31), id="year-month"),
        pytest.param("2025-06-06", "day", D(2025, 6, 6), D(2025, 6, 6), id="day"),
        pytest.param("2000-02", "month", D(2000, 2, 1), D(2000, 2, 29), id="leap-february"),
        pytest.param("1900-02", "month", D(1900, 2, 1), D(1900, 2, 28), id="1900-february"),
        pytest.param("2024-12", "month", D(2024, 12, 1), D(2024, 12, 31), id="december"),
        pytest.param("2024", "year", D(2024, 1, 1), D(2024, 12, 31), id="leap-year"),
        pytest.param("0001", "year", D(1, 1, 1), D(1, 12, 31), id="first-year"),
        pytest.param("9999-12", "month", D(9999, 12, 1), D(9999, 12, 31), id="last-month"),
    ],
)
def test_partial_dates_span_their_days(
    text: str, precision: str, earliest: datetime.date, latest: datetime.date
) -> None:
    d = P(text)
    assert (d.precision, d.earliest(), d.latest()) == (precision, earliest, latest)
    assert str(d) == text
    assert repr(d) == f"PartialDate('{text}')"


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        pytest.param({"year": 2025}, "2025", id="year"),
        pytest.param({"year": 2025, "month": 6}, "2025-06", id="month"),
        pytest.param({"year": 2025, "month": 6, "day": 6}, "2025-06-06", id="day"),
        pytest.param({"year": 5, "month": 1, "day": 9}, "0005-01-09", id="zero-padded"),
        pytest.param({"year": 9999, "month": 12, "day": 31}, "9999-12-31", id="last-day"),
        pytest.param({"year": 1, "month": 1, "day": 1}, "0001-01-01", id="first-day"),
    ],
)
def test_fields_and_iso_text(fields: dict[str, int], text: str) -> None:
    d = PartialDate(**fields)
    assert str(d) == text
    assert P(text) == d
    assert (d.year, d.month, d.day) == (
        fields["year"],
        fields.get("month"),
        fields.get("day"),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("2025-06-06", D(2025, 6, 6), id="day"),
        pytest.param("2024-02-29", D(2024, 2, 29), id="leap-day"),
    ],
)
def test_to_date_and_from_date(text: str, day: datetime.date) -> None:
    assert P(text).to_date() == day
    assert PartialDate.from_date(day) == P(text)
    assert PartialDate.from_date(day).precision == "day"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("2016-08", "2016-08 is known only to the month, not to the day", id="month"),
        pytest.param("2016", "2016 is known only to the year, not to the day", id="year"),
    ],
)
def test_to_date_needs_a_day(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        P(text).to_date()


# -- order and containment -------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "before", "after"),
    [
        pytest.param("2010-12", "2010-12-07", False, False, id="month-holds-the-day"),
        pytest.param("2010-12", "2011-01-01", True, False, id="month-before-next-day"),
        pytest.param("2010-12", "2010-11", False, True, id="month-after-month"),
        pytest.param("2010-12-31", "2011", True, False, id="last-day-before-next-year"),
        pytest.param("2011", "2010-12-31", False, True, id="year-after-last-day"),
        pytest.param("2010", "2010-06", False, False, id="year-holds-its-month"),
        pytest.param("2010-06-01", "2010-06-01", False, False, id="same-day"),
        pytest.param("2010-06-01", "2010-06-02", True, False, id="day-before-next"),
        pytest.param("2010-06-02", "2010-06-01", False, True, id="day-after-previous"),
        pytest.param("2024-02", "2024-02-29", False, False, id="leap-february-holds-29th"),
        pytest.param("2023-02", "2023-03-01", True, False, id="common-february-before-march"),
        pytest.param("2100-02", "2100-03", True, False, id="century-february-before-march"),
        pytest.param("2009", "2011", True, False, id="years-apart"),
    ],
)
def test_certainly_before_and_after(a: str, b: str, before: bool, after: bool) -> None:
    assert (P(a).certainly_before(P(b)), P(a).certainly_after(P(b))) == (before, after)


@pytest.mark.parametrize(
    ("a", "day", "before", "after"),
    [
        pytest.param("2010-12", D(2010, 12, 31), False, False, id="last-day-of-the-month"),
        pytest.param("2010-12", D(2010, 12, 1), False, False, id="first-day-of-the-month"),
        pytest.param("2010-12", D(2011, 1, 1), True, False, id="day-after-the-month"),
        pytest.param("2010-12", D(2010, 11, 30), False, True, id="day-before-the-month"),
        pytest.param("2000-02", D(2000, 2, 29), False, False, id="leap-day-in-2000"),
        pytest.param("1900-02", D(1900, 3, 1), True, False, id="1900-february-ends-28th"),
        pytest.param("2025-06-06", D(2025, 6, 6), False, False, id="the-same-day"),
    ],
)
def test_certainly_before_and_after_a_datetime_date(
    a: str, day: datetime.date, before: bool, after: bool
) -> None:
    assert (P(a).certainly_before(day), P(a).certainly_after(day)) == (before, after)


@pytest.mark.parametrize(
    "other",
    [pytest.param("2011", id="str"), pytest.param(None, id="none"), pytest.param(2011, id="int")],
)
def test_certainly_before_takes_dates_only(other: object) -> None:
    name = type(other).__name__
    message = f"expected a PartialDate or datetime.date, got {name}"
    with pytest.raises(TypeError, match=message):
        P("2010-12").certainly_before(other)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        P("2010-12").certainly_after(other)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "day", "inside"),
    [
        pytest.param("2007-10", D(2007, 10, 1), True, id="month-first-day"),
        pytest.param("2007-10", D(2007, 10, 31), True, id="month-last-day"),
        pytest.param("2007-10", D(2007, 9, 30), False, id="month-day-before"),
        pytest.param("2007-10", D(2007, 11, 1), False, id="month-day-after"),
        pytest.param("2000-02", D(2000, 2, 29), True, id="2000-leap-day"),
        pytest.param("1900-02", D(1900, 3, 1), False, id="1900-march-1st"),
        pytest.param("2100-02", D(2100, 3, 1), False, id="2100-march-1st"),
        pytest.param("2024", D(2024, 12, 31), True, id="year-last-day"),
        pytest.param("2024", D(2024, 1, 1), True, id="year-first-day"),
        pytest.param("2024", D(2025, 1, 1), False, id="year-day-after"),
        pytest.param("2024", D(2023, 12, 31), False, id="year-day-before"),
        pytest.param("2025-06-06", D(2025, 6, 6), True, id="day-itself"),
        pytest.param("2025-06-06", D(2025, 6, 7), False, id="day-next"),
    ],
)
def test_contains(text: str, day: datetime.date, inside: bool) -> None:
    assert P(text).contains(day) is inside


# (a, b, a < b, a <= b, a > b, a >= b, a == b): year before its months, months before days
ORDER = [
    pytest.param("2025", "2025-01", True, True, False, False, False, id="year-before-january"),
    pytest.param("2025-06", "2025-06-06", True, True, False, False, False, id="month-before-day"),
    pytest.param("2025-06", "2025-06-01", True, True, False, False, False, id="month-before-1st"),
    pytest.param("2025-06-06", "2025-06-06", False, True, False, True, True, id="same-day"),
    pytest.param("2025-06", "2025-06", False, True, False, True, True, id="same-month"),
    pytest.param("2025", "2025", False, True, False, True, True, id="same-year"),
    pytest.param("2024-12-31", "2025", True, True, False, False, False, id="day-before-year"),
    pytest.param("2025-06-07", "2025-06-06", False, False, True, True, False, id="later-day"),
    pytest.param("2025-07", "2025-06-30", False, False, True, True, False, id="later-month"),
    pytest.param("2026", "2025-12-31", False, False, True, True, False, id="later-year"),
]


@pytest.mark.parametrize(("a", "b", "lt", "le", "gt", "ge", "eq"), ORDER)
def test_order(a: str, b: str, lt: bool, le: bool, gt: bool, ge: bool, eq: bool) -> None:
    x, y = P(a), P(b)
    assert (x < y, x <= y, x > y, x >= y, x == y) == (lt, le, gt, ge, eq)


def test_sorting_puts_a_year_before_its_months_and_a_month_before_its_days() -> None:
    texts = ["2025-06-07", "2005", "2025-06", "2025-06-06", "2016-08", "2025"]
    assert [str(d) for d in sorted(P(t) for t in texts)] == [
        "2005",
        "2016-08",
        "2025",
        "2025-06",
        "2025-06-06",
        "2025-06-07",
    ]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(D(2025, 6, 6), id="datetime-date"),
        pytest.param("2025-06-06", id="str"),
        pytest.param(2025, id="int"),
    ],
)
def test_order_with_other_types_is_a_type_error(other: Any) -> None:
    d = P("2025-06-06")
    for compare in (operator.lt, operator.le, operator.gt, operator.ge):
        with pytest.raises(TypeError, match="not supported between instances of 'PartialDate'"):
            compare(d, other)
    assert d != other


def test_equal_dates_hash_alike_and_cannot_change() -> None:
    d = P("2025-06-06")
    assert {d, PartialDate(year=2025, month=6, day=6)} == {d}
    assert P("2025-06") != d
    with pytest.raises(AttributeError):
        d.year = 2024  # type: ignore[misc]


# -- parsing and errors ---------------------------------------------------------------

NOT_ISO = "not an ISO date of form YYYY, YYYY-MM or YYYY-MM-DD: "


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", NOT_ISO + "''", id="empty"),
        pytest.param("2025-6-6", NOT_ISO + "'2025-6-6'", id="unpadded"),
        pytest.param("25", NOT_ISO + "'25'", id="two-digit-year"),
        pytest.param("20250", NOT_ISO + "'20250'", id="five-digit-year"),
        pytest.param("2025-06-06T00", NOT_ISO + "'2025-06-06T00'", id="datetime"),
        pytest.param(" 2025", NOT_ISO + "' 2025'", id="leading-space"),
        pytest.param("2025-06-", NOT_ISO + "'2025-06-'", id="trailing-dash"),
        pytest.param("2025/06/06", NOT_ISO + "'2025/06/06'", id="slashes"),
        pytest.param("2025-06-06\n", NOT_ISO + "'2025-06-06\\n'", id="trailing-newline"),
        pytest.param("２０２５", NOT_ISO + "'２０２５'", id="full-width-digits"),
        pytest.param("٢٠٢٥-٠٦", NOT_ISO + "'٢٠٢٥-٠٦'", id="arabic-indic-digits"),
        pytest.param("2025-13", "month out of range: 13", id="month-13"),
        pytest.param("2025-00", "month out of range: 0", id="month-0"),
        pytest.param("0000", "year out of range: 0", id="year-0"),
        pytest.param("2025-02-30", "day is out of range for month", id="30-february"),
        pytest.param("2025-06-00", "day is out of range for month", id="day-0"),
        pytest.param("2025-06-31", "day is out of range for month", id="31-june"),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        P(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("value", "name"),
    [
        pytest.param(2025, "int", id="int"),
        pytest.param(None, "NoneType", id="none"),
        pytest.param(b"2025", "bytes", id="bytes"),
        pytest.param(D(2025, 6, 6), "date", id="date"),
    ],
)
def test_parse_takes_a_str(value: object, name: str) -> None:
    with pytest.raises(TypeError) as info:
        P(value)  # type: ignore[arg-type]
    assert str(info.value) == f"expected an ISO date string, got {name}"


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        pytest.param({"year": 0}, ValueError, "year out of range: 0", id="year-0"),
        pytest.param({"year": 10000}, ValueError, "year out of range: 10000", id="year-10000"),
        pytest.param({"year": -5}, ValueError, "year out of range: -5", id="negative-year"),
        pytest.param({"year": 2025, "month": 0}, ValueError, "month out of range: 0", id="month-0"),
        pytest.param(
            {"year": 2025, "month": 13}, ValueError, "month out of range: 13", id="month-13"
        ),
        pytest.param(
            {"year": 2025, "day": 3},
            ValueError,
            "a PartialDate with a day needs a month",
            id="day-without-month",
        ),
        pytest.param(
            {"year": 2025, "month": 2, "day": 29},
            ValueError,
            "day is out of range for month",
            id="29-february-2025",
        ),
        pytest.param(
            {"year": "2025"},
            TypeError,
            "PartialDate.year must be an int, got str",
            id="year-str",
        ),
        pytest.param(
            {"year": 2025, "month": True},
            TypeError,
            "PartialDate.month must be an int, got bool",
            id="month-bool",
        ),
        pytest.param(
            {"year": 2025, "month": 6, "day": 6.0},
            TypeError,
            "PartialDate.day must be an int, got float",
            id="day-float",
        ),
        pytest.param(
            {"year": True},
            TypeError,
            "PartialDate.year must be an int, got bool",
            id="year-bool",
        ),
    ],
)
def test_construction_errors(fields: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error) as info:
        PartialDate(**fields)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"year": 1}, id="year-1"),
        pytest.param({"year": 9999}, id="year-9999"),
        pytest.param({"year": 2025, "month": 1}, id="month-1"),
        pytest.param({"year": 2025, "month": 12}, id="month-12"),
    ],
)
def test_construction_bounds(fields: dict[str, int]) -> None:
    d = PartialDate(**fields)
    assert (d.year, d.month) == (fields["year"], fields.get("month"))


# -- the dataset's date helpers: does a tenure cover a day? ------------------------------


def _tenure(start: str, end: str | None = None, elected: str | None = None) -> Tenure:
    return make_tenure(
        start=P(start), end=P(end) if end else None, elected=P(elected) if elected else None
    )


# (start, end, elected, day, covers): True certainly, False certainly not, None unknown
COVERS = [
    pytest.param("2020-03-23", None, None, D(2020, 3, 22), False, id="day-before-start"),
    pytest.param("2020-03-23", None, None, D(2020, 3, 23), True, id="first-day"),
    pytest.param("2020-03-23", "2023-01-10", None, D(2023, 1, 9), True, id="last-day"),
    pytest.param(
        "2020-03-23", "2023-01-10", None, D(2023, 1, 10), False, id="end-is-first-day-out"
    ),
    pytest.param("2020-03", None, None, D(2020, 2, 29), False, id="before-start-month"),
    pytest.param("2020-03", None, None, D(2020, 3, 1), None, id="start-month-first-day"),
    pytest.param("2020-03", None, None, D(2020, 3, 15), None, id="inside-start-month"),
    pytest.param("2020-03", None, None, D(2020, 3, 31), True, id="start-month-last-day"),
    pytest.param("2020-03", None, "2020-03-10", D(2020, 3, 10), True, id="elected-that-day"),
    pytest.param("2020-03", None, "2020-03-10", D(2020, 3, 9), None, id="day-before-election"),
    pytest.param("2020-03", None, "2020-04", D(2020, 3, 31), True, id="start-month-over"),
    pytest.param("2020-03-23", "2023-01", None, D(2022, 12, 31), True, id="before-end-month"),
    pytest.param("2020-03-23", "2023-01", None, D(2023, 1, 1), None, id="end-month-first-day"),
    pytest.param("2020-03-23", "2023-01", None, D(2023, 1, 30), None, id="inside-end-month"),
    pytest.param("2020-03-23", "2023-01", None, D(2023, 1, 31), False, id="end-month-last-day"),
    pytest.param("2020", None, None, D(2019, 12, 31), False, id="before-start-year"),
    pytest.param("2020", None, None, D(2020, 6, 1), None, id="inside-start-year"),
    pytest.param("2020", None, None, D(2020, 12, 31), True, id="start-year-last-day"),
    pytest.param("2010-05-01", "2023", None, D(2022, 12, 31), True, id="before-end-year"),
    pytest.param("2010-05-01", "2023", None, D(2023, 6, 1), None, id="inside-end-year"),
    pytest.param("2010-05-01", "2023", None, D(2023, 12, 31), False, id="end-year-last-day"),
]


@pytest.mark.parametrize(("start", "end", "elected", "day", "covers"), COVERS)
def test_tenure_covers(
    start: str, end: str | None, elected: str | None, day: datetime.date, covers: bool | None
) -> None:
    assert tenure_covers(_tenure(start, end, elected), day) is covers


@pytest.mark.parametrize(
    ("start", "end", "when", "held"),
    [
        pytest.param("2020-03-23", None, "2020-03-23", True, id="from-the-first-day"),
        pytest.param("2020-03-23", None, "2020-03", False, id="month-of-the-start"),
        pytest.param("2020-03-23", None, "2020-04", True, id="month-after-the-start"),
        pytest.param("2020-03-23", None, "2021", True, id="year-after-the-start"),
        pytest.param("2020-03-23", None, "2020", False, id="year-of-the-start"),
        pytest.param("2020-03-23", "2023-01-10", "2023-01-09", True, id="last-day"),
        pytest.param("2020-03-23", "2023-01-10", "2023-01", False, id="month-of-the-end"),
        pytest.param("2020-03-23", "2023-01-10", "2022-12", True, id="month-before-the-end"),
        pytest.param("2020-03", None, "2020-03-31", True, id="start-month-last-day"),
        pytest.param("2020-03", None, "2020-03-30", False, id="inside-the-start-month"),
    ],
)
def test_held_throughout(start: str, end: str | None, when: str, held: bool) -> None:
    assert held_throughout(_tenure(start, end), P(when)) is held


@pytest.mark.parametrize(
    ("meeting", "key"),
    [
        pytest.param(
            make_meeting(), (D(2004, 6, 5), 0, "symposium-2004"), id="symposium-by-its-start"
        ),
        pytest.param(
            make_meeting(start=P("2004-06")), (D(2004, 6, 1), 0, "symposium-2004"), id="month-start"
        ),
        pytest.param(
            make_meeting(start=None), (D(2004, 1, 1), 0, "symposium-2004"), id="undated-by-year"
        ),
        pytest.param(
            make_meeting(id="forum-1", kind=MeetingKind.FORUM, year=None, edition=1),
            (D(2004, 6, 5), 1, "forum-1"),
            id="forum-after-a-symposium-that-day",
        ),
        pytest.param(
            make_meeting(id="other", kind=MeetingKind.OTHER, year=None),
            (D(2004, 6, 5), 2, "other"),
            id="other-meeting-last-that-day",
        ),
        pytest.param(
            make_meeting(id="other", kind=MeetingKind.OTHER, year=None, start=None),
            (D(1, 1, 1), 2, "other"),
            id="undated-and-unlabelled-first",
        ),
    ],
)
def test_meeting_sort_key(meeting: Meeting, key: tuple[datetime.date, int, str]) -> None:
    assert meeting_sort_key(meeting) == key


# -- who held a post on a day, or during a month --------------------------------------

SECRETARY = ("CN-SH", "party_secretary")


def _two(first: Tenure, second: Tenure) -> tuple[Official, Official]:
    return (
        make_official(tenures=(first,)),
        make_official(id="other-official", name="另一官员", pinyin="Ling Yi", tenures=(second,)),
    )


# test-official until some day in March 2008, other-official from some day that month
HANDOVER_IN_MARCH = _two(_tenure("2003-01-02", "2008-03"), _tenure("2008-03"))
# both open-ended: the data is broken, and the look-up says so
OVERLAPPING = _two(_tenure("2003-01-02"), _tenure("2008-03-01"))
UNCERTAIN_MARCH = (
    "the 上海 市委书记 on 2008-03-15 is uncertain: the sources give only months or years"
    " around that day (测试官员 2003-01-02–2008-03; 另一官员 2008-03–incumbent)"
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(D(2005, 5, 5), "test-official", id="before-the-handover"),
        pytest.param(D(2008, 2, 29), "test-official", id="last-day-of-february"),
        pytest.param(D(2008, 4, 1), "other-official", id="after-the-handover-month"),
        pytest.param(D(2003, 1, 1), None, id="before-anyone"),
    ],
)
def test_holder_on(day: datetime.date, expected: str | None) -> None:
    found = holder_on(HANDOVER_IN_MARCH, *SECRETARY, day)
    assert (found.id if found else None) == expected
    assert holder_on(HANDOVER_IN_MARCH, "CN-SH", "governor", day) is None


@pytest.mark.parametrize(
    ("officials", "day", "message"),
    [
        pytest.param(HANDOVER_IN_MARCH, D(2008, 3, 15), UNCERTAIN_MARCH, id="handover-month"),
        pytest.param(
            OVERLAPPING,
            D(2010, 1, 5),
            "overlapping tenures on 2010-01-05: 测试官员, 另一官员",
            id="overlapping-tenures",
        ),
    ],
)
def test_holder_on_uncertain(
    officials: tuple[Official, ...], day: datetime.date, message: str
) -> None:
    with pytest.raises(UncertainDateError) as info:
        holder_on(officials, *SECRETARY, day)
    assert str(info.value) == message
    assert [o.id for o in info.value.candidates] == ["test-official", "other-official"]


@pytest.mark.parametrize(
    ("officials", "when", "expected"),
    [
        pytest.param(
            HANDOVER_IN_MARCH,
            "2008-03",
            [("test-official", False), ("other-official", True)],
            id="handover-month",
        ),
        pytest.param(HANDOVER_IN_MARCH, "2008-02", [("test-official", True)], id="month-before"),
        pytest.param(
            HANDOVER_IN_MARCH,
            "2008",
            [("test-official", True), ("other-official", True)],
            id="year",
        ),
        pytest.param(
            _two(_tenure("2003-01-02", "2008-02-01"), _tenure("2008-02-29")),
            "2008-02",
            [("other-official", True)],
            id="out-on-the-first-in-on-the-last-day",
        ),
        pytest.param(HANDOVER_IN_MARCH, "2002", [], id="before-anyone"),
    ],
)
def test_holders_during(
    officials: tuple[Official, ...], when: str, expected: list[tuple[str, bool]]
) -> None:
    found = holders_during(officials, *SECRETARY, P(when))
    assert [(h.official.id, h.certain) for h in found] == expected


PERIOD = (D(2005, 1, 1), D(2026, 12, 1))
ASK = "(allow_beyond=True, or --allow-beyond, asks anyway)"


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        pytest.param(
            D(2004, 12, 31),
            D(2004, 12, 31),
            "2004-12-31 is before the data's coverage, which starts on 2005-01-01: the data"
            f" does not say who held the post then {ASK}",
            id="day-before",
        ),
        pytest.param(
            D(2026, 12, 2),
            D(2026, 12, 2),
            "2026-12-02 is after the data's as_of date 2026-12-01 (data version test): the data"
            f" cannot say who held the post then {ASK}",
            id="day-after",
        ),
        pytest.param(D(2005, 1, 1), D(2005, 1, 1), None, id="first-day"),
        pytest.param(D(2026, 12, 1), D(2026, 12, 1), None, id="last-day"),
        pytest.param(D(2004, 1, 1), D(2005, 1, 1), None, id="period-reaching-in"),
    ],
)
def test_check_period(first: datetime.date, last: datetime.date, message: str | None) -> None:
    if message is None:
        check_period(PERIOD, first, last, str(first), "test")
    else:
        with pytest.raises(OutOfPeriodError) as info:
            check_period(PERIOD, first, last, str(first), "test")
        assert str(info.value) == message
