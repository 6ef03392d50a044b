"""Where a meeting was held: the geography of the four provinces, as the parser needs it.

Static facts of administrative geography, not curated records: every
prefecture-level city of Shanghai, Jiangsu, Zhejiang and Anhui, the districts,
counties and county-level cities where the leaders' meetings and their side
events are held, and the landmarks reports use in place of a city
(`西子湖畔` for 杭州). `find_place(text)` reads the most specific place in a
venue phrase (`在安徽省合肥市滨湖国际会议中心`).

>>> find_place("浙江省嘉兴市嘉善县")
Place(city='嘉兴', province=<Province.ZHEJIANG: 'CN-ZJ'>, start=3, end=6)
>>> find_place("西子湖畔").city
'杭州'
>>> find_place("北京") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from ..records import Province

__all__ = ["CITIES", "Place", "find_place", "place_pattern"]


def _words(text: str) -> list[str]:
    return text.split()


_SH, _JS, _ZJ, _AH = Province.SHANGHAI, Province.JIANGSU, Province.ZHEJIANG, Province.ANHUI

# prefecture-level cities (without 市) -> province
CITIES: Mapping[str, Province] = {
    "上海": _SH,
    **dict.fromkeys(_words("南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城"), _JS),
    **dict.fromkeys(_words("扬州 镇江 泰州 宿迁"), _JS),
    **dict.fromkeys(_words("杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水"), _ZJ),
    **dict.fromkeys(_words("合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州"), _AH),
    **dict.fromkeys(_words("阜阳 宿州 六安 亳州 池州 宣城"), _AH),
}

# districts, counties and county-level cities -> their prefecture-level city
_DISTRICTS = {
    "上海": "浦东 黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 松江 青浦 奉贤 崇明 临港 虹桥",
    "苏州": "昆山 吴江 常熟 张家港 太仓 吴中 相城 姑苏 工业园区",
    "无锡": "江阴 宜兴 滨湖 梁溪 锡山 惠山",
    "常州": "溧阳 武进 金坛",
    "南通": "海门 如皋 启东",
    "扬州": "仪征 高邮 江都",
    "南京": "江宁 浦口 六合 溧水 高淳",
    "嘉兴": "嘉善 桐乡 乌镇 平湖 海宁 海盐 南湖",
    "湖州": "安吉 德清 长兴 南浔 吴兴",
    "杭州": "余杭 萧山 滨江 临安 富阳 桐庐 淳安 千岛湖",
    "宁波": "慈溪 余姚 北仑 鄞州 象山 宁海",
    "温州": "乐清 瑞安 鹿城 瓯海 龙湾",
    "绍兴": "诸暨 柯桥 上虞 嵊州",
    "金华": "义乌 东阳 永康",
    "合肥": "巢湖 肥西 肥东 长丰 庐江 滨湖新区",
    "马鞍山": "当涂 含山 和县",
    "宣城": "郎溪 广德 宁国",
    "滁州": "天长 明光 来安",
    "黄山": "歙县 黟县 屯溪 黄山区",
    "芜湖": "繁昌 无为 湾沚",
}

# landmarks a report names instead of the city (ambiguous ones, such as 太湖之滨, are left out)
_LANDMARKS = {
    "杭州": "西子湖畔 西湖之畔 西湖畔 钱塘江畔 钱塘江边",
    "上海": "黄浦江畔 浦江两岸 浦江之畔",
    "南京": "秦淮河畔 紫金山下 玄武湖畔",
    "合肥": "巢湖之滨 巢湖之畔 巢湖岸边",
    "嘉兴": "南湖之畔 南湖畔 红船旁",
    "温州": "瓯江之畔 瓯江畔",
    "芜湖": "镜湖之畔",
    "苏州": "金鸡湖畔",
    "无锡": "蠡湖之畔 太湖明珠",
    "扬州": "瘦西湖畔",
}

# one-character names of a city or province, read only when they are the whole venue (在沪举行)
_SHORT = {"沪": "上海", "宁": "南京", "杭": "杭州", "甬": "宁波", "锡": "无锡", "芜": "芜湖"}
_SHORT_PROVINCE = {"苏": _JS, "浙": _ZJ, "皖": _AH}


@attrs.frozen(kw_only=True)
class Place:
    """A place found in a phrase: its prefecture-level city (None when only the
    province is named) and province, and the span of the words that name it."""

    city: str | None
    province: Province
    start: int
    end: int


@functools.cache
def _table() -> dict[str, tuple[str | None, Province]]:
    """Every place word -> (city, province); longer words win when matching."""
    table: dict[str, tuple[str | None, Province]] = {}
    for prov in Province:
        table[prov.full_name_zh] = (prov.capital if prov is _SH else None, prov)
        table[prov.name_zh] = (prov.capital if prov is _SH else None, prov)
    for city, prov in CITIES.items():
        table[city] = (city, prov)
        table[city + "市"] = (city, prov)
    for city, words in (*_DISTRICTS.items(), *_LANDMARKS.items()):
        for word in words.split():
            table.setdefault(word, (city, CITIES[city]))
    return table


@functools.cache
def place_pattern() -> re.Pattern[str]:
    """A longest-first alternation of every place word."""
    words = sorted(_table(), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def find_place(phrase: str, extra: Mapping[str, Province] | None = None) -> Place | None:
    """The most specific place a venue phrase names, or None.

    A city (or a district, county or landmark, read as its city) beats a
    province; the first city wins. `extra` adds cities (e.g. the curated
    data's) to the static ones.
    """
    short = _SHORT.get(phrase)
    if short is not None:
        return Place(city=short, province=CITIES[short], start=0, end=1)
    if phrase in _SHORT_PROVINCE:
        return Place(city=None, province=_SHORT_PROVINCE[phrase], start=0, end=1)
    table = _table()
    province_only: Place | None = None
    for m in place_pattern().finditer(phrase):
        city, prov = table[m.group()]
        if city is not None:
            return Place(city=city, province=prov, start=m.start(), end=m.end())
        if province_only is None:
            province_only = Place(city=None, province=prov, start=m.start(), end=m.end())
    if extra:
        for name, prov in extra.items():
            at = phrase.find(name)
            if at >= 0:
                return Place(city=name, province=prov, start=at, end=at + len(name))
    return province_only
