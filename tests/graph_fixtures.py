"""Hand-built graphs in kg's in-memory format (docs/graph-format.md) for the exporter tests.

No NLP: every node, edge and evidence sentence is written out here, so the exporter tests never
drift with the model.
"""

from __future__ import annotations

import random

import networkx as nx

DOC_A = "001_nato_enlargement.txt"
DOC_B = "002_crimea.txt"
DOC_C = "003_moscow_briefing.txt"


def _node(graph, node_id, label, type_, aliases, mentions, documents):
    graph.add_node(
        node_id,
        label=label,
        type=type_,
        aliases=sorted(aliases),
        mentions=mentions,
        documents=sorted(documents),
    )


def _edge(graph, source, relation, target, evidence, *, role="", date="", confidence=0.97, basis="explicit"):
    """Add one edge; ``evidence`` is a list of (document, sentence, rule)."""
    key = f"{relation}|{role}" if role else relation
    items = [
        {"document": doc, "sentence": sentence, "start": 10 * i, "end": 10 * i + len(sentence),
         "rule": rule}
        for i, (doc, sentence, rule) in enumerate(evidence)
    ]
    graph.add_edge(
        source,
        target,
        key=key,
        relation=relation,
        label=relation,
        role=role,
        weight=len(items),
        date=date,
        basis=basis,
        confidence=confidence,
        evidence=items,
    )


def sample_graph() -> nx.MultiDiGraph:
    """A small NATO/Russia news graph: every entity type, parallel edges between the same pair
    (two relations, and one relation with two roles), a reciprocal pair, dates, non-ASCII and
    ``&`` in names, confidences from 0.41 to 0.999 and one edge resting on context."""
    g = nx.MultiDiGraph()
    nodes = [
        ("nato", "NATO", "organisation",
         ["NATO", "North Atlantic Treaty Organization", "the alliance"], 14, [DOC_A, DOC_B, DOC_C]),
        ("european-union", "European Union", "organisation", ["EU", "European Union"], 4,
         [DOC_A, DOC_C]),
        ("osce", "Organization for Security & Co-operation in Europe", "organisation",
         ["OSCE", "Organization for Security & Co-operation in Europe"], 2, [DOC_B]),
        ("russia", "Russia", "state", ["Moscow", "Russia", "Russian Federation"], 12,
         [DOC_A, DOC_B, DOC_C]),
        ("ukraine", "Ukraine", "state", ["Kyiv", "Ukraine"], 7, [DOC_A, DOC_B]),
        ("finland", "Finland", "state", ["Finland", "Helsinki"], 6, [DOC_A]),
        ("sweden", "Sweden", "state", ["Stockholm", "Sweden"], 4, [DOC_A]),
        ("turkiye", "Türkiye", "state", ["Turkey", "Türkiye"], 3, [DOC_A]),
        ("vladimir-putin", "Vladimir Putin", "person", ["Mr Putin", "Putin", "Vladimir Putin"], 9,
         [DOC_B, DOC_C]),
        ("sergei-lavrov", "Sergei Lavrov", "person", ["Lavrov", "Sergei Lavrov"], 3, [DOC_C]),
        ("dmitry-peskov", "Dmitry Peskov", "person", ["Dmitry Peskov", "Peskov"], 2, [DOC_C]),
        ("jens-stoltenberg", "Jens Stoltenberg", "person", ["Jens Stoltenberg", "Stoltenberg"], 4,
         [DOC_A]),
        ("sauli-niinisto", "Sauli Niinistö", "person", ["Niinistö", "Sauli Niinistö"], 2, [DOC_A]),
        ("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "person",
         ["Erdoğan", "Recep Tayyip Erdoğan"], 2, [DOC_A]),
        ("volodymyr-zelensky", "Volodymyr Zelensky", "person",
         ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"], 3, [DOC_B]),
        ("north-atlantic-treaty", "North Atlantic Treaty", "treaty",
         ["North Atlantic Treaty", "Washington Treaty"], 2, [DOC_A]),
        ("crimea", "Crimea", "place", ["Crimea", "Crimean peninsula"], 4, [DOC_B]),
        ("kremlin", "Kremlin", "place", ["Kremlin", "the Kremlin"], 3, [DOC_C]),
    ]
    for node in nodes:
        _node(g, *node)
    a, b, c = DOC_A, DOC_B, DOC_C
    _edge(g, "finland", "seeks-membership", "nato",
          [(a, "Finland applied to join NATO in May 2022.", "apply-to-join")], date="2022")
    _edge(g, "finland", "member-of", "nato",
          [(a, "Finland became NATO's 31st member in April 2023.", "become-member"),
           (a, "Finland, a member of NATO since 2023, shares a long border with Russia.",
            "appos-member")], date="2023-04-04", confidence=0.995)
    _edge(g, "sweden", "seeks-membership", "nato",
          [(a, "Sweden applied to join the alliance alongside Finland.", "apply-to-join")])
    _edge(g, "sweden", "member-of", "nato",
          [(a, "Sweden joined NATO in March 2024.", "join")], date="2024")
    _edge(g, "turkiye", "member-of", "nato",
          [(a, "Türkiye, a NATO member, delayed ratification.", "appos-member")])
    _edge(g, "ukraine", "seeks-membership", "nato",
          [(a, "Ukraine wants to join NATO.", "want-to-join"),
           (b, "Kyiv has long sought membership of the alliance.", "seek-membership")])
    _edge(g, "ukraine", "seeks-membership", "european-union",
          [(a, "Ukraine applied for EU membership.", "apply-for-membership")], date="2022")
    _edge(g, "russia", "annexed", "crimea",
          [(b, "Russia annexed Crimea in 2014.", "annex")], date="2014")
    _edge(g, "crimea", "part-of", "ukraine",
          [(b, "Crimea, part of Ukraine, was annexed by Russia.", "appos-part-of")])
    _edge(g, "russia", "member-of", "osce",
          [(b, "Russia, a member of the OSCE, objected.", "appos-member")])
    _edge(g, "ukraine", "member-of", "osce",
          [(b, "Ukraine and Russia are both members of the OSCE.", "members-of")])
    _edge(g, "vladimir-putin", "holds-office", "russia",
          [(b, "Russian President Vladimir Putin signed the decree.", "title-compound"),
           (c, "President Putin spoke in Moscow.", "title-compound")], role="president", confidence=0.999)
    _edge(g, "vladimir-putin", "holds-office", "russia",
          [(c, "Putin, then Russia's prime minister, visited Kyiv in 2008.", "appos-title")],
          role="prime minister", date="2008")
    _edge(g, "sergei-lavrov", "holds-office", "russia",
          [(c, "Russian Foreign Minister Sergei Lavrov said talks had stalled.",
            "title-compound")], role="foreign minister")
    _edge(g, "sergei-lavrov", "leads-delegation", "russia",
          [(c, "Lavrov led the Russian delegation to the OSCE meeting.", "lead-delegation")])
    _edge(g, "dmitry-peskov", "spokesperson-for", "kremlin",
          [(c, 'Kremlin spokesman Dmitry Peskov said: "We are watching closely."',
            "title-compound")], confidence=0.88)
    _edge(g, "jens-stoltenberg", "holds-office", "nato",
          [(a, "NATO Secretary General Jens Stoltenberg welcomed the decision.",
            "title-compound")], role="secretary general")
    _edge(g, "sauli-niinisto", "holds-office", "finland",
          [(a, "Finnish President Sauli Niinistö called it a historic day.", "title-compound")],
          role="president")
    _edge(g, "recep-tayyip-erdogan", "holds-office", "turkiye",
          [(a, "Turkish President Recep Tayyip Erdoğan raised objections.", "title-compound")],
          role="president")
    _edge(g, "volodymyr-zelensky", "holds-office", "ukraine",
          [(b, "Ukrainian President Volodymyr Zelensky addressed parliament.",
            "title-compound")], role="president")
    _edge(g, "finland", "party-to", "north-atlantic-treaty",
          [(a, "Finland acceded to the North Atlantic Treaty.", "accede-to")], date="2023")
    _edge(g, "north-atlantic-treaty", "establishes", "nato",
          [(a, "The North Atlantic Treaty of 1949 established NATO.", "establish")], date="1949")
    _edge(g, "nato", "affiliated-with", "european-union",
          [(a, "NATO works closely with the European Union.", "work-with")], confidence=0.55)
    _edge(g, "european-union", "affiliated-with", "nato",
          [(c, "The EU coordinates with NATO on sanctions.", "coordinate-with")], confidence=0.62, basis="context")
    _edge(g, "kremlin", "part-of", "russia",
          [(c, "The Kremlin, seat of Russia's government, declined to comment.", "appos-part-of")],
          confidence=0.41)
    return g


INJECTION_TITLE = '<img src=x onerror="window.__pwned=3">Crimea <b>report</b>'
JAVASCRIPT_URL = "javascript:window.__pwned=4"


def documented_graph() -> nx.MultiDiGraph:
    """:func:`sample_graph` with what kg keeps of its documents (``graph.graph["documents"]`` and
    ``["document_dates"]``): a title, date, source and https URL for the first; markup in the
    title and source and a ``javascript:`` URL for the second; an http URL and nothing else for
    the third. Undated edges then take their article's date, except those of the third."""
    g = sample_graph()
    g.graph["documents"] = {
        DOC_A: {"title": "Finland & Sweden: the alliance grows", "date": "2023-04-05", "source": "Example Wire",
                "url": "https://news.example.org/nato/finland?id=1&lang=en"},
        DOC_B: {"title": INJECTION_TITLE, "date": "2014-03-19", "source": "<i>Archive</i>", "url": JAVASCRIPT_URL},
        DOC_C: {"url": "http://example.com/moscow-briefing"},
    }
    g.graph["document_dates"] = {DOC_A: "2023-04-05", DOC_B: "2014-03-19"}
    return g


def tricky_graph() -> nx.MultiDiGraph:
    """Strings that break naive serialisers: markup, quotes, ``&``, ``;`` inside an alias,
    backslashes, emoji, right-to-left text, newlines, tabs and a carriage return."""
    g = nx.MultiDiGraph()
    _node(g, "at-t", 'AT&T "Labs" <R&D>', "organisation",
          ["AT&T", "AT&T; Labs", "back\\slash", "Ma Bell 📞", 'say "hi"'], 5, ["doc <1>.txt"])
    _node(g, "al-quds", "القدس", "place", ["القدس", "Jérusalem"], 2, ["doc;2.txt"])
    _node(g, "zoe", "Zoë 🐍 O'Brien", "person", ["Zoë", "Zoë 🐍 O'Brien"], 1, ["doc <1>.txt"])
    _edge(g, "zoe", "affiliated-with", "at-t",
          [("doc <1>.txt", 'Zoë said: "AT&T <rocks>" & left.\nNext line\tTabbed\r', "r&d"),
           ("doc;2.txt", "Emoji 😀 and </script> and ]]> too.", "rule;2")], date="1999-12-31")
    _edge(g, "at-t", "part-of", "al-quds", [("doc;2.txt", "Unicode: \u2028line\u2029para.", "x")])
    return g


INJECTION_LABEL = '<img src=x onerror="window.__pwned=1">'
INJECTION_SENTENCE = "</script><script>window.__pwned=2</script>"
BOLD_SENTENCE = "He said <b>bold</b> things & left."


def injection_graph() -> nx.MultiDiGraph:
    """Labels and sentences that would run script if an exporter treated text as HTML."""
    g = nx.MultiDiGraph()
    _node(g, "evil", INJECTION_LABEL, "person", [INJECTION_LABEL, "<svg onload=alert(1)>"], 3,
          ["<doc>.txt"])
    _node(g, "acme", "Acme <b>Corp</b>", "organisation", ["Acme"], 2, ["<doc>.txt"])
    _node(g, "u2028", "Line\u2028Sep", "place", ["Line\u2028Sep"], 1, ["<doc>.txt"])
    _edge(g, "evil", "affiliated-with", "acme",
          [("<doc>.txt", INJECTION_SENTENCE, "<rule>"), ("<doc>.txt", BOLD_SENTENCE, "r2")],
          role="<i>chief</i>", date="2020")
    _edge(g, "acme", "part-of", "u2028", [("<doc>.txt", "A -->\u2028<!-- comment", "r3")])
    return g


def large_graph(n_nodes: int = 2000, n_edges: int = 4000, *, seed: int = 7) -> nx.MultiDiGraph:
    """A generated graph of the given size with a few hubs, for load-time tests."""
    types = ("person", "organisation", "state", "treaty", "place")
    relations = ("member-of", "holds-office", "part-of", "affiliated-with", "party-to",
                 "annexed", "leads-delegation")
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n_nodes):
        g.add_node(f"n{i}", label=f"Entity {i}", type=types[i % len(types)],
                   aliases=[f"Entity {i}", f"E{i}"], mentions=1 + (i * 7919) % 50,
                   documents=[f"doc{i % 97}.txt"])
    # Preferential-ish attachment: edges favour low-numbered nodes, which become hubs.
    edges = set()
    while len(edges) < n_edges:
        u = rng.randrange(n_nodes)
        v = int(n_nodes * rng.random() ** 3)
        if u != v:
            edges.add((u, v, relations[rng.randrange(len(relations))]))
    for u, v, rel in sorted(edges):
        _edge(g, f"n{u}", rel, f"n{v}",
              [(f"doc{u % 97}.txt", f"Entity {u} {rel} Entity {v}.", "generated")])
    return g
