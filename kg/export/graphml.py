"""GraphML that Gephi, yEd, igraph, networkx and the standard library all read the same way.

Written by hand rather than with ``networkx.write_graphml`` because a ``MultiDiGraph`` needs edge
ids that are unique across the whole file (networkx writes the edge key, which repeats between
pairs, and Gephi then drops parallel edges), and because every ``<key>`` must be declared with
one name and one type whatever the graph holds.

The file follows ``docs/graph-format.md``: lists are ``;``-joined (a ``;`` inside a value is
escaped as ``\\;``), ``evidence`` is a JSON array beside its flattened ``sentence``, ``documents``
and ``rules``, and nodes carry the presentation attributes ``r``, ``g``, ``b`` (type colour) and
``size`` (from mentions). :func:`read_graphml` undoes all of this.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import networkx as nx

from kg.export._common import (
    PathOrFile,
    as_list,
    check_xml_id,
    edge_documents,
    edge_rules,
    evidence_of,
    join_list,
    read_bytes,
    sorted_edges,
    sorted_nodes,
    split_list,
    write_bytes,
    xml_attr,
    xml_text,
)
from kg.export.colours import hex_to_rgb, node_size, type_colour

__all__ = ["EDGE_KEYS", "NODE_KEYS", "read_graphml", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"


@dataclass(frozen=True)
class Key:
    """One GraphML ``<key>``: its id in the file, the attribute name and its GraphML type."""

    id: str
    name: str
    type: str  # boolean, int, long, float, double or string


#: Node keys, always declared in this order. Key ids equal the names Gephi's importer looks for.
NODE_KEYS = (
    Key("label", "label", "string"),
    Key("type", "type", "string"),
    Key("aliases", "aliases", "string"),
    Key("mentions", "mentions", "int"),
    Key("documents", "documents", "string"),
    Key("r", "r", "int"),
    Key("g", "g", "int"),
    Key("b", "b", "int"),
    Key("size", "size", "float"),
)
#: Edge keys, always declared in this order.
EDGE_KEYS = (
    Key("edgelabel", "label", "string"),
    Key("relation", "relation", "string"),
    Key("role", "role", "string"),
    Key("weight", "weight", "int"),
    Key("date", "date", "string"),
    Key("basis", "basis", "string"),
    Key("confidence", "confidence", "double"),
    Key("sentence", "sentence", "string"),
    Key("evidence", "evidence", "string"),
    Key("edgedocuments", "documents", "string"),
    Key("rules", "rules", "string"),
)

_NODE_LISTS = ("aliases", "documents")
_PRESENTATION = ("r", "g", "b", "size")
_FLATTENED_EVIDENCE = ("sentence", "documents", "rules")
# Attributes the contract defines and read_graphml restores when the file leaves them out
# (the writer omits empty strings and lists, which networkx would otherwise read as "None").
_NODE_DEFAULTS = {"aliases": list, "documents": list}
_EDGE_DEFAULTS = {"role": str, "date": str, "evidence": list}

_TYPE_OF = {bool: "boolean", int: "long", float: "double"}
_PARSE = {
    "boolean": lambda text: text.strip().lower() in ("true", "1"),
    "int": int,
    "long": int,
    "float": float,
    "double": float,
    "string": str,
}


def write_graphml(graph, path_or_file: PathOrFile) -> None:
    """Write ``graph`` (see ``docs/graph-format.md``) as GraphML.

    Args:
        graph: a networkx graph following kg's contract; it is not modified.
        path_or_file: a path (written atomically) or a binary or text file object.

    Raises:
        ValueError: a node id is not an XML NMTOKEN (slug).
    """
    write_bytes(path_or_file, graphml_bytes(graph))


def graphml_bytes(graph) -> bytes:
    """The GraphML document for ``graph`` as UTF-8 bytes (same graph, same bytes)."""
    nodes = [(check_xml_id(n), _node_values(d)) for n, d in sorted_nodes(graph)]
    edges = [
        (check_xml_id(u, "edge source"), check_xml_id(v, "edge target"), _edge_values(d))
        for u, v, _key, d in sorted_edges(graph)
    ]
    graph_values = {
        str(k): v
        for k, v in graph.graph.items()
        if isinstance(v, (str, int, float, bool)) and v != ""
    }
    documents = _documents_table(graph.graph.get("documents"))
    if documents:
        graph_values["documents"] = json.dumps(documents, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    taken = {k.id for k in NODE_KEYS + EDGE_KEYS}
    node_keys = list(NODE_KEYS) + _extra_keys([d for _, d in nodes], NODE_KEYS, "node", taken)
    edge_keys = list(EDGE_KEYS) + _extra_keys([d for *_, d in edges], EDGE_KEYS, "edge", taken)
    graph_keys = _extra_keys([graph_values], (), "graph", taken)

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<graphml xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NS} {NS}/1.0/graphml.xsd">',
    ]
    for domain, keys in (("graph", graph_keys), ("node", node_keys), ("edge", edge_keys)):
        for key in keys:
            out.append(
                f'  <key id="{xml_attr(key.id)}" for="{domain}" '
                f'attr.name="{xml_attr(key.name)}" attr.type="{key.type}"/>'
            )
    out.append('  <graph id="G" edgedefault="directed">')
    out.extend(_data_lines(graph_values, graph_keys, "    "))
    for node_id, values in nodes:
        out.append(f'    <node id="{node_id}">')
        out.extend(_data_lines(values, node_keys, "      "))
        out.append("    </node>")
    for index, (source, target, values) in enumerate(edges):
        out.append(f'    <edge id="e{index}" source="{source}" target="{target}">')
        out.extend(_data_lines(values, edge_keys, "      "))
        out.append("    </edge>")
    out.append("  </graph>")
    out.append("</graphml>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _documents_table(value) -> dict:
    """``graph.graph["documents"]`` as {document id: {title, date, url, source}} of strings, or {}."""
    if not isinstance(value, dict):
        return {}
    return {
        str(doc): {str(k): str(v) for k, v in fields.items() if v not in (None, "")}
        for doc, fields in value.items()
        if isinstance(fields, dict)
    }


def _node_values(data: dict) -> dict:
    """Node attributes as GraphML values, plus colour and size (on this copy only)."""
    values = dict(data)
    for name in _NODE_LISTS:
        if name in values:
            values[name] = join_list(as_list(values[name]))
    for name in _PRESENTATION:
        values.pop(name, None)
    r, g, b = hex_to_rgb(type_colour(str(data.get("type", ""))))
    values.update(r=r, g=g, b=b, size=node_size(data.get("mentions")))
    return values


def _edge_values(data: dict) -> dict:
    """Edge attributes as GraphML values, with evidence as JSON and flattened."""
    values = dict(data)
    if "relation" in values and "label" not in values:
        values["label"] = values["relation"]
    evidence = evidence_of(data)
    values.pop("evidence", None)
    if evidence:
        values["evidence"] = json.dumps(
            evidence, ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        values["sentence"] = str(evidence[0].get("sentence", ""))
        values["documents"] = join_list(edge_documents(data))
        values["rules"] = join_list(edge_rules(data))
    return values


def _extra_keys(rows: list[dict], known: tuple[Key, ...], domain: str, taken: set) -> list[Key]:
    """Keys for attributes outside the contract, typed from the values they hold."""
    names = {n for row in rows for n in row} - {k.name for k in known}
    keys = []
    for name in sorted(names, key=str):
        types = {
            _TYPE_OF.get(type(row[name]), "string") for row in rows if row.get(name) is not None
        }
        if types <= {"long"}:
            gtype = "long"
        elif types <= {"long", "double"}:
            gtype = "double"
        elif types == {"boolean"}:
            gtype = "boolean"
        else:
            gtype = "string"
        key_id = str(name)
        try:
            check_xml_id(key_id)
        except ValueError:
            key_id = f"{domain}_attr"
        base, n = key_id, 1
        while key_id in taken:
            key_id, n = f"{domain}_{base}" if n == 1 else f"{domain}_{base}_{n}", n + 1
        taken.add(key_id)
        keys.append(Key(key_id, str(name), gtype))
    return keys


def _data_lines(values: dict, keys: list[Key], indent: str) -> list[str]:
    lines = []
    for key in keys:
        value = values.get(key.name)
        text = _format(value, key)
        if text is not None:
            lines.append(f'{indent}<data key="{xml_attr(key.id)}">{xml_text(text)}</data>')
    return lines


def _format(value, key: Key) -> str | None:
    """The text of one value, or None to leave it out (None, "" and empty lists)."""
    if value is None or value == "" or (isinstance(value, (list, tuple, set)) and not value):
        return None
    if key.type == "boolean":
        return "true" if value else "false"
    if key.type in ("int", "long"):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        try:
            return str(int(value))
        except (TypeError, ValueError):
            raise ValueError(f"attribute {key.name!r} must be an integer, got {value!r}") from None
    if key.type in ("float", "double"):
        number = float(value)
        if not math.isfinite(number):
            return None
        return repr(number)
    if isinstance(value, (list, tuple, set, frozenset)):
        return join_list(as_list(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(value)


def read_graphml(path_or_file: PathOrFile) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` back into kg's in-memory graph.

    Lists are split again, ``mentions`` and ``weight`` are ints, ``confidence`` is a float,
    ``evidence`` is a list of dicts,
    and the presentation (``r``, ``g``, ``b``, ``size``) and flattened evidence attributes
    (``sentence``, edge ``documents``, ``rules``) are dropped. Edge keys are ``relation`` or
    ``relation|role``, as the graph builder makes them. Keys are found by ``attr.name``, so a
    file re-saved by Gephi reads the same.
    """
    root = ET.fromstring(read_bytes(path_or_file))
    if root.tag != f"{{{NS}}}graphml":
        raise ValueError(f"not a GraphML document: root element is {root.tag!r}")
    keys = {}
    for key in root.findall(f"{{{NS}}}key"):
        name = key.get("attr.name") or key.get("id")
        keys[key.get("id")] = (name, key.get("attr.type", "string"))
    element = root.find(f"{{{NS}}}graph")
    graph = nx.MultiDiGraph()
    if element is None:
        return graph

    def values(el) -> dict:
        out = {}
        for data in el.findall(f"{{{NS}}}data"):
            name, gtype = keys.get(data.get("key"), (data.get("key"), "string"))
            out[name] = _PARSE.get(gtype, str)(data.text or "")
        return out

    graph.graph.update(values(element))
    if isinstance(graph.graph.get("documents"), str):
        # the documents table (docs/graph-format.md), and the article dates GEXF reads from it
        try:
            documents = _documents_table(json.loads(graph.graph["documents"]))
        except ValueError:
            documents = {}
        if documents:
            graph.graph["documents"] = documents
            dates = {doc: fields["date"] for doc, fields in documents.items() if fields.get("date")}
            if dates and "document_dates" not in graph.graph:
                graph.graph["document_dates"] = dict(sorted(dates.items()))
    for node in element.findall(f"{{{NS}}}node"):
        attrs = values(node)
        for name in _PRESENTATION:
            attrs.pop(name, None)
        for name in _NODE_LISTS:
            if name in attrs:
                attrs[name] = split_list(str(attrs[name]))
        for name, default in _NODE_DEFAULTS.items():
            attrs.setdefault(name, default())
        graph.add_node(node.get("id"), **attrs)
    for edge in element.findall(f"{{{NS}}}edge"):
        attrs = values(edge)
        if "evidence" in attrs:
            attrs["evidence"] = json.loads(attrs["evidence"])
            for name in _FLATTENED_EVIDENCE:
                attrs.pop(name, None)
        for name, default in _EDGE_DEFAULTS.items():
            attrs.setdefault(name, default())
        source, target = edge.get("source"), edge.get("target")
        relation = attrs.get("relation")
        key = None
        if relation is not None:
            key = f"{relation}|{attrs['role']}" if attrs.get("role") else str(relation)
        if key is None or graph.has_edge(source, target, key):
            key = edge.get("id") if not graph.has_edge(source, target, edge.get("id")) else None
        graph.add_edge(source, target, key=key, **attrs)
    return graph
