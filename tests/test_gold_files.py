"""The gold files agree with kg's schema, and each make_gold.py still writes its gold file to the byte.

The article-set floors (test_article_sets.py) score kg against these files: a gold relation kg's
schema cannot express is a fact kg can never find, and an id clash silently credits the wrong node.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

import goldbuilder
from goldbuilder import L, O, P, S, GoldBuilder, GoldError, check, validate

TESTS = Path(__file__).resolve().parent
GOLD_FILES = sorted(TESTS.glob("*/*.gold.json")) + [TESTS / "seeds.gold.json"]
SCRIPTS = sorted(TESTS.glob("*/make_gold.py"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_article_set_has_a_gold_file_and_a_script():
    sets = {p.parent.name for p in TESTS.glob("*/*.gold.json")}
    assert len(sets) >= 9
    assert sets == {p.parent.name for p in SCRIPTS}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_passes_the_schema_validation(path):
    assert validate(_load(path)) == []


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.parent.name)
def test_make_gold_writes_the_committed_file_byte_for_byte(script, tmp_path, monkeypatch, capsys):
    out = tmp_path / f"{script.parent.name}.gold.json"
    monkeypatch.setattr(GoldBuilder, "path", property(lambda self: str(out)))
    runpy.run_path(str(script), run_name="__main__")
    assert out.read_bytes() == (script.parent / f"{script.parent.name}.gold.json").read_bytes()


# ---- the builder


def _builder(tmp_path) -> GoldBuilder:
    (tmp_path / "toy" / "articles").mkdir(parents=True)
    (tmp_path / "toy" / "articles" / "01.txt").write_text("Quebec is a member of the Francophonie.\n", encoding="utf-8")
    g = GoldBuilder(str(tmp_path / "toy" / "make_gold.py"))
    g.e("canada", S, "Canada")
    g.e("quebec", L, "Quebec")
    g.e("oif", O, "International Organisation of La Francophonie", "Francophonie")
    g.e("legault", P, "Francois Legault", "Legault")
    g.al("ottawa", "Ottawa")
    g.fb("credit_ap", "AP")
    return g


def test_validation_rejects_a_relation_whose_source_type_is_not_allowed(tmp_path):
    # blind/make_gold.py had 'Quebec member-of OIF': a province is a place, and kg's schema only
    # lets a state or an organisation be a member
    g = _builder(tmp_path)
    g.r("canada", "member-of", "oif")
    g.r("quebec", "member-of", "oif")
    with pytest.raises(GoldError) as error:
        g.write(about="toy", notes=[])
    assert error.value.problems == [
        "gold quebec -member-of-> oif: source 'quebec' is of type place; the schema allows organisation or state as the source of member-of"
    ]
    assert "quebec -member-of-> oif" in str(error.value)
    assert not Path(g.path).exists(), "nothing is written when the gold is unsound"


def test_validation_lists_every_problem_at_once(tmp_path):
    g = _builder(tmp_path)
    g.e("canada", S, "Canada")  # a second entity with the same id
    g.r("legault", "holds-office", "quebec")  # a place cannot hold an office
    g.r("legault", "premier-of", "canada")  # not a relation type
    g.r("legault", "holds-office", "ottawa")  # gold needs a typed entity
    g.ok("nobody", "holds-office", "canada")  # unknown id
    g.ok("credit_ap", "affiliated-with", "oif")  # debris
    g.ok("oif", "member-of", "oif")  # itself
    problems = validate(g.build(about="toy", notes=[]))
    assert len(problems) == 7, problems
    for needle in ("'canada' is listed twice", "'quebec' is of type place", "'premier-of' is not in the schema",
                   "'ottawa' is an allowed name with no type", "'nobody' is not a known id", "'credit_ap' is a forbidden name",
                   "joins an id to itself"):
        assert any(needle in p for p in problems), needle


def test_acceptable_relations_may_end_at_allowed_names_but_their_typed_end_is_checked(tmp_path):
    g = _builder(tmp_path)
    g.ok("legault", "holds-office", "ottawa")  # allowed, untyped: only legault (a person) is checked
    assert validate(g.build(about="toy", notes=[])) == []
    g.ok("oif", "part-of", "ottawa")  # an organisation is never the source of part-of
    assert [p for p in validate(g.build(about="toy", notes=[])) if "oif -part-of-> ottawa" in p]


def test_tiers_follow_the_relation_type_and_a_fact_stated_twice_is_listed_once(tmp_path):
    g = _builder(tmp_path)
    g.ok("canada", "member-of", "oif")  # acceptable in one article ...
    g.stretch("legault", "holds-office", "canada")
    g.r("canada", "member-of", "oif")  # ... gold in another
    g.r("legault", "holds-office", "canada")  # stated again, plainly: the lower tier wins, the place stays
    g.r("canada", "member-of", "oif")
    g.ok("legault", "affiliated-with", "oif")
    g.ok("legault", "affiliated-with", "oif")
    gold = g.write(about="toy", notes=["a note"])
    assert gold["relations"] == [
        {"tier": 2, "source": "legault", "relation": "holds-office", "target": "canada"},
        {"tier": 1, "source": "canada", "relation": "member-of", "target": "oif"},
    ]
    assert gold["acceptable_relations"] == [{"source": "legault", "relation": "affiliated-with", "target": "oif"}]
    assert gold["documents"] == ["01.txt"]
    text = Path(g.path).read_text(encoding="utf-8")
    assert text == json.dumps(gold, indent=1, ensure_ascii=False) and list(gold) == [
        "about", "documents", "entities", "allowed", "forbidden", "relations", "acceptable_relations", "notes"]


def test_a_wrong_tier_in_a_hand_written_file_is_reported():
    gold = {"entities": [{"id": "a", "type": P, "aliases": ["A"]}, {"id": "b", "type": S, "aliases": ["B"]}],
            "relations": [{"tier": 1, "source": "a", "relation": "holds-office", "target": "b"}]}
    with pytest.raises(GoldError, match="tier 1, expected 2"):
        check(gold)


def test_the_builder_reads_kg_schema():
    schema = goldbuilder.load_schema()
    assert schema["member-of"] == (frozenset({S, O}), frozenset({O}))
    assert set(schema) >= goldbuilder.TIER1
