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


def test_a_killed_build_leaves_the_previous_graph_intact(tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith("graph.")}
    big = tmp_path / "big"
    big.mkdir()
    text = (ROOT / "seeds" / "000_997d0466002064fc.txt").read_text(encoding="utf-8")
    for i in range(300):
        (big / f"{i:04d}.txt").write_text(text.replace("Estonia", f"Estonia{i}"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(big), "--out", str(out), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    time.sleep(6)
    assert process.poll() is None, "the build finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith("graph.")}
    assert after == before
