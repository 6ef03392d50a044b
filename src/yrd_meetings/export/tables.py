"""The flat tables of a Dataset and their Table Schemas, both derived from the attrs classes.

Each record type becomes a table of its scalar fields; nested records and lists
become link tables keyed by their parent's id and a 1-based `position`:

========================  ==========================================================
table                     rows
========================  ==========================================================
meetings                  one a meeting (`Meeting`)
meeting_visits            the places visited at a meeting, in order
officials                 one an official (`Official`)
tenures                   one a tenure (`Tenure`), keyed by official and position
attendances               one an official at a meeting (`Attendance`)
agreements                one a document or agreement (`Agreement`)
agreement_parties         the parties to an agreement, in order
errata                    one a slip in a source (`Erratum`)
sources                   every distinct `Source`, with a stable id `source-0001`, ...
citations                 which record cites which source
========================  ==========================================================

The column types and constraints come from the attrs field annotations: a
field typed `X | None` is optional, an enum lists its values, a `PartialDate`
is an ISO string of year, month or day precision. Nothing here is written by
hand per column, so a new field in `records.py` shows up in every export.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from .. import records
from ..convert import NAME_FIELDS, TEXT_FIELDS
from ..dataset import Dataset
from ..dates import PartialDate

__all__ = ["DATE_PATTERN", "TABLES", "Column", "Table", "cell", "source_ids"]

DATE_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"

Row = dict[str, Any]


@attrs.frozen(kw_only=True)
class Column:
    """One column: its name, its Table Schema descriptor, and its kind of value."""

    name: str
    type: str  # Table Schema type: string, integer, boolean
    required: bool = False
    enum: tuple[str, ...] | None = None
    is_date: bool = False
    is_text: bool = False  # Chinese text: gets an `@zh-Hant` twin on request
    is_name: bool = False  # a person's name (its surname converts as a surname)
    unique: bool = False
    description: str | None = None

    def descriptor(self) -> dict[str, Any]:
        field: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.description:
            field["description"] = self.description
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if self.is_date:
            constraints["pattern"] = DATE_PATTERN
        if constraints:
            field["constraints"] = constraints
        return field


@attrs.frozen(kw_only=True)
class Table:
    """One flat table: columns, keys, and how to get its rows from a Dataset."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    rows: Callable[[Dataset], Iterator[Row]]

    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# -- columns from attrs fields ---------------------------------------------------------


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


_NESTED = (records.Source, records.Tenure, records.Attendance)


def _is_nested(tp: Any) -> bool:
    """A field that becomes a link table rather than a column."""
    base, _ = _unwrap_optional(tp)
    if base in _NESTED:
        return True
    return typing.get_origin(base) is tuple


_HINTS: dict[type[Any], dict[str, Any]] = {}
_SCALARS: dict[type[Any], tuple[str, ...]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = typing.get_type_hints(cls, vars(records))
    return found


def _scalar_names(cls: type[Any]) -> tuple[str, ...]:
    found = _SCALARS.get(cls)
    if found is None:
        hints = _hints(cls)
        found = tuple(f.name for f in attrs.fields(cls) if not _is_nested(hints[f.name]))
        _SCALARS[cls] = found
    return found


def _column(cls: type[Any], field: attrs.Attribute[Any], tp: Any) -> Column:
    base, optional = _unwrap_optional(tp)
    has_default = field.default is not attrs.NOTHING
    required = not optional and not has_default
    is_text = field.name in TEXT_FIELDS.get(cls, frozenset())
    is_name = (cls, field.name) in NAME_FIELDS
    if base is PartialDate:
        return Column(name=field.name, type="string", required=required, is_date=True)
    if inspect.isclass(base) and issubclass(base, enum.Enum):
        values = tuple(str(m.value) for m in base)
        return Column(name=field.name, type="string", required=not optional, enum=values)
    if base is bool:
        return Column(name=field.name, type="boolean", required=True)
    if base is int:
        return Column(name=field.name, type="integer", required=required)
    if base is str:
        return Column(
            name=field.name, type="string", required=required, is_text=is_text, is_name=is_name
        )
    raise TypeError(f"no column type for {cls.__name__}.{field.name}: {tp!r}")


def columns_of(cls: type[Any]) -> tuple[Column, ...]:
    """The scalar fields of a record class as columns, in declaration order."""
    hints = _hints(cls)
    return tuple(
        _column(cls, f, hints[f.name]) for f in attrs.fields(cls) if not _is_nested(hints[f.name])
    )


def _scalars(record: Any, cls: type[Any]) -> Row:
    return {name: getattr(record, name) for name in _scalar_names(cls)}


def _doc(cls: type[Any]) -> str:
    return inspect.cleandoc(cls.__doc__ or cls.__name__).split("\n\n")[0].replace("\n", " ")


def _key(name: str, description: str, *, enum: tuple[str, ...] | None = None) -> Column:
    return Column(name=name, type="string", required=True, enum=enum, description=description)


_POSITION = Column(
    name="position", type="integer", required=True, description="1-based order within the parent"
)


def _id_column(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    return tuple(attrs.evolve(c, unique=True) if c.name == "id" else c for c in cols)


# -- rows ------------------------------------------------------------------------------


def source_ids(ds: Dataset) -> dict[records.Source, str]:
    """Stable ids for the distinct sources: `source-0001`, ... in `ds.sources` order."""
    return {s: f"source-{i:04d}" for i, s in enumerate(ds.sources, start=1)}


def _meetings(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        yield _scalars(m, records.Meeting)


def _visits(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        for i, place in enumerate(m.visits, start=1):
            yield {"meeting": m.id, "position": i, "place": place}


def _officials(ds: Dataset) -> Iterator[Row]:
    for o in ds.officials:
        yield _scalars(o, records.Official)


def _tenures(ds: Dataset) -> Iterator[Row]:
    for o in ds.officials:
        for i, t in enumerate(o.tenures, start=1):
            yield {"official": o.id, "position": i, **_scalars(t, records.Tenure)}


def _attendances(ds: Dataset) -> Iterator[Row]:
    for m in ds.meetings:
        for i, a in enumerate(m.attendances, start=1):
            yield {"meeting": m.id, "position": i, **_scalars(a, records.Attendance)}


def _agreements(ds: Dataset) -> Iterator[Row]:
    for a in ds.agreements:
        yield _scalars(a, records.Agreement)


def _parties(ds: Dataset) -> Iterator[Row]:
    for a in ds.agreements:
        for i, party in enumerate(a.parties, start=1):
            yield {"agreement": a.id, "position": i, "party": party}


def _errata(ds: Dataset) -> Iterator[Row]:
    for e in ds.errata:
        yield _scalars(e, records.Erratum)


def _sources(ds: Dataset) -> Iterator[Row]:
    for s, sid in source_ids(ds).items():
        yield {"id": sid, "kind": s.kind, **_scalars(s, records.Source)}


def _citations(ds: Dataset) -> Iterator[Row]:
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


# -- the tables ------------------------------------------------------------------------

_CITED_TABLES = ("meetings", "attendances", "officials", "tenures", "agreements", "errata")


def _build_tables() -> tuple[Table, ...]:
    meeting_key = _key("meeting", "id of the meeting")
    return (
        Table(
            name="meetings",
            description=_doc(records.Meeting),
            columns=_id_column(columns_of(records.Meeting)),
            primary_key=("id",),
            foreign_keys=((("part_of",), "meetings", ("id",)),),
            rows=_meetings,
        ),
        Table(
            name="meeting_visits",
            description="The places visited during a meeting, in the order the sources give.",
            columns=(
                meeting_key,
                _POSITION,
                Column(name="place", type="string", required=True, is_text=True),
            ),
            primary_key=("meeting", "position"),
            foreign_keys=((("meeting",), "meetings", ("id",)),),
            rows=_visits,
        ),
        Table(
            name="officials",
            description=_doc(records.Official),
            columns=_id_column(columns_of(records.Official)),
            primary_key=("id",),
            rows=_officials,
        ),
        Table(
            name="tenures",
            description=_doc(records.Tenure),
            columns=(
                _key("official", "id of the official"),
                _POSITION,
                *columns_of(records.Tenure),
            ),
            primary_key=("official", "position"),
            foreign_keys=((("official",), "officials", ("id",)),),
            rows=_tenures,
        ),
        Table(
            name="attendances",
            description=_doc(records.Attendance),
            columns=(meeting_key, _POSITION, *columns_of(records.Attendance)),
            primary_key=("meeting", "position"),
            foreign_keys=(
                (("meeting",), "meetings", ("id",)),
                (("official",), "officials", ("id",)),
            ),
            rows=_attendances,
        ),
        Table(
            name="agreements",
            description=_doc(records.Agreement),
            columns=_id_column(columns_of(records.Agreement)),
            primary_key=("id",),
            foreign_keys=((("meeting",), "meetings", ("id",)),),
            rows=_agreements,
        ),
        Table(
            name="agreement_parties",
            description="The parties to an agreement where the sources state them, in order.",
            columns=(
                _key("agreement", "id of the agreement"),
                _POSITION,
                Column(name="party", type="string", required=True, is_text=True),
            ),
            primary_key=("agreement", "position"),
            foreign_keys=((("agreement",), "agreements", ("id",)),),
            rows=_parties,
        ),
        Table(
            name="errata",
            description=_doc(records.Erratum),
            columns=_id_column(columns_of(records.Erratum)),
            primary_key=("id",),
            rows=_errata,
        ),
        Table(
            name="sources",
            description=_doc(records.Source),
            columns=(
                Column(
                    name="id",
                    type="string",
                    required=True,
                    unique=True,
                    description="stable within one export: source-0001, ...",
                ),
                _key("kind", "seed or url", enum=("seed", "url")),
                *columns_of(records.Source),
            ),
            primary_key=("id",),
            rows=_sources,
        ),
        Table(
            name="citations",
            description="Which record cites which source: `record` is the id of the "
            "meeting, official, agreement or erratum; `item` the position of the "
            "attendance or tenure within it.",
            columns=(
                _key("table", "the table of the citing record", enum=_CITED_TABLES),
                _key("record", "id of the citing record (or of its parent)"),
                Column(name="item", type="integer", description="position in the parent"),
                _key(
                    "role",
                    "source; for errata the slip or the evidence",
                    enum=("source", "slip", "evidence"),
                ),
                _key("source", "id in the sources table"),
            ),
            primary_key=(),
            foreign_keys=((("source",), "sources", ("id",)),),
            rows=_citations,
        ),
    )


TABLES: tuple[Table, ...] = _build_tables()
TABLES_BY_NAME: Mapping[str, Table] = types.MappingProxyType({t.name: t for t in TABLES})


def cell(value: Any) -> str:
    """The CSV text of a value: ISO dates, enum values, true/false, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
