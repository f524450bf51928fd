"""The same input gives byte-identical files, whatever order the inputs are listed in."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_input_order_does_not_change_a_byte(tmp_path):
    first = build(SEEDS, out_dir=tmp_path / "a")
    second = build(list(reversed(SEEDS)), out_dir=tmp_path / "b")
    assert set(first.outputs) == {"graphml", "html", "gexf", "json"}
    for fmt, path in first.outputs.items():
        assert path.read_bytes() == second.outputs[fmt].read_bytes(), fmt


def test_a_folder_and_its_files_give_the_same_graph(tmp_path):
    by_folder = build([ROOT / "seeds"], out_dir=tmp_path / "a", formats=("graphml",))
    by_files = build(SEEDS, out_dir=tmp_path / "b", formats=("graphml",))
    assert by_folder.outputs["graphml"].read_bytes() == by_files.outputs["graphml"].read_bytes()


def test_a_large_graph_is_written_one_format_at_a_time_with_the_same_bytes(tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    calls = []
    parallel_writer = pipeline._write_in_processes
    monkeypatch.setattr(pipeline, "_write_in_processes", lambda *a, **k: calls.append(a) or parallel_writer(*a, **k))
    parallel = build(SEEDS, out_dir=tmp_path / "a", jobs=2, cache=False)
    # the patch reaches the build: a small graph is written by the forked writers, through the spy
    assert len(calls) == 1
    monkeypatch.setattr(pipeline, "PARALLEL_EXPORT_MAX_EDGES", 0)  # every graph counts as large
    one_by_one = build(SEEDS, out_dir=tmp_path / "b", jobs=2, cache=False)
    assert len(calls) == 1  # the threshold the build reads is the one patched: no forked writers
    assert set(one_by_one.outputs) == {"graphml", "html", "gexf", "json"}
    for fmt, path in parallel.outputs.items():
        assert path.read_bytes() == one_by_one.outputs[fmt].read_bytes(), fmt


@pytest.mark.parametrize("jobs", [1, 2])
def test_builds_in_separate_processes_give_the_same_bytes(tmp_path, jobs):
    """Two processes with different string-hash seeds (so sets and dicts of strings iterate in
    different orders) write the same four files, with one worker process or two."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(out), "--no-cache",
                        "--quiet", "--jobs", str(jobs)], check=True, env=env, cwd=tmp_path)
        outputs.append(out)
    for name in ("graph.graphml", "graph.gexf", "graph.json", "graph.html"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def _benchmark_corpus(folder: Path, n: int) -> Path:
    """``n`` articles of the benchmark corpus (benchmarks/corpus.py), generated into ``folder``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kg_benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus(n, folder)


@pytest.fixture(scope="module")
def benchmark_corpus(tmp_path_factory) -> Path:
    return _benchmark_corpus(tmp_path_factory.mktemp("benchmark") / "corpus", 24)


@pytest.mark.parametrize("source", ["seeds", "benchmark corpus"])
def test_worker_processes_and_the_cache_do_not_change_a_byte(tmp_path, source, request):
    """Builds in separate processes (each with its own string-hash seed and BLAS thread count)
    with one worker or two, without a cache, into a cold cache and again from the warm cache,
    write the same four files: the layout of the explorer and GEXF included, which the parent
    computes for forked writers and each writer computes for itself otherwise."""
    import os
    import shutil
    import subprocess
    import sys

    folder = ROOT / "seeds" if source == "seeds" else request.getfixturevalue("benchmark_corpus")
    runs = [("a", ["--no-cache", "--jobs", "1"], "1"), ("b", ["--no-cache", "--jobs", "2"], "2"),
            ("c", ["--jobs", "2"], "4"), ("c", ["--jobs", "1"], "")]  # c: a cold cache, then the warm re-run
    outputs = []
    for seed, (name, options, threads) in enumerate(runs, 1):
        out = tmp_path / name
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "OPENBLAS_NUM_THREADS": threads, "OMP_NUM_THREADS": threads}
        env = {k: v for k, v in env.items() if v}  # the last run with whatever the machine gives
        subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--quiet", *options],
                       check=True, env=env, cwd=tmp_path)
        kept = tmp_path / f"run{seed}"
        shutil.copytree(out, kept, ignore=shutil.ignore_patterns("*.sqlite*"))
        outputs.append(kept)
    for name in ("graph.graphml", "graph.gexf", "graph.json", "graph.html"):
        first = (outputs[0] / name).read_bytes()
        assert all((other / name).read_bytes() == first for other in outputs[1:]), name
