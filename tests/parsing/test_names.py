"""The parser's vocabulary of a dataset: names, titles, `other` meetings, cities, provinces."""

from __future__ import annotations

import attrs
import pytest
from export_helpers import sample_dataset

from yrd_meetings import Meeting, MeetingKind, PartialDate, Province, Source
from yrd_meetings.parsing.names import alternation, names_of, normal_form

OTHER = "央地共建上海（长三角）国际科技创新中心 工作推进会"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("上海 市", "上海市"),
        ("a\tb\nc\u3000d", "abcd"),
        ("ＡＢＣ１２", "ABC12"),
        ("（长三角）", "(长三角)"),
        (OTHER, "央地共建上海(长三角)国际科技创新中心工作推进会"),
    ],
)
def test_normal_form_is_nfkc_without_whitespace(text: str, expected: str) -> None:
    assert normal_form(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["a", "abc", "ab"], "abc|ab|a"),
        (["b", "a", "c"], "a|b|c"),
        (["乙", "甲甲", "", "乙"], "甲甲|乙"),
        (["a.b", "a+"], r"a\.b|a\+"),
        ([], r"(?!x)x"),
        ([""], r"(?!x)x"),
    ],
)
def test_alternation_is_longest_first_and_escaped(words: list[str], expected: str) -> None:
    assert alternation(words) == expected


def _dataset() -> object:
    ds = sample_dataset()
    other = Meeting(
        id="other-2024-1",
        kind=MeetingKind.OTHER,
        name=OTHER,
        year=2024,
        start=PartialDate.parse("2024-03-01"),
        city="上海市",
        province=Province.SHANGHAI,
        sources=(Source(url="https://example.org/other"),),
    )
    return attrs.evolve(ds, meetings=(*ds.meetings, other))


def test_names_of_a_dataset() -> None:
    names = names_of(_dataset())  # type: ignore[arg-type]
    assert names.officials == {
        "陈吉宁", "龚正", "信长星", "许昆林", "王浩", "刘捷", "梁言顺", "王清宪", "范恒山",
    }  # fmt: skip
    assert names.official_re == "信长星|梁言顺|王清宪|范恒山|许昆林|陈吉宁|刘捷|王浩|龚正"
    assert names.titles_re == "国家发展改革委副秘书长"
    assert names.others == {"央地共建上海(长三角)国际科技创新中心工作推进会": OTHER}
    assert names.cities == {"南京": Province.JIANGSU, "苏州": Province.JIANGSU,
                            "上海": Province.SHANGHAI}  # fmt: skip
    assert names.province_re == "上海市|安徽省|江苏省|浙江省|上海|安徽|江苏|浙江"


@pytest.mark.parametrize(
    ("word", "province"),
    [
        ("上海", Province.SHANGHAI),
        ("上海市", Province.SHANGHAI),
        ("沪", Province.SHANGHAI),
        ("江苏省", Province.JIANGSU),
        ("苏", Province.JIANGSU),
        ("浙", Province.ZHEJIANG),
        ("皖", Province.ANHUI),
        ("安徽", Province.ANHUI),
    ],
)
def test_province_of_every_name_and_abbreviation(word: str, province: Province) -> None:
    assert names_of(sample_dataset()).province_of[word] is province


def test_province_of_has_twelve_words() -> None:
    assert len(names_of(sample_dataset()).province_of) == 12


def test_names_are_built_once_per_dataset() -> None:
    ds = sample_dataset()
    first = names_of(ds)
    assert names_of(ds) is first
    assert names_of(sample_dataset()) is not first  # an equal dataset is another dataset
