"""pandas frames: one row a record, proper dtypes, a clear error without pandas."""

from __future__ import annotations

import sys

import pytest
from export_helpers import get_dataset, sample_dataset

from yrd_meetings.export.tables import TABLES

pd = pytest.importorskip("pandas")


@pytest.mark.parametrize("which", ["sample", "packaged"])
def test_one_row_a_record(which: str) -> None:
    ds = get_dataset(which)
    frames = ds.to_frames()
    assert list(frames) == [t.name for t in TABLES]
    assert len(frames["meetings"]) == len(ds.meetings)
    assert list(frames["meetings"]["id"]) == [m.id for m in ds.meetings]
    assert len(frames["officials"]) == len(ds.officials)
    assert len(frames["attendances"]) == sum(len(m.attendances) for m in ds.meetings)
    assert len(frames["tenures"]) == sum(len(o.tenures) for o in ds.officials)
    assert len(frames["agreements"]) == len(ds.agreements)
    assert len(frames["sources"]) == len(ds.sources)


def test_dtypes() -> None:
    m = sample_dataset().to_frames()["meetings"]
    assert isinstance(m["kind"].dtype, pd.CategoricalDtype)
    assert list(m["kind"].cat.categories) == ["symposium", "forum", "other"]
    assert isinstance(m["province"].dtype, pd.CategoricalDtype)
    assert str(m["year"].dtype) == "Int64"
    assert str(m["start"].dtype) == "datetime64[ns]"
    assert str(m["name"].dtype) == "string"
    t = sample_dataset().to_frames()["tenures"]
    assert str(t["acting"].dtype) == "boolean"
    assert str(t["end"].dtype) == "datetime64[ns]"


def test_partial_dates_are_not_invented() -> None:
    m = sample_dataset().to_frames()["meetings"].set_index("id")
    assert m.loc["symposium-2025", "start"] == pd.Timestamp("2025-06-06")
    assert pd.isna(m.loc["symposium-2009", "start"])  # known to the month only
    assert m.loc["symposium-2009", "start_iso"] == "2009-11"
    assert pd.isna(m.loc["forum-7", "end"]) and pd.isna(m.loc["forum-7", "end_iso"])


def test_packaged_symposium_2025() -> None:
    from export_helpers import packaged

    frames = packaged().to_frames()
    m = frames["meetings"].set_index("id")
    row = m.loc["symposium-2025"]
    assert row["city"] == "南京"
    assert row["start"] == pd.Timestamp("2025-06-06")
    a = frames["attendances"]
    assert (a["meeting"] == "symposium-2025").sum() >= 8


def test_empty_dataset_gives_empty_typed_frames() -> None:
    from yrd_meetings import Dataset

    ds = sample_dataset()
    empty = Dataset(meta=ds.meta, meetings=(), officials=(), agreements=(), errata=())
    frames = empty.to_frames()
    assert all(len(f) == 0 for f in frames.values())
    assert list(frames["meetings"].columns) == list(
        sample_dataset().to_frames()["meetings"].columns
    )


def test_clear_error_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"yrd-meetings\[pandas\]"):
        sample_dataset().to_frames()
