"""Tests mirror the package: `src/yrd_meetings/<sub>/<module>.py` has its tests in
`tests/<sub>/test_<module>.py` (a top-level module: `tests/test_<module>.py`).

A package's `__init__.py` re-exports its modules and is tested through them. A module
whose tests live in a file named otherwise is listed in ALIASES; a module without tests
of its own is listed in EXEMPT; each entry says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "yrd_meetings"
TESTS = ROOT / "tests"

# module -> the test file that holds its tests under another name
ALIASES: dict[str, str] = {}

# module -> why it has no test file of its own
EXEMPT: dict[str, str] = {
    "_version.py": "one constant; tests/test_dataset.py checks it and the CLI prints it",
    "__main__.py": "two lines that run main(); tests/cli/test_app.py runs `python -m`",
}


def modules() -> list[str]:
    """Every module of the package but the packages' `__init__.py`, as a relative path."""
    return sorted(
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if p.name != "__init__.py" and "__pycache__" not in p.parts
    )


def mirror_of(module: str) -> Path:
    """Where the tests of `module` live."""
    if module in ALIASES:
        return TESTS / ALIASES[module]
    path = Path(module)
    return TESTS / path.parent / f"test_{path.name}"


@pytest.mark.parametrize("module", modules())
def test_every_module_has_its_test_file(module: str) -> None:
    if module in EXEMPT:
        return
    expected = mirror_of(module)
    assert expected.is_file(), (
        f"src/yrd_meetings/{module} has no tests: add {expected.relative_to(ROOT)}"
        " (or an entry, with its reason, in ALIASES or EXEMPT)"
    )


def test_the_mapping() -> None:
    assert mirror_of("coverage.py") == TESTS / "test_coverage.py"
    assert mirror_of("cli/show.py") == TESTS / "cli" / "test_show.py"
    assert mirror_of("parsing/cues/dates.py") == TESTS / "parsing" / "cues" / "test_dates.py"
    assert mirror_of("validation.py") == TESTS / "test_validation.py"
    assert "cli/__init__.py" not in modules()
    assert "__main__.py" in modules()


def test_the_lists_name_real_modules_and_stay_short() -> None:
    known = set(modules())
    assert set(ALIASES) <= known
    assert set(EXEMPT) <= known
    assert not set(ALIASES) & set(EXEMPT)
    assert len(EXEMPT) <= 5
    assert all(reason.strip() for reason in EXEMPT.values())
