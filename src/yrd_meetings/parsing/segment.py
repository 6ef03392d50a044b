"""Stage 1 of the parser: cut normalised text into articles and sentences.

Takes the cleaned text of `text.normalize` and gives `Segments`:

- articles: a page may carry several stories; one starts at a 本报讯 or a wire
  dateline (`新华社合肥5月22日电`), together with the headline lines above it;
- per article, its dateline (where and on which day the story was filed — not
  the venue) and its page date (`发布日期：2023-06-06`, `2023-06-06 08:30`,
  `2023年06月06日 星期二`), which later stages use for a missing year or month;
- sentences, cut at 。!? and at paragraph, dateline and article starts.

Every scan is a single pass over the text, so the time is linear in its length.

>>> from yrd_meetings.text.normalize import normalize
>>> s = segment(normalize("2023年度座谈会在合肥举行\\n\\n新华社合肥6月6日电 6月5日，会议举行。"))
>>> [s.text[x.start:x.end] for x in s.sentences]
['2023年度座谈会在合肥举行', '新华社合肥6月6日电', '6月5日,会议举行。']
>>> s.articles[0].dateline.place, s.articles[0].dateline.month, s.articles[0].dateline.day
('合肥', 6, 6)
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import attrs

from ..text.normalize import Normalized
from .scan import windows

__all__ = ["Article", "Dateline", "Segments", "Sentence", "Sentences", "Stamp", "segment"]

_AGENCY = (
    r"新华社|中新社|中新网|中国新闻网|人民网|新华网|央视网|央广网|央视新闻|光明网|中国网|"
    r"国际在线|澎湃新闻|本报|本网|本台|大公报|文汇报|香港商报|经济日报|解放日报|新华日报|"
    r"浙江日报|安徽日报|中国日报网?"
)
_DATELINE = re.compile(
    rf"(?:(?:{_AGENCY})(?:[(（【][^()（）【】]{{0,30}}[)）】])?(?P<place>[\u4e00-\u9fff]{{2,4}}?))?"
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯|消息)"
)
_DATELINE_END = re.compile(r"日(?:电|讯|消息)")
_MARKER = re.compile(r"本报讯|【[^】]{0,12}讯】")
# a page date: labelled, followed by a clock time, or followed by a weekday
_STAMP = re.compile(
    r"(?:(?:发布|发表|更新|稿件)?(?:日期|时间)[:：]?|来源[:：][^\d]{0,20}?)?"
    r"(?P<year>(?:19|20)\d\d)[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?"
    r"(?P<tail> ?\d{1,2}:\d{2}|星期[一二三四五六日天]|周[一二三四五六日]|第?[A-Z]?\d{1,3}版"
    r"|(?=本报讯|【|新华社|中新社|中新网))?"
)
_TERMINAL = re.compile(r"[。!?]+[”’\"]?")
_HEADLINE_END = re.compile(r"[。!?”’)」:,]$")


@attrs.frozen(kw_only=True)
class Dateline:
    """Where and when a story was filed (`新华社合肥5月22日电`, `8月17日消息`); not the venue."""

    place: str | None
    month: int
    day: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Stamp:
    """A page's own date (publication time), with its span."""

    year: int
    month: int
    day: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Article:
    start: int
    end: int
    dateline: Dateline | None
    stamp: Stamp | None


class Sentence(NamedTuple):
    """A sentence's span, its article (index into `Segments.articles`) and whether it
    is a headline (a short paragraph without closing punctuation). A tuple, not an
    attrs class: hostile input makes millions of them."""

    start: int
    end: int
    article: int
    headline: bool


class Sentences(Sequence[Sentence]):
    """The sentences, stored as four arrays (16 bytes a sentence, not ~130): a page of a
    million two-character paragraphs must not need gigabytes. Read like a tuple."""

    __slots__ = ("_article", "_end", "_headline", "_start")

    def __init__(self) -> None:
        self._start, self._end, self._article = array("i"), array("i"), array("i")
        self._headline = array("b")

    def append(self, start: int, end: int, article: int, headline: bool) -> None:
        self._start.append(start)
        self._end.append(end)
        self._article.append(article)
        self._headline.append(headline)

    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, i: int) -> Sentence: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Sentence]: ...
    def __getitem__(self, i: int | slice) -> Sentence | Sequence[Sentence]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return Sentence(self._start[i], self._end[i], self._article[i], bool(self._headline[i]))

    def __iter__(self) -> Iterator[Sentence]:
        for s, e, a, h in zip(self._start, self._end, self._article, self._headline, strict=True):
            yield Sentence(s, e, a, bool(h))


@attrs.frozen(kw_only=True)
class Segments:
    text: str
    articles: tuple[Article, ...]
    sentences: Sentences


def _stamps(text: str) -> list[Stamp]:
    out = []
    for m in _STAMP.finditer(text):
        labelled = m.start("year") > m.start()
        if not labelled and m.group("tail") is None:
            continue
        year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(Stamp(year=year, month=month, day=day, start=m.start(), end=m.end()))
    return out


def _article_starts(text: str, paragraphs: tuple[int, ...], marks: list[int]) -> list[int]:
    """Article starts: each marker, moved up over the headline paragraphs right above it."""
    starts = [0]
    previous = 0  # the last marker: no walk goes past it, so the whole scan is linear
    for mark in marks:
        block = mark
        j = bisect.bisect_right(paragraphs, mark) - 1
        if j >= 0 and paragraphs[j] == mark:
            j -= 1
        while j >= 0 and paragraphs[j] >= max(starts[-1], previous):
            if block - paragraphs[j] > 80:
                break
            chunk = text[paragraphs[j] : block].rstrip()
            if not chunk or _HEADLINE_END.search(chunk):
                break
            block = paragraphs[j]
            j -= 1
        if block > starts[-1]:
            starts.append(block)
        previous = mark
    return starts


def _owner(items: list[int], lo: int, hi: int) -> int | None:
    """The index of the first position in [lo, hi), or None."""
    i = bisect.bisect_left(items, lo)
    return i if i < len(items) and items[i] < hi else None


def _articles(
    text: str, starts: list[int], datelines: list[Dateline], stamps: list[Stamp]
) -> list[Article]:
    stamp_pos = [s.start for s in stamps]
    dateline_pos = [d.start for d in datelines]
    articles = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        d = _owner(dateline_pos, start, end)
        s = _owner(stamp_pos, start, end)
        if s is None and stamps:
            # the page date printed above the article, else the page's first one
            before = bisect.bisect_left(stamp_pos, start) - 1
            s = before if before >= 0 else 0
        dateline = datelines[d] if d is not None else None
        stamp = stamps[s] if s is not None else None
        articles.append(Article(start=start, end=end, dateline=dateline, stamp=stamp))
    return articles


def _sentences(
    text: str, bounds: list[int], starts: list[int], paragraphs: tuple[int, ...]
) -> Sentences:
    """One sentence per pair of bounds; articles and paragraphs found by walking
    along with the bounds (all three lists are sorted)."""
    para_list = [*paragraphs, len(text)]
    headlines = [
        b - a <= 80 and not _HEADLINE_END.search(text, a, b)
        for a, b in itertools.pairwise(para_list)
    ]
    out = Sentences()
    k = p = 0
    ends = [*bounds[1:], len(text)] if bounds else []
    for a, b in zip(bounds, ends, strict=True):
        while k + 1 < len(starts) and starts[k + 1] <= a:
            k += 1
        while p + 1 < len(headlines) and para_list[p + 1] <= a:
            p += 1
        out.append(a, b, k, headlines[p] if headlines else False)
    return out


def segment(norm: Normalized | str) -> Segments:
    """Articles and sentences of a normalised text (see the module docstring)."""
    text = norm if isinstance(norm, str) else norm.text
    paragraphs = (0,) if isinstance(norm, str) else norm.paragraphs
    datelines = [
        Dateline(
            place=m.group("place"),
            month=int(m.group("month")),
            day=int(m.group("day")),
            start=m.start(),
            end=m.end(),
        )
        for lo, hi in windows(text, _DATELINE_END, 48, 2)
        for m in _DATELINE.finditer(text, lo, hi)
    ]
    markers = sorted({d.start for d in datelines} | {m.start() for m in _MARKER.finditer(text)})
    starts = _article_starts(text, paragraphs, markers)
    articles = _articles(text, starts, datelines, _stamps(text))
    cuts = {0, *paragraphs, *starts, *markers, *(d.end for d in datelines)}
    cuts.update(m.end() for m in _TERMINAL.finditer(text))
    bounds = sorted(c for c in cuts if c < len(text))
    sentences = _sentences(text, bounds, starts, paragraphs)
    return Segments(text=text, articles=tuple(articles), sentences=sentences)
