"""Whatever a user feeds kg: bad inputs are skipped with one line each, kills leave old outputs."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "seeds" / "000_997d0466002064fc.txt", corpus / "good.txt")
    (corpus / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (corpus / "fake.txt").write_bytes(b"%PDF-1.4 binary \x00\x01\x02")
    (corpus / "blank.md").write_text("\n   \n")
    (corpus / "bad.jsonl").write_text('{"text": "Estonia is a member of NATO."}\n{oops\n')
    (corpus / "latin.txt").write_bytes("Le président français Emmanuel Macron a rencontré Olaf Scholz à Paris.".encode("cp1252"))
    return corpus


def test_a_messy_folder_builds_what_it_can_and_lists_the_rest(tmp_path):
    result = runner.invoke(app, ["build", str(_corpus(tmp_path)), "--out", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for name in ("fake.txt", "blank.md", "bad.jsonl:2"):
        assert name in result.output
    assert "line 2" in result.output
    assert (tmp_path / "out" / "graph.json").exists()


@pytest.mark.parametrize("make", ["missing", "empty_folder", "only_unsupported"])
def test_nothing_to_build_is_exit_2_with_a_reason(tmp_path, make):
    target = tmp_path / "in"
    if make == "empty_folder":
        target.mkdir()
    elif make == "only_unsupported":
        target.mkdir()
        (target / "a.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["build", str(target), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert str(target.name) in result.output


# A build whose writer stops halfway through its first file, for the test to kill it there: the
# bytes written so far reach the disk, then the process waits to be killed.
_PAUSED_WRITER = """
import os, sys, time, types
import kg.export as export
import kg.export._common as common

marker = sys.argv.pop(1)


class HalfWritten:
    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)

    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        open(marker, "w").close()
        time.sleep(600)


patched = types.ModuleType("os")
patched.__dict__.update(os.__dict__)
patched.fdopen = lambda fd, *args, **kwargs: HalfWritten(os.fdopen(fd, *args, **kwargs))
common.os = patched
export.os = patched  # the output files are staged under temporary names there

from kg.cli import main

main()
"""


def test_a_build_killed_while_writing_leaves_the_previous_graph_whole(tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-cache"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(before) == {"graph.graphml", "graph.html", "graph.gexf", "graph.json"}
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(ROOT / "seeds" / "000_997d0466002064fc.txt", other)  # a different graph, so different files
    marker = tmp_path / "writing"
    process = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_WRITER, str(marker), "build", str(other), "--out", str(out), "--no-cache", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), f"the build never started writing: {process.stderr.read().decode() if process.poll() is not None else 'timed out'}"
        assert process.poll() is None
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        process.stderr.close()
    # killed halfway through the first file: the files the last build wrote are all there, whole
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before
    # what was being written is a hidden temporary file, never one of the graph files: here
    # half of the GraphML that the build would have written
    partial = [p for p in out.iterdir() if p.name.startswith(".")]
    assert len(partial) == 1 and partial[0].name.startswith(".graph.graphml.") and partial[0].name.endswith(".tmp")
    whole = runner.invoke(app, ["build", str(other), "--out", str(tmp_path / "whole"), "--no-cache", "-f", "graphml"])
    assert whole.exit_code == 0, whole.output
    complete = (tmp_path / "whole" / "graph.graphml").read_bytes()
    assert complete != before["graph.graphml"]
    assert partial[0].read_bytes() == complete[: len(complete) // 2]
