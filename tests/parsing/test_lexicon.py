"""The jieba vocabulary of the domain: posts, provinces, cities, meetings, and their tags."""

from __future__ import annotations

import pytest

from yrd_meetings import Province, load
from yrd_meetings.parsing.lexicon import Lexicon, lexicon

POSTS = (
    "上海市委书记", "上海市长", "上海市委副书记",
    "江苏省委书记", "江苏省长", "江苏省委副书记",
    "浙江省委书记", "浙江省长", "浙江省委副书记",
    "安徽省委书记", "安徽省长", "安徽省委副书记",
    "省委书记", "省委副书记", "省长", "市委书记", "市委副书记", "市长",
)  # fmt: skip


def test_posts_are_the_eight_deputies_and_bare_titles_in_order() -> None:
    assert lexicon().posts == POSTS


def test_provinces_full_name_then_short_name() -> None:
    assert lexicon().provinces == (
        "上海市", "上海", "江苏省", "江苏", "浙江省", "浙江", "安徽省", "安徽",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("city", "province"),
    [
        ("上海", Province.SHANGHAI),
        ("南京", Province.JIANGSU),
        ("杭州", Province.ZHEJIANG),
        ("合肥", Province.ANHUI),
        ("苏州", Province.JIANGSU),
        ("温州", Province.ZHEJIANG),
        ("芜湖", Province.ANHUI),
    ],
)
def test_capitals_and_meeting_cities_know_their_province(city: str, province: Province) -> None:
    lex = lexicon()
    assert lex.city_province[city] is province
    assert city in lex.cities


def test_capitals_come_first_and_no_city_keeps_its_suffix() -> None:
    cities = lexicon().cities
    assert cities[:4] == ("上海", "南京", "杭州", "合肥")
    assert [c for c in cities if c.endswith("市")] == []


def test_meetings_start_with_the_two_series_names() -> None:
    meetings = lexicon().meetings
    assert meetings[:2] == ("长三角地区主要领导座谈会", "长三角一体化发展高层论坛")
    assert len(set(meetings)) == len(meetings)
    assert "2025年度长三角地区主要领导座谈会" in meetings


def test_names_and_titles_come_from_the_data() -> None:
    lex = lexicon()
    assert "陈吉宁" in lex.names and "龚正" in lex.names
    assert "国家发展改革委副秘书长" in lex.titles
    assert len(lex.names) == len({o.name for o in load().officials})
    assert "" not in lex.titles


@pytest.mark.parametrize(
    ("word", "entry"),
    [
        ("陈吉宁", ("陈吉宁", 2000, "nr")),
        ("上海市委书记", ("上海市委书记", 3000, "n")),
        ("国家发展改革委副秘书长", ("国家发展改革委副秘书长", 1000, "n")),
        ("江苏省", ("江苏省", 3000, "ns")),
        ("南京", ("南京", 3000, "ns")),
        ("长三角一体化发展高层论坛", ("长三角一体化发展高层论坛", 1000, "nz")),
        ("出席", ("出席", 500, "x")),
    ],
)
def test_words_tag_each_group(word: str, entry: tuple[str, int, str]) -> None:
    assert {w[0]: w for w in lexicon().words()}[word] == entry


def test_a_word_in_two_groups_keeps_its_first_group() -> None:
    lex = Lexicon(
        names=("上海",),
        titles=(),
        posts=(),
        provinces=("上海",),
        cities=("上海", "会议"),
        city_province={},
        meetings=(),
    )
    words = lex.words()
    assert words[:2] == (("上海", 2000, "nr"), ("会议", 3000, "ns"))
    assert [w for w in words if w[0] in ("上海", "会议")] == [
        ("上海", 2000, "nr"),
        ("会议", 3000, "ns"),
    ]


def test_lexicon_is_built_once() -> None:
    assert lexicon() is lexicon()
