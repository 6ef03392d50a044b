"""`LeadReader`: the date and venue of a held mention, read from its sentence."""

from __future__ import annotations

import pytest
from export_helpers import sample_dataset

from yrd_meetings.parsing.cues.dates import DateCue, find_dates
from yrd_meetings.parsing.cues.meetings import MeetingCue, find_meetings
from yrd_meetings.parsing.lead import LeadReader
from yrd_meetings.parsing.names import names_of
from yrd_meetings.parsing.places import Place
from yrd_meetings.parsing.segment import segment
from yrd_meetings.records import Province
from yrd_meetings.text.normalize import normalize

NAMES = names_of(sample_dataset())
SYMPOSIUM = "2023年度长三角地区主要领导座谈会"  # 18 characters
AH, JS, ZJ = Province.ANHUI, Province.JIANGSU, Province.ZHEJIANG
D = DateCue


def _read(text: str) -> tuple[LeadReader, MeetingCue, int, int]:
    """The reader of `text` (already clean), its one typed mention and that mention's sentence."""
    seg = segment(normalize(text))
    assert seg.text == text
    (cue,) = find_meetings(text, ()).typed
    (sentence,) = [s for s in seg.sentences if s.start <= cue.start < s.end]
    return LeadReader(seg, find_dates(text), NAMES), cue, sentence.start, sentence.end


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (SYMPOSIUM + "6月5日至6日在合肥举行。", D(start=18, end=25, month=6, day=5, end_day=6)),
        ("6月5日," + SYMPOSIUM + "在合肥举行。", D(start=0, end=4, month=6, day=5)),
        ("6月4日报道,6月5日," + SYMPOSIUM + "在合肥举行。", D(start=7, end=11, month=6, day=5)),
        (SYMPOSIUM + "在合肥举行,6月6日闭幕。", None),  # past the twelve characters after it
        (SYMPOSIUM + "6日举行。", D(start=18, end=20, day=6)),
        ("昨天," + SYMPOSIUM + "在合肥举行。", D(start=0, end=2, relative=-1)),
        ("昨天,记者从有关方面获悉,经过长时间的精心筹备," + SYMPOSIUM + "举行。", None),
        ("20年后的今天," + SYMPOSIUM + "举行。", None),  # not a day: a figure of speech
        (SYMPOSIUM + "举行。", None),
    ],
)  # fmt: skip
def test_the_date_of_a_held_mention(text: str, date: DateCue | None) -> None:
    reader, cue, a, b = _read(text)
    assert reader.date(cue, a, b) == date


def test_a_dateline_is_never_the_date() -> None:
    text = "新华社合肥6月6日电 " + SYMPOSIUM + "在合肥举行。"
    seg = segment(normalize(text))
    (cue,) = find_meetings(seg.text, ()).typed
    reader = LeadReader(seg, find_dates(seg.text), NAMES)
    assert [(d.month, d.day) for d in reader.dates] == [(6, 6)]  # the dateline's own cue
    assert reader.date(cue, 0, len(seg.text)) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (SYMPOSIUM + "在安徽省合肥市举行。", (Place(city="合肥", province=AH, start=3, end=6), 19)),
        (SYMPOSIUM + "在合肥举行。", (Place(city="合肥", province=AH, start=0, end=2), 19)),
        (SYMPOSIUM + "在浙江召开。", (Place(city=None, province=ZJ, start=0, end=2), 19)),
        ("三省一市主要领导齐聚古都南京," + SYMPOSIUM + "召开。",
         (Place(city="南京", province=JS, start=0, end=2), 12)),
        (SYMPOSIUM + "召开,地点在嘉兴。", None),
        (SYMPOSIUM + "举行。", None),
    ],
)  # fmt: skip
def test_the_venue_of_a_held_mention(text: str, venue: tuple[Place, int] | None) -> None:
    reader, cue, a, b = _read(text)
    assert reader.venue(cue, a, b) == venue


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("合作协议在安徽合肥签约。", (Place(city="合肥", province=AH, start=2, end=4), 5)),
        ("甲中心在杭州揭牌。", (Place(city="杭州", province=ZJ, start=0, end=2), 4)),
        ("会议在浙江召开。", None),
        ("会议在北京举行。", None),
        ("会议举行。", None),
    ],
)  # fmt: skip
def test_place_in_a_later_sentence(text: str, place: tuple[Place, int] | None) -> None:
    seg = segment(normalize(text))
    reader = LeadReader(seg, find_dates(seg.text), NAMES)
    assert reader.place_in(0, len(seg.text)) == place
