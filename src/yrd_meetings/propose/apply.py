"""Apply a proposal to a dataset: the non-conflicting changes, each with its source.

Conflicts and new officials are never applied. A `new` change sets a value the
data lacks (or adds a meeting, attendance, agreement, visit); an `agrees` change
only adds the article as one more source (marked `confirmed` when it is an
independent original of the data's). A quote already cited from the same
article is not cited twice.

>>> from yrd_meetings import load, propose
>>> p = propose("8月18日，2022年度长三角地区主要领导座谈会在上海举行。",
...             url="https://example.org/a", publisher="某报", outlet="newspaper")
>>> apply(p, load()).meeting(2022).start  # the conflicting date is not applied
PartialDate('2022-08-16')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..records import Agreement, Attendance, Confidence, Meeting, Role, Source
from .match import ROLE_RANK
from .model import Change, Proposal

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["apply"]


def _cite(sources: tuple[Source, ...], new: Source) -> tuple[Source, ...]:
    for s in sources:
        same_article = s.ref == new.ref
        if (
            same_article
            and s.quote
            and new.quote
            and (s.quote in new.quote or new.quote in s.quote)
        ):
            return sources
    return (*sources, new)


class _Tables:
    """The meetings and agreements being changed, by id."""

    def __init__(self, dataset: Dataset) -> None:
        # keyed by the change's record field, a plain str
        self.meetings: dict[str, Meeting] = {m.id: m for m in dataset.meetings}
        self.agreements: dict[str, Agreement] = {a.id: a for a in dataset.agreements}

    def meeting(self, change: Change, source: Source) -> None:
        assert isinstance(change.value, Meeting)
        self.meetings[change.record] = attrs.evolve(change.value, sources=(source,))

    def field(self, change: Change, source: Source) -> None:
        m = self.meetings[change.record]
        if change.action == "new":
            # a field name and a value of its type, as `build` pairs them
            values: dict[str, Any] = {change.field: change.value}
            m = attrs.evolve(m, **values)
        self.meetings[change.record] = attrs.evolve(m, sources=_cite(m.sources, source))

    def visit(self, change: Change, source: Source) -> None:
        m = self.meetings[change.record]
        assert isinstance(change.value, str)
        if change.value not in m.visits:
            m = attrs.evolve(m, visits=(*m.visits, change.value))
        self.meetings[change.record] = attrs.evolve(m, sources=_cite(m.sources, source))

    def _attendance(
        self, change: Change, update: Callable[[Attendance | None], Attendance]
    ) -> None:
        meeting_id, official = change.record.split("/")
        m = self.meetings[meeting_id]
        rows = list(m.attendances)
        at = next((i for i, a in enumerate(rows) if a.official == official), None)
        if at is None:
            rows.append(update(None))
        else:
            rows[at] = update(rows[at])
        self.meetings[meeting_id] = attrs.evolve(m, attendances=tuple(rows))

    def attendance(self, change: Change, source: Source) -> None:
        assert isinstance(change.value, Attendance)
        value = change.value

        def update(old: Attendance | None) -> Attendance:
            base = value if old is None else old
            return attrs.evolve(base, sources=_cite(base.sources, source))

        self._attendance(change, update)

    def role(self, change: Change, source: Source) -> None:
        role = Role(str(change.value))

        def update(old: Attendance | None) -> Attendance:
            assert old is not None  # the attendance change comes first
            higher = role if ROLE_RANK[role] > ROLE_RANK[old.role] else old.role
            return attrs.evolve(old, role=higher, sources=_cite(old.sources, source))

        self._attendance(change, update)

    def agreement(self, change: Change, source: Source) -> None:
        if change.action == "new":
            assert isinstance(change.value, Agreement)
            self.agreements[change.record] = attrs.evolve(change.value, sources=(source,))
            return
        ag = self.agreements[change.record]
        self.agreements[change.record] = attrs.evolve(ag, sources=_cite(ag.sources, source))


def apply(proposal: Proposal, dataset: Dataset) -> Dataset:
    """`dataset` with the proposal's changes; IncompleteSource if the article cannot be cited."""
    if not isinstance(proposal, Proposal):
        raise TypeError(f"apply() expects a Proposal, got {type(proposal).__name__}")
    tables = _Tables(dataset)
    steps: dict[str, Callable[[Change, Source], None]] = {
        "meeting": tables.meeting,
        "visits": tables.visit,
        "attendance": tables.attendance,
        "role": tables.role,
        "agreement": tables.agreement,
    }
    for change in proposal.changes:
        confidence = Confidence.CONFIRMED if change.confirms else Confidence.SINGLE
        source = proposal.citation.source(change.quote, confidence)
        steps.get(change.field, tables.field)(change, source)
    return attrs.evolve(
        dataset,
        meetings=tuple(tables.meetings.values()),
        agreements=tuple(tables.agreements.values()),
    )
