"""How far to trust an edge: the precision its rules showed on real pages they had never seen.

``kg/data/rule_precision.json`` holds, for every rule kg has been scored on, the share of its edges
that gold confirmed on real news pages at their first contact (each batch built by the kg of the
day it was first scored, before its misses were studied; ``tests/realpages/first_contact.jsonl``).
It is generated (``python tests/calibrate.py``, see README), never edited by hand. Precisions are smoothed along a hierarchy, each level pulled toward the one above it with
the weight of ``strength`` observations::

    all edges -> basis (explicit, context) -> relation -> rule family -> rule

so a rule seen on three edges is mostly its relation's precision, one seen on three hundred is
its own, and a rule the table has never seen (a new pattern, a user's ``--patterns`` file) gets the
precision of its relation and basis. A rule family is a rule id without the ``+...`` suffix its
variants carry (``join-member-of+shared-subject`` -> ``join-member-of``).

An edge's confidence starts from its best-supported sentence and rises with every other sentence
or document that supports it: each further support multiplies the chance of error by its own
error to the power ``support["sentence"]`` (another sentence of a document already counted) or
``support["document"]`` (another document), exponents between 0 (no independence) and 1 (fully
independent), estimated from the gold sets too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "RulePrecisions",
    "Support",
    "combined_confidence",
    "edge_confidence",
    "load_rule_precisions",
    "ranked_supports",
    "rule_family",
    "table_keys",
]

#: ``kg build`` keeps edges at or above this confidence unless told otherwise (``--min-confidence``).
#: Below the lowest rule family of the table (``affiliated-with`` read from a title in apposition,
#: 0.085 after session 23's refit on b3-b304, 0.14 after session 19's on b3-b153, 0.20 after b3-b78,
#: 0.3 until then), so the default drops nothing kg read: those edges are wrong on most new pages but
#: right on the written sets and the seeds ("N of the Carnegie Endowment"). tests/test_confidence.py
#: checks that it stays below every family.
DEFAULT_MIN_CONFIDENCE = 0.05

TABLE_NAME = "rule_precision.json"


@dataclass(frozen=True)
class Support:
    """One sentence that supports an edge: where it is and which rule read it."""

    document: str
    start: int
    rule: str
    basis: str = "explicit"


def rule_family(rule: str) -> str:
    """``"join-member-of+shared-subject"`` -> ``"join-member-of"``."""
    return rule.split("+", 1)[0]


def table_keys(rule: str, relation: str, basis: str) -> list[str]:
    """The table's keys for one rule's edge, from the most general to the most specific:
    ``["*", "explicit", "explicit|member-of", "explicit|member-of|join-member-of", ...]``."""
    keys = ["*", basis, f"{basis}|{relation}", f"{basis}|{relation}|{rule_family(rule)}"]
    if rule_family(rule) != rule:
        keys.append(f"{basis}|{relation}|{rule}")
    return keys


@dataclass(frozen=True)
class RulePrecisions:
    """The smoothed precision at every level of the table, and the support exponents."""

    precision: dict[str, float] = field(default_factory=dict)
    sentence: float = 0.0  # independence of another sentence of a document already counted
    document: float = 0.0  # independence of another document
    default: float = 0.9  # for an empty table

    def of(self, rule: str, relation: str, basis: str = "explicit") -> float:
        """The precision of ``rule`` reading ``relation``: its own entry, else its nearest
        ancestor's (its family's, its relation's, its basis's)."""
        value = self.precision.get("*", self.default)
        for key in table_keys(rule, relation, basis)[1:]:
            value = self.precision.get(key, value)
        return value

    @classmethod
    def from_json(cls, data: dict) -> RulePrecisions:
        support = data.get("support", {})
        return cls(
            precision={key: float(entry["precision"]) for key, entry in data.get("precision", {}).items()},
            sentence=float(support.get("sentence", 0.0)),
            document=float(support.get("document", 0.0)),
        )


@lru_cache(maxsize=4)
def _load(path: str | None) -> RulePrecisions:
    if path is None:
        resource = resources.files("kg") / "data" / TABLE_NAME
        if not resource.is_file():
            return RulePrecisions()
        text = resource.read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return RulePrecisions.from_json(json.loads(text))


def load_rule_precisions(path: str | Path | None = None) -> RulePrecisions:
    """The table at ``path``, or kg's own (``kg/data/rule_precision.json``); an absent table
    gives every edge the same middling confidence."""
    return _load(None if path is None else str(path))


def ranked_supports(supports: Iterable[Support], relation: str, table: RulePrecisions) -> list[tuple[float, bool]]:
    """An edge's sentences (document and start), best first, as ``(precision, first of its
    document)``: each sentence with the best precision among the rules that read it."""
    best: dict[tuple[str, int], float] = {}
    for s in supports:
        p = table.of(s.rule, relation, s.basis)
        if p > best.get((s.document, s.start), -1.0):
            best[(s.document, s.start)] = p
    seen: set[str] = set()
    ranked = []
    for (document, _), p in sorted(best.items(), key=lambda item: (-item[1], item[0])):
        ranked.append((p, document not in seen))
        seen.add(document)
    return ranked


def combined_confidence(ranked: list[tuple[float, bool]], *, sentence: float, document: float, default: float = 0.5) -> float:
    """The best sentence's precision, its chance of error shrunk by every other sentence's error
    to the power ``sentence`` (same document) or ``document`` (a new one); rounded to three
    places and kept within [0.001, 0.999], since no rule is certain."""
    if not ranked:
        return default
    error = 1.0 - ranked[0][0]
    for p, new_document in ranked[1:]:
        error *= (1.0 - p) ** (document if new_document else sentence)
    return min(max(round(1.0 - error, 3), 0.001), 0.999)


def edge_confidence(supports: Iterable[Support], relation: str, table: RulePrecisions | None = None) -> float:
    """The confidence of an edge of type ``relation`` that ``supports`` read, in (0, 1).

    Each sentence counts once, with the best precision among the rules that read it; the best
    sentence sets the chance of error and every other one shrinks it (:func:`combined_confidence`).
    """
    table = table or load_rule_precisions()
    return combined_confidence(ranked_supports(supports, relation, table), sentence=table.sentence,
                               document=table.document, default=table.precision.get("*", table.default))
