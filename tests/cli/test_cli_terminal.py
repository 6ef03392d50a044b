"""Tables fit the terminal (COLUMNS) and non-UTF-8 terminals get ASCII marks or a way out."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from yrd_meetings.cli import main, width


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
