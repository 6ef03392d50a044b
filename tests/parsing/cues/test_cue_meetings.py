"""Meeting cues: the names over time, and held versus announced, referred back or studied."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.meetings import find_meetings

HELD = {
    "2023年度长三角地区主要领导座谈会6月5日至6日在安徽省合肥市举行。": ("symposium", 2023, None),
    "2023年度长三角地区主要领导座谈会于6月5日在合肥召开。": ("symposium", 2023, None),
    "长三角地区主要领导座谈会日前在合肥召开。": ("symposium", None, None),
    "在苏州召开的长三角地区主要领导座谈会上，江苏省委书记讲话。": ("symposium", None, None),
    "李强出席2022年度长三角地区主要领导座谈会并讲话。": ("symposium", 2022, None),
    "长三角两省一市主要领导座谈会在杭州举行。": ("symposium", None, None),
    "长江三角洲地区三省一市主要领导座谈会在上海召开。": ("symposium", None, None),
    "苏浙沪主要领导座谈会在西子湖畔举行。": ("symposium", None, None),
    "“泛长三角”主要领导座谈会在宁波举行。": ("symposium", None, None),
    "二〇〇五年长三角两省一市主要领导座谈会在杭州举行。": ("symposium", 2005, None),
    "第三届长三角一体化发展高层论坛在无锡开幕。": ("forum", None, 3),
    "首届长三角一体化发展高层论坛在芜湖举行。": ("forum", None, 1),
    "第7届长三角一体化发展高层论坛、长三角一体化发展成果发布会7日在南京召开。": ("forum", None, 7),
    "记者从第六届长三角一体化发展高层论坛上获悉，论坛发布了清单。": ("forum", None, 6),
}
NOT_HELD = {
    "2024年度长三角地区主要领导座谈会将在浙江召开。": "announced",
    "会议确定，2024年度长三角地区主要领导座谈会在浙江召开。": "announced",
    "回顾2018年长三角地区主要领导座谈会，三省一市签署了协议。": "back",
    "去年的长三角地区主要领导座谈会在上海举行。": "back",
    "自2019年首届长三角一体化发展高层论坛举办以来，论坛已举办五届。": "back",
    "省委常委会传达学习2023年度长三角地区主要领导座谈会精神。": "studied",
    "2023年度长三角地区主要领导座谈会筹备工作会议在合肥召开。": "mentioned",
}


@pytest.mark.parametrize(("text", "what"), HELD.items(), ids=list(HELD))
def test_held(text: str, what: tuple[str, int | None, int | None]) -> None:
    typed = find_meetings(text, ()).typed
    cue = typed[0]
    assert (cue.kind.value, cue.label, cue.edition) == what
    assert cue.held and not cue.elsewhere


@pytest.mark.parametrize(("text", "why"), NOT_HELD.items(), ids=list(NOT_HELD))
def test_not_held(text: str, why: str) -> None:
    typed = find_meetings(text, ()).typed
    assert typed and not any(c.held for c in typed)
    assert all(c.elsewhere for c in typed) == (why in {"announced", "back", "studied"})
    assert any(c.studied for c in typed) == (why == "studied")


@pytest.mark.parametrize(
    ("text", "bare_forum", "elsewhere"),
    [("论坛上，", True, False), ("出席论坛。", True, False),
     ("长三角数字经济论坛在苏州开幕。", False, True), ("省委常委会会议", False, True),
     ("出席会议", False, False)],
)  # fmt: skip
def test_bare_words(text: str, bare_forum: bool, elsewhere: bool) -> None:
    cue = find_meetings(text, ()).all()[-1]
    assert cue.kind is None and (cue.bare_forum, cue.elsewhere) == (bare_forum, elsewhere)


def test_venue_is_the_holding_phrase_place() -> None:
    text = "6月5日，2024年度长三角地区主要领导座谈会在浙江省温州市举行。"
    (cue,) = find_meetings(text, ()).typed
    assert cue.venue is not None and text[cue.venue[0] : cue.venue[1]] == "浙江省温州市"
