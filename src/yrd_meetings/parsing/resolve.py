"""Stage 3 of the parser: which mention is a report, and which event each sentence is about.

Takes the segments and the cues and gives `Event`s:

1. every typed mention reported as held makes (or joins) an event: a
   symposium by its 年度 label, a forum by its edition, another meeting by name;
2. sentences are read in order, one article at a time; a sentence goes to the
   event it names (a held or known mention, or a bare `会议`/`论坛` meaning the
   article's event); a sentence that names only another meeting (a
   back-reference, an announcement) is skipped, but for the next host it
   announces; a sentence printed twice is read once;
3. from the lead of a held mention come its date and venue (`lead`); from
   every sentence come people, roles and outcomes.

Each pass is linear: cues are found once and looked up by position.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..records import MeetingKind
from .cues.dates import DateCue
from .cues.meetings import MeetingCue, Mentions
from .cues.outcomes import find_next_hosts, find_outcomes, signed_list
from .cues.people import find_people, roles_of_unknown
from .events import Event, Person, Slot
from .lead import LeadReader
from .names import Names
from .places import find_place
from .segment import Segments

__all__ = ["Resolver"]

_SIGNING = "签约"
_ASIDE = re.compile(r"另讯|另据|另悉|又讯|另外[,，]?据")


class Resolver:
    """Build the events of one text from its segments and cues."""

    def __init__(
        self, seg: Segments, mentions: Mentions, dates: Sequence[DateCue], names: Names
    ) -> None:
        self.seg = seg
        self.text = seg.text
        self.bare = mentions
        self.meetings = mentions.typed
        self.meeting_starts = [m.start for m in self.meetings]
        self.lead = LeadReader(seg, dates, names)
        self.names = names
        self.events: list[Event] = []
        self.event_of: dict[int, Event] = {}  # mention index -> event
        self.article_starts = [a.start for a in seg.articles]
        self._first: dict[MeetingKind, Event] = {}
        self._open: dict[MeetingKind, Event] = {}
        self._keyed: dict[tuple[MeetingKind, object], Event] = {}
        self._last_forum: Event | None = None
        self._cursor = (-1, 0, 0)  # (end of the last sentence read, its typed and bare indices)

    # -- events --------------------------------------------------------------

    def _key(self, cue: MeetingCue | Event) -> object:
        """What tells two events of a kind apart: the label, the edition, the name."""
        kind = cue.kind
        if isinstance(cue, Event):
            slot = cue.label if kind is MeetingKind.SYMPOSIUM else cue.edition
            return cue.name if kind is MeetingKind.OTHER else (slot.value if slot else None)
        if kind is MeetingKind.SYMPOSIUM:
            return cue.label
        if kind is MeetingKind.FORUM:
            return cue.edition
        return self.names.others.get(cue.name or "", cue.name)

    def _find(self, cue: MeetingCue) -> Event | None:
        """The event a mention names: same key, else one without a key yet (indexed, O(1))."""
        assert cue.kind is not None
        key = self._key(cue)
        if key is None:
            return self._first.get(cue.kind)
        return self._keyed.get((cue.kind, key)) or self._open.get(cue.kind)

    def _register(self, event: Event) -> None:
        self._first.setdefault(event.kind, event)
        key = self._key(event)
        if key is None:
            self._open.setdefault(event.kind, event)
            return
        self._keyed.setdefault((event.kind, key), event)
        if self._open.get(event.kind) is event:
            del self._open[event.kind]
        if event.kind is MeetingKind.FORUM:
            self._last_forum = event

    def _new(self, kind: MeetingKind, span: tuple[int, int], article: int) -> Event:
        event = Event(kind=kind, span=span, article=article)
        self.events.append(event)
        if kind is MeetingKind.FORUM:
            self._last_forum = event
        return event

    def _article(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.article_starts, pos) - 1)

    def _join(self, cue: MeetingCue, event: Event) -> None:
        if cue.label is not None and event.label is None and cue.label_span:
            event.label = Slot(cue.label, cue.label_span, "label")
        if cue.edition is not None and event.edition is None and cue.edition_span:
            event.edition = Slot(cue.edition, cue.edition_span)
        if cue.year is not None and event.year_written is None:
            event.year_written = Slot(cue.year, (cue.start, cue.start + 4), "text")

    def make_events(self) -> None:
        """Step 1: events from held mentions; other typed mentions join a known event."""
        studied: set[tuple[int, MeetingKind, object]] = set()
        for i, cue in enumerate(self.meetings):
            assert cue.kind is not None  # typed mentions only
            # in a study session of a meeting (传达学习…座谈会精神), a later
            # 召开的…座谈会 restates that meeting: it is no report of its own
            where = (self._article(cue.start), cue.kind, self._key(cue))
            if cue.studied:
                studied.add(where)
            if not cue.held or where in studied:
                continue
            event = self._find(cue)
            if event is None:
                event = self._new(cue.kind, (cue.start, cue.end), self._article(cue.start))
                event.name = self.names.others.get(cue.name, cue.name) if cue.name else None
            self._join(cue, event)
            self._register(event)
            self.event_of[i] = event
        for i, cue in enumerate(self.meetings):
            if cue.kind is not None and not cue.elsewhere and i not in self.event_of:
                found = self._find(cue)
                if found is not None and (cue.label is None or found.label is not None):
                    self.event_of[i] = found

    # -- sentences -----------------------------------------------------------

    def assign(self) -> None:
        """Step 2 and 3: give each sentence to its event and read it."""
        seen: set[str] = set()
        article = -1
        main: Event | None = None
        current: Event | None = None
        pending: list[tuple[int, int]] = []  # headlines above the article's first event
        for sentence in self.seg.sentences:
            a, b = sentence.start, sentence.end
            if b - a >= 8:
                if self.text[a:b] in seen:
                    continue
                seen.add(self.text[a:b])
            if sentence.article != article:
                article, main, current, pending = sentence.article, None, None, []
            if _ASIDE.match(self.text, a, b):
                continue  # 另讯/另据…: another story told in passing
            resolved, foreign = self._events_in(a, b, main or current)
            if resolved:
                current = resolved[-1]
                if main is None:
                    main = resolved[0]
                    for s, e in pending:  # a headline names the article's event
                        self._read(main, s, e)
            target = resolved[0] if resolved else (None if foreign else current)
            if target is not None:
                self._read(target, a, b)
            elif foreign:
                self._next_host_only(a, b, current)
            elif sentence.headline and main is None:
                pending.append((a, b))

    def _events_in(self, a: int, b: int, fallback: Event | None) -> tuple[list[Event], bool]:
        """The events a sentence names, and whether it names another occasion."""
        if a == self._cursor[0]:  # sentences come in order: start where the last one ended
            lo, blo = self._cursor[1], self._cursor[2]
        else:
            lo = bisect.bisect_left(self.meeting_starts, a)
            blo = bisect.bisect_left(self.bare.bare_start, a)
        hi = bisect.bisect_left(self.meeting_starts, b, lo)
        bhi = bisect.bisect_left(self.bare.bare_start, b, blo)
        self._cursor = (b, hi, bhi)
        if lo == hi and blo == bhi:
            return [], False
        # typed and bare mentions in text order: (start, typed index or -1, bare index or -1)
        order = [(self.meetings[i].start, i, -1) for i in range(lo, hi)]
        if blo < bhi:
            order += [(self.bare.bare_start[j], -1, j) for j in range(blo, bhi)]
            if lo < hi:
                order.sort()
        resolved: list[Event] = []
        foreign = False
        for start, i, j in order:
            if j >= 0:
                kind = self.bare.bare_kind[j]
                foreign = foreign or kind == Mentions.ELSEWHERE
                end = self.bare.bare_end[j]
                event = (
                    None if kind == Mentions.ELSEWHERE else self._bare(kind, start, end, fallback)
                )
            else:
                event = self.event_of.get(i)
                foreign = foreign or event is None
                if event is not None and self.meetings[i].held:
                    self._lead(event, self.meetings[i], a, b)
            if event is not None:
                resolved.append(event)
        return resolved, foreign

    def finish(self) -> None:
        """Give each attendee the roles the text states for the name."""
        for event in self.events:
            for name, role, span in event.roles:
                if (person := event.people.get(name)) is not None:
                    person.give(role, span)

    def _bare(self, kind: int, start: int, end: int, fallback: Event | None) -> Event | None:
        if kind != Mentions.FORUM:
            return fallback
        if self._last_forum is not None:
            return self._last_forum
        if fallback is None or fallback.kind is not MeetingKind.SYMPOSIUM:
            return None  # a 论坛 in a text about no symposium is some other forum
        event = self._new(MeetingKind.FORUM, (start, end), fallback.article)
        event.held = False
        self._register(event)
        return event

    def _lead(self, event: Event, cue: MeetingCue, a: int, b: int) -> None:
        """Date and venue from the sentence that reports the event held (`lead`)."""
        if event.date is None:
            event.date = self.lead.date(cue, a, b)
        if event.place is None and (found := self.lead.venue(cue, a, b)) is not None:
            place, offset = found
            span = (offset + place.start, offset + place.end)
            event.place = Slot((place.city, place.province), span)

    def _read(self, event: Event, a: int, b: int) -> None:
        if event.place is None and (found := self.lead.place_in(a, b)) is not None:
            place, offset = found
            event.place = Slot(
                (place.city, place.province), (offset + place.start, offset + place.end)
            )
        people, roles = find_people(self.text, a, b, self.names)
        for p in people:
            event.add_person(
                Person(
                    name=p.name,
                    post=p.post,
                    province=p.province,
                    title=p.title,
                    span=(p.start, p.end),
                )
            )
        for name, _person in event.people.items():
            if name not in self.names.officials:
                roles += roles_of_unknown(self.text, a, b, name)
        # roles are applied once every attendee is known (a headline names roles first)
        event.roles += [(r.name, r.role, (r.start, r.end)) for r in roles]
        outcomes = find_outcomes(self.text, a, b)
        if _SIGNING in self.text[a:b] and not any(o.field == "agreements" for o in outcomes):
            outcomes += signed_list(self.text, b, min(len(self.text), b + 800))
        for o in outcomes:
            if o.field == "theme":
                if event.theme is None:
                    event.theme = Slot(o.value, (o.start, o.end))
            elif o.field == "next_host":
                self._next_host(event, o.value, o.label, (o.start, o.end))
            else:
                event.add_item(o.field, o.value, (o.start, o.end))

    def _next_host(
        self, event: Event | None, place: str, label: int | None, span: tuple[int, int]
    ) -> None:
        found = find_place(place)
        if found is None:
            return
        target = (self._keyed.get((MeetingKind.SYMPOSIUM, label - 1)) if label else None) or (
            event if event is not None and event.kind is MeetingKind.SYMPOSIUM else None
        )
        if target is not None and target.next_host is None:
            target.next_host = Slot(found.province, span)

    def _next_host_only(self, a: int, b: int, current: Event | None) -> None:
        for o in find_next_hosts(self.text, a, b):
            self._next_host(current, o.value, o.label, (o.start, o.end))
