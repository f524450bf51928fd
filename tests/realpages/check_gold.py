#!/usr/bin/env python3
"""Check the real-page gold files (standard library only).

Usage: python tests/realpages/check_gold.py [GOLD_FILE ...]

For every gold file (default: all of tests/realpages/gold/*.gold.json): the keys of the shared
schema are present, ids are unique, relation endpoints are entity (or allowed) ids, each relation
type and its endpoint types fit kg/data/schema.json, tiers are 1 for leads-delegation/member-of/
annexed and 2 otherwise, and, when the text is present in texts/, its digest matches and every
entity has at least one alias that occurs in it. Prints one line per problem; exit 1 if any.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA = json.loads((HERE.parents[1] / "kg" / "data" / "schema.json").read_text(encoding="utf-8"))["relations"]
TIER1 = {"leads-delegation", "member-of", "annexed"}
REQUIRED = ("url", "query", "batch", "register", "region", "documents", "text_sha256", "entities", "relations")
TYPES = {"person", "organisation", "state", "treaty", "place"}


def problems_of(path: Path) -> list[str]:
    out: list[str] = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path.name}: not readable JSON ({exc})"]
    for key in REQUIRED:
        if key not in gold:
            out.append(f"{path.name}: missing key {key!r}")
    if out:
        return out
    stem = path.name.removesuffix(".gold.json")
    if gold["documents"] != [stem + ".txt"]:
        out.append(f"{path.name}: documents should be [{stem + '.txt'!r}]")
    types: dict[str, str] = {}
    seen: set[str] = set()
    for kind in ("entities", "allowed", "forbidden"):
        for ent in gold.get(kind, []):
            eid = ent.get("id")
            if eid in seen:
                out.append(f"{path.name}: id {eid!r} used twice")
            seen.add(eid)
            if not ent.get("aliases"):
                out.append(f"{path.name}: {kind} {eid!r} has no aliases")
            if kind == "entities":
                if ent.get("type") not in TYPES:
                    out.append(f"{path.name}: entity {eid!r} has type {ent.get('type')!r}")
                types[eid] = ent.get("type")
    text_path = HERE / "texts" / (stem + ".txt")
    if text_path.exists():
        data = text_path.read_bytes()
        if hashlib.sha256(data).hexdigest() != gold["text_sha256"]:
            out.append(f"{path.name}: text_sha256 does not match texts/{text_path.name}")
        text = data.decode("utf-8").casefold()
        for ent in gold["entities"]:
            if not any(a.casefold() in text for a in ent["aliases"]):
                out.append(f"{path.name}: no alias of entity {ent['id']!r} occurs in the text")
    triples = set()
    for kind in ("relations", "acceptable_relations"):
        for rel in gold.get(kind, []):
            s, r, t = rel.get("source"), rel.get("relation"), rel.get("target")
            if (s, r, t) in triples:
                out.append(f"{path.name}: {s} {r} {t} listed twice")
            triples.add((s, r, t))
            if r not in SCHEMA:
                out.append(f"{path.name}: relation {r!r} is not in kg/data/schema.json")
                continue
            if kind == "relations":
                if rel.get("tier") != (1 if r in TIER1 else 2):
                    out.append(f"{path.name}: {s} {r} {t} should be tier {1 if r in TIER1 else 2}")
                for end, allowed_types in ((s, SCHEMA[r][0]), (t, SCHEMA[r][1])):
                    if end not in types:
                        out.append(f"{path.name}: {s} {r} {t}: {end!r} is not an entity id")
                    elif types[end] not in allowed_types:
                        out.append(f"{path.name}: {s} {r} {t}: {end!r} is a {types[end]}, "
                                   f"{r} takes {'/'.join(allowed_types)}")
            elif s not in seen or t not in seen:
                out.append(f"{path.name}: acceptable {s} {r} {t} names an unknown id")
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((HERE / "gold").glob("*.gold.json"))
    problems = [p for path in paths for p in problems_of(path)]
    for p in problems:
        print(p)
    print(f"{len(paths)} gold files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
