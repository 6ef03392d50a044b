"""docs/sources.md is generated from the data and kept current."""

from __future__ import annotations

import runpy
from pathlib import Path

from yrd_meetings import load

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_sources_doc_is_current() -> None:
    render = runpy.run_path(str(DOCS / "sources.py"))["render"]
    assert (DOCS / "sources.md").read_text(encoding="utf-8") == render(load()), (
        "run `python docs/sources.py`"
    )


def test_every_cited_source_is_listed() -> None:
    doc = (DOCS / "sources.md").read_text(encoding="utf-8")
    for source in load().sources:
        assert source.ref in doc
