#!/usr/bin/env python3
"""Judge every edge kg made of each real-page batch at its first contact, with the kg of that moment.

Usage: python tests/realpages/first_contact.py [--batch b9 ...] [--work DIR]

Each batch was scored once, blind, by the commit in ``FIRST_CONTACT`` (tests/realpages/RESULTS.md
says when and why). This script unpacks that commit (``git archive``) under ``--work``, builds
each page's graph with it in a child process (no cache, no confidence threshold), and judges the
edges against the page's gold with today's scorer. What it writes, ``first_contact.jsonl`` beside
this file, holds facts only (page, relation, the gold ids it matched, the verdict, and for each
supporting sentence its rule and basis), no page text, so it is committed: it is how often kg's
rules were right on pages they had never seen, which ``tests/calibrate.py`` uses for the
confidence table. Pages whose text is missing are left out and listed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "first_contact.jsonl"

#: batch -> the commit that first scored it (tests/realpages/RESULTS.md)
FIRST_CONTACT = {
    "b1": "ed3add9", "b2": "ed3add9", "b3": "b3a2cf5", "b4": "b3a2cf5", "b5": "069038c",
    "b6": "2b17a74", "b7": "5857284", "b8": "f996591", "b9": "ab6d2e5", "b10": "c716e85", "b11": "ea363f1", "b12": "0efab5b", "b13": "43a2619", "b14": "d625e2d", "b15": "e969f4e", "b16": "640b22a", "b19": "13c7c96", "b20": "8a27c87", "b21": "6716829", "b17": "6960c67", "b23": "d4a3d72", "b22": "8c537b8", "b24": "8c537b8", "b25": "8c537b8", "b26": "c28d036", "b27": "e059a10", "b29": "b31fdca", "b28": "b31fdca", "b31": "5f710c5", "b30": "5f710c5", "b33": "9eead7a", "b32": "9eead7a", "b34": "adfcdeb", "b35": "adfcdeb", "b37": "adfcdeb", "b36": "adfcdeb", "b38": "74c8f39", "b39": "74c8f39", "b40": "6daf67f", "b41": "6daf67f", "b42": "3ca93aa", "b43": "3ca93aa", "b44": "6c31029", "b45": "6c31029", "b46": "477d4a2", "b47": "477d4a2", "b48": "691550d", "b49": "691550d", "b50": "c544f3f", "b51": "c544f3f", "b52": "0220ecd", "b53": "0220ecd", "b54": "0220ecd", "b55": "0220ecd", "b56": "346b189", "b57": "346b189", "b58": "346b189", "b59": "346b189", "b60": "149cdde", "b61": "149cdde", "b62": "149cdde", "b63": "149cdde", "b64": "471d52b", "b65": "471d52b", "b66": "471d52b", "b67": "471d52b", "b68": "6d7a61b", "b69": "6d7a61b", "b70": "6d7a61b", "b71": "7925647", "b72": "7925647", "b73": "7925647", "b74": "7925647", "b75": "c391beb", "b76": "c391beb", "b77": "c391beb", "b78": "c391beb", "b79": "25b6bfd", "b80": "25b6bfd", "b81": "25b6bfd", "b82": "25b6bfd", "b83": "69f45be", "b84": "69f45be", "b85": "69f45be", "b86": "69f45be", "b87": "e91d201", "b88": "e91d201", "b89": "e91d201", "b90": "e91d201", "b91": "15601b5", "b92": "15601b5", "b93": "15601b5", "b94": "15601b5", "b95": "9ee39f5", "b96": "9ee39f5", "b97": "9ee39f5", "b98": "9ee39f5", "b99": "00fce60", "b100": "00fce60", "b101": "00fce60", "b102": "00fce60", "b103": "ff4ab93", "b104": "ff4ab93", "b105": "ff4ab93", "b106": "ff4ab93", "b107": "c3572ba", "b108": "c3572ba", "b109": "c3572ba", "b110": "c3572ba", "b111": "6a8a68a", "b112": "6a8a68a", "b113": "6a8a68a", "b114": "6a8a68a", "b115": "b2e2687", "b116": "b2e2687", "b117": "b2e2687", "b118": "b2e2687", "b119": "9b57854", "b120": "9b57854", "b121": "9b57854", "b122": "9b57854", "b123": "c1bb696", "b124": "c1bb696", "b125": "c1bb696", "b126": "c1bb696", "b127": "4bc1706", "b128": "4bc1706", "b129": "4bc1706", "b130": "fd8d371", "b131": "fd8d371", "b132": "fd8d371", "b133": "fd8d371", "b134": "fd8d371", "b135": "fd8d371", "b136": "fd8d371", "b137": "fd8d371", "b138": "1952491", "b139": "1952491", "b140": "1952491", "b141": "1952491", "b142": "1952491", "b143": "1952491", "b144": "1952491", "b145": "1952491", "b146": "96d401b", "b147": "96d401b", "b148": "96d401b", "b149": "96d401b", "b150": "96d401b", "b151": "96d401b", "b152": "96d401b", "b153": "96d401b", "b154": "782629e", "b155": "782629e", "b156": "782629e", "b157": "782629e", "b158": "782629e", "b159": "782629e", "b160": "782629e", "b161": "782629e", "b162": "e3cd6e4", "b163": "e3cd6e4", "b164": "e3cd6e4", "b165": "e3cd6e4", "b166": "e3cd6e4", "b167": "e3cd6e4", "b168": "e3cd6e4", "b169": "e3cd6e4", "b170": "a7e78e8", "b171": "a7e78e8", "b172": "a7e78e8", "b173": "a7e78e8", "b174": "a7e78e8", "b175": "a7e78e8", "b176": "a7e78e8", "b177": "a7e78e8", "b178": "482c05b", "b179": "482c05b", "b180": "482c05b", "b181": "482c05b", "b182": "482c05b", "b183": "482c05b", "b184": "482c05b", "b185": "482c05b", "b186": "25875ae", "b187": "25875ae", "b188": "25875ae", "b189": "25875ae", "b190": "25875ae", "b191": "25875ae", "b192": "25875ae", "b193": "25875ae", "b194": "5af7ee2", "b195": "5af7ee2", "b196": "5af7ee2", "b197": "5af7ee2", "b198": "5af7ee2", "b199": "5af7ee2", "b200": "5af7ee2", "b201": "5af7ee2", "b202": "e254ee4", "b203": "e254ee4", "b204": "e254ee4", "b205": "e254ee4", "b206": "e254ee4", "b207": "e254ee4", "b208": "e254ee4", "b209": "e254ee4", "b210": "918eeac", "b211": "918eeac", "b212": "918eeac", "b213": "918eeac", "b214": "918eeac", "b215": "918eeac", "b216": "918eeac", "b217": "918eeac", "b218": "daa1a6c", "b219": "daa1a6c", "b220": "daa1a6c", "b221": "daa1a6c", "b222": "daa1a6c", "b223": "daa1a6c", "b224": "daa1a6c", "b225": "daa1a6c", "b226": "b7f1bcd", "b227": "b7f1bcd", "b228": "b7f1bcd", "b229": "b7f1bcd", "b230": "b7f1bcd", "b231": "b7f1bcd", "b232": "b7f1bcd", "b233": "b7f1bcd", "b234": "3e528a7", "b235": "3e528a7", "b236": "3e528a7", "b237": "3e528a7", "b238": "3e528a7", "b239": "3e528a7", "b240": "3e528a7", "b241": "3e528a7", "b242": "6738bc5", "b243": "6738bc5", "b244": "6738bc5", "b245": "6738bc5", "b246": "6738bc5", "b247": "6738bc5", "b248": "6738bc5", "b249": "6738bc5", "b250": "2bb9816", "b251": "2bb9816", "b252": "2bb9816", "b253": "2bb9816", "b254": "2bb9816", "b255": "2bb9816", "b256": "2bb9816", "b257": "2bb9816", "b258": "c5d3c23", "b259": "c5d3c23", "b260": "c5d3c23", "b261": "c5d3c23", "b262": "c5d3c23", "b263": "c5d3c23", "b264": "c5d3c23", "b265": "c5d3c23", "b266": "ffd852d", "b267": "ffd852d", "b268": "ffd852d", "b269": "ffd852d", "b270": "ffd852d", "b271": "ffd852d", "b272": "ffd852d", "b273": "ffd852d", "b274": "dc1c441", "b275": "dc1c441", "b276": "dc1c441", "b277": "dc1c441", "b278": "dc1c441", "b279": "dc1c441", "b280": "dc1c441", "b281": "dc1c441", "b282": "7ba4cdd", "b283": "7ba4cdd", "b284": "7ba4cdd", "b285": "7ba4cdd", "b286": "7ba4cdd", "b287": "7ba4cdd", "b288": "7ba4cdd", "b289": "b17bc9d", "b290": "b17bc9d", "b291": "b17bc9d", "b292": "b17bc9d", "b293": "b17bc9d", "b294": "b17bc9d", "b295": "b17bc9d", "b296": "b17bc9d", "b297": "46f13af", "b298": "46f13af", "b299": "46f13af", "b300": "46f13af", "b301": "46f13af", "b302": "46f13af", "b303": "46f13af", "b304": "46f13af", "b305": "ab8dd1a", "b306": "ab8dd1a", "b307": "ab8dd1a", "b308": "ab8dd1a", "b309": "ab8dd1a", "b310": "ab8dd1a", "b311": "ab8dd1a", "b312": "ab8dd1a", "b313": "e1fb2ad", "b314": "e1fb2ad", "b315": "e1fb2ad", "b316": "e1fb2ad", "b317": "e1fb2ad", "b318": "e1fb2ad", "b319": "e1fb2ad", "b320": "e1fb2ad", "b321": "9ee1538", "b322": "9ee1538", "b323": "9ee1538", "b324": "9ee1538", "b325": "9ee1538", "b326": "9ee1538", "b327": "9ee1538", "b328": "9ee1538", "b329": "d2108a3", "b330": "d2108a3", "b331": "d2108a3", "b332": "d2108a3", "b333": "d2108a3", "b334": "d2108a3", "b335": "d2108a3", "b336": "d2108a3", "b337": "d334ee0", "b338": "d334ee0", "b339": "d334ee0", "b340": "d334ee0", "b341": "d334ee0", "b342": "d334ee0", "b343": "d334ee0", "b344": "d334ee0", "b345": "9ee2a09", "b346": "9ee2a09", "b347": "9ee2a09", "b348": "9ee2a09", "b349": "9ee2a09", "b350": "9ee2a09", "b351": "9ee2a09", "b352": "9ee2a09", "b353": "48aed81", "b354": "48aed81", "b355": "48aed81", "b356": "48aed81", "b357": "48aed81", "b358": "48aed81", "b359": "48aed81", "b360": "48aed81", "b361": "b07e52e", "b362": "b07e52e", "b363": "b07e52e", "b364": "b07e52e", "b365": "b07e52e", "b366": "b07e52e", "b367": "b07e52e", "b368": "b07e52e", "b369": "b07e52e", "b370": "b07e52e", "b371": "b07e52e", "b372": "b07e52e", "b373": "b07e52e", "b374": "b07e52e", "b375": "b07e52e", "b376": "b07e52e", "b377": "f53c16d", "b378": "f53c16d", "b379": "f53c16d", "b380": "f53c16d", "b381": "f53c16d", "b382": "f53c16d", "b383": "f53c16d", "b384": "f53c16d", "b385": "6017dc1", "b386": "6017dc1", "b387": "6017dc1", "b388": "6017dc1", "b389": "6017dc1", "b390": "6017dc1", "b391": "6017dc1", "b392": "6017dc1", "b393": "2309fe2", "b394": "2309fe2", "b395": "2309fe2", "b396": "2309fe2", "b397": "2309fe2", "b398": "2309fe2", "b399": "2309fe2", "b400": "2309fe2", "b401": "a1f07fb", "b402": "a1f07fb", "b403": "a1f07fb", "b404": "a1f07fb", "b405": "a1f07fb", "b406": "a1f07fb", "b407": "a1f07fb", "b408": "a1f07fb", "b409": "db3a95a", "b410": "db3a95a", "b411": "db3a95a", "b412": "db3a95a", "b413": "db3a95a", "b414": "db3a95a", "b415": "db3a95a", "b416": "db3a95a", "b417": "0143ff7", "b418": "0143ff7", "b419": "0143ff7", "b420": "0143ff7", "b421": "0143ff7", "b422": "0143ff7", "b423": "0143ff7", "b424": "0143ff7", "b425": "aad999f", "b426": "aad999f", "b427": "aad999f", "b428": "aad999f", "b429": "aad999f", "b430": "aad999f", "b431": "aad999f", "b432": "aad999f",
}

# Run by the unpacked old commit's Python: every page's graph as plain JSON.
_CHILD = r"""
import json, sys
from pathlib import Path
from kg.pipeline import build_graph_from_paths
out = {}
import networkx as nx
for text in sys.argv[2:]:
    failed = None
    try:
        try:
            graph = build_graph_from_paths([Path(text)], cache=None, min_confidence=0.0).graph
        except TypeError:  # a commit from before the confidence threshold
            graph = build_graph_from_paths([Path(text)], cache=None).graph
    except Exception as error:  # the commit fails on this page: its user gets nothing from it
        graph, failed = nx.MultiDiGraph(), f"{type(error).__name__}: {error}"
        print(f"{Path(text).stem}: kg failed ({failed}); no edges", file=sys.stderr)
    out[Path(text).stem] = {"failed": failed,
        "nodes": {str(n): str(d.get("label", n)) for n, d in graph.nodes(data=True)},
        "edges": [{"source": str(s), "target": str(t), "relation": d.get("relation"),
                   "basis": d.get("basis", "explicit"),
                   "evidence": [{"document": e.get("document"), "start": e.get("start"), "rule": e.get("rule")}
                                for e in d.get("evidence", [])]}
                  for s, t, d in graph.edges(data=True)],
    }
Path(sys.argv[1]).write_text(json.dumps(out), encoding="utf-8")
"""


def unpack(commit: str, work: Path) -> Path:
    """The tree of ``commit`` under ``work`` (unpacked once)."""
    where = work / commit
    if not (where / "kg").is_dir():
        where.mkdir(parents=True, exist_ok=True)
        data = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(data)) as tar:
            tar.extractall(where, filter="data")
    return where


def graphs_at(commit: str, texts: list[Path], work: Path) -> dict:
    tree = unpack(commit, work)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graphs.json"
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run([sys.executable, "-c", _CHILD, str(out), *map(str, texts)], check=True, env=env, cwd=tmp)
        return json.loads(out.read_text(encoding="utf-8"))


def judged(page: str, batch: str, commit: str, graph: dict, gold: dict) -> list[dict]:
    """The page's edges with today's verdicts (kg.evaluate.edge_verdicts)."""
    import networkx as nx

    from kg.evaluate import edge_verdicts

    g = nx.MultiDiGraph()
    for node, label in graph["nodes"].items():
        g.add_node(node, label=label)
    for e in graph["edges"]:
        g.add_edge(e["source"], e["target"], relation=e["relation"], basis=e["basis"], evidence=e["evidence"])
    rows = []
    for _, _, _, data, edge in edge_verdicts(g, gold):
        rows.append({
            "page": page, "batch": batch, "commit": commit, "relation": edge.relation,
            "source": edge.triple[0], "target": edge.triple[2], "verdict": edge.verdict,
            "supports": [{"rule": ev["rule"], "basis": data.get("basis", "explicit"), "document": ev["document"],
                          "start": ev["start"]} for ev in data.get("evidence", [])],
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", action="append", help="only these batches (default: all in FIRST_CONTACT)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-first-contact")
    args = parser.parse_args()
    batches = args.batch or list(FIRST_CONTACT)
    unknown = [b for b in batches if b not in FIRST_CONTACT]
    if unknown:
        print(f"no first-contact commit for {', '.join(unknown)}: expected one of {', '.join(FIRST_CONTACT)}", file=sys.stderr)
        return 2
    kept = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()] if OUT.is_file() else []
    kept = [row for row in kept if row["batch"] not in batches]
    missing, rows = [], []
    for commit in dict.fromkeys(FIRST_CONTACT[b] for b in batches):
        pages = []
        for batch in (b for b in batches if FIRST_CONTACT[b] == commit):
            for gold in sorted((HERE / "gold").glob(f"{batch}_*.gold.json")):
                stem = gold.name.removesuffix(".gold.json")
                text = HERE / "texts" / f"{stem}.txt"
                (pages.append((batch, stem, text, gold)) if text.is_file() else missing.append(stem))
        if not pages:
            continue
        print(f"{commit}: {len(pages)} pages", file=sys.stderr)
        graphs = graphs_at(commit, [text for _, _, text, _ in pages], args.work)
        for batch, stem, _, gold in pages:
            rows += judged(stem, batch, commit, graphs[stem], json.loads(gold.read_text(encoding="utf-8")))
    rows = sorted(kept + rows, key=lambda r: (r["batch"], r["page"], r["relation"], str(r["source"]), str(r["target"])))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    scored = [r for r in rows if r["batch"] in batches and r["verdict"] != "acceptable"]
    right = sum(r["verdict"] == "correct" for r in scored)
    print(f"{len(rows)} edges in {OUT.name}; these batches: {right}/{len(scored)} right", file=sys.stderr)
    if missing:
        print(f"{len(missing)} pages without text left out: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
