"""The HTML explorer in a real browser: Debian's Chromium driven by Playwright, offline.

Skipped when Chromium or Playwright is missing, except under CI=true, where that is a failure.
Never run `playwright install`: the tests use /usr/bin/chromium.
"""

from __future__ import annotations

import pytest
from explorer_page import ARTIFACTS, browser, explorer  # noqa: F401 (fixtures)
from graph_fixtures import (
    BOLD_SENTENCE,
    INJECTION_LABEL,
    INJECTION_SENTENCE,
    injection_graph,
    large_graph,
    sample_graph,
)

from kg.export.colours import hex_to_rgb, type_colour
from kg.model import ENTITY_TYPES

pytestmark = pytest.mark.browser


def test_page_makes_no_request_but_itself_and_logs_no_error(explorer):
    page = explorer(sample_graph())
    page.js("window.kgExplorer.selectNode('nato')")
    page.js("window.kgExplorer.selectEdge('e0')")
    page.page.mouse.move(700, 450)
    page.page.wait_for_timeout(300)
    assert page.requests == [page.url]
    assert page.blocked == []
    assert page.errors == []


def test_the_checks_above_would_notice_a_request_or_injected_script(explorer):
    """Guard against a harness that sees nothing: markup inserted as HTML, with the CSP off,
    does make requests and run script, and the recorders catch both."""
    page = explorer(injection_graph(), bypass_csp=True)
    page.js("""document.body.insertAdjacentHTML('beforeend',
        '<img src=x onerror="window.__pwned=1"><img src="https://cdn.example/a.png">')""")
    page.page.wait_for_timeout(500)
    assert page.js("window.__pwned") == 1
    assert "https://cdn.example/a.png" in page.requests
    assert page.blocked == ["https://cdn.example/a.png"]


def test_legend_lists_the_five_types_with_their_colours(explorer):
    page = explorer(sample_graph())
    items = page.js(
        """() => Array.from(document.querySelectorAll('#kg-types li')).map(li => ({
            id: li.dataset.id,
            text: li.textContent,
            colour: getComputedStyle(li.querySelector('.kg-swatch')).backgroundColor,
            checked: li.querySelector('input').checked,
        }))"""
    )
    assert [item["id"] for item in items] == list(ENTITY_TYPES)
    for item in items:
        r, g, b = hex_to_rgb(type_colour(item["id"]))
        assert item["colour"] == f"rgb({r}, {g}, {b})"
        assert item["id"] in item["text"]
        assert item["checked"]
    relations = page.js(
        "Array.from(document.querySelectorAll('#kg-relations li')).map(li => li.dataset.id)"
    )
    assert relations == sorted({d["relation"] for _, _, d in sample_graph().edges(data=True)})


def test_unchecking_a_type_or_relation_hides_it(explorer):
    graph = sample_graph()
    page = explorer(graph)
    people = {n for n, d in graph.nodes(data=True) if d["type"] == "person"}
    assert set(page.js("kgExplorer.visibleNodeIds()")) == set(graph.nodes)

    page.page.uncheck("#kg-types li[data-id=person] input")
    visible = set(page.js("kgExplorer.visibleNodeIds()"))
    assert visible == set(graph.nodes) - people
    edges = page.js("kgExplorer.visibleEdgeIds().map(id => kgExplorer.edges.get(id))")
    assert edges and all(e["from"] not in people and e["to"] not in people for e in edges)

    page.page.check("#kg-types li[data-id=person] input")
    assert set(page.js("kgExplorer.visibleNodeIds()")) == set(graph.nodes)

    page.page.uncheck("#kg-relations li[data-id=member-of] input")
    relations = page.js(
        "kgExplorer.visibleEdgeIds().map(id => kgExplorer.data.edges"
        ".find(e => e.id === id).relation)"
    )
    assert "member-of" not in relations
    assert len(relations) == graph.number_of_edges() - sum(
        1 for _, _, d in graph.edges(data=True) if d["relation"] == "member-of"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("the alliance", "nato"),  # an alias
        ("MR PUTIN", "vladimir-putin"),  # case-insensitive
        ("erdogan", "recep-tayyip-erdogan"),  # accents folded
        ("Washington Treaty", "north-atlantic-treaty"),
    ],
)
def test_search_by_alias_selects_and_focuses_the_node(explorer, query, expected):
    page = explorer(sample_graph())
    page.page.fill("#kg-search-input", query)
    page.page.press("#kg-search-input", "Enter")
    page.settle()  # the focus animation
    assert page.js("kgExplorer.network.getSelectedNodes()") == [expected]
    label = sample_graph().nodes[expected]["label"]
    assert page.js("document.querySelector('#kg-panel h2').textContent") == label
    # Focused: the node is near the middle of the canvas.
    point = page.node_point(expected)
    box = page.js(
        "(() => { const r = document.querySelector('#kg-network canvas').getBoundingClientRect();"
        " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
    )
    assert abs(point["x"] - box["x"]) < 40 and abs(point["y"] - box["y"]) < 40


def test_search_reveals_a_hidden_type_and_reports_no_match(explorer):
    page = explorer(sample_graph())
    page.page.uncheck("#kg-types li[data-id=person] input")
    assert page.js("kgExplorer.search('Lavrov')") == "sergei-lavrov"
    assert "sergei-lavrov" in page.js("kgExplorer.visibleNodeIds()")
    assert page.page.is_checked("#kg-types li[data-id=person] input")
    assert page.js("kgExplorer.search('Atlantis')") is None
    assert "No entity matches" in page.page.inner_text("#kg-search-results")


def test_clicking_a_node_shows_its_evidence(explorer):
    page = explorer(sample_graph())
    point = page.node_point("crimea")
    page.page.mouse.click(point["x"], point["y"])
    page.page.wait_for_selector("#kg-panel:not([hidden])")
    text = page.panel_text()
    assert "Crimea" in text and "place" in text
    assert "Crimean peninsula" in text  # an alias
    assert "002_crimea.txt" in text  # a document
    assert "Russia annexed Crimea in 2014." in text  # incoming relation's evidence
    assert "Crimea, part of Ukraine, was annexed by Russia." in text  # outgoing one
    assert page.js("kgExplorer.network.getSelectedNodes()") == ["crimea"]


def test_clicking_an_edge_shows_its_evidence(explorer):
    page = explorer(sample_graph())
    edge_id = page.js(
        "kgExplorer.data.edges.find(e => e.from === 'russia' && e.to === 'crimea').id"
    )
    a, b = page.node_point("russia"), page.node_point("crimea")
    middle = {"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2}
    hit = page.js(
        """(p) => {
            const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
            return kgExplorer.network.getEdgeAt({x: p.x - box.left, y: p.y - box.top});
        }""",
        middle,
    )
    assert hit == edge_id, "the edge's midpoint is covered by something else"
    page.page.mouse.click(middle["x"], middle["y"])
    page.page.wait_for_selector("#kg-panel:not([hidden])")
    text = page.panel_text()
    assert "annexed" in text and "Russia" in text and "Crimea" in text
    assert "Russia annexed Crimea in 2014." in text
    assert "002_crimea.txt" in text and "2014" in text


def test_edge_panel_lists_role_date_and_weight(explorer):
    page = explorer(sample_graph())
    edge_id = page.js(
        "kgExplorer.data.edges.find(e => e.from === 'vladimir-putin' && e.role === 'president').id"
    )
    page.js(f"kgExplorer.selectEdge({edge_id!r})")
    text = page.panel_text()
    for expected in ["holds-office", "Vladimir Putin", "Russia", "president", "Weight2",
                     "Russian President Vladimir Putin signed the decree.",
                     "President Putin spoke in Moscow.", "003_moscow_briefing.txt"]:
        assert expected in text


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_article_text_is_shown_as_text_never_run(explorer, bypass_csp):
    """Without the page's CSP too: the text must be safe because it is text, not because the
    policy blocks what it would run."""
    page = explorer(injection_graph(), bypass_csp=bypass_csp)
    point = page.node_point("evil")
    page.page.mouse.move(point["x"], point["y"])  # the tooltip
    page.page.wait_for_timeout(500)
    page.page.mouse.click(point["x"], point["y"])
    page.page.wait_for_selector("#kg-panel:not([hidden])")
    node_text = page.panel_text()
    page.js("kgExplorer.selectEdge(kgExplorer.data.edges.find(e => e.from === 'evil').id)")
    edge_text = page.panel_text()
    page.js("kgExplorer.search('svg onload')")
    page.page.wait_for_timeout(300)

    assert page.js("typeof window.__pwned") == "undefined"
    assert INJECTION_LABEL in node_text
    assert INJECTION_SENTENCE in node_text and INJECTION_SENTENCE in edge_text
    assert BOLD_SENTENCE in edge_text
    assert "<i>chief</i>" in edge_text
    assert page.js("document.querySelectorAll('img, svg, b, i').length") == 0
    assert page.js("document.querySelectorAll('script').length") == 3
    assert page.js("document.querySelector('#kg-panel h2') !== null")
    assert page.errors == []


def test_two_thousand_nodes_open_quickly_without_physics(explorer):
    page = explorer(large_graph(2000, 4000))
    assert page.load_seconds < 10, f"took {page.load_seconds:.1f} s to become interactive"
    assert page.js("kgExplorer.physicsEnabled()") is False
    assert page.js("kgExplorer.network.physics.options.enabled") is False
    assert len(page.js("kgExplorer.visibleNodeIds()")) == 2000
    assert page.js("kgExplorer.selectNode('n0')") is True
    assert page.js("kgExplorer.network.getSelectedNodes()") == ["n0"]
    assert "Entity 0" in page.panel_text()
    assert page.errors == []


def test_max_nodes_says_how_many_were_left_out(explorer):
    page = explorer(large_graph(500, 1000), max_nodes=50)
    assert len(page.js("kgExplorer.visibleNodeIds()")) == 50
    note = page.page.inner_text("#kg-omitted")
    assert "450 entities" in note and "left out" in note


def test_small_graph_physics_stops_after_stabilising(explorer):
    page = explorer(sample_graph())
    assert page.js("kgExplorer.physicsEnabled()") is False
    first = page.js("JSON.stringify(kgExplorer.network.getPositions())")
    page.page.wait_for_timeout(500)
    assert page.js("JSON.stringify(kgExplorer.network.getPositions())") == first


def test_screenshot_of_the_explorer(explorer):
    page = explorer(sample_graph())
    page.js("kgExplorer.selectNode('nato', false)")
    page.js("kgExplorer.network.fit()")
    page.page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "explorer.png"
    page.page.screenshot(path=str(path))
    assert path.stat().st_size > 20_000


def _confident_edges(graph, threshold):
    """Explorer edge ids (e0, e1, ... in sorted order) of the edges at or above ``threshold``."""
    from kg.export._common import sorted_edges

    return {f"e{i}" for i, (*_, d) in enumerate(sorted_edges(graph)) if d["confidence"] >= threshold}


def test_confidence_slider_hides_the_edges_below_it(explorer):
    graph = sample_graph()
    page = explorer(graph)
    assert set(page.js("kgExplorer.visibleEdgeIds()")) == _confident_edges(graph, 0)
    assert page.page.input_value("#kg-confidence") == "0"
    slider = page.page.locator("#kg-confidence")
    slider.focus()
    for _ in range(12):  # twelve steps of 0.05, as a keyboard user moves it
        page.page.keyboard.press("ArrowRight")
    assert page.page.inner_text("#kg-confidence-value") == "0.60"
    visible = set(page.js("kgExplorer.visibleEdgeIds()"))
    assert visible == _confident_edges(graph, 0.6)
    assert 0 < len(visible) < graph.number_of_edges()  # the 0.41 and 0.55 edges are gone, 0.62 stays
    assert "relations shown" in page.page.inner_text("#kg-status")
    assert set(page.js("kgExplorer.visibleNodeIds()")) == set(graph.nodes)  # entities stay
    page.page.keyboard.press("End")
    assert page.page.inner_text("#kg-confidence-value") == "1.00"
    assert page.js("kgExplorer.visibleEdgeIds()") == []
    page.page.keyboard.press("Home")
    assert set(page.js("kgExplorer.visibleEdgeIds()")) == _confident_edges(graph, 0)
    assert page.errors == []


def test_slider_and_relation_filters_combine(explorer):
    graph = sample_graph()
    page = explorer(graph)
    page.js("kgExplorer.setMinConfidence(0.9)")
    page.page.uncheck("#kg-relations li[data-id=member-of] input")
    shown = page.js("kgExplorer.visibleEdgeIds().map(id => kgExplorer.data.edges.find(e => e.id === id))")
    assert shown and all(e["confidence"] >= 0.9 and e["relation"] != "member-of" for e in shown)


def test_edge_panel_shows_confidence_and_basis(explorer):
    page = explorer(sample_graph())
    edge_id = page.js("kgExplorer.data.edges.find(e => e.from === 'european-union' && e.to === 'nato').id")
    page.js(f"kgExplorer.selectEdge({edge_id!r})")
    text = page.panel_text()
    assert "Confidence0.62" in text
    assert "Basiscontext: it rests on the article's setting" in text
    explicit = page.js("kgExplorer.data.edges.find(e => e.from === 'russia' && e.to === 'crimea').id")
    page.js(f"kgExplorer.selectEdge({explicit!r})")
    assert "Confidence0.97" in page.panel_text() and "Basisexplicit: the sentence states it" in page.panel_text()
    page.js("kgExplorer.selectNode('nato', false)")
    assert "confidence 0.62, from context" in page.panel_text()  # the node's relation list


def test_selecting_an_edge_below_the_slider_lowers_it(explorer):
    page = explorer(sample_graph())
    page.js("kgExplorer.setMinConfidence(0.9)")
    edge_id = page.js("kgExplorer.data.edges.find(e => e.from === 'kremlin' && e.to === 'russia').id")
    assert edge_id not in page.js("kgExplorer.visibleEdgeIds()")
    page.js(f"kgExplorer.selectEdge({edge_id!r})")
    assert page.js("kgExplorer.minConfidence()") == 0.4
    assert page.page.inner_text("#kg-confidence-value") == "0.40"
    assert edge_id in page.js("kgExplorer.visibleEdgeIds()")
