"""GEXF 1.3 for Gephi: colours, sizes, a precomputed layout, and dates for the timeline.

Nodes carry ``viz:color`` (their type's colour), ``viz:size`` (from mentions) and
``viz:position`` (:func:`kg.export.layout.layout_positions`, deterministic), and the attributes
``type``, ``aliases``, ``mentions`` and ``documents``. Edges have a unique id, ``label`` and
``weight`` as GEXF edge properties, the relation's colour, and the attributes ``relation``,
``role``, ``date``, ``basis``, ``confidence``, ``sentence``, ``evidence`` (JSON), ``documents``
and ``rules``.

Dates: an edge gets ``start`` (and the graph ``mode="dynamic" timeformat="date"``, so Gephi's
timeline can filter it) from its own ``date``, or else from the earliest date of its evidence
documents when the graph carries ``graph.graph["document_dates"] = {document id: date}``. A bare
year stands for its first day (``"2014"`` -> ``"2014-01-01"``) and a year-month for the first of
the month; a date in any other form gives no ``start``, but stays in the ``date`` attribute.
Nodes get no interval: an entity exists for the whole timeline.
"""

from __future__ import annotations

import json

from kg.export._common import (
    PathOrFile,
    as_list,
    edge_documents,
    edge_rules,
    edge_start_date,
    evidence_of,
    join_list,
    sorted_edges,
    sorted_nodes,
    write_bytes,
    xml_attr,
)
from kg.export.colours import (
    edge_width,
    hex_to_rgb,
    node_size,
    relation_colour,
    type_colour,
)
from kg.export.layout import layout_positions

__all__ = ["write_gexf"]

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
#: Pixels per unit of layout length (an ideal edge is about this long in Gephi).
POSITION_SCALE = 100.0

_NODE_ATTRIBUTES = (
    ("type", "string"),
    ("aliases", "string"),
    ("mentions", "integer"),
    ("documents", "string"),
)
_EDGE_ATTRIBUTES = (
    ("relation", "string"),
    ("role", "string"),
    ("date", "string"),
    ("basis", "string"),
    ("confidence", "double"),
    ("sentence", "string"),
    ("evidence", "string"),
    ("documents", "string"),
    ("rules", "string"),
)


def write_gexf(graph, path_or_file: PathOrFile, *, positions: dict | None = None) -> None:
    """Write ``graph`` as GEXF 1.3 with viz colours, sizes and positions.

    Args:
        graph: a networkx graph following ``docs/graph-format.md``; it is not modified.
        path_or_file: a path (written atomically) or a binary or text file object.
        positions: ``layout_positions(graph)`` if the caller has it already.
    """
    write_bytes(path_or_file, gexf_bytes(graph, positions=positions))


def gexf_bytes(graph, *, positions: dict | None = None) -> bytes:
    """The GEXF document for ``graph`` as UTF-8 bytes (same graph, same bytes)."""
    if positions is None:
        positions = layout_positions(graph)
    document_dates = graph.graph.get("document_dates")
    if not isinstance(document_dates, dict):
        document_dates = None
    node_ids = {}
    for node, _ in sorted_nodes(graph):
        node_ids[node] = str(node)
    edges = []
    for index, (u, v, _key, data) in enumerate(sorted_edges(graph)):
        edges.append((f"e{index}", u, v, data, edge_start_date(data, document_dates)))
    dynamic = any(start for *_, start in edges)

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NS} {NS}/gexf.xsd" version="1.3">',
        "  <meta>",
        "    <creator>kg</creator>",
        "    <description>entity knowledge graph built from news articles</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" '
        + ('mode="dynamic" timeformat="date" timerepresentation="interval">' if dynamic
           else 'mode="static">'),
    ]
    for cls, attributes in (("node", _NODE_ATTRIBUTES), ("edge", _EDGE_ATTRIBUTES)):
        out.append(f'    <attributes class="{cls}" mode="static">')
        for name, atype in attributes:
            out.append(f'      <attribute id="{name}" title="{name}" type="{atype}"/>')
        out.append("    </attributes>")

    out.append("    <nodes>")
    for node, data in sorted_nodes(graph):
        label = data.get("label", node)
        out.append(f'      <node id="{xml_attr(node_ids[node])}" label="{xml_attr(label)}">')
        values = {
            "type": data.get("type"),
            "aliases": join_list(as_list(data.get("aliases"))),
            "mentions": _integer(data.get("mentions")),
            "documents": join_list(as_list(data.get("documents"))),
        }
        out.extend(_attvalues(values, "        "))
        r, g, b = hex_to_rgb(type_colour(str(data.get("type", ""))))
        x, y = positions.get(node, (0.0, 0.0))
        out.append(f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>')
        out.append(f'        <viz:position x="{_num(x * POSITION_SCALE)}" '
                   f'y="{_num(y * POSITION_SCALE)}" z="0.0"/>')
        out.append(f'        <viz:size value="{_num(node_size(data.get("mentions")))}"/>')
        out.append("      </node>")
    out.append("    </nodes>")

    out.append("    <edges>")
    for edge_id, u, v, data, start in edges:
        relation = str(data.get("relation", ""))
        label = data.get("label") or relation
        weight = data.get("weight")
        attrs = [f'id="{edge_id}"', f'source="{xml_attr(node_ids[u])}"',
                 f'target="{xml_attr(node_ids[v])}"']
        if label:
            attrs.append(f'label="{xml_attr(label)}"')
        if weight is not None:
            attrs.append(f'weight="{_num(weight)}"')
        if start:
            attrs.append(f'start="{start}"')
        out.append(f"      <edge {' '.join(attrs)}>")
        evidence = evidence_of(data)
        values = {
            "relation": relation,
            "role": data.get("role"),
            "date": data.get("date"),
            "basis": data.get("basis"),
            "confidence": _confidence(data.get("confidence")),
            "sentence": evidence[0].get("sentence") if evidence else None,
            "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True,
                                   separators=(",", ":")) if evidence else None,
            "documents": join_list(edge_documents(data)),
            "rules": join_list(edge_rules(data)),
        }
        out.extend(_attvalues(values, "        "))
        r, g, b = hex_to_rgb(relation_colour(relation))
        out.append(f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>')
        out.append(f'        <viz:thickness value="{_num(edge_width(weight))}"/>')
        out.append("      </edge>")
    out.append("    </edges>")
    out.append("  </graph>")
    out.append("</gexf>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _attvalues(values: dict, indent: str) -> list[str]:
    present = [(k, v) for k, v in values.items() if v is not None and v != ""]
    if not present:
        return []
    lines = [f"{indent}<attvalues>"]
    for name, value in present:
        lines.append(f'{indent}  <attvalue for="{name}" value="{xml_attr(value)}"/>')
    lines.append(f"{indent}</attvalues>")
    return lines


def _confidence(value) -> str | None:
    """A confidence as written in the graph (``repr`` of the float), or None when absent."""
    if value is None or value == "":
        return None
    return repr(float(value))


def _integer(value) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def _num(value) -> str:
    """A number as GEXF wants it: integers without a fraction, floats with at most 4 places."""
    number = float(value)
    if number.is_integer():
        return str(int(number)) if abs(number) < 1e15 else repr(number)
    return f"{number:.4f}".rstrip("0").rstrip(".")
