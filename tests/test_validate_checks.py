"""Every single check inside every validation rule, broken once on a valid dataset.

Each case starts from `make_dataset()` (clean), breaks exactly one check and expects
exactly the problems that check reports: rule, record and message, written out by
hand. A second table holds the near misses each check must let through.
"""

from __future__ import annotations

import datetime
import types
from typing import Any

import pytest

from yrd_meetings import Dataset, PartialDate, validation
from yrd_meetings.ids import Alias
from yrd_meetings.records import Confidence, MeetingKind, OutletKind, Post, Province, Source
from yrd_meetings.testing import (
    make_agreement,
    make_attendance,
    make_dataset,
    make_erratum,
    make_meeting,
    make_official,
    make_source,
    make_tenure,
)
from yrd_meetings.validation import RULES, Problem, validate

P = PartialDate.parse
TODAY = datetime.date(2026, 6, 15)  # validation's clock, frozen for the future-date checks
SEED = "000_5101c8e2da40accb.txt"
URL = "https://example.org/yrd-meetings-test-record"
M = "symposium-2004"  # make_meeting()
OFF = "test-official"  # make_official()
AG = "outcome-001"  # make_agreement()
ER = "erratum-test"  # make_erratum()
PLACEHOLDER = "looks like a placeholder: give the year alone if the day is unknown"
CONFIRMED = Confidence.CONFIRMED


@pytest.fixture(autouse=True)
def frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    class FrozenDate(datetime.date):
        @classmethod
        def today(cls) -> FrozenDate:
            return cls(TODAY.year, TODAY.month, TODAY.day)

    monkeypatch.setattr(validation, "datetime", types.SimpleNamespace(date=FrozenDate))


def problem(rule: str, record: str, message: str) -> Problem:
    return Problem(rule=rule, record=record, message=message)


def meeting(**changes: object) -> Dataset:
    """make_dataset() with its one meeting changed."""
    return make_dataset(meetings=(make_meeting(**changes),))


def second_meeting(**fields: object) -> Dataset:
    """make_dataset() plus another meeting (the agreement stays with symposium-2004)."""
    return make_dataset(meetings=(make_meeting(), make_meeting(**fields)))


def forum(**changes: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "id": "forum-1",
        "kind": MeetingKind.FORUM,
        "name": "首届长三角一体化发展高层论坛",
        "year": None,
        "edition": 1,
    }
    return {**fields, **changes}


def official(**changes: object) -> Dataset:
    """make_dataset() with its one official changed."""
    return make_dataset(officials=(make_official(**changes),))


def extra_tenure(**fields: object) -> Dataset:
    """test-official also held Shanghai's governorship (a post its attendance does not name)."""
    governor = make_tenure(post=Post.GOVERNOR, **fields)
    return official(tenures=(make_tenure(), governor))


def other_official(**changes: object) -> Dataset:
    """make_dataset() plus other-official (另一官员)."""
    fields: dict[str, object] = {"id": "other-official", "name": "另一官员", "pinyin": "Ling Yi"}
    return make_dataset(officials=(make_official(), make_official(**{**fields, **changes})))


def successor(start: str, *, end_of_first: str | None = None, **tenure: object) -> Dataset:
    """test-official from 2003-01-02 (to `end_of_first`), other-official from `start`."""
    first = make_tenure(end=P(end_of_first) if end_of_first else None)
    second = make_tenure(start=P(start), **tenure)
    return make_dataset(
        officials=(
            make_official(tenures=(first,)),
            make_official(
                id="other-official", name="另一官员", pinyin="Ling Yi", tenures=(second,)
            ),
        )
    )


def attendance(**changes: object) -> Dataset:
    """make_dataset() with the meeting's one attendance changed."""
    return meeting(attendances=(make_attendance(**changes),))


def sources_of_meeting(*sources: Source) -> Dataset:
    return meeting(sources=sources)


def seed(quote: str, name: str = SEED, **fields: object) -> Source:
    return Source(seed=name, quote=quote, outlet=OutletKind.NEWSPAPER, **fields)  # type: ignore[arg-type]


def confirmed(url: str, publisher: str | None, **fields: object) -> Source:
    return make_source(url=url, publisher=publisher, confidence=CONFIRMED, **fields)


BARE = make_source(outlet=None)
NO_OUTLET = f"{URL} has no outlet kind"
TENURE_WHAT = "上海市委书记 from 2003-01-02"
AGREEMENT_WHAT = "reviewed: 长三角区域一体化发展2004年度工作计划"


def aliased(*aliases: Alias) -> Dataset:
    """make_dataset() with these aliases."""
    return make_dataset(aliases=aliases)


def once(rule: str, record: str, message: str) -> tuple[Problem, ...]:
    return (problem(rule, record, message),)


# (broken dataset, exactly the problems validate() gives), one row per check
BROKEN = [
    # -- unique-ids -------------------------------------------------------------------
    pytest.param(
        make_dataset(agreements=(make_agreement(id=OFF),)),
        once("unique-ids", OFF, "id used 2 times"),
        id="unique-ids/agreement-reuses-an-official-id",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(id=AG),)),
        once("unique-ids", AG, "id used 2 times"),
        id="unique-ids/erratum-reuses-an-agreement-id",
    ),
    pytest.param(
        second_meeting(id=OFF, kind=MeetingKind.OTHER, year=None, name="测试会议"),
        once("unique-ids", OFF, "id used 2 times"),
        id="unique-ids/meeting-reuses-an-official-id",
    ),
    pytest.param(
        make_dataset(agreements=(make_agreement(id=OFF),), errata=(make_erratum(id=OFF),)),
        once("unique-ids", OFF, "id used 3 times"),
        id="unique-ids/id-used-three-times",
    ),
    pytest.param(
        second_meeting(id="symposium-2004-bis"),
        once("unique-ids", "symposium 2004", "2 records"),
        id="unique-ids/two-symposiums-of-one-year-label",
    ),
    pytest.param(
        make_dataset(
            meetings=(make_meeting(), make_meeting(**forum()), make_meeting(**forum(id="forum-1b")))
        ),
        once("unique-ids", "forum 1", "2 records"),
        id="unique-ids/two-forums-of-one-edition",
    ),
    # -- references -------------------------------------------------------------------
    pytest.param(
        meeting(part_of="forum-99"),
        once("references", M, "part_of 'forum-99' unknown"),
        id="references/part-of-unknown",
    ),
    pytest.param(
        meeting(attendances=(make_attendance(), make_attendance(official="nobody-here"))),
        once("references", M, "attendee 'nobody-here' unknown"),
        id="references/attendee-unknown",
    ),
    pytest.param(
        make_dataset(agreements=(make_agreement(meeting="symposium-1999"),)),
        once("references", AG, "meeting 'symposium-1999' unknown"),
        id="references/agreement-meeting-unknown",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(record="nobody-here"),)),
        once("references", ER, "record 'nobody-here' unknown"),
        id="references/erratum-record-unknown",
    ),
    # -- aliases ----------------------------------------------------------------------
    pytest.param(
        aliased(Alias(old=M, new=AG, until="0.3.0")),
        once("aliases", M, "an alias of a live id"),
        id="aliases/old-id-still-live",
    ),
    pytest.param(
        aliased(Alias(old="retired-1", new="nobody-here", until="0.3.0")),
        once("aliases", "retired-1", "new id 'nobody-here' unknown"),
        id="aliases/new-id-unknown",
    ),
    pytest.param(
        aliased(*[Alias(old="retired-1", new=new, until="0.3.0") for new in (AG, M)]),
        once("aliases", "retired-1", "aliased 2 times"),
        id="aliases/one-old-id-twice",
    ),
    # -- kind-fields ------------------------------------------------------------------
    pytest.param(
        meeting(year=None),
        once("kind-fields", M, "a symposium needs its year label"),
        id="kind-fields/symposium-without-year-label",
    ),
    pytest.param(
        second_meeting(id="symposium-undated", year=None),
        once("kind-fields", "symposium-undated", "a symposium needs its year label"),
        id="kind-fields/symposium-without-year-label-beside-one-with",
    ),
    pytest.param(
        second_meeting(**forum(edition=None)),
        once("kind-fields", "forum-1", "a forum needs its edition"),
        id="kind-fields/forum-without-edition",
    ),
    pytest.param(
        meeting(edition=3),
        once("kind-fields", M, "only forums have an edition"),
        id="kind-fields/edition-on-a-symposium",
    ),
    pytest.param(
        second_meeting(id="other-2004", kind=MeetingKind.OTHER, year=None, edition=2),
        once("kind-fields", "other-2004", "only forums have an edition"),
        id="kind-fields/edition-on-another-meeting",
    ),
    pytest.param(
        attendance(province=None),
        once("kind-fields", M, "attendee test-official: post and province go together"),
        id="kind-fields/post-without-province",
    ),
    pytest.param(
        attendance(post=None),
        once("kind-fields", M, "attendee test-official: post and province go together"),
        id="kind-fields/province-without-post",
    ),
    # -- attendee-held-post -----------------------------------------------------------
    pytest.param(
        attendance(post=Post.GOVERNOR),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市长 on 2004-06-05"),
        id="attendee-held-post/other-post",
    ),
    pytest.param(
        attendance(province=Province.JIANGSU),
        once("attendee-held-post", M, "测试官员 is not certainly 江苏省委书记 on 2004-06-05"),
        id="attendee-held-post/other-province",
    ),
    pytest.param(
        meeting(
            attendances=(
                make_attendance(post=None, province=None, title="国家发展改革委副主任"),
                make_attendance(post=Post.GOVERNOR),
            )
        ),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市长 on 2004-06-05"),
        id="attendee-held-post/checked-after-an-attendee-outside-the-posts",
    ),
    pytest.param(
        meeting(start=P("2002-06-05")),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市委书记 on 2002-06-05"),
        id="attendee-held-post/before-the-tenure",
    ),
    pytest.param(
        official(tenures=(make_tenure(end=P("2004-06-05")),)),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市委书记 on 2004-06-05"),
        id="attendee-held-post/tenure-ended-that-day",
    ),
    pytest.param(
        official(tenures=(make_tenure(start=P("2004-06")),)),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市委书记 on 2004-06-05"),
        id="attendee-held-post/tenure-start-known-to-the-month",
    ),
    pytest.param(
        meeting(start=P("2003-01")),
        once("attendee-held-post", M, "测试官员 is not certainly 上海市委书记 on 2003-01"),
        id="attendee-held-post/meeting-month-straddles-the-start",
    ),
    # -- start-before-end -------------------------------------------------------------
    pytest.param(
        extra_tenure(start=P("2010-05-01"), end=P("2010-04-30")),
        once("start-before-end", OFF, "CN-SH governor tenure ends 2010-04-30, before 2010-05-01"),
        id="start-before-end/tenure-ends-before-it-starts",
    ),
    pytest.param(
        extra_tenure(start=P("2010-05-01"), end=P("2010-05-01")),
        once("start-before-end", OFF, "CN-SH governor tenure ends 2010-05-01, before 2010-05-01"),
        id="start-before-end/tenure-ends-the-day-it-starts",
    ),
    pytest.param(
        meeting(end=P("2004-06-04")),
        once("start-before-end", M, "ends 2004-06-04 before 2004-06-05"),
        id="start-before-end/meeting-ends-before-it-starts",
    ),
    pytest.param(
        meeting(start=None, end=P("2004-06-05")),
        once("start-before-end", M, "an end without a start"),
        id="start-before-end/meeting-end-without-start",
    ),
    # -- no-overlap -------------------------------------------------------------------
    pytest.param(
        successor("2008-03-01"),
        once(
            "no-overlap",
            "test-official, other-official",
            "CN-SH party_secretary: tenure from 2003-01-02 (end None) overlaps one from 2008-03-01",
        ),
        id="no-overlap/open-tenure-then-another",
    ),
    pytest.param(
        successor("2008-03-01", end_of_first="2008-03-05"),
        once(
            "no-overlap",
            "test-official, other-official",
            "CN-SH party_secretary: tenure from 2003-01-02 (end 2008-03-05) overlaps one from"
            " 2008-03-01",
        ),
        id="no-overlap/end-after-next-start",
    ),
    pytest.param(
        successor("1998-01-05", end=P("2003-01-10")),
        once(
            "no-overlap",
            "other-official, test-official",
            "CN-SH party_secretary: tenure from 1998-01-05 (end 2003-01-10) overlaps one from"
            " 2003-01-02",
        ),
        id="no-overlap/ordered-by-start-not-by-id",
    ),
    # -- no-placeholder-dates ---------------------------------------------------------
    pytest.param(
        meeting(start=P("2004-01-01")),
        once("no-placeholder-dates", M, f"2004-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/meeting-start-on-1-january",
    ),
    pytest.param(
        meeting(end=P("2005-01-01")),
        once("no-placeholder-dates", M, f"2005-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/meeting-end-on-1-january",
    ),
    pytest.param(
        official(birth=P("1960-01-01")),
        once("no-placeholder-dates", OFF, f"1960-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/birth-on-1-january",
    ),
    pytest.param(
        official(tenures=(make_tenure(start=P("2003-01-01")),)),
        once("no-placeholder-dates", OFF, f"2003-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/tenure-start-on-1-january",
    ),
    pytest.param(
        official(tenures=(make_tenure(end=P("2010-01-01")),)),
        once("no-placeholder-dates", OFF, f"2010-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/tenure-end-on-1-january",
    ),
    pytest.param(
        official(tenures=(make_tenure(acting=True, elected=P("2004-01-01")),)),
        once("no-placeholder-dates", OFF, f"2004-01-01 {PLACEHOLDER}"),
        id="no-placeholder-dates/election-on-1-january",
    ),
    pytest.param(
        official(birth=P("1899-12-31")),
        once("no-placeholder-dates", OFF, "1899-12-31 is implausible"),
        id="no-placeholder-dates/year-before-1900",
    ),
    pytest.param(
        official(birth=P("1899")),
        once("no-placeholder-dates", OFF, "1899 is implausible"),
        id="no-placeholder-dates/year-1899-alone",
    ),
    pytest.param(
        meeting(start=P("2026-06-16")),
        once("no-placeholder-dates", M, "2026-06-16 is implausible"),
        id="no-placeholder-dates/tomorrow",
    ),
    pytest.param(
        meeting(start=P("2026-07")),
        once("no-placeholder-dates", M, "2026-07 is implausible"),
        id="no-placeholder-dates/next-month",
    ),
    pytest.param(
        meeting(start=P("2999-01-01")),
        (
            problem("no-placeholder-dates", M, f"2999-01-01 {PLACEHOLDER}"),
            problem("no-placeholder-dates", M, "2999-01-01 is implausible"),
        ),
        id="no-placeholder-dates/future-placeholder-breaks-both",
    ),
    # -- sourced ----------------------------------------------------------------------
    pytest.param(
        meeting(sources=()),
        once("sourced", M, "meeting without a source"),
        id="sourced/meeting",
    ),
    pytest.param(
        attendance(sources=()),
        once("sourced", M, "attendance test-official without a source"),
        id="sourced/attendance",
    ),
    pytest.param(
        other_official(tenures=()),
        once("sourced", "other-official", "official without a source"),
        id="sourced/official-without-tenures",
    ),
    pytest.param(
        official(tenures=(make_tenure(sources=()),)),
        once("sourced", OFF, "CN-SH party_secretary tenure without a source"),
        id="sourced/tenure",
    ),
    pytest.param(
        make_dataset(agreements=(make_agreement(sources=()),)),
        once("sourced", AG, "agreement without a source"),
        id="sourced/agreement",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(evidence=()),)),
        once("sourced", ER, "erratum without evidence"),
        id="sourced/erratum-without-evidence",
    ),
    # -- seed-quotes ------------------------------------------------------------------
    pytest.param(
        sources_of_meeting(seed("南京", name="999_missing.txt")),
        once("seed-quotes", M, "no seed '999_missing.txt'"),
        id="seed-quotes/unknown-seed",
    ),
    pytest.param(
        sources_of_meeting(seed("第九届长三角一体化发展高层论坛")),
        once("seed-quotes", M, f"quote '第九届长三角一体化发展高层论坛' is not in {SEED}"),
        id="seed-quotes/quote-not-in-the-seed",
    ),
    pytest.param(
        official(tenures=(make_tenure(sources=(seed("正逢高考"),)),)),
        once("seed-quotes", OFF, f"quote '正逢高考' is not in {SEED}"),
        id="seed-quotes/quote-from-another-seed-on-a-tenure",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(says="测试管员"),)),
        once("seed-quotes", ER, "says '测试管员' is not in its quote"),
        id="seed-quotes/erratum-says-not-in-its-quote",
    ),
    # -- graded: every place a source is cited ----------------------------------------
    pytest.param(
        sources_of_meeting(BARE),
        once("graded", M, f"meeting: {NO_OUTLET}"),
        id="graded/no-outlet-meeting",
    ),
    pytest.param(
        attendance(sources=(BARE,)),
        once("graded", M, f"attendance of test-official: {NO_OUTLET}"),
        id="graded/no-outlet-attendance",
    ),
    pytest.param(
        official(sources=(BARE,)),
        once("graded", OFF, f"identity: {NO_OUTLET}"),
        id="graded/no-outlet-identity",
    ),
    pytest.param(
        official(tenures=(make_tenure(sources=(BARE,)),)),
        once("graded", OFF, f"{TENURE_WHAT}: {NO_OUTLET}"),
        id="graded/no-outlet-tenure",
    ),
    pytest.param(
        make_dataset(agreements=(make_agreement(sources=(BARE,)),)),
        once("graded", AG, f"{AGREEMENT_WHAT}: {NO_OUTLET}"),
        id="graded/no-outlet-agreement",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(source=make_source(outlet=None, quote="测试关员")),)),
        once("graded", ER, f"the slip: 测试关员: {NO_OUTLET}"),
        id="graded/no-outlet-erratum-slip",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(evidence=(BARE,)),)),
        once("graded", ER, f"the truth: 测试官员: {NO_OUTLET}"),
        id="graded/no-outlet-erratum-evidence",
    ),
    pytest.param(
        sources_of_meeting(make_source(publisher=None)),
        once("graded", M, f"meeting: {URL} has no publisher"),
        id="graded/url-without-publisher",
    ),
    pytest.param(
        sources_of_meeting(make_source(outlet=OutletKind.REPOST, via="example.org")),
        once("graded", M, f"meeting: {URL} names its own publisher as via"),
        id="graded/via-is-its-own-publisher",
    ),
    pytest.param(
        sources_of_meeting(make_source(outlet=None, via="example.org")),
        (
            problem("graded", M, f"meeting: {NO_OUTLET}"),
            problem("graded", M, f"meeting: {URL} names its own publisher as via"),
        ),
        id="graded/no-outlet-and-own-via-are-two-problems",
    ),
    # -- confirmed-by-two -------------------------------------------------------------
    pytest.param(
        sources_of_meeting(confirmed(URL, "example.org")),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (example.org)",
        ),
        id="confirmed-by-two/one-original",
    ),
    pytest.param(
        sources_of_meeting(
            confirmed("https://a.example/1", "a.example", outlet=OutletKind.REPOST, via="新华社"),
            confirmed("https://b.example/2", "b.example", outlet=OutletKind.REPOST, via="新华社"),
        ),
        once(
            "confirmed-by-two", M, "meeting: marked confirmed on 1 independent original(s) (新华社)"
        ),
        id="confirmed-by-two/two-reposts-of-one-wire",
    ),
    pytest.param(
        sources_of_meeting(
            confirmed("https://w.example/1", "维基百科", outlet=OutletKind.ENCYCLOPEDIA),
            confirmed(URL, "example.org"),
        ),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (example.org)",
        ),
        id="confirmed-by-two/encyclopedia-does-not-count",
    ),
    pytest.param(
        sources_of_meeting(
            confirmed("https://a.example/1", "a.example", outlet=OutletKind.REPOST),
            confirmed(URL, "example.org"),
        ),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (example.org)",
        ),
        id="confirmed-by-two/repost-naming-no-original-does-not-count",
    ),
    pytest.param(
        sources_of_meeting(
            confirmed(URL, "example.org"),
            make_source(
                url="https://n.example/2", publisher="新华社", confidence=Confidence.INFERRED
            ),
        ),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (example.org)",
        ),
        id="confirmed-by-two/inferred-does-not-count",
    ),
    pytest.param(
        sources_of_meeting(confirmed("https://b.example/1", "b.example", outlet=OutletKind.BLOG)),
        once(
            "confirmed-by-two", M, "meeting: marked confirmed on 0 independent original(s) (none)"
        ),
        id="confirmed-by-two/no-original-at-all",
    ),
    pytest.param(
        sources_of_meeting(
            seed("本报讯", confidence=CONFIRMED), seed("南京", confidence=CONFIRMED)
        ),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (unnamed newspaper)",
        ),
        id="confirmed-by-two/two-unnamed-newspapers-are-one",
    ),
    pytest.param(
        make_dataset(
            meetings=(
                make_meeting(
                    sources=(confirmed(URL, "example.org"),),
                    attendances=(make_attendance(sources=(make_source(publisher="新华社"),)),),
                ),
            )
        ),
        once(
            "confirmed-by-two",
            M,
            "meeting: marked confirmed on 1 independent original(s) (example.org)",
        ),
        id="confirmed-by-two/counted-per-fact-not-per-record",
    ),
]

# Near misses: each is one step short of breaking a check above, and is clean.
CLEAN = [
    pytest.param(
        second_meeting(id="other-2004", kind=MeetingKind.OTHER, year=2004),
        id="unique-ids/other-meeting-may-share-a-year-label",
    ),
    pytest.param(
        second_meeting(**forum(year=2004)),
        id="unique-ids/forum-may-share-a-symposium-year",
    ),
    pytest.param(
        second_meeting(**forum(part_of=M)),
        id="references/part-of-a-known-meeting",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(record=M),)),
        id="references/erratum-about-a-meeting",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(record=AG),)),
        id="references/erratum-about-an-agreement",
    ),
    *[
        pytest.param(
            aliased(Alias(old="retired-1", new=new, until="0.3.0")), id=f"aliases/to-{what}"
        )
        for what, new in (("meeting", M), ("official", OFF), ("agreement", AG), ("erratum", ER))
    ],
    pytest.param(
        aliased(*[Alias(old=f"retired-{n}", new=AG, until="0.3.0") for n in (1, 2)]),
        id="aliases/two-old-ids-to-one-record",
    ),
    pytest.param(
        second_meeting(id="other-2004", kind=MeetingKind.OTHER, year=None, edition=None),
        id="kind-fields/other-meeting-needs-neither",
    ),
    pytest.param(
        attendance(post=None, province=None, title="国家发展改革委副主任"),
        id="kind-fields/attendee-outside-the-eight-posts",
    ),
    pytest.param(
        meeting(start=None),
        id="attendee-held-post/undated-meeting-is-not-checked",
    ),
    pytest.param(
        official(tenures=(make_tenure(end=P("2004-06-06")),)),
        id="attendee-held-post/tenure-ends-the-next-day",
    ),
    pytest.param(
        official(tenures=(make_tenure(start=P("2004-06-05")),)),
        id="attendee-held-post/tenure-starts-that-day",
    ),
    pytest.param(
        official(tenures=(make_tenure(start=P("2004-06"), acting=True, elected=P("2004-06-02")),)),
        id="attendee-held-post/election-proves-the-month-start",
    ),
    pytest.param(
        official(tenures=(make_tenure(post=Post.GOVERNOR, end=P("2004-06")), make_tenure())),
        id="attendee-held-post/any-matching-tenure",
    ),
    pytest.param(
        extra_tenure(start=P("2010-05"), end=P("2010-05")),
        id="start-before-end/same-month-is-not-the-same-day",
    ),
    pytest.param(
        extra_tenure(start=P("2010-05-20"), end=P("2010-05")),
        id="start-before-end/end-month-holds-the-start",
    ),
    pytest.param(meeting(end=P("2004-06-05")), id="start-before-end/one-day-meeting"),
    pytest.param(meeting(end=P("2004-06")), id="start-before-end/end-month-holds-the-start-day"),
    pytest.param(
        successor("2008-03-01", end_of_first="2008-03-01"),
        id="no-overlap/handover-on-the-day",
    ),
    pytest.param(
        successor("2008-03-01", end_of_first="2008-03"),
        id="no-overlap/end-month-may-be-the-handover",
    ),
    pytest.param(
        successor("2008-03-01", post=Post.GOVERNOR),
        id="no-overlap/other-post",
    ),
    pytest.param(
        successor("2008-03-01", province=Province.ANHUI),
        id="no-overlap/other-province",
    ),
    pytest.param(meeting(start=P("2004-01")), id="no-placeholder-dates/january-as-a-month"),
    pytest.param(meeting(start=P("2004-01-02")), id="no-placeholder-dates/2-january"),
    pytest.param(official(birth=P("1900")), id="no-placeholder-dates/year-1900"),
    pytest.param(meeting(start=P("2026-06-15")), id="no-placeholder-dates/today"),
    pytest.param(meeting(start=P("2026-06")), id="no-placeholder-dates/this-month"),
    pytest.param(
        other_official(tenures=(), sources=(make_source(),)),
        id="sourced/official-with-sources-and-no-tenures",
    ),
    pytest.param(
        sources_of_meeting(seed("6月6日至7日,2025年度长三角地区主要领导座谈会在江苏南京举行")),
        id="seed-quotes/verbatim-quote",
    ),
    pytest.param(
        make_dataset(errata=(make_erratum(source=make_source(), says="测试管员"),)),
        id="seed-quotes/erratum-without-a-quote",
    ),
    pytest.param(
        sources_of_meeting(seed("南京")),
        id="graded/seed-needs-no-publisher",
    ),
    pytest.param(
        sources_of_meeting(
            make_source(outlet=OutletKind.REPOST, publisher="a.example", via="新华社")
        ),
        id="graded/repost-naming-its-original",
    ),
    pytest.param(
        sources_of_meeting(
            confirmed("https://a.example/1", "a.example", outlet=OutletKind.REPOST, via="新华社"),
            make_source(url="https://c.example/1", publisher="example.org"),
        ),
        id="confirmed-by-two/a-repost-and-a-single-original",
    ),
    pytest.param(
        sources_of_meeting(seed("本报讯", confidence=CONFIRMED), confirmed(URL, "example.org")),
        id="confirmed-by-two/unnamed-newspaper-and-a-named-outlet",
    ),
    pytest.param(
        sources_of_meeting(make_source(), make_source(url="https://c.example/1")),
        id="confirmed-by-two/single-needs-no-second-outlet",
    ),
]


def test_the_factories_make_a_clean_dataset() -> None:
    assert validate(make_dataset()) == ()


@pytest.mark.parametrize(("dataset", "expected"), BROKEN)
def test_each_check_reports_exactly_its_problem(
    dataset: Dataset, expected: tuple[Problem, ...]
) -> None:
    assert validate(dataset) == expected


@pytest.mark.parametrize("dataset", CLEAN)
def test_near_misses_are_clean(dataset: Dataset) -> None:
    assert validate(dataset) == ()


def test_every_rule_has_broken_and_clean_cases() -> None:
    def rules(table: list[Any]) -> set[str]:
        return {p.id.split("/")[0] for p in table}

    assert list(RULES) == [
        "unique-ids",
        "references",
        "aliases",
        "kind-fields",
        "attendee-held-post",
        "start-before-end",
        "no-overlap",
        "no-placeholder-dates",
        "sourced",
        "seed-quotes",
        "graded",
        "confirmed-by-two",
    ]
    assert rules(BROKEN) == set(RULES)
    assert rules(CLEAN) == set(RULES)


def test_problems_come_rule_by_rule() -> None:
    broken = make_dataset(
        meetings=(make_meeting(year=None, sources=(), end=P("2004-06-04")),),
        errata=(make_erratum(evidence=()),),
    )
    assert validate(broken) == (
        problem("kind-fields", M, "a symposium needs its year label"),
        problem("start-before-end", M, "ends 2004-06-04 before 2004-06-05"),
        problem("sourced", M, "meeting without a source"),
        problem("sourced", ER, "erratum without evidence"),
    )


def test_problem_str() -> None:
    assert str(problem("sourced", ER, "erratum without evidence")) == (
        "[sourced] erratum-test: erratum without evidence"
    )


@pytest.mark.parametrize("bad", [[], None, "symposium-2004"], ids=["list", "none", "str"])
def test_validate_takes_a_dataset(bad: object) -> None:
    with pytest.raises(
        TypeError, match=f"validate\\(\\) takes a Dataset, got {type(bad).__name__}"
    ):
        validate(bad)  # type: ignore[arg-type]
