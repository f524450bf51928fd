"""The four output files are replaced as one set (issue 15): written under temporary names and
renamed only once all are complete, so a build that fails while writing (a full disk) leaves the
previous four files byte for byte and no new file beside them."""

from __future__ import annotations

import errno
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.export
from kg.cli import app
from kg.pipeline import build

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
NAMES = ["graph.gexf", "graph.graphml", "graph.html", "graph.json"]
MORE = "The foreign ministers of Kenya and Uganda met in Nairobi on Monday. Kenya is a member of the East African Community.\n"


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def _disk_full_in(fmt: str, monkeypatch) -> None:
    """The writer of ``fmt`` writes half its file, then the disk is full."""
    name = {"graphml": "write_graphml", "html": "write_html", "gexf": "write_gexf", "json": "write_json"}[fmt]
    encode = {"graphml": kg.export.graphml.graphml_bytes, "html": kg.export.html.html_bytes,
              "gexf": kg.export.gexf.gexf_bytes, "json": kg.export.nodelink.json_bytes}[fmt]

    def failing(graph, out, **_):
        data = encode(graph)
        out.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kg.export, name, failing)


@pytest.mark.parametrize("jobs", [1, 2])  # written in this process, or by forked writers
@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_a_write_that_fails_leaves_the_previous_set_and_no_new_file(tmp_path, inputs, monkeypatch, jobs, fmt):
    out = tmp_path / "out"
    first = build([inputs], out_dir=out, cache=False, jobs=jobs)
    assert sorted(p.name for p in first.outputs.values()) == NAMES
    before = _contents(out)
    (inputs / "more.txt").write_text(MORE, encoding="utf-8")  # a new graph, so new files would differ
    _disk_full_in(fmt, monkeypatch)
    with pytest.raises(OSError, match="No space left"):
        build([inputs], out_dir=out, cache=False, jobs=jobs)
    assert _contents(out) == before
    monkeypatch.undo()
    second = build([inputs], out_dir=out, cache=False, jobs=jobs)
    assert sorted(p.name for p in out.iterdir()) == NAMES
    assert all(_contents(out)[path.name] != before[path.name] for path in second.outputs.values())


def test_the_command_says_so_in_one_line_and_keeps_the_previous_set(tmp_path, inputs, monkeypatch):
    out = tmp_path / "out"
    build([inputs], out_dir=out, cache=False)
    before = _contents(out)
    (inputs / "more.txt").write_text(MORE, encoding="utf-8")
    _disk_full_in("html", monkeypatch)
    result = CliRunner().invoke(app, ["build", str(inputs), "--out", str(out), "--no-cache", "-q"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"kg: error: cannot write to {out}: No space left on device"]
    assert _contents(out) == before


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs at ``tmp_path/disk``, where the test may mount one (root, Linux)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = shutil.which("mount") and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", f"kg-test-{uuid.uuid4().hex[:8]}", str(disk)], capture_output=True
    ).returncode == 0
    if not mounted:
        pytest.skip("cannot mount a tmpfs here (needs root on Linux); the injected write errors above cover it")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_disk_that_fills_up_mid_write_keeps_the_previous_set(tmp_path, inputs, small_disk):
    out = small_disk / "out"
    build([inputs], out_dir=out, cache=False)
    before = _contents(out)
    (inputs / "more.txt").write_text(MORE, encoding="utf-8")
    # Fill the disk but for 100 KB: less than the new set needs (the explorer alone is larger).
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * (free - 100_000))
    result = CliRunner().invoke(app, ["build", str(inputs), "--out", str(out), "--no-cache", "-q"])
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert _contents(out) == before
