"""`yrd-meetings validate`: ok on the packaged data; each problem on stderr (or as JSON),
then one error line and exit 1."""

from __future__ import annotations

import json

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings import validation
from yrd_meetings.validation import Problem


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert (code, err) == (0, "")
    assert out.startswith("ok:")
    code, out, _ = run(capsys, "validate", "--json")
    assert code == 0 and json.loads(out) == []


PROBLEMS = (
    Problem(rule="sourced", record="symposium-2004", message="meeting without a source"),
    Problem(rule="graded", record="li-qiang", message="a source graded twice"),
)


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """`validate` finds two problems in the data."""
    monkeypatch.setattr(validation, "validate", lambda ds: PROBLEMS)


def test_problems_go_to_stderr_with_one_error_line(
    capsys: pytest.CaptureFixture[str], broken: None
) -> None:
    code, out, err = run(capsys, "validate")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "[sourced] symposium-2004: meeting without a source",
        "[graded] li-qiang: a source graded twice",
        "yrd-meetings: error: 2 problem(s) in the data",
    ]


def test_json_lists_the_problems_and_still_fails(
    capsys: pytest.CaptureFixture[str], broken: None
) -> None:
    code, out, err = run(capsys, "validate", "--json")
    assert code == 1
    assert json.loads(out) == [
        {"rule": "sourced", "record": "symposium-2004", "message": "meeting without a source"},
        {"rule": "graded", "record": "li-qiang", "message": "a source graded twice"},
    ]
    assert one_error_line(err) == "yrd-meetings: error: 2 problem(s) in the data"
