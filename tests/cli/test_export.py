"""`yrd-meetings export`: every format, scripts, columns, Excel, formula escape, locking."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings import load


def test_export_all_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for fmt in ("json", "jsonl", "csv", "datapackage"):
        code, out, err = run(capsys, "export", "--format", fmt, "--out", str(tmp_path / fmt))
        assert (code, err) == (0, ""), err
        assert out.startswith(f"wrote {fmt} to ")
    assert load(path=tmp_path / "json") == load()
    assert (tmp_path / "datapackage" / "datapackage.json").is_file()
    code, _, err = run(capsys, "export", "--format", "json", "--out", str(tmp_path / "json"))
    assert code == 1 and "--force" in one_error_line(err)
    code, _, err = run(
        capsys, "export", "--format", "jsonl", "--out", str(tmp_path / "json"), "--force"
    )
    assert code == 0


def test_export_script_and_columns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "json",
        "--out",
        str(tmp_path / "t"),
        "--script",
        "traditional",
    )
    assert code == 0
    assert load(path=tmp_path / "t").official("chen-jining").name == "陳吉寧"
    assert load(path=tmp_path / "t") == load(script="traditional")
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "c"),
        "--traditional-columns",
        "tw",
        "--excel",
    )
    assert code == 0
    raw = (tmp_path / "c" / "officials.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,name,name@zh-Hant-TW,")
    code, _, err = run(
        capsys, "export", "--format", "json", "--out", str(tmp_path / "x"), "--excel"
    )
    assert code == 1 and "excel" in one_error_line(err)


def test_export_formula_escape_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yrd_meetings.export as export

    calls: list[bool] = []
    real = export.write

    def spy(*args: typing.Any, **kwargs: typing.Any) -> Path:
        calls.append(kwargs["csv_formula_escape"])
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "write", spy)
    for extra in ([], ["--no-formula-escape"]):
        out = tmp_path / f"csv{len(extra)}"
        code, _, err = run(capsys, "export", "--format", "csv", "--out", str(out), *extra)
        assert (code, err) == (0, "")
    assert calls == [True, False]


def test_a_second_export_in_progress_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from yrd_meetings.export import atomic

    out = tmp_path / "out"
    with atomic._locked(out):
        code, _, err = run(capsys, "export", "--format", "json", "--out", str(out))
    assert code == 1 and "in progress" in one_error_line(err)
    assert not out.exists()
