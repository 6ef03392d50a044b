"""Stage 4: an event's year and dates resolved in order of precedence, and its `Report`
with evidence spans mapped back to the original text."""

from __future__ import annotations

import datetime

import pytest
from export_helpers import sample_dataset

from yrd_meetings import PartialDate
from yrd_meetings.parsing.build import Context, report
from yrd_meetings.parsing.cues.dates import DateCue
from yrd_meetings.parsing.events import Event, Person, Slot
from yrd_meetings.parsing.report import Attendee, Evidence
from yrd_meetings.parsing.segment import Article, Dateline, Stamp
from yrd_meetings.records import MeetingKind, Post, Province, Role
from yrd_meetings.text.normalize import normalize

DATA = sample_dataset()  # forum-7 (edition 7) started 2025-06-07
SYM, FORUM = MeetingKind.SYMPOSIUM, MeetingKind.FORUM
LABEL = Slot(2023, (0, 4), "label")
PLAIN = Article(start=0, end=200, dateline=None, stamp=None)
JUNE_6 = Article(start=0, end=200, stamp=None,
                 dateline=Dateline(place="合肥", month=6, day=6, start=0, end=10))  # fmt: skip
D = datetime.date


def C(**parts: int) -> DateCue:
    """A date cue whose span does not matter."""
    return DateCue(start=40, end=44, **parts)


def _stamped(year: int, month: int, day: int) -> Article:
    stamp = Stamp(year=year, month=month, day=day, start=150, end=160)
    return Article(start=0, end=200, dateline=None, stamp=stamp)


def _event(kind: MeetingKind = SYM, **fields: object) -> Event:
    return Event(kind=kind, span=(20, 38), article=0, **fields)  # type: ignore[arg-type]


def _context(*events: Event, article: Article = PLAIN, hint: int | None = None) -> Context:
    return Context(events, [article], hint, DATA, normalize("字" * 200))


@pytest.mark.parametrize(
    ("event", "article", "hint", "year"),
    [
        (_event(label=LABEL, date=DateCue(start=40, end=49, year=2024, month=6, day=5)),
         PLAIN, None, LABEL),
        (_event(date=DateCue(start=40, end=49, year=2024, month=6, day=5)),
         PLAIN, None, Slot(2024, (40, 49), "date")),
        (_event(FORUM, date=DateCue(start=40, end=49, year=2024, month=6, day=5),
                year_written=Slot(2021, (10, 14))),
         PLAIN, None, Slot(2024, (40, 49), "date")),
        (_event(FORUM, year_written=Slot(2021, (10, 14))), PLAIN, 2019, Slot(2021, (10, 14))),
        (_event(date=DateCue(start=40, end=44, month=12, day=30)),
         _stamped(2024, 1, 5), None, Slot(2023, (150, 154), "timestamp")),
        (_event(date=DateCue(start=40, end=44, month=6, day=5)),
         _stamped(2024, 6, 9), None, Slot(2024, (150, 154), "timestamp")),
        # a day-only date past the filing day of a January paper: December before
        (_event(date=DateCue(start=40, end=43, day=31)),
         _stamped(2024, 1, 2), None, Slot(2023, (150, 154), "timestamp")),
        (_event(date=DateCue(start=40, end=42, day=3)),
         _stamped(2024, 1, 2), None, Slot(2024, (150, 154), "timestamp")),
        (_event(date=DateCue(start=40, end=43, day=28)),
         _stamped(2024, 3, 2), None, Slot(2024, (150, 154), "timestamp")),
        (_event(), _stamped(2024, 1, 5), 2019, Slot(2019, None, "hint")),  # 日前 in January
        (_event(), _stamped(2024, 3, 5), 2019, Slot(2024, (150, 154), "timestamp")),
        (_event(FORUM, edition=Slot(7, (21, 22))), PLAIN, None, Slot(2025, None, "dataset")),
        (_event(FORUM, edition=Slot(9, (21, 22))), PLAIN, None, None),
        (_event(), PLAIN, None, None),
    ],
)  # fmt: skip
def test_the_year_of_one_event(
    event: Event, article: Article, hint: int | None, year: Slot[int] | None
) -> None:
    assert _context(event, article=article, hint=hint).year(event) == year


def test_a_forum_takes_the_one_symposium_label_and_a_later_event_the_year_before() -> None:
    symposium, forum, other = _event(label=LABEL), _event(FORUM), _event(MeetingKind.OTHER)
    ctx = _context(symposium, forum, other)
    assert ctx.year(forum) == Slot(2023, (0, 4), "context")
    assert ctx.year(other) == Slot(2023, (0, 4), "context")
    two = _event(label=Slot(2024, (50, 54), "label"))
    assert _context(symposium, two, forum).year(forum) == Slot(2024, (50, 54), "context")


@pytest.mark.parametrize(
    ("cue", "article", "dates"),
    [
        (C(month=6, day=5, end_day=6), PLAIN, (D(2023, 6, 5), D(2023, 6, 6), "text")),
        (C(month=6, day=5), PLAIN, (D(2023, 6, 5), D(2023, 6, 5), "text")),
        (C(day=7), JUNE_6, (D(2023, 6, 7), D(2023, 6, 7), "dateline")),
        (C(day=30), JUNE_6, (D(2023, 5, 30), D(2023, 5, 30), "dateline")),
        (C(day=7), _stamped(2023, 6, 9), (D(2023, 6, 7), D(2023, 6, 7), "timestamp")),
        (C(day=7), PLAIN, None),
        (C(relative=-1), JUNE_6, (D(2023, 6, 5), D(2023, 6, 5), "dateline")),
        (C(relative=0), _stamped(2023, 6, 9), (D(2023, 6, 9), D(2023, 6, 9), "timestamp")),
        (C(relative=-1), PLAIN, None),
        (C(month=6, day=5, end_month=6, end_day=3), PLAIN, (D(2023, 6, 5), None, "text")),
        (C(year=2025, month=12, day=31, end_month=1, end_day=1), PLAIN,
         (D(2025, 12, 31), D(2026, 1, 1), "text")),
        (C(month=2, day=30), PLAIN, None),
        (C(day=28), _stamped(2023, 3, 2), (D(2023, 2, 28), D(2023, 2, 28), "timestamp")),
    ],
)  # fmt: skip
def test_the_dates_of_a_2023_symposium(
    cue: DateCue, article: Article, dates: tuple[D, D | None, str] | None
) -> None:
    event = _event(label=LABEL, date=cue)
    assert _context(event, article=article).dates(event) == dates


def test_next_day_counts_from_the_nearest_dated_event() -> None:
    first = _event(label=LABEL, date=DateCue(start=40, end=44, month=6, day=5))
    after = _event(label=LABEL, date=DateCue(start=60, end=62, after_event=1))
    before = _event(label=LABEL, date=DateCue(start=10, end=14, after_event=-1))
    ctx = _context(before, first, after)
    assert ctx.dates(after) == (D(2023, 6, 6), D(2023, 6, 6), "context")
    assert ctx.dates(before) == (D(2023, 6, 4), D(2023, 6, 4), "context")
    alone = _event(label=LABEL, date=DateCue(start=60, end=62, after_event=1))
    assert _context(alone).dates(alone) is None


def _forum_7() -> Event:
    e = _event(FORUM, edition=Slot(7, (21, 22)), date=DateCue(start=40, end=44, month=6, day=7))
    e.place = Slot(("南京", Province.JIANGSU), (50, 52))
    e.theme = Slot("协同创新", (60, 64))
    e.next_host = Slot(Province.SHANGHAI, (70, 72))
    for name, post, province, span in [
        ("信长星", Post.PARTY_SECRETARY, Province.JIANGSU, (100, 109)),
        ("范恒山", None, None, (90, 99)),
        ("龚正", Post.GOVERNOR, Province.SHANGHAI, (120, 124)),
        ("陈吉宁", Post.PARTY_SECRETARY, Province.SHANGHAI, (110, 119)),
    ]:
        e.add_person(Person(name=name, post=post, province=province, title=None, span=span))
    e.people["陈吉宁"].give(Role.SPOKE, (130, 132))
    e.add_item("agreements", "甲合作协议", (140, 145))
    e.add_item("visits", "紫金山实验室", (170, 176))
    return e


def test_report_of_an_event() -> None:
    event = _forum_7()
    r = report(event, _context(event))
    assert (r.kind, r.year, r.edition, r.start, r.end) == (
        FORUM, 2025, 7, PartialDate.parse("2025-06-07"), PartialDate.parse("2025-06-07"),
    )  # fmt: skip
    assert (r.city, r.province, r.theme, r.next_host) == (
        "南京", Province.JIANGSU, "协同创新", Province.SHANGHAI,
    )  # fmt: skip
    assert r.attendees == (
        Attendee(name="陈吉宁", post=Post.PARTY_SECRETARY, province=Province.SHANGHAI,
                 role=Role.SPOKE),
        Attendee(name="龚正", post=Post.GOVERNOR, province=Province.SHANGHAI),
        Attendee(name="信长星", post=Post.PARTY_SECRETARY, province=Province.JIANGSU),
        Attendee(name="范恒山"),
    )  # fmt: skip
    assert (r.agreements, r.visits, r.documents) == (("甲合作协议",), ("紫金山实验室",), ())


def test_report_evidence_in_field_order() -> None:
    event = _forum_7()
    evidence = report(event, _context(event)).evidence
    assert [(e.field, e.start, e.end, e.via) for e in evidence] == [
        ("kind", 20, 38, "text"),
        ("year", None, None, "dataset"),
        ("edition", 21, 22, "text"),
        ("start", 40, 44, "text"),
        ("end", 40, 44, "text"),
        ("city", 50, 52, "text"),
        ("province", 50, 52, "text"),
        ("theme", 60, 64, "text"),
        ("attendees[0]", 110, 119, "text"),
        ("attendees[0].role", 130, 132, "text"),
        ("attendees[1]", 120, 124, "text"),
        ("attendees[2]", 100, 109, "text"),
        ("attendees[3]", 90, 99, "text"),
        ("agreements[0]", 140, 145, "text"),
        ("visits[0]", 170, 176, "text"),
        ("next_host", 70, 72, "text"),
    ]


def test_evidence_spans_are_in_the_original_text() -> None:
    original = "第七届 长三角一体化发展高层论坛\n在南京举行"
    norm = normalize(original)  # the space and the line break are removed
    event = Event(kind=FORUM, span=(0, 15), article=0, edition=Slot(7, (1, 2)))
    event.place = Slot(("南京", Province.JIANGSU), (16, 18))
    ctx = Context([event], [PLAIN], None, DATA, norm)
    assert report(event, ctx).evidence == (
        Evidence(field="kind", start=0, end=16),
        Evidence(field="year", start=None, end=None, via="dataset"),
        Evidence(field="edition", start=1, end=2),
        Evidence(field="city", start=18, end=20),
        Evidence(field="province", start=18, end=20),
    )
