"""`strategies`: every record the hypothesis strategies draw is valid, and registered types
resolve through `st.from_type`."""

from __future__ import annotations

import datetime
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from yrd_meetings import Dataset, Meeting, PartialDate, Tenure
from yrd_meetings.strategies import chinese_text, datasets, meetings, partial_dates, tenures


@given(chinese_text(min_size=2, max_size=5))
def test_chinese_text_is_common_ideographs(text: str) -> None:
    assert re.fullmatch("[\u4e00-\u9fa5]{2,5}", text)


@given(partial_dates(datetime.date(2005, 3, 1), datetime.date(2005, 3, 31)))
def test_partial_dates_stay_in_their_range(date: PartialDate) -> None:
    assert date.year == 2005
    assert date.month in (None, 3)
    assert date.earliest() <= datetime.date(2005, 3, 31)
    assert date.latest() >= datetime.date(2005, 3, 1)


@given(tenures())
def test_a_tenure_ends_after_it_starts(tenure: Tenure) -> None:
    if tenure.end is not None:  # at the end's precision: 2013 may end a tenure of 2013-01
        assert tenure.end.latest() > tenure.start.latest()


@given(meetings())
def test_meetings_have_the_fields_of_their_kind(meeting: Meeting) -> None:
    assert meeting.sources
    if meeting.kind.value == "forum":
        assert meeting.edition is not None and meeting.edition >= 1
    if meeting.kind.value == "symposium":
        assert meeting.year is not None


@settings(max_examples=25, deadline=None)
@given(datasets())
def test_every_reference_of_a_dataset_resolves(dataset: Dataset) -> None:
    officials = {o.id for o in dataset.officials}
    meetings_ = {m.id for m in dataset.meetings}
    records = officials | meetings_ | {a.id for a in dataset.agreements}
    assert 1 <= len(officials) <= 4
    for m in dataset.meetings:
        assert {a.official for a in m.attendances} <= officials
    assert {m.part_of for m in dataset.meetings} - {None} <= meetings_
    assert {a.meeting for a in dataset.agreements} <= meetings_
    assert {e.record for e in dataset.errata} <= records


@given(st.from_type(Meeting), st.from_type(PartialDate))
def test_the_record_types_are_registered(meeting: Meeting, date: PartialDate) -> None:
    assert isinstance(meeting, Meeting)
    assert isinstance(date, PartialDate)
