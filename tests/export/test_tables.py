"""The linked tables' layout, built afresh (the module builds `TABLES` at import) and
pinned by hand: every column's type, constraints and flags, every key.

A column is written `name:type flags [enum] <date`: `!` required, `U` unique, `T`
Chinese text, `N` a person's name, `D` a date; `<date` the date a precision is of.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pytest

from yrd_meetings import PartialDate, Post, records
from yrd_meetings.export import rows, tables
from yrd_meetings.export.tables import Column, cell

PROVINCES = "[CN-SH,CN-JS,CN-ZJ,CN-AH]"
PRECISION = "[year,month,day]"
OUTLETS = (
    "[government,state_media,newspaper,commercial_media,partisan_media,organisation,repost,"
    "blog,encyclopedia,dataset]"
)
LAYOUT = {
    "meetings": (
        "id:string !U | kind:string ! [symposium,forum,other] | name:string !T | year:integer | "
        f"edition:integer | start:string D | start_precision:string {PRECISION} <start | "
        f"end:string D | end_precision:string {PRECISION} <end | city:string T | "
        f"province:string {PROVINCES} | theme:string T | part_of:string | "
        f"next_host:string {PROVINCES} | note:string T"
    ),
    "meeting_visits": "meeting:string ! | position:integer ! | place:string !T",
    "officials": (
        "id:string !U | name:string !TN | pinyin:string ! | gender:string [male,female] | "
        f"birth:string D | birth_precision:string {PRECISION} <birth | title:string T"
    ),
    "tenures": (
        "official:string ! | position:integer ! | post:string ! [party_secretary,governor] | "
        f"province:string ! {PROVINCES} | start:string !D | "
        f"start_precision:string ! {PRECISION} <start | end:string D | "
        f"end_precision:string {PRECISION} <end | acting:boolean ! | elected:string D | "
        f"elected_precision:string {PRECISION} <elected | ended_by:string T | note:string T"
    ),
    "attendances": (
        "meeting:string ! | position:integer ! | official:string ! | "
        f"post:string [party_secretary,governor] | province:string {PROVINCES} | "
        "role:string ! [attended,presided,spoke,reported] | title:string T"
    ),
    "agreements": (
        "id:string !U | title:string !T | "
        "kind:string ! [reviewed,adopted,heard,signed,released,unveiled] | meeting:string ! | "
        "note:string T"
    ),
    "agreement_parties": "agreement:string ! | position:integer ! | party:string !T",
    "errata": "id:string !U | record:string ! | says:string ! | truth:string !T | note:string T",
    "sources": (
        "id:string !U | kind:string ! [seed,url] | seed:string | quote:string | url:string | "
        f"publisher:string T | outlet:string {OUTLETS} | via:string T | published:string D | "
        f"published_precision:string {PRECISION} <published | "
        "confidence:string ! [confirmed,single,inferred] | note:string T"
    ),
    "citations": (
        "table:string ! [meetings,attendances,officials,tenures,agreements,errata] | "
        "record:string ! | item:integer | role:string ! [source,slip,evidence] | source:string !"
    ),
}
MEETING = (("meeting",), "meetings", ("id",))
KEYS = {
    "meetings": (("id",), ((("part_of",), "meetings", ("id",)),), "meetings_rows"),
    "meeting_visits": (("meeting", "position"), (MEETING,), "visits_rows"),
    "officials": (("id",), (), "officials_rows"),
    "tenures": (("official", "position"), ((("official",), "officials", ("id",)),), "tenures_rows"),
    "attendances": (
        ("meeting", "position"),
        (MEETING, (("official",), "officials", ("id",))),
        "attendances_rows",
    ),
    "agreements": (("id",), (MEETING,), "agreements_rows"),
    "agreement_parties": (
        ("agreement", "position"),
        ((("agreement",), "agreements", ("id",)),),
        "parties_rows",
    ),
    "errata": (("id",), (), "errata_rows"),
    "sources": (("id",), (), "sources_rows"),
    "citations": ((), ((("source",), "sources", ("id",)),), "citations_rows"),
}


def compact(c: Column) -> str:
    """A column as the layout above writes it."""
    flags = [("!", c.required), ("U", c.unique), ("T", c.is_text), ("N", c.is_name)]
    text = f"{c.name}:{c.type}"
    marks = "".join(mark for mark, on in [*flags, ("D", c.is_date)] if on)
    text += f" {marks}" if marks else ""
    text += f" [{','.join(c.enum)}]" if c.enum is not None else ""
    return text + (f" <{c.precision_of}" if c.precision_of else "")


def built() -> dict[str, tables.Table]:
    """The tables, built now."""
    found = (
        tables._record_tables()
        + tables._attendance_tables()
        + tables._link_tables()
        + tables._source_tables()
    )
    return {t.name: t for t in found}


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The type hints worked out again."""
    monkeypatch.setattr(rows, "_HINTS", {})


def test_the_tables_in_order() -> None:
    """Ten tables, records first, links after their parents."""
    assert list(built()) == list(LAYOUT)
    assert [t.name for t in tables.TABLES] == list(LAYOUT)
    assert list(tables.TABLES_BY_NAME) == list(LAYOUT)


@pytest.mark.parametrize("name", list(LAYOUT))
def test_columns_of_each_table(name: str) -> None:
    """Every column: name, type, required, unique, text, name, date, enum, precision."""
    table = built()[name]
    assert " | ".join(compact(c) for c in table.columns) == LAYOUT[name]
    assert table.column_names() == tuple(part.split(":")[0] for part in LAYOUT[name].split(" | "))


@pytest.mark.parametrize("name", list(KEYS))
def test_keys_and_rows_of_each_table(name: str) -> None:
    """Primary key, foreign keys, and the row generator."""
    table = built()[name]
    assert (table.primary_key, table.foreign_keys, table.rows.__name__) == KEYS[name]
    assert table.rows is getattr(rows, KEYS[name][2])


DESCRIPTIONS = [
    ("meetings", "id", "stable id of the meeting, e.g. symposium-2025, forum-7"),
    ("meetings", "kind", "symposium (主要领导座谈会), forum (高层论坛) or other"),
    ("meetings", "year", "a symposium's 年度 year label (not always the calendar year)"),
    ("meetings", "city", "the host city in Chinese, without 市"),
    ("meetings", "end_precision", "precision of end: year, month or day (empty when end is)"),
    ("meetings", "start", "first day, ISO 8601 at the sources' precision (YYYY, YYYY-MM, day)"),
    ("tenures", "acting", None),
    ("tenures", "official", "id of the official"),
    ("tenures", "position", "1-based order within the parent"),
    ("meeting_visits", "meeting", "id of the meeting"),
    ("meeting_visits", "place", "a place visited, in Chinese"),
    ("attendances", "meeting", "id of the meeting"),
    ("agreement_parties", "agreement", "id of the agreement"),
    ("agreement_parties", "party", "a party to the agreement, in Chinese"),
    ("sources", "id", "stable within one export: source-0001, ..."),
    ("sources", "kind", "seed or url"),
    ("citations", "table", "the table of the citing record"),
    ("citations", "record", "id of the citing record (or of its parent)"),
    ("citations", "item", "position in the parent"),
    ("citations", "role", "source; for errata the slip or the evidence"),
    ("citations", "source", "id in the sources table"),
]


@pytest.mark.parametrize(("table", "column", "text"), DESCRIPTIONS)
def test_column_descriptions(table: str, column: str, text: str | None) -> None:
    """From `export.fields` for record fields, written here for keys and links."""
    found = {c.name: c.description for c in built()[table].columns}[column]
    if text is None:  # a boolean: described too, wording in export/fields.py
        assert found
    else:
        assert found == text


TABLE_DESCRIPTIONS = {
    "meetings": "A symposium (`year` is its 年度 label), a forum (`edition`), or a related "
    "meeting.",
    "meeting_visits": "The places visited during a meeting, in the order the sources give.",
    "officials": "A person who held one of the eight posts, or spoke at a meeting.",
    "tenures": "One spell of one official in one post.",
    "attendances": "An official at a meeting, with the post held that day (None outside the "
    "eight).",
    "agreements": "A document reviewed or adopted, a report heard, an agreement signed, a list "
    "released or an organisation unveiled at a meeting. `title` has no 《》.",
    "sources": "Where a fact comes from: a seed article with a verbatim quote, or a web page.",
    "agreement_parties": "The parties to an agreement where the sources state them, in order.",
    "errata": "A slip in a source: what it says, what is true, and the evidence.",
    "citations": "Which record cites which source: `record` is the id of the meeting, official, "
    "agreement or erratum; `item` the position of the attendance or tenure within it.",
}


@pytest.mark.parametrize(("name", "text"), list(TABLE_DESCRIPTIONS.items()))
def test_table_descriptions(name: str, text: str) -> None:
    """A record table's is the first paragraph of its class docstring, on one line."""
    assert built()[name].description == text


def test_doc_of_a_class_without_a_docstring() -> None:
    """Its name stands in."""

    class Nameless:
        pass

    class Two:
        """First line
        goes on.

        Second paragraph."""

    assert tables._doc(Nameless) == "Nameless"
    assert tables._doc(Two) == "First line goes on."


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (Column(name="n", type="integer"), {"name": "n", "type": "integer"}),
        (
            Column(name="id", type="string", required=True, unique=True, description="the id"),
            {
                "name": "id",
                "type": "string",
                "description": "the id",
                "constraints": {"required": True, "unique": True},
            },
        ),
        (
            Column(name="d", type="string", is_date=True, enum=("a",), description=""),
            {
                "name": "d",
                "type": "string",
                "constraints": {"enum": ["a"], "minLength": 4, "maxLength": 10},
            },
        ),
        (
            Column(name="e", type="string", enum=()),
            {"name": "e", "type": "string", "constraints": {"enum": []}},
        ),
    ],
)
def test_column_descriptor(column: Column, expected: dict[str, Any]) -> None:
    """Table Schema: description when there is one, constraints only when any apply."""
    assert column.descriptor() == expected


class Colour(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (2025, "2025"),
        ("", ""),
        ("南京", "南京"),
        (Post.GOVERNOR, "governor"),
        (Colour.RED, "red"),
        (PartialDate.parse("2019-06"), "2019-06"),
    ],
)
def test_cell(value: object, text: str) -> None:
    """None empty, booleans lower case, enums by value, the rest as str."""
    assert cell(value) == text


def test_a_field_of_no_known_type_is_refused() -> None:
    """The class, field and type are named."""

    @attrs.frozen
    class Meeting:
        city: float

    field = attrs.fields(Meeting)[0]
    with pytest.raises(TypeError) as info:
        tables._column(Meeting, field, float)
    assert str(info.value) == "no column type for Meeting.city: <class 'float'>"


def test_defaults_make_a_column_optional() -> None:
    """A field with a default is not required; an enum or bool one still is."""
    by_name = {c.name: c for c in tables.columns_of(records.Source)}
    assert [by_name[n].required for n in ("seed", "confidence", "note")] == [False, True, False]
    acting = {c.name: c for c in tables.columns_of(records.Tenure)}["acting"]
    assert (acting.type, acting.required) == ("boolean", True)


def test_a_default_makes_a_text_or_number_column_optional() -> None:
    """Required means no `| None` and no default (no record field has both yet)."""

    @attrs.frozen
    class Meeting:
        edition: int
        name: str
        year: int = 0
        city: str = "南京"

    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(Meeting)
    types = (int, str, int, str)  # the annotations are text under `annotations`
    found = [tables._column(Meeting, f, tp) for f, tp in zip(fields, types, strict=True)]
    assert [(c.name, c.type, c.required) for c in found] == [
        ("edition", "integer", True),
        ("name", "string", True),
        ("year", "integer", False),
        ("city", "string", False),
    ]
