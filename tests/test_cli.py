"""The command line through typer's CliRunner: exit codes, output, help, errors for people."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


COMMANDS = sorted(get_command(app).commands)  # every command typer has registered


def test_the_commands_are_found():
    assert {"build", "view", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=lambda command: " ".join(["kg", *command]))
def test_every_command_explains_itself_with_an_example(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "kg " in result.output


@pytest.mark.model
def test_build_writes_every_format_and_summarises(tmp_path):
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("graph.graphml", "graph.html", "graph.gexf", "graph.json"):
        assert (tmp_path / name).stat().st_size > 0
    assert "Read 2 document(s)" in result.output
    assert "leads-delegation" in result.output and "member-of" in result.output
    assert str(tmp_path / "graph.graphml") in result.output


@pytest.mark.model
def test_format_option_writes_only_that_format(tmp_path):
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("graph.")) == ["graph.json"]
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert any(n.get("label") == "Vladimir Putin" for n in data["nodes"])


@pytest.mark.model
def test_skipped_inputs_give_exit_1_and_are_listed(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(ROOT / "seeds" / "000_997d0466002064fc.txt", corpus)
    (corpus / "empty.txt").write_text("   \n")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output


def test_build_needs_paths_and_says_so_in_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()  # a folder that was once the default: never read unasked
    (tmp_path / "seeds" / "a.txt").write_text("Estonia joined NATO in 2004, officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert errors == ["Error: Missing argument 'PATHS'."]
    assert not (tmp_path / "out").exists()


def test_unknown_format_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert "unknown format 'pdf'" in result.output
    assert "Traceback" not in result.output


def test_missing_model_says_what_to_install(tmp_path):
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--model", "no_such_model_xx"])
    assert result.exit_code == 2
    assert "pip install" in result.output and "--model" in result.output


@pytest.mark.model
def test_nothing_readable_is_exit_2(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "missing" in result.output
    assert not (tmp_path / "out" / "graph.graphml").exists()


@pytest.mark.model
def test_bad_patterns_file_names_the_line(tmp_path):
    patterns = tmp_path / "p.jsonl"
    patterns.write_text('{"id": "a", "relation": "member-of", "pattern": []}\n{oops\n')
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--patterns", str(patterns)])
    assert result.exit_code == 2
    assert "line 1" in result.output and "Traceback" not in result.output
    assert "p.jsonl" in result.output and "kg-spec" not in result.output  # the user's file, not kg's private copy


@pytest.mark.model
def test_alias_file_can_drop_a_name(tmp_path):
    aliases = tmp_path / "a.jsonl"
    aliases.write_text('{"ignore": "ERR"}\n')
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--aliases", str(aliases), "--format", "json"])
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))["nodes"]}
    assert "ERR" not in labels and "Vladimir Putin" in labels


@pytest.mark.model
def test_view_rerenders_html_from_graphml(tmp_path):
    built = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "graphml"])
    assert built.exit_code == 0, built.output
    result = runner.invoke(app, ["view", str(tmp_path / "graph.graphml"), "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert "Vladimir Putin" in (tmp_path / "v.html").read_text(encoding="utf-8")


def test_view_of_a_non_graphml_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "x.graphml"
    bad.write_text("not xml at all")
    result = runner.invoke(app, ["view", str(bad)])
    assert result.exit_code == 2
    assert "x.graphml" in result.output and "Traceback" not in result.output


@pytest.mark.model
def test_evaluate_prints_scores_per_type(tmp_path):
    runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "graphml"])
    result = runner.invoke(app, ["evaluate", str(tmp_path / "graph.graphml"), str(ROOT / "tests" / "seeds.gold.json")])
    assert result.exit_code == 0, result.output
    assert "leads-delegation" in result.output and "tier 1 10/10" in result.output


def test_the_installed_command_keeps_exit_codes_and_output(tmp_path):
    # the exit code and every line written must reach the caller, through a pipe as on a terminal
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Finland joined NATO in April 2023, Finnish President Sauli Niinisto said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    run = [sys.executable, "-m", "kg"]
    ok = subprocess.run([*run, "build", str(article), "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "wrote graphml" in ok.stdout and (tmp_path / "out" / "graph.graphml").is_file()
    skipped = subprocess.run([*run, "build", str(tmp_path), "--out", str(tmp_path / "out2")], capture_output=True, text=True)
    assert skipped.returncode == 1 and "empty.txt" in skipped.stdout + skipped.stderr
    missing = subprocess.run([*run, "build", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert missing.returncode == 2 and "nowhere" in missing.stderr
    usage = subprocess.run([*run, "build", "--jobs", "0"], capture_output=True, text=True)
    assert usage.returncode == 2 and "--jobs" in usage.stderr


def test_a_jsonl_line_with_a_lone_surrogate_builds_without_a_traceback(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text('{"text": "Estonia joined NATO in 2004 \\udfff, officials said on Tuesday."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(source), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert "NATO" in (tmp_path / "out" / "graph.graphml").read_text(encoding="utf-8")


@pytest.mark.model
def test_min_confidence_keeps_the_edges_at_or_above_it(tmp_path):
    cache = str(tmp_path / "cache.sqlite")
    everything = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "all"), "--format", "graphml",
                                     "--cache", cache, "--min-confidence", "0"])
    assert everything.exit_code == 0, everything.output
    from kg.export.graphml import read_graphml

    graph = read_graphml(tmp_path / "all" / "graph.graphml")
    confidences = sorted({d["confidence"] for *_, d in graph.edges(data=True)})
    assert all(0 < c < 1 for c in confidences) and len(confidences) > 1
    threshold = confidences[len(confidences) // 2]  # a level some edges fall below
    some = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "some"), "--format", "graphml",
                               "--cache", cache, "--min-confidence", str(threshold)])
    assert some.exit_code == 0, some.output
    kept = read_graphml(tmp_path / "some" / "graph.graphml")
    expected = {(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["confidence"] >= threshold}
    assert set(kept.edges(keys=True)) == expected and 0 < len(expected) < graph.number_of_edges()
    left_out = graph.number_of_edges() - len(expected)
    assert f"left out {left_out} relation(s) of confidence under {threshold:g}" in some.output
    assert "left out" not in everything.output
    assert set(kept.nodes) == set(graph.nodes)
    default = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "default"), "--format", "graphml",
                                  "--cache", cache])
    assert default.exit_code == 0, default.output
    from kg.confidence import DEFAULT_MIN_CONFIDENCE

    assert {d["confidence"] for *_, d in read_graphml(tmp_path / "default" / "graph.graphml").edges(data=True)} == {
        c for c in confidences if c >= DEFAULT_MIN_CONFIDENCE}


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_outside_zero_to_one_is_a_usage_error(tmp_path, value):
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--min-confidence", value])
    assert result.exit_code == 2
    assert "--min-confidence" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "graph.graphml").exists()


@pytest.mark.model
def test_evaluate_gives_thresholds_reliability_and_a_plot(tmp_path):
    pytest.importorskip("matplotlib")
    runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "graphml"])
    plot = tmp_path / "pr.png"
    result = runner.invoke(app, ["evaluate", str(tmp_path / "graph.graphml"), str(ROOT / "tests" / "seeds.gold.json"),
                                 "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = lines.index(next(line for line in lines if line.startswith("min confidence")))
    assert [line.split()[0] for line in lines[header + 1:header + 7]] == ["0.50", "0.60", "0.70", "0.80", "0.90", "0.95"]
    assert any(line.startswith("confidence") and "observed precision" in line for line in lines)
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"wrote plot: {plot}" in result.output


def test_evaluate_plot_without_matplotlib_says_how_to_get_it(tmp_path, monkeypatch):
    import importlib.util

    for name in ("g.graphml", "gold.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name, *a))
    result = runner.invoke(app, ["evaluate", str(tmp_path / "g.graphml"), str(tmp_path / "gold.json"), "--plot",
                                 str(tmp_path / "p.png")])
    assert result.exit_code == 2
    assert "pip install 'kg[plot]'" in result.output
