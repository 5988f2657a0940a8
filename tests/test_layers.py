"""The core never imports Qt: only resreader.ui may."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "resreader"


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts
        and any(
            name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
            for name in _imported_modules(path)
        )
    ]
    assert offenders == []


def test_core_runs_without_loading_qt() -> None:
    code = (
        "import sys, resreader, resreader.cli, resreader.library, resreader.model\n"
        "from resreader import parse\n"
        "parse('The General Assembly,\\n\\n1. Decides to remain seized of the matter.\\n')\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _imports_of_each_module() -> dict[str, set[str]]:
    """Every resreader module and the resreader modules it imports anywhere in its body
    (TYPE_CHECKING blocks and imports inside functions count)."""
    src = Path(__file__).resolve().parents[1] / "src"
    graph: dict[str, set[str]] = {}
    for path in src.rglob("*.py"):
        name = ".".join(path.relative_to(src).with_suffix("").parts).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("resreader"):
                deps.add(node.module or "")
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.startswith("resreader")}
        graph[name] = deps
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def test_no_import_cycles() -> None:
    graph = _imports_of_each_module()
    for start in graph:  # a cycle: a module reachable again from itself
        seen, todo = set(), list(graph[start])
        while todo:
            module = todo.pop()
            assert module != start, f"{start} imports itself through {sorted(seen)}"
            if module not in seen:
                seen.add(module)
                todo += graph[module]
