"""Hostile texts for robustness and scaling tests of a parser: `FAMILIES`, `hostile(name, size)`.

Each family repeats one pattern that once made a parser slow or memory-hungry
(many meeting mentions, many article markers, many distinct names, long runs of
one cue character, combining marks, …) up to about `size` characters. The
benchmark `benchmarks/adversarial.py` times `parse` on every family at 100 KB,
1 MB and 4 MB; the test suite checks at small sizes that the work grows
linearly.

>>> len(hostile("many_forum_editions", 1000)) >= 1000
True
>>> sorted(FAMILIES)[:3]
['article_markers', 'cjk_noise', 'combining_marks']
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

__all__ = ["FAMILIES", "hostile"]

_NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
_GIVEN = "建国明华伟强军平安志刚国庆文杰海涛红英德胜春梅玉兰金龙秀珍"


def _rng(seed: str) -> random.Random:
    return random.Random(seed)  # deterministic: the same text every run


def _cycle(parts: Callable[[int], str]) -> Iterator[str]:
    i = 0
    while True:
        yield parts(i)
        i += 1


def _name(r: random.Random) -> str:
    return r.choice(_NAMES) + "".join(r.choice(_GIVEN) for _ in range(r.randint(1, 2)))


def _generators() -> dict[str, Callable[[random.Random], Iterator[str]]]:
    return {
        "symposium_mentions": lambda r: _cycle(
            lambda i: f"{1900 + i % 200}年度长三角地区主要领导座谈会{i % 12 + 1}月5日在合肥举行。"
        ),
        "many_forum_editions": lambda r: _cycle(
            lambda i: f"第{i % 999 + 1}届长三角一体化发展高层论坛在上海举行。"
        ),
        "unlabelled_mentions_no_stop": lambda r: _cycle(
            lambda i: "长三角地区主要领导座谈会在南京举行"
        ),
        "article_markers": lambda r: _cycle(lambda i: "本报讯\n\n短标题\n\n"),
        "datelines": lambda r: _cycle(lambda i: f"新华社合肥{i % 12 + 1}月{i % 28 + 1}日电 "),
        "page_dates": lambda r: _cycle(
            lambda i: f"发布时间：20{i % 100:02d}-06-0{i % 9 + 1} 08:30\n"
        ),
        "distinct_unknown_names": lambda r: _cycle(lambda i: f"上海市委书记{_name(r)}、"),
        "known_name_list": lambda r: _cycle(lambda i: "陈吉宁、信长星、王浩、梁言顺、"),
        "titles_without_names": lambda r: _cycle(lambda i: "省委书记、省长、市委书记、"),
        "open_title_marks": lambda r: _cycle(lambda i: "《"),
        "quotes": lambda r: _cycle(lambda i: "“"),
        "enumeration_commas": lambda r: _cycle(lambda i: "、"),
        "combining_marks": lambda r: _cycle(lambda i: "a\u0301\u0302\u0303"),
        "mixed_scripts": lambda r: _cycle(lambda i: "長三角地區主要領导座談会在溫州举行Ab1"),
        "no_punctuation": lambda r: _cycle(
            lambda i: "会议审议通过了发布了签署了揭牌考察了听取了汇报"
        ),
        "digits": lambda r: _cycle(lambda i: "1234567890"),
        "date_cues": lambda r: _cycle(lambda i: f"{i % 12 + 1}月{i % 28 + 1}日至{i % 28 + 2}日"),
        "relative_days": lambda r: _cycle(lambda i: "昨天上午，座谈会在上海召开。"),
        "review_items": lambda r: _cycle(lambda i: f"审议通过《文件{i}》和"),
        "agreement_items": lambda r: _cycle(lambda i: f"签署了长三角第{i}号合作协议、"),
        "passive_items": lambda r: _cycle(lambda i: f"长三角联盟{i}揭牌，名单{i}正式发布，"),
        "next_hosts": lambda r: _cycle(
            lambda i: f"会议确定，{2000 + i % 100}年度长三角地区主要领导座谈会在浙江召开。"
        ),
        "pinyin_glosses": lambda r: _cycle(lambda i: "發(fā)展"),
        "markdown_lines": lambda r: _cycle(lambda i: "# **标题**\n> 引用\n- 列表\n"),
        "short_paragraphs": lambda r: _cycle(lambda i: "论坛\n\n"),
        "cjk_noise": lambda r: _cycle(
            lambda i: "".join(chr(r.randint(0x4E00, 0x9FFF)) for _ in range(50)) + "。"
        ),
    }


FAMILIES: tuple[str, ...] = tuple(_generators())


def hostile(family: str, size: int) -> str:
    """A text of the family, at least `size` characters long (and at most one piece more)."""
    gen = _generators()[family](_rng(family))
    parts: list[str] = []
    length = 0
    while length < size:
        piece = next(gen)
        parts.append(piece)
        length += len(piece)
    return "".join(parts)
