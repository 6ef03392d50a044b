"""Who held a post when: day queries that refuse to guess, and period queries.

Below the dataset: functions over `Official` records, used by `Dataset.holder`
and `Dataset.holders`, by validation and by the parser's checker.

>>> import datetime
>>> from yrd_meetings import load
>>> [h.official.name for h in holders_during(load().officials, "CN-ZJ", "governor",
...                                          PartialDate.parse("2024"))]
['王浩', '刘捷']
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import attrs

from .dates import PartialDate
from .records import Official, Post, Province, Tenure

__all__ = [
    "Holding",
    "OutOfPeriodError",
    "UncertainDateError",
    "check_period",
    "held_throughout",
    "holder_on",
    "holders_during",
    "tenure_covers",
]


class OutOfPeriodError(ValueError):
    """A date query outside the days the data covers (`Dataset.period`)."""


def check_period(
    period: tuple[datetime.date, datetime.date],
    first: datetime.date,
    last: datetime.date,
    what: str,
    version: str,
) -> None:
    """OutOfPeriodError unless the days `first`..`last` overlap `period`."""
    start, end = period
    ask = "(allow_beyond=True, or --allow-beyond, asks anyway)"
    if last < start:
        raise OutOfPeriodError(
            f"{what} is before the data's coverage, which starts on {start}: the data does "
            f"not say who held the post then {ask}"
        )
    if first > end:
        raise OutOfPeriodError(
            f"{what} is after the data's as_of date {end} (data version {version}): the data "
            f"cannot say who held the post then {ask}"
        )


class UncertainDateError(ValueError):
    """A look-up whose answer depends on days the sources do not give.

    `candidates` are the officials who may have held the post that day.
    """

    def __init__(self, message: str, candidates: Iterable[Official] = ()) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)


@attrs.frozen(kw_only=True)
class Holding:
    """One official's tenure of a post during a period; `certain` is False when the
    sources' precision leaves open whether the tenure reached into the period."""

    official: Official
    tenure: Tenure
    certain: bool


def tenure_covers(tenure: Tenure, day: datetime.date) -> bool | None:
    """True if `tenure` certainly covers `day`, False if certainly not, None if the
    sources' precision leaves it open. `end` is the first day out of office; an
    acting holder's election day proves them in office from then on."""
    if tenure.start.certainly_after(day):
        return False
    if tenure.end is not None and tenure.end.latest() <= day:
        return False
    started = tenure.start.latest() <= day or (
        tenure.elected is not None and tenure.elected.latest() <= day
    )
    still_in = tenure.end is None or tenure.end.earliest() > day
    return True if started and still_in else None


def held_throughout(tenure: Tenure, when: PartialDate) -> bool:
    """True if `tenure` certainly covers every day `when` may stand for."""
    return (
        tenure_covers(tenure, when.earliest()) is True
        and tenure_covers(tenure, when.latest()) is True
    )


def _tenures_of(
    officials: Iterable[Official], province: Province, post: Post
) -> Iterable[tuple[Official, Tenure]]:
    for official in officials:
        for tenure in official.tenures:
            if tenure.province is province and tenure.post is post:
                yield official, tenure


def holder_on(
    officials: Iterable[Official], province: Province | str, post: Post | str, on: datetime.date
) -> Official | None:
    """Who held a post on a day; None when nobody did. Raises UncertainDateError
    (naming the candidates) when a boundary known only to the month or year leaves
    the day open."""
    province, post = Province.lookup(province), Post(post)
    certain: list[Official] = []
    possible: list[tuple[Official, Tenure]] = []
    for official, tenure in _tenures_of(officials, province, post):
        covers = tenure_covers(tenure, on)
        if covers:
            certain.append(official)
        elif covers is None:
            possible.append((official, tenure))
    if len(certain) > 1:  # overlapping tenures; validate() reports these
        names = ", ".join(o.name for o in certain)
        raise UncertainDateError(f"overlapping tenures on {on}: {names}", certain)
    if certain:  # tenures of one post do not overlap, so the others did not hold it
        return certain[0]
    if possible:
        spans = "; ".join(
            f"{o.name} {t.start}–{t.end if t.end else 'incumbent'}" for o, t in possible
        )
        raise UncertainDateError(
            f"the {province.name_zh} {post.title_zh(province)} on {on} is uncertain: "
            f"the sources give only months or years around that day ({spans})",
            (o for o, _ in possible),
        )
    return None


def holders_during(
    officials: Iterable[Official], province: Province | str, post: Post | str, when: PartialDate
) -> tuple[Holding, ...]:
    """Everyone who held a post at some time during a year, month or day, in order
    of their start; `certain` is False where the sources' precision leaves it open."""
    province, post = Province.lookup(province), Post(post)
    first, last = when.earliest(), when.latest()
    found = []
    for official, tenure in _tenures_of(officials, province, post):
        if tenure.start.earliest() > last:
            continue
        if tenure.end is not None and tenure.end.latest() <= first:
            continue
        certain = tenure.start.latest() <= last and (
            tenure.end is None or tenure.end.earliest() > first
        )
        found.append(Holding(official=official, tenure=tenure, certain=certain))
    return tuple(sorted(found, key=lambda h: (h.tenure.start.earliest(), h.official.id)))
