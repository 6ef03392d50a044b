"""The one error path: one line on stderr, nothing on stdout, exit 2 or 1."""

from __future__ import annotations

import argparse

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings.cli.errors import (
    Command,
    NotFound,
    Parser,
    Result,
    UsageError,
    error_line,
    note,
)
from yrd_meetings.cli.errors import run as run_parser


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["show", "forum", "99"], 1),
        (["show", "forum", "seven"], 2),
        (["show", "nobody-at-all"], 1),
        (["show", "a", "b", "c"], 2),
        (["show"], 2),
        (["frobnicate"], 2),
        (["list", "--kind", "party"], 2),
        (["officials", "--on", "2020-13-01"], 2),
        (["officials", "--on", "1990-01-01"], 1),
        (["officials", "--on", "2030-06"], 1),
        (["officials", "--on", "yesterday"], 2),
        (["export", "--format", "xml", "--out", "x"], 2),
        (["export", "--format", "csv"], 2),
        (["parse"], 2),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: int
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == status
    assert out == ""
    one_error_line(err)


def test_error_line_prints_the_first_line_only(capsys: pytest.CaptureFixture[str]) -> None:
    error_line("first\nsecond")
    error_line("boom", internal=True)
    note("a note")
    assert capsys.readouterr() == (
        "",
        "yrd-meetings: error: first\n"
        "yrd-meetings: internal error: boom\n"
        "yrd-meetings: note: a note\n",
    )


def _raising(exc: BaseException) -> Command:
    def command(args: argparse.Namespace) -> str:
        raise exc

    return command


@pytest.mark.parametrize(
    ("exc", "status", "err"),
    [
        (UsageError("bad"), 2, "yrd-meetings: error: bad\n"),
        (NotFound("none"), 1, "yrd-meetings: error: none\n"),
        (ValueError("v"), 1, "yrd-meetings: error: v\n"),
        (OSError("disk"), 1, "yrd-meetings: error: disk\n"),
        (KeyboardInterrupt(), 130, ""),
        (RuntimeError("oops"), 1, "yrd-meetings: internal error: RuntimeError: oops\n"),
        (SystemExit(4), 4, ""),
        (SystemExit(None), 0, ""),
    ],
)
def test_run_maps_each_failure_to_its_status(
    capsys: pytest.CaptureFixture[str], exc: BaseException, status: int, err: str
) -> None:
    parser = Parser(prog="p")
    parser.set_defaults(command=_raising(exc))
    assert run_parser(parser, []) == status
    assert capsys.readouterr() == ("", err)


@pytest.mark.parametrize(
    ("result", "status", "out"),
    [("done", 0, "done\n"), ("", 0, ""), (Result("found 1", 1), 1, "found 1\n")],
)
def test_run_prints_the_output_and_returns_its_status(
    capsys: pytest.CaptureFixture[str], result: str | Result, status: int, out: str
) -> None:
    parser = Parser(prog="p")
    parser.set_defaults(command=lambda args: result)
    assert run_parser(parser, []) == status
    assert capsys.readouterr() == (out, "")
