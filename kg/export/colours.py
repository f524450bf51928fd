"""Colours and sizes shared by every exporter.

The colours live in ``kg/data/style.json`` so that a user who wants another palette edits data, not
Python. A relation that the style file does not name gets a palette colour chosen by a stable hash
of its name, so the same relation has the same colour in every file and every run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from importlib import resources

__all__ = [
    "edge_width",
    "hex_to_rgb",
    "node_size",
    "relation_colour",
    "style",
    "type_colour",
]


@functools.cache
def style() -> dict:
    """The parsed ``kg/data/style.json``."""
    text = resources.files("kg").joinpath("data", "style.json").read_text(encoding="utf-8")
    return json.loads(text)


def type_colour(entity_type: str) -> str:
    """``#rrggbb`` colour of an entity type (grey for a type the style file does not know)."""
    return style()["types"].get(entity_type, style()["unknown_type"])


def relation_colour(relation: str) -> str:
    """``#rrggbb`` colour of a relation type."""
    known = style()["relations"].get(relation)
    if known:
        return known
    palette = style()["palette"]
    digest = hashlib.sha1(relation.encode("utf-8")).digest()
    return palette[int.from_bytes(digest[:4], "big") % len(palette)]


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#4e79a7"`` -> ``(78, 121, 167)``."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"bad colour {colour!r}: expected #rrggbb")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def node_size(mentions: int | float | None) -> float:
    """Display size of a node from its number of mentions.

    Logarithmic, so that an entity named 200 times is not forty times wider than one named five
    times: 1 mention -> 15, 7 -> 25, 63 -> 40, capped at 60.
    """
    try:
        count = max(float(mentions or 0), 0.0)
    except (TypeError, ValueError):
        count = 0.0
    return round(min(10.0 + 5.0 * math.log2(1.0 + count), 60.0), 2)


def edge_width(weight: int | float | None) -> float:
    """Display width of an edge from its number of supporting sentences."""
    try:
        count = max(float(weight or 1), 1.0)
    except (TypeError, ValueError):
        count = 1.0
    return round(min(1.0 + 1.5 * math.log2(count), 8.0), 2)
