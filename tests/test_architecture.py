"""The shape of the code: what imports what, how long a module gets, what importing kg costs."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    """Every module of the kg package by dotted name (a package by its ``__init__.py``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imported(name: str, path: Path) -> set[str]:
    """The kg modules that module ``name`` imports anywhere in its code, functions included:
    ``import kg.x``, ``from kg.x import y`` (kg.x.y when that is a module), relative imports and
    ``importlib.import_module("kg.x")``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: _imported(name, path) for name, path in MODULES.items()}


def _reachable(start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        for module in GRAPH[stack.pop()]:
            if module not in seen:
                seen.add(module)
                stack.append(module)
    return seen


def _cycle() -> list[str] | None:
    """One import cycle among kg's modules, as the list of modules around it, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for imported in sorted(GRAPH[module]):
            if state.get(imported) == 1:
                return path[path.index(imported) :] + [imported]
            if imported not in state and (found := visit(imported)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_kg_modules_import_each_other_without_a_cycle():
    cycle = _cycle()
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_import_graph_sees_imports_inside_functions_and_relative_ones(tmp_path):
    # the pipeline imports kg.distributed only inside the function that picks a Dask runner
    assert "kg.distributed" in GRAPH["kg.pipeline"]
    module = tmp_path / "x.py"
    module.write_text(
        "import importlib\n\n\ndef f():\n    from .model import Mention\n    from kg import graph\n"
        "    return importlib.import_module('kg.cache')\n",
        encoding="utf-8",
    )
    assert _imported("kg.x", module) == {"kg.model", "kg.graph", "kg.cache"}


def test_the_runners_know_nothing_of_the_pipeline_or_dask():
    # local processes and Dask behind one interface: kg.distributed builds on kg.runners, never
    # the other way round, and reaches the pipeline not at all
    assert "kg.runners" in GRAPH["kg.distributed"]
    assert {"kg.distributed", "kg.pipeline", "kg"}.isdisjoint(_reachable("kg.runners"))
    assert {"kg.pipeline", "kg"}.isdisjoint(_reachable("kg.distributed"))


def test_the_graph_and_the_exporters_never_import_spacy():
    for name in ["kg.graph", *(m for m in MODULES if m.startswith("kg.export"))]:
        for module in {name} | _reachable(name):
            text = MODULES[module].read_text(encoding="utf-8")
            imports = [n for n in ast.walk(ast.parse(text)) if isinstance(n, (ast.Import, ast.ImportFrom))]
            names = {a.name for n in imports if isinstance(n, ast.Import) for a in n.names}
            names |= {n.module or "" for n in imports if isinstance(n, ast.ImportFrom)}
            assert not {n for n in names if n.split(".")[0] in ("spacy", "thinc")}, (name, module)


def _length_cases():
    for name, path in MODULES.items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        relative = path.relative_to(PACKAGE.parent).as_posix()
        yield pytest.param(relative, lines, id=relative)


@pytest.mark.parametrize(("module", "lines"), list(_length_cases()))
def test_no_module_is_longer_than_600_lines(module, lines):
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by responsibility"


def _run(code: str) -> subprocess.CompletedProcess:
    """``code`` in a fresh interpreter, so no earlier test's imports count."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def test_import_kg_does_not_import_spacy():
    run = _run("""
        import sys
        import kg
        assert "spacy" not in sys.modules, "import kg imported spaCy"
        assert callable(kg.build_graph) and "spacy" in sys.modules  # the build API, on first use
    """)
    assert run.returncode == 0, run.stderr


def test_kg_help_does_not_import_spacy():
    run = _run("""
        import sys
        from typer.main import get_command
        from typer.testing import CliRunner
        from kg.cli import app

        runner = CliRunner()
        for args in [["--help"], *([name, "--help"] for name in get_command(app).commands)]:
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (args, result.output)
        assert "spacy" not in sys.modules, "kg --help imported spaCy"
    """)
    assert run.returncode == 0, run.stderr


@pytest.mark.model
def test_kg_build_graph_is_the_one_call_for_a_notebook(tmp_path):
    run = _run(f"""
        import networkx
        import kg
        article = {str(tmp_path / "a.txt")!r}
        open(article, "w", encoding="utf-8").write("Estonia joined NATO in 2004, officials said on Tuesday.\\n")
        graph = kg.build_graph([article])
        assert isinstance(graph, networkx.MultiDiGraph)
        assert ("estonia", "nato") in {{(u, v) for u, v, d in graph.edges(data=True) if d["relation"] == "member-of"}}
    """)
    assert run.returncode == 0, run.stderr
