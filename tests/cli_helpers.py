"""Shared by the tests in tests/cli: run the command line in-process and read its one
error line."""

from __future__ import annotations

import pytest

from yrd_meetings.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`main(argv)`'s exit status, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """The one line of `err`, checked to be a clean `yrd-meetings: error:` line."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("yrd-meetings: error: ")
    assert "Traceback" not in err
    return lines[0]
