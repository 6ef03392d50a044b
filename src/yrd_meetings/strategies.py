"""Hypothesis strategies for the record types.

Installed with the package, they are registered through hypothesis's own entry
point, so `st.from_type(Meeting)` works in any project that has hypothesis —
and nothing here is imported until hypothesis is.

>>> from hypothesis import find, strategies as st
>>> from yrd_meetings import Meeting
>>> find(st.from_type(Meeting), lambda m: m.kind.value == "forum").edition
1
"""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from .dataset import Dataset
from .dates import PartialDate
from .ids import AgreementId, Alias, ErratumId, MeetingId, OfficialId
from .records import (
    Agreement,
    AgreementKind,
    Attendance,
    Confidence,
    Erratum,
    Gender,
    Meeting,
    MeetingKind,
    Meta,
    Official,
    Post,
    Province,
    Role,
    Source,
    Tenure,
)

__all__ = [
    "agreements",
    "attendances",
    "chinese_text",
    "datasets",
    "errata",
    "meetings",
    "officials",
    "partial_dates",
    "sources",
    "tenures",
]

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_SLUG = st.from_regex(r"[a-z]{2,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)


def chinese_text(min_size: int = 1, max_size: int = 20) -> st.SearchStrategy[str]:
    """Strings of common CJK ideographs."""
    return st.text(_CJK, min_size=min_size, max_size=max_size)


@st.composite
def partial_dates(
    draw: st.DrawFn,
    min_value: datetime.date = datetime.date(1990, 1, 1),
    max_value: datetime.date = datetime.date(2030, 12, 31),
) -> PartialDate:
    """PartialDates of year, month or day precision."""
    day = draw(st.dates(min_value=min_value, max_value=max_value))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


_optional_text = st.none() | chinese_text()

sources: st.SearchStrategy[Source] = st.one_of(
    st.builds(
        Source,
        seed=st.sampled_from(("000_5101c8e2da40accb.txt", "004_aed75dd07c0e9222.txt")),
        quote=chinese_text(),
        confidence=st.sampled_from(Confidence),
    ),
    st.builds(
        Source,
        url=st.from_regex(r"https://example\.org/[a-z0-9]{1,12}", fullmatch=True),
        publisher=_optional_text,
        published=st.none() | partial_dates(),
        confidence=st.sampled_from(Confidence),
    ),
)
_sources: st.SearchStrategy[tuple[Source, ...]] = st.lists(sources, min_size=1, max_size=3).map(
    tuple
)


@st.composite
def tenures(draw: st.DrawFn) -> Tenure:
    """Tenures whose end, when there is one, comes after the start."""
    start = draw(partial_dates())
    after = start.latest() + datetime.timedelta(days=1)
    end = draw(st.none() | partial_dates(min_value=after, max_value=datetime.date(2035, 12, 31)))
    return Tenure(
        post=draw(st.sampled_from(Post)),
        province=draw(st.sampled_from(Province)),
        start=start,
        end=end,
        acting=draw(st.booleans()),
        ended_by=draw(_optional_text),
        sources=draw(_sources),
    )


officials_strategy: st.SearchStrategy[Official] = st.builds(
    Official,
    id=_SLUG,
    name=chinese_text(2, 4),
    pinyin=st.from_regex(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,8}", fullmatch=True),
    gender=st.none() | st.sampled_from(Gender),
    birth=st.none() | partial_dates(),
    tenures=st.lists(tenures(), max_size=3).map(tuple),
    sources=st.lists(sources, max_size=2).map(tuple),
)
officials = officials_strategy

attendances: st.SearchStrategy[Attendance] = st.builds(
    Attendance,
    official=_SLUG,
    post=st.sampled_from(Post),
    province=st.sampled_from(Province),
    role=st.sampled_from(Role),
    sources=_sources,
)


@st.composite
def _meetings(draw: st.DrawFn) -> Meeting:
    kind = draw(st.sampled_from(MeetingKind))
    start = draw(st.none() | partial_dates())
    return Meeting(
        id=MeetingId(draw(_SLUG)),
        kind=kind,
        name=draw(chinese_text()),
        year=draw(st.integers(2005, 2030)) if kind is MeetingKind.SYMPOSIUM else None,
        edition=draw(st.integers(1, 30)) if kind is MeetingKind.FORUM else None,
        start=start,
        city=draw(st.none() | chinese_text(2, 3)),
        province=draw(st.none() | st.sampled_from(Province)),
        theme=draw(_optional_text),
        next_host=draw(st.none() | st.sampled_from(Province)),
        visits=tuple(draw(st.lists(chinese_text(), max_size=3))),
        attendances=tuple(draw(st.lists(attendances, max_size=4))),
        sources=draw(_sources),
    )


meetings_strategy = _meetings()


def meetings() -> st.SearchStrategy[Meeting]:
    """Meetings of any kind with the fields that kind needs."""
    return meetings_strategy


agreements: st.SearchStrategy[Agreement] = st.builds(
    Agreement,
    id=_SLUG,
    title=chinese_text(),
    kind=st.sampled_from(AgreementKind),
    meeting=_SLUG,
    parties=st.lists(chinese_text(2, 8), max_size=3).map(tuple),
    sources=_sources,
)

errata: st.SearchStrategy[Erratum] = st.builds(
    Erratum,
    id=_SLUG,
    record=_SLUG,
    says=chinese_text(),
    truth=chinese_text(),
    source=sources,
    evidence=_sources,
)


_ids = st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True)
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)


def _meta(draw: st.DrawFn) -> Meta:
    return Meta(
        version=draw(_ids),
        licence="CC-BY-4.0",
        citation=draw(_text),
        homepage=draw(st.none() | st.just("https://example.org")),
        description=draw(st.none() | _text),
    )


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Whole datasets whose references resolve (attendees, agreements' meetings,
    errata's records, `part_of`, aliases), with every optional field sometimes empty.
    The values are random, so `validate()` may still object to dates and quotes."""
    official_ids = [
        OfficialId(i) for i in draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    ]
    officials = [
        attrs.evolve(draw(officials_strategy), id=oid, title=draw(st.none() | chinese_text()))
        for oid in official_ids
    ]
    meeting_ids = [
        MeetingId(f"m-{m}") for m in draw(st.lists(_ids, min_size=1, max_size=3, unique=True))
    ]
    meetings = []
    for mid in meeting_ids:
        present = [
            attrs.evolve(draw(attendances), official=oid, title=draw(st.none() | chinese_text()))
            for oid in draw(st.lists(st.sampled_from(official_ids), max_size=3))
        ]
        meetings.append(
            attrs.evolve(
                draw(meetings_strategy),
                id=mid,
                end=draw(st.none() | partial_dates()),
                part_of=draw(st.none() | st.sampled_from(meeting_ids)),
                note=draw(st.none() | _text),
                attendances=tuple(present),
            )
        )
    agreement_list = [
        attrs.evolve(
            draw(agreements), id=AgreementId(f"a-{i}"), meeting=draw(st.sampled_from(meeting_ids))
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    errata_list = [
        attrs.evolve(
            draw(errata),
            id=ErratumId(f"e-{i}"),
            record=draw(st.sampled_from(meeting_ids + official_ids)),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    live = [*meeting_ids, *official_ids, *(a.id for a in agreement_list)]
    aliases = [
        Alias(old=f"old-{i}", new=draw(st.sampled_from(live)), until="0.3.0")
        for i in range(draw(st.integers(0, 2)))
    ]
    return Dataset(
        meta=_meta(draw),
        meetings=meetings,
        officials=officials,
        agreements=agreement_list,
        errata=errata_list,
        aliases=aliases,
    )


def register() -> None:
    """Make `st.from_type()` build every record type with these strategies."""
    st.register_type_strategy(PartialDate, partial_dates())
    st.register_type_strategy(Source, sources)
    st.register_type_strategy(Tenure, tenures())
    st.register_type_strategy(Official, officials)
    st.register_type_strategy(Attendance, attendances)
    st.register_type_strategy(Meeting, meetings_strategy)
    st.register_type_strategy(Dataset, datasets())
    st.register_type_strategy(Agreement, agreements)
    st.register_type_strategy(Erratum, errata)


register()
