"""The one table renderer and the small formatters commands share: tables fit the terminal
(COLUMNS), non-UTF-8 terminals get ASCII marks or a way out."""

from __future__ import annotations

import os
import subprocess
import sys

import attrs
import pytest

from yrd_meetings import PartialDate, Post, Province, load
from yrd_meetings.cli import main, table, width
from yrd_meetings.cli.render import (
    count,
    dates,
    dump_json,
    for_terminal,
    post_title,
    terminal_columns,
    text,
)


def run(*argv: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "PYTHONIOENCODING")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "yrd_meetings", *argv], capture_output=True, env=environment
    )


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("argv", [[], ["list"], ["officials"], ["show", "2025"], ["coverage"]])
def test_tables_fit_columns(
    argv: list[str],
    columns: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    # tables are cut to fit; free text (notes, themes, source URLs) is indented and wraps
    table_lines = [line for line in lines if line and not line.startswith(("<Dataset", "  "))]
    assert max(width(line) for line in table_lines) <= columns


def test_cut_cells_end_in_an_ellipsis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["list", "--year", "2025"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "symposium-2025" in line)
    assert row.endswith("…") and row.split()[-1].startswith("协同")


def test_a_pipe_gets_whole_tables(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    assert main(["list", "--year", "2025"]) == 0
    assert "协同提升长三角区域创新能力，更好发挥高质量发展动力源作用" in capsys.readouterr().out


def test_gbk_terminal_gets_ascii_marks() -> None:
    done = run("coverage", PYTHONIOENCODING="gbk")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("gbk")
    assert "2005  +     +     +     .      +" in out and "✓" not in out
    assert "+ known   . unknown   ~ inferred" in out


def test_ascii_terminal_is_told_what_to_do() -> None:
    done = run("list", PYTHONIOENCODING="ascii")
    assert done.returncode == 1 and done.stdout == b""
    err = done.stderr.decode("ascii").splitlines()
    assert err == [
        "yrd-meetings: error: the terminal's encoding (ascii) cannot show this output; "
        "set PYTHONIOENCODING=utf-8 (or use a UTF-8 locale) and run again"
    ]
    assert run("--version", PYTHONIOENCODING="ascii").returncode == 0


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


@pytest.mark.parametrize(
    ("text", "columns"),
    [("", 0), ("abc", 3), ("陈吉宁", 6), ("南京2025", 8), ("ｶ", 1), ("Ａ", 2), ("é", 1), ("…", 1)],
)
def test_width_counts_wide_characters_twice(text: str, columns: int) -> None:
    assert width(text) == columns


@pytest.mark.parametrize(
    ("output", "encoding", "shown"),
    [
        ("陈吉宁 ✓", "utf-8", "陈吉宁 ✓"),
        ("陈吉宁 ✓", None, "陈吉宁 ✓"),
        ("陈吉宁 ✓ · – … ²", "gbk", "陈吉宁 + . - ... 2"),
        ("ok ✓", "ascii", "ok +"),
    ],
)
def test_for_terminal_makes_marks_ascii_only_when_it_must(
    output: str, encoding: str | None, shown: str
) -> None:
    assert for_terminal(output, encoding) == shown


def test_for_terminal_refuses_chinese_on_an_ascii_terminal() -> None:
    with pytest.raises(ValueError, match=r"encoding \(ascii\) cannot show"):
        for_terminal("陈吉宁", "ascii")


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (None, None, ""),
        ("2025-06-06", None, "2025-06-06"),
        ("2025-06-06", "2025-06-06", "2025-06-06"),
        ("2008-12-15", "2008-12-16", "2008-12-15/16"),
        ("2025-08-31", "2025-09-01", "2025-08-31/09-01"),
        ("2025-12-31", "2026-01-01", "2025-12-31/2026-01-01"),
        ("2019-05", "2019-06", "2019-05/2019-06"),
    ],
)
def test_dates_print_the_short_form_of_an_interval(
    start: str | None, end: str | None, shown: str
) -> None:
    meeting = attrs.evolve(
        load().meeting(2025),
        start=None if start is None else PartialDate.parse(start),
        end=None if end is None else PartialDate.parse(end),
    )
    assert dates(meeting) == shown


@pytest.mark.parametrize(
    ("post", "province", "title", "shown"),
    [
        (Post.PARTY_SECRETARY, Province.SHANGHAI, None, "上海市委书记"),
        (Post.GOVERNOR, Province.SHANGHAI, "ignored", "上海市长"),
        (Post.GOVERNOR, Province.ANHUI, None, "安徽省长"),
        (None, Province.ANHUI, "国家发展改革委副秘书长", "国家发展改革委副秘书长"),
        (Post.GOVERNOR, None, "省长", "省长"),
        (None, None, None, ""),
    ],
)
def test_post_title_names_the_eight_posts_else_the_title(
    post: Post | None, province: Province | None, title: str | None, shown: str
) -> None:
    assert post_title(post, province, title) == shown


@pytest.mark.parametrize(("n", "shown"), [(0, "?"), (1, "1"), (12, "12")])
def test_count_prints_none_recorded_as_a_question_mark(n: int, shown: str) -> None:
    assert count(n) == shown


@pytest.mark.parametrize(("value", "shown"), [(None, ""), ("", ""), (0, "0"), ("南京", "南京")])
def test_text_is_empty_for_none(value: object, shown: str) -> None:
    assert text(value) == shown


def test_dump_json_keeps_chinese_and_indents() -> None:
    assert dump_json({"city": "南京", "n": [1]}) == '{\n  "city": "南京",\n  "n": [\n    1\n  ]\n}'


@pytest.mark.parametrize(("env", "columns"), [("80", 80), ("0", None), ("wide", None), ("", None)])
def test_terminal_columns_reads_columns_off_a_terminal(
    env: str, columns: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", env)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert terminal_columns() == columns


def test_a_cut_last_column_ends_in_an_ellipsis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    text_ = table(("id", "theme"), [("symposium-2025", "协同提升长三角区域创新能力")])
    assert text_.splitlines() == [
        "id              theme",
        "--------------  --------",
        "symposium-2025  协同提…",
    ]
