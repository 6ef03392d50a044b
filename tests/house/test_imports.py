"""Data flows one way: records → codec → dataset → everything else.

Every import of a package module by another — at module level or inside a
function, but not under `if TYPE_CHECKING:` (no run-time arrow) — must point to
a lower floor or stay on the same one, and the graph has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "yrd_meetings"

# the floors, lowest first; a module not listed here fails the test until it is placed
FLOORS: tuple[tuple[str, ...], ...] = (
    ("_version", "ids", "records", "dates", "seeds", "text", "text.normalize", "text.script"),
    ("jsonfile", "codec", "tenures", "datadir", "index"),
    ("dataset",),
    (
        "validation", "convert", "coverage", "citation", "scoring", "hostile", "factories",
        "strategies", "textinput", "plot", "batch", "export", "export.*", "parsing",
        "parsing.*", "parsing.cues", "parsing.cues.*", "propose", "propose.*",
    ),
    ("testing", "pytest_plugin", "_hypothesis_hook", "cli", "cli.*", "__init__", "__main__"),
)  # fmt: skip


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def _floor(module: str) -> int:
    for i, floor in enumerate(FLOORS):
        for name in floor:
            if module == name or (name.endswith(".*") and module.startswith(name[:-1])):
                return i
    raise AssertionError(f"yrd_meetings.{module} is on no floor: place it in FLOORS")


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports(path: Path) -> set[str]:
    """Package modules `path` imports at run time (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    here = _module(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1] if node.level > 1 else package
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.startswith("yrd_meetings"):
                target = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                name = ".".join([*target, alias.name])
                found.add(
                    name
                    if (PACKAGE / f"{name.replace('.', '/')}.py").exists()
                    or (PACKAGE / name.replace(".", "/")).is_dir()
                    else ".".join(target)
                )
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("yrd_meetings."):
                    found.add(alias.name.split(".", 1)[1])
    return {m for m in found if m and m != _module(path)}


MODULES = sorted(PACKAGE.rglob("*.py"))
GRAPH = {_module(p): _imports(p) for p in MODULES}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_point_down_or_across(module: str) -> None:
    upward = [t for t in sorted(GRAPH[module]) if t in GRAPH and _floor(t) > _floor(module)]
    assert upward == [], f"yrd_meetings.{module} imports a higher floor: {upward}"


def test_no_cycles() -> None:
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if nxt not in GRAPH or nxt == "__init__":
                continue
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])
