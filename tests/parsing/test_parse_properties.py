"""Any str is safe to parse, and run time grows linearly with the input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yrd_meetings.parsing import Report, parse, report_to_json

WORDS = [
    "2025年度", "长三角地区主要领导座谈会", "第七届", "长三角一体化发展高层论坛", "在", "江苏南京",
    "举行", "召开", "确定", "上海市委书记", "陈吉宁", "省委副书记、省长", "王清宪", "出席会议",
    "主持", "致辞", "讲话", "代表与会各方通报", "审议了", "《", "》", "“", "”", "以", "为主题",
    "发布了", "签署了", "为", "揭牌", "考察了", "、", "，", ",", "。", "\n", "\n\n", " ", "6月",
    "5日", "至", "7日", "本报讯", "论坛", "会议", "听取", "汇报", "(fā)", "**", "#", "$",
    "國家發展改革委副秘書長", "肖贵明", "年前", "等合作事项",
]  # fmt: skip

chinese = st.lists(st.sampled_from(WORDS), max_size=60).map("".join)


def _check(reports: tuple[Report, ...]) -> None:
    assert isinstance(reports, tuple)
    for report in reports:
        assert isinstance(report, Report)
        report_to_json(report)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    _check(parse(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese, st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_report_like_text_never_raises(text: str, year: int | None) -> None:
    _check(parse(text, year=year))


HOSTILE = [
    "《",
    "“",
    "《“",
    "长三角地区主要领导座谈会在",
    "上海市委书记",
    "审议《",
    "发布了",
    "签署了",
    "听取",
    "6月",
    "省长",
    "、王浩",
    "第七届长三角一体化发展高层论坛",
    "(fā",
    "\n\n",
    "第七届长三角一体化发展高层论坛在上海举行",
    "2025年度长三角地区主要领导座谈会在江苏南京举行,",
    "上海市委书记王浩、",
    "上海市委书记张三丰、张三丰主持",
    "论坛上,签约。",
    "长三角一体化工作推进会",
]


def _seconds(text: str) -> float:
    start = time.perf_counter()
    parse(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", HOSTILE)
def test_one_megabyte_of_hostile_text_runs_in_linear_time(unit: str) -> None:
    big = unit * (1_000_000 // len(unit))
    small = big[: len(big) // 4]
    t_small = _seconds(small)
    t_big = _seconds(big)
    assert t_big < 30, f"{unit!r}: {t_big:.1f} s for 1 MB"
    # linear: 4x the input should cost about 4x (generous margin for noise)
    assert t_big < 12 * t_small + 0.5, f"{unit!r}: {t_small:.2f} s -> {t_big:.2f} s"
