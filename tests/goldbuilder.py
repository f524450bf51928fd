"""Build a hand-annotated gold file for an article set (standard library only).

Each ``tests/<set>/make_gold.py`` holds only its data and calls this module::

    from goldbuilder import P, O, S, T, L, GoldBuilder

    g = GoldBuilder(__file__)        # writes tests/<set>/<set>.gold.json
    e, al, fb, r, stretch, ok = g.e, g.al, g.fb, g.r, g.stretch, g.ok
    e("putin", P, "Vladimir Putin", "Putin")          # an entity kg must find, with its type
    al("moscow", "Moscow")                              # a name kg may show or not (no type)
    fb("credit_ap", "AP", "Associated Press")           # debris that must never become a node
    r("putin", "holds-office", "russia")                # gold; the tier follows the relation type
    stretch("peskov", "spokesperson-for", "russia")     # gold, tier 3 (coreference, inference)
    ok("peskov", "holds-office", "russia")              # acceptable: neither gold nor wrong
    g.write(about="...", notes=["..."])

The same fact stated twice (two articles assert it) is listed once, at its first place and with
its lowest tier; an acceptable triple stated twice is listed once, and one that is also gold is
dropped. ``write`` validates the whole file against ``kg/data/schema.json`` first and raises
:class:`GoldError` listing every problem, so a gold file never holds a relation kg cannot produce.

What :func:`validate` checks:

* ids are unique across ``entities``, ``allowed`` and ``forbidden``; entity types are types
  that the schema names;
* every relation type (gold and acceptable) is in the schema;
* a gold relation joins two *entities* (typed ids), both types allowed for its relation, and its
  tier is 1 (leads-delegation, member-of, annexed), 2 (the rest) or 3 (stretch);
* an acceptable relation joins entities or ``allowed`` ids. An ``allowed`` id has no type (kg
  may type the name as it likes, and kg only emits edges its schema allows), so only the typed
  end(s) of an acceptable relation are checked against the schema;
* no endpoint is unknown or ``forbidden``, no relation joins an id to itself, and no triple is
  listed twice in the same list.
"""

from __future__ import annotations

import json
import os
import sys

__all__ = ["P", "O", "S", "T", "L", "TIER1", "STRETCH", "GoldBuilder", "GoldError", "load_schema", "validate"]

P, O, S, T, L = "person", "organisation", "state", "treaty", "place"
TIER1 = frozenset({"leads-delegation", "member-of", "annexed"})  # as in seeds.gold.json
STRETCH = 3
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "kg", "data", "schema.json")
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")  # what kg build reads


class GoldError(ValueError):
    """A gold file breaks the schema or refers to unknown ids; ``problems`` lists every one."""

    def __init__(self, where: str, problems: list[str]):
        self.problems = list(problems)
        super().__init__(f"{where}: {len(problems)} problem(s) in the gold\n" + "\n".join(f"  - {p}" for p in problems))


def load_schema(path: str = SCHEMA_PATH) -> dict[str, tuple[frozenset, frozenset]]:
    """relation type -> (allowed source types, allowed target types), from kg/data/schema.json."""
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)["relations"]
    return {name: (frozenset(ends[0]), frozenset(ends[1])) for name, ends in rows.items()}


def tier_of(relation: str) -> int:
    return 1 if relation in TIER1 else 2


def _triple(x: dict) -> tuple[str, str, str]:
    return (x["source"], x["relation"], x["target"])


def validate(gold: dict, schema: dict | None = None) -> list[str]:
    """Every problem in a gold dict (an empty list when it is sound); see the module docstring."""
    schema = load_schema() if schema is None else schema
    entity_types = set().union(*(ends[0] | ends[1] for ends in schema.values()))
    problems: list[str] = []
    kind_of: dict[str, str] = {}
    for kind in ("entities", "allowed", "forbidden"):
        for x in gold.get(kind, []):
            i = x.get("id")
            if i in kind_of:
                problems.append(f"id {i!r} is listed twice ({kind_of[i]} and {kind})")
            else:
                kind_of[i] = kind
            if not x.get("aliases"):
                problems.append(f"{kind} {i!r} has no aliases")
    types = {}
    for x in gold.get("entities", []):
        types.setdefault(x["id"], x.get("type"))
        if x.get("type") not in entity_types:
            problems.append(f"entity {x['id']!r} has type {x.get('type')!r}: expected one of {', '.join(sorted(entity_types))}")

    for kind in ("relations", "acceptable_relations"):
        seen = set()
        for x in gold.get(kind, []):
            s, rel, t = _triple(x)
            what = f"{'gold' if kind == 'relations' else 'acceptable'} {s} -{rel}-> {t}"
            if (s, rel, t) in seen:
                problems.append(f"{what}: listed twice")
            seen.add((s, rel, t))
            if s == t:
                problems.append(f"{what}: joins an id to itself")
            if rel not in schema:
                problems.append(f"{what}: relation {rel!r} is not in the schema ({', '.join(schema)})")
            ends = (("source", s, 0), ("target", t, 1))
            for end, i, side in ends:
                k = kind_of.get(i)
                if k is None:
                    problems.append(f"{what}: {end} {i!r} is not a known id")
                elif k == "forbidden":
                    problems.append(f"{what}: {end} {i!r} is a forbidden name")
                elif k == "allowed" and kind == "relations":
                    problems.append(f"{what}: {end} {i!r} is an allowed name with no type; a gold relation needs an entity (make it acceptable, or make {i!r} an entity)")
                elif k == "entities" and rel in schema and types[i] not in schema[rel][side]:
                    problems.append(f"{what}: {end} {i!r} is of type {types[i]}; the schema allows {' or '.join(sorted(schema[rel][side]))} as the {end} of {rel}")
            if kind == "relations":
                tier = x.get("tier")
                if rel in schema and tier not in (tier_of(rel), STRETCH):
                    problems.append(f"{what}: tier {tier!r}, expected {tier_of(rel)} (or {STRETCH} for a stretch)")
    return problems


def check(gold: dict, where: str = "gold", schema: dict | None = None) -> None:
    """Raise :class:`GoldError` listing every problem :func:`validate` finds."""
    problems = validate(gold, schema)
    if problems:
        raise GoldError(where, problems)


class GoldBuilder:
    """Collects one article set's gold and writes ``<set>.gold.json`` next to its ``make_gold.py``."""

    def __init__(self, script: str, name: str | None = None):
        self.here = os.path.dirname(os.path.abspath(script))
        self.name = name or os.path.basename(self.here)
        self.entities: list[dict] = []
        self.allowed: list[dict] = []
        self.forbidden: list[dict] = []
        self._gold: dict[tuple[str, str, str], int] = {}  # triple -> tier, in first-stated order
        self._acceptable: dict[tuple[str, str, str], None] = {}

    # ---- names
    def e(self, i: str, type_: str, *aliases: str) -> None:
        """An entity kg must find: id, type (P, O, S, T, L) and the surface forms in the articles."""
        self.entities.append({"id": i, "type": type_, "aliases": list(aliases)})

    def al(self, i: str, *aliases: str) -> None:
        """An allowed name: kg may make it a node or not; it has no type."""
        self.allowed.append({"id": i, "aliases": list(aliases)})

    def fb(self, i: str, *aliases: str) -> None:
        """A forbidden name (page debris, credits, bylines): it must never become a node."""
        self.forbidden.append({"id": i, "aliases": list(aliases)})

    # ---- relations
    def _add(self, s: str, rel: str, t: str, tier: int) -> None:
        key = (s, rel, t)
        self._gold[key] = min(self._gold.get(key, tier), tier)

    def r(self, s: str, rel: str, t: str) -> None:
        """A gold relation; tier 1 for leads-delegation, member-of and annexed, else tier 2."""
        self._add(s, rel, t, tier_of(rel))

    def stretch(self, s: str, rel: str, t: str) -> None:
        """A gold relation of tier 3: it needs coreference, metonymy or inference to find."""
        self._add(s, rel, t, STRETCH)

    def ok(self, s: str, rel: str, t: str) -> None:
        """An acceptable relation: kg may produce it without being wrong; it is not gold."""
        self._acceptable.setdefault((s, rel, t), None)

    @property
    def relations(self) -> list[dict]:
        return [{"tier": tier, "source": s, "relation": rel, "target": t} for (s, rel, t), tier in self._gold.items()]

    @property
    def acceptable_relations(self) -> list[dict]:
        return [{"source": s, "relation": rel, "target": t} for (s, rel, t) in self._acceptable if (s, rel, t) not in self._gold]

    # ---- output
    def documents(self) -> list[str]:
        folder = os.path.join(self.here, "articles")
        return sorted(f for f in os.listdir(folder) if f.endswith(DOCUMENT_SUFFIXES))

    def build(self, about: str, notes: list[str]) -> dict:
        return {
            "about": about,
            "documents": self.documents(),
            "entities": self.entities,
            "allowed": self.allowed,
            "forbidden": self.forbidden,
            "relations": self.relations,
            "acceptable_relations": self.acceptable_relations,
            "notes": list(notes),
        }

    @property
    def path(self) -> str:
        return os.path.join(self.here, f"{self.name}.gold.json")

    def write(self, about: str, notes: list[str]) -> dict:
        """Validate, then write the gold file (indent 1, UTF-8 unescaped, no final newline)."""
        gold = self.build(about, notes)
        check(gold, os.path.relpath(self.path))
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
        tiers = {}
        for x in gold["relations"]:
            tiers[x["tier"]] = tiers.get(x["tier"], 0) + 1
        print(f"{os.path.relpath(self.path)}: {len(gold['entities'])} entities; {len(gold['relations'])} relations "
              f"{dict(sorted(tiers.items()))}; {len(gold['acceptable_relations'])} acceptable", file=sys.stdout)
        return gold
