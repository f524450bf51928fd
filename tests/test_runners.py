"""The extractor's spec: what it takes to build the same Extractor elsewhere, and what it leaves."""

from __future__ import annotations

import tempfile

import pytest

from kg.runners import ExtractorSpec

ALIASES = b'{"name": "Vladimir Putin", "type": "person", "aliases": ["V. V. Putin"]}\n'
PATTERNS = (
    b'{"id": "withdrew-from", "relation": "party-to", "modality": "full", "pattern": ['
    b'{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "ratify"}}, '
    b'{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}, '
    b'{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "target", "RIGHT_ATTRS": {"DEP": "dobj"}}]}\n'
)


@pytest.mark.model
def test_loading_a_spec_with_user_files_leaves_no_folder_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the spec's folder would be made
    spec = ExtractorSpec(aliases=ALIASES, patterns=PATTERNS)
    extractor = spec.extractor()
    assert list(tmp_path.iterdir()) == []
    # and the files were read before the folder went
    assert "V. V. Putin" in extractor.gazetteer.entries["person:vladimir putin"].aliases
    assert "withdrew-from" in extractor.relations.matcher


@pytest.mark.model
def test_a_spec_whose_files_do_not_load_leaves_no_folder_either(tmp_path, monkeypatch):
    from kg.gazetteer import DataFileError

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(DataFileError, match="line 1"):
        ExtractorSpec(aliases=b"{not json\n").extractor()
    assert list(tmp_path.iterdir()) == []
