"""The parser's working state: slots, a person's highest role, an event's lists and people."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.events import LIST_FIELDS, Event, Person, Slot
from yrd_meetings.records import MeetingKind, Post, Province, Role


def _person(
    name: str = "陈吉宁", title: str | None = None, span: tuple[int, int] = (0, 3)
) -> Person:
    post = Post.PARTY_SECRETARY if title else None
    province = Province.SHANGHAI if title else None
    return Person(name=name, post=post, province=province, title=title, span=span)


def test_a_slot_is_read_from_the_text_unless_told() -> None:
    assert Slot(2025, (0, 4)).via == "text"
    assert Slot(2025, None, "hint") == Slot(value=2025, span=None, via="hint")


def test_list_fields() -> None:
    assert LIST_FIELDS == ("documents", "heard", "agreements", "releases", "unveiled", "visits")


@pytest.mark.parametrize(
    ("first", "then", "role", "span"),
    [
        (Role.ATTENDED, Role.SPOKE, Role.SPOKE, (5, 7)),
        (Role.SPOKE, Role.PRESIDED, Role.PRESIDED, (5, 7)),
        (Role.REPORTED, Role.PRESIDED, Role.PRESIDED, (5, 7)),
        (Role.PRESIDED, Role.SPOKE, Role.PRESIDED, (1, 2)),
        (Role.SPOKE, Role.SPOKE, Role.SPOKE, (1, 2)),  # the first statement keeps its span
        (Role.REPORTED, Role.ATTENDED, Role.REPORTED, (1, 2)),
    ],
)
def test_give_keeps_the_highest_role(
    first: Role, then: Role, role: Role, span: tuple[int, int]
) -> None:
    p = _person()
    p.give(first, (1, 2))
    p.give(then, (5, 7))
    assert (p.role, p.role_span) == (role, span)


def test_a_new_person_attended_without_a_role_span() -> None:
    p = _person()
    assert (p.role, p.role_span) == (Role.ATTENDED, None)


def test_add_item_takes_a_title_once_whatever_its_particles() -> None:
    e = Event(kind=MeetingKind.SYMPOSIUM, span=(0, 5), article=0)
    e.add_item("releases", "最新成果", (10, 14))
    e.add_item("releases", "的最新成果", (20, 25))
    e.add_item("releases", "《最新 成果》", (30, 36))
    e.add_item("releases", "“最新成果”", (40, 46))
    e.add_item("releases", "另一成果", (50, 54))
    e.add_item("documents", "最新成果", (60, 64))  # another field: its own list
    assert e.lists["releases"] == {"最新成果": (10, 14), "另一成果": (50, 54)}
    assert e.lists["documents"] == {"最新成果": (60, 64)}
    assert e.lists["visits"] == {}


def test_events_do_not_share_lists() -> None:
    a = Event(kind=MeetingKind.FORUM, span=(0, 5), article=0)
    b = Event(kind=MeetingKind.FORUM, span=(0, 5), article=0)
    a.add_item("visits", "紫金山实验室", (1, 7))
    assert b.lists["visits"] == {}
    assert a != b  # compared by identity


def test_a_person_named_bare_takes_the_post_said_later() -> None:
    e = Event(kind=MeetingKind.SYMPOSIUM, span=(0, 5), article=0)
    e.add_person(_person(span=(30, 33)))
    e.add_person(_person(title="上海市委书记", span=(40, 49)))
    p = e.people["陈吉宁"]
    assert (p.post, p.province, p.title, p.span) == (
        Post.PARTY_SECRETARY,
        Province.SHANGHAI,
        "上海市委书记",
        (40, 49),
    )


def test_a_person_titled_first_keeps_the_first_title() -> None:
    e = Event(kind=MeetingKind.SYMPOSIUM, span=(0, 5), article=0)
    e.add_person(_person(title="上海市委书记", span=(10, 19)))
    e.add_person(_person(span=(30, 33)))
    e.add_person(_person(title="市委书记", span=(50, 57)))
    p = e.people["陈吉宁"]
    assert (p.title, p.span) == ("上海市委书记", (10, 19))
    assert list(e.people) == ["陈吉宁"]
