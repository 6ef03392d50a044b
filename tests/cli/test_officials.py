"""`yrd-meetings officials`: the roster, and who held the eight posts on a day."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run

from yrd_meetings import load


def test_officials_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "officials", "--on", "2025-06-06", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 8
    by_post = {(r["province"], r["post"]): r for r in rows}
    assert by_post[("CN-SH", "party_secretary")]["name"] == "陈吉宁"
    assert by_post[("CN-AH", "governor")]["official"] == "wang-qingxian"
    code, out, _ = run(capsys, "officials", "--on", "2025-06-06", "--province", "上海")
    assert code == 0 and "陈吉宁" in out and "龚正" in out and "信长星" not in out


def test_officials_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "officials", "--json")
    assert code == 0
    assert {o["id"] for o in json.loads(out)} == {o.id for o in load().officials}
    code, out, _ = run(capsys, "officials", "--province", "CN-AH")
    assert code == 0 and "王清宪" in out and "陈吉宁" not in out
