"""`find_meetings` cue by cue: exact spans of names, labels, editions and venues; joined
mentions; bare words; and `held_after`, the holding phrase after a name."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.cues.meetings import MeetingCue, Mentions, find_meetings, held_after
from yrd_meetings.records import MeetingKind

SYM, FORUM, OTHER = MeetingKind.SYMPOSIUM, MeetingKind.FORUM, MeetingKind.OTHER
PUSH = "央地共建推进会"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("2023年度长三角地区主要领导座谈会在合肥举行",
         MeetingCue(start=0, end=18, kind=SYM, label=2023, label_span=(0, 4), held=True,
                    venue=(19, 21))),
        ("第七届长三角一体化发展高层论坛在江苏南京举行",
         MeetingCue(start=0, end=15, kind=FORUM, edition=7, edition_span=(1, 2), held=True,
                    venue=(16, 20))),
        ("2021年第三届长三角一体化发展高层论坛",
         MeetingCue(start=0, end=20, kind=FORUM, edition=3, edition_span=(6, 7), year=2021)),
        ("首届长三角一体化发展高层论坛开幕",
         MeetingCue(start=0, end=14, kind=FORUM, edition=1, edition_span=(0, 1), held=True)),
        ("长三角一体化发展高层论坛",
         MeetingCue(start=0, end=12, kind=FORUM)),
        ("二〇〇五年长三角两省一市主要领导座谈会",
         MeetingCue(start=0, end=19, kind=SYM, label=2005, label_span=(0, 4))),
        ("出席苏浙沪主要领导座谈会",
         MeetingCue(start=2, end=12, kind=SYM, held=True)),
        ("央地共建推进会在上海召开",
         MeetingCue(start=0, end=7, kind=OTHER, name=PUSH, held=True, venue=(8, 10))),
        ("传达学习2023年度长三角地区主要领导座谈会精神",
         MeetingCue(start=4, end=22, kind=SYM, label=2023, label_span=(4, 8), elsewhere=True,
                    studied=True)),
        ("2024年度长三角地区主要领导座谈会将在浙江召开",
         MeetingCue(start=0, end=18, kind=SYM, label=2024, label_span=(0, 4), elsewhere=True)),
    ],
)  # fmt: skip
def test_one_typed_mention(text: str, cue: MeetingCue) -> None:
    assert find_meetings(text, (PUSH,)).typed == [cue]


def test_a_mention_joined_to_a_held_one_is_held_at_its_venue() -> None:
    text = "第七届长三角一体化发展高层论坛和2025年度长三角地区主要领导座谈会在南京举行"
    forum, symposium = find_meetings(text, ()).typed
    assert (forum.start, forum.end, forum.held, forum.venue) == (0, 15, True, (35, 37))
    assert (symposium.start, symposium.end, symposium.label_span) == (16, 34, (16, 20))
    assert (symposium.held, symposium.venue) == (True, (35, 37))


def test_a_mention_not_joined_stays_unheld() -> None:
    text = "第七届长三角一体化发展高层论坛期间,2025年度长三角地区主要领导座谈会在南京举行"
    forum, symposium = find_meetings(text, ()).typed
    assert (forum.held, forum.venue, symposium.held) == (False, None, True)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("出席会议", [(2, 4, Mentions.PLAIN)]),
        ("座谈会上", [(0, 3, Mentions.PLAIN)]),
        ("成果发布会", [(0, 5, Mentions.PLAIN)]),
        ("省委常务会议", [(2, 6, Mentions.ELSEWHERE)]),
        ("数字经济论坛", [(4, 6, Mentions.ELSEWHERE)]),
        ("出席论坛并致辞", [(2, 4, Mentions.FORUM)]),
        ("高层论坛", [(0, 4, Mentions.FORUM)]),
        ("会议强调,论坛上", [(0, 2, Mentions.PLAIN), (5, 7, Mentions.FORUM)]),
        ("没有会的字", []),
    ],
)
def test_bare_words_are_three_arrays(text: str, bare: list[tuple[int, int, int]]) -> None:
    m = find_meetings(text, ())
    assert m.typed == []
    assert list(zip(m.bare_start, m.bare_end, m.bare_kind, strict=True)) == bare


def test_all_puts_typed_and_bare_in_text_order() -> None:
    text = "会议指出,第七届长三角一体化发展高层论坛在南京举行"
    assert [(c.start, c.end, c.kind) for c in find_meetings(text, ()).all()] == [
        (0, 2, None),
        (5, 20, FORUM),
    ]


@pytest.mark.parametrize(
    ("text", "end", "limit", "span", "venue"),
    [
        ("座谈会于6月5日在合肥召开", 3, 100, (3, 13), (9, 11)),
        ("座谈会在合肥召开", 3, 100, (3, 8), (4, 6)),
        ("座谈会隆重开幕", 3, 100, (3, 7), None),
        ("座谈会,日前在合肥召开", 3, 100, (3, 11), (7, 9)),
        ("座谈会在合肥召开", 3, 6, None, None),  # the verb lies past the limit
        ("座谈会将在合肥召开", 3, 100, None, None),
        ("座谈会的精神", 3, 100, None, None),
    ],
)
def test_held_after(
    text: str,
    end: int,
    limit: int,
    span: tuple[int, int] | None,
    venue: tuple[int, int] | None,
) -> None:
    m = held_after(text, end, limit)
    assert (m.span() if m else None) == span
    assert (m.span("venue") if m and m.group("venue") else None) == venue
