"""`check(text)`: where a news text disagrees with the curated data.

The text is parsed, each report is matched to its curated meeting (a
symposium by its 年度, a forum by its edition or year, another meeting by its
name), and these are compared:

- `name`: an official's name that is not curated but differs by one
  character from a curated official with the same title (肖贵明 / 肖渭明);
- `post`: the post and province the text gives an official, against the
  tenures in force on the meeting's day (江苏省委副书记 for a 省委书记);
- `date`, `city`: the meeting's first day and city;
- `missing_attendee`: a Party secretary or governor the curated meeting
  records but the text's attendee list leaves out. Only lists that name at
  least five of the eight are taken as complete.

A text that says less than the data (no date, a role not stated) is not a
discrepancy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..dataset import held_throughout
from ..dates import PartialDate
from ..records import Erratum, Meeting, MeetingKind, Official, Post, Province, Source
from .pipeline import MAX_CHARS, parse
from .report import Discrepancy, DiscrepancyKind, Report

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["check", "match_meeting", "near_official"]


def _source_text(sources: Iterable[Source]) -> str | None:
    for src in sources:
        if src.quote:
            return f"{src.ref}: {src.quote}"
        return src.ref
    return None


def match_meeting(report: Report, meetings: tuple[Meeting, ...]) -> Meeting | None:
    """The curated meeting a report is about: a symposium by 年度, a forum by edition or
    year, another meeting by name (None when the data has none)."""
    for m in meetings:
        if m.kind is not report.kind:
            continue
        if report.kind is MeetingKind.SYMPOSIUM and report.year is not None:
            if m.year == report.year:
                return m
        elif report.kind is MeetingKind.FORUM:
            if report.edition is not None:
                if m.edition == report.edition:
                    return m
            elif report.year is not None and m.start is not None and m.start.year == report.year:
                return m
        elif report.kind is MeetingKind.OTHER and report.name is not None and m.name == report.name:
            return m
    return None


def _when(report: Report, meeting: Meeting | None) -> PartialDate | None:
    if report.start is not None:
        return report.start
    if meeting is not None and meeting.start is not None:
        return meeting.start
    return PartialDate(year=report.year) if report.year is not None else None


def _posts_on(official: Official, when: PartialDate) -> list[tuple[Post, Province, Source | None]]:
    """The posts the official certainly held on every day `when` may stand for."""
    return [
        (tenure.post, tenure.province, tenure.sources[0] if tenure.sources else None)
        for tenure in official.tenures
        if held_throughout(tenure, when)
    ]


def near_official(name: str, title: str | None, officials: tuple[Official, ...]) -> Official | None:
    """A curated official whose name differs from `name` in one character."""
    found = []
    for official in officials:
        other = official.name
        if len(other) != len(name) or other == name:
            continue
        if sum(a != b for a, b in zip(other, name, strict=True)) != 1:
            continue
        if official.title and title and official.title != title:
            continue
        found.append(official)
    return found[0] if len(found) == 1 else None


def _erratum_source(errata: tuple[Erratum, ...], records: Iterable[str], needle: str) -> str | None:
    """The evidence of a curated erratum about this slip, if there is one."""
    wanted = set(records)
    for erratum in errata:
        if erratum.record in wanted and (needle in erratum.says or needle in erratum.truth):
            return _source_text(erratum.evidence)
    return None


def _span(report: Report, field: str) -> tuple[int | None, int | None]:
    for ev in report.evidence:
        if ev.field == field:
            return ev.start, ev.end
    return None, None


def _list_span(report: Report) -> tuple[int | None, int | None]:
    """The span of the densest run of attendee mentions (the attendee list)."""
    spans = sorted(
        (ev.start, ev.end)
        for ev in report.evidence
        if ev.field.startswith("attendees[")
        and not ev.field.endswith(".role")
        and ev.start is not None
        and ev.end is not None
    )
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for s, e in spans:
        if run and s - run[-1][1] > 20:
            run = []
        run.append((s, e))
        if len(run) > len(best):
            best = list(run)
    if not best:
        return None, None
    return best[0][0], best[-1][1]


class _Checker:
    """Compares one report with its curated meeting; each `_…` method one kind of slip."""

    def __init__(self, index: int, report: Report, text: str, dataset: Dataset) -> None:
        self.index, self.report, self.text, self.data = index, report, text, dataset
        self.by_name = {o.name: o for o in dataset.officials}
        self.meeting = match_meeting(report, dataset.meetings)
        self.when = _when(report, self.meeting)
        self.present: set[str] = set()  # curated officials the text names
        self.found: list[Discrepancy] = []

    def add(
        self,
        kind: DiscrepancyKind,
        span: tuple[int | None, int | None],
        says: str,
        truth: str,
        source: str | None,
        record: str,
    ) -> None:
        self.found.append(
            Discrepancy(
                kind=kind,
                start=span[0],
                end=span[1],
                says=says,
                truth=truth,
                source=source or "dataset",
                record=record,
                report=self.index,
            )
        )

    def _errata(self, records: Iterable[str], needle: str) -> str | None:
        return _erratum_source(self.data.errata, records, needle)

    def attendees(self) -> None:
        meeting_ids = [self.meeting.id] if self.meeting else []
        for i, att in enumerate(self.report.attendees):
            span = _span(self.report, f"attendees[{i}]")
            official = self.by_name.get(att.name)
            if official is None:
                near = near_official(att.name, att.title, self.data.officials)
                if near is not None:
                    self.present.add(near.id)
                    source = self._errata([near.id], att.name) or _source_text(near.sources)
                    self.add("name", span, att.name, near.name, source, near.id)
                continue
            self.present.add(official.id)
            if att.province is None or self.when is None:
                continue
            held = _posts_on(official, self.when)
            if not held or any(p == att.post and q == att.province for p, q, _ in held):
                continue
            post, province, src = held[0]
            source = self._errata(meeting_ids, official.name) or (
                _source_text([src]) if src else None
            )
            truth = f"{province.name_zh}{post.title_zh(province)}"
            self.add("post", span, att.title or "", truth, source, official.id)

    def date_and_city(self, meeting: Meeting) -> None:
        source = _source_text(meeting.sources) or f"dataset: {meeting.id}"
        r = self.report
        # a value the parser took from the curated data is no statement of the text
        start_ok = r.start is not None and _from_text(r, "start")
        if (
            start_ok
            and meeting.start is not None
            and meeting.start.precision == "day"
            and r.start != meeting.start
        ):
            self.add(
                "date", _span(r, "start"), str(r.start), str(meeting.start), source, meeting.id
            )
        if r.city is not None and meeting.city is not None and r.city != meeting.city:
            self.add("city", _span(r, "city"), r.city, meeting.city, source, meeting.id)

    def missing(self, meeting: Meeting) -> None:
        """Curated Party secretaries and governors a complete-looking list leaves out."""
        if sum(a.province is not None for a in self.report.attendees) < 5:
            return
        start, end = _list_span(self.report)
        says = (
            "".join(self.text[start:end].split()) if start is not None and end is not None else ""
        )
        by_id = {o.id: o for o in self.data.officials}
        meeting_source = _source_text(meeting.sources) or f"dataset: {meeting.id}"
        for attendance in meeting.attendances:
            official = by_id.get(attendance.official)
            if attendance.post is None or attendance.official in self.present or official is None:
                continue
            where = attendance.province
            title = attendance.post.title_zh(where) if where is not None else ""
            prefix = where.name_zh if where is not None else ""
            source = self._errata([meeting.id], official.name) or (
                _source_text(attendance.sources) or meeting_source
            )
            truth = f"{prefix}{title}{official.name}出席"
            self.add("missing_attendee", (start, end), says, truth, source, meeting.id)

    def run(self) -> list[Discrepancy]:
        self.attendees()
        if self.meeting is not None:
            self.date_and_city(self.meeting)
            self.missing(self.meeting)
        return self.found


def _from_text(report: Report, field: str) -> bool:
    return all(e.via != "dataset" for e in report.evidence_for(field))


def check(
    text: str, *, dataset: Dataset | None = None, max_chars: int | None = MAX_CHARS
) -> tuple[Discrepancy, ...]:
    """Where `text` disagrees with the curated data (`dataset`, default `load()`), in report order.

    >>> check("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    ()
    >>> d, = check("8月18日，2022年度长三角地区主要领导座谈会在上海举行。")
    >>> d.kind, d.says, d.truth
    ('date', '2022-08-18', '2022-08-16')
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects a str, got {type(text).__name__}")
    if dataset is None:
        from ..dataset import load

        dataset = load()
    out: list[Discrepancy] = []
    for index, report in enumerate(parse(text, dataset=dataset, max_chars=max_chars)):
        out.extend(_Checker(index, report, text, dataset).run())
    return tuple(out)
