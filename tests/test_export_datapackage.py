"""The Frictionless Data Package: schemas generated from the classes, validated by frictionless."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from export_helpers import get_dataset, sample_dataset

from yrd_meetings import records
from yrd_meetings.export import datapackage_descriptor, write
from yrd_meetings.export.tables import TABLES_BY_NAME, columns_of
from yrd_meetings.records import MeetingKind

FRICTIONLESS = Path(sys.executable).with_name("frictionless")


def _validate(descriptor: Path) -> dict[str, object]:
    if not FRICTIONLESS.exists():
        pytest.skip("the frictionless CLI is not installed")
    run = subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", str(descriptor)],
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, object] = json.loads(run.stdout)
    return report


def _errors(report: dict[str, object]) -> list[str]:
    tasks = report["tasks"]
    assert isinstance(tasks, list)
    return [f"{t['name']}: {e['message']}" for t in tasks for e in t["errors"]]


@pytest.mark.parametrize("which", ["sample", "packaged"])
@pytest.mark.parametrize(("excel", "traditional"), [(False, None), (True, "traditional")])
def test_frictionless_validate_passes(
    tmp_path: Path, which: str, excel: bool, traditional: str | None
) -> None:
    out = write(
        get_dataset(which),
        tmp_path / "dp",
        format="datapackage",
        excel=excel,
        traditional=traditional,
    )
    report = _validate(out / "datapackage.json")
    assert report["valid"] is True, _errors(report)


def test_frictionless_catches_a_broken_foreign_key(tmp_path: Path) -> None:
    out = write(sample_dataset(), tmp_path / "dp", format="datapackage")
    path = out / "attendances.csv"
    path.write_bytes(path.read_bytes().replace(b"chen-jining", b"nobody-at-all", 1))
    report = _validate(out / "datapackage.json")
    assert report["valid"] is False
    assert any("foreign key" in e and "nobody-at-all" in e for e in _errors(report))


def test_frictionless_catches_a_bad_enum_and_date(tmp_path: Path) -> None:
    out = write(sample_dataset(), tmp_path / "dp", format="datapackage")
    path = out / "meetings.csv"
    text = (
        path.read_text(encoding="utf-8")
        .replace("2025-06-06", "2025-6-6")
        .replace(",forum,", ",party,")
    )
    path.write_text(text, encoding="utf-8")
    errors = _errors(_validate(out / "datapackage.json"))
    assert any("pattern" in e or "constraint" in e for e in errors)
    assert any("enum" in e for e in errors)


def test_descriptor_shape() -> None:
    d = datapackage_descriptor(sample_dataset())
    assert d["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert d["version"] == "test"
    names = [r["name"] for r in d["resources"]]
    assert names[:3] == ["meetings", "meeting_visits", "officials"]
    for resource in d["resources"]:
        assert resource["path"] == f"{resource['name']}.csv"
        assert resource["schema"]["fields"]
    meetings = d["resources"][0]["schema"]
    assert meetings["primaryKey"] == ["id"]
    assert meetings["foreignKeys"] == [{"fields": ["part_of"], "reference": {"fields": ["id"]}}]
    fields = {f["name"]: f for f in meetings["fields"]}
    assert fields["kind"]["constraints"]["enum"] == ["symposium", "forum", "other"]
    assert fields["year"]["type"] == "integer"
    assert fields["start"]["constraints"] == {"pattern": r"\d{4}(-\d{2}(-\d{2})?)?"}
    assert fields["id"]["constraints"] == {"required": True, "unique": True}
    assert "required" not in fields["theme"].get("constraints", {})
    attendances = next(r for r in d["resources"] if r["name"] == "attendances")["schema"]
    assert attendances["primaryKey"] == ["meeting", "position"]
    assert {"fields": ["official"], "reference": {"resource": "officials", "fields": ["id"]}} in (
        attendances["foreignKeys"]
    )


@pytest.mark.parametrize(
    ("cls", "table"),
    [
        (records.Meeting, "meetings"),
        (records.Official, "officials"),
        (records.Agreement, "agreements"),
        (records.Erratum, "errata"),
    ],
)
def test_schemas_are_generated_from_the_attrs_classes(cls: type, table: str) -> None:
    scalar = [
        f.name
        for f in attrs.fields(cls)
        if f.name
        not in {"visits", "attendances", "tenures", "sources", "parties", "source", "evidence"}
    ]
    assert list(TABLES_BY_NAME[table].column_names()) == scalar


def test_a_new_field_shows_up_in_the_schema() -> None:
    @attrs.frozen(kw_only=True)
    class Extended:
        id: str
        seats: int | None = None
        kind: MeetingKind = MeetingKind.OTHER

    cols = {c.name: c.descriptor() for c in columns_of(Extended)}
    assert cols["seats"] == {"name": "seats", "type": "integer"}
    assert cols["id"]["constraints"] == {"required": True}
    assert cols["kind"]["constraints"]["enum"] == ["symposium", "forum", "other"]
