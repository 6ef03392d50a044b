"""Outcome cues: theme, documents, heard, agreements, releases, unveiled, visits, next host."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.outcomes import canon, find_outcomes
from yrd_meetings.text.normalize import normalize

OUTCOMES = {
    "会议以“共担新使命、同谱新篇章”为主题": [("theme", "共担新使命、同谱新篇章")],
    "主题为：“长三角一家亲”": [("theme", "长三角一家亲")],
    "合肥市举办了主题为“长三角一家亲”的文艺演出": [],
    "同期举办的成果展以“创新共同体”为主题": [],
    "审议了《甲计划》和《乙方案》": [("documents", "甲计划"), ("documents", "乙方案")],
    "审定了长三角一体化发展2020年度工作计划和重点合作事项清单": [
        ("documents", "长三角一体化发展2020年度工作计划"), ("documents", "重点合作事项清单")],
    "审议通过新一轮三年行动计划": [],
    "听取了长三角区域合作办公室工作情况的汇报": [("heard", "长三角区域合作办公室工作情况")],
    "签署了甲合作协议、乙战略合作框架协议等合作事项": [
        ("agreements", "甲合作协议"), ("agreements", "乙战略合作框架协议")],
    "会上集中签约了“满意消费长三角”提升行动合作备忘录": [
        ("agreements", "“满意消费长三角”提升行动合作备忘录")],
    "签订一批合作协议": [],
    "论坛发布了2024年度长三角一体化发展实事项目清单": [
        ("releases", "2024年度长三角一体化发展实事项目清单")],
    "安徽省统计局发布了一季度经济运行情况": [],
    "为长三角先进制造业集群联盟揭牌": [("unveiled", "长三角先进制造业集群联盟")],
    "长三角集成电路、生物医药4个产业链联盟揭牌": [
        ("unveiled", "长三角集成电路、生物医药4个产业链联盟")],
    "考察了甲公司和乙园区": [("visits", "甲公司"), ("visits", "乙园区")],
    "会议确定，2024年度长三角地区主要领导座谈会在浙江召开": [("next_host", "浙江")],
}  # fmt: skip


@pytest.mark.parametrize(("text", "want"), OUTCOMES.items(), ids=list(OUTCOMES))
def test_outcomes(text: str, want: list[tuple[str, str]]) -> None:
    text = normalize(text).text  # cues read the cleaned text
    found = find_outcomes(text, 0, len(text))
    assert [(c.field, c.value) for c in found] == want
    for c in found:  # each span holds its value (punctuation aside)
        assert canon(text[c.start : c.end]) == c.value
