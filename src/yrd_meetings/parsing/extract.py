"""Chinese news text -> `Report`s.

The text is normalised (`text.normalize`), cut into articles (at 本报讯, each
with the headline lines above it) and sentences (at 。！？). Events are found
from "held" mentions (`2025年度长三角地区主要领导座谈会在江苏南京举行`,
`举办了第七届长三角一体化发展高层论坛`); announcements (`会议确定…召开`) and
references back are not reports. Every sentence is then given to one event
(the one it names, or the one the article is about) and read with patterns:
officials by a gazetteer of the dataset's names and posts, documents in 《》
after 审议, lists after 发布了 / 签署了 / 考察了, and so on.

All patterns have bounded repetition, so run time is linear in the input.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from ..dates import PartialDate
from ..records import MeetingKind, Post, Province, Role
from ..text.lexicon import data
from ..text.normalize import Normalized, normalize
from .gazetteer import Gazetteer, gazetteer
from .report import Attendee, Evidence, Report

__all__ = ["parse"]

_CJK = "\u4e00-\u9fff"
_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ROLE_RANK = {Role.ATTENDED: 0, Role.SPOKE: 1, Role.REPORTED: 2, Role.PRESIDED: 3}
_PROVINCE_ORDER = {p: i for i, p in enumerate(Province)}
_POST_ORDER = {Post.PARTY_SECRETARY: 0, Post.GOVERNOR: 1, None: 2}
_LIST_FIELDS = ("documents", "heard", "agreements", "releases", "unveiled", "visits")

_TERMINAL = re.compile(r"[。!?]")
_PARA_END = re.compile(r"[。!?”’)」]$")
_ARTICLE = re.compile(r"本报讯")
_TRAILING_LATIN = re.compile(r"[A-Za-z0-9 ()\[\]]{1,40}$")
_HELD_AFTER = re.compile(
    r"(?:\d{1,2}日)?(?:[上下]午|晚)?(?:在[^,。;!?]{1,15}?)?(?:隆重)?(?:举行|召开|举办|开幕|如约而至)"
)
_HELD_BEFORE = re.compile(r"(?:举办了|举行了|召开了|举办|召开)$")
_ANNOUNCE = re.compile(r"确定|将于|将在|拟于|计划于|定于")
_BACK_REF = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年前|去年|前年|上一?届|此前|曾经?|那场|那次"
)
_DATE = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[上下]午|晚)?"
    r"(?:(?:至|到|—|–|-|~)(?:(\d{1,2})月)?(\d{1,2})日)?"
)
_BARE_DAY = re.compile(r"(\d{1,2})日")
_PLACE = re.compile(
    rf"(?:\d{{1,2}}日)?(?:[上下]午|晚)?在([{_CJK}]{{1,10}}?)(?:隆重)?(?:举行|召开|举办)"
)
_THEME = re.compile(r"(?:以“([^“”]{2,120})”为主题|围绕“([^“”]{2,120})”(?:的)?主题)")
_REVIEW = re.compile(r"审议(?:并(?:原则)?通过|通过)?了?")
_TITLE_ITEM = re.compile(r"[、,和及与]?《([^《》]{1,150})》")
_HEARD = re.compile(r"听取了?([^。;]{2,300}?)(?:的)?汇报")
_BRIEFED = re.compile(r"会议通报了([^。;]{2,300})")
_SIGNED = re.compile(
    r"(?:签署|签订)了?([^。;]{2,1000}?)(?:等(?:合作事项|协议|文件|合作协议)|[。;]|$)"
)
_SIGNING = re.compile(r"签约")
_AGREEMENT_ITEM = re.compile(r"([^,、。…;]{4,60}?(?:协议|备忘录|协定))(?:[,、]|……|…|$)")
_RELEASED = re.compile(r"(?:发布了|会上发布)([^。;,]{2,600})")
_RELEASED_PASSIVE = re.compile(r"(?:^|(?<=[,;:]))([^,;:。、“”]{2,40}?)(?:正式)?发布(?=[,。;]|$)")
_UNVEILED = re.compile(r"为([^,。;、]{2,40}?)揭牌")
_UNVEILED_PASSIVE = re.compile(
    r"(?:^|(?<=[,;:]))(?!为)([^,;:。、“”]{2,40}?)(?:正式)?揭牌(?=[,。;]|$)"
)
_VISITED = re.compile(r"考察了([^。;]{2,300})")
_NEXT_HOST = re.compile(
    rf"确定,?(\d{{4}})年度[{_CJK}]{{0,12}}座谈会在([{_CJK}]{{1,6}}?)(?:召开|举行|举办)"
)
_ROLE_AFTER = re.compile(
    r"(?:分别)?(?:代表[^,。;]{0,15}?)?(?:在[^,。;]{0,10}?)?(?:出席[^,。;]{0,6}?并)?"
    r"(主持|讲话|致辞|发言|通报)"
)
_ROLE_WORD = {
    "主持": Role.PRESIDED,
    "通报": Role.REPORTED,
    "讲话": Role.SPOKE,
    "致辞": Role.SPOKE,
    "发言": Role.SPOKE,
}
_ATTEND_AFTER = re.compile(r"(?:等)?(?:应邀)?出席")
_NAME_STOP = (
    r"(?=[、,;:。!?]|$|出席|主持|致辞|讲话|发言|代表|在|等|分别|和|与|应邀|作|说|指出|表示|强调"
    r"|同志|率)"
)
_SEPARATOR = re.compile(r"[、,;]?")
_VAGUE = re.compile(r"^(?:一批|一系列|多项|若干|相关|有关|系列)")
_CANON = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
)
_STRIP = " ,;:、。，；：…“”\"'-—"


def _int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十") and len(text) == 2:
        return 10 + _NUM.get(text[1], 0)
    if len(text) == 1:
        return _NUM.get(text)
    if len(text) == 2 and text[1] == "十":
        return _NUM.get(text[0], 0) * 10
    if len(text) == 3 and text[1] == "十":
        return _NUM.get(text[0], 0) * 10 + _NUM.get(text[2], 0)
    return None


def _canon(text: str) -> str:
    """A text value in the output convention: full-width Chinese punctuation."""
    out = text.translate(_CANON)
    # balance quotes printed as straight quotes
    if '"' in out:
        parts = out.split('"')
        out = "".join(
            p + ("“" if i % 2 == 0 else "”") if i < len(parts) - 1 else p
            for i, p in enumerate(parts)
        )
    return out.strip(_STRIP.replace("“", "").replace("”", "")).strip()


def _split_items(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a 、-separated list (、 inside “” does not split)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


@dataclasses.dataclass
class _Att:
    name: str
    post: Post | None
    province: Province | None
    title: str | None
    role: Role
    pos: int
    span: tuple[int, int]
    role_span: tuple[int, int] | None = None


@dataclasses.dataclass
class _Event:
    kind: MeetingKind
    order: int
    label: int | None = None
    label_span: tuple[int, int] | None = None
    edition: int | None = None
    edition_span: tuple[int, int] | None = None
    name: str | None = None
    kind_span: tuple[int, int] | None = None
    date: tuple[int | None, int, int, int | None, int | None] | None = None
    date_span: tuple[int, int] | None = None
    city: str | None = None
    province: Province | None = None
    place_span: tuple[int, int] | None = None
    theme: str | None = None
    theme_span: tuple[int, int] | None = None
    attendees: dict[str, _Att] = dataclasses.field(default_factory=dict)
    lists: dict[str, dict[str, tuple[int, int]]] = dataclasses.field(
        default_factory=lambda: {f: {} for f in _LIST_FIELDS}
    )
    next_host: Province | None = None
    next_host_span: tuple[int, int] | None = None
    held: bool = False
    # roles stated with a bare name (易炼红主持会议), applied once all attendees are known
    role_hints: list[tuple[str, Role, tuple[int, int]]] = dataclasses.field(default_factory=list)

    def add(self, field: str, value: str, span: tuple[int, int]) -> None:
        value = _canon(value)
        if len(value) >= 2 and not _VAGUE.match(value):
            self.lists[field].setdefault(value, span)

    def substantive(self) -> bool:
        return bool(
            self.held
            or self.attendees
            or any(self.lists.values())
            or self.theme
            or self.date
            or self.city
        )


@dataclasses.dataclass
class _Mention:
    start: int
    end: int
    kind: MeetingKind | None  # None: a bare word (会议, 座谈会)
    bare_forum: bool = False
    label: int | None = None
    label_span: tuple[int, int] | None = None
    edition: int | None = None
    edition_span: tuple[int, int] | None = None
    name: str | None = None
    held: bool = False
    event: _Event | None = None


class _Parser:
    def __init__(self, text: str, year: int | None) -> None:
        self.norm: Normalized = normalize(text)
        self.t = self.norm.text
        self.hint = year
        self.gaz: Gazetteer = gazetteer()
        self.events: list[_Event] = []
        g = self.gaz
        self.mention_re = re.compile(
            r"(?P<sym>(?:(?P<label>\d{4})年度)?(?:长三角|长江三角洲)地区(?:三省一市)?主要领导座谈会)"
            r"|(?P<forum>(?:第(?P<ed>[0-9一二三四五六七八九十]{1,3})届|(?P<first>首)届)?"
            r"长三角一体化发展高层论坛)"
            rf"|(?P<other>{g.other_re})"
            r"|(?P<otherx>(?<=[,。!?;:])[\u4e00-\u9fff][^,。!?;:]{0,30}长三角[^,。!?;:]{0,30}?(?:推进会|工作会议))"
            r"|(?P<bareforum>高层论坛|论坛)"
            r"|(?P<bare>成果发布会|座谈会|会议)"
        )
        prov = g.province_re
        one_title = rf"(?:(?:{prov})(?:省|市)?)?(?:(?:省|市)委副?书记|(?<!副)(?:省|市)长)"
        name_part = rf"(?:(?P<known>{g.name_re})|(?P<unknown>[{_CJK}]{{2,3}}?){_NAME_STOP})"
        self.person_re = re.compile(
            rf"(?P<chain>{one_title}(?:、{one_title})*)"
            rf"|(?P<other>(?<![{_CJK}])(?:{g.titles_re}|(?:国家[{_CJK}]{{1,6}}?委|"
            rf"[{_CJK}]{{1,5}}?部|中央[{_CJK}]{{1,4}}?办)副?(?:部长|主任|秘书长)))"
        )
        self.name_after = re.compile(name_part)
        self.bare_role_re = re.compile(rf"(?P<names>(?:{g.name_re})(?:、(?:{g.name_re}))*)")
        self.province_title = re.compile(rf"({prov})")

    # -- structure ---------------------------------------------------------

    def boundaries(self) -> tuple[list[int], list[int]]:
        """Sentence starts and article starts, both sorted.

        An article starts at the headline lines (short paragraphs without a
        closing 。) right above its 本报讯.
        """
        t = self.t
        paras = list(self.norm.paragraphs)
        articles = [0]
        sentences = {0}
        for m in _ARTICLE.finditer(t):
            start = m.start()
            sentences.add(start)
            block = start
            j = bisect.bisect_right(paras, start) - 1
            if j >= 0 and paras[j] == start:
                j -= 1
            while j >= 0:
                chunk = _TRAILING_LATIN.sub("", t[paras[j] : block])
                if not chunk or len(chunk) > 80 or _PARA_END.search(chunk):
                    break
                block = paras[j]
                j -= 1
            articles.append(block)
            sentences.add(block)
        sentences.update(m.end() for m in _TERMINAL.finditer(t))
        return sorted(s for s in sentences if s < len(t)), sorted(set(articles))

    def mentions(self) -> list[_Mention]:
        t = self.t
        out: list[_Mention] = []
        for m in self.mention_re.finditer(t):
            g = m.lastgroup
            mention = _Mention(start=m.start(), end=m.end(), kind=None)
            if g == "sym":
                mention.kind = MeetingKind.SYMPOSIUM
                if m.group("label"):
                    mention.label = int(m.group("label"))
                    mention.label_span = m.span("label")
            elif g == "forum":
                mention.kind = MeetingKind.FORUM
                if m.group("ed"):
                    mention.edition = _int(m.group("ed"))
                    mention.edition_span = m.span("ed")
                elif m.group("first"):
                    mention.edition = 1
                    mention.edition_span = m.span("first")
            elif g in ("other", "otherx"):
                mention.kind = MeetingKind.OTHER
                found = m.group(g)
                mention.name = self.gaz.other_meetings.get(found, _canon(found))
            elif g == "bareforum":
                mention.bare_forum = True
            if mention.kind is not None:
                mention.held = self._held(m.start(), m.end())
            out.append(mention)
        return out

    def _held(self, start: int, end: int) -> bool:
        t = self.t
        window = max(0, start - 20)
        sentence_start = max(t.rfind(c, window, start) for c in "。!?") + 1
        before = t[max(sentence_start, window) : start]
        if _ANNOUNCE.search(before) or _BACK_REF.search(before):
            return False
        if _HELD_AFTER.match(t, end, min(len(t), end + 30)):
            return True
        return bool(_HELD_BEFORE.search(t, max(0, start - 4), start))

    # -- events ------------------------------------------------------------

    def _new(self, kind: MeetingKind) -> _Event:
        event = _Event(kind=kind, order=len(self.events))
        self.events.append(event)
        return event

    def _forums(self) -> list[_Event]:
        return [e for e in self.events if e.kind is MeetingKind.FORUM]

    def _event_for(self, m: _Mention, create: bool) -> _Event | None:
        if m.kind is MeetingKind.SYMPOSIUM:
            for e in self.events:
                if e.kind is MeetingKind.SYMPOSIUM and (
                    m.label is None or e.label is None or e.label == m.label
                ):
                    if e.label is None and m.label is not None:
                        if not create:
                            continue
                        e.label, e.label_span = m.label, m.label_span
                    return e
            if not create:
                return None
            e = self._new(MeetingKind.SYMPOSIUM)
            e.label, e.label_span = m.label, m.label_span
            e.kind_span = (m.start, m.end)
            return e
        if m.kind is MeetingKind.FORUM:
            forums = self._forums()
            for e in forums:
                if m.edition is not None and e.edition == m.edition:
                    return e
            if m.edition is None and forums:
                return forums[-1]
            if m.edition is not None:
                for e in forums:
                    if e.edition is None:
                        if create:
                            e.edition, e.edition_span = m.edition, m.edition_span
                        return e
            if not create:
                return None
            e = self._new(MeetingKind.FORUM)
            e.edition, e.edition_span = m.edition, m.edition_span
            e.kind_span = (m.start, m.end)
            return e
        if m.kind is MeetingKind.OTHER:
            for e in self.events:
                if e.kind is MeetingKind.OTHER and e.name == m.name:
                    return e
            if not create:
                return None
            e = self._new(MeetingKind.OTHER)
            e.name = m.name
            e.kind_span = (m.start, m.end)
            return e
        return None

    # -- run ---------------------------------------------------------------

    def run(self) -> tuple[Report, ...]:
        t = self.t
        if not t:
            return ()
        starts, articles = self.boundaries()
        mentions = self.mentions()
        for m in mentions:
            if m.held and m.kind is not None:
                m.event = self._event_for(m, create=True)
                if m.event is not None:
                    m.event.held = True
        for m in mentions:
            if m.event is None and m.kind is not None:
                m.event = self._event_for(m, create=False)
        bounds = [*starts, len(t)]
        mention_starts = [m.start for m in mentions]
        article_idx = -1
        main: _Event | None = None
        current: _Event | None = None
        seen: set[str] = set()
        for si in range(len(starts)):
            a, b = bounds[si], bounds[si + 1]
            k = bisect.bisect_right(articles, a) - 1
            if b - a >= 8:
                # a sentence printed again (repeated paragraphs) is read once,
                # and a repeated 本报讯 does not start a new article
                if t[a:b] in seen:
                    article_idx = k
                    continue
                seen.add(t[a:b])
            if k != article_idx:
                article_idx = k
                main = None
                current = None
            lo = bisect.bisect_left(mention_starts, a)
            hi = bisect.bisect_left(mention_starts, b)
            resolved: list[_Event] = []
            for m in mentions[lo:hi]:
                ev = m.event
                if m.kind is None:
                    if m.bare_forum:
                        forums = self._forums()
                        if forums:
                            ev = forums[-1]
                        else:
                            ev = self._new(MeetingKind.FORUM)
                            ev.kind_span = (m.start, m.end)
                        m.event = ev
                    else:
                        ev = main or current
                elif ev is not None and main is None:
                    main = ev
                if ev is not None:
                    resolved.append(ev)
            event = resolved[0] if resolved else current
            if resolved:
                current = resolved[-1]
            if main is None and event is not None and resolved:
                main = event
            if event is None:
                continue
            self.read_sentence(event, a, b, mentions[lo:hi])
        return tuple(self.finish(e) for e in self.events if e.substantive())

    # -- fields ------------------------------------------------------------

    def read_sentence(self, event: _Event, a: int, b: int, mentions: list[_Mention]) -> None:
        t = self.t
        sentence = t[a:b]
        for mention in mentions:
            if mention.held and mention.event is not None:
                self.read_lead(mention.event, mention, a, b)
        self.read_people(event, a, b)
        if (m_theme := _THEME.search(sentence)) is not None:
            group = 1 if m_theme.group(1) else 2
            if event.theme is None:
                event.theme = _canon(m_theme.group(group))
                s, e = m_theme.span(group)
                event.theme_span = (a + s, a + e)
        for review in _REVIEW.finditer(sentence):
            pos = review.end()
            while (item := _TITLE_ITEM.match(sentence, pos)) is not None:
                s, e = item.span(1)
                event.add("documents", item.group(1), (a + s, a + e))
                pos = item.end()
        for rx in (_HEARD, _BRIEFED):
            for m in rx.finditer(sentence):
                self._items(event, "heard", sentence, m.start(1), m.end(1), a)
        for m in _SIGNED.finditer(sentence):
            self._items(event, "agreements", sentence, m.start(1), m.end(1), a)
        for m in _RELEASED.finditer(sentence):
            self._items(event, "releases", sentence, m.start(1), m.end(1), a)
        for m in _RELEASED_PASSIVE.finditer(sentence):
            event.add("releases", m.group(1), (a + m.start(1), a + m.end(1)))
        for m in _UNVEILED.finditer(sentence):
            event.add("unveiled", m.group(1), (a + m.start(1), a + m.end(1)))
        for m in _UNVEILED_PASSIVE.finditer(sentence):
            event.add("unveiled", m.group(1), (a + m.start(1), a + m.end(1)))
        for m in _VISITED.finditer(sentence):
            self._items(event, "visits", sentence, m.start(1), m.end(1), a, split_and=True)
        for m in _NEXT_HOST.finditer(sentence):
            self.read_next_host(event, m, a)
        if _SIGNING.search(sentence) and not _SIGNED.search(sentence):
            self._signed_list(event, b)

    def _items(
        self,
        event: _Event,
        field: str,
        sentence: str,
        start: int,
        end: int,
        a: int,
        split_and: bool = False,
    ) -> None:
        chunk = sentence[start:end]
        spans = _split_items(chunk)
        if split_and and spans:
            s, e = spans[-1]
            last = chunk[s:e]
            cut = last.find("和")
            if 0 < cut < len(last) - 1:
                spans[-1:] = [(s, s + cut), (s + cut + 1, e)]
        for s, e in spans:
            value = chunk[s:e]
            if field == "heard":
                value = value.removesuffix("的")
            if field == "visits":
                value = value.removesuffix("等")
            lead = len(value) - len(value.lstrip(_STRIP))
            event.add(field, value, (a + start + s + lead, a + start + e))

    def _signed_list(self, event: _Event, b: int) -> None:
        """`…进行合作事项签约。X协议，Y协议……`: the titles in the next sentence."""
        t = self.t
        pos = b
        limit = min(len(t), b + 800)
        while pos < limit:
            m = _AGREEMENT_ITEM.match(t, pos, limit)
            if m is None:
                break
            event.add("agreements", m.group(1), m.span(1))
            pos = m.end()
            if t.startswith("…", m.end() - 1):
                break

    def read_next_host(self, event: _Event, m: re.Match[str], a: int) -> None:
        place = m.group(2)
        province = self._province_in(place)
        if province is None:
            return
        year = int(m.group(1))
        target = next(
            (e for e in self.events if e.kind is MeetingKind.SYMPOSIUM and e.label == year - 1),
            event if event.kind is MeetingKind.SYMPOSIUM else None,
        )
        if target is not None and target.next_host is None:
            target.next_host = province
            target.next_host_span = (a + m.start(2), a + m.end(2))

    def _province_in(self, place: str) -> Province | None:
        for name in sorted(self.gaz.province_of, key=len, reverse=True):
            if place.startswith(name):
                return self.gaz.province_of[name]
        return None

    def read_lead(self, event: _Event, m: _Mention, a: int, b: int) -> None:
        t = self.t
        if event.date is None:
            best: re.Match[str] | None = None
            for d in _DATE.finditer(t, max(a, m.start - 40), m.start):
                best = d
            if best is None:
                d2 = _DATE.match(t, m.end, min(b, m.end + 12))
                best = d2
            if best is not None:
                y, mo, da, mo2, da2 = best.groups()
                event.date = (
                    int(y) if y else None,
                    int(mo),
                    int(da),
                    int(mo2) if mo2 else None,
                    int(da2) if da2 else None,
                )
                event.date_span = best.span()
            else:
                bare = _BARE_DAY.match(t, m.end, min(b, m.end + 4))
                if bare is not None:
                    event.date_span = bare.span()
                    event.date = (None, 0, int(bare.group(1)), None, None)
        if event.city is None and event.province is None:
            place = _PLACE.match(t, m.end, min(b, m.end + 30))
            if place is not None:
                self._set_place(event, place.group(1), place.span(1))
            else:
                city = self.gaz.city_re.search(t, m.end, min(b, m.end + 60))
                if city is not None:
                    self._set_place(event, city.group(), city.span())

    def _set_place(self, event: _Event, place: str, span: tuple[int, int]) -> None:
        province: Province | None = None
        rest = place
        for name in sorted(self.gaz.province_of, key=len, reverse=True):
            if len(name) > 1 and rest.startswith(name):
                province = self.gaz.province_of[name]
                rest = rest[len(name) :]
                break
        if province is None and rest in self.gaz.province_of:
            province = self.gaz.province_of[rest]
            rest = ""
        rest = rest.removesuffix("市")
        city: str | None = rest or None
        if city is None and province is Province.SHANGHAI:
            city = "上海"
        if city is not None and province is None:
            province = self.gaz.city_province.get(city)
        if city is not None and len(city) > 4:
            return
        event.city, event.province, event.place_span = city, province, span

    def read_people(self, event: _Event, a: int, b: int) -> None:
        t = self.t
        group: list[_Att] = []
        prev_end = -1
        inherited: Province | None = None
        pos = a
        while pos < b:
            m = self.person_re.search(t, pos, b)
            if m is None:
                break
            pos = m.end()
            name: str | None = None
            name_end = m.end()
            name_m = self.name_after.match(t, m.end(), b)
            if name_m is not None:
                name = name_m.group("known") or name_m.group("unknown")
                unknown = name_m.group("unknown")
                if unknown and (unknown[0] not in _SURNAMES or unknown in _NOT_NAMES):
                    name = None
                name_end = name_m.end()
            elif m.group("other") or self.province_title.match(m.group()):
                # a name the dataset does not know, run into the next word:
                # let jieba (domain dictionary + HMM) find where it ends
                name = _jieba_name(t[m.end() : min(b, m.end() + 8)])
                name_end = m.end() + len(name or "")
            if not name:
                continue
            title = m.group()
            post: Post | None = None
            province: Province | None = None
            if m.group("chain"):
                pm = self.province_title.search(title)
                province = self.gaz.province_of[pm.group()] if pm else inherited
                inherited = province
                parts = title.split("、")
                if any(p.endswith("书记") and not p.endswith("副书记") for p in parts):
                    post = Post.PARTY_SECRETARY
                elif any(p.endswith("长") for p in parts):
                    post = Post.GOVERNOR
            if group and not _SEPARATOR.fullmatch(t[prev_end : m.start()]):
                self._close_group(event, group, prev_end, b)
                group = []
            att = self._attend(event, name, post, province, title, m.start(), (m.start(), name_end))
            group.append(att)
            prev_end = name_end
            pos = name_end
        if group:
            self._close_group(event, group, prev_end, b)
        for m in self.bare_role_re.finditer(t, a, b):
            names = m.group("names").split("、")
            role_m = _ROLE_AFTER.match(t, m.end(), b)
            if len(names) >= 2 and (role_m is not None or _ATTEND_AFTER.match(t, m.end(), b)):
                # a list of known names (陈吉宁、信长星讲话) adds them, with no post:
                # the text states none. A headline's run-on names are not a list.
                pos = m.start()
                for name in names:
                    self._attend(event, name, None, None, None, pos, (pos, pos + len(name)))
                    pos += len(name) + 1
            if role_m is None:
                continue
            role = _ROLE_WORD[role_m.group(1)]
            for name in names:
                event.role_hints.append((name, role, role_m.span(1)))
        for name in event.attendees:
            if name in self.gaz.names:
                continue
            pos = a
            while (found := t.find(name, pos, b)) >= 0:
                pos = found + len(name)
                role_m = _ROLE_AFTER.match(t, pos, b)
                if role_m is not None:
                    event.role_hints.append((name, _ROLE_WORD[role_m.group(1)], role_m.span(1)))

    def _attend(
        self,
        event: _Event,
        name: str,
        post: Post | None,
        province: Province | None,
        title: str | None,
        pos: int,
        span: tuple[int, int],
    ) -> _Att:
        att = event.attendees.get(name)
        if att is not None and att.title is None and title is not None:
            # named bare first, with a post later: the post is what the text says
            att.post, att.province, att.title, att.span = post, province, title, span
        if att is None:
            att = _Att(
                name=name,
                post=post,
                province=province,
                title=title,
                role=Role.ATTENDED,
                pos=pos,
                span=span,
            )
            event.attendees[name] = att
        return att

    def _close_group(self, event: _Event, group: list[_Att], end: int, b: int) -> None:
        role_m = _ROLE_AFTER.match(self.t, end, b)
        if role_m is None:
            return
        role = _ROLE_WORD[role_m.group(1)]
        for att in group:
            self._set_role(att, role, role_m.span(1))

    @staticmethod
    def _set_role(att: _Att, role: Role, span: tuple[int, int]) -> None:
        if _ROLE_RANK[role] > _ROLE_RANK[att.role]:
            att.role = role
            att.role_span = span

    # -- output ------------------------------------------------------------

    def _year(self, event: _Event) -> tuple[int | None, str, tuple[int, int] | None]:
        if event.date is not None and event.date[0] is not None:
            return event.date[0], "date", event.date_span
        if event.label is not None:
            return event.label, "label", event.label_span
        for field in ("releases", "documents", "agreements"):
            for value, span in event.lists[field].items():
                m = re.match(r"(\d{4})年度", value)
                if m:
                    return int(m.group(1)), "text", (span[0], span[0] + 4)
        symposiums = [
            e for e in self.events if e.kind is MeetingKind.SYMPOSIUM and e.label is not None
        ]
        if event.kind is MeetingKind.FORUM and len(symposiums) == 1:
            return symposiums[0].label, "context", symposiums[0].label_span
        if self.hint is not None:
            return self.hint, "hint", None
        found = _dataset_year(event)
        if found is not None:
            return found, "dataset", None
        for other in reversed(self.events[: event.order]):
            y, _, yspan = self._year(other)
            if y is not None:
                return y, "context", yspan
        return None, "", None

    def finish(self, event: _Event) -> Report:
        ev: list[Evidence] = []
        for name, role, role_span in event.role_hints:
            hinted = event.attendees.get(name)
            if hinted is not None:
                self._set_role(hinted, role, role_span)

        def add(field: str, span: tuple[int, int] | None, via: str = "text") -> None:
            if span is None:
                ev.append(Evidence(field=field, start=None, end=None, via=via))
            else:
                s, e = self.norm.span(*span)
                ev.append(Evidence(field=field, start=s, end=e, via=via))

        add("kind", event.kind_span)
        year, via, yspan = self._year(event)
        if year is not None:
            add("year", yspan, via)
        if event.edition is not None:
            add("edition", event.edition_span)
        start = end = None
        if event.date is not None and year is not None:
            _, mo, da, mo2, da2 = event.date
            if mo == 0:  # a bare day: the month is not known
                mo = 0
            try:
                if mo:
                    start = PartialDate(year=year, month=mo, day=da)
                    end = (
                        PartialDate(year=year, month=mo2 or mo, day=da2)
                        if da2 is not None
                        else start
                    )
            except ValueError:
                start = end = None
            if start is not None:
                add("start", event.date_span)
                add("end", event.date_span)
        if event.city is not None or event.province is not None:
            add("city", event.place_span)
            add("province", event.place_span)
        if event.theme is not None:
            add("theme", event.theme_span)
        atts = sorted(
            event.attendees.values(),
            key=lambda x: (
                _PROVINCE_ORDER.get(x.province, 4) if x.province else 4,
                _POST_ORDER[x.post],
                x.pos,
            ),
        )
        attendees = []
        for i, att in enumerate(atts):
            attendees.append(
                Attendee(
                    name=att.name,
                    post=att.post,
                    province=att.province,
                    role=att.role,
                    title=att.title,
                )
            )
            add(f"attendees[{i}]", att.span)
            if att.role_span is not None:
                add(f"attendees[{i}].role", att.role_span)
        lists: dict[str, tuple[str, ...]] = {}
        for field in _LIST_FIELDS:
            values = event.lists[field]
            lists[field] = tuple(values)
            for i, span in enumerate(values.values()):
                add(f"{field}[{i}]", span)
        if event.next_host is not None:
            add("next_host", event.next_host_span)
        return Report(
            kind=event.kind,
            year=year,
            edition=event.edition,
            start=start,
            end=end,
            city=event.city,
            province=event.province,
            theme=event.theme,
            attendees=tuple(attendees),
            documents=lists["documents"],
            heard=lists["heard"],
            agreements=lists["agreements"],
            releases=lists["releases"],
            unveiled=lists["unveiled"],
            next_host=event.next_host,
            visits=lists["visits"],
            name=event.name,
            evidence=tuple(ev),
        )


# common Chinese surnames: an unknown word after a title is taken for a name
# only when it starts with one of these
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝阴信郁"
)

# words that follow a title but are not names (有关负责同志, 出席, ...)
_NOT_NAMES = frozenset({"有关", "出席", "主持", "等", "同志", "负责", "代表", "分别"})


def _jieba_name(text: str) -> str | None:
    """The first jieba token of `text` when it looks like a personal name."""
    from ..text.segment import tokenize

    tokens = tokenize(text)
    first = tokens[0] if tokens else ""
    if (
        2 <= len(first) <= 3
        and re.fullmatch(rf"[{_CJK}]+", first)
        and first[0] in _SURNAMES
        and first not in _NOT_NAMES
    ):
        return first
    return None


def _dataset_year(event: _Event) -> int | None:
    for meeting in data().meetings:
        if meeting.kind is not event.kind:
            continue
        if event.kind is MeetingKind.FORUM and event.edition is not None:
            if meeting.edition == event.edition and meeting.start is not None:
                return meeting.start.year
        elif event.kind is MeetingKind.OTHER and event.name == meeting.name:
            if meeting.start is not None:
                return meeting.start.year
            return meeting.year
    return None


def parse(text: str, *, year: int | None = None) -> tuple[Report, ...]:
    """The events `text` reports, one `Report` each, in text order.

    `year` is a hint used when neither a date nor a 年度 label nor the rest of
    the text gives an event's year.

    >>> [r.kind.value for r in parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")]
    ['symposium']
    >>> parse("   ")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects a str, got {type(text).__name__}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"year must be an int or None, got {type(year).__name__}")
    if not text.strip():
        return ()
    return _Parser(text, year).run()
