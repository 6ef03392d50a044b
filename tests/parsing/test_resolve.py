"""The resolver (`parsing/resolve.py`) on short texts, each report pinned with the
evidence span of every field: which mention makes an event, which sentence joins
which event, and where a field's value was read.

A report is written `field=value ...` (lists `;`-separated, attendees by name) and
its evidence `field start-end [via]` (`-` for no span; via `text` unless given).
Spans are offsets into the text as given, counted by hand:
`2023年度长三角地区主要领导座谈会在安徽合肥举行。` is 26 characters.
"""

from __future__ import annotations

from typing import Any

import pytest

from yrd_meetings import Dataset, Meeting, MeetingKind, Meta
from yrd_meetings.ids import MeetingId
from yrd_meetings.parsing import parse, report_to_json

Evidence = tuple[str, int | None, int | None, str]
Expected = tuple[dict[str, Any], list[Evidence]]

PEOPLE = {
    "陈吉宁": ("party_secretary", "CN-SH"),
    "信长星": ("party_secretary", "CN-JS"),
    "龚正": ("governor", "CN-SH"),
    "许昆林": ("governor", "CN-JS"),
    "王小明": (None, None),  # not one of the eight posts: unknown to the dataset
}
LISTS = ("attendees", "agreements", "releases")


def attendee(name: str, role: str = "attended") -> dict[str, str | None]:
    """An attendee as the report gives one, post and province from `PEOPLE`."""
    post, province = PEOPLE[name]
    return {"name": name, "post": post, "province": province, "role": role}


def report(fields: str, evidence: str) -> Expected:
    """A report as the notation above writes it."""
    data: dict[str, Any] = {}
    for item in fields.split():
        key, value = item.split("=")
        if key == "attendees":
            data[key] = [attendee(*who.split(":")) for who in value.split(";")]
        else:
            data[key] = (
                value.split(";") if key in LISTS else int(value) if value.isdigit() else value
            )
    spans: list[Evidence] = []
    for entry in evidence.split(", "):
        field, span, *via = entry.split()
        start, end = (None, None) if span == "-" else map(int, span.split("-"))
        spans.append((field, start, end, via[0] if via else "text"))
    return data, spans


def reports(text: str) -> list[Expected]:
    """Each report's non-empty fields, and its evidence as (field, start, end, via)."""
    out = []
    for found in parse(text):
        data = report_to_json(found)
        evidence = [(e["field"], e["start"], e["end"], e["via"]) for e in data.pop("evidence")]
        out.append(({k: v for k, v in data.items() if v not in (None, [])}, evidence))
    return out


HELD_2023 = "2023年度长三角地区主要领导座谈会在安徽合肥举行。"  # 26 characters
FORUM_5 = "第五届长三角一体化发展高层论坛在合肥举行。"  # 21 characters
UNLABELLED = "长三角地区主要领导座谈会在合肥举行。"  # 18 characters
S2023 = "kind=symposium year=2023 city=合肥 province=CN-AH"
S2023_EV = "kind 0-18, year 0-4 label, city 21-23, province 21-23"
HEFEI_5 = "kind=forum year=2023 edition=5 city=合肥 province=CN-AH"
SYMPOSIUM = "kind=symposium city=合肥 province=CN-AH"
UNLABELLED_EV = "kind 0-12, city 13-15, province 13-15"
AT_HEFEI_EV = "kind 0-12, city 15-17, province 15-17"  # 长三角…座谈会在安徽合肥举行


def forum_5(start: int, fields: str = "", evidence: str = "") -> Expected:
    """The fifth forum (`FORUM_5`) at `start` after `HELD_2023`, its year that label's."""
    spans = f"kind {start}-{start + 15}, year 0-4 context, edition {start + 1}-{start + 2}"
    venue = f", city {start + 16}-{start + 18}, province {start + 16}-{start + 18}"
    return report(f"{HEFEI_5} {fields}", spans + venue + evidence)


CASES: dict[str, tuple[str, list[Expected]]] = {
    # a forum's own 2021年 gives its year when no date does
    "year-written": (
        "2021年第三届长三角一体化发展高层论坛在安徽芜湖举行。",
        [
            report(
                "kind=forum year=2021 edition=3 city=芜湖 province=CN-AH",
                "kind 0-20, year 0-4, edition 6-7, city 23-25, province 23-25",
            )
        ],
    ),
    # two editions held in one text are two events
    "two-forums": (
        "第二届长三角一体化发展高层论坛在浙江湖州举行。第三届长三角一体化发展高层论坛在安徽芜湖举行。",
        [
            report(
                "kind=forum year=2020 edition=2 city=湖州 province=CN-ZJ",
                "kind 0-15, year - dataset, edition 1-2, city 18-20, province 18-20",
            ),
            report(
                "kind=forum year=2021 edition=3 city=芜湖 province=CN-AH",
                "kind 23-38, year - dataset, edition 24-25, city 41-43, province 41-43",
            ),
        ],
    ),
    # a forum without its edition, then with it, then another edition: two events;
    # 论坛上 after them is the last forum's
    "open-forum": (
        "长三角一体化发展高层论坛在浙江湖州举行。第二届长三角一体化发展高层论坛在湖州举行。"
        "第三届长三角一体化发展高层论坛在安徽芜湖举行。论坛上，签署了长三角区域生态环境联合执法协定。",
        [
            report(
                "kind=forum year=2020 edition=2 city=湖州 province=CN-ZJ",
                "kind 0-12, year - dataset, edition 21-22, city 15-17, province 15-17",
            ),
            report(
                "kind=forum year=2021 edition=3 city=芜湖 province=CN-AH "
                "agreements=长三角区域生态环境联合执法协定",
                "kind 41-56, year - dataset, edition 42-43, city 59-61, province 59-61, "
                "agreements[0] 71-86",
            ),
        ],
    ),
    # a second report of a held symposium keeps the first label's span
    "label-twice": (
        HELD_2023 + "2023年度长三角地区主要领导座谈会在合肥召开。",
        [report(S2023, S2023_EV)],
    ),
    # 论坛上 in a text about a symposium: a forum of its own, not reported held...
    "bare-forum": (
        UNLABELLED + "论坛上，三省一市签署了长三角区域生态环境联合执法协定。",
        [
            report(SYMPOSIUM, UNLABELLED_EV),
            report(
                "kind=forum agreements=长三角区域生态环境联合执法协定",
                "kind 18-20, agreements[0] 29-44",
            ),
        ],
    ),
    # ... and not reported at all when nothing is read of it
    "bare-forum-empty": (UNLABELLED + "论坛上气氛热烈。", [report(SYMPOSIUM, UNLABELLED_EV)]),
    # the next host of a symposium without a label: the sentence's own event (会议)...
    "next-host-unlabelled": (
        UNLABELLED + "会议确定，2024年度长三角地区主要领导座谈会在浙江召开。",
        [report(f"{SYMPOSIUM} next_host=CN-ZJ", f"{UNLABELLED_EV}, next_host 42-44")],
    ),
    # ... or, in a sentence of no meeting, the current one
    "next-host-foreign": (
        UNLABELLED + "各方确定，2024年度长三角地区主要领导座谈会在浙江召开。",
        [report(f"{SYMPOSIUM} next_host=CN-ZJ", f"{UNLABELLED_EV}, next_host 42-44")],
    ),
    # announced in a forum's sentence: the 2023 symposium, by the 2024 label
    "next-host-by-label": (
        HELD_2023 + FORUM_5 + "论坛上，会议确定，2024年度长三角地区主要领导座谈会在浙江召开。",
        [report(f"{S2023} next_host=CN-ZJ", f"{S2023_EV}, next_host 75-77"), forum_5(26)],
    ),
    # ... announced after a forum, in a sentence of no meeting: still by the label
    "next-host-after-forum": (
        HELD_2023 + FORUM_5 + "各方确定，2024年度长三角地区主要领导座谈会在浙江召开。",
        [report(f"{S2023} next_host=CN-ZJ", f"{S2023_EV}, next_host 71-73"), forum_5(26)],
    ),
    # a forum's sentence announcing a symposium the text does not report: no next host
    "forum-announces": (
        FORUM_5 + "论坛上，会议确定，2024年度长三角地区主要领导座谈会在浙江召开。",
        [report(HEFEI_5, "kind 0-15, year - dataset, edition 1-2, city 16-18, province 16-18")],
    ),
    # a forum named again is the last forum: 论坛上 is the fifth's, not the sixth's
    "forum-again": (
        FORUM_5
        + "第六届长三角一体化发展高层论坛在浙江温州举行。"
        + FORUM_5
        + "论坛上，签署了长三角区域生态环境联合执法协定。",
        [
            report(
                f"{HEFEI_5} agreements=长三角区域生态环境联合执法协定",
                "kind 0-15, year - dataset, edition 1-2, city 16-18, province 16-18, "
                "agreements[0] 72-87",
            ),
            report(
                "kind=forum year=2024 edition=6 city=温州 province=CN-ZJ",
                "kind 21-36, year - dataset, edition 22-23, city 39-41, province 39-41",
            ),
        ],
    ),
    # a signing sentence that names its agreement reads no list after it
    "signed-named": (
        FORUM_5 + "论坛上集中签约了长三角算力合作协议。长三角数据合作协议，长三角人才合作协议。",
        [
            report(
                f"{HEFEI_5} agreements=长三角算力合作协议",
                "kind 0-15, year - dataset, edition 1-2, city 16-18, province 16-18, "
                "agreements[0] 29-38",
            )
        ],
    ),
    # a signing sentence with no title of its own: the titles listed after it are read,
    # and what else the sentence holds is kept
    "signed-list": (
        FORUM_5 + "论坛上发布了长三角科技创新清单，并进行了合作事项签约。"
        "长三角数据合作协议，长三角人才合作协议……",
        [
            report(
                f"{HEFEI_5} agreements=长三角数据合作协议;长三角人才合作协议 "
                "releases=长三角科技创新清单",
                "kind 0-15, year - dataset, edition 1-2, city 16-18, province 16-18, "
                "agreements[0] 48-57, agreements[1] 58-67, releases[0] 27-36",
            )
        ],
    ),
    # a person the dataset does not know gets the roles of their own sentences only
    "unknown-person": (
        HELD_2023
        + "国家发展改革委副秘书长王小明致辞。"
        + FORUM_5
        + "国家发展改革委副秘书长王小明出席论坛。",
        [
            report(
                f"{S2023} attendees=王小明:spoke",
                f"{S2023_EV}, attendees[0] 26-40, attendees[0].role 40-42",
            ),
            forum_5(43, "attendees=王小明", ", attendees[0] 64-78"),
        ],
    ),
    # a sentence printed twice is read once (the second would give the forum 陈吉宁),
    # and the sentences after it are read...
    "printed-twice": (
        HELD_2023
        + "上海市委书记陈吉宁出席。"
        + FORUM_5
        + "上海市委书记陈吉宁出席。江苏省委书记信长星出席。",
        [
            report(f"{S2023} attendees=陈吉宁", f"{S2023_EV}, attendees[0] 26-35"),
            forum_5(38, "attendees=信长星", ", attendees[0] 71-80"),
        ],
    ),
    # ... unless shorter than 8 characters: 上海市长龚正。 is read both times...
    "short-twice": (
        HELD_2023 + "上海市长龚正。" + FORUM_5 + "上海市长龚正。",
        [
            report(f"{S2023} attendees=龚正", f"{S2023_EV}, attendees[0] 26-32"),
            forum_5(33, "attendees=龚正", ", attendees[0] 54-60"),
        ],
    ),
    # ... and 8 is long enough: 江苏省长许昆林。 is read once
    "eight-twice": (
        HELD_2023 + "江苏省长许昆林。" + FORUM_5 + "江苏省长许昆林。",
        [report(f"{S2023} attendees=许昆林", f"{S2023_EV}, attendees[0] 26-33"), forum_5(34)],
    ),
    # 另讯: another story told in passing, skipped; the next sentence is read again
    "aside": (
        HELD_2023 + "另讯，上海市委书记陈吉宁出席了活动。江苏省委书记信长星出席。",
        [report(f"{S2023} attendees=信长星", f"{S2023_EV}, attendees[0] 44-53")],
    ),
    # an aside's own meeting does not take the sentence after it
    "aside-meeting": (
        HELD_2023 + "另讯，" + FORUM_5 + "上海市委书记陈吉宁出席。",
        [
            report(f"{S2023} attendees=陈吉宁", f"{S2023_EV}, attendees[0] 50-59"),
            report("kind=forum year=2023 edition=5", "kind 29-44, year 0-4 context, edition 30-31"),
        ],
    ),
    # a sentence about another occasion is not read into the current event
    "another-occasion": (
        HELD_2023 + "上海市委书记陈吉宁曾出席2019年度长三角地区主要领导座谈会。",
        [report(S2023, S2023_EV)],
    ),
    # a meeting recalled (回顾) is another occasion even when it is this one's label
    "recalled": (
        HELD_2023 + "上海市委书记陈吉宁回顾了2023年度长三角地区主要领导座谈会。",
        [report(S2023, S2023_EV)],
    ),
    # a mention not reported held joins the event of its label...
    "mention-labelled": (
        HELD_2023 + "上海市委书记陈吉宁表示，2023年度长三角地区主要领导座谈会意义重大。",
        [report(f"{S2023} attendees=陈吉宁", f"{S2023_EV}, attendees[0] 26-35")],
    ),
    # ... or, without a label, the event without one...
    "mention-unlabelled": (
        "长三角地区主要领导座谈会在安徽合肥举行。上海市委书记陈吉宁表示，长三角地区主要领导座谈会意义重大。",
        [report(f"{SYMPOSIUM} attendees=陈吉宁", f"{AT_HEFEI_EV}, attendees[0] 20-29")],
    ),
    # ... but a labelled mention never joins an unlabelled event: another occasion
    "mention-other-label": (
        "长三角地区主要领导座谈会在安徽合肥举行。上海市委书记陈吉宁表示，2023年度长三角地区主要领导座谈会意义重大。",
        [report(SYMPOSIUM, AT_HEFEI_EV)],
    ),
    # a study session of a meeting reports no meeting of its own
    "studied": (
        "会议传达学习了2023年度长三角地区主要领导座谈会精神。" + FORUM_5,
        [report(HEFEI_5, "kind 28-43, year - dataset, edition 29-30, city 44-46, province 44-46")],
    ),
    # studied in one article, held in the next (本报讯 starts it): reported
    "studied-then-held": (
        "会议传达学习了2023年度长三角地区主要领导座谈会精神。\n本报讯 " + HELD_2023,
        [report(S2023, "kind 33-51, year 33-37 label, city 54-56, province 54-56")],
    ),
    # a headline above the article's first event is read into it...
    "headline": (
        "上海市委书记陈吉宁出席会议\n\n" + HELD_2023,
        [
            report(
                f"{S2023} attendees=陈吉宁",
                "kind 15-33, year 15-19 label, city 36-38, province 36-38, attendees[0] 0-9",
            )
        ],
    ),
    # ... a sentence of the body before it is not
    "before-the-event": (
        "上海市委书记陈吉宁出席活动。" + HELD_2023,
        [report(S2023, "kind 14-32, year 14-18 label, city 35-37, province 35-37")],
    ),
    # the venue from a later sentence (会议在…举行) when the lead gives none
    "venue-later": (
        "2023年度长三角地区主要领导座谈会召开。会议在安徽合肥举行。",
        [report(S2023, "kind 0-18, year 0-4 label, city 26-28, province 26-28")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_case(name: str) -> None:
    """Every report, every field, every span."""
    text, expected = CASES[name]
    assert reports(text) == expected


def test_two_other_meetings_are_two_events() -> None:
    """Meetings outside the two series are told apart by name (a dataset naming two)."""
    meetings = [
        Meeting(id=MeetingId(i), kind=MeetingKind.OTHER, name=name)
        for i, name in (("a", "长三角科技创新推进会"), ("b", "长三角生态绿色推进会"))
    ]
    meta = Meta(version="t", licence="CC0", citation="c")
    ds = Dataset(meta=meta, meetings=meetings, officials=(), agreements=(), errata=())
    found = parse(
        "长三角科技创新推进会在上海举行。长三角生态绿色推进会在浙江嘉兴举行。", dataset=ds
    )
    assert [(r.name, r.city) for r in found] == [
        ("长三角科技创新推进会", "上海"),
        ("长三角生态绿色推进会", "嘉兴"),
    ]
    assert [report_to_json(r)["evidence"][0] for r in found] == [
        {"field": "kind", "start": 0, "end": 10, "via": "text"},
        {"field": "kind", "start": 16, "end": 26, "via": "text"},
    ]
