"""Score a graph against a gold file: precision and recall per entity type and relation type.

The gold format (documented in README) lists ``entities`` (id, type, aliases), ``allowed`` and
``forbidden`` names, ``relations`` (source, relation, target, tier) and ``acceptable_relations``.
A node matches a gold entity when its folded label equals one of the entity's folded aliases; a
relation edge matches by (source entity, relation, target entity).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import fold

__all__ = ["Report", "format_report", "score"]


@dataclass
class Report:
    entity_types: dict[str, dict] = field(default_factory=dict)  # type -> found/gold/matched/predicted
    relation_types: dict[str, dict] = field(default_factory=dict)
    tiers: dict[int, tuple[int, int]] = field(default_factory=dict)
    missing_entities: list[str] = field(default_factory=list)
    unexpected_nodes: list[str] = field(default_factory=list)
    forbidden_nodes: list[str] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    missing_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0


def _load_gold(path: Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(gold, dict) or "entities" not in gold or "relations" not in gold:
        raise ValueError(f"{path}: a gold file needs 'entities' and 'relations' lists (see README)")
    return gold


def _load_graph(path: Path):
    from kg.export.graphml import read_graphml

    try:
        return read_graphml(path)
    except Exception as error:  # any unreadable file is the user's to fix: say which
        raise ValueError(f"{path}: not a readable GraphML file ({type(error).__name__})") from None


def score(graph_path, gold_path) -> Report:
    """Compare the GraphML at ``graph_path`` with the gold JSON at ``gold_path``."""
    gold = _load_gold(Path(gold_path))
    graph = _load_graph(Path(graph_path))
    alias: dict[str, tuple[str, str]] = {}
    for kind in ("forbidden", "allowed", "entities"):
        for ent in gold.get(kind, []):
            for a in ent["aliases"]:
                alias[fold(a)] = (kind, ent["id"])
    gold_type = {e["id"]: e["type"] for e in gold["entities"]}

    report = Report()
    match: dict[str, str | None] = {}
    matched_by: dict[str, list[str]] = defaultdict(list)
    predicted_by_type: Counter = Counter()
    for node, data in graph.nodes(data=True):
        label, type_ = data.get("label", node), data.get("type", "")
        kind, gid = alias.get(fold(label), (None, None))
        match[node] = gid
        if kind == "forbidden":
            report.forbidden_nodes.append(label)
        elif kind is None:
            report.unexpected_nodes.append(f"{label} ({type_})")
            predicted_by_type[type_] += 1
        elif kind == "entities":
            matched_by[gid].append(node)
            predicted_by_type[type_] += 1
    for t in sorted(set(gold_type.values()) | set(predicted_by_type)):
        gold_ids = [g for g, gt in gold_type.items() if gt == t]
        found = [g for g in gold_ids if any(graph.nodes[n].get("type") == t for n in matched_by.get(g, []))]
        report.entity_types[t] = {"gold": len(gold_ids), "found": len(found), "predicted": predicted_by_type[t]}
    report.missing_entities = sorted(g for g in gold_type if g not in matched_by)
    report.duplicates = {g: sorted(graph.nodes[n]["label"] for n in ns) for g, ns in matched_by.items() if len(ns) > 1}

    gold_rel = {(r["source"], r["relation"], r["target"]): r.get("tier", 1) for r in gold["relations"]}
    ok_rel = {(r["source"], r["relation"], r["target"]) for r in gold.get("acceptable_relations", [])}
    got, wrong = set(), Counter()
    for s, t, data in graph.edges(data=True):
        triple = (match.get(s), data.get("relation"), match.get(t))
        if triple in gold_rel:
            got.add(triple)
        elif triple not in ok_rel:
            wrong[data.get("relation")] += 1
            report.wrong_relations.append(f"{graph.nodes[s]['label']} -{data.get('relation')}-> {graph.nodes[t]['label']}")
    for rel in sorted({r[1] for r in gold_rel} | set(wrong)):
        gold_n = sum(1 for r in gold_rel if r[1] == rel)
        correct = sum(1 for r in got if r[1] == rel)
        report.relation_types[rel] = {"gold": gold_n, "found": correct, "wrong": wrong[rel]}
    for triple, tier in gold_rel.items():
        done, total = report.tiers.get(tier, (0, 0))
        report.tiers[tier] = (done + (triple in got), total + 1)
        if triple not in got:
            report.missing_relations.append(" ".join(triple))
    report.wrong_relations.sort()
    report.missing_relations.sort()
    report.unexpected_nodes.sort()
    return report


def format_report(report: Report) -> str:
    """A plain-text report: tables per type, then what is missing and what is wrong."""
    r = Report.ratio
    lines = ["entity type     precision  recall   (found/gold, predicted)"]
    for t, v in report.entity_types.items():
        lines.append(f"  {t:13} {r(v['found'], v['predicted']):9.2f} {r(v['found'], v['gold']):7.2f}   ({v['found']}/{v['gold']}, {v['predicted']})")
    lines.append("relation type     precision  recall   (found/gold, wrong)")
    for t, v in report.relation_types.items():
        lines.append(f"  {t:17} {r(v['found'], v['found'] + v['wrong']):9.2f} {r(v['found'], v['gold']):7.2f}   ({v['found']}/{v['gold']}, {v['wrong']})")
    lines.append("tiers: " + ", ".join(f"tier {k} {a}/{b}" for k, (a, b) in sorted(report.tiers.items())))
    for title, items in (
        ("missing entities", report.missing_entities),
        ("duplicate nodes", [f"{k}: {', '.join(v)}" for k, v in report.duplicates.items()]),
        ("forbidden nodes", report.forbidden_nodes),
        ("unexpected nodes", report.unexpected_nodes),
        ("missing relations", report.missing_relations),
        ("wrong relations", report.wrong_relations),
    ):
        lines.append(f"{title}: {len(items)}")
        lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)
