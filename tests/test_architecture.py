"""The shape of the code: what imports what, and what importing kg costs."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


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
