"""`windows`: merged stretches around anchor characters, clamped to the range scanned."""

from __future__ import annotations

import re

import pytest

from yrd_meetings.parsing.scan import windows

DAY = re.compile("日")


@pytest.mark.parametrize(
    ("text", "before", "after", "expected"),
    [
        ("", 3, 3, []),
        ("没有锚点", 3, 3, []),
        ("日", 3, 3, [(0, 1)]),
        ("abc日def", 2, 1, [(1, 5)]),
        ("abc日def", 0, 0, [(3, 4)]),
        ("abc日def", 9, 9, [(0, 7)]),
        ("日xxxxxx日", 1, 1, [(0, 2), (6, 8)]),
        ("日x日", 1, 1, [(0, 3)]),  # overlapping stretches merge
        ("日xx日", 1, 1, [(0, 4)]),  # touching stretches merge
        ("日xxx日", 1, 1, [(0, 2), (3, 5)]),  # a gap of one keeps them apart
        ("日日日", 0, 0, [(0, 3)]),
    ],
)
def test_windows_around_each_anchor(
    text: str, before: int, after: int, expected: list[tuple[int, int]]
) -> None:
    assert windows(text, DAY, before, after) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, None, [(0, 8)]),
        (1, 6, [(1, 6)]),  # clamped to the range on both sides
        (3, None, [(3, 8)]),  # the anchor at 2 is outside: only the one at 5
        (0, 2, []),  # no anchor inside
        (6, 8, []),
    ],
)
def test_windows_stay_inside_start_and_end(
    start: int, end: int | None, expected: list[tuple[int, int]]
) -> None:
    assert windows("ab日cd日ef", DAY, 5, 5, start, end) == expected


def test_an_anchor_of_several_characters_reaches_from_both_ends() -> None:
    anchor = re.compile("座谈会|论坛")
    assert windows("召开座谈会后又出席论坛", anchor, 2, 1) == [(0, 6), (7, 11)]
    assert windows("召开座谈会并出席论坛", anchor, 2, 1) == [(0, 10)]  # 6 and 6 touch
