"""Shared by the convert/export/frames/cli tests: a small hand-built dataset, the
packaged dataset when its data files are present, and hypothesis strategies."""

from __future__ import annotations

import string
from typing import Any

import pytest
from hypothesis import strategies as st

from yrd_meetings import (
    Agreement,
    AgreementKind,
    Attendance,
    Confidence,
    DataError,
    Dataset,
    Erratum,
    Gender,
    Meeting,
    MeetingKind,
    Meta,
    Official,
    PartialDate,
    Post,
    Province,
    Role,
    Source,
    Tenure,
    load,
)

SEED = "000_5101c8e2da40accb.txt"
P = PartialDate.parse

EIGHT = (
    ("chen-jining", "陈吉宁", "Chen Jining", Province.SHANGHAI, Post.PARTY_SECRETARY, "2022-10"),
    ("gong-zheng", "龚正", "Gong Zheng", Province.SHANGHAI, Post.GOVERNOR, "2020-03-24"),
    ("xin-changxing", "信长星", "Xin Changxing", Province.JIANGSU, Post.PARTY_SECRETARY, "2022-12"),
    ("xu-kunlin", "许昆林", "Xu Kunlin", Province.JIANGSU, Post.GOVERNOR, "2021-10-22"),
    ("wang-hao", "王浩", "Wang Hao", Province.ZHEJIANG, Post.PARTY_SECRETARY, "2024-12"),
    ("liu-jie", "刘捷", "Liu Jie", Province.ZHEJIANG, Post.GOVERNOR, "2024-12-26"),
    ("liang-yanshun", "梁言顺", "Liang Yanshun", Province.ANHUI, Post.PARTY_SECRETARY, "2024-12"),
    ("wang-qingxian", "王清宪", "Wang Qingxian", Province.ANHUI, Post.GOVERNOR, "2021-06-24"),
)


def make_dataset(**tables: Any) -> Dataset:
    """`Dataset(...)`; mypy cannot solve the TypeVar of its attrs converters."""
    return Dataset(**tables)


def sample_dataset() -> Dataset:
    """A small dataset shaped like the real one (the 2025 symposium and forum)."""
    src = Source(seed=SEED, quote="6月6日至7日,2025年度长三角地区主要领导座谈会在江苏南京举行")
    officials = [
        Official(
            id=oid,
            name=name,
            pinyin=pinyin,
            gender=Gender.MALE,
            tenures=(
                Tenure(
                    post=post,
                    province=prov,
                    start=P(start),
                    acting=post is Post.GOVERNOR,
                    sources=(Source(url=f"https://example.org/{oid}", publisher="新华社"),),
                ),
            ),
            sources=(src,),
        )
        for oid, name, pinyin, prov, post, start in EIGHT
    ]
    officials.append(
        Official(
            id="fan-hengshan",
            name="范恒山",
            pinyin="Fan Hengshan",
            title="国家发展改革委副秘书长",
            sources=(Source(url="https://example.org/fan", confidence=Confidence.INFERRED),),
        )
    )
    attend = tuple(
        Attendance(
            official=oid,
            post=post,
            province=prov,
            role=Role.SPOKE if post is Post.PARTY_SECRETARY else Role.ATTENDED,
            sources=(src,),
        )
        for oid, _, _, prov, post, _ in EIGHT
    )
    meetings = [
        Meeting(
            id="symposium-2025",
            kind=MeetingKind.SYMPOSIUM,
            name="2025年度长三角地区主要领导座谈会",
            year=2025,
            start=P("2025-06-06"),
            end=P("2025-06-07"),
            city="南京",
            province=Province.JIANGSU,
            theme="协同提升长三角区域创新能力，更好发挥高质量发展动力源作用",
            next_host=Province.SHANGHAI,
            visits=("南京江北新区", "紫金山实验室"),
            attendances=attend,
            sources=(src,),
        ),
        Meeting(
            id="forum-7",
            kind=MeetingKind.FORUM,
            name="第七届长三角一体化发展高层论坛",
            edition=7,
            start=P("2025-06-07"),
            city="南京",
            province=Province.JIANGSU,
            part_of="symposium-2025",
            sources=(Source(url="http://bzlm.sumail.cn/caijing/3377.html", publisher="中新网"),),
        ),
        Meeting(
            id="symposium-2009",
            kind=MeetingKind.SYMPOSIUM,
            name="长江三角洲地区主要领导座谈会",
            year=2009,
            start=P("2009-11"),
            city="苏州",
            province=Province.JIANGSU,
            sources=(Source(url="http://expo2010.sina.com.cn/x.shtml", published=P("2009-11")),),
        ),
    ]
    agreements = [
        Agreement(
            id="agreement-2025-1",
            title="关于强化都市圈同城化发展体制机制，提升长三角一体化高质量发展水平的意见",
            kind=AgreementKind.REVIEWED,
            meeting="symposium-2025",
            sources=(src,),
        ),
        Agreement(
            id="agreement-forum-7-1",
            title="长三角大飞机产业集群合作共建框架协议",
            kind=AgreementKind.SIGNED,
            meeting="forum-7",
            parties=("上海市", "江苏省"),
            sources=(Source(url="http://bzlm.sumail.cn/caijing/3377.html"),),
        ),
    ]
    errata = [
        Erratum(
            id="erratum-1",
            record="symposium-2025",
            says="6月6日至7日",
            truth="2025-06-06/2025-06-07",
            source=Source(seed=SEED, quote="6月6日至7日"),
            note="no slip: an example",
        )
    ]
    meta = Meta(version="test", licence="CC-BY-4.0", citation="测试数据 (样本)")
    return make_dataset(
        meta=meta, meetings=meetings, officials=officials, agreements=agreements, errata=errata
    )


def packaged() -> Dataset:
    """The packaged dataset; skips the test while the curated data files are missing."""
    try:
        return load()
    except DataError as exc:
        pytest.skip(f"packaged data not loadable yet: {exc.problems[0]}")


def any_dataset_params() -> list[object]:
    return [pytest.param("sample", id="sample"), pytest.param("packaged", id="packaged")]


def get_dataset(which: str) -> Dataset:
    return sample_dataset() if which == "sample" else packaged()


# -- hypothesis strategies -------------------------------------------------------------

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
chinese = st.text(CJK, min_size=1, max_size=12)
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | CJK, min_size=1, max_size=20)
slug = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1990, 2030))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year=year, month=month)
    return PartialDate(year=year, month=month, day=draw(st.integers(1, 28)))


def opt(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


@st.composite
def sources(draw: st.DrawFn) -> Source:
    common: dict[str, Any] = {
        "publisher": draw(opt(chinese)),
        "published": draw(opt(partial_dates())),
        "confidence": draw(st.sampled_from(Confidence)),
        "note": draw(opt(text)),
    }
    if draw(st.booleans()):
        return Source(seed=draw(slug) + ".txt", quote=draw(chinese), **common)
    return Source(url="https://example.org/" + draw(slug), **common)


source_tuples = st.lists(sources(), max_size=2).map(tuple)


@st.composite
def tenures(draw: st.DrawFn) -> Tenure:
    return Tenure(
        post=draw(st.sampled_from(Post)),
        province=draw(st.sampled_from(Province)),
        start=draw(partial_dates()),
        end=draw(opt(partial_dates())),  # type: ignore[arg-type]
        acting=draw(st.booleans()),
        elected=draw(opt(partial_dates())),  # type: ignore[arg-type]
        ended_by=draw(opt(chinese)),  # type: ignore[arg-type]
        note=draw(opt(text)),  # type: ignore[arg-type]
        sources=draw(source_tuples),
    )


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    official_ids = draw(st.lists(slug, min_size=1, max_size=4, unique=True))
    officials = [
        Official(
            id=oid,
            name=draw(chinese),
            pinyin=draw(st.text(string.ascii_letters + " ", min_size=1, max_size=15)),
            gender=draw(opt(st.sampled_from(Gender))),  # type: ignore[arg-type]
            birth=draw(opt(partial_dates())),  # type: ignore[arg-type]
            title=draw(opt(chinese)),  # type: ignore[arg-type]
            tenures=draw(st.lists(tenures(), max_size=2)),
            sources=draw(source_tuples),
        )
        for oid in official_ids
    ]
    meeting_ids = draw(st.lists(slug, min_size=1, max_size=3, unique=True))
    meeting_ids = [f"m-{m}" for m in meeting_ids]
    meetings = [
        Meeting(
            id=mid,
            kind=draw(st.sampled_from(MeetingKind)),
            name=draw(chinese),
            year=draw(opt(st.integers(2005, 2030))),  # type: ignore[arg-type]
            edition=draw(opt(st.integers(1, 20))),  # type: ignore[arg-type]
            start=draw(opt(partial_dates())),  # type: ignore[arg-type]
            end=draw(opt(partial_dates())),  # type: ignore[arg-type]
            city=draw(opt(chinese)),  # type: ignore[arg-type]
            province=draw(opt(st.sampled_from(Province))),  # type: ignore[arg-type]
            theme=draw(opt(text)),  # type: ignore[arg-type]
            part_of=draw(opt(st.sampled_from(meeting_ids))),  # type: ignore[arg-type]
            next_host=draw(opt(st.sampled_from(Province))),  # type: ignore[arg-type]
            visits=draw(st.lists(chinese, max_size=2)),
            attendances=[
                Attendance(
                    official=oid,
                    post=draw(opt(st.sampled_from(Post))),  # type: ignore[arg-type]
                    province=draw(opt(st.sampled_from(Province))),  # type: ignore[arg-type]
                    role=draw(st.sampled_from(Role)),
                    title=draw(opt(chinese)),  # type: ignore[arg-type]
                    sources=draw(source_tuples),
                )
                for oid in draw(st.lists(st.sampled_from(official_ids), max_size=3))
            ],
            note=draw(opt(text)),  # type: ignore[arg-type]
            sources=draw(source_tuples),
        )
        for mid in meeting_ids
    ]
    agreements = [
        Agreement(
            id=f"a-{i}",
            title=draw(chinese),
            kind=draw(st.sampled_from(AgreementKind)),
            meeting=draw(st.sampled_from(meeting_ids)),
            parties=draw(st.lists(chinese, max_size=3)),
            note=draw(opt(text)),  # type: ignore[arg-type]
            sources=draw(source_tuples),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    errata = [
        Erratum(
            id=f"e-{i}",
            record=draw(st.sampled_from(meeting_ids + official_ids)),
            says=draw(chinese),
            truth=draw(text),
            source=draw(sources()),
            evidence=draw(source_tuples),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    meta = Meta(
        version=draw(slug),
        licence="CC-BY-4.0",
        citation=draw(text),
        homepage=draw(opt(st.just("https://example.org"))),  # type: ignore[arg-type]
        description=draw(opt(text)),  # type: ignore[arg-type]
    )
    return make_dataset(
        meta=meta, meetings=meetings, officials=officials, agreements=agreements, errata=errata
    )
