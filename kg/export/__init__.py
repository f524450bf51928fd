"""Exporters: the graph in, files out. None of them modifies the graph it is given.

``write_outputs`` writes ``graph.graphml``, ``graph.html``, ``graph.gexf`` and ``graph.json`` into
one directory; each format also has its own writer that takes a path or a file object.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.export.gexf import write_gexf
from kg.export.graphml import read_graphml, write_graphml
from kg.export.html import write_html
from kg.export.nodelink import write_json

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "read_graphml",
    "write_gexf",
    "write_graphml",
    "write_html",
    "write_json",
    "write_outputs",
]

#: Every format kg writes, in the order ``write_outputs`` writes them.
FORMATS = ("graphml", "html", "gexf", "json")
#: File extension of each format.
EXTENSIONS = {"graphml": "graphml", "html": "html", "gexf": "gexf", "json": "json"}


def write_outputs(
    graph,
    out_dir: str | os.PathLike,
    *,
    formats=FORMATS,
    max_nodes: int | None = None,
    title: str = "kg graph",
    positions: dict | None = None,
) -> dict[str, Path]:
    """Write ``out_dir/graph.<ext>`` for each of ``formats``; return ``{format: path}``.

    Each file is written atomically (a temporary file in ``out_dir``, then ``os.replace``), so a
    reader never sees a half-written file. ``out_dir`` is created if needed. ``max_nodes`` and
    ``title`` only affect the HTML explorer; ``positions``, the graph's
    :func:`~kg.export.layout.layout_positions` if the caller has them, saves computing them.

    Raises:
        ValueError: an unknown format (before anything is written).
    """
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(
            f"unsupported output format {unknown[0]!r}: expected one of {', '.join(FORMATS)}"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for fmt in formats:
        path = out / f"graph.{EXTENSIONS[fmt]}"
        if fmt == "graphml":
            write_graphml(graph, path)
        elif fmt == "html":
            write_html(graph, path, max_nodes=max_nodes, title=title, positions=positions)
        elif fmt == "gexf":
            write_gexf(graph, path, positions=positions)
        else:
            write_json(graph, path)
        written[fmt] = path
    return written
