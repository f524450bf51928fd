#!/usr/bin/env python3
"""Build and score real news pages, one graph per page, and sum the figures.

Usage:
    python tests/realpages/score_pages.py [--batch b1 ...] [--texts DIR] [--gold DIR]
        [--scorer ../shared/eval/score.py] [--out DIR] [--json FILE] [--misses] [--min-confidence X]

For every gold file ``<id>.gold.json`` whose text ``<id>.txt`` is in the texts folder (the texts
are third-party pages, kept out of git: pull them again with the search tool by each gold file's
``query`` and ``url``), kg builds the page's graph with no cache and the shared scorer scores its
GraphML. The totals add the pages' counts: entity recall and precision over all nodes, duplicates,
forbidden nodes, relation precision over all scored edges, and recall per tier. ``--misses``
lists the missing and wrong relations page by page.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"


def page_report(text: Path, gold: Path, out: Path, scorer: Path, min_confidence: float | None = None) -> dict:
    """The shared scorer's JSON report for one page, with the gold's sizes added."""
    from kg.export.graphml import write_graphml
    from kg.pipeline import build_graph_from_paths

    options = {} if min_confidence is None else {"min_confidence": min_confidence}
    failed = None
    try:
        graph = build_graph_from_paths([text], cache=None, **options).graph
    except Exception as error:  # a commit that fails on a page gives its user nothing: score an empty graph
        import networkx as nx

        graph, failed = nx.MultiDiGraph(), f"{type(error).__name__}: {error}"
        print(f"{text.stem}: kg failed ({failed}); scored as an empty graph", file=sys.stderr)
    graphml = out / (text.stem + ".graphml")
    write_graphml(graph, graphml)
    done = subprocess.run([sys.executable, str(scorer), str(graphml), str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    data = json.loads(gold.read_text(encoding="utf-8"))
    report["gold_entities"] = len(data["entities"])
    if failed:
        report["failed"] = failed
    return report


def totals(reports: dict[str, dict]) -> dict:
    """Sum the pages' counts into set-level figures."""
    gold = found = matched = nodes_scored = dup = forbidden = got = wrong = 0
    tiers: dict[str, list[int]] = {}
    for r in reports.values():
        n = r["gold_entities"]
        gold += n
        found += round(r["entity_recall"] * n)
        m = n - len(r["missing_entities"])
        d = sum(len(v) - 1 for v in r["duplicates"].values())
        matched += m
        dup += d
        forbidden += len(r["forbidden_nodes"])
        nodes_scored += m + d + len(r["forbidden_nodes"]) + len(r["unexpected_nodes"])
        for tier, frac in r["relation_recall_by_tier"].items():
            a, b = (int(x) for x in frac.split("/"))
            t = tiers.setdefault(tier, [0, 0])
            t[0] += a
            t[1] += b
        page_got = sum(int(f.split("/")[0]) for f in r["relation_recall_by_tier"].values())
        got += page_got
        wrong += len(r["wrong_relations"])
    return {
        "pages": len(reports),
        "entity_recall": round(found / gold, 3) if gold else 0.0,
        "entity_precision": round(matched / nodes_scored, 3) if nodes_scored else 0.0,
        "duplicates": dup,
        "forbidden": forbidden,
        "relation_precision": round(got / (got + wrong), 3) if got + wrong else 0.0,
        "correct_edges": got,
        "wrong_edges": wrong,
        "tiers": {k: f"{v[0]}/{v[1]}" for k, v in sorted(tiers.items())},
    }


def line(name: str, t: dict) -> str:
    tiers = t["tiers"]
    return (f"{name:<48} ent_R={t['entity_recall']:.2f} ent_P={t['entity_precision']:.2f} dup={t['duplicates']} "
            f"forbidden={t['forbidden']} rel_P={t['relation_precision']:.2f} ({t['correct_edges']}/"
            f"{t['correct_edges'] + t['wrong_edges']}) tier1={tiers.get('1', '0/0')} tier2={tiers.get('2', '0/0')}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", action="append", help="only pages whose id starts with this (b1, b2, ...)")
    parser.add_argument("--texts", type=Path, default=HERE / "texts")
    parser.add_argument("--gold", type=Path, default=HERE / "gold")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--json", type=Path, help="write every page's report and the totals here")
    parser.add_argument("--misses", action="store_true", help="list missing and wrong relations per page")
    parser.add_argument("--min-confidence", type=float, metavar="X",
                        help="keep the edges of confidence X or more (default: kg build's default)")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"scorer not found: {args.scorer} (pass --scorer PATH to the shared score.py)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    golds = sorted(args.gold.glob("*.gold.json"))
    if args.batch:
        golds = [g for g in golds if any(g.name.startswith(b + "_") for b in args.batch)]
    reports: dict[str, dict] = {}
    absent = []
    for gold in golds:
        stem = gold.name.removesuffix(".gold.json")
        text = args.texts / (stem + ".txt")
        if not text.is_file():
            absent.append(stem)
            continue
        reports[stem] = report = page_report(text, gold, args.out, args.scorer, args.min_confidence)
        print(line(stem, totals({stem: report})))
        if args.misses:
            for tier, missing in report["missing_relations"].items():
                for m in missing:
                    print(f"    miss t{tier}: {m}")
            for w in report["wrong_relations"]:
                print(f"    WRONG: {w}")
            for label in report["forbidden_nodes"]:
                print(f"    FORBIDDEN: {label}")
            for label, labels in report["duplicates"].items():
                print(f"    DUP: {label}: {labels}")
            if report["unexpected_nodes"]:
                print(f"    unexpected: {report['unexpected_nodes']}")
    if absent:
        print(f"{len(absent)} pages without text (pull them by the query and URL in their gold): {', '.join(absent)}",
              file=sys.stderr)
    summary = totals(reports)
    print(line("TOTAL", summary))
    if args.json:
        args.json.write_text(json.dumps({"pages": reports, "totals": summary}, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
