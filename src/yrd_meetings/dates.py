"""Dates known to the year, the month or the day.

A source that says "2016年8月" gives a month, not a day: `PartialDate` keeps it a
month, so nothing downstream pretends to know more than the source did.

>>> d = PartialDate.parse("2007-10")
>>> str(d), d.precision
('2007-10', 'month')
>>> d.earliest(), d.latest()
(datetime.date(2007, 10, 1), datetime.date(2007, 10, 31))
>>> d.certainly_before(datetime.date(2007, 11, 1))
True
"""

from __future__ import annotations

import datetime
import re
from typing import Literal

import attrs

__all__ = ["PartialDate", "Precision"]

Precision = Literal["year", "month", "day"]

_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII digits only


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    # calendar.monthrange would do, but importing calendar pulls in locale
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


def _as_range(value: PartialDate | datetime.date) -> tuple[datetime.date, datetime.date]:
    if isinstance(value, PartialDate):
        return value.earliest(), value.latest()
    if isinstance(value, datetime.date):
        return value, value
    raise TypeError(f"expected a PartialDate or datetime.date, got {type(value).__name__}")


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date of year, month or day precision; `str()` gives its ISO form.

    >>> PartialDate(year=2025, month=6, day=6)
    PartialDate('2025-06-06')
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise TypeError(f"PartialDate.{name} must be an int, got {type(value).__name__}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None and self.day is not None:
            raise ValueError("a PartialDate with a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            assert self.month is not None
            datetime.date(self.year, self.month, self.day)  # raises ValueError on 02-30

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

        >>> PartialDate.parse("2025-06-06").precision
        'day'
        """
        if not isinstance(text, str):
            raise TypeError(f"expected an ISO date string, got {type(text).__name__}")
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError(f"not an ISO date of form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        """The day-precision PartialDate of a `datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> datetime.date:
        """The first day this date may stand for."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> datetime.date:
        """The last day this date may stand for."""
        month = self.month or 12
        day = self.day or _days_in_month(self.year, month)
        return datetime.date(self.year, month, day)

    def to_date(self) -> datetime.date:
        """The `datetime.date`, for a day-precision date only (else ValueError)."""
        if self.day is None:
            raise ValueError(f"{self} is known only to the {self.precision}, not to the day")
        return self.earliest()

    def certainly_before(self, other: PartialDate | datetime.date) -> bool:
        """True when every day this date may be falls before every day `other` may be."""
        return self.latest() < _as_range(other)[0]

    def certainly_after(self, other: PartialDate | datetime.date) -> bool:
        """True when every day this date may be falls after every day `other` may be."""
        return self.earliest() > _as_range(other)[1]

    def contains(self, day: datetime.date) -> bool:
        """True when `day` is one of the days this date may stand for."""
        return self.earliest() <= day <= self.latest()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"
