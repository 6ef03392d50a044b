"""The command line as a package: small modules, one table renderer, one error path,
and no library logic the library needs (coverage lives in `yrd_meetings.coverage`)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import yrd_meetings.cli as cli

CLI = Path(cli.__file__).parent
MODULES = sorted(CLI.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_modules_and_functions_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") < 200, f"{path.name} has grown past 200 lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= 60, f"{path.name}: {node.name} is {length} lines"


def _calls(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            found.add(func.id if isinstance(func, ast.Name) else getattr(func, "attr", ""))
    return found


@pytest.mark.parametrize(
    "path", [p for p in MODULES if p.name not in ("errors.py", "render.py")], ids=lambda p: p.name
)
def test_one_renderer_and_one_error_path(path: Path) -> None:
    """Only errors.py writes to stderr or decides an exit status; tables come from render."""
    source = path.read_text(encoding="utf-8")
    assert "sys.exit" not in source and "import traceback" not in source
    assert "sys.stderr" not in source or path.name == "validate.py"  # validate lists problems
    assert "def table" not in source and "def width" not in source
    assert "ljust" not in _calls(path) and "rjust" not in _calls(path)


def test_the_library_does_not_import_the_cli() -> None:
    code = (
        "import sys, yrd_meetings, yrd_meetings.coverage\n"
        "from yrd_meetings.coverage import coverage\n"
        "coverage(yrd_meetings.load())\n"
        "assert not [m for m in sys.modules if m.startswith('yrd_meetings.cli')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_entry_point_is_the_package_main() -> None:
    pyproject = (CLI.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'yrd-meetings = "yrd_meetings.cli:main"' in pyproject
    assert cli.main is cli.app.main
