"""How fast the HTML explorer opens and answers, in headless Chromium, on graphs kg built.

    python benchmarks/explorer.py --work /tmp/kg-explorer-bench --sizes 1000:4000 5000:20000

The graph comes from the benchmark corpus (``benchmarks/corpus.py``): unless ``--graph`` names a
GraphML file, ``--articles`` articles are generated under ``--work`` and ``kg build`` turns them
into ``WORK/out-N/graph.graphml`` once (13,000 articles, whose graph has 5,000-odd entities, take
about 40 minutes at ``--jobs 2`` on an idle 2-core machine; later runs reuse the graph). The corpus is plain text, which has no article dates, titles or URLs; so that the
time filter and the list of sources have what a JSON-lines or HTML corpus gives them, each
article gets a date spread evenly over ``--dates`` (2023 and 2024 by default), its first line as
title and a URL, in ``graph.graph["documents"]`` as kg keeps them. Each size ``NODES:EDGES`` is
cut from the graph: the NODES most-connected entities (``--max-nodes``'s choice) and EDGES of the
relations among them, drawn at random with a fixed seed, so that dates, confidences and evidence
keep the corpus's mix.

For each size the page is written by ``kg.export.html.write_html`` and opened ``--runs`` times
from disk in Debian's Chromium (``/usr/bin/chromium``, offline: every non-file request is
aborted, as in the browser tests), 1400 x 900:

- time to interactive: from navigation start to the page's ``kg-ready`` mark, set once the first
  frame is drawn and every control answers (the ``kg-*`` marks split it into HTML and script
  loading, JSON parsing, vis's data sets, vis's network and the first frame);
- filter latency: each control used as a user does (a click on a legend checkbox, an input event
  on a slider, a click on a histogram bar or a button), timed in the page from the event to the
  end of the next frame, so that the redraw is counted.

Figures are printed and, with ``--json``, written out; benchmarks/RESULTS.md records a run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 900}

# One action in the page: its name and the JavaScript that performs it as a user would.
# Each runs inside `measure` below, which times it to the end of the next frame.
ACTIONS = [
    ("hide the commonest relation", "click", "#kg-relations li[data-id='{relation}'] input"),
    ("show it again", "click", "#kg-relations li[data-id='{relation}'] input"),
    ("hide people", "click", "#kg-types li[data-id=person] input"),
    ("show people again", "click", "#kg-types li[data-id=person] input"),
    ("confidence slider to 0.90", "range", "#kg-confidence=0.9"),
    ("confidence slider to 0", "range", "#kg-confidence=0"),
    ("time: From to the median date's bar", "range", "#kg-time-from={middle}"),
    ("time: the busiest bar alone", "click", "#kg-histogram .kg-bar[data-bin='{bar}']"),
    ("time: hide undated relations", "click", "#kg-time-undated"),
    ("time: show undated relations", "click", "#kg-time-undated"),
    ("time: all dates", "click", "#kg-time-all"),
    ("hide entities without a relation shown", "click", "#kg-hide-isolated"),
    ("show them again", "click", "#kg-hide-isolated"),
    ("neighbours of the hub, 1 step", "call", "kgExplorer.focusNeighbourhood('{hub}', 1)"),
    ("2 steps", "click", "#kg-focus [data-depth='2']"),
    ("show whole graph", "click", "#kg-focus-clear"),
    ("shortest paths between two entities", "call", "kgExplorer.showPaths('{far}', '{other}')"),
    ("show whole graph (after paths)", "click", "#kg-focus-clear"),
]

MEASURE = """async ([kind, target]) => {
    const t0 = performance.now();
    if (kind === "click") {
        document.querySelector(target).click();
    } else if (kind === "range") {
        const [selector, value] = target.split("=");
        const input = document.querySelector(selector);
        input.value = value;
        input.dispatchEvent(new Event("input", {bubbles: true}));
    } else {
        const [name, args] = /^kgExplorer\\.(\\w+)\\((.*)\\)$/.exec(target).slice(1);
        window.kgExplorer[name](...JSON.parse("[" + args.replace(/'/g, '"') + "]"));
    }
    const handled = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return {handled: handled - t0, frame: performance.now() - t0,
            edges: window.kgExplorer.visibleEdgeIds().length, nodes: window.kgExplorer.visibleNodeIds().length};
}"""

MARKS = """() => {
    const marks = {};
    performance.getEntriesByType("mark").forEach((m) => { marks[m.name] = m.startTime; });
    return marks;
}"""


def corpus_graph(work: Path, articles: int, jobs: int) -> Path:
    """WORK/out-N/graph.graphml, built from the benchmark corpus if it is not there yet."""
    out = work / f"out-{articles}"
    graph = out / "graph.graphml"
    if graph.is_file():
        return graph
    corpus = work / f"corpus-{articles}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) < articles:
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--n", str(articles), "--out", str(corpus)],
                       check=True, env=env)
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--format", "graphml",
                    "--jobs", str(jobs), "-q"], check=True, env=env, cwd=REPO)
    return graph


def describe_documents(graph, corpus: Path | None, first: str, last: str) -> None:
    """Give every document a date between ``first`` and ``last`` (in id order), its first line
    as title, a URL and a source, as a dated corpus would (see the module's docstring)."""
    from datetime import date, timedelta

    from kg.export._common import evidence_of

    ids = {d for _, data in graph.nodes(data=True) for d in data.get("documents", [])}
    ids |= {ev.get("document") for *_, data in graph.edges(data=True) for ev in evidence_of(data)}
    ids = sorted(i for i in ids if i)
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    span = (end - start).days
    table = {}
    for i, doc in enumerate(ids):
        path = corpus / doc if corpus else None
        title = path.read_text(encoding="utf-8").split("\n", 1)[0].strip() if path and path.is_file() else ""
        day = start + timedelta(days=span * i // max(len(ids) - 1, 1))
        table[doc] = {"date": day.isoformat(), "source": "kg benchmark corpus",
                      "url": f"https://news.example.org/{doc}", **({"title": title} if title else {})}
    graph.graph["documents"] = table
    graph.graph["document_dates"] = {doc: fields["date"] for doc, fields in table.items()}


def cut(graph, n_nodes: int, n_edges: int, seed: int = 0):
    """The ``n_nodes`` most-connected entities and ``n_edges`` relations among them, drawn at random."""
    from kg.export._common import sorted_edges
    from kg.export.html import most_connected

    kept = most_connected(graph, min(n_nodes, graph.number_of_nodes()))
    sub = graph.subgraph(kept)
    edges = sorted_edges(sub)
    chosen = sorted(random.Random(seed).sample(range(len(edges)), min(n_edges, len(edges))))
    out = graph.__class__()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, dict(graph.nodes[n])) for n in kept)
    for i in chosen:
        u, v, k, d = edges[i]
        out.add_edge(u, v, key=k, **d)
    return out


def parameters(graph) -> dict:
    """What the actions act on: the commonest relation, the hub, two entities some steps apart."""
    import networkx as nx

    from kg.export.html import explorer_data

    data = explorer_data(graph, positions={n: (0.0, 0.0) for n in graph})
    relations = sorted(data["relations"], key=lambda r: -r["count"])
    hub = max(graph.nodes, key=lambda n: (graph.degree(n), str(n)))
    plain = nx.Graph(nx.MultiGraph(graph))
    component = max(nx.connected_components(plain), key=len)
    lengths = nx.single_source_shortest_path_length(plain, hub)
    # two entities of the largest component, far from each other: the farthest from the hub and
    # the farthest from that one
    far = max(sorted(component, key=str), key=lambda n: lengths.get(n, -1))
    from_far = nx.single_source_shortest_path_length(plain, far)
    other = max(sorted(component, key=str), key=lambda n: from_far.get(n, -1))
    return {"relation": relations[0]["id"], "hub": hub, "far": far, "other": other,
            "path_length": from_far.get(other)}


def time_parameters(page) -> dict:
    """The histogram's busiest bar, and the bar where half the dated relations are before."""
    bins = page.evaluate("kgExplorer.timeBins()")
    if not bins:
        return {"middle": 0, "bar": ""}
    total, running, middle = sum(b["total"] for b in bins), 0, 0
    for i, b in enumerate(bins):
        running += b["total"]
        if running * 2 >= total:
            middle = i
            break
    return {"middle": middle, "bar": max(bins, key=lambda b: b["total"])["label"], "bins": len(bins)}


def run_size(browser, graph, runs: int, folder: Path) -> dict:
    from kg.export.html import write_html

    page_path = folder / f"explorer-{graph.number_of_nodes()}.html"
    started = time.perf_counter()
    write_html(graph, page_path)
    written = time.perf_counter() - started
    params = parameters(graph)
    opened, actions = [], {name: [] for name, *_ in ACTIONS}
    for _ in range(runs):
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort())
        wall = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
        wall = time.perf_counter() - wall
        marks = page.evaluate(MARKS)
        opened.append({"wall": wall, **marks})
        page.wait_for_timeout(500)  # the datalist that waits for the first frame
        params.update(time_parameters(page))
        for name, kind, target in ACTIONS:
            actions[name].append(page.evaluate(MEASURE, [kind, target.format(**params)]))
        if [url for url in requests if not url.startswith("file://")]:
            raise RuntimeError(f"the page made requests: {requests}")
        context.close()
    summary = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "html_mb": round(page_path.stat().st_size / 1e6, 1),
        "write_html_s": round(written, 2),
        "parameters": params,
        "time_to_interactive_ms": _stats([o["kg-ready"] for o in opened]),
        "wall_to_ready_s": _stats([o["wall"] for o in opened], 2),
        "steps_ms": {
            "html and scripts loaded": _stats([o["kg-start"] for o in opened]),
            "JSON parsed": _stats([o["kg-parsed"] - o["kg-start"] for o in opened]),
            "vis data sets": _stats([o["kg-datasets"] - o["kg-parsed"] for o in opened]),
            "vis network": _stats([o["kg-network"] - o["kg-datasets"] for o in opened]),
            "first frame": _stats([o["kg-ready"] - o["kg-network"] for o in opened]),
        },
        "actions_ms": {
            name: {**_stats([r["frame"] for r in results]), "handled": _stats([r["handled"] for r in results])["median"],
                   "shown": f"{results[0]['nodes']} entities, {results[0]['edges']} relations"}
            for name, results in actions.items()
        },
    }
    summary["slowest_action_ms"] = max(a["max"] for a in summary["actions_ms"].values())
    return summary


def _stats(values: list[float], digits: int = 0) -> dict:
    def r(x):
        return round(x, digits) if digits else int(round(x))

    return {"median": r(statistics.median(values)), "min": r(min(values)), "max": r(max(values))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-explorer-bench"))
    parser.add_argument("--graph", type=Path, help="a GraphML file to cut the sizes from (default: build one)")
    parser.add_argument("--articles", type=int, default=13000, help="corpus size when building (default 13000: its graph has 5,000-odd entities)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--sizes", nargs="+", default=["1000:4000", "5000:20000"], help="NODES:EDGES ...")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dates", default="2023-01-01:2024-12-31", metavar="FIRST:LAST",
                        help="the articles' dates are spread over these days")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.export.graphml import read_graphml

    args.work.mkdir(parents=True, exist_ok=True)
    source = args.graph or corpus_graph(args.work, args.articles, args.jobs)
    full = read_graphml(source)
    corpus = source.parent.parent / source.parent.name.replace("out-", "corpus-")
    describe_documents(full, corpus if corpus.is_dir() else None, *args.dates.split(":"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    report = {
        "commit": commit,
        "graph": str(source),
        "graph_size": [full.number_of_nodes(), full.number_of_edges()],
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "chromium": chromium,
        "load_average": os.getloadavg(),
        "sizes": [],
    }
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size in args.sizes:
            n_nodes, n_edges = (int(x) for x in size.split(":"))
            graph = cut(full, n_nodes, n_edges)
            result = run_size(browser, graph, args.runs, Path(folder))
            report["sizes"].append(result)
            print(f"\n{result['nodes']:,} nodes, {result['edges']:,} edges ({result['html_mb']} MB page, "
                  f"written in {result['write_html_s']} s)")
            tti = result["time_to_interactive_ms"]
            print(f"  time to interactive: median {tti['median']} ms (min {tti['min']}, max {tti['max']})")
            for step, value in result["steps_ms"].items():
                print(f"    {step:<26} {value['median']:>6} ms")
            print(f"  filter latency, event to end of next frame (median / max of {args.runs}):")
            for name, value in result["actions_ms"].items():
                print(f"    {name:<40} {value['median']:>5} / {value['max']:>5} ms   ({value['shown']})")
            print(f"  slowest: {result['slowest_action_ms']} ms")
        browser.close()
    report["load_average_after"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
