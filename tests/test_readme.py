"""The README's set-up commands are the ones CI runs, and its tour runs as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_two_setup_commands() -> None:
    show, test = sh_blocks()[:2]
    assert "pip install ." in show and show.endswith("yrd-meetings")
    assert '".[test]"' in test and "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = sh_blocks()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_coverage_table_is_current() -> None:
    import contextlib
    import io

    from yrd_meetings.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["coverage", "--markdown"]) == 0
    assert out.getvalue().strip() in README, "paste `yrd-meetings coverage --markdown`"
