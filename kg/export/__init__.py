"""Exporters: the graph in, files out. None of them modifies the graph it is given.

``write_outputs`` writes ``graph.graphml``, ``graph.html``, ``graph.gexf`` and ``graph.json`` into
one directory, replacing them as one set; each format also has its own writer that takes a path or
a file object.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kg.export._common import _umask

from kg.export.gexf import write_gexf
from kg.export.graphml import read_graphml, write_graphml
from kg.export.html import write_html
from kg.export.nodelink import write_json

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "discard_outputs",
    "publish_outputs",
    "read_graphml",
    "stage_output",
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

    The files are replaced as one set: each is written to a temporary name in ``out_dir``
    (:func:`stage_output`), and only once every one is complete are they renamed
    (:func:`publish_outputs`). If any fails (a full disk, say), the previous files stay as they
    were and no temporary file is left. ``out_dir`` is created if needed. ``max_nodes`` and
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
    staged: dict[str, Path] = {}
    try:
        for fmt in formats:
            staged[fmt] = stage_output(graph, out, fmt, max_nodes=max_nodes, title=title, positions=positions)
    except BaseException:
        discard_outputs(staged.values())
        raise
    return publish_outputs(staged, out)


def stage_output(graph, out_dir: Path, fmt: str, *, max_nodes: int | None = None, title: str = "kg graph",
                 positions: dict | None = None) -> Path:
    """Write format ``fmt`` of ``graph`` to a new temporary file in ``out_dir`` and return its
    path, for :func:`publish_outputs`; on failure nothing of it is left."""
    fd, name = tempfile.mkstemp(prefix=f".graph.{EXTENSIONS[fmt]}.", suffix=".tmp", dir=out_dir)
    staged = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            if fmt == "graphml":
                write_graphml(graph, out)
            elif fmt == "html":
                write_html(graph, out, max_nodes=max_nodes, title=title, positions=positions)
            elif fmt == "gexf":
                write_gexf(graph, out, positions=positions)
            else:
                write_json(graph, out)
        os.chmod(staged, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
    except BaseException:
        discard_outputs([staged])
        raise
    return staged


def publish_outputs(staged: dict[str, Path], out_dir: Path) -> dict[str, Path]:
    """Rename the complete temporary files of :func:`stage_output` to ``out_dir/graph.<ext>``.
    A rename that fails (it needs no space, so it seldom does) leaves no temporary file behind."""
    written: dict[str, Path] = {}
    try:
        for fmt, path in staged.items():
            os.replace(path, Path(out_dir) / f"graph.{EXTENSIONS[fmt]}")
            written[fmt] = Path(out_dir) / f"graph.{EXTENSIONS[fmt]}"
    except BaseException:
        discard_outputs(path for fmt, path in staged.items() if fmt not in written)
        raise
    return written


def discard_outputs(staged) -> None:
    """Remove temporary files of :func:`stage_output` that will not be published."""
    for path in staged:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
