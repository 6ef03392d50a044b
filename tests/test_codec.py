"""The codec: the fast path and the cattrs converter agree; errors name their paths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cattrs
import pytest

from yrd_meetings import codec, load
from yrd_meetings.dataset import FILES, package_data
from yrd_meetings.records import Meeting, Source, Tenure

INVALID = (cattrs.BaseValidationError, TypeError, ValueError)


@pytest.mark.parametrize("table", sorted(FILES))
def test_fast_path_equals_cattrs(table: str) -> None:
    raw = json.loads((Path(str(package_data())) / f"{table}.json").read_text(encoding="utf-8"))
    cls = tuple[FILES[table], ...]  # type: ignore[name-defined]
    assert codec.structure(raw, cls) == codec.converter.structure(raw, cls)


def test_load_does_not_import_cattrs() -> None:
    code = "import sys, yrd_meetings; yrd_meetings.load(); print('cattrs' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"post": "mayor", "province": "CN-SH", "start": "2020"}, "$.post"),
        ({"post": "governor", "province": "CN-SH", "start": "2020-13"}, "$.start"),
        ({"post": "governor", "province": "CN-SH", "start": 2020}, "$.start"),
        ({"post": "governor", "province": "CN-XX", "start": "2020"}, "$.province"),
        ({"post": "governor", "province": "CN-SH", "start": "2020", "sources": [{}]}, "$.sources"),
    ],
)
def test_bad_values_are_reported_by_path(data: dict[str, object], path: str) -> None:
    with pytest.raises(INVALID) as info:
        codec.structure(data, Tenure)
    assert any(path in message for message in cattrs.transform_error(info.value))


def test_unknown_keys_and_wrong_shapes_are_refused() -> None:
    with pytest.raises(INVALID):
        codec.structure({"url": "u", "colour": "red"}, Source)
    with pytest.raises(INVALID):
        codec.structure([{"url": "u"}], Source)
    with pytest.raises(INVALID):
        codec.structure({"id": "x", "kind": "symposium", "name": "n", "visits": "甲"}, Meeting)


def test_unstructure_round_trips_the_dataset() -> None:
    ds = load()
    assert codec.structure(codec.unstructure(ds.meetings), tuple[Meeting, ...]) == ds.meetings
