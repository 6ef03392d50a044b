"""`find_dates` in running text: each cue's exact span and parts, the range scanned, and
`chinese_number` beyond the forms the cue table reads."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.dates import DateCue, chinese_number, find_dates

R = DateCue  # a cue as the table writes it


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("会议于2023年6月5日至6日举行", [R(start=3, end=15, year=2023, month=6, day=5, end_day=6)]),
        ("6月5日开幕,7日闭幕", [R(start=0, end=4, month=6, day=5), R(start=7, end=9, day=7)]),
        ("7日上午举行", [R(start=0, end=4, day=7)]),
        ("6月5日上午至6日", [R(start=0, end=9, month=6, day=5, end_day=6)]),
        ("5至6日", [R(start=0, end=4, day=5, end_day=6)]),
        ("十月五日", [R(start=0, end=4, month=10, day=5)]),
        ("2023年06月06日", [R(start=0, end=11, year=2023, month=6, day=6)]),
        ("6月31日", [R(start=0, end=5, month=6, day=31)]),  # not resolved here
        ("6月5日至40日", [R(start=0, end=8, month=6, day=5)]),  # no end day 40
        ("会前一天,昨天上午", [R(start=1, end=4, after_event=-1), R(start=5, end=7, relative=-1)]),
        ("同日举行", [R(start=0, end=2, after_event=0)]),
        ("前天", [R(start=0, end=2, relative=-2)]),
        ("三天前", [R(start=0, end=3, relative=-3)]),
        ("翌日", [R(start=0, end=2, after_event=1)]),
    ],
)  # fmt: skip
def test_cues_in_running_text(text: str, cues: list[DateCue]) -> None:
    assert find_dates(text) == cues


@pytest.mark.parametrize(
    "text",
    [
        "",
        "会议举行",
        "五日",
        "2023年",
        "6月",
        "0日",
        "32日",
        "十三月五日",
        "12345日",
        "第5日",
        "会议第2日上午",
        "第二日",
    ],
)
def test_texts_without_a_cue(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("start", "end", "spans"),
    [(0, None, [(0, 4), (5, 9)]), (5, None, [(5, 9)]), (0, 4, [(0, 4)]), (1, 4, [(2, 4)]),
     (4, 5, [])],
)  # fmt: skip
def test_only_the_range_asked_is_scanned(
    start: int, end: int | None, spans: list[tuple[int, int]]
) -> None:
    found = find_dates("6月5日和6月6日", start, end)
    assert [(c.start, c.end) for c in found] == spans


def test_a_cue_far_into_a_long_text_keeps_its_offsets() -> None:
    text = "数" * 5000 + "2025年6月6日"
    assert find_dates(text) == [DateCue(start=5000, end=5009, year=2025, month=6, day=6)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("零", 0), ("十一", 11), ("一十", 10), ("二十一", 21), ("九十九", 99), ("〇七", 7),
     ("2025", 2025), ("百", None), ("二百", None), ("十二三", None), ("一二十", None),
     ("２５", 25), ("²", None), ("①", None)],
)  # fmt: skip
def test_chinese_number_more_forms(text: str, value: int | None) -> None:
    assert chinese_number(text) == value
