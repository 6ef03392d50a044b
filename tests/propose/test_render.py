"""The review a curator reads, and the JSON with its patch, of hand-built proposals."""

from __future__ import annotations

import pytest

from propose.articles import HELD, WEB, change
from yrd_meetings import load
from yrd_meetings.propose import propose
from yrd_meetings.propose.model import Citation, Conflict, NewOfficial, Proposal
from yrd_meetings.propose.render import patch, review, to_json
from yrd_meetings.records import OutletKind, Post, Province, Source

CITED = Citation(url="https://example.org/a", publisher="某报", outlet=OutletKind.NEWSPAPER)
THEME = change("new", "theme", "协同发展", "主题为\n协同发展。", (3, 7))
CITY = change("agrees", "city", "上海", "在上海举行。", (1, 3), confirms=True)
NAME = Conflict(
    record="xiao-weiming",
    field="name",
    data="肖渭明",
    data_sources=(Source(url="https://example.org/b", publisher="某网", quote="肖渭明致辞"),),
    says="肖贵明",
    quote="肖贵明致辞。",
    start=0,
    end=3,
)
ZHANG = NewOfficial(
    name="张三",
    post=Post.GOVERNOR,
    province=Province.ANHUI,
    meeting="symposium-2022",
    quote="安徽省长张三出席。",
    start=4,
    end=6,
)


@pytest.mark.parametrize(
    ("proposal", "lines"),
    [
        (
            Proposal(citation=CITED),
            ["nothing to propose: the text reports no meeting this data can take"],
        ),
        (
            Proposal(citation=Citation(), notes=("a forum without its number",)),
            [
                "nothing to propose: the text reports no meeting this data can take",
                "notes (1):",
                "  a forum without its number",
            ],
        ),
        (
            Proposal(citation=CITED, changes=(CITY, THEME)),
            [
                "new (1) — values the data lacks:",
                "  symposium-2022  theme: 协同发展",
                "      “主题为 协同发展。” [3-7]",
                "agrees (1) — the article becomes one more source:",
                "  symposium-2022  city: 上海 (confirmed: an independent original)",
                "      “在上海举行。” [1-3]",
            ],
        ),
    ],
)
def test_review_lists_each_section_it_has(proposal: Proposal, lines: list[str]) -> None:
    assert review(proposal).splitlines() == lines


def test_review_of_conflicts_and_new_officials_not_yet_citable() -> None:
    p = Proposal(citation=Citation(url="https://example.org/a"), conflicts=(NAME,),
                 new_officials=(ZHANG,))  # fmt: skip
    assert review(p).splitlines() == [
        "conflicts (1) — the text disagrees with the data; nothing is written for these:",
        "  xiao-weiming  name: the data says '肖渭明', the text says '肖贵明'",
        "      text: “肖贵明致辞。” [0-3]",
        "      data: https://example.org/b: “肖渭明致辞”",
        "new officials (1) — for review; never written (add the official, then propose again):",
        "  安徽省长 张三 at symposium-2022",
        "      “安徽省长张三出席。” [4-6]",
        "not writable yet: a web page needs its publisher: give --publisher P "
        "(the site's name or domain)",
    ]


def test_to_json_withholds_the_patch_of_an_incomplete_citation() -> None:
    p = Proposal(citation=Citation(), changes=(THEME,), notes=("n",))
    data = to_json(p, load())
    assert data["patch"] is None
    assert data["incomplete"].startswith("the article has no source")
    assert data["notes"] == ["n"]
    assert data["changes"] == [
        {
            "action": "new",
            "record": "symposium-2022",
            "field": "theme",
            "text": "协同发展",
            "value": "协同发展",
            "quote": "主题为\n协同发展。",
            "start": 3,
            "end": 7,
            "confirms": False,
        }
    ]


def test_patch_replaces_the_changed_meeting_only() -> None:
    p = propose(HELD, **WEB)
    ops = patch(p, load())
    assert [(op["file"], op["op"], op["id"]) for op in ops] == [
        ("meetings.json", "replace", "symposium-2022")
    ]
    assert ops[0]["record"]["sources"][-1]["url"] == WEB["url"]
    assert to_json(p, load())["patch"] == ops
    assert patch(Proposal(citation=CITED), load()) == []
