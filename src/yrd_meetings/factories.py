"""Valid records with sensible defaults, for tests: override only what matters.

>>> m = make_meeting(city="杭州")
>>> m.kind.value, m.city, str(m.start)
('symposium', '杭州', '2004-06-05')
>>> make_official(name="张三").tenures[0].post.value
'party_secretary'
>>> from yrd_meetings import validate
>>> validate(make_dataset())
()
"""

from __future__ import annotations

from typing import Any

from .dataset import Dataset
from .dates import PartialDate
from .records import (
    Agreement,
    AgreementKind,
    Attendance,
    Erratum,
    Meeting,
    MeetingKind,
    Meta,
    Official,
    OutletKind,
    Post,
    Province,
    Role,
    Source,
    Tenure,
)

__all__ = [
    "make_agreement",
    "make_attendance",
    "make_dataset",
    "make_erratum",
    "make_meeting",
    "make_official",
    "make_source",
    "make_tenure",
]

_URL = "https://example.org/yrd-meetings-test-record"


def make_source(**overrides: Any) -> Source:
    """A URL source (`https://example.org/...`), graded as a state-media original."""
    fields: dict[str, Any] = {
        "url": _URL,
        "publisher": "example.org",
        "outlet": OutletKind.STATE_MEDIA,
    }
    return Source(**{**fields, **overrides})


def make_tenure(**overrides: Any) -> Tenure:
    """Shanghai party secretary from 2003-01-02, still in office."""
    fields: dict[str, Any] = {
        "post": Post.PARTY_SECRETARY,
        "province": Province.SHANGHAI,
        "start": PartialDate.parse("2003-01-02"),
        "sources": (make_source(),),
    }
    return Tenure(**{**fields, **overrides})


def make_official(**overrides: Any) -> Official:
    """`test-official` (测试官员) holding `make_tenure()`."""
    fields: dict[str, Any] = {
        "id": "test-official",
        "name": "测试官员",
        "pinyin": "Ceshi Guanyuan",
        "tenures": (make_tenure(),),
    }
    return Official(**{**fields, **overrides})


def make_attendance(**overrides: Any) -> Attendance:
    """`test-official` attending as Shanghai party secretary."""
    fields: dict[str, Any] = {
        "official": "test-official",
        "post": Post.PARTY_SECRETARY,
        "province": Province.SHANGHAI,
        "role": Role.ATTENDED,
        "sources": (make_source(),),
    }
    return Attendance(**{**fields, **overrides})


def make_meeting(**overrides: Any) -> Meeting:
    """The 2004 symposium in Shanghai, 2004-06-05, attended by `test-official`."""
    fields: dict[str, Any] = {
        "id": "symposium-2004",
        "kind": MeetingKind.SYMPOSIUM,
        "name": "2004年度长三角地区主要领导座谈会",
        "year": 2004,
        "start": PartialDate.parse("2004-06-05"),
        "city": "上海",
        "province": Province.SHANGHAI,
        "attendances": (make_attendance(),),
        "sources": (make_source(),),
    }
    return Meeting(**{**fields, **overrides})


def make_agreement(**overrides: Any) -> Agreement:
    """A work plan reviewed at `symposium-2004`."""
    fields: dict[str, Any] = {
        "id": "outcome-001",
        "title": "长三角区域一体化发展2004年度工作计划",
        "kind": AgreementKind.REVIEWED,
        "meeting": "symposium-2004",
        "sources": (make_source(),),
    }
    return Agreement(**{**fields, **overrides})


def make_erratum(**overrides: Any) -> Erratum:
    """A misspelt name in a (URL) source about `test-official`."""
    fields: dict[str, Any] = {
        "id": "erratum-test",
        "record": "test-official",
        "says": "测试关员",
        "truth": "测试官员",
        "source": make_source(quote="上海市委书记测试关员"),
        "evidence": (make_source(),),
    }
    return Erratum(**{**fields, **overrides})


def make_dataset(**overrides: Any) -> Dataset:
    """A small valid Dataset: one official, one meeting, one agreement, one erratum."""
    fields: dict[str, Any] = {
        "meta": Meta(version="test", licence="CC-BY-4.0", citation="test data"),
        "meetings": (make_meeting(),),
        "officials": (make_official(),),
        "agreements": (make_agreement(),),
        "errata": (make_erratum(),),
    }
    return Dataset(**{**fields, **overrides})
