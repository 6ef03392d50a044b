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

from ..dataset import held_throughout
from ..dates import PartialDate
from ..records import Erratum, Meeting, MeetingKind, Official, Post, Province, Source
from ..text.lexicon import data
from .pipeline import parse
from .report import Discrepancy, Report

__all__ = ["check"]


def _source_text(sources: Iterable[Source]) -> str | None:
    for src in sources:
        if src.quote:
            return f"{src.ref}: {src.quote}"
        return src.ref
    return None


def _meeting(report: Report, meetings: tuple[Meeting, ...]) -> Meeting | None:
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


def _near(name: str, title: str | None, officials: tuple[Official, ...]) -> Official | None:
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


def _check_report(index: int, report: Report, text: str) -> list[Discrepancy]:
    view = data()
    by_name = {o.name: o for o in view.officials}
    by_id = {o.id: o for o in view.officials}
    meeting = _meeting(report, view.meetings)
    when = _when(report, meeting)
    ids = [official_id for official_id in (meeting.id if meeting else None,) if official_id]
    out: list[Discrepancy] = []
    present: set[str] = set()
    for i, att in enumerate(report.attendees):
        start, end = _span(report, f"attendees[{i}]")
        official = by_name.get(att.name)
        if official is None:
            near = _near(att.name, att.title, view.officials)
            if near is not None:
                present.add(near.id)
                source = _erratum_source(view.errata, [near.id], att.name) or _source_text(
                    near.sources
                )
                out.append(
                    Discrepancy(
                        kind="name",
                        start=start,
                        end=end,
                        says=att.name,
                        truth=near.name,
                        source=source or "dataset",
                        record=near.id,
                        report=index,
                    )
                )
            continue
        present.add(official.id)
        if att.province is None or when is None:
            continue
        held = _posts_on(official, when)
        if not held or any(p == att.post and q == att.province for p, q, _ in held):
            continue
        post, province, src = held[0]
        out.append(
            Discrepancy(
                kind="post",
                start=start,
                end=end,
                says=att.title or "",
                truth=f"{province.name_zh}{post.title_zh(province)}",
                source=_erratum_source(view.errata, ids, official.name)
                or (_source_text([src]) if src else None)
                or "dataset",
                record=official.id,
                report=index,
            )
        )
    if meeting is None:
        return out
    meeting_source = _source_text(meeting.sources) or f"dataset: {meeting.id}"
    if (
        report.start is not None
        and meeting.start is not None
        and meeting.start.precision == "day"
        and report.start != meeting.start
    ):
        start, end = _span(report, "start")
        out.append(
            Discrepancy(
                kind="date",
                start=start,
                end=end,
                says=str(report.start),
                truth=str(meeting.start),
                source=meeting_source,
                record=meeting.id,
                report=index,
            )
        )
    if report.city is not None and meeting.city is not None and report.city != meeting.city:
        start, end = _span(report, "city")
        out.append(
            Discrepancy(
                kind="city",
                start=start,
                end=end,
                says=report.city,
                truth=meeting.city,
                source=meeting_source,
                record=meeting.id,
                report=index,
            )
        )
    listed = [a for a in report.attendees if a.province is not None]
    if len(listed) >= 5:
        start, end = _list_span(report)
        says = "".join(text[start:end].split()) if start is not None and end is not None else ""
        for attendance in meeting.attendances:
            if attendance.post is None or attendance.official in present:
                continue
            official_opt = by_id.get(attendance.official)
            if official_opt is None:
                continue
            where = attendance.province
            title = attendance.post.title_zh(where) if where is not None else ""
            prefix = where.name_zh if where is not None else ""
            source = _erratum_source(view.errata, [meeting.id], official_opt.name) or (
                _source_text(attendance.sources) or meeting_source
            )
            out.append(
                Discrepancy(
                    kind="missing_attendee",
                    start=start,
                    end=end,
                    says=says,
                    truth=f"{prefix}{title}{official_opt.name}出席",
                    source=source,
                    record=meeting.id,
                    report=index,
                )
            )
    return out


def check(text: str) -> tuple[Discrepancy, ...]:
    """Where `text` disagrees with the curated data, in report order.

    >>> check("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    ()
    >>> d, = check("8月18日，2022年度长三角地区主要领导座谈会在上海举行。")
    >>> d.kind, d.says, d.truth
    ('date', '2022-08-18', '2022-08-16')
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects a str, got {type(text).__name__}")
    out: list[Discrepancy] = []
    for index, report in enumerate(parse(text)):
        out.extend(_check_report(index, report, text))
    return tuple(out)
