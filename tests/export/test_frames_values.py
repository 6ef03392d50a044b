"""The linked tables as DataFrames, by value for the tiny dataset: each dtype holds
the values, not just the right type."""

from __future__ import annotations

import datetime

import pandas as pd
from tiny_dataset import tiny

from yrd_meetings.export.frames import to_frames


def test_meetings_frame_values_and_dtypes() -> None:
    """Enums as unordered categories, counts Int64, dates typed only to the day."""
    meetings = to_frames(tiny())["meetings"]
    row = meetings.iloc[0]
    assert (row["id"], row["kind"], row["name"], row["edition"]) == ("forum-7", "forum", "论坛", 7)
    assert (row["start_iso"], row["start_precision"]) == ("2025-06", "month")
    assert pd.isna(row["start"])
    assert pd.isna(row["year"])
    assert pd.isna(row["province"])
    dtypes = {name: str(dtype) for name, dtype in meetings.dtypes.items()}
    assert [dtypes[k] for k in ("id", "kind", "year", "start", "start_iso", "end_iso")] == [
        "string",
        "category",
        "Int64",
        "datetime64[ns]",
        "string",
        "string",
    ]
    assert meetings["kind"].cat.ordered is False
    assert list(meetings["kind"].cat.categories) == ["symposium", "forum", "other"]


def test_tenures_frame_values() -> None:
    """Booleans, positions and a day-precision date as a timestamp."""
    tenures = to_frames(tiny())["tenures"]
    assert tenures["acting"].tolist() == [False, False]
    assert str(tenures["acting"].dtype) == "boolean"
    assert tenures["position"].tolist() == [1, 2]
    assert tenures["post"].tolist() == ["governor", "party_secretary"]
    assert tenures["end"].iloc[0] == pd.Timestamp(datetime.date(2021, 3, 4))
    assert pd.isna(tenures["end"].iloc[1])
    assert tenures["start_iso"].tolist() == ["2020", "2021-03"]
    assert tenures["start"].isna().tolist() == [True, True]


def test_sources_and_citations_frames() -> None:
    """Every table by name; the source kinds as categories of seed and url."""
    frames = to_frames(tiny())
    assert list(frames) == [
        "meetings",
        "meeting_visits",
        "officials",
        "tenures",
        "attendances",
        "agreements",
        "agreement_parties",
        "errata",
        "sources",
        "citations",
    ]
    assert frames["sources"]["kind"].tolist() == ["seed", "url"]
    items = frames["citations"]["item"]
    assert items.isna().tolist() == [True, False, True, False, True, True, True]
    assert items.dropna().tolist() == [1, 1]
