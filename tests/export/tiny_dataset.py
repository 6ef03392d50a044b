"""A tiny hand-built dataset for the export tests: one forum with two attendances (one
cited), two officials (one with two tenures), one agreement with two parties and one
erratum with evidence; two sources, a seed (`SEED`) and a web page (`URL`)."""

from __future__ import annotations

from typing import Any

import attrs

from yrd_meetings import (
    AgreementKind,
    Dataset,
    MeetingKind,
    Meta,
    PartialDate,
    Post,
    Province,
    Role,
    Source,
    records,
)

P = PartialDate.parse
SEED = Source(seed="s.txt", quote="原文")
URL = Source(url="https://a.example/1", publisher="新华社")


def build(cls: type[Any], **fields: Any) -> Any:
    """A record from keyword fields (ids as plain text)."""
    return cls(**fields)


def tiny() -> Dataset:
    """One forum, two officials, one agreement, one erratum."""
    wang = build(
        records.Official,
        id="wang",
        name="王",
        pinyin="Wang",
        tenures=(
            records.Tenure(
                post=Post.GOVERNOR,
                province=Province.SHANGHAI,
                start=P("2020"),
                end=P("2021-03-04"),
                sources=(URL,),
            ),
            records.Tenure(
                post=Post.PARTY_SECRETARY, province=Province.JIANGSU, start=P("2021-03")
            ),
        ),
    )
    li = build(records.Official, id="li", name="李", pinyin="Li", sources=(SEED,))
    forum = build(
        records.Meeting,
        id="forum-7",
        kind=MeetingKind.FORUM,
        name="论坛",
        edition=7,
        start=P("2025-06"),
        visits=("甲", "乙"),
        attendances=(
            build(records.Attendance, official="wang", role=Role.PRESIDED, sources=(URL,)),
            build(records.Attendance, official="li", title="副市长"),
        ),
        sources=(SEED,),
    )
    deal = build(
        records.Agreement,
        id="outcome-1",
        title="协议",
        kind=AgreementKind.SIGNED,
        meeting="forum-7",
        parties=("上海市", "江苏省"),
        sources=(URL,),
    )
    slip = build(
        records.Erratum,
        id="erratum-1",
        record="forum-7",
        says="x",
        truth="y",
        source=SEED,
        evidence=(URL,),
    )
    meta = Meta(version="test", licence="CC0", citation="c")
    return Dataset(
        meta=meta, meetings=[forum], officials=[wang, li], agreements=[deal], errata=[slip]
    )


def hosted() -> Dataset:
    """The tiny dataset and a symposium with a host, a theme and a next host."""
    symposium = build(
        records.Meeting,
        id="symposium-2025",
        kind=MeetingKind.SYMPOSIUM,
        name="座谈会",
        year=2025,
        start=P("2025-06-06"),
        end=P("2025-06-07"),
        city="南京",
        province=Province.JIANGSU,
        theme="主题",
        next_host=Province.SHANGHAI,
        part_of="forum-7",
    )
    ds = tiny()
    return attrs.evolve(ds, meetings=(*ds.meetings, symposium))
