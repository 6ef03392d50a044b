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
is an ISO string of year, month or day precision followed by a `<name>_precision`
column (`year`, `month`, `day`), so a reader sees one text type for every date
column and the precision beside it. Descriptions come from `export.fields`.
Nothing else is written by hand per column, so a new field in `records.py` shows
up in every export (and fails a test until it is described).
"""

from __future__ import annotations

import enum
import inspect
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from .. import records
from ..convert import NAME_FIELDS, TEXT_FIELDS
from ..dataset import Dataset
from ..dates import PartialDate
from . import rows
from .fields import describe, precision_description
from .rows import Row, is_nested, source_ids, type_hints, unwrap_optional

__all__ = ["DATE_PATTERN", "TABLES", "Column", "Table", "cell", "source_ids"]

DATE_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"


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
    precision_of: str | None = None  # the date column whose precision this column gives

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
        if self.is_date:  # YYYY, YYYY-MM or YYYY-MM-DD; lengths every SQL engine checks
            constraints["minLength"], constraints["maxLength"] = 4, 10
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


def _column(cls: type[Any], field: attrs.Attribute[Any], tp: Any) -> Column:
    base, optional = unwrap_optional(tp)
    has_default = field.default is not attrs.NOTHING
    required = not optional and not has_default
    is_text = field.name in TEXT_FIELDS.get(cls, frozenset())
    is_name = (cls, field.name) in NAME_FIELDS
    about = describe(cls, field.name)
    if base is PartialDate:
        return Column(
            name=field.name, type="string", required=required, is_date=True, description=about
        )
    if inspect.isclass(base) and issubclass(base, enum.Enum):
        values = tuple(str(m.value) for m in base)
        return Column(
            name=field.name, type="string", required=not optional, enum=values, description=about
        )
    if base is bool:
        return Column(name=field.name, type="boolean", required=True, description=about)
    if base is int:
        return Column(name=field.name, type="integer", required=required, description=about)
    if base is str:
        return Column(
            name=field.name,
            type="string",
            required=required,
            is_text=is_text,
            is_name=is_name,
            description=about,
        )
    raise TypeError(f"no column type for {cls.__name__}.{field.name}: {tp!r}")


PRECISIONS = ("year", "month", "day")


def _precision(date: Column) -> Column:
    return Column(
        name=f"{date.name}_precision",
        type="string",
        required=date.required,
        enum=PRECISIONS,
        description=precision_description(date.name),
        precision_of=date.name,
    )


def columns_of(cls: type[Any]) -> tuple[Column, ...]:
    """The scalar fields of a record class as columns, in declaration order; each
    date column is followed by its `<name>_precision` column."""
    hints = type_hints(cls)
    found: list[Column] = []
    for f in attrs.fields(cls):
        if not is_nested(hints[f.name]):
            column = _column(cls, f, hints[f.name])
            found += [column, _precision(column)] if column.is_date else [column]
    return tuple(found)


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


# -- the tables ------------------------------------------------------------------------

_CITED_TABLES = ("meetings", "attendances", "officials", "tenures", "agreements", "errata")


def _record_tables() -> tuple[Table, ...]:
    meeting_key = _key("meeting", "id of the meeting")
    return (
        Table(
            name="meetings",
            description=_doc(records.Meeting),
            columns=_id_column(columns_of(records.Meeting)),
            primary_key=("id",),
            foreign_keys=((("part_of",), "meetings", ("id",)),),
            rows=rows.meetings_rows,
        ),
        Table(
            name="meeting_visits",
            description="The places visited during a meeting, in the order the sources give.",
            columns=(
                meeting_key,
                _POSITION,
                Column(
                    name="place",
                    type="string",
                    required=True,
                    is_text=True,
                    description="a place visited, in Chinese",
                ),
            ),
            primary_key=("meeting", "position"),
            foreign_keys=((("meeting",), "meetings", ("id",)),),
            rows=rows.visits_rows,
        ),
        Table(
            name="officials",
            description=_doc(records.Official),
            columns=_id_column(columns_of(records.Official)),
            primary_key=("id",),
            rows=rows.officials_rows,
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
            rows=rows.tenures_rows,
        ),
    )


def _attendance_tables() -> tuple[Table, ...]:
    meeting_key = _key("meeting", "id of the meeting")
    return (
        Table(
            name="attendances",
            description=_doc(records.Attendance),
            columns=(meeting_key, _POSITION, *columns_of(records.Attendance)),
            primary_key=("meeting", "position"),
            foreign_keys=(
                (("meeting",), "meetings", ("id",)),
                (("official",), "officials", ("id",)),
            ),
            rows=rows.attendances_rows,
        ),
        Table(
            name="agreements",
            description=_doc(records.Agreement),
            columns=_id_column(columns_of(records.Agreement)),
            primary_key=("id",),
            foreign_keys=((("meeting",), "meetings", ("id",)),),
            rows=rows.agreements_rows,
        ),
    )


def _link_tables() -> tuple[Table, ...]:
    return (
        Table(
            name="agreement_parties",
            description="The parties to an agreement where the sources state them, in order.",
            columns=(
                _key("agreement", "id of the agreement"),
                _POSITION,
                Column(
                    name="party",
                    type="string",
                    required=True,
                    is_text=True,
                    description="a party to the agreement, in Chinese",
                ),
            ),
            primary_key=("agreement", "position"),
            foreign_keys=((("agreement",), "agreements", ("id",)),),
            rows=rows.parties_rows,
        ),
    )


def _source_tables() -> tuple[Table, ...]:
    return (
        Table(
            name="errata",
            description=_doc(records.Erratum),
            columns=_id_column(columns_of(records.Erratum)),
            primary_key=("id",),
            rows=rows.errata_rows,
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
            rows=rows.sources_rows,
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
            rows=rows.citations_rows,
        ),
    )


TABLES: tuple[Table, ...] = (
    _record_tables() + _attendance_tables() + _link_tables() + _source_tables()
)
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
