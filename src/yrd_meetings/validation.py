"""Integrity rules over a Dataset: references, dates, provenance.

`validate(dataset)` returns every problem found (an empty tuple when clean);
each problem names the rule it breaks and the record it concerns.

>>> from yrd_meetings import load
>>> validate(load())
()
"""

from __future__ import annotations

import datetime
import itertools
from collections import Counter
from collections.abc import Callable, Iterator

import attrs

from . import seeds
from .dataset import Dataset, held_throughout
from .dates import PartialDate
from .records import Attendance, Confidence, MeetingKind, Official, OutletKind, Source

__all__ = ["RULES", "Problem", "independent_origin", "validate"]


@attrs.frozen(kw_only=True)
class Problem:
    """One broken rule: `rule` is its name, `record` the id concerned."""

    rule: str
    record: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.record}: {self.message}"


Check = Callable[[Dataset], Iterator[Problem]]


def _unique_ids(ds: Dataset) -> Iterator[Problem]:
    ids = [m.id for m in ds.meetings] + [o.id for o in ds.officials]
    counts = Counter(ids + [a.id for a in ds.agreements] + [e.id for e in ds.errata])
    for record_id, n in sorted(counts.items()):
        if n > 1:
            yield Problem(rule="unique-ids", record=record_id, message=f"id used {n} times")
    labels = Counter(m.year for m in ds.meetings if m.kind is MeetingKind.SYMPOSIUM)
    editions = Counter(m.edition for m in ds.meetings if m.kind is MeetingKind.FORUM)
    for label, n in sorted(labels.items(), key=str):
        if n > 1:
            yield Problem(rule="unique-ids", record=f"symposium {label}", message=f"{n} records")
    for edition, n in sorted(editions.items(), key=str):
        if n > 1:
            yield Problem(rule="unique-ids", record=f"forum {edition}", message=f"{n} records")


def _references(ds: Dataset) -> Iterator[Problem]:
    meetings = {m.id for m in ds.meetings}
    officials = {o.id for o in ds.officials}
    every = meetings | officials | {a.id for a in ds.agreements}
    for m in ds.meetings:
        if m.part_of is not None and m.part_of not in meetings:
            yield Problem(rule="references", record=m.id, message=f"part_of {m.part_of!r} unknown")
        for a in m.attendances:
            if a.official not in officials:
                yield Problem(
                    rule="references", record=m.id, message=f"attendee {a.official!r} unknown"
                )
    for ag in ds.agreements:
        if ag.meeting not in meetings:
            yield Problem(
                rule="references", record=ag.id, message=f"meeting {ag.meeting!r} unknown"
            )
    for e in ds.errata:
        if e.record not in every:
            yield Problem(rule="references", record=e.id, message=f"record {e.record!r} unknown")


def _aliases(ds: Dataset) -> Iterator[Problem]:
    live: set[str] = {m.id for m in ds.meetings} | {o.id for o in ds.officials}
    live |= {a.id for a in ds.agreements} | {e.id for e in ds.errata}
    olds = Counter(a.old for a in ds.aliases)
    for alias in ds.aliases:
        if alias.old in live:
            yield Problem(rule="aliases", record=alias.old, message="an alias of a live id")
        if alias.new not in live:
            yield Problem(rule="aliases", record=alias.old, message=f"new id {alias.new!r} unknown")
    for old, n in sorted(olds.items()):
        if n > 1:
            yield Problem(rule="aliases", record=old, message=f"aliased {n} times")


def _kind_fields(ds: Dataset) -> Iterator[Problem]:
    for m in ds.meetings:
        if m.kind is MeetingKind.SYMPOSIUM and m.year is None:
            yield Problem(
                rule="kind-fields", record=m.id, message="a symposium needs its year label"
            )
        if m.kind is MeetingKind.FORUM and m.edition is None:
            yield Problem(rule="kind-fields", record=m.id, message="a forum needs its edition")
        if m.kind is not MeetingKind.FORUM and m.edition is not None:
            yield Problem(rule="kind-fields", record=m.id, message="only forums have an edition")
        for a in m.attendances:
            if (a.post is None) != (a.province is None):
                yield Problem(
                    rule="kind-fields",
                    record=m.id,
                    message=f"attendee {a.official}: post and province go together",
                )


def _held(person: Official, attendance: Attendance, when: PartialDate) -> bool:
    return any(
        t.post is attendance.post and t.province is attendance.province and held_throughout(t, when)
        for t in person.tenures
    )


def _attendees_held_post(ds: Dataset) -> Iterator[Problem]:
    officials = {o.id: o for o in ds.officials}
    for m in ds.meetings:
        if m.start is None:
            continue
        for a in m.attendances:
            person = officials.get(a.official)
            if person is None or a.post is None or a.province is None:
                continue
            if not _held(person, a, m.start):
                yield Problem(
                    rule="attendee-held-post",
                    record=m.id,
                    message=(
                        f"{person.name} is not certainly {a.province.name_zh}"
                        f"{a.post.title_zh(a.province)} on {m.start}"
                    ),
                )


def _start_before_end(ds: Dataset) -> Iterator[Problem]:
    for o in ds.officials:
        for t in o.tenures:
            if t.end is not None and (
                t.end.certainly_before(t.start) or (t.end == t.start and t.end.precision == "day")
            ):
                yield Problem(
                    rule="start-before-end",
                    record=o.id,
                    message=f"{t.province} {t.post} tenure ends {t.end}, before {t.start}",
                )
    for m in ds.meetings:
        if m.start is not None and m.end is not None and m.end.certainly_before(m.start):
            yield Problem(
                rule="start-before-end", record=m.id, message=f"ends {m.end} before {m.start}"
            )
        if m.end is not None and m.start is None:
            yield Problem(rule="start-before-end", record=m.id, message="an end without a start")


def _no_overlap(ds: Dataset) -> Iterator[Problem]:
    spells = sorted(
        ((o, t) for o in ds.officials for t in o.tenures),
        key=lambda row: (row[1].province.value, row[1].post.value, row[1].start),
    )
    for (o1, prev), (o2, nxt) in itertools.pairwise(spells):
        if (prev.province, prev.post) != (nxt.province, nxt.post):
            continue
        if prev.end is None or prev.end.certainly_after(nxt.start):
            yield Problem(
                rule="no-overlap",
                record=f"{o1.id}, {o2.id}",
                message=(
                    f"{prev.province} {prev.post}: tenure from {prev.start} "
                    f"(end {prev.end}) overlaps one from {nxt.start}"
                ),
            )


def _every_date(ds: Dataset) -> Iterator[tuple[str, PartialDate]]:
    for m in ds.meetings:
        for d in (m.start, m.end):
            if d is not None:
                yield m.id, d
    for o in ds.officials:
        if o.birth is not None:
            yield o.id, o.birth
        for t in o.tenures:
            for d in (t.start, t.end, t.elected):
                if d is not None:
                    yield o.id, d


def _no_placeholder_dates(ds: Dataset) -> Iterator[Problem]:
    today = datetime.date.today()
    for record, d in _every_date(ds):
        if d.precision == "day" and (d.month, d.day) == (1, 1):
            yield Problem(
                rule="no-placeholder-dates",
                record=record,
                message=f"{d} looks like a placeholder: give the year alone if the day is unknown",
            )
        if d.year < 1900 or d.earliest() > today:
            yield Problem(rule="no-placeholder-dates", record=record, message=f"{d} is implausible")


def _every_record_sourced(ds: Dataset) -> Iterator[Problem]:
    for m in ds.meetings:
        if not m.sources:
            yield Problem(rule="sourced", record=m.id, message="meeting without a source")
        for a in m.attendances:
            if not a.sources:
                yield Problem(
                    rule="sourced", record=m.id, message=f"attendance {a.official} without a source"
                )
    for o in ds.officials:
        if not o.sources and not o.tenures:
            yield Problem(rule="sourced", record=o.id, message="official without a source")
        for t in o.tenures:
            if not t.sources:
                yield Problem(
                    rule="sourced",
                    record=o.id,
                    message=f"{t.province} {t.post} tenure without a source",
                )
    for ag in ds.agreements:
        if not ag.sources:
            yield Problem(rule="sourced", record=ag.id, message="agreement without a source")
    for e in ds.errata:
        if not e.evidence:
            yield Problem(rule="sourced", record=e.id, message="erratum without evidence")


def _quotes_in_seeds(ds: Dataset) -> Iterator[Problem]:
    known = set(seeds.names())
    for record, _, source in ds.citations():
        if source.seed is None:
            continue
        if source.seed not in known:
            yield Problem(rule="seed-quotes", record=record, message=f"no seed {source.seed!r}")
        elif source.quote is None or source.quote not in seeds.text(source.seed):
            yield Problem(
                rule="seed-quotes",
                record=record,
                message=f"quote {source.quote!r} is not in {source.seed}",
            )
    for e in ds.errata:
        if e.source.quote is not None and e.says not in e.source.quote:
            yield Problem(
                rule="seed-quotes", record=e.id, message=f"says {e.says!r} is not in its quote"
            )


def independent_origin(source: Source) -> str | None:
    """The outlet `source` counts as toward `confirmed`, or None if it cannot count.

    A repost counts as the outlet it names in `via` (two reposts of one wire story
    are one source) and not at all when it names none; blogs, encyclopedias and
    datasets never count; an original whose publisher is not named counts as one
    unnamed outlet of its kind.
    """
    if source.outlet is None or not source.outlet.can_confirm:
        return None
    if source.outlet is OutletKind.REPOST:
        return source.via
    return source.origin or f"unnamed {source.outlet.value}"


def _graded(ds: Dataset) -> Iterator[Problem]:
    for record, what, source in ds.citations():
        if source.outlet is None:
            yield Problem(
                rule="graded", record=record, message=f"{what}: {source.ref} has no outlet kind"
            )
        elif source.kind == "url" and source.publisher is None:
            yield Problem(
                rule="graded", record=record, message=f"{what}: {source.ref} has no publisher"
            )
        if source.via is not None and source.via == source.publisher:
            yield Problem(
                rule="graded",
                record=record,
                message=f"{what}: {source.ref} names its own publisher as via",
            )


def _confirmed_by_two(ds: Dataset) -> Iterator[Problem]:
    groups: dict[tuple[str, str], list[Source]] = {}
    for record, what, source in ds.citations():
        groups.setdefault((record, what), []).append(source)
    for (record, what), sources in groups.items():
        if not any(s.confidence is Confidence.CONFIRMED for s in sources):
            continue
        origins = {
            origin
            for s in sources
            if s.confidence is not Confidence.INFERRED
            for origin in [independent_origin(s)]
            if origin is not None
        }
        if len(origins) < 2:
            found = ", ".join(sorted(origins)) or "none"
            yield Problem(
                rule="confirmed-by-two",
                record=record,
                message=(
                    f"{what}: marked confirmed on {len(origins)} independent original(s) ({found})"
                ),
            )


RULES: dict[str, Check] = {
    "unique-ids": _unique_ids,
    "references": _references,
    "aliases": _aliases,
    "kind-fields": _kind_fields,
    "attendee-held-post": _attendees_held_post,
    "start-before-end": _start_before_end,
    "no-overlap": _no_overlap,
    "no-placeholder-dates": _no_placeholder_dates,
    "sourced": _every_record_sourced,
    "seed-quotes": _quotes_in_seeds,
    "graded": _graded,
    "confirmed-by-two": _confirmed_by_two,
}


def validate(dataset: Dataset) -> tuple[Problem, ...]:
    """Every problem in `dataset`, rule by rule; `()` when it is clean."""
    if not isinstance(dataset, Dataset):
        raise TypeError(f"validate() takes a Dataset, got {type(dataset).__name__}")
    return tuple(problem for check in RULES.values() for problem in check(dataset))
