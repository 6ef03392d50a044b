"""The README's set-up commands are the ones CI runs, and its tour runs as written."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_two_setup_commands() -> None:
    show, test = sh_blocks()[:2]
    assert "pip install ." in show and show.endswith("yrd-meetings")
    assert '".[test]"' in test and "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = sh_blocks()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme_tour_runs() -> None:
    parser = doctest.DocTestParser()
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README[{i}]", "README.md", 0)
        runner.run(test)
    assert runner.failures == 0 and runner.tries > 5
