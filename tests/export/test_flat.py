"""Flat tables: one readable table each, the same in CSV (`export --flat`) and pandas."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from yrd_meetings import load
from yrd_meetings.cli import main
from yrd_meetings.export.flat import FLAT, columns, flat_rows

pd = pytest.importorskip("pandas")


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("meetings", lambda ds: len(ds.meetings)),
        ("attendances", lambda ds: sum(len(m.attendances) for m in ds.meetings)),
        ("tenures", lambda ds: sum(len(o.tenures) for o in ds.officials)),
        ("agreements", lambda ds: len(ds.agreements)),
    ],
)
def test_one_row_a_record(name: str, count: object) -> None:
    ds = load()
    frame = ds.to_frame(name)
    assert len(frame) == count(ds)  # type: ignore[operator]
    for column in columns(name):
        assert column.name in frame.columns
        assert column.description
        if column.kind == "enum":
            assert set(frame[column.name].dropna()) <= set(column.values)


def test_meetings_have_names_not_ids_and_unknown_is_null() -> None:
    f = load().to_frame("meetings").set_index("id")
    assert f.loc["symposium-2025", "host_name"] == "江苏"
    assert f.loc["symposium-2025", "attendees"] == 8
    assert f.loc["symposium-2025", "attendee_names"].split("、")[0] == "陈吉宁"
    for unknown in ("symposium-2010", "symposium-2013", "symposium-2026"):
        assert pd.isna(f.loc[unknown, "attendees"]), unknown  # null, never 0
    assert (f["attendees"].dropna() > 0).all() and (f["documents"].dropna() > 0).all()
    assert pd.isna(f.loc["symposium-2005", "documents"])


def test_dates_are_text_with_precision_and_a_typed_day() -> None:
    t = load().to_frame("tenures")
    assert str(t["start"].dtype) == str(t["end"].dtype) == "string"
    assert str(t["start_date"].dtype) == "datetime64[ns]"
    month = t[t["start_precision"] == "month"].iloc[0]
    assert len(month["start"]) == 7 and pd.isna(month["start_date"])
    day = t[t["start_precision"] == "day"].iloc[0]
    assert day["start_date"] == pd.Timestamp(day["start"])


def test_attendances_carry_meeting_person_and_post() -> None:
    a = load().to_frame("attendances")
    row = a[(a["meeting"] == "symposium-2025") & (a["position"] == 1)].iloc[0]
    assert (row["year"], row["name"], row["post_title"], row["province_name"]) == (
        2025,
        "陈吉宁",
        "上海市委书记",
        "上海",
    )


def test_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no flat table 'officials'; flat tables: meetings"):
        load().to_frame("officials")


def test_export_flat_writes_the_same_as_csv(tmp_path: Path) -> None:
    out = tmp_path / "flat"
    assert main(["export", "--flat", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.csv" for n in FLAT] + ["meta.json"]
    )
    ds = load()
    for name in FLAT:
        cols, rows = flat_rows(ds, name)
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            got = list(csv.DictReader(handle))
        assert list(got[0]) == [c.name for c in cols]
        assert len(got) == len(rows)
    with (out / "meetings.csv").open(encoding="utf-8", newline="") as handle:
        meetings = {r["id"]: r for r in csv.DictReader(handle)}
    assert meetings["symposium-2010"]["attendees"] == ""  # unknown is empty, not 0
    assert meetings["symposium-2025"]["attendees"] == "8"


@pytest.mark.parametrize(
    "argv", [["--format", "json"], ["--format", "csv", "--traditional-columns", "hk"]]
)
def test_flat_is_csv_only(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--flat", "--out", str(tmp_path / "x"), *argv]) == 1
    assert "flat tables are written as csv" in capsys.readouterr().err
