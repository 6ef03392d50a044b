"""Meeting cues: every mention of a meeting, and whether the text reports it as held.

A mention is typed (`symposium`, `forum`, `other` — a curated meeting's name)
or bare (`会议`, `座谈会`, `论坛`, `成果发布会`), which later stages attach to
the event being reported. The symposium's names over time are all read:
长三角地区主要领导座谈会, 长三角两省一市/三省一市…, 长江三角洲地区…, 苏浙沪/江浙沪/沪苏浙皖…,
“泛长三角”…, with or without a year label (`2023年度`, `二〇二三年`), and a quoted theme
before 座谈会 when the four's main leaders follow (`“推动长三角…一体化发展”座谈会在上海召开，
上海、江苏、浙江、安徽党政主要领导全部参加`).

`held` is True when the sentence reports the meeting taking place: a verb of
holding after the name (`…座谈会6月5日至6日在合肥举行`, `…座谈会于…召开`,
`…座谈会日前在…召开`, `…开幕`), or before it (`召开了…`, `在苏州召开的…座谈会上`,
`X出席…座谈会并讲话`), or a held mention joined by 和/暨/及. Announcements
(`将于`, `确定`, `筹备`) and references back (`去年`, `回顾`, `上届`) are never held.

>>> text = "2023年度长三角地区主要领导座谈会6月5日至6日在安徽省合肥市举行。"
>>> cue, = find_meetings(text, ()).typed
>>> cue.kind.value, cue.label, cue.held, cue.venue
('symposium', 2023, True, (26, 32))
>>> find_meetings("2024年度长三角地区主要领导座谈会将在浙江召开。", ()).typed[0].held
False
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from typing import ClassVar

import attrs

from ...records import MeetingKind
from ..scan import windows
from .dates import chinese_number

__all__ = ["MeetingCue", "Mentions", "find_meetings", "held_after"]

_LABEL = r"(?P<label>(?:19|20)\d\d|[〇零一二三四五六七八九]{4})年度?"
_REGION = (
    r"(?:[“\"]?泛?(?:长三角|长江三角洲)[”\"]?(?:地区)?|沪苏浙皖|苏浙沪皖|江浙沪皖|苏浙皖沪|"
    r"沪苏浙|苏浙沪|江浙沪|沪苏|苏浙)"
)
_SYMPOSIUM = (
    rf"(?:{_LABEL})?{_REGION}(?:两省一市|三省一市|两省一市及安徽|16城市)?"
    r"(?:党政)?主要领导(?:人)?座谈会"
    # named by its quoted theme (kept only with the four's main leaders after it, `_FOUR`)
    r"|(?P<themed>[“\"][^”\"。]{0,30}?(?:长三角|长江三角洲)[^”\"。]{0,30}?[”\"]座谈会)"
)
# “推动长三角地区更高质量一体化发展”座谈会在上海召开，上海、江苏、浙江、安徽党政主要领导…
_FOUR = re.compile(
    r"[^。]{0,40}?(?:三省一市|沪苏浙皖|上海、江苏、浙江、安徽|上海、江苏、浙江和安徽)[^。]{0,6}?主要领导"
)
_FORUM = (
    r"(?:(?P<fyear>(?:19|20)\d\d)年(?:度)?)?(?:第(?P<ed>[0-9一二三四五六七八九十]{1,3})届|(?P<first>首)届)?"
    r"[“\"]?(?:长三角|长江三角洲)(?:地区)?一体化发展[”\"]?高层论坛"
)
# a bare 论坛 after a name (数字经济论坛) or a compound 会议 (常务会议) is another meeting
# a bare 论坛 means this forum after a word of ours (出席论坛, 本届论坛, 。论坛上); after any
# other word it names another forum (数字经济论坛); a compound 会议 (常务会议) is another meeting
_OUR_FORUM = (
    r"(?:(?<![\u4e00-\u9fff])|(?<=高层|本届|此次|这次|出席|参加|主持|举办|召开|举行)"
    r"|(?<=[该在的为届次上于和与及、出本]))论坛"
)
_BARE = (
    r"(?P<otherbare>(?:常务|工作|联席|专题|电视电话|视频|推进|协调|调度|党组|常委会?|扩大|办公|筹备)"
    rf"(?:会议|座谈会))|(?P<bareforum>高层论坛|{_OUR_FORUM})|(?P<otherforum>论坛)"
    r"|(?P<bare>成果发布会|座谈会|会议)"
)

_ANNOUNCE = re.compile(
    r"将于|将在|将要|即将|拟于|拟在|计划于|定于|确定|商定|议定|筹备|预计|前瞻|届时|下一届|下届|明年|申办"
    r"|承办权"
)
_ANNOUNCE_AFTER = re.compile(r"[,，]?(?:将于|将在|将|即将|拟于|拟在|拟|计划于|定于|预计)")
_BACK_REF = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年前|去年|前年|上一?届|此前(?!一天|一日)|曾经?|那场|那次"
    r"|回顾|回首|历届|往届|每年|每届|以来|自从|多次"
)
_TIME = (
    r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:日)?"
    r"(?:(?:至|到|—|–|-|~)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?"
    r"|日前|近日|近期|昨天|昨日|今天|今日|前天|当天|当日|同日|次日"
)
# after a name: [part] [于] [time] [time of day] [在 venue] [manner] verb
_HELD_AFTER = re.compile(
    r"(?:成果发布会|开幕式|闭幕式|全体会议|主会场|[(（][^()（）]{0,30}[)）])?"
    r"(?:[、和及暨与][^,，。;；]{0,20}?(?:发布会|开幕式|签约仪式|推进会))?(?:等(?:系列)?活动)?"
    r"[,，]?(?:于|已于)?"
    rf"(?:{_TIME})?(?:[上下]午|晚上?|晚间|中午)?"
    r"(?:[,，]?(?:在|于)(?P<venue>[^,，。;；!?“”]{1,30}?))?"
    r"(?:隆重|正式|如期|顺利|成功|盛大)?"
    r"(?:举行|召开|举办|开幕|闭幕|落幕|如约而至|拉开帷幕|启幕|开启)"
)
_HELD_BEFORE = re.compile(
    r"(?:举办了|举行了|召开了|举办|召开|出席了?|参加了?|主持了?|主持召开|"
    r"(?:召开|举行|举办|闭幕|开幕)的|(?:在|于)(?P<venue>[^,，。;；!?]{1,15}?)(?:召开|举行|举办)的)"
    r"(?:[“\"])?$"
)
_AT_MEETING = re.compile(
    r"上[,，]?[^。!?]{0,40}?(?:讲话|致辞|发言|指出|强调|表示|通报|获悉|了解到|宣布|发布|签约|揭牌)"
)
# 传达学习…座谈会精神: a study of the meeting, not a report of it
# Mentions.ELSEWHERE, FORUM, PLAIN
_BARE_KINDS = {"otherbare": 2, "otherforum": 2, "bareforum": 1, "bare": 0}
_STUDIED = re.compile(r"的?精神|的?重要精神")
_STUDY = re.compile(r"传达|学习|贯彻|落实")
_JOIN = re.compile(r"(?:和|及|暨|与|、|以及)")


@attrs.frozen(kw_only=True)
class MeetingCue:
    """One mention of a meeting. `kind` None: a bare word (会议, 论坛)."""

    start: int
    end: int
    kind: MeetingKind | None
    bare_forum: bool = False
    label: int | None = None  # a symposium's 年度 (or year) label
    label_span: tuple[int, int] | None = None
    edition: int | None = None
    edition_span: tuple[int, int] | None = None
    year: int | None = None  # a forum's year written before its name
    name: str | None = None  # an `other` meeting's curated name
    held: bool = False
    elsewhere: bool = False  # announced or referred back to: about another occasion
    studied: bool = False  # 传达学习…座谈会精神: the text is a study session of it
    venue: tuple[int, int] | None = None  # the venue phrase of the holding verb


def _pattern(others: Sequence[str]) -> re.Pattern[str]:
    other = "|".join(re.escape(o) for o in sorted(others, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?P<sym>{_SYMPOSIUM})|(?P<forum>{_FORUM})|(?P<other>{other})|{_BARE}")


_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}
_ANCHORS: dict[tuple[str, ...], re.Pattern[str]] = {}
_REACH = 64  # longer than any meeting's name: the windows find every mention


def _clause_start(text: str, start: int) -> int:
    window = max(0, start - 30)
    return max(window, *(text.rfind(c, window, start) + 1 for c in "。!?"))


def held_after(text: str, end: int, limit: int) -> re.Match[str] | None:
    """The holding phrase right after a name ending at `end`, if any."""
    return _HELD_AFTER.match(text, end, min(limit, end + 60))


def _studied(text: str, start: int, end: int) -> bool:
    return bool(_STUDIED.match(text, end) and _STUDY.search(text, max(0, start - 60), start))


def _status(text: str, start: int, end: int) -> tuple[bool | None, tuple[int, int] | None]:
    """(held, venue span) of a mention at [start, end); held None: about another occasion."""
    before = text[_clause_start(text, start) : start]
    if _ANNOUNCE.search(before) or _BACK_REF.search(before) or _ANNOUNCE_AFTER.match(text, end):
        return None, None
    if _studied(text, start, end):
        return None, None
    after = held_after(text, end, len(text))
    if after is not None:
        if text.startswith("以来", after.end()):
            return None, None  # 自…论坛举办以来: a reference back
        return True, after.span("venue") if after.group("venue") else None
    prior = _HELD_BEFORE.search(text, max(0, start - 20), start)
    if prior is not None:
        return True, prior.span("venue") if prior.group("venue") else None
    if before.endswith(("在", "从")) and _AT_MEETING.match(text, end):
        return True, None
    return False, None


def _typed(m: re.Match[str]) -> MeetingCue:
    group = m.lastgroup
    if group == "sym":
        label = chinese_number(m.group("label")) if m.group("label") else None
        return MeetingCue(
            start=m.start(),
            end=m.end(),
            kind=MeetingKind.SYMPOSIUM,
            label=label,
            label_span=m.span("label") if label is not None else None,
        )
    if group == "forum":
        edition = 1 if m.group("first") else chinese_number(m.group("ed") or "")
        return MeetingCue(
            start=m.start(),
            end=m.end(),
            kind=MeetingKind.FORUM,
            edition=edition,
            edition_span=(m.span("first") if m.group("first") else m.span("ed"))
            if edition is not None
            else None,
            year=int(m.group("fyear")) if m.group("fyear") else None,
        )
    if group == "other":
        return MeetingCue(start=m.start(), end=m.end(), kind=MeetingKind.OTHER, name=m.group())
    raise ValueError(f"not a typed mention: {m.group()!r}")


def _bare_kind(m: re.Match[str]) -> int:
    """PLAIN, FORUM or ELSEWHERE (see `Mentions`) for a bare word."""
    return _BARE_KINDS[m.lastgroup or ""]


@attrs.frozen
class Mentions:
    """The mentions of a text: typed ones as `MeetingCue`s, bare words (会议, 论坛) as
    three arrays — a page of ten thousand 论坛 must not cost ten thousand objects.
    `bare_kind` is `PLAIN`, `FORUM` (our forum) or `ELSEWHERE` (another meeting)."""

    typed: list[MeetingCue]
    bare_start: array[int]
    bare_end: array[int]
    bare_kind: array[int]

    PLAIN: ClassVar[int] = 0
    FORUM: ClassVar[int] = 1
    ELSEWHERE: ClassVar[int] = 2

    def all(self) -> list[MeetingCue]:
        """Every mention as a `MeetingCue`, in text order (for tests and inspection)."""
        bare = [
            MeetingCue(start=s, end=e, kind=None, bare_forum=k == 1, elsewhere=k == 2)
            for s, e, k in zip(self.bare_start, self.bare_end, self.bare_kind, strict=True)
        ]
        return sorted([*self.typed, *bare], key=lambda c: c.start)


def find_meetings(text: str, others: Sequence[str]) -> Mentions:
    """Every meeting mention in `text`, in order; `others` are curated names of `other` meetings."""
    key = tuple(others)
    pattern = _CACHE.get(key)
    if pattern is None:
        pattern = _CACHE.setdefault(key, _pattern(others))
    anchors = _ANCHORS.get(key)
    if anchors is None:
        # every mention ends in one of these: 会, 坛, or the last character of a curated name
        last = "".join(sorted({"会", "坛", *(o[-1] for o in others if o)}))
        anchors = _ANCHORS.setdefault(key, re.compile(f"[{re.escape(last)}]"))
    mentions = Mentions(typed=[], bare_start=array("i"), bare_end=array("i"), bare_kind=array("b"))
    for lo, hi in windows(text, anchors, _REACH, 1):
        for m in pattern.finditer(text, lo, hi):
            if m.lastgroup in ("sym", "forum", "other"):
                if m.lastgroup == "sym" and m.group("themed") and not _FOUR.match(text, m.end()):
                    continue  # a themed 座谈会 of others
                mentions.typed.append(_typed(m))
            else:
                mentions.bare_start.append(m.start())
                mentions.bare_end.append(m.end())
                mentions.bare_kind.append(_bare_kind(m))
    out: list[MeetingCue] = []
    # right to left, so a mention joined to a held one (A和B在…举行) is held too
    next_typed: MeetingCue | None = None
    for cue in reversed(mentions.typed):
        if cue.kind is not None:
            status, venue = _status(text, cue.start, cue.end)
            held = bool(status)
            if status is False and next_typed is not None and next_typed.held:
                gap = text[cue.end : next_typed.start]
                held = bool(_JOIN.fullmatch(gap))
                venue = next_typed.venue if held else None
            cue = attrs.evolve(
                cue,
                held=held,
                elsewhere=status is None,
                studied=_studied(text, cue.start, cue.end),
                venue=venue,
            )
            next_typed = cue
        out.append(cue)
    out.reverse()
    return attrs.evolve(mentions, typed=out)
