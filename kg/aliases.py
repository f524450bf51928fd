"""A user's alias file: merge names into one entity, keep names apart, or drop a name.

JSON lines, one instruction per line::

    {"name": "Vladimir Putin", "type": "person", "aliases": ["V. Putin", "Vladimir V. Putin"]}
    {"distinct": ["Smith", "Julianne Smith"], "type": "person"}
    {"ignore": "Sputnik"}

``name`` + ``aliases`` makes every listed name one entity (types: person, organisation, state,
treaty, place); ``distinct`` makes each listed name an entity of its own, so no rule joins them;
``ignore`` keeps a name out of the graph.
"""

from __future__ import annotations

from pathlib import Path

from kg.gazetteer import DataFileError, Entry, Gazetteer, fold, read_jsonl
from kg.model import ENTITY_TYPES

__all__ = ["apply_alias_file"]

_PREFIX = {"person": "person", "organisation": "org", "state": "state", "treaty": "treaty", "place": "place"}


def _check_type(path, number, row) -> str:
    type_ = row.get("type")
    if type_ not in ENTITY_TYPES:
        raise DataFileError(f"{path}: line {number}: type must be one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
    return type_


def apply_alias_file(gaz: Gazetteer, path: str | Path) -> None:
    """Add the instructions in ``path`` to ``gaz``; errors name the file and line."""
    rows = read_jsonl(path, required=())
    for number, row in enumerate(rows, 1):
        if "ignore" in row:
            if not isinstance(row["ignore"], str) or not row["ignore"].strip():
                raise DataFileError(f"{path}: line {number}: 'ignore' takes a name")
            gaz.ignored.add(fold(row["ignore"]))
        elif "distinct" in row:
            names = row["distinct"]
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise DataFileError(f"{path}: line {number}: 'distinct' takes a list of names")
            type_ = _check_type(path, number, row)
            for name in names:
                key = f"{_PREFIX[type_]}:{fold(name)}"
                gaz.entries[key] = Entry(key, type_, name, ())
        elif "name" in row:
            if not isinstance(row["name"], str) or not row["name"].strip():
                raise DataFileError(f"{path}: line {number}: 'name' must be a non-empty string")
            aliases = row.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise DataFileError(f"{path}: line {number}: 'aliases' must be a list of strings")
            type_ = _check_type(path, number, row)
            existing = next(
                (e for e in gaz.entries.values() if e.type == type_ and fold(row["name"]) in {fold(n) for n in (e.name, *e.aliases)}),
                None,
            )
            if existing is not None:
                gaz.entries[existing.key] = Entry(existing.key, type_, existing.name, tuple(existing.aliases) + tuple(aliases), existing.kind)
            else:
                key = f"{_PREFIX[type_]}:{fold(row['name'])}"
                gaz.entries[key] = Entry(key, type_, row["name"], tuple(aliases))
        else:
            raise DataFileError(f"{path}: line {number}: expected one of the fields name, distinct or ignore")
