"""Stage 4 of the parser: an `Event` becomes a `Report`, with years and dates resolved.

The year of an event comes, in this order, from:
- a symposium: its 年度 label (`label`), the date's own year (`date`);
- a forum or other meeting: the date's own year (`date`), the year written
  before its name (`text`), the symposium of the same text (`context`);
- then the story's page date (`timestamp`), the `year=` argument (`hint`),
  the curated meeting of the same edition or name (`dataset`), and last an
  earlier event of the same text (`context`).

A date without a month (`7日`) takes the dateline's month (`新华社南京6月7日电`),
or the page date's; a relative day (`昨天`) counts from the day the story was
filed; `次日`/`此前一天` count from the other event's day. Evidence spans are
mapped back to the original text.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..dates import PartialDate
from ..records import MeetingKind, Post, Province
from ..text.normalize import Normalized
from .events import LIST_FIELDS, Event, Slot, Span
from .report import Attendee, Evidence, Report, Via
from .segment import Article

if TYPE_CHECKING:
    from ..dataset import Dataset
    from .cues.dates import DateCue

__all__ = ["Context", "report"]

_PROVINCE_ORDER = {p: i for i, p in enumerate(Province)}
_POST_ORDER = {Post.PARTY_SECRETARY: 0, Post.GOVERNOR: 1, None: 2}


class Context:
    """What every event of one text shares: its events, articles, hint and dataset."""

    def __init__(
        self,
        events: Sequence[Event],
        articles: Sequence[Article],
        hint: int | None,
        dataset: Dataset,
        norm: Normalized,
    ) -> None:
        self.events = events
        self.articles = articles
        self.hint = hint
        self.dataset = dataset
        self.norm = norm
        labels = [e.label for e in events if e.kind is MeetingKind.SYMPOSIUM and e.label]
        self._sole_label = labels[0] if len(labels) == 1 else None
        # one pass in text order: an event without a year of its own takes the
        # year of the event before it (`context`)
        self._years: dict[int, Slot[int] | None] = {}
        last: Slot[int] | None = None
        for e in events:
            year = self._year(e)
            if year is None and last is not None:
                year = Slot(last.value, last.span, "context")
            self._years[id(e)] = year
            last = year or last
        # absolute dates first, then 次日/此前一天 from the nearest dated event
        self._dates: dict[int, tuple[datetime.date, datetime.date | None, Via] | None] = {}
        for e in events:
            if e.date is None or e.date.after_event is None:
                self._dates[id(e)] = self._absolute(e)
        for i, e in enumerate(events):
            if e.date is not None and e.date.after_event is not None:
                self._dates[id(e)] = self._after_event(i, e.date.after_event)

    def place(self, event: Event) -> Slot[tuple[str | None, Province]] | None:
        """The event's venue; a forum the text places nowhere takes the venue of the
        text's one placed symposium when it was held during it, or the day after
        (`context`): the 2019–2021 forums were part of the symposium (在5月27日举行的…
        高层论坛上). The dates are the guard: a headline may be an article of its own."""
        if event.place is not None or event.kind is not MeetingKind.FORUM:
            return event.place
        held = self.dates(event)
        hosts = [e for e in self.events if e.kind is MeetingKind.SYMPOSIUM and e.place]
        if held is None or len(hosts) != 1 or (during := self.dates(hosts[0])) is None:
            return None
        first, last = during[0], during[1] or during[0]
        if not first <= held[0] <= last + datetime.timedelta(days=1):
            return None
        host = hosts[0].place
        assert host is not None
        return Slot(host.value, host.span, "context")

    def year(self, event: Event) -> Slot[int] | None:
        return self._years[id(event)]

    def dates(self, event: Event) -> tuple[datetime.date, datetime.date | None, Via] | None:
        """(start, end, via of the month/day) of an event, or None."""
        return self._dates[id(event)]

    def _year(self, event: Event) -> Slot[int] | None:
        cue = event.date
        own = Slot(cue.year, (cue.start, cue.end), "date") if cue and cue.year else None
        if event.kind is MeetingKind.SYMPOSIUM:
            first = [event.label, own]
        else:
            sole = self._sole_label
            context = Slot(sole.value, sole.span, "context") if sole is not None else None
            first = [own, event.year_written, context]
        for slot in first:
            if slot is not None:
                return slot
        stamp = self.articles[event.article].stamp
        if stamp is not None and (cue is not None or stamp.month > 1):
            # the page date dates the report; a December meeting reported in
            # January belongs to the year before, and 日前 in January may too
            later = cue is not None and _before_new_year(cue, stamp.month, stamp.day)
            return Slot(stamp.year - later, (stamp.start, stamp.start + 4), "timestamp")
        if self.hint is not None:
            return Slot(self.hint, None, "hint")
        found = _dataset_year(event, self.dataset)
        return Slot(found, None, "dataset") if found is not None else None

    def _after_event(
        self, i: int, offset: int
    ) -> tuple[datetime.date, datetime.date | None, Via] | None:
        """The day `offset` days from the nearest event (before, else after) with a date."""
        near = [*reversed(self.events[max(0, i - 8) : i]), *self.events[i + 1 : i + 9]]
        for other in near:
            dated = self._dates.get(id(other))
            if dated is not None:
                day = dated[0] + datetime.timedelta(days=offset)
                return day, day, "context"
        return None

    def _filed(self, event: Event, year: int) -> tuple[datetime.date, Via] | None:
        article = self.articles[event.article]
        if article.dateline is not None:
            d = article.dateline
            day = _day(year, d.month, d.day)
            return (day, "dateline") if day is not None else None
        if article.stamp is not None:
            s = article.stamp
            day = _day(s.year, s.month, s.day)
            return (day, "timestamp") if day is not None else None
        return None

    def _absolute(self, event: Event) -> tuple[datetime.date, datetime.date | None, Via] | None:
        cue = event.date
        year = self.year(event)
        if cue is None or year is None:
            return None
        if cue.relative is not None:
            filed = self._filed(event, year.value)
            if filed is None:
                return None
            day = filed[0] + datetime.timedelta(days=cue.relative)
            return day, day, filed[1]
        via: Via = "text"
        month = cue.month
        if month is None:
            filed = self._filed(event, year.value)
            if filed is None or cue.day is None:
                return None
            month = filed[0].month if cue.day <= filed[0].day + 1 else filed[0].month - 1 or 12
            via = filed[1]
        start = _day(cue.year or year.value, month, cue.day or 0)
        if start is None:
            return None
        if cue.end_day is None:
            return start, start, via
        end_month = cue.end_month or month
        end_year = cue.end_year or (start.year + 1 if end_month < month else start.year)
        end = _day(end_year, end_month, cue.end_day)
        return start, end if end is not None and end >= start else None, via


def _before_new_year(cue: DateCue, month: int, day: int) -> bool:
    """A date filed on (month, day) that falls in the year before: a later month
    (12月 in a January paper), or a day-only date past the filing day in January
    (31日 read on 2 January is 31 December)."""
    if cue.month is not None:
        return cue.month > month
    return month == 1 and cue.day is not None and cue.day > day + 1


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _dataset_year(event: Event, dataset: Dataset) -> int | None:
    for meeting in dataset.meetings:
        if meeting.kind is not event.kind:
            continue
        if event.kind is MeetingKind.FORUM and event.edition is not None:
            if meeting.edition == event.edition.value and meeting.start is not None:
                return meeting.start.year
        elif event.kind is MeetingKind.OTHER and event.name == meeting.name:
            return meeting.start.year if meeting.start is not None else meeting.year
    return None


class _Evidence:
    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.items: list[Evidence] = []

    def add(self, field: str, span: Span | None, via: Via = "text") -> None:
        s, e = self.norm.span(*span) if span is not None else (None, None)
        self.items.append(Evidence(field=field, start=s, end=e, via=via))


def _attendees(event: Event, ev: _Evidence) -> tuple[Attendee, ...]:
    people = sorted(
        event.people.values(),
        key=lambda p: (
            _PROVINCE_ORDER[p.province] if p.province else 4,
            _POST_ORDER[p.post],
            p.span[0],
        ),
    )
    for i, p in enumerate(people):
        ev.add(f"attendees[{i}]", p.span)
        if p.role_span is not None:
            ev.add(f"attendees[{i}].role", p.role_span)
    return tuple(
        Attendee(name=p.name, post=p.post, province=p.province, role=p.role, title=p.title)
        for p in people
    )


def report(event: Event, ctx: Context) -> Report:
    """The `Report` of one event."""
    ev = _Evidence(ctx.norm)
    ev.add("kind", event.span)
    year = ctx.year(event)
    if year is not None:
        ev.add("year", year.span, year.via)
    if event.edition is not None:
        ev.add("edition", event.edition.span)
    dates = ctx.dates(event)
    start = end = None
    if dates is not None and event.date is not None:
        span = (event.date.start, event.date.end)
        start = PartialDate.from_date(dates[0])
        ev.add("start", span, dates[2])
        if dates[1] is not None:
            end = PartialDate.from_date(dates[1])
            ev.add("end", span, dates[2])
    city = province = None
    place = ctx.place(event)
    if place is not None:
        city, province = place.value
        ev.add("city", place.span, place.via)
        ev.add("province", place.span, place.via)
    if event.theme is not None:
        ev.add("theme", event.theme.span)
    attendees = _attendees(event, ev)
    lists: dict[str, tuple[str, ...]] = {}
    for field in LIST_FIELDS:
        lists[field] = tuple(event.lists[field])
        for i, span in enumerate(event.lists[field].values()):
            ev.add(f"{field}[{i}]", span)
    if event.next_host is not None:
        ev.add("next_host", event.next_host.span)
    return Report(
        kind=event.kind,
        year=year.value if year is not None else None,
        edition=event.edition.value if event.edition is not None else None,
        start=start,
        end=end,
        city=city,
        province=province,
        theme=event.theme.value if event.theme is not None else None,
        attendees=attendees,
        next_host=event.next_host.value if event.next_host is not None else None,
        name=event.name,
        evidence=tuple(ev.items),
        **lists,
    )
