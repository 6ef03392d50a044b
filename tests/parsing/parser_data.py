"""The parser's case table and corpus, loaded once for the tests in this folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted((HERE / "cases").glob("*.json")):
        cases += json.loads(path.read_text(encoding="utf-8"))
    return cases


def load_corpus() -> list[tuple[str, str, dict[str, Any]]]:
    """(id, text, truth) of every corpus excerpt."""
    out = []
    for path in sorted((HERE / "corpus").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        out.append((path.stem, path.with_suffix(".txt").read_text(encoding="utf-8"), truth))
    return out
