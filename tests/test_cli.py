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
