"""Each validation rule: clean on the shipped data, and caught on a broken copy of it."""

from __future__ import annotations

import attrs
import pytest

from yrd_meetings import (
    Agreement,
    Attendance,
    Confidence,
    Dataset,
    Meeting,
    Official,
    PartialDate,
    Post,
    Province,
    Source,
    load,
    validate,
)
from yrd_meetings.records import OutletKind
from yrd_meetings.validation import RULES


def rules_broken(ds: Dataset) -> set[str]:
    return {p.rule for p in validate(ds)}


def replace_meeting(ds: Dataset, meeting_id: str, **changes: object) -> Dataset:
    meetings = [attrs.evolve(m, **changes) if m.id == meeting_id else m for m in ds.meetings]
    return attrs.evolve(ds, meetings=meetings)


def replace_official(ds: Dataset, official_id: str, **changes: object) -> Dataset:
    officials = [attrs.evolve(o, **changes) if o.id == official_id else o for o in ds.officials]
    return attrs.evolve(ds, officials=officials)


def test_shipped_data_is_clean() -> None:
    problems = validate(load())
    assert problems == (), "\n".join(map(str, problems))


def test_validate_rejects_non_dataset() -> None:
    with pytest.raises(TypeError, match="list"):
        validate([])  # type: ignore[arg-type]


def test_duplicate_id() -> None:
    ds = load()
    twin = attrs.evolve(ds.officials[1], id=ds.officials[0].id)
    broken = attrs.evolve(ds, officials=(*ds.officials, twin))
    assert "unique-ids" in rules_broken(broken)


def test_second_symposium_for_a_year() -> None:
    ds = load()
    extra = attrs.evolve(ds.meeting(2025), id="symposium-2025-bis")
    assert "unique-ids" in rules_broken(attrs.evolve(ds, meetings=(*ds.meetings, extra)))


def test_dangling_references() -> None:
    ds = load()
    m = ds.meeting(2025)
    ghost = attrs.evolve(m.attendances[0], official="nobody-here")
    broken = replace_meeting(ds, m.id, attendances=(*m.attendances, ghost))
    assert "references" in rules_broken(broken)
    orphan = attrs.evolve(ds.agreements[0], meeting="symposium-1900")
    assert "references" in rules_broken(attrs.evolve(ds, agreements=(*ds.agreements, orphan)))
    assert "references" in rules_broken(replace_meeting(ds, "forum-7", part_of="symposium-1999"))


def test_forum_needs_edition_and_post_needs_province() -> None:
    ds = load()
    assert "kind-fields" in rules_broken(replace_meeting(ds, "forum-7", edition=None))
    m = ds.meeting(2025)
    half = attrs.evolve(m.attendances[0], province=None)
    assert "kind-fields" in rules_broken(
        replace_meeting(ds, m.id, attendances=(half, *m.attendances[1:]))
    )


def test_attendee_who_did_not_hold_the_post() -> None:
    ds = load()
    m = ds.meeting(2025)
    wrong = Attendance(
        official="li-qiang",
        post=Post.PARTY_SECRETARY,
        province=Province.SHANGHAI,
        sources=m.attendances[0].sources,
    )
    broken = replace_meeting(ds, m.id, attendances=(*m.attendances, wrong))
    assert "attendee-held-post" in rules_broken(broken)
    problems = validate(broken)
    assert [p.rule for p in problems] == ["attendee-held-post"]
    assert "李强" in problems[0].message and "2025-06-06" in problems[0].message


def test_overlapping_tenures() -> None:
    ds = load()
    gong = ds.official("gong-zheng")
    early = attrs.evolve(gong.tenures[0], start=PartialDate.parse("2019-01-01"))
    assert "no-overlap" in rules_broken(replace_official(ds, gong.id, tenures=(early,)))


def test_tenure_ending_before_it_starts() -> None:
    ds = load()
    o = ds.official("li-qiang")
    t = o.tenures[0]
    backwards = attrs.evolve(t, end=PartialDate(year=t.start.year - 1))
    assert "start-before-end" in rules_broken(
        replace_official(ds, o.id, tenures=(backwards, *o.tenures[1:]))
    )


def test_meeting_ending_before_it_starts() -> None:
    ds = load()
    broken = replace_meeting(ds, "symposium-2025", end=PartialDate.parse("2025-06-01"))
    assert "start-before-end" in rules_broken(broken)


def test_placeholder_and_future_dates() -> None:
    ds = load()
    assert "no-placeholder-dates" in rules_broken(
        replace_meeting(ds, "symposium-2025", start=PartialDate.parse("2025-01-01"), end=None)
    )
    assert "no-placeholder-dates" in rules_broken(
        replace_meeting(ds, "symposium-2025", start=PartialDate.parse("2999-06-06"), end=None)
    )


def test_unsourced_records() -> None:
    ds = load()
    assert "sourced" in rules_broken(replace_meeting(ds, "forum-7", sources=()))
    bare = Official(id="zz-nobody", name="无名", pinyin="Wu Ming")
    assert "sourced" in rules_broken(attrs.evolve(ds, officials=(*ds.officials, bare)))
    agreement = Agreement(id="forum-7-signed-99", title="某协议", kind="signed", meeting="forum-7")  # type: ignore[arg-type]
    assert "sourced" in rules_broken(attrs.evolve(ds, agreements=(*ds.agreements, agreement)))


def test_seed_quote_not_in_seed() -> None:
    ds = load()
    m: Meeting = ds.forum(7)
    fake = Source(seed="000_5101c8e2da40accb.txt", quote="第九届长三角一体化发展高层论坛")
    assert "seed-quotes" in rules_broken(replace_meeting(ds, m.id, sources=(fake,)))
    missing = Source(seed="999_missing.txt", quote="南京")
    assert "seed-quotes" in rules_broken(replace_meeting(ds, m.id, sources=(missing,)))


def test_erratum_says_must_be_in_its_quote() -> None:
    ds = load()
    e = ds.errata[0]
    broken = attrs.evolve(ds, errata=(attrs.evolve(e, says="并不存在的说法"), *ds.errata[1:]))
    assert "seed-quotes" in rules_broken(broken)


def test_source_without_outlet_kind() -> None:
    ds = load()
    m = ds.forum(7)
    bare = attrs.evolve(m.sources[0], outlet=None)
    assert "graded" in rules_broken(replace_meeting(ds, m.id, sources=(bare, *m.sources[1:])))
    nameless = Source(url="https://example.org/x", outlet=OutletKind.STATE_MEDIA)
    assert "graded" in rules_broken(replace_meeting(ds, m.id, sources=(*m.sources, nameless)))


def confirmed(url: str, **fields: object) -> Source:
    return Source(url=url, confidence=Confidence.CONFIRMED, **fields)  # type: ignore[arg-type]


def test_confirmed_needs_two_independent_originals() -> None:
    ds = load()
    m = ds.meeting(2010)
    wire = "中新社"
    two_reposts = (
        confirmed("https://a.example/1", publisher="a.example", outlet=OutletKind.REPOST, via=wire),
        confirmed("https://b.example/2", publisher="b.example", outlet=OutletKind.REPOST, via=wire),
    )
    assert "confirmed-by-two" in rules_broken(replace_meeting(ds, m.id, sources=two_reposts))
    wiki_and_news = (
        confirmed("https://w.example/1", publisher="维基百科", outlet=OutletKind.ENCYCLOPEDIA),
        confirmed("https://n.example/2", publisher="新华社", outlet=OutletKind.STATE_MEDIA),
    )
    assert "confirmed-by-two" in rules_broken(replace_meeting(ds, m.id, sources=wiki_and_news))
    unnamed_reposts = (
        confirmed("https://a.example/1", publisher="a.example", outlet=OutletKind.REPOST),
        confirmed("https://n.example/2", publisher="新华社", outlet=OutletKind.STATE_MEDIA),
    )
    assert "confirmed-by-two" in rules_broken(replace_meeting(ds, m.id, sources=unnamed_reposts))
    independent = (
        confirmed("https://a.example/1", publisher="a.example", outlet=OutletKind.REPOST, via=wire),
        confirmed("https://n.example/2", publisher="新华社", outlet=OutletKind.STATE_MEDIA),
    )
    assert "confirmed-by-two" not in rules_broken(replace_meeting(ds, m.id, sources=independent))


def test_independent_origin() -> None:
    from yrd_meetings.validation import independent_origin

    assert independent_origin(Source(url="u", publisher="x", outlet=OutletKind.REPOST)) is None
    assert (
        independent_origin(Source(url="u", publisher="x", via="新华社", outlet=OutletKind.REPOST))
        == "新华社"
    )
    assert (
        independent_origin(Source(url="u", publisher="人民网", outlet=OutletKind.STATE_MEDIA))
        == "人民网"
    )
    assert independent_origin(Source(url="u", publisher="x", outlet=OutletKind.DATASET)) is None
    seed = Source(seed="000_5101c8e2da40accb.txt", quote="南京", outlet=OutletKind.NEWSPAPER)
    assert independent_origin(seed) == "unnamed newspaper"


def test_every_rule_is_exercised_by_a_test_here() -> None:
    from pathlib import Path

    source = Path(__file__).read_text(encoding="utf-8")
    for rule in RULES:
        assert f'"{rule}" in rules_broken' in source, rule
