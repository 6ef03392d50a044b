"""The parser every command hangs on: help with examples, `main`, the console script."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest

from yrd_meetings.cli import build_parser, main


def test_help_everywhere_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    action = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    subcommands = typing.cast("dict[str, object]", action.choices)
    assert set(subcommands) == {
        "list",
        "show",
        "officials",
        "export",
        "validate",
        "coverage",
        "cite",
        "timeline",
        "parse",
        "check",
        "propose",
    }
    for argv in [["--help"], *([name, "--help"] for name in subcommands)]:
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "examples:" in out and "yrd-meetings" in out


def test_console_script_and_python_m(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("yrd-meetings")
    if script.exists():
        run_ = subprocess.run([str(script), "show", "2025"], capture_output=True, text=True)
        assert run_.returncode == 0 and "南京" in run_.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "yrd_meetings", "show", "1990"], capture_output=True, text=True
    )
    assert bad.returncode == 1 and bad.stdout == ""
    assert len(bad.stderr.splitlines()) == 1 and "Traceback" not in bad.stderr
