"""`propose()`: conflicts never overwrite, unrelated text proposes nothing, the outlet
is never guessed."""

from __future__ import annotations

import pytest

from propose.articles import HELD, SYMPOSIUM, WEB
from yrd_meetings import load
from yrd_meetings.propose import IncompleteSource, apply, patch, propose, review, to_json


@pytest.mark.parametrize(
    ("text", "field", "data", "says"),
    [
        (f"8月18日，{SYMPOSIUM}在上海举行。", "start", "2022-08-16", "2022-08-18"),
        (f"8月16日，{SYMPOSIUM}在杭州举行。", "city", "上海", "杭州"),
        ("6月5日，第五届长三角一体化发展高层论坛在合肥举行。", "start", "2023-06-06", "2023-06-05"),
    ],
)  # fmt: skip
def test_a_disagreeing_text_is_a_conflict_and_no_change(
    text: str, field: str, data: str, says: str
) -> None:
    p = propose(text, **WEB)
    conflicts = [(c.field, c.data, c.says) for c in p.conflicts]
    assert (field, data, says) in conflicts
    assert all(c.field != field for c in p.changes)
    assert all(c.data_sources for c in p.conflicts)  # both sides sourced
    after = apply(p, load())
    before = load()
    assert [getattr(m, field) for m in after.meetings] == [
        getattr(m, field) for m in before.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "今天天气很好，我们去公园散步。",
        "会议确定，2026年度长三角地区主要领导座谈会在上海市召开。",  # an announcement
        "长三角生态绿色一体化发展示范区执委会召开年度工作会议。",
        "",
    ],
)
def test_an_unrelated_article_gives_an_empty_proposal(text: str) -> None:
    p = propose(text, **WEB)
    assert p.empty and p.changes == () and p.conflicts == () and p.new_officials == ()
    assert patch(p, load()) == []
    assert review(p).startswith("nothing to propose")


def test_the_outlet_is_never_guessed() -> None:
    p = propose(HELD, url="https://example.org/z", publisher="某报")
    assert p.changes  # the review works without it
    assert "--outlet" in review(p)
    assert to_json(p, load())["patch"] is None
    with pytest.raises(IncompleteSource, match="outlet kind is not given"):
        apply(p, load())
    with pytest.raises(IncompleteSource, match="no source"):
        apply(propose(HELD, outlet="newspaper"), load())
    with pytest.raises(ValueError, match="unknown outlet kind 'paper'"):
        propose(HELD, outlet="paper")


def test_the_package_function_and_the_subpackage_are_one_name() -> None:
    import yrd_meetings.propose.build  # binds the sub-package on the package

    assert callable(yrd_meetings.propose)
    assert not yrd_meetings.propose(HELD, **WEB).empty
