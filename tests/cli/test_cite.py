"""`yrd-meetings cite` and `--version`."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cli_helpers import one_error_line, run

from yrd_meetings import load
from yrd_meetings.cli import main


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
