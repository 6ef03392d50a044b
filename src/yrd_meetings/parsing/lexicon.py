"""The domain vocabulary, generated from the curated dataset.

Officials' names, the posts they hold, the four provinces and their cities,
and the meeting names, for the jieba dictionary of `tokens.jieba_userdict`, so
that a name added to the data is one word to jieba too (the parser matches
names with `names`). Nothing here lists people.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ..records import Post, Province

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["Lexicon", "data", "lexicon"]

_LOCK = threading.RLock()

SYMPOSIUM_NAME = "长三角地区主要领导座谈会"
FORUM_NAME = "长三角一体化发展高层论坛"


def data() -> Dataset:
    """The curated dataset the vocabulary comes from (cached by `load()`)."""
    from ..dataset import load

    return load()


def _uniq(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


@attrs.frozen(kw_only=True)
class Lexicon:
    """Words of the domain, each list without duplicates."""

    names: tuple[str, ...]  # officials' names
    titles: tuple[str, ...]  # titles of officials outside the eight posts, as curated
    posts: tuple[str, ...]  # 上海市委书记, 省委副书记, 省长, ...
    provinces: tuple[str, ...]  # 上海, 上海市, 江苏, 江苏省, ...
    cities: tuple[str, ...]  # 南京, 温州, ... (without 市)
    city_province: dict[str, Province] = attrs.field(hash=False)
    meetings: tuple[str, ...]  # meeting names

    def words(self) -> tuple[tuple[str, int, str], ...]:
        """(word, frequency, part of speech) for a jieba dictionary."""
        out: dict[str, tuple[str, int, str]] = {}
        for group, freq, tag in (
            (self.names, 2000, "nr"),
            (self.posts, 3000, "n"),
            (self.titles, 1000, "n"),
            (self.provinces, 3000, "ns"),
            (self.cities, 3000, "ns"),
            (self.meetings, 1000, "nz"),
            (_COMMON, 500, "x"),
        ):
            for word in group:
                out.setdefault(word, (word, freq, tag))
        return tuple(out.values())


# a few function words and verbs of meeting reports, so that the domain
# dictionary alone segments the sentences around names sensibly
_COMMON_WORDS = """
    出席 会议 主持 讲话 致辞 发言 代表 举行 召开 举办
    审议 通过 听取 汇报 签署 签约 发布 揭牌 考察 论坛
    座谈会 长三角 一体化 高质量 发展 三省一市 有关 负责同志 国家发展改革委 中央财办
    科技部 副秘书长 秘书长 部长 主任 年度 上午 下午 期间 确定
    主题 成果 发布会 合作 协议
会见 会谈 视察 调研 参观 走访 指出 强调 表示 认为
介绍 陪同 参加 说 率队 一行 同志 当选 任命 担任
"""
_COMMON = tuple(_COMMON_WORDS.split())


@functools.lru_cache(maxsize=1)
def _cached_lexicon() -> Lexicon:
    view = data()
    names = _uniq(o.name for o in view.officials)
    titles = _uniq(o.title or "" for o in view.officials)
    posts: list[str] = []
    provinces: list[str] = []
    city_province: dict[str, Province] = {}
    for prov in Province:
        unit = prov.full_name_zh[-1]
        provinces += [prov.full_name_zh, prov.name_zh]
        for post in Post:
            posts.append(prov.name_zh + post.title_zh(prov))
        posts.append(f"{prov.name_zh}{unit}委副书记")
        city_province.setdefault(prov.capital, prov)
    for unit in "省市":
        posts += [f"{unit}委书记", f"{unit}委副书记", f"{unit}长"]
    for meeting in view.meetings:
        if meeting.city and meeting.province is not None:
            city_province.setdefault(meeting.city.removesuffix("市"), meeting.province)
    meetings = _uniq([SYMPOSIUM_NAME, FORUM_NAME, *(m.name for m in view.meetings)])
    return Lexicon(
        names=names,
        titles=titles,
        posts=_uniq(posts),
        provinces=_uniq(provinces),
        cities=tuple(city_province),
        city_province=city_province,
        meetings=meetings,
    )


def lexicon() -> Lexicon:
    """The domain lexicon (built once from the dataset, thread-safe)."""
    with _LOCK:
        return _cached_lexicon()
