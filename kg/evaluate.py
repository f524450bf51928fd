"""Score a graph against a gold file: precision and recall per entity type and relation type.

The gold format (documented in README) lists ``entities`` (id, type, aliases), ``allowed`` and
``forbidden`` names, ``relations`` (source, relation, target, tier) and ``acceptable_relations``.
A node matches a gold entity when its folded label equals one of the entity's folded aliases; a
relation edge matches by (source entity, relation, target entity): a gold triple is correct, an
acceptable one neutral, any other wrong, as the shared scorer decides.

Edges carry a ``confidence`` (:mod:`kg.confidence`), so the report also gives precision and recall
at confidence thresholds and a reliability table: per confidence bin, the edges' mean confidence
beside the share of them that are correct. :func:`plot_report` draws both.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import fold

__all__ = [
    "THRESHOLDS",
    "Bin",
    "Report",
    "ScoredEdge",
    "Threshold",
    "edge_verdicts",
    "format_report",
    "plot_report",
    "reliability",
    "score",
    "score_graph",
]

#: The confidence thresholds a report gives precision and recall at.
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass(frozen=True)
class ScoredEdge:
    """One relation edge as the gold judges it: ``verdict`` is correct, acceptable or wrong."""

    source: str  # node labels
    relation: str
    target: str
    triple: tuple  # (gold source id or None, relation, gold target id or None)
    verdict: str
    confidence: float | None = None


@dataclass(frozen=True)
class Threshold:
    """Precision and recall of the edges at or above one confidence."""

    threshold: float
    edges: int  # edges kept, acceptable ones included
    correct: int  # gold triples found
    wrong: int
    gold: int
    tiers: dict[int, tuple[int, int]]

    @property
    def precision(self) -> float:
        return Report.ratio(self.correct, self.correct + self.wrong)

    @property
    def recall(self) -> float:
        return Report.ratio(self.correct, self.gold)


@dataclass(frozen=True)
class Bin:
    """One bin of a reliability table: the edges whose confidence is in [low, high)."""

    low: float
    high: float
    edges: int  # correct and wrong edges (acceptable ones are neither)
    correct: int
    mean_confidence: float

    @property
    def precision(self) -> float:
        return Report.ratio(self.correct, self.edges)


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
    edges: list[ScoredEdge] = field(default_factory=list)
    gold_tiers: dict[tuple, int] = field(default_factory=dict)  # gold triple -> tier

    def thresholds(self, thresholds=THRESHOLDS) -> list[Threshold]:
        """Precision and recall at each confidence threshold (counted as the shared scorer
        counts: distinct gold triples found, against every wrong edge)."""
        rows = []
        for t in thresholds:
            kept = [e for e in self.edges if e.confidence is None or e.confidence >= t]
            found = {e.triple for e in kept if e.verdict == "correct"}
            tiers: dict[int, tuple[int, int]] = {}
            for triple, tier in self.gold_tiers.items():
                done, total = tiers.get(tier, (0, 0))
                tiers[tier] = (done + (triple in found), total + 1)
            rows.append(Threshold(t, len(kept), len(found), sum(e.verdict == "wrong" for e in kept),
                                  len(self.gold_tiers), dict(sorted(tiers.items()))))
        return rows

    def reliability(self, bins: int = 10) -> list[Bin]:
        return reliability(((e.confidence, e.verdict == "correct") for e in self.edges
                            if e.confidence is not None and e.verdict != "acceptable"), bins=bins)

    @property
    def has_confidence(self) -> bool:
        return any(e.confidence is not None for e in self.edges)

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


def reliability(pairs, *, bins: int = 10) -> list[Bin]:
    """A reliability table of ``(confidence, correct)`` pairs: ``bins`` equal bins over [0, 1]
    (a confidence of 1 falls in the last), the empty ones left out."""
    groups: dict[int, list] = defaultdict(list)
    for confidence, correct in pairs:
        groups[min(int(confidence * bins), bins - 1)].append((confidence, bool(correct)))
    return [
        Bin(round(i / bins, 6), round((i + 1) / bins, 6), len(items), sum(c for _, c in items),
            sum(p for p, _ in items) / len(items))
        for i, items in sorted(groups.items())
    ]


def _gold_alias(gold: dict) -> dict[str, tuple[str, str]]:
    alias: dict[str, tuple[str, str]] = {}
    for kind in ("forbidden", "allowed", "entities"):  # later kinds win on clashes, as in score.py
        for ent in gold.get(kind, []):
            for a in ent["aliases"]:
                alias[fold(a)] = (kind, ent["id"])
    return alias


def edge_verdicts(graph, gold: dict) -> list[tuple[object, object, object, dict, ScoredEdge]]:
    """Every relation edge of ``graph`` judged by ``gold`` (a parsed gold file), as
    ``(source, target, key, data, ScoredEdge)``, in the graph's edge order."""
    alias = _gold_alias(gold)
    match = {n: alias.get(fold(d.get("label", n)), (None, None))[1] for n, d in graph.nodes(data=True)}
    gold_rel = {(r["source"], r["relation"], r["target"]) for r in gold["relations"]}
    ok_rel = {(r["source"], r["relation"], r["target"]) for r in gold.get("acceptable_relations", [])}
    out = []
    for s, t, key, data in graph.edges(keys=True, data=True):
        triple = (match.get(s), data.get("relation"), match.get(t))
        verdict = "correct" if triple in gold_rel else "acceptable" if triple in ok_rel else "wrong"
        confidence = data.get("confidence")
        out.append((s, t, key, data, ScoredEdge(
            str(graph.nodes[s].get("label", s)), str(data.get("relation")), str(graph.nodes[t].get("label", t)),
            triple, verdict, None if confidence is None else float(confidence))))
    return out


def score(graph_path, gold_path) -> Report:
    """Compare the GraphML at ``graph_path`` with the gold JSON at ``gold_path``."""
    return score_graph(_load_graph(Path(graph_path)), _load_gold(Path(gold_path)))


def score_graph(graph, gold: dict) -> Report:
    """Compare an in-memory graph with a parsed gold file."""
    alias = _gold_alias(gold)
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
    got, wrong = set(), Counter()
    report.gold_tiers = dict(gold_rel)
    for *_, edge in edge_verdicts(graph, gold):
        report.edges.append(edge)
        if edge.verdict == "correct":
            got.add(edge.triple)
        elif edge.verdict == "wrong":
            wrong[edge.relation] += 1
            report.wrong_relations.append(f"{edge.source} -{edge.relation}-> {edge.target}")
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
    if report.has_confidence:
        lines.append("min confidence  edges  precision  recall   tiers")
        for row in report.thresholds():
            tiers = ", ".join(f"tier {k} {a}/{b}" for k, (a, b) in row.tiers.items())
            lines.append(f"  {row.threshold:<13.2f} {row.edges:5d} {row.precision:10.2f} {row.recall:7.2f}   "
                         f"({row.correct}/{row.gold}, {row.wrong} wrong; {tiers})")
        lines.append("confidence   edges  mean confidence  observed precision")
        for b in report.reliability():
            lines.append(f"  {b.low:.1f}-{b.high:.1f} {b.edges:7d} {b.mean_confidence:16.3f} {b.precision:19.3f}")
    else:
        lines.append("the graph's edges carry no confidence (a GraphML written before kg had one)")
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


def plot_report(report: Report, path, *, title: str = "") -> None:
    """Draw the precision-recall curve (every confidence as a threshold, :data:`THRESHOLDS`
    marked) beside the reliability diagram, as a PNG at ``path``. Needs matplotlib
    (``pip install 'kg[plot]'``)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = sorted({e.confidence for e in report.edges if e.confidence is not None}, reverse=True)
    curve = report.thresholds(levels)
    marked = report.thresholds()
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    left.plot([r.recall for r in curve], [r.precision for r in curve], drawstyle="steps-post", color="#1f77b4")
    for row in marked:
        left.plot(row.recall, row.precision, "o", color="#d62728", markersize=4)
    left.text(0.03, 0.04, "\n".join(f"\u2265 {row.threshold:<4g}  P {row.precision:.3f}  R {row.recall:.3f}" for row in marked),
              transform=left.transAxes, fontsize=7.5, family="monospace", va="bottom",
              bbox={"facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9})
    lowest = min([r.precision for r in curve + marked] or [0.0])
    left.set(xlabel="recall (gold relations found)", ylabel="precision", title="Precision against recall",
             xlim=(0, 1), ylim=(max(0.0, math.floor((lowest - 0.05) * 10) / 10), 1.01))
    left.grid(alpha=0.3)
    bins = report.reliability()
    right.plot([0, 1], [0, 1], "--", color="#999999", linewidth=1, label="perfect calibration")
    right.bar([(b.low + b.high) / 2 for b in bins], [b.precision for b in bins], width=0.09, alpha=0.6,
              color="#1f77b4", edgecolor="#1f4e79", label="observed precision")
    right.plot([b.mean_confidence for b in bins], [b.precision for b in bins], "o", color="#d62728",
               markersize=4, label="at the bin's mean confidence")
    for b in bins:
        right.annotate(str(b.edges), ((b.low + b.high) / 2, b.precision), textcoords="offset points",
                       xytext=(0, 3), ha="center", fontsize=7)
    right.set(xlabel="confidence", ylabel="share of edges correct", title="Reliability (edges per bin)",
              xlim=(0, 1), ylim=(0, 1.05))
    right.legend(loc="center left", fontsize=8)
    right.grid(alpha=0.3)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
