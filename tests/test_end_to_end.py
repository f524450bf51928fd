"""The real model on the seed articles, scored against the project's copy of the gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import score
from kg.export.graphml import write_graphml
from kg.ingest import read_documents
from kg.model import Document
from kg.pipeline import build_graph_from_paths

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    result = build_graph_from_paths([ROOT / "seeds"])
    path = tmp_path_factory.mktemp("e2e") / "graph.graphml"
    write_graphml(result.graph, path)
    return result, score(path, ROOT / "tests" / "seeds.gold.json")


def test_seed_entities_are_clean(seed_report):
    _, report = seed_report
    found = sum(v["found"] for v in report.entity_types.values())
    gold = sum(v["gold"] for v in report.entity_types.values())
    predicted = sum(v["predicted"] for v in report.entity_types.values())
    assert found / gold >= 0.95, report.missing_entities
    assert found / (predicted + len(report.forbidden_nodes)) >= 0.90, report.unexpected_nodes
    assert report.duplicates == {} and report.forbidden_nodes == []


def test_seed_relations_meet_the_tiers(seed_report):
    _, report = seed_report
    assert report.tiers[1] == (10, 10), report.missing_relations
    assert report.tiers[2] == (10, 10), report.missing_relations  # the floor: every seed relation, tier 2 too
    assert report.wrong_relations == []


def test_every_edge_carries_its_evidence(seed_report, extractor):
    result, _ = seed_report
    texts = {d.id: d.text for d in read_documents([ROOT / "seeds"]) if isinstance(d, Document)}
    sentences = {name: {(s.start_char, s.end_char) for s in extractor.nlp(text).sents} for name, text in texts.items()}
    for source, target, data in result.graph.edges(data=True):
        assert data["weight"] == len({(e["document"], e["start"]) for e in data["evidence"]}) >= 1
        for e in data["evidence"]:
            assert e["rule"] and e["sentence"]
            # the offsets are those of one sentence of the document's cleaned text, and the
            # evidence is that sentence's text
            assert (e["start"], e["end"]) in sentences[e["document"]], (source, target, e)
            assert texts[e["document"]][e["start"] : e["end"]].strip() == e["sentence"], (source, target, e)


def test_same_input_gives_the_same_graph(seed_report):
    first, _ = seed_report
    again = build_graph_from_paths([ROOT / "seeds" / "001_dbcbe255f92276a7.txt", ROOT / "seeds" / "000_997d0466002064fc.txt"])
    assert sorted(first.graph.nodes(data=True)) == sorted(again.graph.nodes(data=True))
    assert sorted(first.graph.edges(keys=True, data=True), key=str) == sorted(again.graph.edges(keys=True, data=True), key=str)


def test_page_debris_never_becomes_a_node(seed_report):
    result, _ = seed_report
    labels = {d["label"] for _, d in result.graph.nodes(data=True)}
    for junk in ("Express & Star", "Sputnik", "Andriy Dubchak", "Sergei Savostyanov", "AP", "Advertisement", "Defense", "State"):
        assert junk not in labels
