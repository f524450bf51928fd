"""A user's alias file: merge, keep apart, ignore; bad lines are named."""

from __future__ import annotations

import pytest

from kg.gazetteer import DataFileError, Gazetteer, apply_alias_file, load_gazetteer


def test_merge_adds_aliases_to_a_known_entity(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"name": "NATO", "type": "organisation", "aliases": ["the Atlantic alliance"]}\n')
    gaz = load_gazetteer(extra_aliases=path)
    assert "the Atlantic alliance" in gaz.entries["org:nato"].aliases
    assert "the Atlantic alliance" not in load_gazetteer().entries["org:nato"].aliases  # shipped data untouched


def test_new_person_and_distinct_names_become_entries(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"name": "Vladimir Putin", "type": "person", "aliases": ["V. Putin"]}\n'
                    '{"distinct": ["Smith", "Julianne Smith"], "type": "person"}\n{"ignore": "Sputnik"}\n')
    gaz = Gazetteer()
    apply_alias_file(gaz, path)
    assert gaz.entries["person:vladimir putin"].aliases == ("V. Putin",)
    assert {"person:smith", "person:julianne smith"} <= gaz.entries.keys()
    assert "sputnik" in gaz.ignored


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"name": "X", "type": "city"}', r"line 1: type must be one of"),
        ('{"distinct": "X", "type": "person"}', r"line 1: 'distinct' takes a list"),
        ('{"something": 1}', r"line 1: expected one of the fields"),
        ("{broken", r"line 1: not valid JSON"),
    ],
)
def test_bad_alias_lines_are_named(tmp_path, line, message):
    path = tmp_path / "a.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(DataFileError, match=message):
        apply_alias_file(Gazetteer(), path)
