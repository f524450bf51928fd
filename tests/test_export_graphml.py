"""GraphML: round trip, other readers (networkx, igraph, the standard library), schema, escaping."""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from graph_fixtures import documented_graph, injection_graph, large_graph, sample_graph, tricky_graph

from kg.export.colours import hex_to_rgb, node_size, type_colour
from kg.export.graphml import read_graphml, write_graphml

NS = "{http://graphml.graphdrawing.org/xmlns}"
XSD = Path(
    os.environ.get("KG_GRAPHML_XSD")
    or Path(__file__).resolve().parents[2] / "shared" / "graphml-xsd" / "graphml.xsd"
)
CI = os.environ.get("CI") == "true"

GRAPHS = {"sample": sample_graph, "tricky": tricky_graph, "injection": injection_graph}


def nodes_of(graph):
    return {n: dict(d) for n, d in graph.nodes(data=True)}


def edges_of(graph):
    return {(u, v, k): dict(d) for u, v, k, d in graph.edges(keys=True, data=True)}


def graphml_text(graph) -> str:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_round_trip_gives_the_same_graph(tmp_path, name):
    graph = GRAPHS[name]()
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    back = read_graphml(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert nodes_of(back) == nodes_of(graph)
    assert edges_of(back) == edges_of(graph)


def test_read_back_types_follow_the_contract(tmp_path):
    write_graphml(sample_graph(), tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    nato = back.nodes["nato"]
    assert nato["aliases"] == ["NATO", "North Atlantic Treaty Organization", "the alliance"]
    assert isinstance(nato["mentions"], int)
    assert set(nato) == {"label", "type", "aliases", "mentions", "documents"}  # no r/g/b/size
    data = back.edges["finland", "nato", "member-of"]
    assert isinstance(data["weight"], int) and data["weight"] == 2
    assert data["evidence"][0]["document"] == "001_nato_enlargement.txt"
    assert isinstance(data["evidence"][0]["start"], int)
    assert "sentence" not in data and "rules" not in data  # flattened copies are dropped
    assert back.edges["vladimir-putin", "russia", "holds-office|prime minister"]["date"] == "2008"


def test_path_binary_file_and_text_file_give_the_same_bytes(tmp_path):
    graph = tricky_graph()
    write_graphml(graph, tmp_path / "a.graphml")
    binary = io.BytesIO()
    write_graphml(graph, binary)
    text = io.StringIO()
    write_graphml(graph, text)
    assert (tmp_path / "a.graphml").read_bytes() == binary.getvalue()
    assert text.getvalue().encode("utf-8") == binary.getvalue()
    assert nodes_of(read_graphml(io.BytesIO(binary.getvalue()))) == nodes_of(graph)
    with open(tmp_path / "a.graphml", "rb") as handle:
        assert edges_of(read_graphml(handle)) == edges_of(graph)


def test_output_does_not_depend_on_insertion_order():
    graph = sample_graph()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert graphml_text(shuffled) == graphml_text(graph)


def test_writer_does_not_modify_the_graph():
    graph = sample_graph()
    before = copy.deepcopy((nodes_of(graph), edges_of(graph), dict(graph.graph)))
    graphml_text(graph)
    assert (nodes_of(graph), edges_of(graph), dict(graph.graph)) == before


def test_keys_are_declared_once_with_name_and_type():
    root = ET.fromstring(graphml_text(sample_graph()))
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(NS + "key")}
    assert keys == {
        ("node", "label"): "string",
        ("node", "type"): "string",
        ("node", "aliases"): "string",
        ("node", "mentions"): "int",
        ("node", "documents"): "string",
        ("node", "r"): "int",
        ("node", "g"): "int",
        ("node", "b"): "int",
        ("node", "size"): "float",
        ("edge", "label"): "string",
        ("edge", "relation"): "string",
        ("edge", "role"): "string",
        ("edge", "weight"): "int",
        ("edge", "date"): "string",
        ("edge", "basis"): "string",
        ("edge", "confidence"): "double",
        ("edge", "sentence"): "string",
        ("edge", "evidence"): "string",
        ("edge", "documents"): "string",
        ("edge", "rules"): "string",
    }
    ids = [k.get("id") for k in root.iter(NS + "key")]
    assert len(ids) == len(set(ids))
    used = {d.get("key") for d in root.iter(NS + "data")}
    assert used <= set(ids)


def test_edge_ids_are_unique_and_parallel_edges_are_kept():
    root = ET.fromstring(graphml_text(sample_graph()))
    graph_el = root.find(NS + "graph")
    assert graph_el.get("edgedefault") == "directed"
    edges = list(graph_el.iter(NS + "edge"))
    ids = [e.get("id") for e in edges]
    assert len(ids) == len(set(ids)) == sample_graph().number_of_edges()
    pairs = Counter((e.get("source"), e.get("target")) for e in edges)
    assert pairs[("finland", "nato")] == 2
    assert pairs[("vladimir-putin", "russia")] == 2


def test_presentation_attributes_come_from_type_and_mentions():
    root = ET.fromstring(graphml_text(sample_graph()))
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    for node in root.iter(NS + "node"):
        values = {keys[d.get("key")]: d.text for d in node.iter(NS + "data")}
        r, g, b = hex_to_rgb(type_colour(values["type"]))
        assert (int(values["r"]), int(values["g"]), int(values["b"])) == (r, g, b)
        assert float(values["size"]) == node_size(int(values["mentions"]))


def test_standard_library_reader_sees_the_exact_strings():
    """The way a script with only the standard library (like the project's scorer) reads it."""
    graph = tricky_graph()
    root = ET.fromstring(graphml_text(graph))
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    labels = {
        n.get("id"): {keys[d.get("key")]: d.text for d in n.iter(NS + "data")}["label"]
        for n in root.iter(NS + "node")
    }
    assert labels == {n: d["label"] for n, d in graph.nodes(data=True)}
    sentences = sorted(
        {keys[d.get("key")]: d.text for d in e.iter(NS + "data")}["sentence"]
        for e in root.iter(NS + "edge")
    )
    assert sentences == sorted(
        d["evidence"][0]["sentence"] for _, _, d in graph.edges(data=True)
    )


def test_special_characters_survive():
    graph = tricky_graph()
    back = read_graphml(io.BytesIO(graphml_text(graph).encode("utf-8")))
    att = back.nodes["at-t"]
    assert att["label"] == 'AT&T "Labs" <R&D>'
    assert "AT&T; Labs" in att["aliases"]  # a ";" inside an alias is not a separator
    assert "back\\slash" in att["aliases"]
    assert "Ma Bell 📞" in att["aliases"]
    assert back.nodes["al-quds"]["documents"] == ["doc;2.txt"]
    sentence = back.edges["zoe", "at-t", "affiliated-with"]["evidence"][0]["sentence"]
    assert sentence == 'Zoë said: "AT&T <rocks>" & left.\nNext line\tTabbed\r'


def test_characters_xml_cannot_carry_are_replaced_not_fatal():
    graph = nx.MultiDiGraph()
    graph.add_node("x", label="bell\x07 and form feed\x0c", type="place", aliases=[], mentions=1,
                   documents=[])
    text = graphml_text(graph)
    back = read_graphml(io.BytesIO(text.encode("utf-8")))
    assert back.nodes["x"]["label"] == "bell\ufffd and form feed\ufffd"


def test_networkx_reads_it():
    graph = sample_graph()
    other = nx.read_graphml(io.BytesIO(graphml_text(graph).encode("utf-8")))
    assert other.is_directed() and other.is_multigraph()
    assert other.number_of_nodes() == graph.number_of_nodes()
    assert other.number_of_edges() == graph.number_of_edges()
    assert {n: d["label"] for n, d in other.nodes(data=True)} == {
        n: d["label"] for n, d in graph.nodes(data=True)
    }
    assert Counter((u, v, d["relation"]) for u, v, d in other.edges(data=True)) == Counter(
        (u, v, d["relation"]) for u, v, d in graph.edges(data=True)
    )
    assert other.nodes["nato"]["mentions"] == 14
    assert other.number_of_edges("finland", "nato") == 2


def test_igraph_reads_it(tmp_path):
    igraph = pytest.importorskip("igraph")
    graph = sample_graph()
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    other = igraph.Graph.Read_GraphML(str(path))
    assert other.is_directed()
    assert other.vcount() == graph.number_of_nodes()
    assert other.ecount() == graph.number_of_edges()
    labels = other.vs["label"]
    assert sorted(labels) == sorted(d["label"] for _, d in graph.nodes(data=True))
    triples = Counter(
        (labels[e.source], e["relation"], labels[e.target]) for e in other.es
    )
    expected = Counter(
        (graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"])
        for u, v, d in graph.edges(data=True)
    )
    assert triples == expected
    finland, nato = labels.index("Finland"), labels.index("NATO")
    assert len(other.es.select(_source=finland, _target=nato)) == 2


def _xmllint():
    """xmllint's path; a skip without it, but a failure under CI, which must install it."""
    if not XSD.exists():
        pytest.skip(f"the GraphML schema is not at {XSD} (set KG_GRAPHML_XSD)")
    path = shutil.which("xmllint")
    if path is None:
        message = "xmllint is not installed (Debian package libxml2-utils)"
        if CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_validates_against_the_graphml_schema(tmp_path, name):
    xmllint = _xmllint()
    path = tmp_path / f"{name}.graphml"
    write_graphml(GRAPHS[name](), path)
    result = subprocess.run(
        [xmllint, "--nonet", "--noout", "--schema", str(XSD), str(path)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_large_graph_validates_and_round_trips(tmp_path):
    xmllint = _xmllint()
    graph = large_graph(400, 900)
    path = tmp_path / "large.graphml"
    write_graphml(graph, path)
    result = subprocess.run([xmllint, "--nonet", "--noout", "--schema", str(XSD), str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert edges_of(read_graphml(path)) == edges_of(graph)


def test_empty_graph(tmp_path):
    path = tmp_path / "empty.graphml"
    write_graphml(nx.MultiDiGraph(), path)
    assert read_graphml(path).number_of_nodes() == 0
    if shutil.which("xmllint") and XSD.exists():
        subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(XSD), str(path)],
                       check=True, capture_output=True)


def test_node_id_that_is_not_a_slug_is_an_error():
    graph = nx.MultiDiGraph()
    graph.add_node("Vladimir Putin", label="Vladimir Putin", type="person")
    with pytest.raises(ValueError, match="'Vladimir Putin' is not an XML NMTOKEN"):
        graphml_text(graph)


def test_extra_attributes_keep_their_types():
    graph = sample_graph()
    graph.graph["name"] = "seeds"
    graph.nodes["nato"]["founded"] = 1949
    graph.nodes["nato"]["score"] = 0.5
    graph.nodes["russia"]["score"] = 2
    graph.nodes["nato"]["in_gazetteer"] = True
    graph.edges["finland", "nato", "member-of"]["confidence"] = 0.75
    back = read_graphml(io.BytesIO(graphml_text(graph).encode("utf-8")))
    assert back.graph["name"] == "seeds"
    assert back.nodes["nato"]["founded"] == 1949
    assert back.nodes["nato"]["score"] == 0.5 and back.nodes["russia"]["score"] == 2.0
    assert back.nodes["nato"]["in_gazetteer"] is True
    assert back.edges["finland", "nato", "member-of"]["confidence"] == 0.75


def test_reads_keys_by_name_not_id():
    """A file re-saved by another tool may number its keys (d0, d1, ...)."""
    text = graphml_text(sample_graph())
    for i, key_id in enumerate(["label", "type", "aliases", "mentions", "edgelabel", "relation",
                                "evidence", "weight"]):
        text = text.replace(f'id="{key_id}"', f'id="d{i}"')
        text = text.replace(f'key="{key_id}"', f'key="d{i}"')
    back = read_graphml(io.BytesIO(text.encode("utf-8")))
    assert nodes_of(back) == nodes_of(sample_graph())
    assert edges_of(back) == edges_of(sample_graph())


def test_not_graphml_is_an_error():
    with pytest.raises(ValueError, match="not a GraphML document"):
        read_graphml(io.BytesIO(b"<gexf/>"))


def test_documents_table_round_trips_and_gives_the_article_dates_back():
    graph = documented_graph()
    text = graphml_text(graph)
    assert '<key id="graph_documents" for="graph" attr.name="documents" attr.type="string"/>' in text
    back = read_graphml(io.BytesIO(text.encode("utf-8")))
    assert back.graph["documents"] == graph.graph["documents"]
    assert back.graph["document_dates"] == graph.graph["document_dates"]  # GEXF's timeline reads them
    assert edges_of(back) == edges_of(graph)


def test_a_documents_value_that_is_no_table_stays_as_it_was():
    graph = sample_graph()
    graph.graph["documents"] = "three articles"
    back = read_graphml(io.BytesIO(graphml_text(graph).encode("utf-8")))
    assert back.graph["documents"] == "three articles" and "document_dates" not in back.graph
