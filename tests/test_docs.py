"""Every example in docs/*.md and README.md runs: ```python blocks as doctests (one
namespace a page), ```console blocks as `yrd-meetings` runs compared with their
printed output; docs/timeline.svg is generated from the data and kept current."""

from __future__ import annotations

import doctest
import re
import runpy
import shlex
from pathlib import Path

import pytest
from export_helpers import packaged

from yrd_meetings.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
# pages whose examples are the point: they must have some
MUST_HAVE_EXAMPLES = {"index.md", "export.md", "cli.md", "cookbook.md", "README.md"}


def blocks(page: Path, lang: str) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packaged()  # skip while the data files are missing
    monkeypatch.delenv("COLUMNS", raising=False)  # examples show whole tables
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_examples_run(page: Path) -> None:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for i, block in enumerate(blocks(page, "python")):
        test = parser.get_doctest(block, namespace, f"{page.name}[{i}]", str(page), 0)
        runner.run(test, clear_globs=False)
        namespace.update(test.globs)  # the next block sees this one's names
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"
    has_console = bool(blocks(page, "console"))
    if page.name in MUST_HAVE_EXAMPLES and not has_console:
        assert result.attempted > 0, f"{page.name} has no python examples"


def console_examples(block: str) -> list[tuple[str, str]]:
    """(command line, expected output) pairs of a ```console block."""
    found = []
    command: str | None = None
    expected: list[str] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            if command is not None:
                found.append((command, "\n".join(expected)))
            command, expected = line[2:], []
        else:
            expected.append(line)
    if command is not None:
        found.append((command, "\n".join(expected)))
    return found


CONSOLE = [(page, i, block) for page in PAGES for i, block in enumerate(blocks(page, "console"))]


@pytest.mark.parametrize(
    ("page", "index", "block"), CONSOLE, ids=[f"{p.name}[{i}]" for p, i, _ in CONSOLE]
)
def test_console_examples_run(
    page: Path, index: int, block: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The commands of a block run in order, in one fresh directory."""
    for command, expected in console_examples(block):
        argv = shlex.split(command)
        assert argv[0] == "yrd-meetings", f"{page.name}: console examples run yrd-meetings only"
        status = main(argv[1:])
        out, err = capsys.readouterr()
        got = out + err
        checker = doctest.OutputChecker()
        if not checker.check_output(expected.strip() + "\n", got, FLAGS):
            example = doctest.Example(command, expected + "\n")
            diff = checker.output_difference(example, got, FLAGS)
            pytest.fail(f"{page.name}: `{command}` printed something else\n{diff}")
        failed = expected.startswith("yrd-meetings: error:")
        assert (status != 0) if failed else (status == 0), f"`{command}` exited {status}: {err}"


def test_cli_page_has_console_examples() -> None:
    commands = [c for block in blocks(DOCS / "cli.md", "console") for c in console_examples(block)]
    assert len(commands) >= 8


def test_timeline_svg_is_current() -> None:
    from yrd_meetings import load

    render = runpy.run_path(str(DOCS / "timeline.py"))["render"]
    assert (DOCS / "timeline.svg").read_text(encoding="utf-8") == render(load()), (
        "run `python docs/timeline.py`"
    )


def test_timeline_svg_is_well_formed_and_shows_every_post() -> None:
    import xml.dom.minidom

    from yrd_meetings import load
    from yrd_meetings.records import Post, Province

    svg = (DOCS / "timeline.svg").read_text(encoding="utf-8")
    xml.dom.minidom.parseString(svg)
    for province in Province:
        for post in Post:
            assert province.name_zh + post.title_zh(province) in svg
    incumbents = [o for o in load().officials for t in o.tenures if t.end is None]
    for o in incumbents:
        assert o.name in svg
    assert "matplotlib" not in (DOCS / "timeline.py").read_text(encoding="utf-8")
