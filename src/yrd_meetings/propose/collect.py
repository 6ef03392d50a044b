"""The collector `propose` fills report by report: changes, conflicts, new officials, notes.

It knows the text, the data and the article's citation; `build` and `people` decide
what each value is, and call `change` or `conflict` here, which add the sentence
quote and work out whether an agreeing source confirms the data.

>>> from yrd_meetings import load
>>> from yrd_meetings.propose.model import Citation
>>> c = Collector("会议在南京举行。", load(), Citation())
>>> c.quote(3, 5)
('会议在南京举行。', 0)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..records import Confidence, Source
from ..validation import independent_origin
from .match import sentence
from .model import Action, Change, Citation, Conflict, NewOfficial, Proposal, Value

if TYPE_CHECKING:
    from ..dataset import Dataset
    from ..parsing.report import Report

__all__ = ["Collector", "text_span"]

# Values found through the curated data or the caller's `year=` hint are not
# statements of the text: proposing them would cite the article for what it never said.
_NOT_FROM_TEXT = frozenset({"dataset", "hint"})


def text_span(report: Report, field: str) -> tuple[int, int] | None:
    """The span of `field` in the original text, if the text states it."""
    found = report.evidence_for(field)
    if not found or any(e.via in _NOT_FROM_TEXT for e in found):
        return None
    first = found[0]
    if first.start is None or first.end is None:
        return None
    return first.start, first.end


class Collector:
    """Accumulates one proposal; one instance a `propose` call."""

    def __init__(self, text: str, dataset: Dataset, citation: Citation) -> None:
        self.text, self.data, self.citation = text, dataset, citation
        self.changes: list[Change] = []
        self.conflicts: list[Conflict] = []
        self.new_officials: list[NewOfficial] = []
        self.notes: list[str] = []

    def quote(self, start: int, end: int) -> tuple[str, int]:
        return sentence(self.text, start, end)

    def confirms(self, existing: Iterable[Source], quote: str) -> bool:
        """Whether the article, agreeing with `existing`, is an independent original.

        By `validation.independent_origin`: reposts count as the outlet they name,
        blogs, encyclopedias and datasets never, the seeds together as one paper.
        """
        if self.citation.missing() is not None:
            return False  # an article of unknown outlet cannot confirm anything
        mine = independent_origin(self.citation.source(quote))
        origins = {
            independent_origin(s) for s in existing if s.confidence is not Confidence.INFERRED
        }
        origins.discard(None)
        return mine is not None and bool(origins) and mine not in origins

    def change(
        self,
        action: Action,
        record: str,
        field: str,
        value: Value,
        span: tuple[int, int],
        *,
        shown: str | None = None,
        existing: Iterable[Source] = (),
    ) -> None:
        """Record a value the text states; `existing` are the data's sources for it."""
        quote, _ = self.quote(*span)
        self.changes.append(
            Change(
                action=action,
                record=record,
                field=field,
                text=shown if shown is not None else str(value),
                value=value,
                quote=quote,
                start=span[0],
                end=span[1],
                confirms=action == "agrees" and self.confirms(existing, quote),
            )
        )

    def conflict(
        self,
        record: str,
        field: str,
        data: str,
        data_sources: Iterable[Source],
        says: str,
        span: tuple[int, int],
    ) -> None:
        """Record a value the text states that differs from the data's."""
        quote, _ = self.quote(*span)
        self.conflicts.append(
            Conflict(
                record=record,
                field=field,
                data=data,
                data_sources=tuple(data_sources),
                says=says,
                quote=quote,
                start=span[0],
                end=span[1],
            )
        )

    def proposal(self) -> Proposal:
        return Proposal(
            citation=self.citation,
            changes=tuple(self.changes),
            conflicts=tuple(self.conflicts),
            new_officials=tuple(self.new_officials),
            notes=tuple(dict.fromkeys(self.notes)),
        )
