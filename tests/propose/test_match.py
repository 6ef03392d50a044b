"""Matching a report to the data: the sentence around a span, the meeting, the official,
the posts held on a day."""

from __future__ import annotations

import pytest

from propose.articles import FORUM_7, HELD
from yrd_meetings import PartialDate, Post, Province, load, parse
from yrd_meetings.propose.match import ROLE_RANK, meeting_of, official_named, posts_on, sentence
from yrd_meetings.records import Role


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("甲。会议在南京举行，乙出席。丙", 5, 7, ("会议在南京举行，乙出席。", 2)),
        ("会议在南京举行", 3, 5, ("会议在南京举行", 0)),
        ("标题\n会议在南京举行\n下一段", 6, 8, ("会议在南京举行", 3)),
        ("标题\r\n会议举行", 5, 7, ("会议举行", 4)),
        ("他说：“好。”会议在南京举行。", 10, 12, ("会议在南京举行。", 7)),
        ("　　会议在南京举行。", 5, 7, ("会议在南京举行。", 2)),
        ("Yes! 会议举行? 好", 5, 7, ("会议举行?", 5)),
        ("会议。", 0, 3, ("会议。", 0)),
        ("会议！下次再会", 4, 6, ("下次再会", 3)),
    ],
)
def test_sentence_is_the_exact_substring_around_the_span(
    text: str, start: int, end: int, expected: tuple[str, int]
) -> None:
    assert sentence(text, start, end) == expected
    quote, begin = expected
    assert text[begin : begin + len(quote)] == quote


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (HELD, "symposium-2022"),
        (FORUM_7, "forum-7"),
        ("6月5日，2025年度长三角地区主要领导座谈会在江苏南京举行。", "symposium-2025"),
        ("第九十九届长三角一体化发展高层论坛在上海举行。", None),
    ],
)
def test_meeting_of_finds_the_curated_meeting(text: str, meeting: str | None) -> None:
    (report,) = parse(text)
    found = meeting_of(report, load())
    assert (found.id if found else None) == meeting


@pytest.mark.parametrize(
    ("name", "official"),
    [("陈吉宁", "chen-jining"), ("龚正", "gong-zheng"), ("陈吉凝", None), ("", None)],
)
def test_official_named_takes_exact_names_only(name: str, official: str | None) -> None:
    found = official_named(name, load())
    assert (found.id if found else None) == official


@pytest.mark.parametrize(
    ("official", "when", "posts"),
    [
        ("gong-zheng", "2021", [(Post.GOVERNOR, Province.SHANGHAI)]),
        ("gong-zheng", "2020-03-23", [(Post.GOVERNOR, Province.SHANGHAI)]),
        ("gong-zheng", "2020-03-22", []),
        ("gong-zheng", "2020-03", []),  # not every day of March
        ("gong-zheng", "2020", []),
        ("chen-jining", "2025-06-06", [(Post.PARTY_SECRETARY, Province.SHANGHAI)]),
        ("chen-jining", "2022-10", []),
    ],
)
def test_posts_on_are_the_posts_held_every_day(
    official: str, when: str, posts: list[tuple[Post, Province]]
) -> None:
    assert posts_on(load().official(official), PartialDate.parse(when)) == posts


def test_role_rank_orders_roles_from_attended_to_presided() -> None:
    assert sorted(ROLE_RANK, key=ROLE_RANK.__getitem__) == [
        Role.ATTENDED,
        Role.SPOKE,
        Role.REPORTED,
        Role.PRESIDED,
    ]
