"""`coverage()`: one row a year (or edition), each field known, unknown or inferred."""

from __future__ import annotations

from yrd_meetings import load
from yrd_meetings.coverage import coverage


def test_coverage_runs_through_this_year() -> None:
    import datetime

    rows = coverage(load())
    assert rows[0]["year"] == 2005
    assert rows[-1]["year"] == max(datetime.date.today().year, 2026)


def test_coverage() -> None:
    ds = load()
    rows = coverage(ds, through=2026)
    symposiums = {m.year: m for m in ds.meetings if m.kind.value == "symposium"}
    assert [r["year"] for r in rows] == list(range(2005, 2027))
    for r in rows:
        assert set(r) == {
            "id",
            "year",
            "edition",
            "date",
            "city",
            "host",
            "theme",
            "attendees",
            "documents",
            "next_host",
        }
        marks = {"known", "unknown", "inferred"} if r["id"] else {"no record"}
        for field in ("city", "host", "theme", "attendees", "documents", "next_host"):
            assert r[field] in marks
        assert r["id"] == (symposiums[r["year"]].id if r["year"] in symposiums else None)
    r2025 = next(r for r in rows if r["year"] == 2025)
    assert r2025["date"] == r2025["city"] == r2025["attendees"] == "known"
