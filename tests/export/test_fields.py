"""Column descriptions: a missing one is named with where to add it."""

from __future__ import annotations

import pytest

from yrd_meetings import records
from yrd_meetings.export.fields import describe, precision_description


@pytest.mark.parametrize(
    ("cls", "field", "text"),
    [
        (records.Meeting, "city", "the host city in Chinese, without 市"),
        (records.Source, "via", "the original outlet a repost names"),
    ],
)
def test_describe(cls: type, field: str, text: str) -> None:
    """The description of Class.field."""
    assert describe(cls, field) == text


def test_a_field_without_a_description_is_named() -> None:
    """The exact message."""
    with pytest.raises(KeyError) as info:
        describe(records.Meeting, "mood")
    assert info.value.args[0] == "no description for Meeting.mood: add one to export/fields.py"


def test_precision_description() -> None:
    """Names the date column twice."""
    assert precision_description("birth") == (
        "precision of birth: year, month or day (empty when birth is)"
    )
