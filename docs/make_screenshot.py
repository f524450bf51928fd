#!/usr/bin/env python3
"""Render the README's screenshots of kg's HTML explorer for a GraphML graph.

- ``--view overview`` (docs/explorer.png): the side panel open on the most-connected entity;
- ``--view time`` (docs/explorer-time.png): the time filter set to ``--range FIRST:LAST``, the
  relations without a date and the entities left without a relation hidden;
- ``--view path`` (docs/explorer-path.png): the shortest paths between the two entities of
  ``--path FROM:TO`` (node ids), with their evidence in the panel.

Usage (from the repository root, after `kg build`):

    python docs/make_screenshot.py [GRAPH.graphml] [--out docs/explorer.png] [--max-nodes N]
    kg build seeds tests/*/articles --out /tmp/kg-sets --format graphml
    python docs/make_screenshot.py /tmp/kg-sets/graph.graphml --view time --range 2000:2024 \
        --out docs/explorer-time.png
    python docs/make_screenshot.py /tmp/kg-sets/graph.graphml --view path --path ID:ID \
        --out docs/explorer-path.png

Needs Playwright for Python and Debian's Chromium at /usr/bin/chromium (no `playwright install`).
The page is opened from disk with every non-file request aborted, as in the browser tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.export.graphml import read_graphml  # noqa: E402
from kg.export.html import most_connected, write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", nargs="?", default=str(ROOT / "output" / "graph.graphml"),
                        help="GraphML written by kg build (default: output/graph.graphml)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "explorer.png"),
                        help="PNG to write (default: docs/explorer.png)")
    parser.add_argument("--max-nodes", type=int, default=None,
                        help="show only the N most-connected entities")
    parser.add_argument("--title", default="kg graph", help="page title")
    parser.add_argument("--view", choices=("overview", "time", "path"), default="overview")
    parser.add_argument("--range", default="", metavar="FIRST:LAST", help="years (or months) for --view time")
    parser.add_argument("--path", default="", metavar="FROM:TO", help="two node ids for --view path")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args(argv)

    graph_path = Path(args.graph)
    if not graph_path.is_file():
        parser.error(f"no such GraphML file: {graph_path} (run `kg build` first)")
    graph = read_graphml(graph_path)
    if graph.number_of_nodes() == 0:
        parser.error(f"{graph_path} has no nodes")
    focus = most_connected(graph, 1)[0]  # most edges, ties broken by label
    if args.view == "time" and ":" not in args.range:
        parser.error("--view time needs --range FIRST:LAST")
    if args.view == "path":
        ends = args.path.split(":")
        if len(ends) != 2 or not all(end in graph for end in ends):
            parser.error("--view path needs --path FROM:TO, two node ids of the graph")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(graph, page_path, max_nodes=args.max_nodes, title=args.title)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith("file://") else route.abort())
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)
            if args.view == "overview":
                page.evaluate("(id) => window.kgExplorer.selectNode(id, false)", focus)
                page.wait_for_timeout(300)  # the canvas narrows for the panel
                page.evaluate("window.kgExplorer.network.fit()")
            elif args.view == "time":
                first, last = args.range.split(":")
                page.click("#kg-time-undated")
                page.click("#kg-hide-isolated")
                page.check("#kg-edge-labels")
                page.evaluate("([a, b]) => window.kgExplorer.setTimeRange(a, b)", [first, last])
                page.evaluate("document.getElementById('kg-time').scrollIntoView()")
                # close on the busiest entity left, so that names can be read
                page.evaluate("""() => {
                    const k = window.kgExplorer, degree = new Map();
                    k.visibleEdgeIds().forEach((id) => {
                        const e = k.edges.get(id);
                        [e.from, e.to].forEach((n) => degree.set(n, (degree.get(n) || 0) + 1));
                    });
                    const hub = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
                    k.network.focus(hub, {scale: 0.75});
                }""")
                focus = f"{first}-{last}"
            else:
                source, target = args.path.split(":")
                page.fill("#kg-path-from", graph.nodes[source].get("label", source))
                page.fill("#kg-path-to", graph.nodes[target].get("label", target))
                page.evaluate("([a, b]) => window.kgExplorer.showPaths(a, b)", [source, target])
                page.evaluate("document.getElementById('kg-paths').scrollIntoView()")
                page.wait_for_timeout(300)
                page.evaluate("window.kgExplorer.network.fit()")
                focus = f"{source} to {target}"
            page.wait_for_timeout(500)
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.out)
            browser.close()
    print(f"wrote {args.out} ({graph.number_of_nodes()} nodes; {args.view} view, {focus})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
