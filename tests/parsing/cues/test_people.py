"""`find_people` cue by cue: each person's span (title and name), each role's span, the
sentence bounds honoured, and the roles of a name the data does not know."""

from __future__ import annotations

import pytest
from export_helpers import sample_dataset

from yrd_meetings.parsing.cues.people import PersonCue, RoleCue, find_people, roles_of_unknown
from yrd_meetings.parsing.names import names_of
from yrd_meetings.records import Post, Province, Role

NAMES = names_of(sample_dataset())  # knows 陈吉宁, 信长星, 龚正, 范恒山 and four more
PS, GOV = Post.PARTY_SECRETARY, Post.GOVERNOR
SH, JS, ZJ = Province.SHANGHAI, Province.JIANGSU, Province.ZHEJIANG
FAN_TITLE = "国家发展改革委副秘书长"


def P(
    name: str, post: Post | None, prov: Province | None, title: str | None, span: tuple[int, int]
) -> PersonCue:
    return PersonCue(name=name, post=post, province=prov, title=title, start=span[0], end=span[1])


def R(name: str, role: Role, span: tuple[int, int]) -> RoleCue:
    return RoleCue(name=name, role=role, start=span[0], end=span[1])


@pytest.mark.parametrize(
    ("text", "people", "roles"),
    [
        ("江苏省委书记信长星主持会议",
         [P("信长星", PS, JS, "江苏省委书记", (0, 9))], [R("信长星", Role.PRESIDED, (9, 11))]),
        ("上海市委书记李强,市长龚正出席",
         [P("李强", PS, SH, "上海市委书记", (0, 8)), P("龚正", GOV, SH, "市长", (9, 13))], []),
        ("浙江省委副书记、代省长夏宝龙讲话",
         [P("夏宝龙", GOV, ZJ, "浙江省委副书记、代省长", (0, 14))],
         [R("夏宝龙", Role.SPOKE, (14, 16))]),
        ("江苏省委副书记张三出席",
         [P("张三", None, JS, "江苏省委副书记", (0, 9))], []),
        ("陈吉宁(上海市委书记)致辞",
         [P("陈吉宁", PS, SH, "上海市委书记", (0, 11))], [R("陈吉宁", Role.SPOKE, (11, 13))]),
        ("陈吉宁(上海市委书记)作了重要讲话",
         [P("陈吉宁", PS, SH, "上海市委书记", (0, 11))], [R("陈吉宁", Role.SPOKE, (15, 17))]),
        ("陈吉宁、信长星讲话",
         [P("陈吉宁", None, None, None, (0, 3)), P("信长星", None, None, None, (4, 7))],
         [R("陈吉宁", Role.SPOKE, (7, 9)), R("信长星", Role.SPOKE, (7, 9))]),
        ("陈吉宁、信长星等出席",
         [P("陈吉宁", None, None, None, (0, 3)), P("信长星", None, None, None, (4, 7))], []),
        ("国家发展改革委副秘书长范恒山致辞",
         [P("范恒山", None, None, FAN_TITLE, (0, 14))], [R("范恒山", Role.SPOKE, (14, 16))]),
        ("上海市委书记陈吉宁、江苏省委书记信长星分别致辞",
         [P("陈吉宁", PS, SH, "上海市委书记", (0, 9)),
          P("信长星", PS, JS, "江苏省委书记", (10, 19))],
         [R("陈吉宁", Role.SPOKE, (21, 23)), R("信长星", Role.SPOKE, (21, 23))]),
        ("上海市委书记陈吉宁通报有关情况",
         [P("陈吉宁", PS, SH, "上海市委书记", (0, 9))], [R("陈吉宁", Role.REPORTED, (9, 11))]),
    ],
)  # fmt: skip
def test_people_and_roles(text: str, people: list[PersonCue], roles: list[RoleCue]) -> None:
    assert find_people(text, 0, len(text), NAMES) == (people, roles)


@pytest.mark.parametrize(
    "text",
    [
        "时任浙江省委书记习近平提议",
        "据安徽省委书记李锦斌介绍",
        "江苏省委书记有关同志出席",
        "陈吉宁信长星",  # run-on names in a headline are not a list
        "会议由有关方面负责同志主持",
        "",
    ],
)
def test_no_person(text: str) -> None:
    assert find_people(text, 0, len(text), NAMES) == ([], [])


def test_only_the_sentence_is_read() -> None:
    text = "上海市委书记陈吉宁出席。江苏省委书记信长星主持会议"
    assert find_people(text, 12, len(text), NAMES) == (
        [P("信长星", PS, JS, "江苏省委书记", (12, 21))],
        [R("信长星", Role.PRESIDED, (21, 23))],
    )
    assert find_people(text, 0, 12, NAMES) == ([P("陈吉宁", PS, SH, "上海市委书记", (0, 9))], [])


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("张三讲话,张三主持", [R("张三", Role.SPOKE, (2, 4)), R("张三", Role.PRESIDED, (7, 9))]),
        ("张三代表江苏致辞", [R("张三", Role.SPOKE, (6, 8))]),
        ("张三出席", []),
        ("李四讲话", []),
    ],
)
def test_roles_of_unknown(text: str, roles: list[RoleCue]) -> None:
    assert roles_of_unknown(text, 0, len(text), "张三") == roles
