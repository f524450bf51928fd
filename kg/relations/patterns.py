"""Clause patterns: spaCy DependencyMatcher patterns kept as data in ``kg/data/patterns.jsonl``.

A pattern names its nodes ``source`` and ``target`` (the relation's ends) and ``trigger`` (the word
whose negation or modality decides whether the clause is asserted). A value written ``"@name"``
in a pattern stands for the word list ``name`` of ``kg/data/lexicon.json`` ("lead", "head",
"chair" for ``"@lead_verbs"``), so one list serves every pattern that needs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.gazetteer import DataFileError

__all__ = ["SCHEMA", "Pattern", "load_patterns", "with_shared_arguments"]

SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (frozenset(ends[0]), frozenset(ends[1]))
    for name, ends in json.loads(
        (resources.files("kg") / "data" / "schema.json").read_text(encoding="utf-8")
    )["relations"].items()
}


@dataclass(frozen=True)
class Pattern:
    id: str
    relation: str
    pattern: list
    modality: str = "full"  # full | negation-only | none
    title_required: bool = False  # holds-office only for a source with an ownerless office title
    shared: tuple = ()  # derived: "subject" / "object" the trigger verb shares with the verb it is conjoined to
    future_only: bool = False  # only a clause still to come ("will join", "is set to join"): seeks-membership
    states_only: bool = False  # its sources are states alone ("A was elected to the Council"; not a titled person's committee)


def _shared_argument_variants(p: Pattern) -> list[Pattern]:
    """Patterns for a trigger verb conjoined to the verb that carries its subject or object:
    "Finland applied in 2022 and joined NATO in 2023" (the subject), "the Golan Heights, which
    Israel seized in 1967 and annexed in 1981" (subject and object), "Morocco left the OAU and
    was readmitted to the AU" (an active subject for a passive verb). Derived from any pattern
    whose source is the trigger's subject or whose target is its object."""
    nodes = p.pattern
    if not nodes or nodes[0].get("RIGHT_ID") != "trigger" or "DEP" in nodes[0].get("RIGHT_ATTRS", {}):
        return []

    def child_of_trigger(name: str, deps: tuple[str, ...]):
        node = next((n for n in nodes if n.get("RIGHT_ID") == name), None)
        if node is None or node.get("LEFT_ID") != "trigger" or node.get("REL_OP") != ">":
            return None
        return node if node.get("RIGHT_ATTRS", {}).get("DEP") in deps else None

    subject = child_of_trigger("source", ("nsubj", "nsubjpass"))
    obj = child_of_trigger("target", ("dobj",))
    variants = []
    for moved, shares in (((subject,), "subject"), ((obj,), "object"), ((subject, obj), "subject+object")):
        if not all(moved):
            continue
        trigger = {**nodes[0], "RIGHT_ATTRS": {**nodes[0]["RIGHT_ATTRS"], "DEP": "conj"}}
        first = {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "first", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}}
        rest = []
        for n in nodes[1:]:
            if n is subject and subject in moved:
                n = {**n, "LEFT_ID": "first", "RIGHT_ATTRS": {**n["RIGHT_ATTRS"], "DEP": {"IN": ["nsubj", "nsubjpass"]}}}
            elif n is obj and obj in moved:
                n = {**n, "LEFT_ID": "first", "RIGHT_ATTRS": {**n["RIGHT_ATTRS"], "DEP": "dobj"}}
            rest.append(n)
        variants.append(Pattern(f"{p.id}+shared-{shares}", p.relation, [trigger, first, *rest], p.modality,
                                p.title_required, tuple(shares.split("+")), p.future_only, p.states_only))
    return variants


def with_shared_arguments(patterns: list[Pattern]) -> list[Pattern]:
    """``patterns`` followed by their variants for conjoined verbs (see above)."""
    return [*patterns, *(v for p in patterns for v in _shared_argument_variants(p))]


def _expand(value, lexicon: dict, where: str):
    """Replace ``"@name"`` strings by the lexicon's word list ``name``, anywhere in a pattern."""
    if isinstance(value, str) and value.startswith("@"):
        words = lexicon.get(value[1:])
        if not isinstance(words, list):
            raise DataFileError(f"{where}: {value!r} names no word list in lexicon.json")
        return list(words)
    if isinstance(value, list):
        return [_expand(v, lexicon, where) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, lexicon, where) for k, v in value.items()}
    return value


def load_patterns(path=None, *, lexicon: dict | None = None) -> list[Pattern]:
    """Read relation patterns (JSON lines); errors name the file and line. ``"@name"`` values are
    word lists of ``lexicon`` (by default kg's own ``lexicon.json``)."""
    source = path if path is not None else resources.files("kg") / "data" / "patterns.jsonl"
    text = Path(source).read_text(encoding="utf-8") if path is not None else source.read_text(encoding="utf-8")
    if lexicon is None:
        lexicon = json.loads((resources.files("kg") / "data" / "lexicon.json").read_text(encoding="utf-8"))
    patterns = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}: line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataFileError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(row, dict) or not {"id", "relation", "pattern"} <= row.keys():
            raise DataFileError(f"{where}: expected an object with id, relation and pattern")
        if row["relation"] not in SCHEMA:
            raise DataFileError(f"{where}: unknown relation {row['relation']!r}: expected one of {', '.join(SCHEMA)}")
        if not isinstance(row["pattern"], list):
            raise DataFileError(f"{where}: the pattern must be a list of nodes")
        names = {node.get("RIGHT_ID") for node in row["pattern"] if isinstance(node, dict)}
        if not {"source", "target"} <= names:
            raise DataFileError(f"{where}: the pattern needs nodes named 'source' and 'target'")
        if row.get("modality", "full") not in ("full", "negation-only", "none"):
            raise DataFileError(f"{where}: modality must be full, negation-only or none")
        if row["id"] in seen:
            raise DataFileError(f"{where}: the id {row['id']!r} is already used on line {seen[row['id']]}; give each pattern its own")
        seen[row["id"]] = number
        patterns.append(Pattern(row["id"], row["relation"], _expand(row["pattern"], lexicon, where),
                                row.get("modality", "full"), bool(row.get("title_required", False)),
                                future_only=bool(row.get("future_only", False)), states_only=bool(row.get("states_only", False))))
    return patterns
