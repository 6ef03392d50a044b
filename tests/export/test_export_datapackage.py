"""The Frictionless Data Package: schemas generated from the classes, validated by frictionless."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs
import pytest
from export_helpers import get_dataset, sample_dataset

from yrd_meetings import load, records
from yrd_meetings.export import datapackage_descriptor, write
from yrd_meetings.export.tables import TABLES, TABLES_BY_NAME, columns_of
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
    assert any("constraint" in e or "Length" in e for e in errors)
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
    assert fields["start"]["constraints"] == {"minLength": 4, "maxLength": 10}
    assert fields["start_precision"]["constraints"] == {"enum": ["year", "month", "day"]}
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
    dates = {"start", "end", "birth"}
    with_precision = [c for f in scalar for c in ([f, f"{f}_precision"] if f in dates else [f])]
    assert list(TABLES_BY_NAME[table].column_names()) == with_precision


def test_a_new_field_shows_up_in_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    @attrs.frozen(kw_only=True)
    class Extended:
        id: str
        seats: int | None = None
        kind: MeetingKind = MeetingKind.OTHER

    from yrd_meetings.export import fields

    with pytest.raises(KeyError, match=r"no description for Extended\.id"):
        columns_of(Extended)
    described = {"Extended.id": "id", "Extended.seats": "seats", "Extended.kind": "kind"}
    monkeypatch.setattr(fields, "DESCRIPTIONS", {**fields.DESCRIPTIONS, **described})
    cols = {c.name: c.descriptor() for c in columns_of(Extended)}
    assert cols["seats"] == {"name": "seats", "type": "integer", "description": "seats"}
    assert cols["id"]["constraints"] == {"required": True}
    assert cols["kind"]["constraints"]["enum"] == ["symposium", "forum", "other"]


def test_every_field_has_a_description() -> None:
    d = datapackage_descriptor(load(), traditional="hk")
    missing = [
        f"{r['name']}.{f['name']}"
        for r in d["resources"]
        for f in r["schema"]["fields"]
        if not f.get("description")
    ]
    assert missing == []


def test_dates_are_text_with_a_precision_beside_them() -> None:
    pd = pytest.importorskip("pandas")
    out = write(load(), Path(tempfile.mkdtemp()) / "csv", format="csv")
    for table, dates in (("meetings", ("start", "end")), ("tenures", ("start", "end"))):
        frame = pd.read_csv(out / f"{table}.csv", dtype_backend="numpy_nullable")
        assert len({str(frame[d].dtype) for d in dates}) == 1, table
        for d in dates:
            known = frame[d].notna()
            lengths = frame.loc[known, d].str.len().map({4: "year", 7: "month", 10: "day"})
            assert (lengths == frame.loc[known, f"{d}_precision"]).all()
            assert frame.loc[~known, f"{d}_precision"].isna().all()
    shutil.rmtree(out.parent)


def test_frictionless_index_loads_every_table_into_sqlite(tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy", reason="frictionless[sql] is not installed")
    import sqlite3

    out = write(load(), tmp_path / "dp", format="datapackage")
    database = tmp_path / "yrd.db"
    run = subprocess.run(
        [
            sys.executable, "-m", "frictionless", "index", "datapackage.json",
            "--database", f"sqlite:///{database}",
        ],
        cwd=out, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "errored" not in run.stdout
    with sqlite3.connect(database) as db:
        counts = {
            t.name: db.execute(f'SELECT COUNT(*) FROM "{t.name}"').fetchone()[0] for t in TABLES
        }
        start_types = {
            row[2]
            for row in db.execute('PRAGMA table_info("meetings")')
            if row[1] in ("start", "end")
        }
    ds = load()
    assert len(counts) == 10
    assert counts["meetings"] == len(ds.meetings)
    assert counts["tenures"] == sum(len(o.tenures) for o in ds.officials)
    assert counts["sources"] == len(ds.sources)
    assert len(start_types) == 1  # start and end: one type
