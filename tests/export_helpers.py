"""Shared by the convert/export/frames/cli tests: a small hand-built dataset, the
packaged dataset, and the package's hypothesis strategy for whole datasets."""

from __future__ import annotations

import pytest

from yrd_meetings import (
    Agreement,
    AgreementKind,
    Attendance,
    Confidence,
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
    strategies,
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
    return Dataset(
        meta=meta, meetings=meetings, officials=officials, agreements=agreements, errata=errata
    )


def packaged() -> Dataset:
    """The packaged dataset."""
    return load()


def any_dataset_params() -> list[object]:
    return [pytest.param("sample", id="sample"), pytest.param("packaged", id="packaged")]


def get_dataset(which: str) -> Dataset:
    return sample_dataset() if which == "sample" else packaged()


# -- hypothesis strategies: the package's own -------------------------------------------

datasets = strategies.datasets
