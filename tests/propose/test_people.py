"""Attendees: a misprinted name or post is a conflict, never a silent attendance."""

from __future__ import annotations

from propose.articles import FORUM_7, WEB
from yrd_meetings.propose import propose
from yrd_meetings.propose.model import NewOfficial
from yrd_meetings.records import Post, Province


def test_a_misprinted_name_is_a_conflict_not_an_attendance() -> None:
    text = FORUM_7 + "国家发展改革委副秘书长肖贵明在论坛上致辞。"
    p = propose(text, **WEB)
    assert [(c.record, c.field, c.data, c.says) for c in p.conflicts] == [
        ("xiao-weiming", "name", "肖渭明", "肖贵明")
    ]
    assert not [c for c in p.changes if c.field in ("attendance", "role")]


def test_a_post_the_text_misstates_is_a_conflict_beside_the_attendance() -> None:
    text = FORUM_7 + "江苏省委副书记信长星代表会议轮值主办方致辞。"
    p = propose(text, **WEB)
    assert [(c.field, c.data, c.says) for c in p.conflicts] == [
        ("post", "江苏省委书记", "江苏省委副书记")
    ]
    (att,) = [c for c in p.changes if c.field == "attendance"]
    assert att.action == "agrees"


def test_an_unknown_name_with_one_of_the_eight_posts_is_a_new_official() -> None:
    p = propose(FORUM_7 + "安徽省长张三出席。", **WEB)
    assert p.new_officials == (
        NewOfficial(name="张三", post=Post.GOVERNOR, province=Province.ANHUI, meeting="forum-7",
                    quote="安徽省长张三出席。", start=30, end=36),
    )  # fmt: skip
    assert not [c for c in p.changes if c.field == "attendance" and c.text == "张三"]


def test_an_unknown_name_without_a_post_of_the_eight_is_a_note() -> None:
    p = propose(FORUM_7 + "国家发展改革委副主任张三致辞。", **WEB)
    assert p.new_officials == ()
    assert "张三: no official of this name in the data, and no post of the eight" in p.notes
