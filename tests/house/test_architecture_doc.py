"""docs/architecture.md stays true: every module and folder it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "yrd_meetings"
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_every_named_module_exists() -> None:
    named = set(re.findall(r"`([\w/]+(?:\.py|/))`", DOC))
    assert len(named) >= 25
    files = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*")}
    for top in ("tests", "docs", "benchmarks", "seeds"):
        files |= {str(p.relative_to(ROOT)) for p in (ROOT / top).rglob("*")}
    # a name may be given relative to the folder its sentence speaks of (cues/ → meetings.py)
    missing = sorted(
        name
        for name in named
        if not any(f == name.rstrip("/") or f.endswith("/" + name.rstrip("/")) for f in files)
    )
    assert missing == []


def test_every_floor_module_of_the_import_test_is_on_the_page() -> None:
    from test_imports import FLOORS

    listed = {name.split(".")[0] for floor in FLOORS for name in floor}
    on_page = set(re.findall(r"`(\w+)(?:\.py|/)`", DOC))
    skip = {
        "_version",
        "_hypothesis_hook",
        "__main__",
        "__init__",
        "seeds",
        "text",
        "plot",
        "batch",
    }
    assert sorted(listed - on_page - skip) == []
