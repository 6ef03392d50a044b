"""Outcome cues with their exact spans: theme, documents, heard, agreements, releases,
unveiled, visits, next host; the signed list after a signing sentence; `canon`."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.outcomes import (
    OutcomeCue,
    canon,
    find_next_hosts,
    find_outcomes,
    signed_list,
)


def C(field: str, value: str, start: int, end: int, label: int | None = None) -> OutcomeCue:
    return OutcomeCue(field=field, value=value, start=start, end=end, label=label)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("会议以“共担新使命”为主题", [C("theme", "共担新使命", 4, 9)]),
        ("主题为:“长三角一家亲”", [C("theme", "长三角一家亲", 5, 11)]),
        ("围绕“协同创新”主题", [C("theme", "协同创新", 3, 7)]),
        ("审议了《甲计划》和《乙方案》",
         [C("documents", "甲计划", 4, 7), C("documents", "乙方案", 10, 13)]),
        ("审定了长三角甲工作计划和乙事项清单",
         [C("documents", "长三角甲工作计划", 3, 11), C("documents", "乙事项清单", 12, 17)]),
        ("听取了甲办公室工作情况的汇报", [C("heard", "甲办公室工作情况", 3, 11)]),
        ("会议通报了甲情况、乙进展", [C("heard", "甲情况", 5, 8), C("heard", "乙进展", 9, 12)]),
        ("签署了甲合作协议、乙战略合作框架协议",
         [C("agreements", "甲合作协议", 3, 8), C("agreements", "乙战略合作框架协议", 9, 18)]),
        ("签署了甲合作协议、乙框架协议", [C("agreements", "甲合作协议", 3, 8)]),  # 乙框架: short
        ("“甲合作框架协议”将推动合作", [C("agreements", "甲合作框架协议", 1, 8)]),
        ("论坛发布了2024年度实事项目清单", [C("releases", "2024年度实事项目清单", 5, 17)]),
        ("为长三角联盟揭牌", [C("unveiled", "长三角联盟", 1, 6)]),
        ("举行了甲中心揭牌仪式", [C("unveiled", "甲中心", 3, 6)]),
        ("考察了甲公司和乙园区", [C("visits", "甲公司", 3, 6), C("visits", "乙园区", 7, 10)]),
        ("会议确定,2024年度长三角地区主要领导座谈会在浙江召开",
         [C("next_host", "浙江", 24, 26, label=2024)]),
    ],
)  # fmt: skip
def test_one_sentence(text: str, cues: list[OutcomeCue]) -> None:
    assert find_outcomes(text, 0, len(text)) == cues


@pytest.mark.parametrize(
    "text",
    [
        "",
        "会议举行",
        "签订一批合作协议",
        "发布了一系列成果",
        "安徽省统计局发布了一季度数据",
        "合肥市举办了主题为“长三角一家亲”的文艺演出",
        "去年曾以“老主题”为主题",
        "审议通过新一轮三年行动计划",
    ],
)
def test_nothing_to_read(text: str) -> None:
    assert find_outcomes(text, 0, len(text)) == []


def test_only_the_sentence_is_read() -> None:
    text = "考察了甲公司。为乙联盟揭牌"
    assert find_outcomes(text, 7, len(text)) == [C("unveiled", "乙联盟", 8, 11)]
    assert find_outcomes(text, 0, 7) == [C("visits", "甲公司", 3, 6)]


@pytest.mark.parametrize(
    ("text", "pos", "cues"),
    [
        ("签约。甲乙合作协议,丙丁合作备忘录……后续", 3,
         [C("agreements", "甲乙合作协议", 3, 9), C("agreements", "丙丁合作备忘录", 10, 17)]),
        ("签约。甲乙合作协议、丙丁合作协议", 3,
         [C("agreements", "甲乙合作协议", 3, 9), C("agreements", "丙丁合作协议", 10, 16)]),
        ("签约。甲合作协议", 3, []),  # a title of four characters at least before 协议
        ("签约。会议强调要加强合作", 3, []),
    ],
)  # fmt: skip
def test_signed_list(text: str, pos: int, cues: list[OutcomeCue]) -> None:
    assert signed_list(text, pos, len(text)) == cues


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("会议决定,2026年度长三角地区主要领导座谈会由上海承办",
         [C("next_host", "上海", 24, 26, 2026)]),
        ("明确2019年度座谈会在安徽举行", [C("next_host", "安徽", 12, 14, 2019)]),
        ("2024年度长三角地区主要领导座谈会在浙江召开", []),  # no verb of deciding
        ("会议确定了下一步工作", []),
    ],
)  # fmt: skip
def test_find_next_hosts(text: str, hosts: list[OutcomeCue]) -> None:
    assert find_next_hosts(text, 0, len(text)) == hosts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("甲,乙:丙;丁", "甲，乙：丙；丁"),
        ("(甲)!?", "（甲）！？"),
        ('"甲"乙"丙"', "“甲”乙“丙”"),
        (" 、甲。", "甲"),
        ("…甲—", "甲"),
        ("甲", "甲"),
        ("", ""),
    ],
)
def test_canon(text: str, value: str) -> None:
    assert canon(text) == value
