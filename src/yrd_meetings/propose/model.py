"""What `propose` returns: a typed `Proposal` of `Change`s, `Conflict`s and `NewOfficial`s.

A proposal is a description, not yet a data change: every change carries the
verbatim sentence (`quote`) and the span of the value in the text, and the
article's `Citation` turns each quote into a `Source` only when the change is
applied (so a proposal can be reviewed before the article's outlet is known).

>>> c = Citation(url="https://example.org/a", publisher="某报", outlet=OutletKind.NEWSPAPER)
>>> c.source("会议在南京举行。").publisher
'某报'
>>> Citation().missing()
'the article has no source: give --url U --publisher P (or --seed for a seed file)'
"""

from __future__ import annotations

from typing import Literal

import attrs

from ..dates import PartialDate
from ..records import (
    Agreement,
    Attendance,
    Confidence,
    Meeting,
    OutletKind,
    Post,
    Province,
    Source,
)

__all__ = [
    "Action",
    "Change",
    "Citation",
    "Conflict",
    "IncompleteSource",
    "NewOfficial",
    "Proposal",
    "Value",
]

Action = Literal["new", "agrees"]
"""`new`: the data has no such value and the text states it; `agrees`: the data has
the same value, and the text becomes one more source for it."""

Value = PartialDate | Province | str | Meeting | Attendance | Agreement
"""The typed value a change writes: a date, a province, a text, or a whole record
(a new meeting's skeleton, an attendance, an agreement) without its sources."""


class IncompleteSource(ValueError):
    """The article cannot be cited yet: no seed or URL, no publisher, or no outlet kind."""


@attrs.frozen(kw_only=True, slots=True)
class Citation:
    """The article every proposed value is cited to: a seed file, or a web page.

    The outlet kind is never guessed: `source()` refuses without one.
    """

    seed: str | None = None
    url: str | None = None
    publisher: str | None = None
    outlet: OutletKind | None = None
    via: str | None = None
    published: PartialDate | None = None

    def missing(self) -> str | None:
        """What the citation lacks before it can be written, or None when complete."""
        if self.seed is None and self.url is None:
            return (
                "the article has no source: give --url U --publisher P (or --seed for a seed file)"
            )
        if self.url is not None and self.publisher is None:
            return "a web page needs its publisher: give --publisher P (the site's name or domain)"
        if self.outlet is None:
            kinds = ", ".join(k.value for k in OutletKind)
            return f"the article's outlet kind is not given: pass --outlet K (one of {kinds})"
        return None

    def source(self, quote: str, confidence: Confidence = Confidence.SINGLE) -> Source:
        """The `Source` of one quote of the article; IncompleteSource if it cannot be cited."""
        why = self.missing()
        if why is not None:
            raise IncompleteSource(why)
        return Source(
            seed=self.seed,
            url=self.url,
            quote=quote,
            publisher=self.publisher,
            outlet=self.outlet,
            via=self.via,
            published=self.published,
            confidence=confidence,
        )


@attrs.frozen(kw_only=True, slots=True)
class Change:
    """One value the text states, for one record.

    `record` is the id of the record it concerns (a new meeting's or agreement's id
    is proposed too); `field` is `meeting` (a new meeting), a meeting field (`start`,
    `city`, `theme`, `visits` …), `attendance` or `agreement`. `text` is the value as
    the review prints it, `value` the typed value written. `confirms` is True when
    the text agrees with the data and is an independent original of it, so its
    source is marked `confirmed`.
    """

    action: Action
    record: str
    field: str
    text: str
    value: Value
    quote: str
    start: int
    end: int
    confirms: bool = False


@attrs.frozen(kw_only=True, slots=True)
class Conflict:
    """A value the text states that differs from the data: both values, both sources.

    Nothing is written for a conflict; a curator decides (and records an `Erratum`
    where the text is wrong).
    """

    record: str
    field: str
    data: str
    data_sources: tuple[Source, ...]
    says: str
    quote: str
    start: int | None
    end: int | None


@attrs.frozen(kw_only=True, slots=True)
class NewOfficial:
    """A name the data lacks, printed with one of the eight posts: for a curator.

    Never written by `--write`: an official needs an id, pinyin and a dated tenure,
    which the text does not give. Add the official, then propose the text again.
    """

    name: str
    post: Post
    province: Province
    meeting: str
    quote: str
    start: int
    end: int


@attrs.frozen(kw_only=True, slots=True)
class Proposal:
    """Everything `propose` found in one text, against one dataset.

    `notes` say what was read but cannot be proposed (a forum without its number,
    a name that matches no official) and why.
    """

    citation: Citation
    changes: tuple[Change, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    new_officials: tuple[NewOfficial, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the text gives nothing to add, confirm or dispute."""
        return not (self.changes or self.conflicts or self.new_officials)

    @property
    def new(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.action == "new")

    @property
    def agreeing(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.action == "agrees")
