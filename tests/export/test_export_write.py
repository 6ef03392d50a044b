"""`write`: the format by default, the path it returns, refusals before anything is
written."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from test_export_render import CSV, text, with_formulas
from tiny_dataset import tiny

from yrd_meetings.export import render, write


def test_json_is_the_default_format(tmp_path: Path) -> None:
    """The package's own format: meta.json and one .json a record type."""
    out = write(tiny(), tmp_path / "out")
    names = sorted(p.name for p in out.iterdir())
    assert names[:5] == [
        "agreements.json",
        "aliases.json",
        "errata.json",
        "meetings.json",
        "meta.json",
    ]


def test_write_refuses_a_directory_of_another_type(tmp_path: Path) -> None:
    """The exact message; nothing written."""
    with pytest.raises(TypeError) as info:
        write(tiny(), 3)  # type: ignore[arg-type]
    assert str(info.value) == "directory must be a str or os.PathLike, got int"


def test_write_names_a_lone_surrogate(tmp_path: Path) -> None:
    """Found while rendering, before anything is written."""
    ds = tiny()
    bad = attrs.evolve(ds, agreements=(attrs.evolve(ds.agreements[0], title="a\ud800b"),))
    with pytest.raises(ValueError) as info:
        write(bad, tmp_path / "out", format="csv")
    assert str(info.value) == (
        "cannot export: a text field holds U+D800, which UTF-8 cannot encode (a lone "
        "surrogate); validate() names the record"
    )
    assert not (tmp_path / "out").exists()


def test_write_writes_what_render_gives(tmp_path: Path) -> None:
    """Every file, in a new directory, whose path comes back."""
    out = write(tiny(), str(tmp_path / "out"), format="csv", excel=True, csv_formula_escape=False)
    assert out == tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted([*CSV, "meta.json"])
    assert (out / "errata.csv").read_bytes() == b"\xef\xbb\xbf" + text(CSV["errata.csv"])
    flat = write(with_formulas(), tmp_path / "flat", format="csv", flat=True, force=True)
    assert sorted(p.name for p in flat.iterdir())[:2] == ["agreements.csv", "attendances.csv"]


def test_render_defaults_to_json_and_keeps_chinese_as_utf8() -> None:
    """json by default; datapackage.json holds its Chinese as UTF-8, not \\u escapes."""
    assert render(tiny())["meta.json"] == render(tiny(), format="json")["meta.json"]
    assert "meetings.json" in render(tiny())
    descriptor = render(tiny(), format="datapackage")["datapackage.json"]
    assert "(长三角地区主要领导座谈会)".encode() in descriptor
