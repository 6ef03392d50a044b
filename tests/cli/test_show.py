"""`yrd-meetings show`: a meeting, an official, an outcome or an erratum by any key."""

from __future__ import annotations

import json

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings import load


def test_show_2025(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "2025")
    assert code == 0 and err == ""
    assert "南京" in out
    ds = load()
    attendees = ds.attendees(ds.meeting(2025))
    assert len(attendees) == 8
    for person in attendees:
        assert person.name in out
    for name in ("陈吉宁", "龚正", "信长星", "许昆林", "王浩", "刘捷", "梁言顺", "王清宪"):
        assert name in out


def test_show_1990_is_one_clean_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "1990")
    assert code == 1 and out == ""
    assert "1990" in one_error_line(err)


def test_show_forum_official_and_ids(capsys: pytest.CaptureFixture[str]) -> None:
    ds = load()
    code, out, _ = run(capsys, "show", "forum", "7")
    assert code == 0 and ds.forum(7).name in out
    for key in ("chen-jining", "陈吉宁", "Chen Jining", "chenjining"):
        code, out, _ = run(capsys, "show", key)
        assert code == 0 and "陈吉宁" in out and "上海市委书记" in out
    code, out, _ = run(capsys, "show", "chen-jining", "--json")
    data = json.loads(out)
    assert data["id"] == "chen-jining" and "symposium-2025" in data["meetings"]
    code, out, _ = run(capsys, "show", "2025", "--json")
    data = json.loads(out)
    assert data["city"] == "南京" and len(data["attendances"]) == 8
    assert len(data["attendee_names"]) == 8
    agreement = ds.agreements[0]
    code, out, _ = run(capsys, "show", agreement.id)
    assert code == 0 and agreement.title in out


def test_show_a_renamed_id_finds_the_record_and_names_the_new_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "show", "forum-7-signed-01")
    assert code == 0
    assert out.splitlines()[:4] == [
        "id: outcome-063",
        "title: 长三角—长江经济带联动科技创新引领新质生产力发展合作框架协议",
        "kind: signed",
        "meeting: forum-7",
    ]
    assert err == (
        "yrd-meetings: note: id 'forum-7-signed-01' was renamed 'outcome-063'; "
        "the old id stops resolving in release 0.3.0\n"
    )


@pytest.mark.parametrize(
    ("key", "unknown"),
    [("2010", ["attendees", "documents"]), ("2005", ["documents"]), ("2025", [])],
)
def test_show_prints_unknown_lists_as_unknown(
    capsys: pytest.CaptureFixture[str], key: str, unknown: list[str]
) -> None:
    code, out, _ = run(capsys, "show", key)
    assert code == 0
    said = [line.split(":")[0].strip() for line in out.splitlines() if ": ? (" in line]
    assert said == unknown
