"""Document extractions -> one ``networkx.MultiDiGraph`` (see docs/graph-format.md).

Merging across documents: mentions with the same key are one node; a surname that a document
never gave in full ("Mr Putin" alone) joins the one person of that surname named in full
elsewhere. Nothing here knows spaCy; the graph is the same whatever order documents arrive in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.confidence import RulePrecisions, Support, edge_confidence, load_rule_precisions
from kg.model import DocumentExtraction
from kg.names import spelling_groups

__all__ = ["graph_from_extractions", "slug"]


def slug(text: str) -> str:
    """An XML NMTOKEN-safe id: "Vladimir Putin" -> "vladimir-putin"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "entity"


_NAME_GLUE = frozenset(("of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la", "le", "el", "al", "&", "-"))


def written_name(text: str) -> bool:
    """Is ``text`` a name as a text writes it in full: two words or more, each capitalised but for
    the small words that join a name ("Organisation of Turkic States"), not all in capitals?"""
    words = text.removeprefix("The ").removeprefix("the ").split()
    return len(words) >= 2 and not text.isupper() and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words)


def _surname_map(keys: Iterable[str]) -> dict[str, str]:
    """ "person:~putin" -> "person:vladimir putin" when exactly one full name ends in Putin."""
    full = [k for k in keys if k.startswith("person:") and not k.startswith("person:~")]
    by_surname = defaultdict(set)
    by_first = defaultdict(set)  # surname-first names: "Lee" for "Lee Jae-myung"
    for k in full:
        words = k.removeprefix("person:").split(" ")
        by_surname[words[-1]].add(k)
        by_first[words[0]].add(k)
    mapping = {}
    for k in keys:
        if k.startswith("person:~"):
            name = k.removeprefix("person:~")
            candidates = by_surname.get(name, set()) or by_first.get(name, set())
            if len(candidates) == 1:
                mapping[k] = next(iter(candidates))
    return mapping


def _spelling_map(counts: Counter) -> dict[str, str]:
    """A name of two or more words misspelt in one document -> its spelling elsewhere ("person:
    salman bin abulaziz" -> "person:salman bin abdulaziz"), the better-attested spelling kept.
    Across documents only long words count as misspelt (seven letters), and a person's first
    name must agree: "Maria Lopez" and "Mario Lopez" may be two people."""
    mapping: dict[str, str] = {}
    for prefix in ("person:", "org:", "place:", "treaty:"):
        names = {k.removeprefix(prefix): n for k, n in counts.items()
                 if k.startswith(prefix) and not k.startswith("person:~") and " " in k}
        found = spelling_groups(names, weight=names, min_word=7, keep_first=prefix == "person:")
        mapping.update({prefix + a: prefix + b for a, b in found.items()})
    return mapping


def graph_from_extractions(
    extractions: Iterable[DocumentExtraction],
    *,
    min_confidence: float = 0.0,
    precisions: RulePrecisions | None = None,
) -> nx.MultiDiGraph:
    """Merge per-document extractions into the graph; the result does not depend on their order.

    Every edge gets its ``confidence`` from the rule precisions (``precisions``, default kg's
    table, :mod:`kg.confidence`); edges below ``min_confidence`` are left out, their entities kept.
    """
    precisions = precisions or load_rule_precisions()
    extractions = sorted(extractions, key=lambda e: e.document)
    mentions = [m for e in extractions for m in e.mentions]
    mapping = _surname_map({m.key for m in mentions})
    spellings = _spelling_map(Counter(mapping.get(m.key, m.key) for m in mentions))
    mapping = {k: spellings.get(v, v) for k, v in mapping.items()} | {k: v for k, v in spellings.items() if k not in mapping}

    def canon(key: str) -> str:
        return mapping.get(key, key)

    types: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, Counter] = defaultdict(Counter)  # the names in full words the texts use, for labels
    texts: dict[str, set] = defaultdict(set)  # and every form they use
    aliases: dict[str, set] = defaultdict(set)
    counts: Counter = Counter()
    documents: dict[str, set] = defaultdict(set)
    for e in extractions:
        for m in e.mentions:
            key = canon(m.key)
            types[key][m.type] += 1
            labels[key][m.label] += 1
            if m.alias and m.type in ("organisation", "treaty") and " " not in key:  # (a gazetteer entry)
                text = m.text.removeprefix("The ").removeprefix("the ")
                texts[key].add(text)
                if written_name(text) or m.type == "treaty" and text[:1].isupper() and len(text.split()) >= 3:
                    written[key][text] += 1  # (a treaty's name keeps its small words: "Optional Protocol on children in armed conflict")
            if m.alias:
                aliases[key].add(m.text)
            counts[key] += 1 if m.alias or m.start != m.end else 0
            documents[key].add(e.document)

    def best_label(key: str) -> str:
        # gazetteer names and full names are the longest and most frequent forms; an organisation
        # or treaty the texts never call by kg's name for it takes the fullest name in words they
        # do use ("Black Sea Economic Co-operation Organisation", "Turkic Council"), as its reader
        # knows it ("NATO" stays where a text says "NATO"), or else the acronym they write
        named = labels[key]
        if texts[key] and not any(n in texts[key] for n in named):
            # else the short form they write for it ("EU Commissioner N" alone: "EU")
            named = written[key] or Counter(t for t in texts[key] if t.isupper() and 2 <= len(t) <= 12 and " " not in t) or named
        return max(named.items(), key=lambda kv: (len(kv[0].split()), kv[1], len(kv[0]), kv[0]))[0]

    graph = nx.MultiDiGraph()
    # Article dates (from HTML metadata or JSON lines) let GEXF give undated edges a start date.
    dates = {e.document: e.date for e in extractions if e.date}
    if dates:
        graph.graph["document_dates"] = dict(sorted(dates.items()))
    # What each document is (title, date, URL, source, as the input gave them), for the explorer's
    # list of sources; a document without any of them is listed by its id alone.
    if extractions:
        graph.graph["documents"] = {
            e.document: {k: v for k, v in (("title", e.title), ("date", e.date), ("url", e.url), ("source", e.source)) if v}
            for e in extractions
        }
    ids: dict[str, str] = {}
    used: set[str] = set()
    for key in sorted(types):
        label = best_label(key)
        node_id = slug(label)
        if node_id in used:
            node_id = f"{node_id}-{slug(types[key].most_common(1)[0][0])}"
        n = 2
        base = node_id
        while node_id in used:
            node_id, n = f"{base}-{n}", n + 1
        used.add(node_id)
        ids[key] = node_id
        graph.add_node(
            node_id,
            label=label,
            type=max(types[key].items(), key=lambda kv: (kv[1], kv[0]))[0],
            aliases=sorted(aliases[key] | {label}),
            mentions=max(counts[key], 1),
            documents=sorted(documents[key]),
        )

    edges: dict[tuple, list] = defaultdict(list)
    for e in extractions:
        for r in e.relations:
            s, t = ids.get(canon(r.source)), ids.get(canon(r.target))
            if s is None or t is None or s == t:
                continue
            edges[(s, t, r.relation, r.role)].append(r)
    for (s, t, relation, role), rels in sorted(edges.items()):
        evidence = sorted(
            {(r.evidence.document, r.evidence.start, r.evidence.end, r.evidence.sentence, r.evidence.rule) for r in rels}
        )
        dates = sorted({r.date for r in rels if r.date})
        # an edge that some sentence states outright is explicit, whatever else supports it
        basis = "explicit" if any(r.basis == "explicit" for r in rels) else "context"
        confidence = edge_confidence(
            (Support(r.evidence.document, r.evidence.start, r.evidence.rule, r.basis) for r in rels), relation, precisions
        )
        if confidence < min_confidence:
            continue
        graph.add_edge(
            s,
            t,
            key=f"{relation}|{role}" if role else relation,
            relation=relation,
            label=relation,
            role=role,
            weight=len({(d, start) for d, start, *_ in evidence}),
            date=dates[0] if dates else "",
            basis=basis,
            confidence=confidence,
            evidence=[
                {"document": d, "sentence": sent, "start": start, "end": end, "rule": rule}
                for d, start, end, sent, rule in evidence
            ],
        )
    return graph
