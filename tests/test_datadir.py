"""Reading a data directory directly: every problem's exact line, the zipped-install
path (a `Traversable` that is not a `Path`) and the package's own directory."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

import yrd_meetings
from yrd_meetings import datadir
from yrd_meetings.datadir import DataError, data_directory, package_data, read_tables

BAD_START = "invalid start byte"
DATA = Path(yrd_meetings.__file__).parent / "data"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the packaged data directory."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def zipped(tmp_path: Path, replace: dict[str, bytes | None]) -> zipfile.Path:
    """The packaged data as a zipped install holds it, some files replaced (None: left out)."""
    archive = tmp_path / "wheel.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(DATA.glob("*.json")):
            content = replace.get(path.name, path.read_bytes())
            if content is not None:
                zf.writestr(f"yrd_meetings/data/{path.name}", content)
    return zipfile.Path(archive, "yrd_meetings/data/")


def problems_of(folder: Path | zipfile.Path) -> tuple[str, ...]:
    """The problems `read_tables` raises for `folder`."""
    with pytest.raises(DataError) as info:
        read_tables(folder)
    return info.value.problems


def test_data_error_lists_its_problems_one_a_line() -> None:
    """The count, then each problem on its own line."""
    error = DataError(iter(["a.json: one", "b.json$[0]: two"]))
    assert error.problems == ("a.json: one", "b.json$[0]: two")
    assert str(error) == "2 problem(s) in the data:\na.json: one\nb.json$[0]: two"
    assert isinstance(error, ValueError)


def test_package_data_is_the_package_data_directory() -> None:
    """The `data` folder beside the modules."""
    assert package_data() == DATA


def test_package_data_needs_no_importlib_resources_beside_the_modules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The folder beside the module is found without asking importlib.resources."""

    def refuse(package: str) -> None:
        raise AssertionError(f"importlib.resources.files({package!r}) was called")

    monkeypatch.setattr("importlib.resources.files", refuse)
    assert package_data() == DATA


def test_package_data_falls_back_to_importlib_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no folder beside the module (a zipped install), importlib.resources finds it."""
    monkeypatch.setattr(datadir, "__file__", "/nonexistent/yrd_meetings/datadir.py")
    found = package_data()
    assert Path(str(found)) == DATA
    assert found.joinpath("meta.json").is_file()


def test_a_zipped_install_reads_like_a_directory(tmp_path: Path) -> None:
    """Read through `Traversable.read_bytes`, the tables match the directory's."""
    meta, tables = read_tables(zipped(tmp_path, {}))
    assert (meta, tables) == read_tables(DATA)
    assert meta.licence == "Data: CC-BY-4.0; code: MIT"
    assert [m.id for m in tables["meetings"] if m.id == "forum-7"] == ["forum-7"]


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        ({"meetings.json": None}, ("meetings.json: file missing",)),
        (
            {"meetings.json": b"[\xff]"},
            ("meetings.json: 'utf-8' codec can't decode byte 0xff in position 1: " + BAD_START,),
        ),
        (
            {"meta.json": None, "officials.json": b"{}"},
            ("meta.json: file missing", "officials.json: expected a JSON array, got an object"),
        ),
    ],
)
def test_a_zipped_install_reports_each_problem(
    tmp_path: Path, replace: dict[str, bytes | None], expected: tuple[str, ...]
) -> None:
    """A missing file, bytes that are not UTF-8: one line each."""
    assert problems_of(zipped(tmp_path, replace)) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"meetings.json": "{}", "officials.json": "5"},
            (
                "meetings.json: expected a JSON array, got an object",
                "officials.json: expected a JSON array, got 5",
            ),
        ),
        (
            {"meta.json": None, "errata.json": "null"},
            ("meta.json: file missing", "errata.json: expected a JSON array, got null"),
        ),
        ({"agreements.json": '"x"'}, ("agreements.json: expected a JSON array, got 'x'",)),
    ],
)
def test_every_table_that_is_not_an_array_is_reported(
    data: Path, files: dict[str, str | None], expected: tuple[str, ...]
) -> None:
    """Each file is checked even after one fails."""
    for name, content in files.items():
        if content is None:
            (data / name).unlink()
        else:
            (data / name).write_text(content, encoding="utf-8")
    assert problems_of(data) == expected


def test_a_bad_meta_alone_is_reported(data: Path) -> None:
    """A meta record missing its fields stops the read too."""
    (data / "meta.json").write_text("{}", encoding="utf-8")
    found = problems_of(data)
    assert found[0].startswith("meta.json$")
    assert all(p.startswith("meta.json$") for p in found)


def test_the_aliases_table_may_be_left_out(data: Path, tmp_path: Path) -> None:
    """A directory written before aliases existed reads as having none."""
    (data / "aliases.json").unlink()
    assert read_tables(data)[1]["aliases"] == ()
    assert read_tables(zipped(tmp_path, {"aliases.json": None}))[1]["aliases"] == ()
    (data / "aliases.json").write_text('[{"old": "a", "new": "b", "until": "0.3.0"}]')
    assert [(a.old, a.new, a.until) for a in read_tables(data)[1]["aliases"]] == [
        ("a", "b", "0.3.0")
    ]


def test_something_else_in_place_of_the_aliases_is_refused(data: Path) -> None:
    """A dangling link or a directory is not "left out"."""
    (data / "aliases.json").unlink()
    (data / "aliases.json").symlink_to(data / "nothing.json")
    assert problems_of(data) == ("aliases.json: file missing",)
    (data / "aliases.json").unlink()
    (data / "aliases.json").mkdir()
    assert problems_of(data) == ("aliases.json: is a directory, not a regular file",)


def test_data_directory_gives_the_folder_back(data: Path) -> None:
    """A directory, as str or Path, comes back as a Path."""
    assert data_directory(str(data)) == data
    assert data_directory(data) == data


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        (3, TypeError, "path must be a str or os.PathLike, got int"),
        (None, TypeError, "path must be a str or os.PathLike, got NoneType"),
        (b"data", TypeError, "path must be a str or os.PathLike, got bytes"),
        ("", ValueError, "load(path=...) got an empty path; name a data directory"),
    ],
)
def test_data_directory_refuses_what_names_no_directory(
    path: object, error: type[Exception], message: str
) -> None:
    """The exact message."""
    with pytest.raises(error, match=f"^{re.escape(message)}$"):
        data_directory(path)


@pytest.mark.parametrize(
    ("relative", "error", "template"),
    [
        ("meta.json", NotADirectoryError, "{} is not a directory; name a data directory"),
        ("meta.json/x", NotADirectoryError, "cannot read {}: Not a directory"),
        ("nothing/here", FileNotFoundError, "no data directory at {}"),
    ],
)
def test_data_directory_names_the_path_it_cannot_use(
    data: Path, relative: str, error: type[Exception], template: str
) -> None:
    """A file, a path through a file, a path to nothing."""
    path = data / relative
    with pytest.raises(error) as info:
        data_directory(path)
    assert str(info.value) == template.format(path)


def test_a_directory_in_a_zipped_install_is_one_problem(tmp_path: Path) -> None:
    """A data file that is a directory in the archive is reported, as on disk."""
    archive = tmp_path / "wheel.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(DATA.glob("*.json")):
            if path.name != "errata.json":
                zf.writestr(f"yrd_meetings/data/{path.name}", path.read_bytes())
        zf.writestr("yrd_meetings/data/errata.json/x", b"[]")
    folder = zipfile.Path(archive, "yrd_meetings/data/")
    assert problems_of(folder) == ("errata.json: is a directory, not a regular file",)
