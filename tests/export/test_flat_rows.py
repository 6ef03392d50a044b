"""The flat tables, pinned by value for the tiny dataset plus a hosted symposium, and
the column helpers that run only while the module is imported."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from tiny_dataset import hosted, tiny

from yrd_meetings import PartialDate, Post, Province
from yrd_meetings.export import flat
from yrd_meetings.export.flat import FlatColumn

P = PartialDate.parse


FORUM_ROW = {
    "id": "forum-7",
    "kind": "forum",
    "name": "论坛",
    "year": None,
    "edition": 7,
    "start": "2025-06",
    "start_precision": "month",
    "end": None,
    "end_precision": None,
    "city": None,
    "host": None,
    "host_name": None,
    "host_name_en": None,
    "theme": None,
    "next_host_name": None,
    "attendees": 2,
    "attendee_names": "王、李",
    "documents": 1,
    "part_of": None,
}
SYMPOSIUM_ROW = {
    "id": "symposium-2025",
    "kind": "symposium",
    "name": "座谈会",
    "year": 2025,
    "edition": None,
    "start": "2025-06-06",
    "start_precision": "day",
    "end": "2025-06-07",
    "end_precision": "day",
    "city": "南京",
    "host": "CN-JS",
    "host_name": "江苏",
    "host_name_en": "Jiangsu",
    "theme": "主题",
    "next_host_name": "上海",
    "attendees": None,
    "attendee_names": None,
    "documents": None,
    "part_of": "forum-7",
}
FORUM = {
    "meeting": "forum-7",
    "meeting_name": "论坛",
    "meeting_kind": "forum",
    "year": None,
    "edition": 7,
    "meeting_start": "2025-06",
    "meeting_start_precision": "month",
    "city": None,
}
NO_POST = {"province": None, "province_name": None, "post": None, "post_title": None}
WANG = {"official": "wang", "name": "王", "pinyin": "Wang"}
LI = {"official": "li", "name": "李", "pinyin": "Li"}
UNDATED = {"end": None, "end_precision": None, "acting": False}
NOT_ELECTED = {"elected": None, "elected_precision": None, "ended_by": None}

EXPECTED: dict[str, list[dict[str, Any]]] = {
    "meetings": [FORUM_ROW, SYMPOSIUM_ROW],
    "attendances": [
        FORUM | {"position": 1} | WANG | NO_POST | {"role": "presided", "title": None},
        FORUM | {"position": 2} | LI | NO_POST | {"role": "attended", "title": "副市长"},
    ],
    "tenures": [
        WANG
        | {"province": "CN-SH", "province_name": "上海", "post": "governor"}
        | {"post_title": "上海市长", "start": "2020", "start_precision": "year"}
        | {"end": "2021-03-04", "end_precision": "day", "acting": False}
        | NOT_ELECTED,
        WANG
        | {"province": "CN-JS", "province_name": "江苏", "post": "party_secretary"}
        | {"post_title": "江苏省委书记", "start": "2021-03", "start_precision": "month"}
        | UNDATED
        | NOT_ELECTED,
    ],
    "agreements": [
        {"id": "outcome-1"}
        | FORUM
        | {"kind": "signed", "title": "协议", "parties": "上海市、江苏省"}
    ],
}


@pytest.mark.parametrize("name", flat.FLAT)
def test_flat_rows(name: str) -> None:
    """Every row and value, keys in column order."""
    cols, found = flat.flat_rows(hosted(), name)
    assert found == EXPECTED[name]
    assert [list(row) for row in found] == [[c.name for c in cols]] * len(found)
    assert cols is flat.COLUMNS[name]


@pytest.mark.parametrize("name", ["flats", "", "Meetings"])
def test_an_unknown_flat_table_is_named(name: str) -> None:
    """The exact message lists the flat tables."""
    message = f"no flat table {name!r}; flat tables: meetings, attendances, tenures, agreements"
    with pytest.raises(ValueError) as info:
        flat.columns(name)
    assert str(info.value) == message


def test_an_unhashable_name_is_a_value_error_too() -> None:
    """Not a TypeError from the dict."""
    with pytest.raises(ValueError, match=r"^no flat table \['meetings'\]; flat tables: "):
        flat.columns(["meetings"])  # type: ignore[arg-type]


def test_column_helpers() -> None:
    """`_c` keeps an enum's values as text; `_date` adds the precision column."""
    assert flat._c("kind", "enum", "what", [Post.GOVERNOR, 3]) == FlatColumn(
        name="kind", kind="enum", description="what", values=("governor", "3")
    )
    assert flat._c("n", "int", "count") == FlatColumn(name="n", kind="int", description="count")
    assert flat._date("start", "first day") == (
        FlatColumn(
            name="start",
            kind="date",
            description="first day, ISO 8601 at the sources' precision (YYYY, YYYY-MM or day)",
        ),
        FlatColumn(
            name="start_precision",
            kind="precision",
            description="precision of start: year, month or day",
        ),
    )


@pytest.mark.parametrize(
    ("p", "post", "expected"),
    [
        (None, None, NO_POST),
        (Province.SHANGHAI, None, {**NO_POST, "province": "CN-SH", "province_name": "上海"}),
        (None, Post.GOVERNOR, {**NO_POST, "post": "governor"}),
        (
            Province.ZHEJIANG,
            Post.GOVERNOR,
            {
                "province": "CN-ZJ",
                "province_name": "浙江",
                "post": "governor",
                "post_title": "浙江省长",
            },
        ),
    ],
)
def test_province_and_post(p: Province | None, post: Post | None, expected: object) -> None:
    """A title only when both are known."""
    assert flat._province(p, post) == expected


@pytest.mark.parametrize(("n", "expected"), [(0, None), (1, 1), (12, 12)])
def test_unknown_is_null(n: int, expected: int | None) -> None:
    """An empty list is unknown, not none."""
    assert flat._unknown_is_null(n) == expected


def test_to_frame_dtypes_and_typed_days() -> None:
    """Text `string`, counts `Int64`, enums and precisions `category`, days typed."""
    frame = flat.to_frame(hosted(), "meetings")
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert {k: dtypes[k] for k in ("id", "year", "start", "start_date", "kind")} == {
        "id": "string",
        "year": "Int64",
        "start": "string",
        "start_date": "datetime64[ns]",
        "kind": "category",
    }
    assert list(frame["kind"].cat.categories) == ["symposium", "forum", "other"]
    assert frame["kind"].tolist() == ["forum", "symposium"]
    assert frame["host"].tolist()[1] == "CN-JS"
    assert list(frame["start_precision"].cat.categories) == ["year", "month", "day"]
    assert frame["start_precision"].cat.ordered
    assert [str(d.date()) if d == d else None for d in frame["start_date"]] == [None, "2025-06-06"]
    assert frame["year"].isna().tolist() == [True, False]
    tenures = flat.to_frame(hosted(), "tenures")
    assert str(tenures["acting"].dtype) == "boolean"
    assert tenures["acting"].tolist() == [False, False]
    assert tenures["end_date"].isna().tolist() == [False, True]


def test_an_acting_tenure_with_its_election() -> None:
    """`acting` and `elected` (with its precision) as the tenure gives them."""
    ds = tiny()
    wang = ds.officials[1]
    first = attrs.evolve(wang.tenures[0], acting=True, elected=P("2020-02-01"), ended_by="调任")
    ds = attrs.evolve(ds, officials=(attrs.evolve(wang, tenures=(first,)),))
    _, found = flat.flat_rows(ds, "tenures")
    assert [
        {k: row[k] for k in ("acting", "elected", "elected_precision", "ended_by")} for row in found
    ] == [{"acting": True, "elected": "2020-02-01", "elected_precision": "day", "ended_by": "调任"}]
