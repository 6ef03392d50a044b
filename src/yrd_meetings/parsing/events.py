"""The parser's working state: an event being read, its fields as `Slot`s.

`Event` collects what the resolve stage assigns to one reported meeting; each
field is a `Slot` (value, span in the cleaned text, `via`). `build.report`
turns it into a `Report` with evidence mapped back to the original text.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Generic, TypeVar

from ..records import MeetingKind, Post, Province, Role
from .cues.dates import DateCue
from .report import Via

__all__ = ["LIST_FIELDS", "ROLE_RANK", "Event", "Person", "Slot"]

T = TypeVar("T")

LIST_FIELDS = ("documents", "heard", "agreements", "releases", "unveiled", "visits")
ROLE_RANK = {Role.ATTENDED: 0, Role.SPOKE: 1, Role.REPORTED: 2, Role.PRESIDED: 3}
Span = tuple[int, int]
_PARTICLES = re.compile(r"[的《》“”\s]")


@dataclasses.dataclass(frozen=True)
class Slot(Generic[T]):
    """A field's value, the cleaned-text span it was read from (None: not from the text),
    and how it was found."""

    value: T
    span: Span | None
    via: Via = "text"


@dataclasses.dataclass
class Person:
    name: str
    post: Post | None
    province: Province | None
    title: str | None
    span: Span
    role: Role = Role.ATTENDED
    role_span: Span | None = None

    def give(self, role: Role, span: Span) -> None:
        """Keep the highest role stated (presided > reported > spoke > attended)."""
        if ROLE_RANK[role] > ROLE_RANK[self.role]:
            self.role, self.role_span = role, span


@dataclasses.dataclass(eq=False)  # an event is itself: compared by identity
class Event:
    kind: MeetingKind
    span: Span  # the mention that made it
    article: int
    held: bool = True
    label: Slot[int] | None = None  # a symposium's 年度
    edition: Slot[int] | None = None
    year_written: Slot[int] | None = None  # a forum's own 2021年…
    name: str | None = None  # an `other` meeting's curated name
    date: DateCue | None = None
    place: Slot[tuple[str | None, Province]] | None = None
    theme: Slot[str] | None = None
    next_host: Slot[Province] | None = None
    people: dict[str, Person] = dataclasses.field(default_factory=dict)
    roles: list[tuple[str, Role, Span]] = dataclasses.field(default_factory=list)
    keys: dict[str, set[str]] = dataclasses.field(default_factory=dict)  # titles seen, per field
    lists: dict[str, dict[str, Span]] = dataclasses.field(
        default_factory=lambda: {f: {} for f in LIST_FIELDS}
    )

    def add_item(self, field: str, value: str, span: Span) -> None:
        """Add a title once: a headline's 最新成果 and the body's 的最新成果 are one item."""
        key = _PARTICLES.sub("", value)
        seen = self.keys.setdefault(field, set())
        if key not in seen:
            seen.add(key)
            self.lists[field][value] = span

    def add_person(self, person: Person) -> None:
        known = self.people.get(person.name)
        if known is None:
            self.people[person.name] = person
        elif known.title is None and person.title is not None:
            # named bare first, with a post later: the post is what the text says
            known.post, known.province, known.title = person.post, person.province, person.title
            known.span = person.span
