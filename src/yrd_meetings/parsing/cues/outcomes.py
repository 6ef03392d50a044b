"""Outcome cues: the theme and what a meeting produced, each item with its span.

One sentence at a time:

- theme: `以“…”为主题`, `主题为/是“…”`, `围绕“…”主题`, `主题：“…”`;
- documents: titles after 审议/审定/审议通过/审议并原则同意/原则同意, in 《》 or as
  noun phrases ending in 计划/方案/清单/… (`审定了…工作计划和重点合作事项清单`);
- heard: `听取了…汇报`, `会议通报了…`;
- agreements: in a sentence that 签署/签订/签约, titles in 《》 and noun phrases
  ending in 协议/备忘录/协定; a `…签约。X协议，Y协议……` list in the next sentence;
- releases (`发布了…`, `…正式发布`), unveiled (`为…揭牌`, `…揭牌成立`), visits (`考察了…`);
- next host: `确定，2024年度…座谈会在浙江召开` (a province and the label it names).

>>> text = "审定了长三角一体化发展2020年度工作计划和重点合作事项清单。"
>>> [c.value for c in find_outcomes(text, 0, len(text))]
['长三角一体化发展2020年度工作计划', '重点合作事项清单']
"""

from __future__ import annotations

import re

import attrs

__all__ = ["OutcomeCue", "canon", "find_next_hosts", "find_outcomes", "signed_list"]

_Q_OPEN, _Q_CLOSE = '[“"]', '[”"]'
_THEME = re.compile(
    rf"(?:以{_Q_OPEN}(?P<a>[^“”\"]{{2,120}}){_Q_CLOSE}为(?:主题|题)"
    rf"|主题(?:为|是|定为)?[:：]?{_Q_OPEN}(?P<b>[^“”\"]{{2,120}}){_Q_CLOSE}"
    rf"|围绕{_Q_OPEN}(?P<c>[^“”\"]{{2,120}}){_Q_CLOSE}(?:的|这一|这个)?主题)"
)
# 主题为“…”的文艺演出: the theme of something else (not 的…座谈会/高层论坛/会议)
_THEME_OF_OTHER = re.compile(r"的(?![^,。;]{0,24}?(?:座谈会|高层论坛|会议))")
# a clause about something else: an exhibition, a show, last year's meeting
_OTHER_THEME = re.compile(
    r"展|演出|活动|晚会|大赛|博览|比赛|峰会|去年|上届|曾|此前|往届|前夕|同期|另"
)
_OTHER_SUBJECT = re.compile(r"局|调研组|常委会|公司|集团|企业|研究院|大学|协会|银行|记者")
_REVIEW = re.compile(r"(?:审议并?(?:原则)?(?:通过|同意)?|审定|原则同意|会议通过)了?")
_TITLE_ITEM = re.compile(r"[、,和及与]?《([^《》]{1,150})》")
_DOC_NOUN = (
    r"(?:计划|方案|清单|意见|规划|纲要|报告|办法|章程|要点|倡议|机制|名单|框架|指南|安排|细则)"
)
_DOC_PHRASE = re.compile(rf"([^,。;、《》]{{4,60}}?{_DOC_NOUN})(?=$|[、,。;]|和|及|以及)")
_TITLE_START = re.compile(r"(?:长三角|长江三角洲|沪苏浙皖|\d{4}|关于|推进|推动|加快|深化)")
_HEARD = re.compile(r"听取了?([^。;]{2,300}?)(?:的)?(?:汇报|报告)")
_BRIEFED = re.compile(r"会议通报了([^。;]{2,300})")
_SIGN_VERB = re.compile(r"签署|签订|签约")
_AGREEMENT_NOUN = r"(?:协议书?|备忘录|协定|合作书|意向书|框架协议)"
_AGREEMENT_PHRASE = re.compile(
    rf"《([^《》]{{2,100}})》|(?:^|(?<=[、,;:。!?和及署订约]))([^,、。;:《》]{{4,60}}?{_AGREEMENT_NOUN})(?=$|[、,。;…]|和|及|等)"
)
# words before a title that are not part of it (具体包括…, 例如根据…签约的…)
_LEAD_IN = re.compile(
    r"^(?:.*?(?:签约|签署|签订)[了的]?|的|具体包括|包括|例如|其中"
    r"|分别是|分别为|即|有|了)+"
)
_QUOTED_AGREEMENT = re.compile(rf"[“《]([^“”《》,。]{{4,80}}?{_AGREEMENT_NOUN})[”》]")
_AGREEMENT_ITEM = re.compile(rf"([^,、。…;]{{4,60}}?{_AGREEMENT_NOUN})(?:[,、]|……|…|。|$)")
_RELEASED = re.compile(
    r"(?:(?:会上|现场|会议|论坛)(?:还|并|同时)?(?:正式|集中|共同)?发布了?|发布了)(?!会)([^。;,]{2,600})"
)
_RELEASED_PASSIVE = re.compile(
    r"(?:^|(?<=[,;:。]))([^,;:。“”]{2,300}?)(?:等[^,;:。、]{0,6}?)?(?:也|还|同时)?"
    r"(?:于同期|同期|正式|集中|同时|现场|在会上)*发布(?=[,。;]|$)"
)
_UNVEILED = re.compile(r"为([^,。;、]{2,40}?)揭牌")
_COUNTED_HEAD = re.compile(r"、[^、]*[\d一二三四五六七八九十两]个[^、]{1,12}$")
_UNVEILED_HELD = re.compile(r"举行了?([^,。;、]{2,40}?)揭牌(?:仪式)?")
_UNVEILED_PASSIVE = re.compile(
    r"(?:^|(?<=[,;:。!?]))(?!为)([^,;:。“”为]{2,120}?)(?:等[^,;:。、]{0,8}?)?"
    r"(?:相继|正式|集中|同时)?揭牌(?:成立)?(?=[,。;]|$)"
)
_VISITED = re.compile(r"考察了([^。;]{2,300})")
_HOST_VERB = re.compile(r"确定|决定|明确|商定|议定")
_NEXT_HOST = re.compile(
    r"(?:确定|决定|明确|商定|议定)[,:]?(?P<label>\d{4})年度[\u4e00-\u9fff]{0,14}座谈会"
    r"(?:将)?(?:在|由)(?P<place>[\u4e00-\u9fff]{1,6}?)(?:召开|举行|举办|承办)"
)
# no title: a count or a kind of thing (一系列成果, 一批合作协议), not a name (第一批… is one)
_VAGUE = re.compile(r"^(?:一批|一系列|多项|若干|相关|有关|系列|了)|一系列|(?<!第)一批")
# a count of agreements is not one's title (签署了11个省级合作协议); a counted list
# released is what the text names (发布了10项实事项目清单)
_COUNT = re.compile(r"[\d一二三四五六七八九十两百]+(?:个|项|份)")
_LAUNCHED = re.compile(r"(?:上线|启动|开通)$")  # …窗口上线发布: the window is what is released
_CANON = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
)
_STRIP = " ,;:、。，；：…\"'-—"


def canon(text: str) -> str:
    """A text value in the output convention: full-width Chinese punctuation, balanced quotes."""
    out = text.translate(_CANON)
    if '"' in out:
        parts = out.split('"')
        out = "".join(
            p + ("“" if i % 2 == 0 else "”") if i < len(parts) - 1 else p
            for i, p in enumerate(parts)
        )
    return out.strip(_STRIP).strip()


@attrs.frozen(kw_only=True)
class OutcomeCue:
    """One value of an outcome field (`theme`, `documents`, …) and its span."""

    field: str
    value: str
    start: int
    end: int
    label: int | None = None  # next_host: the 年度 the announcement names


def _cue(field: str, value: str, start: int, end: int) -> OutcomeCue | None:
    lead = len(value) - len(value.lstrip(_STRIP))
    value = canon(value)
    if field == "releases":
        value = _LAUNCHED.sub("", value)
    if len(value) < 2 or _VAGUE.search(value):
        return None
    return OutcomeCue(field=field, value=value, start=start + lead, end=end)


def _split(text: str, start: int, end: int, field: str, cut_and: bool = False) -> list[OutcomeCue]:
    """Items of a 、-separated list in text[start:end] (、 inside “” does not split)."""
    if _COUNTED_HEAD.search(text, start, end):
        return list(filter(None, [_cue(field, text[start:end], start, end)]))
    out: list[OutcomeCue] = []
    depth, item = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "、"
        depth += (ch == "“") - (ch == "”" and depth > 0)
        if ch == "、" and depth == 0:
            value = text[item:i]
            cut = value.find("和") if cut_and and i == end else -1
            parts = (
                [(item, item + cut), (item + cut + 1, i)]
                if 0 < cut < len(value) - 1
                else [(item, i)]
            )
            for s, e in parts:
                v = text[s:e]
                v = (
                    v.removesuffix("的")
                    if field == "heard"
                    else v.removesuffix("等")
                    if field == "visits"
                    else v
                )
                if (c := _cue(field, v, s, s + len(v))) is not None:
                    out.append(c)
            item = i + 1
    return out


def _documents(text: str, a: int, b: int) -> list[OutcomeCue]:
    out: list[OutcomeCue] = []
    for review in _REVIEW.finditer(text, a, b):
        pos = review.end()
        while (item := _TITLE_ITEM.match(text, pos, b)) is not None:
            out += filter(None, [_cue("documents", item.group(1), *item.span(1))])
            pos = item.end()
        if pos == review.end():
            # titles without 《》: noun phrases up to the end of the clause
            clause_end = min(
                (i for i in (text.find(c, pos, b) for c in ",。;") if i >= 0), default=b
            )
            phrases = list(_DOC_PHRASE.finditer(text, pos, clause_end))
            # a list of titles starts like one (长三角…, 2020年…, 关于…), not 新一轮…
            if phrases and _TITLE_START.match(phrases[0].group(1)):
                for m in phrases:
                    value = m.group(1).removeprefix("和").removeprefix("及")
                    out += filter(None, [_cue("documents", value, m.end(1) - len(value), m.end(1))])
    return out


def _agreements(
    text: str, a: int, b: int, reviewed: frozenset[int] = frozenset()
) -> list[OutcomeCue]:
    """Agreements of a sentence; a title at a start in `reviewed` is a document the
    sentence reviews (审议并原则同意《…》，签署了…), not one it signs."""
    verb = _SIGN_VERB.search(text, a, b)
    if verb is None:
        # no signing here: only a quoted agreement title (“…合作框架协议”将推动…)
        return [
            c
            for m in _QUOTED_AGREEMENT.finditer(text, a, b)
            for c in _agreement(m.group(1), *m.span(1))
        ]
    out: list[OutcomeCue] = []
    # the titles may come before the verb too (…框架协议，由…共同签约)
    for m in _AGREEMENT_PHRASE.finditer(text, a, b):
        group = 1 if m.group(1) else 2
        if m.start(group) not in reviewed:
            out += _agreement(m.group(group), m.start(group), m.end(group))
    # and titles in “” (…签署的“…合作框架协议”将推动…)
    seen = {c.value for c in out}
    for m in _QUOTED_AGREEMENT.finditer(text, a, b):
        out += [c for c in _agreement(m.group(1), *m.span(1)) if c.value not in seen]
    return out


def _agreement(value: str, start: int, end: int) -> list[OutcomeCue]:
    """An agreement title without the words that lead into it (具体包括…, …签署了)."""
    lead = _LEAD_IN.match(value)
    if lead is not None:
        value, start = value[lead.end() :], start + lead.end()
    if value[:1] in "“《" and value.count(value[0]) > value.count("”》"["“《".index(value[0])]):
        value, start = value[1:], start + 1  # an opening mark whose title closes later
    if _COUNT.match(value):
        return []
    return list(filter(None, [_cue("agreements", value, start, end)]))


def signed_list(text: str, pos: int, limit: int) -> list[OutcomeCue]:
    """`…进行合作事项签约。X协议，Y协议……`: the titles listed right after a signing sentence."""
    out: list[OutcomeCue] = []
    while pos < limit and (m := _AGREEMENT_ITEM.match(text, pos, limit)) is not None:
        out += _agreement(m.group(1), *m.span(1))
        pos = m.end()
        if text.startswith(("…", "。"), m.end() - 1):
            break  # the list ends
    return out


def _prefix(text: str, a: int, pos: int) -> str:
    """The clause before `pos`: from the last , ; : 。 (not before `a`)."""
    start = max(a, *(text.rfind(c, a, pos) + 1 for c in ",;:。"))
    return text[start:pos]


def _theme(text: str, a: int, b: int) -> list[OutcomeCue]:
    t = _THEME.search(text, a, b)
    if t is None or _THEME_OF_OTHER.match(text, t.end()):
        return []
    # 成果展以“…”为主题 or 去年…曾以“…”为主题: the theme of something else
    if _OTHER_THEME.search(_prefix(text, a, t.start())):
        return []
    group = next(g for g in "abc" if t.group(g))
    return list(filter(None, [_cue("theme", t.group(group), *t.span(group))]))


def _by_us(text: str, a: int, pos: int) -> bool:
    """False when the clause's subject is another body (安徽省统计局发布了…)."""
    return not _OTHER_SUBJECT.search(_prefix(text, a, pos))


def find_outcomes(text: str, a: int, b: int) -> list[OutcomeCue]:
    """Every outcome cue of the sentence `text[a:b]`, in field order (spans index `text`)."""
    documents = _documents(text, a, b)
    out = _theme(text, a, b) + documents
    for rx in (_HEARD, _BRIEFED):
        for m in rx.finditer(text, a, b):
            if _by_us(text, a, m.start()):
                out += _split(text, m.start(1), m.end(1), "heard")
    out += _agreements(text, a, b, frozenset(c.start for c in documents))
    for m in _RELEASED.finditer(text, a, b):
        if _by_us(text, a, m.start()):
            out += _split(text, m.start(1), m.end(1), "releases", cut_and=True)
    for m in _RELEASED_PASSIVE.finditer(text, a, b):
        out += _split(text, m.start(1), m.end(1), "releases", cut_and=True)
    for rx in (_UNVEILED, _UNVEILED_HELD):
        for m in rx.finditer(text, a, b):
            out += filter(None, [_cue("unveiled", m.group(1), *m.span(1))])
    for m in _UNVEILED_PASSIVE.finditer(text, a, b):
        out += _split(text, m.start(1), m.end(1), "unveiled")
    for m in _VISITED.finditer(text, a, b):
        if _by_us(text, a, m.start()):
            out += _split(text, m.start(1), m.end(1), "visits", cut_and=True)
    return out + find_next_hosts(text, a, b)


def find_next_hosts(text: str, a: int, b: int) -> list[OutcomeCue]:
    """The next year's host a sentence announces (`确定，2024年度…座谈会在浙江召开`)."""
    if _HOST_VERB.search(text, a, b) is None:
        return []  # most sentences announce nothing: skip the pattern
    return [
        OutcomeCue(
            field="next_host",
            value=m.group("place"),
            start=m.start("place"),
            end=m.end("place"),
            label=int(m.group("label")),
        )
        for m in _NEXT_HOST.finditer(text, a, b)
    ]
