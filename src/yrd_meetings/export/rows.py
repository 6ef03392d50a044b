"""The rows of the linked tables: one generator a table, values as the records hold them
(the CSV writer and the frames turn them into text or dtypes). Each date gets its
`<name>_precision` beside it."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from .. import records
from ..dataset import Dataset
from ..dates import PartialDate

__all__ = [
    "Row",
    "is_nested",
    "scalar_names",
    "scalars",
    "source_ids",
    "type_hints",
    "unwrap_optional",
]

Row = dict[str, Any]


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """The type under `| None` (and under an id type, `MeetingId` → str), and whether
    None was allowed."""
    optional = False
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            tp, optional = args[0], True
    if isinstance(tp, typing.NewType):
        tp = tp.__supertype__
    return tp, optional


_NESTED = (records.Source, records.Tenure, records.Attendance)


def is_nested(tp: Any) -> bool:
    """A field that becomes a link table rather than a column."""
    base, _ = unwrap_optional(tp)
    if base in _NESTED:
        return True
    return typing.get_origin(base) is tuple


_HINTS: dict[type[Any], dict[str, Any]] = {}
_SCALARS: dict[type[Any], tuple[str, ...]] = {}


def type_hints(cls: type[Any]) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = typing.get_type_hints(cls, vars(records))
    return found


def scalar_names(cls: type[Any]) -> tuple[str, ...]:
    found = _SCALARS.get(cls)
    if found is None:
        hints = type_hints(cls)
        found = tuple(f.name for f in attrs.fields(cls) if not is_nested(hints[f.name]))
        _SCALARS[cls] = found
    return found


def scalars(record: Any, cls: type[Any]) -> Row:
    row = {name: getattr(record, name) for name in scalar_names(cls)}
    for name, value in list(row.items()):
        if isinstance(value, PartialDate):
            row[f"{name}_precision"] = value.precision
    return row


def source_ids(ds: Dataset) -> dict[records.Source, str]:
    """Stable ids for the distinct sources: `source-0001`, ... in `ds.sources` order."""
    return {s: f"source-{i:04d}" for i, s in enumerate(ds.sources, start=1)}


def meetings_rows(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        yield scalars(m, records.Meeting)


def visits_rows(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        for i, place in enumerate(m.visits, start=1):
            yield {"meeting": m.id, "position": i, "place": place}


def officials_rows(ds: Dataset) -> Iterator[Row]:
    for o in ds.officials:
        yield scalars(o, records.Official)


def tenures_rows(ds: Dataset) -> Iterator[Row]:
    for o in ds.officials:
        for i, t in enumerate(o.tenures, start=1):
            yield {"official": o.id, "position": i, **scalars(t, records.Tenure)}


def attendances_rows(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        for i, a in enumerate(m.attendances, start=1):
            yield {"meeting": m.id, "position": i, **scalars(a, records.Attendance)}


def agreements_rows(ds: Dataset) -> Iterator[Row]:
    for a in ds.agreements:
        yield scalars(a, records.Agreement)


def parties_rows(ds: Dataset) -> Iterator[Row]:
    for a in ds.agreements:
        for i, party in enumerate(a.parties, start=1):
            yield {"agreement": a.id, "position": i, "party": party}


def errata_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.errata:
        yield scalars(e, records.Erratum)


def sources_rows(ds: Dataset) -> Iterator[Row]:
    for s, sid in source_ids(ds).items():
        yield {"id": sid, "kind": s.kind, **scalars(s, records.Source)}


def citations_rows(ds: Dataset) -> Iterator[Row]:
    ids = source_ids(ds)

    def cite(
        table: str, record: str, item: int | None, role: str, cited: tuple[records.Source, ...]
    ) -> Iterator[Row]:
        for s in cited:
            yield {"table": table, "record": record, "item": item, "role": role, "source": ids[s]}

    for m in ds.meetings:
        yield from cite("meetings", m.id, None, "source", m.sources)
        for i, a in enumerate(m.attendances, start=1):
            yield from cite("attendances", m.id, i, "source", a.sources)
    for o in ds.officials:
        yield from cite("officials", o.id, None, "source", o.sources)
        for i, t in enumerate(o.tenures, start=1):
            yield from cite("tenures", o.id, i, "source", t.sources)
    for ag in ds.agreements:
        yield from cite("agreements", ag.id, None, "source", ag.sources)
    for e in ds.errata:
        yield from cite("errata", e.id, None, "slip", (e.source,))
        yield from cite("errata", e.id, None, "evidence", e.evidence)
