"""kg's throughput benchmark: one run, the same texts and model for every figure.

    python benchmarks/run.py --n 2000 --work /tmp/kg-bench            # throughput, warm re-run
    python benchmarks/run.py --n 10000 --work /tmp/kg-bench-10k --rss-only   # peak memory

What it measures, each in a fresh Python process so no measurement inherits another's state:

- ``raw``: ``nlp.pipe`` of the model's full default pipeline (spaCy's defaults, batch size
  included) over the texts kg reads, at ``n_process`` 1 and 2; the texts are in memory and model
  loading is not timed.
- ``components``: the same loop over exactly the pipeline kg runs (kg's rulers, its faster
  matchers and lemma table, numpy's BLAS): what kg's own overhead is measured against.
- ``kg``: ``python -m kg build CORPUS --jobs J`` from a cold cache, timed from outside: interpreter
  start, imports, model loading, reading, parsing, cache writes, graph and all four output files.
- ``warm``: the same command after adding one article to the corpus it built.
- ``no-cache``: a build with ``--no-cache``, whose files must be byte-identical to the cached one,
  and the jobs 1 and jobs 2 builds must be identical too.
- export times of GraphML and HTML, and peak memory: RSS of the main process and PSS of the whole process tree.

The code measured is ``git archive HEAD`` unpacked under ``--work``: edits made while a run is
going do not leak into it. Figures are written as JSON (``--json``) and printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


# ---------------------------------------------------------------------------------------------
# Measurements that run inside a child process (python benchmarks/run.py measure ...)


def _texts(corpus: Path) -> list[str]:
    from kg.ingest import read_documents

    return [d.text for d in read_documents([corpus]) if hasattr(d, "text")]


def measure_raw(corpus: Path, jobs: int, kind: str) -> dict:
    texts = _texts(corpus)
    if kind == "raw":
        import spacy

        from kg.nlp import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)
        batch_size = nlp.batch_size
    else:
        from kg.runners import BATCH_SIZE, Extractor

        extractor = Extractor()
        nlp, batch_size = extractor.nlp, BATCH_SIZE
    cpu = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=jobs))
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return {"documents": len(texts), "tokens": tokens, "wall": wall, "cpu": cpu, "pipeline": nlp.pipe_names, "batch_size": batch_size}


def measure_exports(corpus: Path, cache: Path) -> dict:
    from kg.export import write_graphml, write_html
    from kg.pipeline import build_graph_from_paths

    graph = build_graph_from_paths([corpus], cache=cache).graph
    out = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    for name, write in (("graphml", write_graphml), ("html", write_html)):
        target = cache.parent / f"export-check.{name}"
        started = time.perf_counter()
        write(graph, target)
        out[name] = time.perf_counter() - started
        target.unlink()
    return out


# ---------------------------------------------------------------------------------------------
# The driver


def _tree_rss(pid: int) -> tuple[int, int]:
    """(RSS of ``pid``, proportional set size of ``pid`` and all its descendants), in bytes, from
    /proc. The tree's figure is PSS, not RSS: forked workers share the parent's pages, and
    summing their RSS would count the shared pages once per process."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        node = frontier.pop()
        for child, parent in parents.items():
            if parent == node and child not in tree:
                tree.add(child)
                frontier.append(child)
    main, shares = 0, {}
    for node in tree:
        try:
            if node == pid:
                with open(f"/proc/{node}/status") as f:
                    main = next((int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{node}/smaps_rollup") as f:
                shares[node] = next((int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:")), 0)
        except OSError:
            pass
    return main, sum(shares.values())


def _run(command: list[str], env: dict, *, sample: bool = False) -> dict:
    """Run ``command``; return wall and CPU seconds (children included), its JSON output if any,
    and, with ``sample``, the peak RSS of the main process and PSS of its whole tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # cwd: never the repository, whose kg/ "python -m kg" would import instead of the snapshot
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=env["KG_BENCH_WORK"])
    peaks = [0, 0]

    def sampler() -> None:
        while process.poll() is None:
            main, tree = _tree_rss(process.pid)
            peaks[0], peaks[1] = max(peaks[0], main), max(peaks[1], tree)
            time.sleep(0.2)

    thread = threading.Thread(target=sampler, daemon=True)
    if sample:
        thread.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    result = {"wall": wall, "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)}
    if sample:
        thread.join()
        result["peak_rss_main"], result["peak_rss_tree"] = peaks
    last = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    if last.startswith("{"):
        result.update(json.loads(last))
    return result


def _same_files(a: Path, b: Path) -> bool:
    names = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def _machine(env: dict) -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) * 1024 for line in meminfo if line.startswith("MemTotal")), 0)
    versions = subprocess.run(
        [sys.executable, "-c", "import spacy, thinc, numpy, networkx, distributed; from kg.pipeline import Extractor; e = Extractor();"
         "import json; print(json.dumps({'spacy': spacy.__version__, 'thinc': thinc.__version__, 'numpy': numpy.__version__,"
         "'networkx': networkx.__version__, 'distributed': distributed.__version__, 'model': e.model_version, 'kg_blas': e.blas,"
         "'kg_pipeline': e.nlp.pipe_names, 'kg_speedups': e.speedups, 'kg_imported_from': __import__('kg').__file__}))"],
        env=env, capture_output=True, text=True, check=True, cwd=env["KG_BENCH_WORK"],
    ).stdout.strip().splitlines()[-1]
    try:
        load = os.getloadavg()
    except OSError:
        load = ()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_bytes": memory, "python": platform.python_version(),
            "system": platform.platform(), "load_average_at_start": load, **json.loads(versions)}


def unpacked_head(work: Path) -> tuple[Path, str]:
    """The code under test: HEAD unpacked into ``work/src`` (so concurrent edits do not change it
    mid-run), and its commit."""
    src = work / "src"
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir()
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    return src, commit


def drive(args) -> dict:
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    src, commit = unpacked_head(work)
    env = {**os.environ, "PYTHONPATH": str(src), "KG_BENCH_WORK": str(work)}
    me = [sys.executable, str(src / "benchmarks" / "run.py")]
    kg = [sys.executable, "-m", "kg", "build"]

    corpus = work / f"corpus-{args.n}"
    if not corpus.is_dir() or len(list(corpus.iterdir())) != args.n:
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([*me, "corpus", "--n", str(args.n), "--out", str(corpus)], env=env, check=True)
    results: dict = {"n": args.n, "commit": commit, "machine": _machine(env), "runs": {}}
    runs = results["runs"]

    def record(name: str, value: dict) -> None:
        runs.setdefault(name, []).append(value)
        shown = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in value.items() if not isinstance(v, (list, dict))}
        print(f"{name}: {shown}", flush=True)

    if args.rss_only:
        # cold builds (the memory figure), then one more article, then the same without a cache
        for jobs in args.jobs:
            copy, out = work / f"corpus-j{jobs}", work / f"out-j{jobs}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(corpus, copy)
            record(f"kg-j{jobs}", _run([*kg, str(copy), "--out", str(out), "-j", str(jobs), "-q"], env, sample=True))
        _grow_and_compare(args, work, env, me, kg, record, results)
        return results

    for round_ in range(args.rounds):
        for jobs in args.jobs:
            # raw and kg back to back, so a busy spell on a shared machine hits both
            record(f"raw-j{jobs}", _run([*me, "measure", "raw", "--corpus", str(corpus), "--jobs", str(jobs)], env, sample=True))
            # each build gets its own copy of the corpus (file times kept), to grow by one later
            copy, out = work / f"corpus-j{jobs}", work / f"out-j{jobs}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(corpus, copy)
            record(f"kg-j{jobs}", _run([*kg, str(copy), "--out", str(out), "-j", str(jobs), "-q"], env, sample=True))
            record(f"components-j{jobs}", _run([*me, "measure", "components", "--corpus", str(corpus), "--jobs", str(jobs)], env, sample=True))

    _grow_and_compare(args, work, env, me, kg, record, results)
    return results


def _grow_and_compare(args, work: Path, env: dict, me: list, kg: list, record, results: dict) -> None:
    """Add one article to each built corpus and re-run (warm); then build the grown corpus with
    --no-cache and compare the files, and the jobs builds with each other."""
    extra = work / "next"
    shutil.rmtree(extra, ignore_errors=True)
    subprocess.run([*me, "corpus", "--n", str(args.n + 1), "--out", str(extra), "--only-last"], env=env, check=True)
    [article] = list(extra.iterdir())
    for jobs in args.jobs:
        shutil.copy(article, work / f"corpus-j{jobs}" / article.name)
        record(f"warm-j{jobs}", _run([*kg, str(work / f"corpus-j{jobs}"), "--out", str(work / f"out-j{jobs}"), "-j", str(jobs), "-q"], env, sample=True))
    shutil.rmtree(extra)
    jobs = max(args.jobs)
    fresh = work / "out-no-cache"
    shutil.rmtree(fresh, ignore_errors=True)
    grown = work / f"corpus-j{jobs}"
    record("no-cache", _run([*kg, str(grown), "--out", str(fresh), "-j", str(jobs), "-q", "--no-cache"], env, sample=True))
    results["identical_with_cache_off"] = _same_files(work / f"out-j{jobs}", fresh)
    if len(args.jobs) > 1:
        results["identical_across_jobs"] = all(_same_files(work / f"out-j{args.jobs[0]}", work / f"out-j{j}") for j in args.jobs[1:])
    record("exports", _run([*me, "measure", "exports", "--corpus", str(grown), "--cache", str(work / f"out-j{jobs}" / "kg-cache.sqlite")], env))


def summary(results: dict) -> dict:
    """Medians over rounds, and the ratios the issue asks for."""
    runs = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0] if isinstance(rs[0][k], (int, float))} for name, rs in results["runs"].items()}
    out = {}
    tokens = next((r["tokens"] for name, r in runs.items() if name.startswith("raw")), None)
    for name, r in runs.items():
        if tokens and name.split("-")[0] in ("raw", "kg", "components"):
            out[f"{name} tokens/s"] = round(tokens / r["wall"])
            out[f"{name} tokens/cpu-s"] = round(tokens / r["cpu"])
    for jobs in (1, 2):
        if f"kg-j{jobs}" in runs and f"raw-j{jobs}" in runs:
            kg = runs[f"kg-j{jobs}"]
            out[f"j{jobs} kg/raw (wall)"] = round(runs[f"raw-j{jobs}"]["wall"] / kg["wall"], 2)
            out[f"j{jobs} kg/raw (cpu)"] = round(runs[f"raw-j{jobs}"]["cpu"] / kg["cpu"], 2)
            out[f"j{jobs} kg/components (wall)"] = round(runs[f"components-j{jobs}"]["wall"] / kg["wall"], 2)
            out[f"j{jobs} kg/components (cpu)"] = round(runs[f"components-j{jobs}"]["cpu"] / kg["cpu"], 2)
        if f"warm-j{jobs}" in runs and f"kg-j{jobs}" in runs:
            out[f"j{jobs} warm re-run / cold build"] = f"{100 * runs[f'warm-j{jobs}']['wall'] / runs[f'kg-j{jobs}']['wall']:.1f}%"
    for name, r in runs.items():
        if "peak_rss_tree" in r:
            out[f"{name} peak RSS of the main process / PSS of the whole tree, MB"] = f"{r['peak_rss_main'] / 2**20:.0f} / {r['peak_rss_tree'] / 2**20:.0f}"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    corpus = sub.add_parser("corpus")
    corpus.add_argument("--n", type=int, required=True)
    corpus.add_argument("--out", type=Path, required=True)
    corpus.add_argument("--only-last", action="store_true", help="write only article n (to grow a corpus by one)")
    measure = sub.add_parser("measure")
    measure.add_argument("kind", choices=("raw", "components", "exports"))
    measure.add_argument("--corpus", type=Path, required=True)
    measure.add_argument("--jobs", type=int, default=1)
    measure.add_argument("--cache", type=Path)
    for p in (parser,):
        p.add_argument("--n", type=int, default=2000)
        p.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"))
        p.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
        p.add_argument("--rounds", type=int, default=1)
        p.add_argument("--rss-only", action="store_true", help="only build and sample memory")
        p.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args()
    if args.command == "corpus":
        sys.path.insert(0, str(HERE))
        from corpus import articles

        args.out.mkdir(parents=True, exist_ok=True)
        for i, (name, text) in enumerate(articles(args.n)):
            if not args.only_last or i == args.n - 1:
                (args.out / name).write_text(text, encoding="utf-8")
    elif args.command == "measure":
        if args.kind == "exports":
            print(json.dumps(measure_exports(args.corpus, args.cache)))
        else:
            print(json.dumps(measure_raw(args.corpus, args.jobs, args.kind)))
    else:
        results = drive(args)
        results["summary"] = summary(results)
        print(json.dumps(results["summary"], indent=1))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
