"""Segments: articles, datelines, page dates, sentences."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.segment import segment
from yrd_meetings.text.normalize import normalize


def seg(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(text))


def test_a_marker_starts_an_article_with_its_headline_lines() -> None:
    s = seg("第一篇。正文。\n\n第二篇标题\n\n副标题\n\n本报讯 第二篇正文。")
    assert [s.text[a.start : a.start + 5] for a in s.articles] == ["第一篇。正", "第二篇标题"]
    assert [x.article for x in s.sentences] == [0, 0, 1, 1, 1]


@pytest.mark.parametrize(
    ("text", "place", "month", "day"),
    [("新华社合肥5月22日电 正文。", "合肥", 5, 22),
     ("中新社上海8月17日电(记者 甲)正文。", "上海", 8, 17),
     ("“上海发布”微信公众号8月17日消息,正文。", None, 8, 17),
     ("本报合肥6月5日讯 正文。", "合肥", 6, 5)],
)  # fmt: skip
def test_dateline(text: str, place: str | None, month: int, day: int) -> None:
    d = seg(text).articles[0].dateline
    assert d is not None and (d.place, d.month, d.day) == (place, month, day)


@pytest.mark.parametrize(
    ("text", "date"),
    [("发布时间:2023-06-06 08:30\n\n正文。", (2023, 6, 6)),
     ("2023年06月06日 星期二\n\n正文。", (2023, 6, 6)),
     ("解放日报 2014年12月3日 第1版\n本报讯 正文。", (2014, 12, 3)),
     ("文汇报 2022年8月17日 A10版\n正文。", (2022, 8, 17)),
     ("东方早报 2005年12月26日\n本报讯 昨天正文。", (2005, 12, 26))],
)  # fmt: skip
def test_page_date(text: str, date: tuple[int, int, int]) -> None:
    stamp = seg(text).articles[-1].stamp
    assert stamp is not None and (stamp.year, stamp.month, stamp.day) == date


@pytest.mark.parametrize("text", ["2023年6月5日，座谈会在合肥举行。", "会期是2023-06-06。"])
def test_a_date_in_the_story_is_no_page_date(text: str) -> None:
    assert seg(text).articles[0].stamp is None


def test_sentences_cover_the_text_once() -> None:
    s = seg("标题\n\n第一句。第二句！第三句？")
    assert "".join(s.text[x.start : x.end] for x in s.sentences) == s.text
    assert [x.headline for x in s.sentences] == [True, False, False, False]
