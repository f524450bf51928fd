"""Rule precisions measured on gold-annotated article sets: what ``kg/data/rule_precision.json`` holds.

Every relation edge of every gold set is judged as the shared scorer judges it (correct, acceptable
or wrong, :func:`kg.evaluate.edge_verdicts`) and counts once for each rule in its evidence. The
counts become precisions smoothed along the hierarchy of :mod:`kg.confidence`; the smoothing
strength and the two support exponents are the values, from a small grid, that predict best (by
log-loss) the edges of each gold set from the other sets' table. The same leave-one-out
predictions give the reliability table that shows whether the confidences are calibrated.

Two strengths: one pulls a relation toward its basis (``relation_strength``), the other a rule
family toward its relation and a rule toward its family (``strength``). Relations differ far more
from one another than a relation's rules do (``affiliated-with`` is right on a tenth of its
first-contact edges, ``holds-office`` on nine in ten), so a weight that keeps a rule seen twice
near its family would drag a relation seen forty times toward the average of all of them.

Nothing here knows where the gold sets live: ``tests/calibrate.py`` finds them, extracts their
articles and writes the table.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.confidence import (
    RulePrecisions,
    Support,
    combined_confidence,
    edge_confidence,
    ranked_supports,
    rule_family,
    table_keys,
)
from kg.evaluate import Report, ScoredEdge, edge_verdicts, reliability
from kg.graph import graph_from_extractions
from kg.model import DocumentExtraction

__all__ = [
    "CLUSTERINGS",
    "EXPONENTS",
    "RELATION_STRENGTHS",
    "STRENGTHS",
    "Fit",
    "Observation",
    "fit",
    "leave_one_out",
    "observations",
    "off_bins",
    "pooled_report",
    "precision_table",
    "rule_counts",
    "smoothed_precisions",
]

#: Smoothing strengths tried: how many observations a level's parent counts as.
STRENGTHS = (1, 2, 3, 5, 8, 13, 20, 30, 50)
#: Smoothing strengths tried for a relation toward its basis (None: the same as ``strength``).
RELATION_STRENGTHS = (None,)
#: Support exponents tried (0: another sentence adds nothing, 1: it is fully independent).
EXPONENTS = tuple(i / 10 for i in range(11))
#: Clustering tried: how far the edges one rule read in one document count as one.
CLUSTERINGS = (0.0, 0.5, 1.0)
#: Calibrated: every reliability bin of at least MIN_BIN_EDGES edges within TOLERANCE.
MIN_BIN_EDGES = 20
TOLERANCE = 0.10


@dataclass(frozen=True)
class Observation:
    """One relation edge of a gold set's graph, judged, with the sentences that support it."""

    set: str  # the gold set's name
    relation: str
    verdict: str  # correct, acceptable or wrong
    supports: tuple[Support, ...]
    triple: tuple = ()  # (gold source, relation, gold target), for counting recall
    source: str = ""  # node labels, for people reading a listing
    target: str = ""


def observations(name: str, extractions: Sequence[DocumentExtraction], gold: dict) -> tuple[list[Observation], dict]:
    """The judged edges of the graph of ``extractions`` (every edge: no confidence threshold),
    and the gold set's relations as ``{triple: tier}``."""
    graph = graph_from_extractions(extractions, min_confidence=0.0)
    basis = {(r.evidence.document, r.evidence.start, r.evidence.rule, r.relation): r.basis
             for e in extractions for r in e.relations}
    out = []
    for *_, data, edge in edge_verdicts(graph, gold):
        supports = tuple(
            Support(ev["document"], ev["start"], ev["rule"],
                    basis.get((ev["document"], ev["start"], ev["rule"], edge.relation), data.get("basis", "explicit")))
            for ev in data.get("evidence", [])
        )
        out.append(Observation(name, edge.relation, edge.verdict, supports, edge.triple, edge.source, edge.target))
    tiers = {(r["source"], r["relation"], r["target"]): r.get("tier", 1) for r in gold["relations"]}
    return out, tiers


def rule_counts(items: Iterable[Observation], *, clustering: float = 0.0) -> dict[str, list[float]]:
    """``{table key: [correct, judged]}``: an edge counts at each key any of its rules reach
    (acceptable edges are neither right nor wrong, and are left out).

    Edges one rule read in one document fail or hold together (one misread setting gives every
    head of state at a summit the host's office), so with ``clustering`` c each of the k edges of
    such a cluster weighs k^-c: 0 counts edges, 1 counts clusters.
    """
    size: dict[tuple, int] = defaultdict(int)
    for o in items:
        if o.verdict != "acceptable":
            for cluster in {(o.set, o.relation, s.document, s.rule) for s in o.supports}:
                size[cluster] += 1
    counts: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for o in items:
        if o.verdict == "acceptable":
            continue
        weights: dict[str, float] = {"*": 0.0}
        for s in o.supports:
            w = size[(o.set, o.relation, s.document, s.rule)] ** -clustering
            for key in table_keys(s.rule, o.relation, s.basis):
                weights[key] = max(weights.get(key, 0.0), w)
        if not o.supports:
            weights["*"] = 1.0
        for key, w in weights.items():
            counts[key][0] += w * (o.verdict == "correct")
            counts[key][1] += w
    return dict(counts)


def _depth_first(keys: Iterable[str]) -> list[str]:
    """Keys ordered so that every parent comes before its children (a rule variant after its family)."""
    return sorted(keys, key=lambda k: (k.count("|") + ("+" in k), k))


def smoothed_precisions(counts: dict[str, list[int]], strength: float, relation_strength: float | None = None) -> dict[str, float]:
    """Each key's precision pulled toward its parent's: (correct + strength x parent) /
    (judged + strength), with ``relation_strength`` for a basis and a relation (``"explicit"``,
    ``"explicit|member-of"``) when given; all edges together start from one right and one wrong."""
    correct, judged = counts.get("*", (0, 0))
    values = {"*": (correct + 1) / (judged + 2)}
    for key in _depth_first(k for k in counts if k != "*"):
        parent = values.get(_family_parent(key), values["*"])
        correct, judged = counts[key]
        weight = relation_strength if relation_strength is not None and key.count("|") <= 1 else strength
        values[key] = (correct + weight * parent) / (judged + weight)
    return values


def _family_parent(key: str) -> str:
    """A key's parent: a rule variant's family (``explicit|member-of|join-member-of+shared-subject``
    -> ``explicit|member-of|join-member-of``), else the key without its last part."""
    parts = key.split("|")
    if len(parts) == 1:
        return "*"
    if len(parts) == 3 and rule_family(parts[2]) != parts[2]:
        return "|".join(parts[:2] + [rule_family(parts[2])])
    return "|".join(parts[:-1])


def precision_table(items: Iterable[Observation], *, strength: float, sentence: float, document: float,
                    clustering: float = 0.0, relation_strength: float | None = None) -> RulePrecisions:
    """The table the observations give with these parameters."""
    return RulePrecisions(smoothed_precisions(rule_counts(items, clustering=clustering), strength, relation_strength),
                          sentence=sentence, document=document)


@dataclass
class Fit:
    """The chosen parameters, how well they predict, and each observation's leave-one-out
    confidence with them."""

    strength: float
    sentence: float
    document: float
    clustering: float
    log_loss: float
    calibrated: bool
    predictions: list[float] = field(default_factory=list)
    relation_strength: float | None = None


def _loss(items: Sequence[Observation], predictions: Sequence[float]) -> float:
    loss, n = 0.0, 0
    for o, p in zip(items, predictions):
        if o.verdict != "acceptable":
            p = min(max(p, 1e-3), 1 - 1e-3)
            loss -= math.log(p if o.verdict == "correct" else 1 - p)
            n += 1
    return loss / max(n, 1)


def off_bins(items: Sequence[Observation], predictions: Sequence[float], *, min_edges: int = MIN_BIN_EDGES,
             tolerance: float = TOLERANCE) -> list:
    """The reliability bins of at least ``min_edges`` edges whose observed precision is further
    than ``tolerance`` from their mean confidence."""
    bins = reliability((p, o.verdict == "correct") for o, p in zip(items, predictions) if o.verdict != "acceptable")
    return [b for b in bins if b.edges >= min_edges and abs(b.precision - b.mean_confidence) > tolerance]


def fit(items: Sequence[Observation], *, also_calibrated_on: Sequence[Sequence[int]] = (), strengths=STRENGTHS,
        exponents=EXPONENTS, clusterings=CLUSTERINGS, relation_strengths=RELATION_STRENGTHS) -> Fit:
    """The parameters whose leave-one-out confidences (each gold set scored by the table of the
    others) have the least log-loss among those that are calibrated (:func:`off_bins` finds no
    bin off) on all the observations and on each subset of them (indexes) in
    ``also_calibrated_on``, or among all parameters when none is. Ties go to the first in grid
    order: less clustering, less smoothing, smaller exponents."""
    folds: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(items):
        folds[o.set].append(i)
    best: Fit | None = None
    for clustering, relation_strength, strength in ((c, r, s) for c in clusterings for r in relation_strengths for s in strengths):
        ranked: list = [None] * len(items)
        for name, indexes in folds.items():
            table = precision_table([o for o in items if o.set != name], strength=strength, sentence=0.0,
                                    document=0.0, clustering=clustering, relation_strength=relation_strength)
            for i in indexes:
                ranked[i] = ranked_supports(items[i].supports, items[i].relation, table)
        for sentence in exponents:
            for document in exponents:
                predictions = [combined_confidence(r, sentence=sentence, document=document) for r in ranked]
                calibrated = not off_bins(items, predictions) and not any(
                    off_bins([items[i] for i in subset], [predictions[i] for i in subset]) for subset in also_calibrated_on)
                candidate = Fit(strength, sentence, document, clustering, _loss(items, predictions), calibrated,
                                predictions, relation_strength)
                if best is None or (candidate.calibrated, -candidate.log_loss) > (best.calibrated, -best.log_loss + 1e-12):
                    best = candidate
    assert best is not None
    return best


def leave_one_out(items: Sequence[Observation], *, strength: float, sentence: float, document: float,
                  clustering: float = 0.0, fold_of=lambda o: o.set, relation_strength: float | None = None) -> list[float]:
    """Each observation's confidence from the table of the observations outside its fold (by
    default its gold set)."""
    folds: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(items):
        folds[fold_of(o)].append(i)
    out = [0.0] * len(items)
    for name, indexes in folds.items():
        table = precision_table([o for o in items if fold_of(o) != name], strength=strength, sentence=sentence,
                                document=document, clustering=clustering, relation_strength=relation_strength)
        for i in indexes:
            out[i] = edge_confidence(items[i].supports, items[i].relation, table)
    return out


def pooled_report(items: Sequence[Observation], confidences: Sequence[float], gold: dict[str, dict]) -> Report:
    """One :class:`~kg.evaluate.Report` over many gold sets (``gold``: set name -> {triple: tier}),
    with the given confidences, for thresholds, reliability tables and plots. Triples are kept
    apart by set."""
    report = Report()
    for o, c in zip(items, confidences):
        report.edges.append(ScoredEdge(o.source, o.relation, o.target, (o.set, *o.triple), o.verdict, c))
    for name, tiers in gold.items():
        report.gold_tiers.update({(name, *t): tier for t, tier in tiers.items()})
    return report
