"""`factories`: valid records with sensible defaults; override only what matters."""

from __future__ import annotations

import attrs
import pytest

from yrd_meetings import PartialDate, validate
from yrd_meetings.factories import (
    make_agreement,
    make_attendance,
    make_dataset,
    make_erratum,
    make_official,
    make_source,
    make_tenure,
)
from yrd_meetings.records import AgreementKind, MeetingKind, OutletKind, Post, Province, Role
from yrd_meetings.testing import make_meeting

URL = "https://example.org/yrd-meetings-test-record"


def test_factories_build_valid_records() -> None:
    assert validate(make_dataset()) == ()
    assert make_meeting(city="杭州").city == "杭州"


def test_the_defaults() -> None:
    source = make_source()
    assert (source.url, source.publisher, source.outlet, source.seed) == (
        URL, "example.org", OutletKind.STATE_MEDIA, None,
    )  # fmt: skip
    tenure = make_tenure()
    assert (tenure.post, tenure.province, str(tenure.start), tenure.end) == (
        Post.PARTY_SECRETARY, Province.SHANGHAI, "2003-01-02", None,
    )  # fmt: skip
    official = make_official()
    assert (official.id, official.name, official.pinyin, official.tenures) == (
        "test-official", "测试官员", "Ceshi Guanyuan", (tenure,),
    )  # fmt: skip
    attendance = make_attendance()
    assert (attendance.official, attendance.post, attendance.role) == (
        "test-official", Post.PARTY_SECRETARY, Role.ATTENDED,
    )  # fmt: skip
    meeting = make_meeting()
    assert (meeting.id, meeting.kind, meeting.year, str(meeting.start), meeting.city) == (
        "symposium-2004", MeetingKind.SYMPOSIUM, 2004, "2004-06-05", "上海",
    )  # fmt: skip
    assert meeting.attendances == (attendance,)
    agreement = make_agreement()
    assert (agreement.id, agreement.kind, agreement.meeting) == (
        "outcome-001", AgreementKind.REVIEWED, "symposium-2004",
    )  # fmt: skip
    erratum = make_erratum()
    assert (erratum.record, erratum.says, erratum.truth, erratum.source.quote) == (
        "test-official", "测试关员", "测试官员", "上海市委书记测试关员",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("factory", "overrides"),
    [
        (make_source, {"publisher": "新华社", "outlet": OutletKind.NEWSPAPER}),
        (make_tenure, {"province": Province.ANHUI, "start": PartialDate.parse("2020-01")}),
        (make_official, {"id": "zhang-san", "name": "张三", "pinyin": "Zhang San"}),
        (make_attendance, {"role": Role.PRESIDED}),
        (make_meeting, {"city": "杭州", "province": Province.ZHEJIANG}),
        (make_agreement, {"title": "甲方案", "kind": AgreementKind.SIGNED}),
        (make_erratum, {"says": "测试官圆"}),
    ],
)
def test_overrides_replace_only_their_fields(factory: object, overrides: dict[str, object]) -> None:
    made = factory(**overrides)  # type: ignore[operator]
    assert made == attrs.evolve(factory(), **overrides)  # type: ignore[operator]
    for name, value in overrides.items():
        assert getattr(made, name) == value


def test_a_dataset_of_one_of_each() -> None:
    ds = make_dataset()
    assert ([m.id for m in ds.meetings], [o.id for o in ds.officials]) == (
        ["symposium-2004"],
        ["test-official"],
    )
    assert ([a.id for a in ds.agreements], [e.id for e in ds.errata]) == (
        ["outcome-001"],
        ["erratum-test"],
    )
    assert (ds.meta.version, ds.meta.licence) == ("test", "CC-BY-4.0")
    assert make_dataset(errata=()).errata == ()
