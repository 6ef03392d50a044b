"""Rooms small enough to live in: no module over 400 lines, no function over 60."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "yrd_meetings"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_module_is_at_most_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


def _long_functions(source: str) -> list[str]:
    """`name: lines` of each function (decorators and docstring included) over the limit."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            lines = (node.end_lineno or node.lineno) - first + 1
            if lines > MAX_FUNCTION_LINES:
                found.append(f"{node.name}: {lines}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_function_is_over_60_lines(path: Path) -> None:
    assert _long_functions(path.read_text(encoding="utf-8")) == []


def test_the_limits_bite() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(59))
    assert _long_functions(f"def ok():\n{body}\n") == []
    assert _long_functions(f"@decorated\ndef long():\n{body}\n") == ["long: 61"]
    assert len(MODULES) > 70
