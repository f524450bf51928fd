"""Edge confidence: the rule-precision table, its generator (kg.calibration) and the graph's use of it.

Most tests use judged edges written out by hand, so they are about the arithmetic, not the model;
one builds two small gold sets written for it with the real model, end to end.
"""

from __future__ import annotations

import json
import math

import pytest

from kg.calibration import Observation, fit, leave_one_out, observations, precision_table, rule_counts, smoothed_precisions
from kg.confidence import RulePrecisions, Support, edge_confidence, rule_family, table_keys
from kg.graph import graph_from_extractions
from kg.model import DocumentExtraction, Evidence, Mention, Relation


def judged(set_name, relation, verdict, *rules, document="a.txt", start=0, basis="explicit"):
    """One judged edge read by ``rules`` in one sentence."""
    supports = tuple(Support(document, start, rule, basis) for rule in rules)
    return Observation(set_name, relation, verdict, supports, (set_name, relation, str(start)))


def many(n, set_name, relation, verdict, rule, *, basis="explicit", same_document=False):
    return [judged(set_name, relation, verdict, rule, document="d.txt" if same_document else f"d{i}.txt", start=i,
                   basis=basis) for i in range(n)]


# --- the table --------------------------------------------------------------------------------


def test_table_keys_run_from_all_edges_to_the_rule_variant():
    assert table_keys("join-member-of+shared-subject", "member-of", "explicit") == [
        "*", "explicit", "explicit|member-of", "explicit|member-of|join-member-of",
        "explicit|member-of|join-member-of+shared-subject"]
    assert table_keys("title-apposition", "holds-office", "context")[-1] == "context|holds-office|title-apposition"
    assert rule_family("title-before-name:holds-office") == "title-before-name:holds-office"


def test_a_rule_seen_often_keeps_its_precision_and_a_rare_one_leans_on_its_relation():
    items = (many(60, "s", "member-of", "correct", "often")
             + many(1, "s", "member-of", "wrong", "rare")
             + many(8, "s", "affiliated-with", "wrong", "loose") + many(2, "s", "affiliated-with", "correct", "loose"))
    p = smoothed_precisions(rule_counts(items), strength=5)
    member_of = p["explicit|member-of"]
    assert p["explicit|member-of|often"] > 0.97
    assert 0.5 < p["explicit|member-of|rare"] < member_of  # one wrong edge does not sink it to 0
    assert p["explicit|affiliated-with|loose"] < 0.35
    table = RulePrecisions(p)
    assert table.of("never-seen", "member-of") == pytest.approx(member_of)  # its relation's
    assert table.of("never-seen", "spokesperson-for") == pytest.approx(p["explicit"])  # its basis's
    assert table.of("often+shared-subject", "member-of") == pytest.approx(p["explicit|member-of|often"])  # its family's


def test_a_relation_can_be_smoothed_more_lightly_than_its_rules():
    # affiliated-with right on 5 of 40 edges beside 200 right offices: with one weight of 20 the
    # relation is pulled halfway to all edges' precision; a relation weight of 2 keeps it its own,
    # while a rare rule under it still leans on it with the rules' weight
    items = (many(200, "s", "holds-office", "correct", "title")
             + many(5, "s", "affiliated-with", "correct", "loose") + many(35, "s", "affiliated-with", "wrong", "loose")
             + many(1, "s", "affiliated-with", "correct", "rare"))
    one = smoothed_precisions(rule_counts(items), strength=20)
    two = smoothed_precisions(rule_counts(items), strength=20, relation_strength=2)
    assert one["explicit|affiliated-with"] > 0.3
    assert two["explicit|affiliated-with"] < 0.2
    assert two["explicit|affiliated-with|rare"] == pytest.approx((1 + 20 * two["explicit|affiliated-with"]) / 21)
    assert two["explicit|holds-office|title"] == pytest.approx(one["explicit|holds-office|title"], abs=0.01)
    assert smoothed_precisions(rule_counts(items), strength=20, relation_strength=None) == one


def test_context_edges_have_their_own_basis_precision():
    items = many(20, "s", "holds-office", "correct", "title") + many(4, "s", "holds-office", "correct", "setting", basis="context") \
        + many(4, "s", "holds-office", "wrong", "setting", basis="context")
    table = RulePrecisions(smoothed_precisions(rule_counts(items), strength=3))
    assert table.of("another-setting-rule", "holds-office", "context") < table.of("another-rule", "holds-office", "explicit")


def test_acceptable_edges_count_neither_way():
    items = many(5, "s", "member-of", "correct", "r") + many(5, "s", "member-of", "acceptable", "r")
    assert rule_counts(items)["explicit|member-of|r"] == [5.0, 5.0]


def test_clustering_counts_the_edges_one_rule_read_in_one_document_as_one():
    items = many(9, "s", "holds-office", "wrong", "setting", same_document=True) + many(9, "s", "holds-office", "correct", "setting")
    by_edge = rule_counts(items)["explicit|holds-office|setting"]
    by_cluster = rule_counts(items, clustering=1.0)["explicit|holds-office|setting"]
    assert by_edge == [9.0, 18.0]
    assert by_cluster == pytest.approx([9.0, 10.0])  # nine documents right, one document wrong


# --- an edge's confidence ---------------------------------------------------------------------------


TABLE = RulePrecisions({"*": 0.9, "explicit": 0.9, "explicit|member-of": 0.8, "explicit|member-of|good": 0.95,
                        "explicit|member-of|weak": 0.6}, sentence=0.0, document=1.0)


def test_the_best_sentence_sets_the_confidence():
    supports = [Support("a", 0, "weak"), Support("a", 0, "good")]  # two rules read one sentence
    assert edge_confidence(supports, "member-of", TABLE) == 0.95
    assert edge_confidence([Support("a", 0, "weak")], "member-of", TABLE) == 0.6


def test_another_document_raises_the_confidence_and_another_sentence_of_the_same_one_may_not():
    one = edge_confidence([Support("a", 0, "weak")], "member-of", TABLE)
    same_document = edge_confidence([Support("a", 0, "weak"), Support("a", 50, "weak")], "member-of", TABLE)
    other_document = edge_confidence([Support("a", 0, "weak"), Support("b", 0, "weak")], "member-of", TABLE)
    assert same_document == one  # sentence exponent 0: one document's misreading repeats
    assert other_document == pytest.approx(1 - 0.4 * 0.4)
    halfway = RulePrecisions(TABLE.precision, sentence=0.5, document=1.0)
    assert one < edge_confidence([Support("a", 0, "weak"), Support("a", 50, "weak")], "member-of", halfway) < other_document


def test_confidence_stays_inside_the_open_interval():
    certain = RulePrecisions({"*": 1.0}, document=1.0)
    assert edge_confidence([Support("a", 0, "r"), Support("b", 0, "r")], "member-of", certain) == 0.999
    hopeless = RulePrecisions({"*": 0.0})
    assert edge_confidence([Support("a", 0, "r")], "member-of", hopeless) == 0.001


# --- the graph ---------------------------------------------------------------------------------------


def _extraction(document, relations):
    mentions = (Mention("state:estonia", "Estonia", "state", "Estonia", 0, 7),
                Mention("org:nato", "NATO", "organisation", "NATO", 15, 19),
                Mention("person:kaja kallas", "Kaja Kallas", "person", "Kaja Kallas", 30, 41))
    return DocumentExtraction(document, mentions, tuple(
        Relation(s, rel, t, Evidence(document, "A sentence.", start, start + 11, rule), basis=basis)
        for s, rel, t, rule, start, basis in relations))


def test_edges_carry_confidence_and_basis_and_a_threshold_drops_only_edges():
    table = RulePrecisions({"*": 0.9, "explicit|member-of|good": 0.95, "context|holds-office|setting": 0.4},
                           sentence=0.0, document=1.0)
    extractions = [
        _extraction("a.txt", [("state:estonia", "member-of", "org:nato", "good", 0, "explicit"),
                              ("person:kaja kallas", "holds-office", "state:estonia", "setting", 20, "context")]),
        _extraction("b.txt", [("state:estonia", "member-of", "org:nato", "good", 0, "explicit")]),
    ]
    graph = graph_from_extractions(extractions, precisions=table)
    edges = {d["relation"]: d for _, _, d in graph.edges(data=True)}
    assert edges["member-of"]["basis"] == "explicit"
    assert edges["member-of"]["confidence"] == pytest.approx(1 - 0.05 * 0.05, abs=1e-3)  # two documents
    assert edges["holds-office"]["basis"] == "context"
    assert edges["holds-office"]["confidence"] == 0.4
    kept = graph_from_extractions(extractions, precisions=table, min_confidence=0.5)
    assert [d["relation"] for _, _, d in kept.edges(data=True)] == ["member-of"]
    assert set(kept.nodes) == set(graph.nodes)  # the office's holder stays an entity


def test_an_edge_stated_once_outright_is_explicit():
    extractions = [_extraction("a.txt", [("person:kaja kallas", "holds-office", "state:estonia", "setting", 20, "context"),
                                         ("person:kaja kallas", "holds-office", "state:estonia", "title", 40, "explicit")])]
    (_, _, data), = graph_from_extractions(extractions).edges(data=True)
    assert data["basis"] == "explicit"


# --- the generator ------------------------------------------------------------------------------------


def test_leave_one_out_scores_each_set_with_the_other_sets_table():
    items = many(30, "a", "member-of", "correct", "r") + many(30, "b", "member-of", "wrong", "r")
    predictions = leave_one_out(items, strength=1, sentence=0.0, document=0.0)
    # set a's edges are scored by set b's table, which saw only wrong edges, and the other way round
    assert all(p < 0.1 for p in predictions[:30]) and all(p > 0.9 for p in predictions[30:])


def test_fit_chooses_parameters_that_are_calibrated_on_a_small_gold_fixture():
    sets = "abcdef"
    items = []
    for i, name in enumerate(sets):
        items += many(20, name, "member-of", "correct", "firm")
        items += many(6, name, "affiliated-with", "correct", "loose") + many(4, name, "affiliated-with", "wrong", "loose")
        items += many(3, name, "holds-office", "correct", "setting", basis="context")
        items += many(1 + i % 2, name, "holds-office", "wrong", "setting", basis="context")
    chosen = fit(items, strengths=(1, 5, 20), exponents=(0.0, 1.0), clusterings=(0.0, 1.0))
    assert chosen.calibrated
    assert len(chosen.predictions) == len(items)
    assert 0 < chosen.log_loss < math.log(2)
    table = precision_table(items, strength=chosen.strength, sentence=chosen.sentence, document=chosen.document,
                            clustering=chosen.clustering)
    assert table.of("firm", "member-of") > 0.95
    assert 0.5 < table.of("loose", "affiliated-with") < 0.7
    assert table.of("setting", "holds-office", "context") < 0.75


SET_A = {
    "a1.txt": "Estonia joined NATO in 2004. Estonian Prime Minister Kristen Michal visited Tallinn harbour on Monday.",
    "a2.txt": "Latvia joined NATO in 2004, officials recalled. Latvian Foreign Minister Baiba Braze spoke in Riga.",
}
SET_B = {
    "b1.txt": "Lithuania joined NATO in 2004. Lithuanian President Gitanas Nauseda opened the new bridge on Friday.",
    "b2.txt": "Slovenia joined NATO in 2004, the ministry said. Slovenian Prime Minister Robert Golob met farmers.",
}


def _gold(members, officials):
    ids = lambda name: name.lower().replace(" ", "_")  # noqa: E731
    states = {s for s, _ in members} | {s for _, s in officials}
    return {
        "entities": [{"id": ids(s), "type": "state", "aliases": [s]} for s in sorted(states)]
        + [{"id": "nato", "type": "organisation", "aliases": ["NATO"]}]
        + [{"id": ids(p), "type": "person", "aliases": [p]} for p, _ in officials],
        # the offices are left out on purpose: this gold counts them wrong
        "relations": [{"source": ids(s), "relation": "member-of", "target": "nato", "tier": 1} for s, _ in members],
    }


@pytest.mark.model
def test_the_generator_on_a_small_gold_fixture(extractor, tmp_path):
    """Two article sets written for this test, with golds that accept every membership and no
    office: the generator must find the membership rule right and the office rule wrong, and
    the table it writes must read back."""
    import calibrate
    from kg.model import Document

    items, gold = [], {}
    for name, texts, members, officials in (
        ("set-a", SET_A, [("Estonia", 0), ("Latvia", 0)], [("Kristen Michal", "Estonia"), ("Baiba Braze", "Latvia")]),
        ("set-b", SET_B, [("Lithuania", 0), ("Slovenia", 0)], [("Gitanas Nauseda", "Lithuania"), ("Robert Golob", "Slovenia")]),
    ):
        documents = [Document(doc_id, text) for doc_id, text in texts.items()]
        found, tiers = observations(name, list(extractor.extractions(documents)), _gold(members, officials))
        items += found
        gold[name] = tiers
    verdicts = {(o.relation, o.verdict) for o in items}
    assert ("member-of", "correct") in verdicts and ("holds-office", "wrong") in verdicts
    chosen = fit(items, strengths=(1, 5), exponents=(0.0, 1.0), clusterings=(0.0,))
    data = calibrate.table_json(items, chosen, {"set-a": "set-a", "set-b": "set-b"}, [])
    path = tmp_path / "rule_precision.json"
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    table = RulePrecisions.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert data["judged_edges"] == {"set-a": 4, "set-b": 4}
    member_rules = {s.rule for o in items if o.relation == "member-of" for s in o.supports}
    office_rules = {s.rule for o in items if o.relation == "holds-office" for s in o.supports}
    assert min(table.of(r, "member-of") for r in member_rules) > 0.8
    assert max(table.of(r, "holds-office") for r in office_rules) < 0.5
    assert data["precision"]["explicit|member-of"]["correct"] == 4


def test_first_contact_edges_read_back_as_observations_of_their_pages(tmp_path):
    """The calibration reads the committed first-contact edges: one set per page, each batch its
    group, the supports as written, and the page's gold relations for recall."""
    import calibrate

    rows = [
        {"page": "b9_16_newsdrum_g20_leaders_arrive_delhi", "batch": "b9", "commit": "abc", "relation": "member-of",
         "source": "india", "target": "g20", "verdict": "correct",
         "supports": [{"rule": "organisation-composition", "basis": "explicit", "document": "d", "start": 10}]},
        {"page": "b9_16_newsdrum_g20_leaders_arrive_delhi", "batch": "b9", "commit": "abc", "relation": "holds-office",
         "source": "meloni", "target": "g20", "verdict": "wrong",
         "supports": [{"rule": "office-in-article-state", "basis": "context", "document": "d", "start": 40}]},
        {"page": "b1_01_ecowas_monrovia_2017", "batch": "b1", "commit": "old", "relation": "member-of",
         "source": "ghana", "target": "ecowas", "verdict": "wrong", "supports": []},
    ]
    path = tmp_path / "first_contact.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items, gold, groups = calibrate.first_contact(path, batches=("b9",))
    assert groups == {"b9_16_newsdrum_g20_leaders_arrive_delhi": "b9"}  # b1 is not a calibration batch here
    assert [(o.relation, o.verdict) for o in items] == [("member-of", "correct"), ("holds-office", "wrong")]
    assert items[1].supports[0].basis == "context" and items[1].supports[0].rule == "office-in-article-state"
    assert gold["b9_16_newsdrum_g20_leaders_arrive_delhi"][("india", "member-of", "g20")] == 1


def test_the_default_threshold_is_below_every_rule_family_so_it_drops_nothing_kg_read():
    from importlib import resources

    from kg.confidence import DEFAULT_MIN_CONFIDENCE

    table = json.loads((resources.files("kg") / "data" / "rule_precision.json").read_text(encoding="utf-8"))
    lowest = min(entry["precision"] for entry in table["precision"].values())
    assert DEFAULT_MIN_CONFIDENCE <= lowest, f"the default {DEFAULT_MIN_CONFIDENCE} drops families at {lowest}"
