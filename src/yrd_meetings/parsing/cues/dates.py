"""Date cues: every date a text writes, as parts, with its span.

Reads Arabic and Chinese numerals (`6月5日`, `二〇〇五年十二月二十五日`),
ranges (`6月5日至6日`, `6月5日—7日`, `6月5—6日`, `8月31日至9月1日`), day-only
dates (`5日`, whose month comes from the dateline later), and relative days
(`昨天`, `今日`, `前天`: a day offset from the day the story was filed;
`次日`, `此前一天`: an offset from another event's day). `日前`/`近日` name no day
and give no cue. Nothing is resolved here: a cue holds what the text writes.

>>> [(c.year, c.month, c.day, c.end_month, c.end_day) for c in find_dates("2023年6月5日至6日")]
[(2023, 6, 5, None, 6)]
>>> c, = find_dates("二〇〇五年十二月二十五日")
>>> c.year, c.month, c.day
(2005, 12, 25)
>>> find_dates("昨天上午")[0].relative
-1
"""

from __future__ import annotations

import re

import attrs

from ..scan import windows

__all__ = ["DateCue", "chinese_number", "find_dates"]

_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGIT |= {"八": 8, "九": 9, "两": 2}


def chinese_number(text: str) -> int | None:
    """An integer written in Arabic or Chinese numerals (`12`, `十二`, `二〇〇五`), or None.

    >>> [chinese_number(t) for t in ("二十五", "十", "二〇二三", "x")]
    [25, 10, 2023, None]
    """
    if text.isdigit():
        try:
            return int(text)
        except ValueError:  # a digit int() refuses: ², ①
            return None
    if not text or any(c not in _DIGIT and c != "十" for c in text):
        return None
    if "十" not in text:  # digit by digit: 二〇〇五
        return int("".join(str(_DIGIT[c]) for c in text))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


_Y = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_TOD = r"(?:上午|下午|晚上|晚间|晚|中午|早上)"
_SEP = r"(?:至|到|—|–|-|~|～|－)"
_DATE = re.compile(
    rf"(?:(?P<y>{_Y})年)?(?:(?P<m>{_MD})月)?(?P<d>{_MD})"
    rf"(?:日{_TOD}?(?:{_SEP}(?:(?:(?P<y2>{_Y})年)?(?P<m2>{_MD})月)?(?P<d2>{_MD})日)?"
    rf"|{_SEP}(?:(?P<m3>{_MD})月)?(?P<d3>{_MD})日)"
    rf"|(?P<rel>昨天|昨日|今天|今日|前天|两天前|三天前|次日|第二天|翌日|此前一天|前一天|前一日|同日|当天|当日)"
)
_ANCHOR = re.compile(r"[日天]+")
_REACH = 32  # longer than any date cue: the windows find every one
_RELATIVE = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "前天": -2, "两天前": -2, "三天前": -3}
_EVENT_RELATIVE = {"次日": 1, "第二天": 1, "翌日": 1, "此前一天": -1, "前一天": -1, "前一日": -1}
_EVENT_RELATIVE |= {"同日": 0, "当天": 0, "当日": 0}


@attrs.frozen(kw_only=True)
class DateCue:
    """A date as written. `relative` is a day offset from the filing day;
    `after_event` an offset from the day of the event reported before."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: int | None = None
    after_event: int | None = None


def _num(text: str | None) -> int | None:
    return None if text is None else chinese_number(text)


def _cue(m: re.Match[str]) -> DateCue | None:
    g = m.groupdict()
    rel = g["rel"]
    if rel is not None:
        after = _EVENT_RELATIVE.get(rel)
        return DateCue(start=m.start(), end=m.end(), relative=_RELATIVE.get(rel), after_event=after)
    y, mo, d = _num(g["y"]), _num(g["m"]), _num(g["d"])
    if d is None or not 1 <= d <= 31 or (mo is None and not g["d"].isdigit()):
        return None  # a Chinese-numeral day alone (五日) is too often not a date
    if mo is not None and not 1 <= mo <= 12:
        return None
    if g["d3"]:
        y2, m2, d2 = None, _num(g["m3"]), _num(g["d3"])
    else:
        y2, m2, d2 = _num(g["y2"]), _num(g["m2"]), _num(g["d2"])
    if (d2 is not None and not 1 <= d2 <= 31) or (m2 is not None and not 1 <= m2 <= 12):
        y2 = m2 = d2 = None
    return DateCue(
        start=m.start(), end=m.end(), year=y, month=mo, day=d, end_year=y2, end_month=m2, end_day=d2
    )


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateCue]:
    """Every date cue in `text[start:end]`, in text order (spans index `text`)."""
    out = []
    for lo, hi in windows(text, _ANCHOR, _REACH, _REACH, start, end):
        for m in _DATE.finditer(text, lo, hi):
            # a number inside a longer number or a 第N日 is not a date
            before = text[m.start() - 1] if m.start() > 0 else ""
            if m.group("rel") is None and (before.isdigit() or before == "第"):
                continue
            cue = _cue(m)
            if cue is not None:
                out.append(cue)
    return out
