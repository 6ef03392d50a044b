"""The geography the parser knows: cities, districts, landmarks and one-character names."""

from __future__ import annotations

import pytest

from yrd_meetings.parsing.places import CITIES, find_place
from yrd_meetings.records import Province

PLACES = {
    "安徽省合肥市滨湖国际会议中心": ("合肥", "CN-AH"),
    "浙江温州": ("温州", "CN-ZJ"),
    "江苏苏州吴江": ("苏州", "CN-JS"),
    "吴江": ("苏州", "CN-JS"),
    "嘉善": ("嘉兴", "CN-ZJ"),
    "安吉": ("湖州", "CN-ZJ"),
    "青浦": ("上海", "CN-SH"),
    "西子湖畔": ("杭州", "CN-ZJ"),
    "沪": ("上海", "CN-SH"),
    "上海世博中心": ("上海", "CN-SH"),
    "马鞍山": ("马鞍山", "CN-AH"),
    "安徽": (None, "CN-AH"),
    "皖": (None, "CN-AH"),
}


@pytest.mark.parametrize(("phrase", "where"), PLACES.items(), ids=list(PLACES))
def test_place(phrase: str, where: tuple[str | None, str]) -> None:
    found = find_place(phrase)
    assert found is not None and (found.city, found.province.value) == where


@pytest.mark.parametrize("phrase", ["北京", "人民大会堂", "太湖之滨", ""])
def test_no_place(phrase: str) -> None:
    assert find_place(phrase) is None


def test_every_prefecture_level_city() -> None:
    counts = {p: sum(1 for q in CITIES.values() if q is p) for p in Province}
    assert counts == {
        Province.SHANGHAI: 1,
        Province.JIANGSU: 13,
        Province.ZHEJIANG: 11,
        Province.ANHUI: 16,
    }
    for city, province in CITIES.items():
        found = find_place(f"{city}市")
        assert found is not None and (found.city, found.province) == (city, province)
