"""`yrd-meetings parse` and `check`: input decoding, reports, discrepancies, exit codes."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings.cli import main
from yrd_meetings.dates import PartialDate
from yrd_meetings.parsing.report import Attendee, Discrepancy, Report, report_to_json
from yrd_meetings.records import MeetingKind, Post, Province

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_input_decoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from yrd_meetings.cli import NotFound
    from yrd_meetings.cli.reports import read_input as _read_input

    text = "2025年度长三角地区主要领导座谈会在江苏南京举行"
    (tmp_path / "u.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-8-sig"))
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "bad.bin").write_bytes(b"\xff\xfe\x00\x81\x30")
    for name in ("u.txt", "bom.txt", "gb.txt"):
        assert _read_input(str(tmp_path / name)) == text
    with pytest.raises(NotFound, match=r"not text in a known encoding .*GB18030, Big5"):
        _read_input(str(tmp_path / "bad.bin"))
    with pytest.raises(NotFound, match="no such file"):
        _read_input(str(tmp_path / "missing.txt"))
    with pytest.raises(NotFound, match="is a directory"):
        _read_input(str(tmp_path))


def test_parse_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.bin").write_bytes(b"\xff\xfe\x00\x81\x30")
    for command in ("parse", "check"):
        code, out, err = run(capsys, command, str(tmp_path / "bad.bin"))
        assert code == 1 and out == ""
        line = one_error_line(err)
        assert "bad.bin" in line
        code, out, err = run(capsys, command, str(tmp_path / "missing.txt"))
        assert code == 1
        one_error_line(err)


def test_parse_json_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", "--json", *map(str, SEEDS))
    assert code == 0, err
    reports = json.loads(out)
    keys = {
        "kind",
        "year",
        "edition",
        "start",
        "end",
        "city",
        "province",
        "theme",
        "attendees",
        "documents",
        "heard",
        "agreements",
        "releases",
        "unveiled",
        "next_host",
        "visits",
        "evidence",
    }
    assert reports and all(set(r) == keys | {"file"} for r in reports)
    assert {r["file"] for r in reports} <= set(map(str, SEEDS))
    assert any(r["year"] == 2025 and r["city"] == "南京" for r in reports)


def test_parse_stdin_and_gb18030(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")

    class Stdin:
        buffer = io.BytesIO(text.encode("gb18030"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, out, err = run(capsys, "parse", "--json", "-")
    assert code == 0, err
    _, out2, _ = run(capsys, "parse", "--json", str(SEEDS[0]))
    from_stdin, from_file = json.loads(out), json.loads(out2)
    assert {r.pop("file") for r in from_stdin} == {"-"}
    assert {r.pop("file") for r in from_file} == {str(SEEDS[0])}
    assert from_stdin == from_file
    code, out, err = run(capsys, "check", *map(str, SEEDS))
    assert code == 1 and err == ""  # the seeds hold known slips: discrepancies exit 1
    assert "discrepanc" in out.splitlines()[-1]


STAND_IN_REPORT = Report(
    kind=MeetingKind.SYMPOSIUM,
    year=2025,
    start=PartialDate.parse("2025-06-06"),
    end=PartialDate.parse("2025-06-07"),
    city="南京",
    province=Province.JIANGSU,
    attendees=(Attendee(name="陈吉宁", post=Post.PARTY_SECRETARY, province=Province.SHANGHAI),),
    documents=("关于强化都市圈同城化发展体制机制的意见",),
    next_host=Province.SHANGHAI,
)
STAND_IN_SLIP = Discrepancy(
    kind="name", start=3, end=6, says="陈吉凝", truth="陈吉宁", source="seed 000"
)


def test_parse_and_check_output_with_a_stand_in_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI side of parse/check, whatever the state of the parser itself."""
    seen: list[str] = []

    def parse(text: str) -> tuple[Report, ...]:
        seen.append(text)
        return (STAND_IN_REPORT,)

    def check(text: str) -> tuple[Discrepancy, ...]:
        return (STAND_IN_SLIP,)

    fake = types.ModuleType("yrd_meetings.parsing")
    fake.parse = parse  # type: ignore[attr-defined]
    fake.check = check  # type: ignore[attr-defined]
    fake.report_to_json = report_to_json  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "yrd_meetings.parsing", fake)
    path = tmp_path / "gb.txt"
    path.write_bytes("上海市委书记陈吉宁出席".encode("gb18030"))

    code, out, err = run(capsys, "parse", str(path))
    assert (code, err) == (0, "")
    assert seen == ["上海市委书记陈吉宁出席"]
    assert "1 report(s)" in out and "symposium  2025年度  2025-06-06/2025-06-07  南京" in out
    assert "attendees: 陈吉宁" in out and "next host: 上海" in out
    code, out, _ = run(capsys, "parse", "--json", str(path), str(path))
    reports = json.loads(out)
    assert len(reports) == 2 and reports[0]["city"] == "南京" and reports[0]["province"] == "CN-JS"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1  # a discrepancy, like a linter's finding
    assert out.splitlines() == [
        f"{path}:3-6: name: says '陈吉凝', truth '陈吉宁' (seed 000)",
        "1 discrepancy in 1 file(s)",
    ]
    code, out, _ = run(capsys, "check", "--json", str(path))
    assert json.loads(out)[0]["says"] == "陈吉凝"


def test_check_says_when_nothing_was_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    unrelated = tmp_path / "unrelated.txt"
    unrelated.write_text("与长三角无关的一段文字。", encoding="utf-8")
    status = main(["check", str(unrelated)])
    out = capsys.readouterr().out
    assert status == 3
    assert out.splitlines() == [
        "0 discrepancies in 1 file(s)",
        f"{unrelated}: no report of a symposium or forum found: nothing checked",
    ]
