"""Every column of every export, pinned by value for one known record (written by hand
from the curated facts, not computed by the writer): a column left out or emptied fails."""

from __future__ import annotations

import csv
import io
import json

import pytest

from yrd_meetings import load
from yrd_meetings.export import render

CSV_ROWS = {
    ("meetings.csv", "symposium-2025"): {
        "id": "symposium-2025", "kind": "symposium", "name": "2025年度长三角地区主要领导座谈会",
        "year": "2025", "edition": "", "start": "2025-06-06", "start_precision": "day",
        "end": "2025-06-07", "end_precision": "day", "city": "南京", "province": "CN-JS",
        "theme": "协同提升长三角区域创新能力，更好发挥高质量发展动力源作用", "part_of": "",
        "next_host": "CN-SH",
    },
    ("officials.csv", "che-jun"): {
        "id": "che-jun", "name": "车俊", "pinyin": "Che Jun", "gender": "male", "birth": "1955-07",
        "birth_precision": "month", "title": "",
    },
    ("tenures.csv", "che-jun"): {
        "official": "che-jun", "position": "1", "post": "governor", "province": "CN-ZJ",
        "start": "2016-07", "start_precision": "month", "end": "2017-04",
        "end_precision": "month", "acting": "true", "elected": "2017-01-20",
        "elected_precision": "day", "ended_by": "任浙江省委书记",
    },
    ("attendances.csv", "symposium-2005"): {
        "meeting": "symposium-2005", "position": "1", "official": "chen-liangyu",
        "post": "party_secretary", "province": "CN-SH", "role": "attended", "title": "",
    },
    ("agreements.csv", "outcome-001"): {
        "id": "outcome-001",
        "title": "长三角地区贯彻国务院《指导意见》共同推进若干重要事项的意见",
        "kind": "adopted", "meeting": "symposium-2008",
    },
}  # fmt: skip
# notes are long free text: their presence is pinned, their wording lives in the data
NOTED = {"meetings.csv", "tenures.csv", "agreements.csv"}


@pytest.fixture(scope="module")
def csv_files() -> dict[str, bytes]:
    return render(load(), format="csv")


@pytest.mark.parametrize(("table", "key"), list(CSV_ROWS), ids=[t for t, _ in CSV_ROWS])
def test_csv_row(csv_files: dict[str, bytes], table: str, key: str) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_files[table].decode("utf-8"))))
    first = next(r for r in rows if key in (r.get("id"), r.get("official"), r.get("meeting")))
    expected = CSV_ROWS[(table, key)]
    assert set(first) == set(expected) | ({"note"} if table in NOTED else set())
    assert {k: first[k] for k in expected} == expected
    if table in NOTED:
        assert first["note"]


def test_jsonl_objects_keep_every_field() -> None:
    files = render(load(), format="jsonl")
    officials = [json.loads(line) for line in files["officials.jsonl"].decode().splitlines()]
    che = next(o for o in officials if o["id"] == "che-jun")
    assert (che["birth"], che["gender"], che["pinyin"]) == ("1955-07", "male", "Che Jun")
    meetings = [json.loads(line) for line in files["meetings.jsonl"].decode().splitlines()]
    m = next(m for m in meetings if m["id"] == "symposium-2025")
    assert (m["next_host"], m["city"], m["end"]) == ("CN-SH", "南京", "2025-06-07")
    assert len(m["attendances"]) == 8 and m["attendances"][0]["official"] == "chen-jining"
