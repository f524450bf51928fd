"""GEXF, node-link JSON, the HTML page as a file, write_outputs and the shared helpers."""

from __future__ import annotations

import copy
import io
import json
import math
import os
import re
from collections import Counter

import networkx as nx
import pytest
from graph_fixtures import (
    BOLD_SENTENCE,
    DOC_A,
    DOC_B,
    DOC_C,
    INJECTION_LABEL,
    INJECTION_SENTENCE,
    documented_graph,
    injection_graph,
    large_graph,
    sample_graph,
    tricky_graph,
)

from kg.export import FORMATS, write_outputs
from kg.export._common import edge_start_date, iso_date, join_list, split_list
from kg.export.colours import hex_to_rgb, relation_colour, style, type_colour
from kg.export.gexf import write_gexf
from kg.export.html import PHYSICS_MAX_NODES, edge_when, explorer_data, most_connected, page_data, write_html
from kg.export.nodelink import write_json
from kg.export.layout import layout_positions
from kg.model import ENTITY_TYPES

GEXF_NS = "{http://gexf.net/1.3}"


def snapshot(graph):
    return copy.deepcopy((
        {n: dict(d) for n, d in graph.nodes(data=True)},
        {(u, v, k): dict(d) for u, v, k, d in graph.edges(keys=True, data=True)},
        dict(graph.graph),
    ))


def to_bytes(writer, graph, **options) -> bytes:
    buffer = io.BytesIO()
    writer(graph, buffer, **options)
    return buffer.getvalue()


# ---- GEXF -------------------------------------------------------------------------------------


def test_gexf_is_read_back_by_networkx():
    graph = sample_graph()
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    assert other.is_directed() and other.is_multigraph()
    assert other.number_of_nodes() == graph.number_of_nodes()
    assert other.number_of_edges() == graph.number_of_edges()
    assert {n: d["label"] for n, d in other.nodes(data=True)} == {
        n: d["label"] for n, d in graph.nodes(data=True)
    }
    assert Counter((u, v, d["relation"]) for u, v, d in other.edges(data=True)) == Counter(
        (u, v, d["relation"]) for u, v, d in graph.edges(data=True)
    )
    ids = [d["id"] for _, _, d in other.edges(data=True)]
    assert len(ids) == len(set(ids))
    assert other.number_of_edges("finland", "nato") == 2


def test_gexf_edges_carry_confidence_and_basis():
    graph = sample_graph()
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    written = sorted((u, v, d["relation"], d["confidence"], d["basis"]) for u, v, d in other.edges(data=True))
    assert written == sorted((u, v, d["relation"], d["confidence"], d["basis"]) for u, v, d in graph.edges(data=True))
    assert all(isinstance(c, float) for *_, c, _ in written)


def test_gexf_nodes_have_colour_size_position_and_attributes():
    graph = sample_graph()
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    positions = set()
    for node, data in other.nodes(data=True):
        original = graph.nodes[node]
        viz = data["viz"]
        r, g, b = hex_to_rgb(type_colour(original["type"]))
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (r, g, b)
        assert viz["size"] > 0
        assert math.isfinite(viz["position"]["x"]) and math.isfinite(viz["position"]["y"])
        positions.add((viz["position"]["x"], viz["position"]["y"]))
        assert data["type"] == original["type"]
        assert data["mentions"] == original["mentions"]
        assert split_list(data["aliases"]) == original["aliases"]
    assert len(positions) == graph.number_of_nodes()  # no two nodes on top of each other


def test_gexf_edges_carry_dates_for_the_timeline():
    graph = sample_graph()
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    assert other.graph["mode"] == "dynamic"
    starts = {(u, v, d["relation"], d.get("role", "")): d.get("start")
              for u, v, d in other.edges(data=True)}
    assert starts["russia", "crimea", "annexed", ""] == "2014-01-01"  # a bare year
    assert starts["finland", "nato", "member-of", ""] == "2023-04-04"  # a full date
    assert starts["turkiye", "nato", "member-of", ""] is None  # no date known
    member = [d for u, v, d in other.edges(data=True) if (u, v) == ("finland", "nato")
              and d["relation"] == "member-of"][0]
    assert member["date"] == "2023-04-04"
    assert json.loads(member["evidence"])[0]["rule"] == "become-member"
    assert member["weight"] == 2.0
    assert member["label"] == "member-of"


def test_gexf_without_dates_is_static():
    graph = tricky_graph()
    for _, _, data in graph.edges(data=True):
        data["date"] = ""
    text = to_bytes(write_gexf, graph).decode("utf-8")
    assert 'mode="static"' in text and "start=" not in text
    assert nx.read_gexf(io.BytesIO(text.encode("utf-8"))).graph["mode"] == "static"


def test_gexf_falls_back_to_document_dates():
    graph = sample_graph()
    graph.graph["document_dates"] = {"001_nato_enlargement.txt": "2024-07-10"}
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    turkiye = [d for u, v, d in other.edges(data=True) if u == "turkiye"][0]
    assert turkiye["start"] == "2024-07-10"


def test_gexf_special_characters_survive():
    graph = tricky_graph()
    other = nx.read_gexf(io.BytesIO(to_bytes(write_gexf, graph)))
    assert other.nodes["at-t"]["label"] == 'AT&T "Labs" <R&D>'
    assert other.nodes["zoe"]["label"] == "Zoë 🐍 O'Brien"
    sentence = other.edges["zoe", "at-t"]["sentence"]
    assert sentence == 'Zoë said: "AT&T <rocks>" & left.\nNext line\tTabbed\r'


def test_gexf_is_deterministic_and_does_not_modify_the_graph(tmp_path):
    graph = sample_graph()
    before = snapshot(graph)
    write_gexf(graph, tmp_path / "a.gexf")
    write_gexf(sample_graph(), tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert snapshot(graph) == before
    text = io.StringIO()
    write_gexf(graph, text)
    assert text.getvalue().encode("utf-8") == (tmp_path / "a.gexf").read_bytes()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014", "2014-01-01"),
        ("2014-03", "2014-03-01"),
        ("2022-01-12", "2022-01-12"),
        ("2022-01-12T08:00:00Z", "2022-01-12"),
        ("March 2014", ""),
        ("2014-13", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_edge_start_date_prefers_its_own_date():
    data = {"date": "2014", "evidence": [{"document": "a"}]}
    assert edge_start_date(data, {"a": "2020-05-05"}) == "2014-01-01"
    assert edge_start_date({"date": "", "evidence": [{"document": "a"}, {"document": "b"}]},
                           {"a": "2020-05-05", "b": "2019"}) == "2019-01-01"


# ---- JSON -------------------------------------------------------------------------------------


def test_json_round_trip(tmp_path):
    graph = tricky_graph()
    write_json(graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)
    }


def test_json_is_sorted_utf8_and_deterministic():
    graph = sample_graph()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    first, second = to_bytes(write_json, graph), to_bytes(write_json, shuffled)
    assert first == second
    text = first.decode("utf-8")
    assert "Türkiye" in text  # not \u00fc
    data = json.loads(text)
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(ids)
    links = [(e["source"], e["target"], e["key"]) for e in data["edges"]]
    assert links == sorted(links)


def test_json_does_not_modify_the_graph():
    graph = sample_graph()
    before = snapshot(graph)
    to_bytes(write_json, graph)
    assert snapshot(graph) == before


# ---- HTML as a file (the browser tests are in test_html_browser.py) ---------------------------


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no kg-data script"
    return json.loads(match.group(1))


def test_html_is_self_contained():
    page = to_bytes(write_html, sample_graph()).decode("utf-8")
    assert not re.search(r"<script[^>]+src=", page, re.I)
    assert not re.search(r"<link[^>]+stylesheet", page, re.I)
    assert not re.search(r"@import|@font-face", page)
    assert "sourceMappingURL" not in page
    assert "bootstrap" not in page.lower() and "tom-select" not in page.lower()
    assert re.search(r"default-src 'none'", page)  # the CSP forbids fetching anything


def test_html_embeds_the_data_safely():
    page = to_bytes(write_html, injection_graph()).decode("utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    raw = match.group(1)
    for char in "<>&\u2028\u2029":
        assert char not in raw
    assert INJECTION_LABEL not in page
    assert INJECTION_SENTENCE not in page
    data = json.loads(raw)
    assert data == page_data(explorer_data(injection_graph()))
    labels = {n["label"] for n in data["nodes"]}
    assert INJECTION_LABEL in labels
    assert {INJECTION_SENTENCE, BOLD_SENTENCE} <= set(data["sentences"])


def test_html_title_is_text():
    page = to_bytes(write_html, sample_graph(), title="<b>NATO</b> & co").decode("utf-8")
    assert "<title>&lt;b&gt;NATO&lt;/b&gt; &amp; co</title>" in page
    assert "<b>NATO</b>" not in page


def test_html_is_deterministic_and_does_not_modify_the_graph(tmp_path):
    graph = sample_graph()
    before = snapshot(graph)
    write_html(graph, tmp_path / "a.html")
    write_html(sample_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert snapshot(graph) == before


def test_html_data_describes_types_relations_and_evidence():
    data = explorer_data(sample_graph())
    assert [t["id"] for t in data["types"]] == list(ENTITY_TYPES)
    assert all(t["color"] == type_colour(t["id"]) for t in data["types"])
    assert [r["id"] for r in data["relations"]] == sorted({r["id"] for r in data["relations"]})
    assert sum(r["count"] for r in data["relations"]) == len(data["edges"])
    assert data["physics"] is True
    nato = next(n for n in data["nodes"] if n["id"] == "nato")
    assert nato["size"] > next(n for n in data["nodes"] if n["id"] == "osce")["size"]
    parallel = [e for e in data["edges"] if (e["from"], e["to"]) == ("finland", "nato")]
    assert len(parallel) == 2 and all(e["smooth"] for e in parallel)
    sides = {e["smooth"]["type"] for e in parallel}
    assert sides == {"curvedCW", "curvedCCW"}  # bent apart, both visible
    part_of = next(e for e in data["edges"] if (e["from"], e["to"]) == ("kremlin", "russia"))
    assert (part_of["confidence"], part_of["basis"]) == (0.41, "explicit")
    coordinates = next(e for e in data["edges"] if (e["from"], e["to"]) == ("european-union", "nato"))
    assert (coordinates["confidence"], coordinates["basis"]) == (0.62, "context")


def test_html_edges_are_dated_by_their_sentence_else_their_earliest_article():
    data = explorer_data(documented_graph())
    when = {(e["from"], e["to"], e["relation"], e["role"]): (e["when"], e["whenFrom"]) for e in data["edges"]}
    assert when["finland", "nato", "member-of", ""] == ("2023-04", "sentence")  # 2023-04-04, by month
    assert when["russia", "crimea", "annexed", ""] == ("2014", "sentence")
    assert when["turkiye", "nato", "member-of", ""] == ("2023-04", "article")  # 2023-04-05
    assert when["ukraine", "nato", "seeks-membership", ""] == ("2014-03", "article")  # the earlier of two
    assert when["sergei-lavrov", "russia", "holds-office", "foreign minister"] == ("", "")  # article undated
    assert edge_when({"date": "2014-13-01"}, {}) == ("2014", "sentence")  # no such month


def test_html_lists_every_document_with_what_the_input_said_of_it():
    graph = documented_graph()
    data = explorer_data(graph)
    assert [d["id"] for d in data["documents"]] == [DOC_A, DOC_B, DOC_C]
    assert data["documents"][2] == {"id": DOC_C, "title": "", "date": "", "source": "",
                                    "url": "http://example.com/moscow-briefing"}
    del graph.graph["documents"]  # an older graph: the dates alone, and the ids its data names
    assert data["documents"][0]["title"] and not explorer_data(graph)["documents"][0]["title"]
    assert [d["date"] for d in explorer_data(graph)["documents"]] == ["2023-04-05", "2014-03-19", ""]
    evidence = data["edges"][0]["evidence"][0]
    assert {"start", "end"} <= set(evidence)  # offsets, for the GraphML the page exports


def test_the_graph_keeps_what_each_document_is_for_the_list_of_sources():
    from kg.graph import graph_from_extractions
    from kg.model import DocumentExtraction, Mention

    nato = (Mention("org:nato", "NATO", "organisation", "NATO", 0, 4),)
    graph = graph_from_extractions([
        DocumentExtraction("b.jsonl#1", nato, date="2024-01-02", title="A <title>", url="javascript:x()", source="Wire"),
        DocumentExtraction("a.txt", nato),
    ])
    assert graph.graph["documents"] == {
        "a.txt": {},
        "b.jsonl#1": {"title": "A <title>", "date": "2024-01-02", "url": "javascript:x()", "source": "Wire"},
    }
    assert list(graph.graph["documents"]) == ["a.txt", "b.jsonl#1"]
    assert graph.graph["document_dates"] == {"b.jsonl#1": "2024-01-02"}


def test_the_page_names_each_sentence_document_and_rule_once():
    graph = documented_graph()
    sentence = "Finland became NATO's 31st member in April 2023."
    graph.add_edge("finland", "nato", key="party-to", relation="party-to", label="party-to", role="", weight=1,
                   date="", confidence=0.9, basis="explicit",
                   evidence=[{"document": DOC_A, "sentence": sentence, "start": 0, "end": 48, "rule": "join"}])
    data = explorer_data(graph)
    wire = page_data(data)
    assert wire["sentences"].count(sentence) == 1  # two relations, one copy
    assert len(wire["sentences"]) == len({ev["sentence"] for e in data["edges"] for ev in e["evidence"]})
    assert len(json.dumps(wire)) < 0.8 * len(json.dumps(data))
    first = wire["edges"][0]
    assert data["nodes"][first["from"]]["id"] == data["edges"][0]["from"]
    assert "color" not in first and "role" not in first  # from the relation's table; empty


def test_html_edges_without_confidence_are_kept_unscored():
    graph = sample_graph()
    for *_, d in graph.edges(data=True):
        del d["confidence"], d["basis"]
    assert all(e["confidence"] is None and e["basis"] == "" for e in explorer_data(graph)["edges"])


def test_max_nodes_keeps_the_most_connected():
    graph = sample_graph()
    kept = most_connected(graph, 3)
    assert kept == sorted(["nato", "russia", "ukraine"])
    data = explorer_data(graph, max_nodes=3)
    assert {n["id"] for n in data["nodes"]} == set(kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    assert data["omitted"]["nodes"] == graph.number_of_nodes() - 3
    assert data["omitted"]["edges"] == graph.number_of_edges() - len(data["edges"])
    assert explorer_data(graph)["omitted"]["nodes"] == 0


def test_max_nodes_ties_are_broken_by_label():
    graph = nx.MultiDiGraph()
    for node, label in [("a", "Zulu"), ("b", "alpha"), ("c", "Mike")]:
        graph.add_node(node, label=label, type="place", aliases=[], mentions=1, documents=[])
    assert most_connected(graph, 2) == ["b", "c"]


@pytest.mark.parametrize("bad", [0, -1, 2.5, "10", True])
def test_max_nodes_must_be_a_positive_integer(bad):
    with pytest.raises(ValueError, match="max_nodes must be a positive integer"):
        write_html(sample_graph(), io.BytesIO(), max_nodes=bad)


def test_large_graphs_get_final_positions_and_no_physics():
    data = explorer_data(large_graph(PHYSICS_MAX_NODES + 50, 600))
    assert data["physics"] is False
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])
    assert explorer_data(large_graph(PHYSICS_MAX_NODES + 50, 600), max_nodes=100)["physics"]


def test_empty_graph_html():
    page = to_bytes(write_html, nx.MultiDiGraph()).decode("utf-8")
    assert embedded_data(page)["nodes"] == []


# ---- write_outputs ------------------------------------------------------------------------------


def test_write_outputs_writes_every_format(tmp_path):
    out = tmp_path / "out"
    paths = write_outputs(sample_graph(), out)
    assert set(paths) == set(FORMATS)
    assert {p.name for p in paths.values()} == {"graph.graphml", "graph.html", "graph.gexf",
                                                 "graph.json"}
    assert sorted(os.listdir(out)) == sorted(p.name for p in paths.values())  # no temp files
    assert all(p.stat().st_size > 0 for p in paths.values())
    mode = paths["html"].stat().st_mode & 0o777
    assert mode & 0o044  # readable by others, like any file the user creates (not 0600)


def test_write_outputs_subset_and_max_nodes(tmp_path):
    paths = write_outputs(sample_graph(), tmp_path, formats=("html",), max_nodes=4)
    assert list(paths) == ["html"]
    data = embedded_data(paths["html"].read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 4


def test_write_outputs_rejects_unknown_format_before_writing(tmp_path):
    with pytest.raises(ValueError, match="unsupported output format 'pdf'"):
        write_outputs(sample_graph(), tmp_path, formats=("graphml", "pdf"))
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    paths = write_outputs(sample_graph(), tmp_path, formats=("graphml",))
    before = paths["graphml"].read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(tricky_graph(), tmp_path, formats=("graphml",))
    assert paths["graphml"].read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


# ---- helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [[], ["a"], ["a", "b"], ["a;b", "c"], ["back\\slash", "x\\;y", ";", "\\"], ["", "x"]],
)
def test_join_and_split_are_inverse(values):
    assert split_list(join_list(values)) == values


def test_plain_lists_stay_readable():
    assert join_list(["Mr Putin", "Putin", "Vladimir Putin"]) == "Mr Putin;Putin;Vladimir Putin"


def test_every_entity_type_has_its_own_colour():
    colours = [type_colour(t) for t in ENTITY_TYPES]
    assert len(set(colours)) == len(ENTITY_TYPES)
    assert all(t in style()["types"] for t in ENTITY_TYPES)


def test_unknown_relations_get_a_stable_palette_colour():
    colour = relation_colour("sanctions")
    assert colour == relation_colour("sanctions")
    assert colour in style()["palette"]
    assert relation_colour("member-of") == style()["relations"]["member-of"]


def test_layout_is_deterministic_and_covers_every_node():
    graph = sample_graph()
    graph.add_node("island", label="Island", type="place")
    first, second = layout_positions(graph), layout_positions(sample_graph())
    assert set(first) == set(graph.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    assert layout_positions(graph) == first
    assert set(second) == set(sample_graph().nodes)
