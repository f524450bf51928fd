"""A deterministic force-directed layout, fast enough for a few thousand nodes.

The same graph always gets the same positions: nodes start on a sunflower spiral ordered by degree
(hubs in the middle) instead of at random, and the Fruchterman-Reingold iterations that follow
involve no randomness. Connected components are laid out one by one and packed in rows, largest
first, so that small islands do not fly off to the edge of the picture.
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["layout_positions"]

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
#: Rows of the pairwise repulsion computed at once.
_BLOCK_ROWS = 512


def layout_positions(graph, *, iterations: int | None = None) -> dict:
    """Positions ``{node: (x, y)}`` with an ideal edge length of about 1.

    Args:
        graph: any networkx graph; direction and parallel edges are ignored.
        iterations: force-directed steps per component; by default fewer for big components
            (150 up to 100 nodes, 40 above 1,000) so that 2,000 nodes take a couple of seconds.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple)),
        key=lambda c: (-len(c), str(c[0])),
    )
    placed = []
    for nodes in components:
        local = _component_layout(simple, nodes, iterations)
        radius = max((math.hypot(x, y) for x, y in local.values()), default=0.0) + 1.0
        placed.append((local, radius))
    return _pack(placed)


def _component_layout(graph: nx.Graph, nodes: list, iterations: int | None) -> dict:
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    import numpy as np  # spaCy already depends on numpy

    index = {node: i for i, node in enumerate(nodes)}
    order = sorted(nodes, key=lambda node: (-graph.degree(node), str(node)))
    pos = np.zeros((n, 2))
    for rank, node in enumerate(order):
        radius, angle = math.sqrt(rank + 0.5), rank * _GOLDEN_ANGLE
        pos[index[node]] = (radius * math.cos(angle), radius * math.sin(angle))
    # Edges in one canonical order, whatever order the graph was built in: the forces are summed
    # edge by edge, and floating-point sums in another order drift apart over the iterations.
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.subgraph(nodes).edges()})
    edges = np.array(pairs, dtype=int).reshape(-1, 2)
    if iterations is None:
        iterations = 150 if n <= 100 else 80 if n <= 400 else 60 if n <= 1000 else 40
    temperature = math.sqrt(n) * 0.5
    cooling = temperature / (iterations + 1)
    # The n x n repulsion is computed a block of rows at a time, so a graph of 5,000 nodes needs
    # tens of MB of scratch, not hundreds; each row's sum is the same either way.
    rows = min(n, _BLOCK_ROWS)
    scratch = np.empty((rows, n), dtype=np.float32)
    inverse = np.empty((rows, n), dtype=np.float32)
    dx_sq = np.empty((rows, n), dtype=np.float32)
    for _ in range(iterations):
        x = pos[:, 0].astype(np.float32)
        y = pos[:, 1].astype(np.float32)
        displacement = np.empty((n, 2))
        for start in range(0, n, rows):
            end = min(n, start + rows)
            s_, i_, d_ = scratch[: end - start], inverse[: end - start], dx_sq[: end - start]
            # Repulsion k^2/d between every pair (k = 1): along (dx, dy) / d^2.
            np.subtract(x[start:end, None], x[None, :], out=s_)
            np.multiply(s_, s_, out=d_)
            np.subtract(y[start:end, None], y[None, :], out=s_)
            np.multiply(s_, s_, out=i_)
            i_ += d_
            np.maximum(i_, 1e-4, out=i_)
            np.reciprocal(i_, out=i_)
            displacement[start:end, 1] = (s_ * i_).sum(axis=1, dtype=np.float64)
            np.subtract(x[start:end, None], x[None, :], out=s_)
            displacement[start:end, 0] = (s_ * i_).sum(axis=1, dtype=np.float64)
        # Attraction d^2/k along edges.
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = d * np.sqrt((d**2).sum(axis=1))[:, None]
            np.add.at(displacement, edges[:, 0], -pull)
            np.add.at(displacement, edges[:, 1], pull)
        # A weak pull to the centre keeps loosely attached leaves close.
        displacement -= pos * 0.01
        step = np.sqrt((displacement**2).sum(axis=1))
        np.maximum(step, 1e-9, out=step)
        pos += displacement * (np.minimum(step, temperature) / step)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def _pack(placed: list[tuple[dict, float]]) -> dict:
    """Shelf-pack components (largest first) into rows about as wide as they are tall."""
    if not placed:
        return {}
    total_area = sum((2 * r) ** 2 for _, r in placed)
    width = max(2 * placed[0][1], math.sqrt(total_area))
    positions, x, y, row_height = {}, 0.0, 0.0, 0.0
    for local, radius in placed:
        diameter = 2 * radius
        if x > 0 and x + diameter > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + radius, y + radius
        for node, (px, py) in local.items():
            positions[node] = (px + cx, py + cy)
        x += diameter
        row_height = max(row_height, diameter)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (round(px - mx, 4), round(py - my, 4)) for node, (px, py) in positions.items()}
