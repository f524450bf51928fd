"""The explorer's analyst features in Chromium: the time filter, neighbourhoods, shortest paths,
the list of sources and the export of what is shown, on hand-built graphs and on one kg builds.

Every page must stay offline (no request but itself and its own downloads) and log no error;
markup in titles, URLs, labels and sentences must stay text.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import networkx as nx
import pytest
from explorer_page import browser, explorer  # noqa: F401 (fixtures)
from graph_fixtures import (
    DOC_A,
    DOC_B,
    DOC_C,
    INJECTION_LABEL,
    INJECTION_SENTENCE,
    INJECTION_TITLE,
    JAVASCRIPT_URL,
    documented_graph,
    injection_graph,
    large_graph,
)

from kg.export._common import sorted_edges
from kg.export.graphml import graphml_bytes, read_graphml
from kg.export.html import edge_when, explorer_data
from kg.model import ENTITY_TYPES

pytestmark = pytest.mark.browser


def explorer_edges(graph) -> dict[str, tuple]:
    """{explorer edge id: (source, target, key, data)}: ids are e0, e1, ... in sorted order."""
    return {f"e{i}": edge for i, edge in enumerate(sorted_edges(graph))}


def dated_between(graph, first: int, last: int, *, undated: bool) -> set[str]:
    """Explorer ids of the edges whose date (own, else the article's) falls in the years
    [first, last], and of the undated ones when ``undated``."""
    dates = graph.graph.get("document_dates", {})
    found = set()
    for edge_id, (*_, d) in explorer_edges(graph).items():
        when, _ = edge_when(d, dates)
        if (not when and undated) or (when and first <= int(when[:4]) <= last):
            found.add(edge_id)
    return found


def undirected(graph) -> nx.Graph:
    return nx.Graph(nx.MultiGraph(graph))


def shown(page) -> tuple[set[str], set[str]]:
    """The ids the page says it shows, checked against what vis draws."""
    nodes, edges = set(page.js("kgExplorer.visibleNodeIds()")), set(page.js("kgExplorer.visibleEdgeIds()"))
    assert set(page.js("kgExplorer.drawnNodeIds()")) == nodes
    assert set(page.js("kgExplorer.drawnEdgeIds()")) == edges
    return nodes, edges


def assert_offline_and_clean(page):
    assert page.network_requests() == []
    assert page.blocked == []
    assert page.errors == []
    assert page.js("typeof window.__pwned") == "undefined"


def test_the_page_rebuilds_the_explorer_data_it_was_given(explorer):
    graph = documented_graph()
    page = explorer(graph)
    data = explorer_data(graph)
    got = page.js("""(() => {
        const d = kgExplorer.data, drop = (o, keys) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
        return {nodes: d.nodes.map(n => drop(n, ["index"])), edges: d.edges.map(e => drop(e, ["index", "t0", "t1", "bin"])),
                documents: d.documents};
    })()""")
    assert got == {"nodes": data["nodes"], "edges": data["edges"], "documents": data["documents"]}


# ---- time -------------------------------------------------------------------------------------


def test_histogram_has_one_bar_per_year_with_the_edges_dated_in_it(explorer):
    graph = documented_graph()
    page = explorer(graph)
    bins = page.js("kgExplorer.timeBins()")
    assert bins[0]["label"] == "1949" and bins[-1]["label"] == "2024"
    assert [b["label"] for b in bins] == [str(y) for y in range(1949, 2025)]
    totals = {b["label"]: b["total"] for b in bins if b["total"]}
    # own dates (1949, 2008, 2014, 2022 x2, 2023 x2, 2024) and article dates (2014-03, 2023-04)
    assert totals == {"1949": 1, "2008": 1, "2014": 7, "2022": 2, "2023": 8, "2024": 1}
    assert page.js("document.querySelectorAll('#kg-histogram .kg-bar').length") == len(bins)
    assert page.page.inner_text("#kg-undated-count") == str(len(dated_between(graph, 0, 0, undated=True)))
    assert page.page.inner_text("#kg-time-value") == "1949 \u2013 2024"
    assert_offline_and_clean(page)


def test_time_range_hides_edges_outside_it_and_keeps_undated_ones_until_asked(explorer):
    graph = documented_graph()
    page = explorer(graph)
    # the sliders, as a keyboard user moves them
    page.page.locator("#kg-time-from").focus()
    for _ in range(2014 - 1949):
        page.page.keyboard.press("ArrowRight")
    page.page.locator("#kg-time-to").focus()
    for _ in range(2024 - 2022):
        page.page.keyboard.press("ArrowLeft")
    assert page.page.inner_text("#kg-time-value") == "2014 \u2013 2022"
    _, edges = shown(page)
    assert edges == dated_between(graph, 2014, 2022, undated=True)
    assert "relations shown" in page.page.inner_text("#kg-status")
    assert set(page.js("kgExplorer.visibleNodeIds()")) == set(graph.nodes)  # entities stay

    page.page.uncheck("#kg-time-undated")
    _, edges = shown(page)
    assert edges == dated_between(graph, 2014, 2022, undated=False)
    assert edges  # the 2014 annexation, Crimea's article, the 2022 applications

    # one bar alone, by clicking it; the entities without a shown relation can go too
    page.page.click("#kg-histogram .kg-bar[data-bin='2023']")
    assert page.page.inner_text("#kg-time-value") == "2023"
    assert shown(page)[1] == dated_between(graph, 2023, 2023, undated=False)
    page.page.check("#kg-hide-isolated")
    nodes, edges = shown(page)
    ends = {v for e in edges for v in explorer_edges(graph)[e][:2]}
    assert nodes == ends

    page.page.click("#kg-time-all")
    page.page.check("#kg-time-undated")
    page.page.uncheck("#kg-hide-isolated")
    assert shown(page) == (set(graph.nodes), set(explorer_edges(graph)))
    assert_offline_and_clean(page)


def test_time_combines_with_the_other_filters_and_selecting_an_edge_reveals_it(explorer):
    graph = documented_graph()
    page = explorer(graph)
    page.js("kgExplorer.setTimeRange('2020', '2024')")
    page.js("kgExplorer.setShowUndated(false)")
    page.page.uncheck("#kg-relations li[data-id=member-of] input")
    page.js("kgExplorer.setMinConfidence(0.9)")
    edges = explorer_edges(graph)
    expected = {
        e for e in dated_between(graph, 2020, 2024, undated=False)
        if edges[e][3]["relation"] != "member-of" and edges[e][3]["confidence"] >= 0.9
    }
    assert shown(page)[1] == expected
    # the 2014 annexation is outside the range: selecting it widens the range again
    annexed = next(e for e, (u, v, *_) in edges.items() if (u, v) == ("russia", "crimea"))
    page.js(f"kgExplorer.selectEdge({annexed!r})")
    assert annexed in shown(page)[1]
    assert page.js("kgExplorer.timeRange()")["from"] == "1949"
    assert "2014" in page.panel_text()
    assert_offline_and_clean(page)


def test_a_graph_of_one_season_is_counted_by_month(explorer):
    graph = documented_graph()
    for *_, d in graph.edges(keys=True, data=True):
        d["date"] = ""
    del graph.graph["documents"][DOC_B]["date"]
    graph.graph["document_dates"] = {DOC_A: "2023-04-05", DOC_C: "2023-06-30"}
    page = explorer(graph)
    labels = [b["label"] for b in page.js("kgExplorer.timeBins()")]
    assert labels == ["2023-04", "2023-05", "2023-06"]
    assert "month" in page.page.inner_text("#kg-time")


def test_a_graph_without_dates_says_so(explorer):
    graph = documented_graph()
    graph.graph.clear()
    for *_, d in graph.edges(keys=True, data=True):
        d["date"] = ""
    page = explorer(graph)
    assert "No relation has a date." in page.page.inner_text("#kg-time")
    assert page.js("kgExplorer.timeRange()") is None
    assert page.errors == []


# ---- neighbourhood ----------------------------------------------------------------------------


def test_neighbourhood_to_depth_one_and_two_and_back_in_one_click(explorer):
    graph = documented_graph()
    page = explorer(graph)
    plain = undirected(graph)
    page.js("kgExplorer.selectNode('finland', false)")
    page.page.click("#kg-panel [data-action=neighbours-1]")
    nodes, edges = shown(page)
    assert nodes == {"finland"} | set(plain["finland"])
    assert edges == {e for e, (u, v, *_) in explorer_edges(graph).items() if u in nodes and v in nodes}
    bar = page.page.inner_text("#kg-focus")
    assert "Neighbours of Finland within 1 step" in bar

    page.page.click("#kg-focus [data-depth='2']")
    nodes, _ = shown(page)
    assert nodes == set(nx.single_source_shortest_path_length(plain, "finland", cutoff=2))
    assert "within 2 steps" in page.page.inner_text("#kg-focus")
    assert page.js("kgExplorer.focus()") == {"kind": "neighbourhood", "id": "finland", "depth": 2}

    page.page.click("#kg-focus-clear")
    assert shown(page) == (set(graph.nodes), set(explorer_edges(graph)))
    assert page.page.is_hidden("#kg-focus")
    assert_offline_and_clean(page)


def test_neighbourhood_follows_the_filters(explorer):
    graph = documented_graph()
    page = explorer(graph)
    page.js("kgExplorer.focusNeighbourhood('nato', 1)")
    assert "finland" in shown(page)[0]
    page.page.uncheck("#kg-relations li[data-id=member-of] input")
    page.page.uncheck("#kg-relations li[data-id=seeks-membership] input")
    nodes, _ = shown(page)
    assert "finland" not in nodes and "sweden" not in nodes
    assert nodes == {"nato", "jens-stoltenberg", "european-union", "north-atlantic-treaty"}


# ---- paths ------------------------------------------------------------------------------------


def test_shortest_paths_between_two_entities_from_the_form(explorer):
    graph = documented_graph()
    page = explorer(graph)
    places = page.js("kgExplorer.network.getPositions()")
    page.page.fill("#kg-path-from", "Niinistö")
    page.page.fill("#kg-path-to", "Mr Putin")
    page.page.click("#kg-paths button[type=submit]")
    page.page.wait_for_selector("#kg-panel:not([hidden])")
    expected = sorted(nx.all_shortest_paths(undirected(graph), "sauli-niinisto", "vladimir-putin"))
    found = page.js("kgExplorer.shortestPaths('sauli-niinisto', 'vladimir-putin')")
    assert sorted(found["paths"]) == expected and found["count"] == len(expected)
    assert found["length"] == len(expected[0]) - 1

    nodes, edges = shown(page)
    assert nodes == {n for path in expected for n in path}
    pairs = {frozenset(p) for path in expected for p in zip(path, path[1:])}
    assert edges == {e for e, (u, v, *_) in explorer_edges(graph).items() if frozenset((u, v)) in pairs}
    text = page.panel_text()
    assert "Sauli Niinistö \u2194 Vladimir Putin" in text
    # every edge on a path, with its evidence
    for e in edges:
        for ev in explorer_edges(graph)[e][3]["evidence"]:
            assert ev["sentence"] in text
    assert page.js("document.querySelectorAll('#kg-panel .kg-path').length") == len(expected)
    assert "Shortest path" in page.page.inner_text("#kg-focus")
    # laid out left to right, one column per step
    path_places = page.js("kgExplorer.network.getPositions()")
    for path in expected:
        xs = [path_places[n]["x"] for n in path]
        assert xs == sorted(xs) or xs == sorted(xs, reverse=True)
    page.page.click("#kg-focus-clear")
    assert shown(page)[0] == set(graph.nodes)
    assert page.js("kgExplorer.network.getPositions()") == places  # back where they were
    assert_offline_and_clean(page)


def test_paths_ignore_direction_and_use_only_the_relations_shown(explorer):
    graph = documented_graph()
    page = explorer(graph)
    # Finland -> NATO <- Sweden: against the direction of one edge
    assert page.js("kgExplorer.shortestPaths('finland', 'sweden')")["paths"] == [["finland", "nato", "sweden"]]
    page.js("kgExplorer.setMinConfidence(0.99)")  # only the most certain edges stay
    result = page.js("kgExplorer.showPaths('finland', 'russia')")
    assert result["length"] is None
    assert "No path connects Finland and Russia through the relations the filters show." in page.panel_text()


def test_path_from_and_to_buttons_of_the_entity_panel(explorer):
    graph = documented_graph()
    page = explorer(graph)
    page.js("kgExplorer.selectNode('kremlin', false)")
    page.page.click("#kg-panel [data-action=path-from]")
    assert page.page.input_value("#kg-path-from") == "Kremlin"
    page.js("kgExplorer.selectNode('crimea', false)")
    page.page.click("#kg-panel [data-action=path-to]")
    assert page.js("kgExplorer.panel") == {"kind": "paths", "from": "kremlin", "to": "crimea", "length": 2}
    assert shown(page)[0] == {"kremlin", "russia", "crimea"}


# ---- sources ----------------------------------------------------------------------------------


def test_sources_list_titles_dates_sources_and_only_web_links(explorer):
    graph = documented_graph()
    page = explorer(graph)
    assert page.page.inner_text("#kg-sources") == "Sources (3)"
    page.page.click("#kg-sources")
    items = page.js("""Array.from(document.querySelectorAll('#kg-panel .kg-doc')).map(li => ({
        id: li.dataset.document, text: li.textContent,
        links: Array.from(li.querySelectorAll('a')).map(a => ({href: a.getAttribute('href'),
            target: a.getAttribute('target'), rel: a.getAttribute('rel')}))}))""")
    assert [i["id"] for i in items] == [DOC_A, DOC_B, DOC_C]
    first, second, third = items
    assert "Finland & Sweden: the alliance grows" in first["text"]
    assert "2023-04-05" in first["text"] and "Example Wire" in first["text"]
    assert first["links"] == [{"href": "https://news.example.org/nato/finland?id=1&lang=en",
                               "target": "_blank", "rel": "noopener noreferrer"}]
    assert INJECTION_TITLE in second["text"] and "<i>Archive</i>" in second["text"]
    assert second["links"] == []  # a javascript: URL is text, never a link
    assert JAVASCRIPT_URL in second["text"]
    assert third["links"][0]["href"] == "http://example.com/moscow-briefing"
    assert page.js("document.querySelectorAll('a[href^=javascript], img, svg, b, i').length") == 0

    page.page.fill("#kg-panel .kg-doc-filter", "crimea")
    assert page.js("document.querySelectorAll('#kg-panel .kg-doc').length") == 1
    assert_offline_and_clean(page)


def test_a_document_shows_the_entities_and_relations_it_gave(explorer):
    graph = documented_graph()
    page = explorer(graph)
    page.page.click("#kg-sources")
    page.page.click(f"#kg-panel .kg-doc[data-document='{DOC_C}'] > .kg-link")
    text = page.panel_text()
    entities = sorted(n for n, d in graph.nodes(data=True) if DOC_C in d["documents"])
    for n in entities:
        assert graph.nodes[n]["label"] in text
    assert f"Entities ({len(entities)})" in text
    relations = {e for e, (*_, d) in explorer_edges(graph).items() if any(ev["document"] == DOC_C for ev in d["evidence"])}
    assert f"Relations ({len(relations)})" in text
    assert "President Putin spoke in Moscow." in text  # this document's evidence
    assert "Russian President Vladimir Putin signed the decree." not in text  # another's
    assert page.js("document.querySelector('#kg-panel .kg-facts a').href") == "http://example.com/moscow-briefing"

    page.page.click("#kg-panel [data-action=focus-document]")
    nodes, edges = shown(page)
    assert nodes == set(entities) and edges == relations
    assert "What 003_moscow_briefing.txt gave" in page.page.inner_text("#kg-focus")
    page.page.click("#kg-focus-clear")
    assert shown(page)[0] == set(graph.nodes)

    # from a sentence's source to its document
    page.js("kgExplorer.selectNode('crimea', false)")
    page.page.click(f"#kg-panel .kg-source [data-document='{DOC_B}']")
    assert page.js("kgExplorer.panel") == {"kind": "document", "id": DOC_B}
    assert page.js("document.querySelector('#kg-panel h2').textContent") == INJECTION_TITLE
    assert page.js("document.querySelectorAll('#kg-panel a').length") == 0
    assert_offline_and_clean(page)


# ---- export -----------------------------------------------------------------------------------


def test_exported_graphml_of_the_whole_graph_is_kgs_own(explorer, tmp_path):
    graph = documented_graph()
    page = explorer(graph)
    name, data = page.download("[data-export=graphml]")
    assert name == "kg-shown.graphml"
    assert data == graphml_bytes(graph)
    assert_offline_and_clean(page)


def test_exported_graphml_and_csv_hold_what_is_shown(explorer):
    graph = documented_graph()
    page = explorer(graph)
    page.page.uncheck("#kg-types li[data-id=person] input")
    page.js("kgExplorer.setTimeRange('2014', '2023')")
    nodes, edges = shown(page)
    by_id = explorer_edges(graph)

    _, data = page.download("[data-export=graphml]")
    back = read_graphml(io.BytesIO(data))
    assert set(back.nodes) == nodes
    assert {(u, v, k) for u, v, k in back.edges(keys=True)} == {by_id[e][:3] for e in edges}
    for u, v, k, d in back.edges(keys=True, data=True):
        original = graph.edges[u, v, k]
        for name in ("relation", "role", "date", "basis", "confidence", "weight", "evidence"):
            assert d[name] == original[name], name
    for n, d in back.nodes(data=True):
        assert d == graph.nodes[n]
    named = {doc for n in nodes for doc in graph.nodes[n]["documents"]}
    assert back.graph["documents"] == {doc: graph.graph["documents"][doc] for doc in sorted(named)}

    name, data = page.download("[data-export=nodes]")
    assert name == "kg-shown-entities.csv" and data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["id"] for r in rows} == nodes
    nato = next(r for r in rows if r["id"] == "nato")
    assert nato["label"] == "NATO" and nato["type"] == "organisation" and nato["mentions"] == "14"
    assert nato["aliases"].split(";") == graph.nodes["nato"]["aliases"]

    name, data = page.download("[data-export=edges]")
    assert name == "kg-shown-relations.csv"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["edge"] for r in rows} == edges
    assert len(rows) == sum(len(by_id[e][3]["evidence"]) for e in edges)  # one row per sentence
    annexed = next(r for r in rows if r["relation"] == "annexed")
    assert annexed["source_label"] == "Russia" and annexed["target_label"] == "Crimea"
    assert annexed["sentence"] == "Russia annexed Crimea in 2014." and annexed["document"] == DOC_B
    assert annexed["date"] == "2014" and annexed["document_url"] == JAVASCRIPT_URL
    assert float(annexed["confidence"]) == graph.edges["russia", "crimea", "annexed"]["confidence"]
    assert_offline_and_clean(page)


def test_exports_keep_markup_as_text_and_defuse_spreadsheet_formulas(explorer):
    graph = injection_graph()
    graph.nodes["acme"]["label"] = "=HYPERLINK(\"http://evil.example\",\"x\")"
    page = explorer(graph)
    _, data = page.download("[data-export=nodes]")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))}
    assert rows["evil"]["label"] == INJECTION_LABEL
    assert rows["acme"]["label"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    _, data = page.download("[data-export=edges]")
    assert INJECTION_SENTENCE in data.decode("utf-8-sig")
    _, data = page.download("[data-export=graphml]")
    assert read_graphml(io.BytesIO(data)).nodes["evil"]["label"] == INJECTION_LABEL
    assert_offline_and_clean(page)


# ---- scale ------------------------------------------------------------------------------------


def test_max_nodes_says_what_it_left_out_and_search_finds_it(explorer):
    graph = large_graph(300, 600)
    page = explorer(graph, max_nodes=40)
    note = page.page.inner_text("#kg-omitted")
    assert "260 entities" in note and "left out" in note
    left_out = sorted(set(graph.nodes) - set(page.js("kgExplorer.visibleNodeIds()")), key=lambda n: int(n[1:]))
    types = Counter(graph.nodes[n]["type"] for n in left_out)
    plurals = {"person": "people", "organisation": "organisations", "state": "states", "treaty": "treaties",
               "place": "places"}
    assert "(" + ", ".join(f"{types[t]} {plurals[t]}" for t in ENTITY_TYPES) + ")" in note  # by type
    label = graph.nodes[left_out[-1]]["label"]
    assert page.js(f"kgExplorer.search({label!r})") is None
    results = page.page.inner_text("#kg-search-results")
    assert f"\u201c{label}\u201d is in the graph but not on this page" in results and "max_nodes=40" in results


def test_a_hubs_panel_shows_the_first_hundred_relations_and_three_sentences_each(explorer):
    graph = large_graph(300, 1200)
    hub = max(graph.nodes, key=lambda n: graph.in_degree(n))
    incoming, outgoing = graph.in_degree(hub), graph.out_degree(hub)
    assert incoming > 100 >= outgoing
    u, v, k = next((u, v, k) for u, v, k in graph.in_edges(hub, keys=True))
    graph.edges[u, v, k]["evidence"] = [
        {"document": f"doc{i}.txt", "sentence": f"Sentence number {i} about them.", "start": 0, "end": 30, "rule": "r"}
        for i in range(5)
    ]
    page = explorer(graph)
    page.js(f"kgExplorer.selectNode({hub!r}, false)")
    items = "#kg-panel .kg-rels > li.kg-rel"
    assert page.js(f"document.querySelectorAll('{items}').length") == outgoing + 100
    assert f"Show {incoming - 100} more relations" in page.panel_text()
    page.page.click("#kg-panel .kg-rels > .kg-more button")
    assert page.js(f"document.querySelectorAll('{items}').length") == outgoing + incoming
    edge = page.js(f"kgExplorer.data.edges.find(e => e.from === {u!r} && e.to === {v!r} && e.relation === {k!r}).id")
    sentences = f"#kg-panel li[data-edge={edge}] .kg-evidence > li:not(.kg-more)"
    assert page.js(f"document.querySelectorAll('{sentences}').length") == 3
    page.page.click(f"#kg-panel li[data-edge={edge}] .kg-evidence .kg-more button")
    assert page.js(f"document.querySelectorAll('{sentences}').length") == 5
    page.js(f"kgExplorer.selectEdge({edge!r})")  # the relation's own panel: every sentence
    assert all(f"Sentence number {i} about them." in page.panel_text() for i in range(5))


# ---- safety, all features at once -------------------------------------------------------------


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_titles_urls_and_labels_stay_inert_in_every_panel(explorer, bypass_csp):
    graph = injection_graph()
    graph.graph["documents"] = {"<doc>.txt": {"title": INJECTION_TITLE, "url": JAVASCRIPT_URL,
                                              "source": INJECTION_LABEL, "date": "2020-01-02"}}
    page = explorer(graph, bypass_csp=bypass_csp)
    page.js("kgExplorer.showDocuments()")
    texts = [page.panel_text()]
    page.js("kgExplorer.showDocument('<doc>.txt')")
    texts.append(page.panel_text())
    page.js("kgExplorer.focusDocument('<doc>.txt')")
    texts.append(page.page.inner_text("#kg-focus"))
    page.js("kgExplorer.focusNeighbourhood('evil', 2)")
    texts.append(page.page.inner_text("#kg-focus"))
    page.js("kgExplorer.showPaths('evil', 'u2028')")
    texts.append(page.panel_text())
    page.page.fill("#kg-path-from", "<svg onload")
    page.page.fill("#kg-path-to", "nothing like it")
    page.page.click("#kg-paths button[type=submit]")
    texts.append(page.page.inner_text("#kg-path-message"))
    point = page.node_point("evil")
    page.page.mouse.move(point["x"], point["y"])  # the tooltip
    page.page.wait_for_timeout(500)
    texts.append(page.page.inner_text(".kg-tip"))
    page.download("[data-export=graphml]")
    page.download("[data-export=edges]")
    page.page.wait_for_timeout(300)

    joined = "\n".join(texts)
    assert INJECTION_TITLE in joined and INJECTION_LABEL in joined and INJECTION_SENTENCE in joined
    assert JAVASCRIPT_URL in joined
    assert page.js("document.querySelectorAll('a[href^=javascript], img, svg, b, i').length") == 0
    assert page.js("document.querySelectorAll('script').length") == 3
    assert_offline_and_clean(page)


# ---- on a graph kg builds ---------------------------------------------------------------------

ARTICLES = [  # written for this test
    {"title": "Helsinki completes its accession <img src=x onerror=\"window.__pwned=1\">",
     "url": "https://news.example.org/finland-accession?a=1&b=2", "source": "Example Wire", "date": "2023-04-05",
     "text": "Finland became a member of NATO on Tuesday, ending decades of military non-alignment.\n\n"
             "Finnish President Sauli Niinistö said the country would contribute to the security of the whole "
             "alliance.\n\nNATO Secretary General Jens Stoltenberg raised the Finnish flag in Brussels."},
    {"title": "Stockholm joins <script>window.__pwned=2</script>", "url": "javascript:window.__pwned=3",
     "source": "<b>Nordic</b> Desk", "date": "2024-03-08",
     "text": "Sweden joined NATO on Thursday after Hungary ratified its application.\n\n"
             "Swedish Prime Minister Ulf Kristersson handed the documents to the United States in Washington."},
    {"title": "Moscow and the peninsula", "url": "data:text/html,<script>window.__pwned=4</script>",
     "source": "Archive", "date": "2014-03-19",
     "text": "Russia annexed Crimea in 2014.\n\nRussian President Vladimir Putin signed the treaty in the "
             "Kremlin.\n\nUkraine is a member of the OSCE."},
    {"title": "", "url": "http://example.com/plain", "source": "", "date": "",
     "text": "Ukrainian President Volodymyr Zelensky met NATO leaders in Vilnius.\n\nUkraine wants to join NATO."},
]


@pytest.fixture(scope="module")
def built_graph(tmp_path_factory):
    from kg.pipeline import build_graph

    folder = tmp_path_factory.mktemp("built")
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return build_graph([path], cache=None, min_confidence=0)


@pytest.mark.model
def test_every_feature_on_a_graph_kg_built(explorer, built_graph):
    graph = built_graph
    for node in ("finland", "sweden", "nato", "sauli-niinisto", "ulf-kristersson", "ukraine"):
        assert node in graph, f"kg no longer finds {node} in the test articles"
    page = explorer(graph)

    # time: the sentence's 2014, the articles' 2023 and 2024; the fourth article has no date
    totals = {b["label"]: b["total"] for b in page.js("kgExplorer.timeBins()") if b["total"]}
    assert {"2014", "2023", "2024"} <= set(totals)
    page.page.click("#kg-histogram .kg-bar[data-bin='2024']")
    page.page.uncheck("#kg-time-undated")
    _, edges = shown(page)
    by_id = explorer_edges(graph)
    assert edges and all(any(ev["document"] == "news.jsonl#2" for ev in by_id[e][3]["evidence"]) for e in edges)
    page.page.click("#kg-time-all")
    page.page.check("#kg-time-undated")

    # neighbourhood and paths
    page.js("kgExplorer.focusNeighbourhood('nato', 1)")
    assert {"finland", "sweden", "ukraine"} <= shown(page)[0]
    page.page.click("#kg-focus-clear")
    found = page.js("kgExplorer.showPaths('sauli-niinisto', 'ulf-kristersson')")
    assert found["paths"] == [["sauli-niinisto", "finland", "nato", "sweden", "ulf-kristersson"]]
    assert "Finland became a member of NATO" in page.panel_text()
    page.page.click("#kg-focus-clear")

    # sources: titles as text, links only for http(s)
    page.page.click("#kg-sources")
    links = page.js("Array.from(document.querySelectorAll('#kg-panel a')).map(a => [a.href, a.target, a.rel])")
    assert sorted(links) == [["http://example.com/plain", "_blank", "noopener noreferrer"],
                             ["https://news.example.org/finland-accession?a=1&b=2", "_blank", "noopener noreferrer"]]
    text = page.panel_text()
    assert "Stockholm joins <script>window.__pwned=2</script>" in text and "<b>Nordic</b> Desk" in text

    # export: the GraphML of the whole page is what kg wrote
    _, data = page.download("[data-export=graphml]")
    back = read_graphml(io.BytesIO(data))
    assert set(back.nodes) == set(graph.nodes) and back.number_of_edges() == graph.number_of_edges()
    assert back.graph["documents"]["news.jsonl#2"]["url"] == "javascript:window.__pwned=3"
    assert page.js("document.querySelectorAll('a[href^=javascript], a[href^=data], img, svg, b, i').length") == 0
    assert_offline_and_clean(page)
