"""The record types of the dataset: immutable, slotted, keyword-only attrs classes.

Every record carries the `Source`s that support it. Unknown values are `None`
(or an empty tuple), never a placeholder.

>>> Province("CN-JS").name_zh, Province.JIANGSU.capital
('江苏', '南京')
>>> Post.GOVERNOR.title_zh(Province.SHANGHAI)
'市长'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from .dates import PartialDate
from .ids import AgreementId, ErratumId, MeetingId, OfficialId

__all__ = [
    "Agreement",
    "AgreementKind",
    "Attendance",
    "Confidence",
    "Erratum",
    "Gender",
    "Meeting",
    "MeetingKind",
    "Meta",
    "Official",
    "OutletKind",
    "Post",
    "Province",
    "Role",
    "Source",
    "Tenure",
]


class Province(str, enum.Enum):
    """The four provincial-level units of the Yangtze River Delta, by ISO 3166-2 code."""

    SHANGHAI = "CN-SH"
    JIANGSU = "CN-JS"
    ZHEJIANG = "CN-ZJ"
    ANHUI = "CN-AH"

    @property
    def gb_code(self) -> str:
        """The GB/T 2260 administrative division code, e.g. `310000`."""
        return _PROVINCE_FACTS[self][0]

    @property
    def name_zh(self) -> str:
        """The short Chinese name, e.g. `上海`."""
        return _PROVINCE_FACTS[self][1]

    @property
    def full_name_zh(self) -> str:
        """The full Chinese name, e.g. `上海市`, `江苏省`."""
        return _PROVINCE_FACTS[self][2]

    @property
    def name_en(self) -> str:
        return _PROVINCE_FACTS[self][3]

    @property
    def abbreviation(self) -> str:
        """The one-character abbreviation, e.g. `沪`."""
        return _PROVINCE_FACTS[self][4]

    @property
    def capital(self) -> str:
        """The capital city in Chinese without 市 (Shanghai is its own)."""
        return _PROVINCE_FACTS[self][5]

    @classmethod
    def lookup(cls, key: Province | str) -> Province:
        """A province by ISO 3166-2 code (`CN-JS`, `JS`), GB/T 2260 code (`320000`),
        Chinese name with or without 省/市, abbreviation (`苏`) or English name,
        case-insensitive; every API that takes a province goes through it.

        >>> [Province.lookup(k).value for k in ("安徽", "皖", "anhui", "340000", "ah")]
        ['CN-AH', 'CN-AH', 'CN-AH', 'CN-AH', 'CN-AH']
        """
        if isinstance(key, Province):
            return key
        if not isinstance(key, str):
            raise TypeError(f"province must be a Province or str, got {type(key).__name__}")
        found = _PROVINCE_KEYS.get("".join(key.split()).lower())
        if found is None:
            raise ValueError(
                f"unknown province {key!r}; use CN-SH, CN-JS, CN-ZJ, CN-AH, a GB/T 2260 code "
                "such as 320000, or a name such as 江苏, 江苏省, 苏 or Jiangsu"
            )
        return found

    @classmethod
    def _missing_(cls, value: object) -> Province | None:  # Province("安徽") as lookup
        return (
            _PROVINCE_KEYS.get("".join(value.split()).lower()) if isinstance(value, str) else None
        )

    def __str__(self) -> str:
        return self.value


_PROVINCE_FACTS: dict[Province, tuple[str, str, str, str, str, str]] = {
    Province.SHANGHAI: ("310000", "上海", "上海市", "Shanghai", "沪", "上海"),
    Province.JIANGSU: ("320000", "江苏", "江苏省", "Jiangsu", "苏", "南京"),
    Province.ZHEJIANG: ("330000", "浙江", "浙江省", "Zhejiang", "浙", "杭州"),
    Province.ANHUI: ("340000", "安徽", "安徽省", "Anhui", "皖", "合肥"),
}


_PROVINCE_KEYS = {
    "".join(key.split()).lower(): p
    for p, facts in _PROVINCE_FACTS.items()
    for key in (p.value, p.value[3:], *facts[:5])
}


class Post(str, enum.Enum):
    """The two posts tracked in each unit; for Shanghai `GOVERNOR` is the mayor (市长)."""

    PARTY_SECRETARY = "party_secretary"
    GOVERNOR = "governor"

    def title_zh(self, province: Province) -> str:
        """The Chinese title, e.g. `省委书记`, `市长`."""
        unit = "市" if province is Province.SHANGHAI else "省"
        return f"{unit}委书记" if self is Post.PARTY_SECRETARY else f"{unit}长"

    def __str__(self) -> str:
        return self.value


class MeetingKind(str, enum.Enum):
    SYMPOSIUM = "symposium"  # 长三角地区主要领导座谈会
    FORUM = "forum"  # 长三角一体化发展高层论坛
    OTHER = "other"  # a related meeting of the same leaders

    def __str__(self) -> str:
        return self.value


class Role(str, enum.Enum):
    """What an official did at a meeting. One role an attendance: the highest of
    presided > reported > spoke > attended that a source states."""

    ATTENDED = "attended"
    PRESIDED = "presided"  # 主持
    SPOKE = "spoke"  # 讲话, 致辞, 发言
    REPORTED = "reported"  # 代表与会各方通报 (reported the results)

    def __str__(self) -> str:
        return self.value


class AgreementKind(str, enum.Enum):
    REVIEWED = "reviewed"  # 审议
    ADOPTED = "adopted"  # 审议并(原则)通过
    HEARD = "heard"  # 听取…汇报
    SIGNED = "signed"  # 签署, 签约
    RELEASED = "released"  # 发布
    UNVEILED = "unveiled"  # 揭牌

    def __str__(self) -> str:
        return self.value


class Confidence(str, enum.Enum):
    CONFIRMED = "confirmed"  # two or more independent sources agree
    SINGLE = "single"  # one source
    INFERRED = "inferred"  # reasoned from sources, not stated by any

    def __str__(self) -> str:
        return self.value


class OutletKind(str, enum.Enum):
    """What sort of outlet published a source: the grade of the source.

    `GOVERNMENT`, `STATE_MEDIA`, `NEWSPAPER`, `COMMERCIAL_MEDIA`, `PARTISAN_MEDIA` and
    `ORGANISATION` are originals; a `REPOST` republishes another outlet's report (named
    in `Source.via` where the page names it); `BLOG`, `ENCYCLOPEDIA` and `DATASET` are
    secondary and never make a fact `confirmed`.
    """

    GOVERNMENT = "government"  # official government, party or legislature page
    STATE_MEDIA = "state_media"  # state or party media: 新华社, 人民日报, 央视, 中新社, 党报
    NEWSPAPER = "newspaper"  # a newspaper report (本报讯) whose paper is not named
    COMMERCIAL_MEDIA = "commercial_media"  # market-run or overseas press and portals
    PARTISAN_MEDIA = "partisan_media"  # outlets of a declared political camp
    ORGANISATION = "organisation"  # a company, university or association on itself
    REPOST = "repost"  # an aggregator or mirror republishing another outlet's report
    BLOG = "blog"  # a forum thread, blog or self-media account
    ENCYCLOPEDIA = "encyclopedia"  # Wikipedia, its mirrors and other encyclopedias
    DATASET = "dataset"  # a data file in a repository

    @property
    def can_confirm(self) -> bool:
        """Whether a source of this kind counts as an original toward `confirmed`."""
        return self not in _SECONDARY

    def __str__(self) -> str:
        return self.value


_SECONDARY = frozenset({OutletKind.BLOG, OutletKind.ENCYCLOPEDIA, OutletKind.DATASET})


class Gender(str, enum.Enum):
    MALE = "male"
    FEMALE = "female"

    def __str__(self) -> str:
        return self.value


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single str")
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _tenures(value: Iterable[Tenure]) -> tuple[Tenure, ...]:
    return tuple(value)


def _attendances(value: Iterable[Attendance]) -> tuple[Attendance, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Source:
    """Where a fact comes from: a seed article with a verbatim quote, or a web page.

    `publisher` is who published the page or article, `outlet` what kind of outlet
    that is, `via` the original outlet a repost names, `published` the date it gives.
    `origin` is the outlet a fact ultimately comes from: two sources with one origin
    (two reposts of one wire story) are one source, not two.

    >>> Source(seed="000_5101c8e2da40accb.txt", quote="6月6日至7日").kind
    'seed'
    >>> Source(url="https://example.org/a", publisher="某网", via="新华社").origin
    '新华社'
    """

    seed: str | None = None
    quote: str | None = None
    url: str | None = None
    publisher: str | None = None
    outlet: OutletKind | None = None
    via: str | None = None
    published: PartialDate | None = None
    confidence: Confidence = Confidence.SINGLE
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if (self.seed is None) == (self.url is None):
            raise ValueError("a Source names exactly one of seed or url")
        if self.seed is not None and not self.quote:
            raise ValueError(f"a seed Source needs a verbatim quote (seed {self.seed})")

    @property
    def kind(self) -> str:
        """`seed` or `url`."""
        return "seed" if self.seed is not None else "url"

    @property
    def ref(self) -> str:
        """The seed file name or the URL."""
        ref = self.seed if self.seed is not None else self.url
        assert ref is not None
        return ref

    @property
    def origin(self) -> str | None:
        """The original outlet: `via` if given, else `publisher` (None when neither is)."""
        return self.via if self.via is not None else self.publisher


@attrs.frozen(kw_only=True)
class Tenure:
    """One spell of one official in one post.

    `start` is the first day in the post, acting included; `end` is the first day
    out of it (None: still in office). `acting` says the spell began as acting
    (代理); `elected` is the day an acting holder was formally elected or confirmed.
    """

    post: Post
    province: Province
    start: PartialDate
    end: PartialDate | None = None
    acting: bool = False
    elected: PartialDate | None = None
    ended_by: str | None = None
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)


@attrs.frozen(kw_only=True)
class Official:
    """A person who held one of the eight posts, or spoke at a meeting.

    `id` is a stable pinyin slug (`chen-jining`); it is never reused.
    """

    id: OfficialId
    name: str
    pinyin: str
    gender: Gender | None = None
    birth: PartialDate | None = None
    title: str | None = None  # position as sourced, for people outside the eight posts
    tenures: tuple[Tenure, ...] = attrs.field(default=(), converter=_tenures)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)


@attrs.frozen(kw_only=True)
class Attendance:
    """An official at a meeting, with the post held that day (None outside the eight)."""

    official: OfficialId
    post: Post | None = None
    province: Province | None = None
    role: Role = Role.ATTENDED
    title: str | None = None  # position as sourced, for people outside the eight posts
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)


@attrs.frozen(kw_only=True)
class Meeting:
    """A symposium (`year` is its 年度 label), a forum (`edition`), or a related meeting."""

    id: MeetingId
    kind: MeetingKind
    name: str
    year: int | None = None
    edition: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    city: str | None = None
    province: Province | None = None
    theme: str | None = None
    part_of: MeetingId | None = None
    next_host: Province | None = None
    visits: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    attendances: tuple[Attendance, ...] = attrs.field(default=(), converter=_attendances)
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)


@attrs.frozen(kw_only=True)
class Agreement:
    """A document reviewed or adopted, a report heard, an agreement signed, a list
    released or an organisation unveiled at a meeting. `title` has no 《》."""

    id: AgreementId
    title: str
    kind: AgreementKind
    meeting: MeetingId
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)


@attrs.frozen(kw_only=True)
class Erratum:
    """A slip in a source: what it says, what is true, and the evidence.

    `record` is the id of the record the slip concerns; `source` holds the
    slip itself (its quote is the wrong text).
    """

    id: ErratumId
    record: str
    says: str
    truth: str
    source: Source
    evidence: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    note: str | None = None


@attrs.frozen(kw_only=True)
class Meta:
    """About the data: its version, licence and how to cite it."""

    version: str
    licence: str
    citation: str
    homepage: str | None = None
    description: str | None = None
