"""People cues: posts, names, roles; who is not an attendee."""

from __future__ import annotations

import pytest

from yrd_meetings import load
from yrd_meetings.parsing.cues.people import find_people
from yrd_meetings.parsing.names import names_of
from yrd_meetings.text.normalize import normalize

NAMES = names_of(load())

PEOPLE = {
    "江苏省委书记信长星主持会议": [("信长星", "party_secretary", "CN-JS", "presided")],
    "上海市委书记李强，市长龚正出席": [
        ("李强", "party_secretary", "CN-SH", "attended"),
        ("龚正", "governor", "CN-SH", "attended")],
    "浙江省委副书记、代省长夏宝龙讲话": [("夏宝龙", "governor", "CN-ZJ", "spoke")],
    "陈吉宁（上海市委书记）致辞": [("陈吉宁", "party_secretary", "CN-SH", "spoke")],
    "江苏省委副书记刘小涛出席": [("刘小涛", None, "CN-JS", "attended")],
    "陈吉宁、信长星讲话": [("陈吉宁", None, None, "spoke"), ("信长星", None, None, "spoke")],
    "时任浙江省委书记习近平提议": [],
    "据安徽省委书记李锦斌介绍": [],
    "记者张三报道": [],
}  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PEOPLE.items(), ids=list(PEOPLE))
def test_people(text: str, want: list[tuple[str, str | None, str | None, str]]) -> None:

    text = normalize(text).text  # cues read the cleaned text
    people, roles = find_people(text, 0, len(text), NAMES)
    role = {r.name: r.role.value for r in roles}
    got = [
        (p.name, p.post.value if p.post else None, p.province.value if p.province else None,
         role.get(p.name, "attended"))
        for p in people
    ]  # fmt: skip
    assert got == want
