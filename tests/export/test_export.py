"""Exports: json round-trips, jsonl, csv tables, atomic writes, refusals."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from export_helpers import datasets, get_dataset, sample_dataset
from hypothesis import HealthCheck, given, settings

from yrd_meetings import Dataset, load
from yrd_meetings.codec import structure, unstructure
from yrd_meetings.dataset import FILES
from yrd_meetings.export import FORMATS, KNOWN_NAMES, ExportError, render, write
from yrd_meetings.export.tables import TABLES, TABLES_BY_NAME
from yrd_meetings.records import Meeting, Official

WHICH = ["sample", "packaged"]


def _rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("which", WHICH)
def test_json_round_trips_through_load(tmp_path: Path, which: str) -> None:
    ds = get_dataset(which)
    out = ds.export(tmp_path / "json", format="json")
    assert out == tmp_path / "json"
    assert load(path=out) == ds


def test_json_export_is_the_packaged_format_byte_for_byte(tmp_path: Path) -> None:
    from export_helpers import packaged

    ds = packaged()
    out = write(ds, tmp_path / "j", format="json")
    data = Path(__file__).resolve().parents[2] / "src" / "yrd_meetings" / "data"
    for name in [*(f"{t}.json" for t in FILES), "meta.json"]:
        assert (out / name).read_bytes() == (data / name).read_bytes(), name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ds=datasets())
def test_any_dataset_round_trips_through_json_export(ds: Dataset) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = write(ds, Path(tmp) / "x", format="json")
        assert load(path=out) == ds


@settings(max_examples=60, deadline=None)
@given(ds=datasets())
def test_structure_unstructure_round_trip(ds: Dataset) -> None:
    for m in ds.meetings:
        assert structure(unstructure(m), Meeting) == m
    for o in ds.officials:
        assert structure(unstructure(o), Official) == o
    assert structure(json.loads(json.dumps(unstructure(ds.meetings))), tuple[Meeting, ...]) == (
        ds.meetings
    )


@pytest.mark.parametrize("which", WHICH)
def test_jsonl_one_record_a_line(tmp_path: Path, which: str) -> None:
    ds = get_dataset(which)
    out = write(ds, tmp_path / "l", format="jsonl")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["meta.json", *(f"{t}.jsonl" for t in FILES)]
    )
    for table, cls in FILES.items():
        lines = (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(getattr(ds, table))
        assert tuple(structure(json.loads(line), cls) for line in lines) == getattr(ds, table)


@pytest.mark.parametrize("which", WHICH)
def test_csv_tables_match_the_dataset(tmp_path: Path, which: str) -> None:
    ds = get_dataset(which)
    out = write(ds, tmp_path / "c", format="csv")
    assert {p.name for p in out.iterdir()} == {f"{t.name}.csv" for t in TABLES} | {"meta.json"}
    assert (out / "meetings.csv").read_bytes()[:3] != b"\xef\xbb\xbf"
    meetings = _rows(out / "meetings.csv")
    assert [r["id"] for r in meetings] == [m.id for m in ds.meetings]
    for row, m in zip(meetings, ds.meetings, strict=True):
        assert row["start"] == (str(m.start) if m.start else "")
        assert row["kind"] == m.kind.value
        assert row["province"] == (m.province.value if m.province else "")
    attendances = _rows(out / "attendances.csv")
    assert len(attendances) == sum(len(m.attendances) for m in ds.meetings)
    official_ids = {o.id for o in ds.officials}
    assert {r["official"] for r in attendances} <= official_ids
    tenures = _rows(out / "tenures.csv")
    assert len(tenures) == sum(len(o.tenures) for o in ds.officials)
    assert {r["acting"] for r in tenures} <= {"true", "false"}
    parties = _rows(out / "agreement_parties.csv")
    assert len(parties) == sum(len(a.parties) for a in ds.agreements)
    sources = _rows(out / "sources.csv")
    assert len(sources) == len(ds.sources)
    citations = _rows(out / "citations.csv")
    assert {c["source"] for c in citations} == {s["id"] for s in sources}


def test_csv_header_follows_the_record_classes(tmp_path: Path) -> None:
    out = write(sample_dataset(), tmp_path / "c", format="csv")
    header = (out / "meetings.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(TABLES_BY_NAME["meetings"].column_names())
    assert "visits" not in header and "attendances" not in header and "sources" not in header
    assert header[:3] == ["id", "kind", "name"]


def test_csv_excel_bom_and_traditional_columns(tmp_path: Path) -> None:
    out = write(sample_dataset(), tmp_path / "x", format="csv", excel=True, traditional="hk")
    raw = (out / "officials.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(out / "officials.csv", encoding="utf-8-sig")
    by_id = {r["id"]: r for r in rows}
    assert by_id["chen-jining"]["name@zh-Hant-HK"] == "陳吉寧"
    assert by_id["fan-hengshan"]["name@zh-Hant-HK"] == "范恆山"
    out2 = write(sample_dataset(), tmp_path / "y", format="csv", traditional="traditional")
    rows = _rows(out2 / "meetings.csv")
    assert rows[1]["theme@zh-Hant"].startswith("協同提升長三角")
    assert "id@zh-Hant" not in rows[0]


def test_csv_cells_survive_commas_quotes_and_newlines(tmp_path: Path) -> None:
    import attrs

    ds = sample_dataset()
    odd = attrs.evolve(ds.meetings[0], note='a, "quoted"\nsecond line，中文')
    ds = Dataset(
        meta=ds.meta,
        meetings=(odd, *ds.meetings[1:]),
        officials=ds.officials,
        agreements=ds.agreements,
        errata=ds.errata,
    )
    out = write(ds, tmp_path / "c", format="csv")
    row = next(r for r in _rows(out / "meetings.csv") if r["id"] == odd.id)
    assert row["note"] == odd.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_target_refused_unless_force(tmp_path: Path, fmt: str) -> None:
    ds = sample_dataset()
    target = tmp_path / "out"
    write(ds, target, format=fmt)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    with pytest.raises(ExportError, match="already exists"):
        write(ds, target, format=fmt)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    write(ds, target, format="jsonl" if fmt != "jsonl" else "json", force=True)
    assert {p.name for p in target.iterdir()} != set(before) or fmt == "csv"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_force_never_replaces_a_directory_of_other_files(tmp_path: Path) -> None:
    target = tmp_path / "home"
    target.mkdir()
    (target / "thesis.docx").write_text("precious")
    with pytest.raises(ExportError, match=r"thesis\.docx"):
        write(sample_dataset(), target, format="json", force=True)
    assert (target / "thesis.docx").read_text() == "precious"
    (target / "thesis.docx").unlink()
    (target / "sub").mkdir()
    with pytest.raises(ExportError, match="sub"):
        write(sample_dataset(), target, format="json", force=True)


def test_force_replaces_an_empty_directory(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    write(sample_dataset(), target, format="json", force=True)
    assert load(path=target) == sample_dataset()


def test_symlinks_are_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "link"
    link.symlink_to(elsewhere, target_is_directory=True)
    for force in (False, True):
        with pytest.raises(ExportError, match="symbolic link"):
            write(sample_dataset(), link, format="json", force=force)
    assert list(elsewhere.iterdir()) == []
    # a link inside an earlier export is refused too, and its target left alone
    target = tmp_path / "out"
    write(sample_dataset(), target, format="json")
    (target / "meetings.json").unlink()
    (target / "meetings.json").symlink_to(elsewhere / "victim.json")
    with pytest.raises(ExportError, match=r"meetings\.json"):
        write(sample_dataset(), target, format="json", force=True)
    assert list(elsewhere.iterdir()) == []


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(ExportError, match="not a directory"):
        write(sample_dataset(), target, format="json", force=True)


def test_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yrd_meetings.export import atomic

    def boom(path: Path, data: bytes) -> None:
        path.write_text("partial")
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "_write_file", boom)
    with pytest.raises(OSError, match="disk full"):
        write(sample_dataset(), tmp_path / "out", format="json")
    assert list(tmp_path.iterdir()) == []


def test_parents_are_created(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        out = write(sample_dataset(), tmp_path / "a" / "b" / "c", format="jsonl")
    finally:
        os.umask(mask)
    assert (out / "meta.json").is_file()
    assert oct(os.stat(out).st_mode & 0o777) == oct(0o755)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"format": "xml"}, "unknown format"),
        ({"format": "json", "traditional": "traditional"}, "csv and datapackage"),
        ({"format": "csv", "traditional": "s2twp"}, "unknown variant"),
        ({"format": "jsonl", "excel": True}, "excel"),
    ],
)
def test_bad_arguments(tmp_path: Path, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        write(sample_dataset(), tmp_path / "x", **kwargs)  # type: ignore[arg-type]
    assert not (tmp_path / "x").exists()


def test_known_names_cover_every_format() -> None:
    for fmt in FORMATS:
        assert set(render(sample_dataset(), format=fmt)) <= KNOWN_NAMES


def test_render_is_deterministic() -> None:
    a = render(sample_dataset(), format="datapackage", traditional="tw")
    b = render(sample_dataset(), format="datapackage", traditional="tw")
    assert a == b
    text = a["meetings.csv"].decode()
    assert next(csv.reader(io.StringIO(text)))[3:5] == ["name@zh-Hant-TW", "year"]


@pytest.mark.parametrize(
    "name",
    ["yrd_meetings.convert", "yrd_meetings.export", "yrd_meetings.export.tables"],
)
def test_module_doctests(name: str) -> None:
    import doctest
    import importlib

    from export_helpers import packaged

    if name == "yrd_meetings.export":
        packaged()
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


# -- spreadsheet formulas --------------------------------------------------------------------

HOSTILE = ('=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tcmd", "\rcmd")


def hostile_dataset() -> Dataset:
    """The sample dataset with text cells a spreadsheet would run as formulas."""
    import attrs

    ds = sample_dataset()
    meeting = attrs.evolve(ds.meetings[0], note=HOSTILE[0], theme=HOSTILE[1])
    official = attrs.evolve(ds.officials[0], title=HOSTILE[3])
    agreement = attrs.evolve(ds.agreements[0], title=HOSTILE[2], note=HOSTILE[4] + HOSTILE[5])
    return attrs.evolve(
        ds,
        meetings=(meeting, *ds.meetings[1:]),
        officials=(official, *ds.officials[1:]),
        agreements=(agreement, *ds.agreements[1:]),
    )


def csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_csv_escapes_formula_cells_by_default(tmp_path: Path, fmt: str) -> None:
    out = write(hostile_dataset(), tmp_path / "out", format=fmt)
    meeting = csv_rows(out, "meetings")[0]
    assert (meeting["note"], meeting["theme"]) == ("'" + HOSTILE[0], "'" + HOSTILE[1])
    assert csv_rows(out, "officials")[0]["title"] == "'" + HOSTILE[3]
    agreement = csv_rows(out, "agreements")[0]
    assert agreement["title"] == "'-3" and agreement["note"] == "'\tcmd\rcmd"
    for table in ("meetings", "officials", "agreements", "attendances", "sources"):
        for row in csv_rows(out, table):
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (table, value)


def test_csv_formula_escape_can_be_turned_off(tmp_path: Path) -> None:
    out = write(hostile_dataset(), tmp_path / "out", format="csv", csv_formula_escape=False)
    meeting = csv_rows(out, "meetings")[0]
    assert (meeting["note"], meeting["theme"]) == HOSTILE[:2]


def test_formula_escape_leaves_typed_columns_and_json_alone(tmp_path: Path) -> None:
    ds = hostile_dataset()
    out = write(ds, tmp_path / "csv", format="csv")
    assert csv_rows(out, "meetings")[0]["year"] == str(ds.meetings[0].year)
    json_out = write(ds, tmp_path / "json", format="json")
    assert load(path=json_out) == ds  # values round-trip exactly; only CSV text is escaped
    meetings = json.loads((json_out / "meetings.json").read_text(encoding="utf-8"))
    assert meetings[0]["note"] == HOSTILE[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_surrogate_is_a_clear_error_before_anything_is_written(
    tmp_path: Path, fmt: str
) -> None:
    import attrs

    ds = sample_dataset()
    meeting = attrs.evolve(ds.meetings[0], note="a\ud800b")
    broken = attrs.evolve(ds, meetings=(meeting, *ds.meetings[1:]))
    with pytest.raises(ValueError, match="U\\+D800"):
        write(broken, tmp_path / "out", format=fmt)
    assert list(tmp_path.iterdir()) == []
