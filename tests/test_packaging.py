"""The wheel carries the data and the seeds: build it, install it in a fresh venv, load()."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_pytest_plugin import DOWNSTREAM  # the same downstream file, run from the wheel

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("yrd_meetings-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "yrd_meetings/py.typed",
        "yrd_meetings/data/meta.json",
        "yrd_meetings/data/meetings.json",
        "yrd_meetings/data/officials.json",
        "yrd_meetings/data/agreements.json",
        "yrd_meetings/data/errata.json",
        "yrd_meetings/seeds/000_5101c8e2da40accb.txt",
        "yrd_meetings/gold/000_5101c8e2da40accb.json",
        "yrd_meetings/pytest_plugin.py",
    ):
        assert required in names, required
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    for dependency in ("attrs", "cattrs", "jieba", "opencc"):
        assert f"Requires-Dist: {dependency}>=" in text
    entry_points = zipfile.ZipFile(wheel).read(metadata.replace("METADATA", "entry_points.txt"))
    assert b"yrd-meetings = yrd_meetings.cli:main" in entry_points
    assert b"[pytest11]\nyrd_meetings = yrd_meetings.pytest_plugin" in entry_points


def test_installed_wheel_loads_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    # load() needs only attrs and cattrs; the parser's jieba and opencc are not exercised here
    for args in (["attrs", "cattrs"], ["--no-deps", str(wheel)]):
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", *args], check=True, capture_output=True
        )
    code = (
        "import yrd_meetings as y; ds = y.load(); "
        "assert y.validate(ds) == (), y.validate(ds); "
        "print(ds.meeting(2025).city, len(ds.meetings))"
    )
    out = subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    assert out.stdout.startswith("南京 ")


def test_plugin_from_the_wheel_in_an_empty_directory(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel), "pytest"],
        check=True,
        capture_output=True,
    )
    project = tmp_path / "downstream"
    project.mkdir()
    (project / "test_downstream.py").write_text(DOWNSTREAM, encoding="utf-8")
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)]
    run = subprocess.run(command, capture_output=True, text=True, cwd=project)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
    off = subprocess.run([*command, "-p", "no:yrd_meetings"], capture_output=True, text=True)
    assert off.returncode != 0 and "fixture 'yrd_dataset' not found" in off.stdout
