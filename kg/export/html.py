"""``graph.html``: a single-file, offline explorer for the graph.

The page inlines vis-network (JS and CSS from pyvis's wheel), its own template, style and script
(``kg/export/assets/``) and the graph as JSON in ``<script type="application/json">``. Opened from
disk it fetches nothing; a Content-Security-Policy with the hashes of its two scripts keeps it so
and stops any markup that slipped into the data from running.

Text from articles is never HTML: the JSON escapes ``<``, ``>``, ``&``, U+2028 and U+2029, and the
script builds every label, alias and sentence with ``textContent``.

Up to :data:`PHYSICS_MAX_NODES` nodes the browser's physics refines the precomputed layout and
switches off once stable; above it the layout is final and physics stays off, so 5,000 nodes and
20,000 edges open in about two seconds (``benchmarks/explorer.py``). ``max_nodes`` keeps the
most-connected nodes and says on the page how many of each type were left out.

Besides the graph, the page carries what the explorer's time filter and list of sources need:
each edge's date (:func:`edge_when`: its sentence's, else its earliest article's) and the
documents' titles, dates, sources and URLs (:func:`documents_table`, from
``graph.graph["documents"]``). :func:`explorer_data` is that data in plain form;
:func:`page_data` is how the page carries it, each sentence and document named once.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources

from kg.export._common import (
    PathOrFile,
    as_list,
    evidence_of,
    sorted_edges,
    sorted_nodes,
    write_bytes,
)
from kg.export.colours import edge_width, node_size, relation_colour, type_colour
from kg.export.layout import layout_positions
from kg.model import ENTITY_TYPES

__all__ = ["PHYSICS_MAX_NODES", "documents_table", "edge_when", "explorer_data", "most_connected", "page_data", "write_html"]

#: Above this many nodes, positions are final (computed in Python) and physics is off.
PHYSICS_MAX_NODES = 300
#: Relation names are drawn on edges by default up to this many edges.
EDGE_LABEL_MAX_EDGES = 400
#: At most this many names of entities left out by ``max_nodes`` go into the page.
OMITTED_NAMES_MAX = 20_000
#: Typical distance in pixels between a node and its nearest neighbour in the initial layout.
NEIGHBOUR_DISTANCE = 90.0
VIS_VERSION = "9.1.2"


def write_html(graph, path_or_file: PathOrFile, *, max_nodes: int | None = None,
               title: str = "kg graph", positions: dict | None = None) -> None:
    """Write the interactive explorer for ``graph`` as one self-contained HTML file.

    Args:
        graph: a networkx graph following ``docs/graph-format.md``; it is not modified.
        path_or_file: a path (written atomically) or a binary or text file object.
        max_nodes: show only this many nodes, the most connected (ties broken by label).
        title: page title and heading (plain text).
        positions: ``layout_positions(graph)`` if the caller has it already (used only when
            every node is shown).

    Raises:
        ValueError: ``max_nodes`` is not a positive integer.
    """
    write_bytes(path_or_file, html_bytes(graph, max_nodes=max_nodes, title=title, positions=positions))


def html_bytes(graph, *, max_nodes: int | None = None, title: str = "kg graph", positions: dict | None = None) -> bytes:
    """The explorer page for ``graph`` as UTF-8 bytes (same graph, same bytes)."""
    data = page_data(explorer_data(graph, max_nodes=max_nodes, positions=positions))
    scripts = {"vis_js": _vis_asset("vis-network.min.js"), "js": _asset("explorer.js")}
    for name, code in scripts.items():
        if re.search(r"</script|<!--", code, re.IGNORECASE):
            raise RuntimeError(f"{name} cannot be inlined: it contains '</script' or '<!--'")
    styles = {"vis_css": _vis_asset("vis-network.css"), "css": _asset("explorer.css")}
    for name, code in styles.items():
        if re.search(r"</style", code, re.IGNORECASE):
            raise RuntimeError(f"{name} cannot be inlined: it contains '</style'")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
        for code in scripts.values()
    )
    csp = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    parts = {
        "title": html.escape(title),
        "csp": html.escape(csp, quote=False).replace('"', "&quot;"),
        **styles,
        "data": _script_json(data),
        **scripts,
    }
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("explorer.html"))
    return page.encode("utf-8", errors="replace")


def most_connected(graph, max_nodes: int | None) -> list:
    """The ``max_nodes`` nodes with most edges (in + out, parallel edges counted), ties broken
    by label then id; all nodes when ``max_nodes`` is None. Sorted by id."""
    nodes = [n for n, _ in sorted_nodes(graph)]
    if max_nodes is None:
        return nodes
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise ValueError(f"max_nodes must be a positive integer or None, got {max_nodes!r}")
    if max_nodes >= len(nodes):
        return nodes

    def rank(node):
        label = str(graph.nodes[node].get("label", node))
        return (-graph.degree(node), label.casefold(), label, str(node))

    return sorted(sorted(nodes, key=rank)[:max_nodes], key=str)


def explorer_data(graph, *, max_nodes: int | None = None, positions: dict | None = None) -> dict:
    """Everything the page shows, as plain JSON-able data (no HTML anywhere)."""
    kept = most_connected(graph, max_nodes)
    # a subgraph view filters every lookup: only build one when some nodes are left out
    view = graph if len(kept) == graph.number_of_nodes() else graph.subgraph(kept)
    if positions is None or view is not graph:
        positions = layout_positions(view)
    scale = _pixels_per_unit(positions)
    nodes = []
    for node, d in sorted_nodes(view):
        colour = type_colour(str(d.get("type", "")))
        x, y = positions.get(node, (0.0, 0.0))
        nodes.append({
            "id": str(node),
            "label": str(d.get("label", node)),
            "type": str(d.get("type", "")),
            "aliases": [str(a) for a in as_list(d.get("aliases"))],
            "documents": [str(doc) for doc in as_list(d.get("documents"))],
            "mentions": _int(d.get("mentions")),
            "size": node_size(d.get("mentions")),
            "color": colour,
            "border": _darker(colour),
            "x": round(x * scale, 1),
            "y": round(y * scale, 1),
        })
    table = documents_table(graph)
    document_dates = {doc: fields["date"] for doc, fields in table.items() if fields.get("date")}
    edges = []
    for index, (u, v, _key, d) in enumerate(sorted_edges(view)):
        relation = str(d.get("relation", d.get("label", "")))
        evidence = evidence_of(d)
        weight = d.get("weight")
        when, when_from = edge_when(d, document_dates)
        edges.append({
            "id": f"e{index}",
            "from": str(u),
            "to": str(v),
            "relation": relation,
            "role": str(d.get("role") or ""),
            "date": str(d.get("date") or ""),
            "when": when,
            "whenFrom": when_from,
            "basis": str(d.get("basis") or ""),
            "confidence": _confidence(d.get("confidence")),
            "weight": _int(weight if weight is not None else len(evidence)),
            "width": edge_width(weight),
            "color": relation_colour(relation),
            "evidence": [_evidence_item(ev) for ev in evidence],
        })
    _spread_parallel_edges(edges)

    type_counts, relation_counts = {}, {}
    for n in nodes:
        type_counts[n["type"]] = type_counts.get(n["type"], 0) + 1
    for e in edges:
        relation_counts[e["relation"]] = relation_counts.get(e["relation"], 0) + 1
    extra_types = sorted(t for t in type_counts if t not in ENTITY_TYPES)
    types = [
        {"id": t, "label": t or "(no type)", "color": type_colour(t), "border": _darker(type_colour(t)),
         "count": type_counts.get(t, 0)}
        for t in (*ENTITY_TYPES, *extra_types)
    ]
    relations = [
        {"id": r, "label": r or "(no relation)", "color": relation_colour(r), "count": c}
        for r, c in sorted(relation_counts.items())
    ]
    # Every document the table lists or the shown entities and relations name, in id order.
    named = {doc for n in nodes for doc in n["documents"]}
    named.update(ev["document"] for e in edges for ev in e["evidence"])
    documents = []
    for doc in sorted(set(table) | named - {""}):
        fields = table.get(doc, {})
        documents.append({"id": doc, **{k: fields.get(k, "") for k in ("title", "date", "url", "source")}})

    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    shown = {n["id"] for n in nodes}
    left_out = [n for n in sorted_nodes(graph) if str(n[0]) not in shown] if len(shown) < total_nodes else []
    omitted_types: dict[str, int] = {}
    for _, d in left_out:
        omitted_types[str(d.get("type", ""))] = omitted_types.get(str(d.get("type", "")), 0) + 1
    return {
        "nodes": nodes,
        "edges": edges,
        "types": types,
        "relations": relations,
        "documents": documents,
        "physics": len(nodes) <= PHYSICS_MAX_NODES,
        "edgeLabels": len(edges) <= EDGE_LABEL_MAX_EDGES,
        "omitted": {
            "nodes": total_nodes - len(nodes),
            "edges": total_edges - len(edges),
            "total_nodes": total_nodes,
            "total_edges": total_edges,
            "max_nodes": max_nodes,
            "types": [[t, omitted_types[t]] for t in sorted(omitted_types, key=_type_order)],
            # names of the entities left out (the first OMITTED_NAMES_MAX by id), so that a
            # search for one says where it went instead of "no match"
            "labels": [str(d.get("label", n)) for n, d in left_out[:OMITTED_NAMES_MAX]],
        },
    }


def _type_order(entity_type: str) -> tuple:
    return (ENTITY_TYPES.index(entity_type), "") if entity_type in ENTITY_TYPES else (len(ENTITY_TYPES), entity_type)


def page_data(data: dict) -> dict:
    """:func:`explorer_data` as the page carries it, about half the size: entities, relations,
    documents, sentences and rules are numbered and named once (a sentence that supports several
    relations is written once), colours come from the types' and relations' tables, and empty
    fields are left out. The page's script rebuilds :func:`explorer_data` from it
    (``decode`` in explorer.js)."""
    documents = {d["id"]: i for i, d in enumerate(data["documents"])}
    nodes = {n["id"]: i for i, n in enumerate(data["nodes"])}
    relations = {r["id"]: i for i, r in enumerate(data["relations"])}
    sentences: dict[str, int] = {}
    rules: dict[str, int] = {}

    def number(table: dict, value: str) -> int:
        if value not in table:
            table[value] = len(table)
        return table[value]

    def evidence(ev: dict) -> list:
        item = [documents.get(ev["document"], -1), number(sentences, ev["sentence"]), number(rules, ev["rule"])]
        if "start" in ev and "end" in ev:
            item += [ev["start"], ev["end"]]
        return item

    wire_edges = []
    for e in data["edges"]:
        wire = {"from": nodes[e["from"]], "to": nodes[e["to"]], "relation": relations[e["relation"]],
                "weight": e["weight"], "width": e["width"], "evidence": [evidence(ev) for ev in e["evidence"]]}
        for name in ("role", "date", "when", "whenFrom", "basis", "confidence", "smooth"):
            if e[name] not in ("", None, False):
                wire[name] = e[name]
        wire_edges.append(wire)
    wire_nodes = [
        {k: v for k, v in n.items() if k not in ("color", "border")} | {"documents": [documents.get(d, -1) for d in n["documents"]]}
        for n in data["nodes"]
    ]
    wire_documents = [{k: v for k, v in d.items() if v} for d in data["documents"]]
    return {**data, "nodes": wire_nodes, "edges": wire_edges, "documents": wire_documents,
            "sentences": list(sentences), "rules": list(rules)}


def documents_table(graph) -> dict[str, dict[str, str]]:
    """{document id: {"title", "date", "url", "source"}} from ``graph.graph["documents"]``, with
    the dates of ``graph.graph["document_dates"]`` where the table has none. Values are strings,
    as the input gave them (a URL is not checked here: the page makes links of http(s) ones only)."""
    table: dict[str, dict[str, str]] = {}
    documents = graph.graph.get("documents")
    if isinstance(documents, dict):
        for doc, fields in documents.items():
            if isinstance(fields, dict):
                table[str(doc)] = {str(k): str(v) for k, v in fields.items() if v not in (None, "")}
    dates = graph.graph.get("document_dates")
    if isinstance(dates, dict):
        for doc, date in dates.items():
            if date:
                table.setdefault(str(doc), {}).setdefault("date", str(date))
    return table


_WHEN = re.compile(r"^(\d{4})(?:-(\d{2}))?")


def _year_month(value) -> str:
    """``"2014"``, ``"2014-04"`` from a year or ISO date (days dropped), else ``""``."""
    match = _WHEN.match(str(value or "").strip())
    if not match:
        return ""
    year, month = match.group(1), match.group(2)
    if month and 1 <= int(month) <= 12:
        return f"{year}-{month}"
    return year


def edge_when(data: dict, document_dates: dict[str, str]) -> tuple[str, str]:
    """When an edge holds, for the time filter: the year (or year-month) its sentence states
    (``date``), else the earliest date of the articles its evidence comes from; with where that
    came from (``"sentence"``, ``"article"``), or ``("", "")`` when neither is known."""
    own = _year_month(data.get("date"))
    if own:
        return own, "sentence"
    dates = sorted(
        d for d in (_year_month(document_dates.get(str(ev.get("document")))) for ev in evidence_of(data)) if d
    )
    return (dates[0], "article") if dates else ("", "")


def _evidence_item(ev: dict) -> dict:
    item = {
        "document": str(ev.get("document", "")),
        "sentence": str(ev.get("sentence", "")),
        "rule": str(ev.get("rule", "")),
    }
    for name in ("start", "end"):  # offsets, for the GraphML the page exports
        if isinstance(ev.get(name), int) and not isinstance(ev.get(name), bool):
            item[name] = ev[name]
    return item


def _pixels_per_unit(positions: dict) -> float:
    """Scale the layout so that the median node is :data:`NEIGHBOUR_DISTANCE` pixels from its
    nearest neighbour, whatever the density the layout ended with."""
    if len(positions) < 2:
        return NEIGHBOUR_DISTANCE
    import numpy as np

    points = np.array([positions[n] for n in sorted(positions, key=str)], dtype=float)
    nearest = np.empty(len(points))
    for start in range(0, len(points), 500):  # chunks keep memory at 500 x n
        block = points[start:start + 500]
        distance = np.sqrt(((block[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1))
        distance[np.arange(len(block)), np.arange(start, start + len(block))] = np.inf
        nearest[start:start + len(block)] = distance.min(axis=1)
    median = float(np.median(nearest))
    if not median > 1e-6:
        return NEIGHBOUR_DISTANCE
    return min(max(NEIGHBOUR_DISTANCE / median, 20.0), 2000.0)


def _spread_parallel_edges(edges: list[dict]) -> None:
    """Curve edges that join the same two nodes so that each stays visible and clickable.

    Edges of one pair (either direction) get offsets spread around zero; an edge with offset zero
    is straight. The side is taken relative to the pair's canonical direction, because vis's
    ``curvedCW`` bends to the right of the edge's own direction.
    """
    groups: dict[tuple[str, str], list[dict]] = {}
    for e in edges:
        groups.setdefault(tuple(sorted((e["from"], e["to"]))), []).append(e)
    for (first, _second), group in groups.items():
        if len(group) == 1 or group[0]["from"] == group[0]["to"]:
            for e in group:
                e["smooth"] = False
            continue
        for i, e in enumerate(group):
            offset = (i - (len(group) - 1) / 2) * 0.3
            if e["from"] != first:
                offset = -offset
            if abs(offset) < 1e-9:
                e["smooth"] = False
            else:
                e["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW" if offset > 0 else "curvedCCW",
                    "roundness": round(min(abs(offset), 0.9), 2),
                }


def _script_json(data: dict) -> str:
    """JSON that can sit inside ``<script>``: no ``<``, ``>``, ``&`` or JS line separators."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _confidence(value) -> float | None:
    """An edge's confidence as a number, or None (shown at every slider position) when it has
    none, as in a GraphML written before kg gave edges one."""
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def _int(value) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _darker(colour: str, factor: float = 0.7) -> str:
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{int(c * factor):02x}" for c in channels)


def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    """vis-network from pyvis's wheel, without its source-map comment (which devtools fetch)."""
    text = (
        resources.files("pyvis")
        .joinpath("templates", "lib", f"vis-{VIS_VERSION}", name)
        .read_text(encoding="utf-8")
    )
    return re.sub(r"\n?//# sourceMappingURL=\S+\s*$", "\n", text)
