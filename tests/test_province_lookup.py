"""One look-up for provinces (every API that takes one) and one for officials."""

from __future__ import annotations

import datetime

import pytest

from yrd_meetings import Province, load
from yrd_meetings.cli import main

SPELLINGS = [
    ("CN-AH", Province.ANHUI),
    ("cn-ah", Province.ANHUI),
    ("AH", Province.ANHUI),
    ("340000", Province.ANHUI),
    ("安徽", Province.ANHUI),
    ("安徽省", Province.ANHUI),
    ("皖", Province.ANHUI),
    ("Anhui", Province.ANHUI),
    ("ANHUI", Province.ANHUI),
    (" anhui ", Province.ANHUI),
    ("上海", Province.SHANGHAI),
    ("上海市", Province.SHANGHAI),
    ("沪", Province.SHANGHAI),
    ("310000", Province.SHANGHAI),
    ("Zhe Jiang", Province.ZHEJIANG),
    ("浙", Province.ZHEJIANG),
    ("苏", Province.JIANGSU),
    ("JS", Province.JIANGSU),
    (Province.JIANGSU, Province.JIANGSU),
]


@pytest.mark.parametrize(("key", "province"), SPELLINGS)
def test_lookup_by_any_name_or_code(key: str, province: Province) -> None:
    assert Province.lookup(key) is province


@pytest.mark.parametrize(("key", "province"), [(k, p) for k, p in SPELLINGS if isinstance(k, str)])
def test_the_enum_call_and_holder_take_the_same(key: str, province: Province) -> None:
    assert Province(key) is province
    ds = load()
    day = datetime.date(2025, 6, 6)
    assert ds.holder(key, "governor", day) == ds.holder(province, "governor", day)


@pytest.mark.parametrize("bad", ["Guangdong", "广东", "CN-GD", "440000", "江"])
def test_unknown_province_is_one_clear_error(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match=r"unknown province .*CN-SH, CN-JS, CN-ZJ, CN-AH"):
        Province.lookup(bad)
    with pytest.raises(ValueError):
        load().holder(bad, "governor", datetime.date(2025, 1, 1))
    assert main(["list", "--province", bad]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_lookup_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="Province or str"):
        Province.lookup(320000)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "official"),
    [
        ("chen-jining", "chen-jining"),
        ("陈吉宁", "chen-jining"),
        ("Chen Jining", "chen-jining"),
        ("chenjining", "chen-jining"),
        ("CHEN JINING", "chen-jining"),
        ("Chén Jìníng", "chen-jining"),
        ("chen2 ji2 ning2", "chen-jining"),
        ("Lǚ Zǔshàn", "lu-zushan"),
        ("Lü Zushan", "lu-zushan"),
        ("lv zushan", "lu-zushan"),
        ("lu3zu3shan4", "lu-zushan"),
        ("Xí Jìnpíng", "xi-jinping"),
    ],
)
def test_officials_by_id_name_or_pinyin(key: str, official: str) -> None:
    assert load().official(key).id == official


@pytest.mark.parametrize("key", ["chen jiming", "陈吉", "nobody", ""])
def test_unknown_official_is_a_key_error(key: str) -> None:
    with pytest.raises(KeyError, match="no official"):
        load().official(key)
