"""Which facts the data gives, meeting by meeting: known, unknown, inferred or no record.

>>> from yrd_meetings import load
>>> rows = coverage(load(), through=2026)
>>> [(r["year"], r["city"]) for r in rows if r["year"] in (2005, 2006, 2025)]
[(2005, 'known'), (2006, 'no record'), (2025, 'known')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from .dataset import Dataset
from .records import Meeting, MeetingKind, Source

__all__ = ["FIELDS", "FIRST_YEAR", "MARKS", "Mark", "coverage"]

FIELDS = ("date", "city", "host", "theme", "attendees", "documents", "next_host")
# A field's mark; the date's may also be "known (month)" or "known (year)".
Mark = Literal["known", "unknown", "inferred", "no record"]
MARKS: tuple[Mark, ...] = ("known", "unknown", "inferred", "no record")
# The first symposium was held in 2005; every year since has a row.
FIRST_YEAR = 2005


def _only_inferred(sources: Iterable[Source]) -> bool:
    marks = [s.confidence.value for s in sources]
    return bool(marks) and all(mark == "inferred" for mark in marks)


def _row(ds: Dataset, m: Meeting) -> dict[str, Any]:
    agreements = ds.agreements_of(m)
    present = {
        "date": m.start is not None,
        "city": m.city is not None,
        "host": m.province is not None,
        "theme": m.theme is not None,
        "attendees": bool(m.attendances),
        "documents": bool(agreements),
        "next_host": m.next_host is not None,
    }
    inferred = dict.fromkeys(FIELDS, _only_inferred(m.sources))
    inferred["attendees"] = _only_inferred(s for a in m.attendances for s in a.sources)
    inferred["documents"] = _only_inferred(s for a in agreements for s in a.sources)
    row: dict[str, Any] = {"id": m.id, "year": m.year, "edition": m.edition}
    for field in FIELDS:
        if not present[field]:
            row[field] = "unknown"
        else:
            row[field] = "inferred" if inferred[field] else "known"
    if m.start is not None and row["date"] == "known" and m.start.precision != "day":
        row["date"] = f"known ({m.start.precision})"
    return row


def _no_record(year: int) -> dict[str, Any]:
    return {"id": None, "year": year, "edition": None, **dict.fromkeys(FIELDS, "no record")}


def coverage(
    ds: Dataset, kind: MeetingKind = MeetingKind.SYMPOSIUM, *, through: int | None = None
) -> list[dict[str, Any]]:
    """For each meeting of a kind, each field as known, unknown or inferred.

    A field is `inferred` when its value is there but every source it could rest
    on is marked `inferred`: the meeting's own sources for date, city, host,
    theme and next host; the attendances' or the agreements' sources for those.
    (Values inferred from the rotation are not stored at all; notes tell them.)

    Symposiums get a row for every 年度 year from 2005 through `through` (default:
    the year of the data's `as_of` date, so the table is the same on every day the
    same data is read); a year without a record in the data has `id` None and every
    field `"no record"`, so a gap shows where users look.
    """
    rows = [_row(ds, m) for m in ds.meetings if m.kind is kind]
    if kind is not MeetingKind.SYMPOSIUM:
        return rows
    last = ds.as_of.year if through is None else through
    by_year = {r["year"]: r for r in rows}
    years = range(FIRST_YEAR, max(last, *by_year) + 1)
    return [by_year.get(year) or _no_record(year) for year in years]
