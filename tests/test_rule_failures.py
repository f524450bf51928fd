"""A rule that raises on one document costs its own relations there, not the build: the other
rules' relations are kept and the failure is reported as one line naming the document and the
rule (kg.relations.RuleFailed). The test configuration turns RuleFailed into an error, so these
tests catch it explicitly."""

from __future__ import annotations

import warnings

import pytest
from typer.testing import CliRunner

from kg.model import Document
from kg.relations import RULES, RelationExtractor, RuleFailed


def broken_rule(ctx):
    raise IndexError("list index out of range")


TEXT = "Ghana is a member of ECOWAS. Senegal joined the African Union in 1963."


def _triples(extraction):
    return {(r.source, r.relation, r.target) for r in extraction.relations}


def test_a_failing_rule_leaves_the_other_rules_relations(extractor):
    (whole,) = extractor.extractions([Document(id="t.txt", text=TEXT)])
    assert ("state:ghana", "member-of", "org:ecowas") in _triples(whole)
    saved = extractor.relations.rules
    extractor.relations.rules = (broken_rule, *saved)
    try:
        with pytest.warns(RuleFailed, match=r"t\.txt: the rule broken_rule failed \(IndexError"):
            (partial,) = extractor.extractions([Document(id="t.txt", text=TEXT)])
    finally:
        extractor.relations.rules = saved
    assert _triples(partial) == _triples(whole)


def test_the_cli_reports_a_failing_rule_in_one_line_and_writes_the_graph(tmp_path, monkeypatch):
    from kg import cli

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    original = RelationExtractor.__init__

    def with_broken_rule(self, vocab, gaz, patterns, *, rules=RULES):
        original(self, vocab, gaz, patterns, rules=(broken_rule, *rules))

    monkeypatch.setattr(RelationExtractor, "__init__", with_broken_rule)
    import kg.runners

    monkeypatch.setattr(kg.runners, "_LOADED", {})  # not an extractor an earlier test loaded: one built with the broken rule
    with warnings.catch_warnings():
        warnings.simplefilter("default", RuleFailed)
        result = CliRunner().invoke(cli.app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache",
                                              "--format", "graphml"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "broken_rule" in line]
    assert lines == ["kg: warning: a.txt: the rule broken_rule failed (IndexError: list index out of range); "
                     "its relations in this document are left out (please report it)"], result.stderr
    assert (tmp_path / "out" / "graph.graphml").is_file()
    assert "ECOWAS" in (tmp_path / "out" / "graph.graphml").read_text(encoding="utf-8")
