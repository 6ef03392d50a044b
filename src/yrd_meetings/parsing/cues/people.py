"""People cues: officials named with a post, and the roles the text gives them.

Reads, in one sentence:

- a post then a name: `上海市委书记陈吉宁`, `省委副书记、代省长王清宪`, a bare
  `市长`/`省长` taking the province of the post before it (`上海市委书记李强，市长龚正`),
  a central title (`国家发展改革委副主任…`, or a curated official's title), a deputy
  governor or mayor (`江苏省常务副省长…`, `市委常委、常务副市长…`) or a company's
  chairman (`集团党委书记、董事长…`), these three without post or province;
- a name then its post in brackets: `陈吉宁（上海市委书记）`;
- a list of curated names before a role (`陈吉宁、信长星讲话`): attendees without post;
- roles after a group of names: `主持`, `通报` (reported), `讲话`/`致辞`/`发言`/`演讲` (spoke).

A name the dataset does not know is read when it follows a post and starts
with a common surname; where it runs into the next word, jieba (with the
domain dictionary) cuts it.

>>> from yrd_meetings import load
>>> from yrd_meetings.parsing.names import names_of
>>> people, roles = find_people("江苏省委书记信长星主持会议", 0, 13, names_of(load()))
>>> [(p.name, p.post.value, p.province.value) for p in people]
[('信长星', 'party_secretary', 'CN-JS')]
>>> [(r.name, r.role.value) for r in roles]
[('信长星', 'presided')]
"""

from __future__ import annotations

import functools
import re

import attrs

from ...records import Post, Province, Role
from ..names import Names

__all__ = ["PersonCue", "RoleCue", "find_people"]

_CJK = "\u4e00-\u9fff"
_ROLE_AFTER = re.compile(
    r"(?:分别)?(?:代表[^,。;]{0,15}?)?(?:在[^,。;]{0,10}?)?(?:出席[^,。;]{0,6}?并)?"
    r"(?:作|做)?了?(?:主旨|主题|交流|总结|重要)?(主持|讲话|致辞|发言|通报|演讲)"
)
_ROLE_WORD = {
    "主持": Role.PRESIDED,
    "通报": Role.REPORTED,
    "讲话": Role.SPOKE,
    "致辞": Role.SPOKE,
    "发言": Role.SPOKE,
    "演讲": Role.SPOKE,
}
_ATTEND_AFTER = re.compile(r"(?:等[^,。;]{0,12}?)?(?:应邀)?(?:出席|参加|齐聚|参会|与会)")
_NAME_STOP = (
    r"(?=[、,;:。!?()]|$|出席|参加|主持|致辞|讲话|发言|代表|在|等|分别|和|与|应邀|作|说|指出|表示|强调"
    r"|同志|率|会见|介绍|通报|共同)"
)
_FORMER = ("时任", "原任", "曾任", "前任")
_SEPARATOR = re.compile(r"[、,;]?")
# common Chinese surnames: an unknown word after a title is a name only when it starts with one
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝阴信郁"
)
# words that follow a title but are not names (有关负责同志, 出席, ...)
_NOT_NAMES = frozenset({"有关", "出席", "主持", "等", "同志", "负责", "代表", "分别", "会议"})


@attrs.frozen(kw_only=True)
class PersonCue:
    """An official named with a title. `post`/`province`: what the text says."""

    name: str
    post: Post | None
    province: Province | None
    title: str | None
    start: int  # span of title and name together
    end: int


@attrs.frozen(kw_only=True)
class RoleCue:
    """A role the text gives a named person (`易炼红主持会议`)."""

    name: str
    role: Role
    start: int  # span of the role word
    end: int


@attrs.frozen
class _Patterns:
    title: re.Pattern[str]
    name_after: re.Pattern[str]
    bracketed: re.Pattern[str]
    known_list: re.Pattern[str]
    province: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _patterns(names: Names) -> _Patterns:
    prov = names.province_re
    one = rf"(?:(?:{prov})(?:省|市)?)?(?:(?:省|市)委副?书记|(?<![副])代?(?:省|市)长)"
    central = (
        rf"(?<![{_CJK}])(?:{names.titles_re}|(?:国家[{_CJK}]{{1,6}}?委|[{_CJK}]{{1,5}}?部|"
        rf"中央[{_CJK}]{{1,4}}?办)副?(?:部长|主任|秘书长))"
    )
    # a deputy governor or mayor named with the province (江苏省常务副省长…) or after a
    # separator (市委常委、常务副市长…), and a company's chairman (集团党委书记、董事长…)
    deputy = rf"(?:(?:{prov})(?:省|市)?|(?<![{_CJK}]))(?:常务)?副(?:省|市)长"
    chairman = rf"(?<![{_CJK}])董事长"
    known = names.official_re
    return _Patterns(
        title=re.compile(rf"(?P<chain>{one}(?:、{one})*)|(?P<other>{central}|{deputy}|{chairman})"),
        name_after=re.compile(rf"(?:(?P<known>{known})|(?P<unknown>[{_CJK}]{{2,3}}?){_NAME_STOP})"),
        bracketed=re.compile(
            rf"(?P<name>{known}|[{_CJK}]{{2,3}})\((?P<title>{one}(?:、{one})*|{central})\)"
        ),
        known_list=re.compile(rf"(?P<names>(?:{known})(?:、(?:{known}))*)"),
        province=re.compile(prov),
    )


def _post(
    title: str, names: Names, inherited: Province | None
) -> tuple[Post | None, Province | None]:
    """The post and province a chain of titles states (`省委副书记、省长` -> governor)."""
    found = _patterns(names).province.search(title)
    province = names.province_of[found.group()] if found else inherited
    parts = title.split("、")
    if any(p.endswith("书记") and not p.endswith("副书记") for p in parts):
        return Post.PARTY_SECRETARY, province
    if any(p.endswith("长") for p in parts):
        return Post.GOVERNOR, province
    return None, province


def _name_after(text: str, pos: int, end: int, names: Names, guess: bool) -> tuple[str | None, int]:
    m = _patterns(names).name_after.match(text, pos, end)
    if m is not None:
        if m.group("known"):
            return m.group("known"), m.end()
        unknown = m.group("unknown")
        if unknown[0] in _SURNAMES and unknown not in _NOT_NAMES:
            return unknown, m.end()
        return None, pos
    if not guess:
        return None, pos
    # a name the dataset does not know, run into the next word: jieba finds its end
    name = _jieba_name(text[pos : min(end, pos + 8)])
    return (name, pos + len(name)) if name else (None, pos)


def _role_after(text: str, pos: int, end: int) -> tuple[Role, int, int] | None:
    m = _ROLE_AFTER.match(text, pos, end)
    return None if m is None else (_ROLE_WORD[m.group(1)], *m.span(1))


def _titled(text: str, a: int, b: int, names: Names) -> tuple[list[PersonCue], list[RoleCue]]:
    """Title-then-name people; a group joined by 、 or , shares the role after it."""
    pats = _patterns(names)
    people: list[PersonCue] = []
    roles: list[RoleCue] = []
    group: list[PersonCue] = []
    inherited: Province | None = None
    pos = a
    while (m := pats.title.search(text, pos, b)) is not None:
        pos = m.end()
        if text.endswith(_FORMER, max(a, m.start() - 2), m.start()):
            continue  # 时任省委书记习近平: who held the post then, not an attendee now
        if text.endswith("据", max(a, m.start() - 1), m.start()):
            continue  # 据安徽省委书记李锦斌介绍: a source quoted, not an attendee
        # guess unknown names only after a full title (a province or a central body)
        guess = bool(m.group("other") or pats.province.match(m.group()))
        name, name_end = _name_after(text, m.end(), b, names, guess)
        if not name:
            continue
        post: Post | None = None
        province: Province | None = None
        if m.group("chain"):
            post, province = _post(m.group(), names, inherited)
            inherited = province
        if group and not _SEPARATOR.fullmatch(text, group[-1].end, m.start()):
            roles += _group_roles(text, group, b)
            group = []
        cue = PersonCue(
            name=name, post=post, province=province, title=m.group(), start=m.start(), end=name_end
        )
        people.append(cue)
        group.append(cue)
        pos = name_end
    if group:
        roles += _group_roles(text, group, b)
    return people, roles


def _group_roles(text: str, group: list[PersonCue], b: int) -> list[RoleCue]:
    found = _role_after(text, group[-1].end, b)
    if found is None:
        return []
    role, s, e = found
    return [RoleCue(name=p.name, role=role, start=s, end=e) for p in group]


def find_people(text: str, a: int, b: int, names: Names) -> tuple[list[PersonCue], list[RoleCue]]:
    """People and roles in the sentence `text[a:b]` (spans index `text`)."""
    pats = _patterns(names)
    people, roles = _titled(text, a, b, names)
    for m in pats.bracketed.finditer(text, a, b):
        post, province = (
            _post(m.group("title"), names, None)
            if "书记" in m.group("title") or "长" in m.group("title")
            else (None, None)
        )
        people.append(
            PersonCue(
                name=m.group("name"),
                post=post,
                province=province,
                title=m.group("title"),
                start=m.start(),
                end=m.end(),
            )
        )
        found = _role_after(text, m.end(), b)
        if found is not None:
            roles.append(RoleCue(name=m.group("name"), role=found[0], start=found[1], end=found[2]))
    titled = [(p.start, p.end) for p in people]
    for m in pats.known_list.finditer(text, a, b):
        if any(s <= m.start() < e for s, e in titled):
            continue  # the name of a titled person, read above
        listed = m.group("names").split("、")
        found = _role_after(text, m.end(), b)
        if len(listed) >= 2 and (found is not None or _ATTEND_AFTER.match(text, m.end(), b)):
            # a list of known names (陈吉宁、信长星讲话) adds them without posts:
            # the text states none. A headline's run-on names are not a list.
            pos = m.start()
            for name in listed:
                people.append(
                    PersonCue(
                        name=name,
                        post=None,
                        province=None,
                        title=None,
                        start=pos,
                        end=pos + len(name),
                    )
                )
                pos += len(name) + 1
        if found is not None:
            roles += [RoleCue(name=n, role=found[0], start=found[1], end=found[2]) for n in listed]
    return people, roles


def roles_of_unknown(text: str, a: int, b: int, name: str) -> list[RoleCue]:
    """Roles given to a name the dataset does not know, wherever the sentence repeats it."""
    out = []
    pos = a
    while (at := text.find(name, pos, b)) >= 0:
        pos = at + len(name)
        found = _role_after(text, pos, b)
        if found is not None:
            out.append(RoleCue(name=name, role=found[0], start=found[1], end=found[2]))
    return out


def _jieba_name(text: str) -> str | None:
    """The first jieba token of `text` when it looks like a personal name."""
    from ..tokens import tokenize

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
