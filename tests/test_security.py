"""No code path evaluates or unpickles data; nothing writes outside where it should."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "yrd_meetings"
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill", "cloudpickle"}


def python_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_no_eval_exec_or_pickle_in_the_package() -> None:
    offences = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if call and node.func.id in FORBIDDEN_CALLS:  # type: ignore[attr-defined]
                offences.append(f"{path.name}:{node.lineno} calls {node.func.id}()")
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] in FORBIDDEN_MODULES:
                        offences.append(f"{path.name}:{node.lineno} imports {alias.name}")
            module = node.module if isinstance(node, ast.ImportFrom) else None
            if module and module.split(".")[0] in FORBIDDEN_MODULES:
                offences.append(f"{path.name}:{node.lineno} imports from {module}")
    assert offences == []
    assert len(python_files()) > 10


def test_data_is_read_as_json_only() -> None:
    data = SRC / "data"
    assert {p.suffix for p in data.iterdir() if p.is_file()} == {".json"}
