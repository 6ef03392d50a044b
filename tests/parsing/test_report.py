"""The parser's output types and their JSON: exact keys, round trips, what equality ignores."""

from __future__ import annotations

from typing import Any

import pytest

from yrd_meetings import PartialDate
from yrd_meetings.parsing.report import (
    VIAS,
    Attendee,
    Evidence,
    Report,
    report_from_json,
    report_to_json,
)
from yrd_meetings.records import MeetingKind, Post, Province, Role

REPORT = Report(
    kind=MeetingKind.FORUM,
    year=2025,
    edition=7,
    start=PartialDate.parse("2025-06"),
    city="芜湖",
    province=Province.ANHUI,
    theme="协同创新",
    attendees=(
        Attendee(
            name="陈吉宁",
            post=Post.PARTY_SECRETARY,
            province=Province.SHANGHAI,
            role=Role.SPOKE,
            title="上海市委书记",
        ),
        Attendee(name="范恒山", title="国家发展改革委副秘书长"),
    ),
    documents=("甲方案",),
    agreements=("乙协议", "丙备忘录"),
    next_host=Province.SHANGHAI,
    name="第七届长三角一体化发展高层论坛",
    evidence=(
        Evidence(field="kind", start=6, end=24),
        Evidence(field="year", start=6, end=10, via="label"),
        Evidence(field="attendees[1]", start=None, end=None, via="dataset"),
    ),
)
JSON: dict[str, Any] = {
    "kind": "forum",
    "year": 2025,
    "edition": 7,
    "start": "2025-06",
    "end": None,
    "city": "芜湖",
    "province": "CN-AH",
    "theme": "协同创新",
    "attendees": [
        {"name": "陈吉宁", "post": "party_secretary", "province": "CN-SH", "role": "spoke"},
        {"name": "范恒山", "post": None, "province": None, "role": "attended"},
    ],
    "documents": ["甲方案"],
    "heard": [],
    "agreements": ["乙协议", "丙备忘录"],
    "releases": [],
    "unveiled": [],
    "next_host": "CN-SH",
    "visits": [],
    "evidence": [
        {"field": "kind", "start": 6, "end": 24, "via": "text"},
        {"field": "year", "start": 6, "end": 10, "via": "label"},
        {"field": "attendees[1]", "start": None, "end": None, "via": "dataset"},
    ],
}


def test_report_to_json_has_exactly_the_documented_keys() -> None:
    assert report_to_json(REPORT) == JSON


def test_report_from_json_reads_it_back() -> None:
    back = report_from_json(JSON)
    assert back == REPORT
    assert back.evidence == REPORT.evidence
    assert back.name is None  # the name is not in the JSON
    assert back.attendees[0].title is None


def test_evidence_is_optional_in_json() -> None:
    data = {k: v for k, v in JSON.items() if k != "evidence"}
    assert report_from_json(data).evidence == ()


@pytest.mark.parametrize(
    ("call", "arg", "message"),
    [
        (report_to_json, JSON, "report_to_json() expects a Report, got dict"),
        (report_from_json, REPORT, "report_from_json() expects a dict, got Report"),
        (report_from_json, [], "report_from_json() expects a dict, got list"),
    ],
)
def test_the_wrong_type_is_a_type_error(call: Any, arg: object, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        call(arg)
    assert str(caught.value) == message


def test_equality_ignores_provenance() -> None:
    bare = Report(
        kind=REPORT.kind, year=2025, edition=7, start=REPORT.start, city="芜湖",
        province=Province.ANHUI, theme="协同创新", attendees=REPORT.attendees,
        documents=("甲方案",), agreements=("乙协议", "丙备忘录"), next_host=Province.SHANGHAI,
    )  # fmt: skip
    assert bare == REPORT
    assert Attendee(name="范恒山") == Attendee(name="范恒山", title="别的头衔")
    assert Attendee(name="范恒山") != Attendee(name="范恒山", role=Role.SPOKE)


@pytest.mark.parametrize(
    ("field", "found"),
    [
        ("kind", (Evidence(field="kind", start=6, end=24),)),
        ("attendees[1]", (Evidence(field="attendees[1]", start=None, end=None, via="dataset"),)),
        ("attendees", ()),
        ("city", ()),
    ],
)
def test_evidence_for_one_field(field: str, found: tuple[Evidence, ...]) -> None:
    assert REPORT.evidence_for(field) == found


def test_vias_and_an_unknown_via() -> None:
    assert VIAS == (
        "text", "label", "date", "dateline", "timestamp", "context", "hint", "dataset",
    )  # fmt: skip
    with pytest.raises(ValueError, match="'guess'"):
        Evidence(field="city", start=0, end=2, via="guess")  # type: ignore[arg-type]
