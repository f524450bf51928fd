"""Node-link JSON: the in-memory graph as it is, for scripts and web pages.

The document is ``networkx.node_link_data(graph, edges="edges")`` with nodes sorted by id and
edges by (source, target, key), written with sorted keys, one node or edge per line and UTF-8
(not ``\\u`` escapes), so that the same graph gives the same bytes. Read it back with
``networkx.node_link_graph(json.load(f), edges="edges")``. Lists stay lists and evidence stays a
list of objects; no presentation attributes are added.
"""

from __future__ import annotations

import dataclasses
import json

import networkx as nx

from kg.export._common import PathOrFile, sorted_edges, sorted_nodes, write_bytes

__all__ = ["json_bytes", "write_json"]


def write_json(graph, path_or_file: PathOrFile) -> None:
    """Write ``graph`` as node-link JSON (``edges="edges"``).

    Args:
        graph: a networkx graph; it is not modified.
        path_or_file: a path (written atomically) or a binary or text file object.
    """
    write_bytes(path_or_file, json_bytes(graph))


def json_bytes(graph) -> bytes:
    """The node-link JSON document for ``graph`` as UTF-8 bytes."""
    ordered = graph.__class__()
    ordered.graph.update(graph.graph)
    ordered.add_nodes_from(sorted_nodes(graph))
    if graph.is_multigraph():
        ordered.add_edges_from(sorted_edges(graph))
    else:
        ordered.add_edges_from((u, v, d) for u, v, _k, d in sorted_edges(graph))
    data = nx.node_link_data(ordered, edges="edges")

    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)

    # one node or edge per line: readable and diff-friendly, and written by the json module's C
    # encoder (indentation would send the whole document through its pure-Python one)
    parts = []
    for key in sorted(data):
        if key in ("nodes", "edges"):
            records = ",\n".join(f"    {dumps(record)}" for record in data[key])
            parts.append(f'  "{key}": [\n{records}\n  ]' if records else f'  "{key}": []')
        else:
            parts.append(f'  "{key}": {dumps(data[key])}')
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


def _plain(value):
    """JSON for values the json module does not know (sets, tuples of dataclasses, ...)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot write {type(value).__name__} value {value!r} as JSON")
