"""The command line, driven through `main(argv)`; one run of the installed console script."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from export_helpers import packaged

from yrd_meetings import load
from yrd_meetings.cli import build_parser, main, table, width
from yrd_meetings.coverage import coverage
from yrd_meetings.records import Meeting, MeetingKind

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _data() -> None:
    packaged()  # skip while the data files are missing


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("yrd-meetings: error: ")
    assert "Traceback" not in err
    return lines[0]


# -- the done-when of issue 5 --------------------------------------------------------------


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


# -- commands -------------------------------------------------------------------------------


def test_bare_command_is_the_symposium_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    ds = load()
    years = [m.year for m in ds.meetings if m.kind.value == "symposium"]
    lines = out.splitlines()
    assert lines[0].split()[0] == "年度/届"
    assert [int(line.split()[0]) for line in lines[2 : 2 + len(years)]] == years


def test_bare_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json")
    assert code == 0
    data = json.loads(out)
    assert {d["kind"] for d in data} == {"symposium"}
    assert next(d for d in data if d["year"] == 2025)["city"] == "南京"


def test_list_filters(capsys: pytest.CaptureFixture[str]) -> None:
    ds = load()
    code, out, _ = run(capsys, "list", "--kind", "forum", "--json")
    assert code == 0
    forums = json.loads(out)
    assert [f["id"] for f in forums] == [m.id for m in ds.meetings if m.kind.value == "forum"]
    for spelling in ("CN-JS", "JS", "江苏", "江苏省", "jiangsu", "苏", "320000"):
        code, out, _ = run(capsys, "list", "--province", spelling, "--json")
        assert code == 0
        assert {m["province"] for m in json.loads(out)} == {"CN-JS"}
    code, out, _ = run(capsys, "list", "--year", "2025")
    assert code == 0 and "symposium-2025" in out and "forum-7" in out


def test_list_bad_province_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--province", "Guangdong")
    assert code == 2 and out == ""
    assert "Guangdong" in one_error_line(err)


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


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert (code, err) == (0, "")
    assert out.startswith("ok:")
    code, out, _ = run(capsys, "validate", "--json")
    assert code == 0 and json.loads(out) == []


def test_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    ds = load()
    rows = coverage(ds, through=2026)
    symposiums = {m.year: m for m in ds.meetings if m.kind.value == "symposium"}
    assert [r["year"] for r in rows] == list(range(2005, 2027))
    for r in rows:
        assert set(r) == {
            "id",
            "year",
            "edition",
            "date",
            "city",
            "host",
            "theme",
            "attendees",
            "documents",
            "next_host",
        }
        marks = {"known", "unknown", "inferred"} if r["id"] else {"no record"}
        for field in ("city", "host", "theme", "attendees", "documents", "next_host"):
            assert r[field] in marks
        assert r["id"] == (symposiums[r["year"]].id if r["year"] in symposiums else None)
    r2025 = next(r for r in rows if r["year"] == 2025)
    assert r2025["date"] == r2025["city"] == r2025["attendees"] == "known"
    code, out, _ = run(capsys, "coverage")
    assert code == 0 and "2025" in out and "inferred" in out
    code, out, _ = run(capsys, "coverage", "--json")
    assert json.loads(out) == coverage(ds)
    code, out, _ = run(capsys, "coverage", "--markdown", "--kind", "forum")
    assert out.startswith("| edition | date |")
    assert [r["edition"] for r in coverage(ds, MeetingKind.FORUM)] == list(range(1, 9))


@pytest.mark.parametrize("year", [2006, 2007, 2012, 2016, 2017])
def test_coverage_says_no_record_for_years_without_one(
    capsys: pytest.CaptureFixture[str], year: int
) -> None:
    code, out, _ = run(capsys, "coverage")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith(str(year)))
    assert line.split() == [str(year), "no", "record"]
    _, markdown, _ = run(capsys, "coverage", "--markdown")
    assert f"| {year} | no record |" in markdown


def test_coverage_runs_through_this_year() -> None:
    import datetime

    rows = coverage(load())
    assert rows[0]["year"] == 2005
    assert rows[-1]["year"] == max(datetime.date.today().year, 2026)


def test_export_all_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for fmt in ("json", "jsonl", "csv", "datapackage"):
        code, out, err = run(capsys, "export", "--format", fmt, "--out", str(tmp_path / fmt))
        assert (code, err) == (0, ""), err
        assert out.startswith(f"wrote {fmt} to ")
    assert load(path=tmp_path / "json") == load()
    assert (tmp_path / "datapackage" / "datapackage.json").is_file()
    code, _, err = run(capsys, "export", "--format", "json", "--out", str(tmp_path / "json"))
    assert code == 1 and "--force" in one_error_line(err)
    code, _, err = run(
        capsys, "export", "--format", "jsonl", "--out", str(tmp_path / "json"), "--force"
    )
    assert code == 0


def test_export_script_and_columns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "json",
        "--out",
        str(tmp_path / "t"),
        "--script",
        "traditional",
    )
    assert code == 0
    assert load(path=tmp_path / "t").official("chen-jining").name == "陳吉寧"
    assert load(path=tmp_path / "t") == load(script="traditional")
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "c"),
        "--traditional-columns",
        "tw",
        "--excel",
    )
    assert code == 0
    raw = (tmp_path / "c" / "officials.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,name,name@zh-Hant-TW,")
    code, _, err = run(
        capsys, "export", "--format", "json", "--out", str(tmp_path / "x"), "--excel"
    )
    assert code == 1 and "excel" in one_error_line(err)


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


def test_version_names_code_and_data(capsys: pytest.CaptureFixture[str]) -> None:
    import yrd_meetings

    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == f"yrd-meetings {yrd_meetings.__version__} (data {load().meta.version})\n"
    assert err == ""


def test_version_loads_the_data_only_when_asked() -> None:
    code = (
        "import yrd_meetings.dataset as d, yrd_meetings.cli as c\n"
        "c.build_parser().parse_args(['list'])\n"
        "assert not d._CACHE, 'the parser loaded the data'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("argv", "style"),
    [([], "bibtex"), (["--style", "bibtex"], "bibtex"), (["--style", "apa"], "apa")],
)
def test_cite(capsys: pytest.CaptureFixture[str], argv: list[str], style: str) -> None:
    from yrd_meetings.citation import cite

    code, out, err = run(capsys, "cite", *argv)
    assert (code, err) == (0, "")
    assert out == cite(style).rstrip("\n") + "\n"  # type: ignore[arg-type]
    assert load().meta.version in out


def test_cite_bad_style_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "--style", "mla")
    assert code == 2 and out == ""
    assert "mla" in one_error_line(err)


def columns(out: str, row_id: str) -> dict[str, str]:
    """A row of a table by its header, cut at the header's display columns."""
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    line = next(line for line in lines[2:] if line.split()[0] == row_id)
    cells, col, current = [], 0, ""
    for ch in line + " ":
        if col in starts[1:] and current is not None:
            cells.append(current.strip())
            current = ""
        current += ch
        col += width(ch)
    cells.append(current.strip())
    names = header.split()
    return dict(zip(names, cells, strict=False))


@pytest.mark.parametrize(
    ("meeting", "attendees", "documents"),
    [
        ("symposium-2010", "?", "?"),
        ("symposium-2026", "?", "?"),
        ("symposium-2005", "6", "?"),
        ("symposium-2025", "8", "3"),
        ("forum-8", "9", "3"),
    ],
)
def test_list_prints_unknown_counts_as_question_marks(
    capsys: pytest.CaptureFixture[str], meeting: str, attendees: str, documents: str
) -> None:
    ds = load()
    m = ds.get(meeting)
    assert isinstance(m, Meeting)
    code, out, _ = run(capsys, "list", "--year", str(m.year or m.start.year))  # type: ignore[union-attr]
    assert code == 0
    cells = columns(out, meeting)
    assert (cells["people"], cells["docs"]) == (attendees, documents)
    assert " 0 " not in out


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


# -- parse and check ----------------------------------------------------------------------------


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
        assert "bad.bin" in line or "parser is not available" in line
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


# -- tables and the console script -------------------------------------------------------------


def test_table_aligns_double_width() -> None:
    text = table(("name", "city"), [("陈吉宁", "南京"), ("Gong Zheng", "上海")])
    lines = text.splitlines()
    assert width(lines[2]) <= width(lines[1])
    col = [width(line[: line.index("南京")]) for line in lines[2:3]]
    assert col == [width("Gong Zheng") + 2]
    assert width("陈吉宁") == 6 and width("abc") == 3


def test_a_short_row_runs_on_without_widening_its_column() -> None:
    text = table(("year", "date", "city"), [("2005", "✓", "杭州"), ("2006", "no record")])
    assert text.splitlines() == [
        "year  date  city",
        "----  ----  ----",
        "2005  ✓     杭州",
        "2006  no record",
    ]


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


def test_parse_and_check_output_with_a_stand_in_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI side of parse/check, whatever the state of the parser itself."""
    import types

    from yrd_meetings.dates import PartialDate
    from yrd_meetings.parsing.report import Attendee, Discrepancy, Report, report_to_json
    from yrd_meetings.records import MeetingKind, Post, Province

    seen: list[str] = []

    def parse(text: str) -> tuple[Report, ...]:
        seen.append(text)
        return (
            Report(
                kind=MeetingKind.SYMPOSIUM,
                year=2025,
                start=PartialDate.parse("2025-06-06"),
                end=PartialDate.parse("2025-06-07"),
                city="南京",
                province=Province.JIANGSU,
                attendees=(
                    Attendee(name="陈吉宁", post=Post.PARTY_SECRETARY, province=Province.SHANGHAI),
                ),
                documents=("关于强化都市圈同城化发展体制机制的意见",),
                next_host=Province.SHANGHAI,
            ),
        )

    def check(text: str) -> tuple[Discrepancy, ...]:
        return (
            Discrepancy(
                kind="name", start=3, end=6, says="陈吉凝", truth="陈吉宁", source="seed 000"
            ),
        )

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


def test_export_formula_escape_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yrd_meetings.export as export

    calls: list[bool] = []
    real = export.write

    def spy(*args: typing.Any, **kwargs: typing.Any) -> Path:
        calls.append(kwargs["csv_formula_escape"])
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "write", spy)
    for extra in ([], ["--no-formula-escape"]):
        out = tmp_path / f"csv{len(extra)}"
        code, _, err = run(capsys, "export", "--format", "csv", "--out", str(out), *extra)
        assert (code, err) == (0, "")
    assert calls == [True, False]


def test_a_second_export_in_progress_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from yrd_meetings.export import atomic

    out = tmp_path / "out"
    with atomic._locked(out):
        code, _, err = run(capsys, "export", "--format", "json", "--out", str(out))
    assert code == 1 and "in progress" in one_error_line(err)
    assert not out.exists()


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
