"""The collector: quotes, text spans, and when an agreeing article confirms the data."""

from __future__ import annotations

import pytest

from propose.articles import HELD
from yrd_meetings import load
from yrd_meetings.parsing.report import Evidence, Report
from yrd_meetings.propose import propose
from yrd_meetings.propose.collect import Collector, text_span
from yrd_meetings.propose.model import Citation
from yrd_meetings.records import MeetingKind, OutletKind

STATE = OutletKind.STATE_MEDIA
UNSTATED = Evidence(field="city", start=None, end=None, via="hint")


@pytest.mark.parametrize(
    ("outlet", "via", "confirms"),
    [
        ("state_media", None, True),
        ("blog", None, False),  # never counts
        ("encyclopedia", None, False),
        ("repost", None, False),  # a repost naming no original
        ("repost", "新华社", True),
    ],
)
def test_confirmation_follows_validation_independent_origin(
    outlet: str, via: str | None, confirms: bool
) -> None:
    p = propose(HELD, url="https://example.org/y", publisher="某网", outlet=outlet, via=via)
    assert {c.confirms for c in p.changes} == {confirms}


def _report(*evidence: Evidence) -> Report:
    return Report(kind=MeetingKind.SYMPOSIUM, evidence=evidence)


@pytest.mark.parametrize(
    ("evidence", "span"),
    [
        ((Evidence(field="city", start=25, end=27),), (25, 27)),
        ((Evidence(field="city", start=3, end=5), Evidence(field="city", start=9, end=11)), (3, 5)),
        ((Evidence(field="city", start=None, end=None),), None),
        ((Evidence(field="city", start=25, end=27, via="dataset"),), None),
        ((Evidence(field="city", start=25, end=27), UNSTATED), None),
        ((Evidence(field="year", start=6, end=10, via="label"),), None),
        ((), None),
    ],
)  # fmt: skip
def test_text_span_is_the_first_span_the_text_itself_states(
    evidence: tuple[Evidence, ...], span: tuple[int, int] | None
) -> None:
    assert text_span(_report(*evidence), "city") == span


def test_the_year_label_is_a_span_of_the_text() -> None:
    report = _report(Evidence(field="year", start=6, end=10, via="label"))
    assert text_span(report, "year") == (6, 10)


def test_quote_is_the_sentence_around_a_span() -> None:
    c = Collector("前言。" + HELD + "后记。", load(), Citation())
    assert c.quote(28, 30) == (HELD, 3)


def test_an_uncited_article_confirms_nothing() -> None:
    m = load().meeting(2022)
    unknown_outlet = Collector(HELD, load(), Citation(url="u", publisher="某报"))
    assert unknown_outlet.confirms(m.sources, HELD) is False
    state_media = Collector(HELD, load(), Citation(url="u", publisher="某网", outlet=STATE))
    assert state_media.confirms(m.sources, HELD) is True
    assert state_media.confirms((), HELD) is False  # nothing to confirm


def test_change_and_conflict_carry_the_quote_and_span() -> None:
    c = Collector("前言。" + HELD, load(), Citation())
    c.change("new", "symposium-2022", "city", "上海", (28, 30))
    c.conflict("symposium-2022", "start", "2022-08-16", (), "2022-08-18", (3, 8))
    c.notes += ["n", "n"]
    p = c.proposal()
    ((change,), (conflict,), notes) = (p.changes, p.conflicts, p.notes)
    assert (change.text, change.quote, change.start, change.end, change.confirms) == (
        "上海",
        HELD,
        28,
        30,
        False,
    )
    assert (conflict.data, conflict.says, conflict.quote, conflict.start) == (
        "2022-08-16",
        "2022-08-18",
        HELD,
        3,
    )
    assert notes == ("n",)
