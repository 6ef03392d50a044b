"""Validation on the shipped data: clean as shipped, and each rule caught on a broken copy.

Every case breaks one thing in a copy of `load()` and expects exactly the problems that
follow, written out here (the check-by-check table on factory data is
test_validate_checks.py).
"""

from __future__ import annotations

import datetime
import types
from typing import Any

import attrs
import pytest

from yrd_meetings import (
    Agreement,
    AgreementKind,
    Confidence,
    Dataset,
    Official,
    PartialDate,
    Post,
    Province,
    Source,
    load,
    validate,
    validation,
)
from yrd_meetings.ids import Alias
from yrd_meetings.records import Attendance, OutletKind
from yrd_meetings.validation import RULES, Problem, independent_origin

P = PartialDate.parse
SEED = "000_5101c8e2da40accb.txt"
PLACEHOLDER = "looks like a placeholder: give the year alone if the day is unknown"


@pytest.fixture(autouse=True)
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    class FrozenDate(datetime.date):
        @classmethod
        def today(cls) -> FrozenDate:
            return cls(2026, 6, 15)

    monkeypatch.setattr(validation, "datetime", types.SimpleNamespace(date=FrozenDate))


def replace_meeting(ds: Dataset, meeting_id: str, **changes: Any) -> Dataset:
    meetings = [attrs.evolve(m, **changes) if m.id == meeting_id else m for m in ds.meetings]
    return attrs.evolve(ds, meetings=meetings)


def replace_official(ds: Dataset, official_id: str, **changes: Any) -> Dataset:
    officials = [attrs.evolve(o, **changes) if o.id == official_id else o for o in ds.officials]
    return attrs.evolve(ds, officials=officials)


def add(ds: Dataset, **tables: tuple[Any, ...]) -> Dataset:
    changes: dict[str, Any] = {k: (*getattr(ds, k), *v) for k, v in tables.items()}
    return attrs.evolve(ds, **changes)


def problem(rule: str, record: str, message: str) -> Problem:
    return Problem(rule=rule, record=record, message=message)


def web(url: str, publisher: str, **fields: object) -> Source:
    return Source(url=url, publisher=publisher, outlet=OutletKind.STATE_MEDIA, **fields)  # type: ignore[arg-type]


def confirmed(url: str, publisher: str, outlet: OutletKind, via: str | None = None) -> Source:
    return Source(
        url=url, publisher=publisher, outlet=outlet, via=via, confidence=Confidence.CONFIRMED
    )


def test_shipped_data_is_clean() -> None:
    problems = validate(load())
    assert problems == (), "\n".join(map(str, problems))


def test_shipped_traditional_data_is_clean() -> None:
    assert validate(load(script="traditional")) == ()


def test_validate_rejects_non_dataset() -> None:
    with pytest.raises(TypeError, match="validate\\(\\) takes a Dataset, got list"):
        validate([])  # type: ignore[arg-type]


def _ds() -> Dataset:
    return load()


SOURCE = web("https://example.org/x", "example.org")
WIRE = "中新社"


def _cases() -> list[object]:
    ds = _ds()
    m2025 = ds.meeting(2025)
    forum7 = ds.forum(7)
    li = ds.official("li-qiang")
    gong = ds.official("gong-zheng")
    return [
        pytest.param(
            add(
                ds,
                agreements=(
                    Agreement(
                        id="chen-jining",
                        title="某协议",
                        kind=AgreementKind.SIGNED,
                        meeting="forum-7",
                        sources=(SOURCE,),
                    ),
                ),
            ),
            [problem("unique-ids", "chen-jining", "id used 2 times")],
            id="unique-ids/agreement-reuses-an-official-id",
        ),
        pytest.param(
            add(ds, meetings=(attrs.evolve(m2025, id="symposium-2025-bis"),)),
            [problem("unique-ids", "symposium 2025", "2 records")],
            id="unique-ids/second-symposium-for-a-year",
        ),
        pytest.param(
            add(ds, meetings=(attrs.evolve(forum7, id="forum-7-bis"),)),
            [problem("unique-ids", "forum 7", "2 records")],
            id="unique-ids/second-forum-of-an-edition",
        ),
        pytest.param(
            replace_meeting(
                ds,
                m2025.id,
                attendances=(
                    *m2025.attendances,
                    attrs.evolve(m2025.attendances[0], official="nobody-here"),
                ),
            ),
            [problem("references", "symposium-2025", "attendee 'nobody-here' unknown")],
            id="references/attendee",
        ),
        pytest.param(
            add(
                ds,
                agreements=(
                    attrs.evolve(ds.agreements[0], id="outcome-900", meeting="symposium-1900"),
                ),
            ),
            [problem("references", "outcome-900", "meeting 'symposium-1900' unknown")],
            id="references/agreement-meeting",
        ),
        pytest.param(
            add(ds, aliases=(Alias(old="forum-7-signed-99", new="outcome-999", until="0.3.0"),)),
            [problem("aliases", "forum-7-signed-99", "new id 'outcome-999' unknown")],
            id="aliases/renamed-to-nothing",
        ),
        pytest.param(
            replace_meeting(ds, "forum-7", part_of="symposium-1999"),
            [problem("references", "forum-7", "part_of 'symposium-1999' unknown")],
            id="references/part-of",
        ),
        pytest.param(
            attrs.evolve(
                ds, errata=(attrs.evolve(ds.errata[0], record="xiao-guiming"), *ds.errata[1:])
            ),
            [problem("references", "erratum-001", "record 'xiao-guiming' unknown")],
            id="references/erratum-record",
        ),
        pytest.param(
            replace_meeting(ds, "forum-7", edition=None),
            [problem("kind-fields", "forum-7", "a forum needs its edition")],
            id="kind-fields/forum-without-edition",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2025", year=None),
            [problem("kind-fields", "symposium-2025", "a symposium needs its year label")],
            id="kind-fields/symposium-without-year-label",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2025", edition=7),
            [problem("kind-fields", "symposium-2025", "only forums have an edition")],
            id="kind-fields/edition-on-a-symposium",
        ),
        pytest.param(
            replace_meeting(
                ds,
                m2025.id,
                attendances=(
                    attrs.evolve(m2025.attendances[0], province=None),
                    *m2025.attendances[1:],
                ),
            ),
            [
                problem(
                    "kind-fields",
                    "symposium-2025",
                    "attendee chen-jining: post and province go together",
                )
            ],
            id="kind-fields/post-without-province",
        ),
        pytest.param(
            replace_meeting(
                ds,
                m2025.id,
                attendances=(
                    *m2025.attendances,
                    Attendance(
                        official="li-qiang",
                        post=Post.PARTY_SECRETARY,
                        province=Province.SHANGHAI,
                        sources=m2025.attendances[0].sources,
                    ),
                ),
            ),
            [
                problem(
                    "attendee-held-post",
                    "symposium-2025",
                    "李强 is not certainly 上海市委书记 on 2025-06-06",
                )
            ],
            id="attendee-held-post/li-qiang-left-shanghai-in-2022",
        ),
        pytest.param(
            replace_official(
                ds, li.id, tenures=(attrs.evolve(li.tenures[0], end=P("2011")), *li.tenures[1:])
            ),
            # the broken end also takes him out of office before the 2014 symposium
            [
                problem(
                    "attendee-held-post",
                    "symposium-2014",
                    "李强 is not certainly 浙江省长 on 2014-12-02",
                ),
                problem(
                    "start-before-end",
                    "li-qiang",
                    "CN-ZJ governor tenure ends 2011, before 2012-12-21",
                ),
            ],
            id="start-before-end/tenure",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2025", end=P("2025-06-01")),
            [problem("start-before-end", "symposium-2025", "ends 2025-06-01 before 2025-06-06")],
            id="start-before-end/meeting",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2025", start=None),
            [problem("start-before-end", "symposium-2025", "an end without a start")],
            id="start-before-end/end-without-start",
        ),
        pytest.param(
            replace_official(
                ds, gong.id, tenures=(attrs.evolve(gong.tenures[0], start=P("2019-01-02")),)
            ),
            [
                problem(
                    "no-overlap",
                    "ying-yong, gong-zheng",
                    "CN-SH governor: tenure from 2017-01-20 (end 2020-03-23) overlaps one from"
                    " 2019-01-02",
                )
            ],
            id="no-overlap/gong-zheng-before-ying-yong-left",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2025", start=P("2025-01-01"), end=None),
            [problem("no-placeholder-dates", "symposium-2025", f"2025-01-01 {PLACEHOLDER}")],
            id="no-placeholder-dates/1-january",
        ),
        pytest.param(
            replace_official(ds, li.id, birth=P("1859-07")),
            [problem("no-placeholder-dates", "li-qiang", "1859-07 is implausible")],
            id="no-placeholder-dates/before-1900",
        ),
        pytest.param(
            replace_meeting(ds, "symposium-2026", start=P("2026-07-02")),
            [problem("no-placeholder-dates", "symposium-2026", "2026-07-02 is implausible")],
            id="no-placeholder-dates/future",
        ),
        pytest.param(
            replace_meeting(ds, "forum-7", sources=()),
            [problem("sourced", "forum-7", "meeting without a source")],
            id="sourced/meeting",
        ),
        pytest.param(
            add(ds, officials=(Official(id="zz-nobody", name="无名", pinyin="Wu Ming"),)),
            [problem("sourced", "zz-nobody", "official without a source")],
            id="sourced/official",
        ),
        pytest.param(
            add(
                ds,
                agreements=(
                    Agreement(
                        id="outcome-998",
                        title="某协议",
                        kind=AgreementKind.SIGNED,
                        meeting="forum-7",
                    ),
                ),
            ),
            [problem("sourced", "outcome-998", "agreement without a source")],
            id="sourced/agreement",
        ),
        pytest.param(
            attrs.evolve(ds, errata=(attrs.evolve(ds.errata[0], evidence=()), *ds.errata[1:])),
            [problem("sourced", "erratum-001", "erratum without evidence")],
            id="sourced/erratum-evidence",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "forum-7",
                sources=(
                    Source(
                        seed=SEED,
                        quote="第九届长三角一体化发展高层论坛",
                        outlet=OutletKind.NEWSPAPER,
                    ),
                ),
            ),
            [
                problem(
                    "seed-quotes",
                    "forum-7",
                    f"quote '第九届长三角一体化发展高层论坛' is not in {SEED}",
                )
            ],
            id="seed-quotes/quote-not-in-seed",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "forum-7",
                sources=(
                    Source(seed="999_missing.txt", quote="南京", outlet=OutletKind.NEWSPAPER),
                ),
            ),
            [problem("seed-quotes", "forum-7", "no seed '999_missing.txt'")],
            id="seed-quotes/missing-seed",
        ),
        pytest.param(
            attrs.evolve(
                ds, errata=(attrs.evolve(ds.errata[0], says="并不存在的说法"), *ds.errata[1:])
            ),
            [problem("seed-quotes", "erratum-001", "says '并不存在的说法' is not in its quote")],
            id="seed-quotes/erratum-says",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "forum-7",
                sources=(attrs.evolve(forum7.sources[0], outlet=None), *forum7.sources[1:]),
            ),
            [problem("graded", "forum-7", f"meeting: {SEED} has no outlet kind")],
            id="graded/no-outlet-kind",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "forum-7",
                sources=(
                    *forum7.sources,
                    Source(url="https://example.org/x", outlet=OutletKind.STATE_MEDIA),
                ),
            ),
            [problem("graded", "forum-7", "meeting: https://example.org/x has no publisher")],
            id="graded/no-publisher",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "symposium-2010",
                sources=(
                    confirmed("https://a.example/1", "a.example", OutletKind.REPOST, WIRE),
                    confirmed("https://b.example/2", "b.example", OutletKind.REPOST, WIRE),
                ),
            ),
            [
                problem(
                    "confirmed-by-two",
                    "symposium-2010",
                    "meeting: marked confirmed on 1 independent original(s) (中新社)",
                )
            ],
            id="confirmed-by-two/two-reposts-of-one-wire",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "symposium-2010",
                sources=(
                    confirmed("https://w.example/1", "维基百科", OutletKind.ENCYCLOPEDIA),
                    confirmed("https://n.example/2", "新华社", OutletKind.STATE_MEDIA),
                ),
            ),
            [
                problem(
                    "confirmed-by-two",
                    "symposium-2010",
                    "meeting: marked confirmed on 1 independent original(s) (新华社)",
                )
            ],
            id="confirmed-by-two/encyclopedia-and-news",
        ),
        pytest.param(
            replace_meeting(
                ds,
                "symposium-2010",
                sources=(
                    confirmed("https://a.example/1", "a.example", OutletKind.REPOST),
                    confirmed("https://n.example/2", "新华社", OutletKind.STATE_MEDIA),
                ),
            ),
            [
                problem(
                    "confirmed-by-two",
                    "symposium-2010",
                    "meeting: marked confirmed on 1 independent original(s) (新华社)",
                )
            ],
            id="confirmed-by-two/repost-naming-no-original",
        ),
    ]


@pytest.mark.parametrize(("broken", "expected"), _cases())
def test_a_broken_copy_of_the_shipped_data(broken: Dataset, expected: list[Problem]) -> None:
    assert list(validate(broken)) == expected


def test_every_rule_is_broken_here() -> None:
    rules = {p.id.split("/")[0] for p in _cases()}  # type: ignore[attr-defined]
    assert rules == set(RULES)


def test_a_repost_and_another_original_confirm() -> None:
    independent = (
        confirmed("https://a.example/1", "a.example", OutletKind.REPOST, WIRE),
        confirmed("https://n.example/2", "新华社", OutletKind.STATE_MEDIA),
    )
    assert validate(replace_meeting(_ds(), "symposium-2010", sources=independent)) == ()


@pytest.mark.parametrize(
    ("source", "origin"),
    [
        pytest.param(
            Source(url="u", publisher="x", outlet=OutletKind.REPOST), None, id="repost-no-via"
        ),
        pytest.param(
            Source(url="u", publisher="x", via="新华社", outlet=OutletKind.REPOST),
            "新华社",
            id="repost-via",
        ),
        pytest.param(
            Source(url="u", publisher="人民网", outlet=OutletKind.STATE_MEDIA),
            "人民网",
            id="original",
        ),
        pytest.param(
            Source(url="u", publisher="人民网", via="新华社", outlet=OutletKind.STATE_MEDIA),
            "新华社",
            id="original-naming-a-wire",
        ),
        pytest.param(Source(url="u", publisher="x", outlet=OutletKind.DATASET), None, id="dataset"),
        pytest.param(Source(url="u", publisher="x", outlet=OutletKind.BLOG), None, id="blog"),
        pytest.param(
            Source(url="u", publisher="x", outlet=OutletKind.ENCYCLOPEDIA), None, id="encyclopedia"
        ),
        pytest.param(Source(url="u", publisher="x"), None, id="ungraded"),
        pytest.param(
            Source(seed=SEED, quote="南京", outlet=OutletKind.NEWSPAPER),
            "unnamed newspaper",
            id="unnamed-newspaper",
        ),
        pytest.param(
            Source(url="u", outlet=OutletKind.GOVERNMENT),
            "unnamed government",
            id="unnamed-government",
        ),
    ],
)
def test_independent_origin(source: Source, origin: str | None) -> None:
    assert independent_origin(source) == origin
