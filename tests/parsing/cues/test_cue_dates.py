"""Date cues: what each written form gives, table-driven."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.dates import chinese_number, find_dates

# text -> (year, month, day, end_year, end_month, end_day, relative, after_event) of the one cue
CASES = {
    "2023年6月5日": (2023, 6, 5, None, None, None, None, None),
    "6月5日至6日": (None, 6, 5, None, None, 6, None, None),
    "6月5日—7日": (None, 6, 5, None, None, 7, None, None),
    "6月5日-6日": (None, 6, 5, None, None, 6, None, None),
    "6月5—6日": (None, 6, 5, None, None, 6, None, None),
    "8月31日至9月1日": (None, 8, 31, None, 9, 1, None, None),
    "2025年12月31日至2026年1月1日": (2025, 12, 31, 2026, 1, 1, None, None),
    "二〇〇五年十二月二十五日": (2005, 12, 25, None, None, None, None, None),
    "十二月二十五日": (None, 12, 25, None, None, None, None, None),
    "7日上午": (None, None, 7, None, None, None, None, None),
    "昨天": (None, None, None, None, None, None, -1, None),
    "今日": (None, None, None, None, None, None, 0, None),
    "两天前": (None, None, None, None, None, None, -2, None),
    "次日": (None, None, None, None, None, None, None, 1),
    "此前一天": (None, None, None, None, None, None, None, -1),
}


@pytest.mark.parametrize(("text", "parts"), CASES.items(), ids=list(CASES))
def test_one_cue(text: str, parts: tuple[int | None, ...]) -> None:
    (cue,) = find_dates(text)
    got = (cue.year, cue.month, cue.day, cue.end_year, cue.end_month, cue.end_day)
    assert (*got, cue.relative, cue.after_event) == parts
    assert (cue.start, cue.end) == (0, len(text)) or text.endswith("上午")


@pytest.mark.parametrize(
    "text",
    [
        "日前",
        "近日",
        "五日游",
        "13个月",
        "2023-06-06",
        "第32日",
        "6月",
        "13月5日",
        "6月32日",
        "123日",
    ],
)
def test_no_date(text: str) -> None:
    assert [c for c in find_dates(text) if c.day or c.relative or c.after_event] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("二〇〇五", 2005),
     ("两", 2), ("", None), ("x", None), ("一百", None), ("十十", None)],
)  # fmt: skip
def test_chinese_number(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["十十月五日", "二十十日", "十一十月", "〇〇〇〇年十月"])
def test_malformed_numerals_never_raise(text: str) -> None:
    from yrd_meetings import parse

    assert parse(f"{text}，2023年度长三角地区主要领导座谈会在合肥举行。")[0].year == 2023
