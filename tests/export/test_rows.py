"""The rows of the linked tables, pinned by value for a tiny hand-built dataset.

The type-hint caches are emptied for each test, so the code that fills them runs.
"""

from __future__ import annotations

import typing
from typing import Any

import pytest
from tiny_dataset import SEED, URL, tiny

from yrd_meetings import (
    AgreementKind,
    MeetingKind,
    PartialDate,
    Post,
    Province,
    Role,
    records,
)
from yrd_meetings.export import rows
from yrd_meetings.ids import MeetingId

P = PartialDate.parse


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The type hints and scalar names worked out again."""
    monkeypatch.setattr(rows, "_HINTS", {})
    monkeypatch.setattr(rows, "_SCALARS", {})


FORUM = {
    "id": "forum-7",
    "kind": MeetingKind.FORUM,
    "name": "论坛",
    "year": None,
    "edition": 7,
    "start": P("2025-06"),
    "end": None,
    "city": None,
    "province": None,
    "theme": None,
    "part_of": None,
    "next_host": None,
    "note": None,
    "start_precision": "month",
}
TENURE_1 = {
    "official": "wang",
    "position": 1,
    "post": Post.GOVERNOR,
    "province": Province.SHANGHAI,
    "start": P("2020"),
    "end": P("2021-03-04"),
    "acting": False,
    "elected": None,
    "ended_by": None,
    "note": None,
    "start_precision": "year",
    "end_precision": "day",
}
TENURE_2 = {
    **TENURE_1,
    "position": 2,
    "post": Post.PARTY_SECRETARY,
    "province": Province.JIANGSU,
    "start": P("2021-03"),
    "end": None,
    "start_precision": "month",
}
del TENURE_2["end_precision"]


def attendance(position: int, official: str, role: Role, title: str | None) -> dict[str, Any]:
    """An attendances row of forum-7, with no post."""
    return {
        "meeting": "forum-7",
        "position": position,
        "official": official,
        "post": None,
        "province": None,
        "role": role,
        "title": title,
    }


SOURCE = {"url": None, "publisher": None, "outlet": None, "via": None, "published": None}
SOURCE_TAIL = {"confidence": records.Confidence.SINGLE, "note": None}

EXPECTED: dict[str, list[dict[str, Any]]] = {
    "meetings_rows": [FORUM],
    "visits_rows": [
        {"meeting": "forum-7", "position": 1, "place": "甲"},
        {"meeting": "forum-7", "position": 2, "place": "乙"},
    ],
    "officials_rows": [
        {"id": "li", "name": "李", "pinyin": "Li", "gender": None, "birth": None, "title": None},
        {
            "id": "wang",
            "name": "王",
            "pinyin": "Wang",
            "gender": None,
            "birth": None,
            "title": None,
        },
    ],
    "tenures_rows": [TENURE_1, TENURE_2],
    "attendances_rows": [
        attendance(1, "wang", Role.PRESIDED, None),
        attendance(2, "li", Role.ATTENDED, "副市长"),
    ],
    "agreements_rows": [
        {
            "id": "outcome-1",
            "title": "协议",
            "kind": AgreementKind.SIGNED,
            "meeting": "forum-7",
            "note": None,
        }
    ],
    "parties_rows": [
        {"agreement": "outcome-1", "position": 1, "party": "上海市"},
        {"agreement": "outcome-1", "position": 2, "party": "江苏省"},
    ],
    "errata_rows": [
        {"id": "erratum-1", "record": "forum-7", "says": "x", "truth": "y", "note": None}
    ],
    "sources_rows": [
        {"id": "source-0001", "kind": "seed", "seed": "s.txt", "quote": "原文"}
        | SOURCE
        | SOURCE_TAIL,
        {"id": "source-0002", "kind": "url", "seed": None, "quote": None}
        | SOURCE
        | {"url": "https://a.example/1", "publisher": "新华社"}
        | SOURCE_TAIL,
    ],
}


@pytest.mark.parametrize("table", sorted(EXPECTED))
def test_rows_of_each_table(table: str) -> None:
    """Every row, every value, in order; keys in column order."""
    found = list(getattr(rows, table)(tiny()))
    assert found == EXPECTED[table]
    assert [list(r) for r in found] == [list(r) for r in EXPECTED[table]]


def test_citations_rows() -> None:
    """Each citation with its table, record, item, role and source id."""
    found = [tuple(r.values()) for r in rows.citations_rows(tiny())]
    assert found == [
        ("meetings", "forum-7", None, "source", "source-0001"),
        ("attendances", "forum-7", 1, "source", "source-0002"),
        ("officials", "li", None, "source", "source-0001"),
        ("tenures", "wang", 1, "source", "source-0002"),
        ("agreements", "outcome-1", None, "source", "source-0002"),
        ("errata", "erratum-1", None, "slip", "source-0001"),
        ("errata", "erratum-1", None, "evidence", "source-0002"),
    ]
    assert list(next(rows.citations_rows(tiny()))) == ["table", "record", "item", "role", "source"]


def test_source_ids_number_from_one() -> None:
    """In `ds.sources` order, four digits."""
    assert rows.source_ids(tiny()) == {SEED: "source-0001", URL: "source-0002"}


@pytest.mark.parametrize(
    ("tp", "unwrapped", "nested"),
    [
        (int | None, (int, True), False),
        (typing.Optional[str], (str, True), False),  # noqa: UP045 - the typing spelling
        (str, (str, False), False),
        (int | str | None, (int | str | None, False), False),
        (records.Source, (records.Source, False), True),
        (records.Tenure | None, (records.Tenure, True), True),
        (records.Attendance, (records.Attendance, False), True),
        (tuple[str, ...], (tuple[str, ...], False), True),
        (tuple[records.Source, ...] | None, (tuple[records.Source, ...], True), True),
        (MeetingId, (str, False), False),
        (MeetingId | None, (str, True), False),
    ],
)
def test_unwrap_optional_and_is_nested(tp: Any, unwrapped: tuple[Any, bool], nested: bool) -> None:
    """`X | None` gives X and True; records and tuples become link tables."""
    assert rows.unwrap_optional(tp) == unwrapped
    assert rows.is_nested(tp) is nested


SOURCE_NAMES = ("seed", "quote", "url", "publisher", "outlet", "via", "published")


@pytest.mark.parametrize(
    ("cls", "names", "field", "hint"),
    [
        (records.Agreement, ("id", "title", "kind", "meeting", "note"), "note", str | None),
        (records.Source, (*SOURCE_NAMES, "confidence", "note"), "confidence", records.Confidence),
        (
            records.Official,
            ("id", "name", "pinyin", "gender", "birth", "title"),
            "birth",
            PartialDate | None,
        ),
    ],
)
def test_scalar_names_leave_out_nested_fields(
    cls: type[Any], names: tuple[str, ...], field: str, hint: Any
) -> None:
    """Fields in declaration order; tuples and records are left out, and cached."""
    first = rows.scalar_names(cls)
    assert first == names
    assert {cls: names} == rows._SCALARS
    assert rows.scalar_names(cls) is first
    hints = rows.type_hints(cls)
    assert rows.type_hints(cls) is hints
    assert rows.type_hints(cls)[field] == hint
    assert rows.scalar_names(cls) is rows._SCALARS[cls]
