"""kg/data/lexicon.json: every word list is read by a rule or a pattern, and "@name" references work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.gazetteer import DataFileError
from kg.relations import load_patterns

KG = Path(__file__).resolve().parent.parent / "kg"


def test_every_word_list_is_read_somewhere():
    lexicon = json.loads((KG / "data" / "lexicon.json").read_text(encoding="utf-8"))
    code = "\n".join(p.read_text(encoding="utf-8") for p in KG.rglob("*.py"))
    patterns = (KG / "data" / "patterns.jsonl").read_text(encoding="utf-8")
    unread = [name for name in lexicon if name != "about"
              and f'"{name}"' not in code and f'"@{name}"' not in patterns]
    assert unread == []


def test_a_pattern_names_a_word_list_with_an_at_sign(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "x", "relation": "leads-delegation", "pattern": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": "@lead_verbs"}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "target", "RIGHT_ATTRS": {"DEP": "dobj"}}]}) + "\n")
    (pattern,) = load_patterns(path, lexicon={"lead_verbs": ["lead", "head"]})
    assert pattern.pattern[0]["RIGHT_ATTRS"]["LEMMA"]["IN"] == ["lead", "head"]


def test_an_unknown_word_list_is_an_error_naming_the_file_and_line(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text("\n" + json.dumps({"id": "x", "relation": "leads-delegation", "pattern": [
        {"RIGHT_ID": "source", "RIGHT_ATTRS": {"LEMMA": {"IN": "@no_such_list"}}},
        {"LEFT_ID": "source", "REL_OP": ">", "RIGHT_ID": "target", "RIGHT_ATTRS": {"DEP": "dobj"}}]}) + "\n")
    with pytest.raises(DataFileError, match=r"p\.jsonl: line 2: '@no_such_list' names no word list"):
        load_patterns(path)
