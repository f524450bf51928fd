"""A passive's "by" the parser left without its object gets the name after it (kg/nlp.py,
``agent_objects``): hand-built parses for the repair, then the real model end to end. Sentences
written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conftest import assert_sentence
from kg.nlp import agent_objects


def _doc(rows):
    words, heads, deps, tags = zip(*rows)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


# "A Kenyan delegation led by Speaker Ana Toa arrived .": the parser hung the name on "arrived"
LOOSE_NAME = [
    ("A", 2, "det", "DT"), ("Kenyan", 2, "amod", "JJ"), ("delegation", 8, "nsubj", "NN"), ("led", 2, "acl", "VBN"),
    ("by", 3, "agent", "IN"), ("Speaker", 6, "compound", "NNP"), ("Ana", 8, "npadvmod", "NNP"), ("Toa", 8, "nsubj", "NNP"),
    ("arrived", 8, "ROOT", "VBD"), (".", 8, "punct", "."),
]


def test_the_name_after_a_bare_by_becomes_its_object():
    doc = agent_objects(_doc(LOOSE_NAME))
    assert doc[7].head.i == 4 and doc[7].dep_ == "pobj"
    assert doc[6].head.i == 7 and doc[6].dep_ == "compound"
    assert doc[2].dep_ == "nsubj" and doc[2].head.i == 8  # the rest of the parse stands


def test_a_by_that_has_its_object_is_left_alone():
    rows = [("Talks", 1, "nsubjpass", "NNS"), ("were", 2, "auxpass", "VBD"), ("chaired", 2, "ROOT", "VBN"), ("by", 2, "agent", "IN"),
            ("Toa", 3, "pobj", "NNP"), (".", 2, "punct", ".")]
    doc = agent_objects(_doc(rows))
    assert doc[4].head.i == 3 and doc[4].dep_ == "pobj"


def test_a_by_before_no_name_is_left_alone():
    rows = [("Talks", 2, "nsubjpass", "NNS"), ("were", 2, "auxpass", "VBD"), ("chaired", 2, "ROOT", "VBN"), ("by", 2, "agent", "IN"),
            ("someone", 2, "dobj", "NN"), (".", 2, "punct", ".")]
    doc = agent_objects(_doc(rows))
    assert doc[4].head.i == 2 and doc[4].dep_ == "dobj"


@pytest.mark.model
def test_a_delegation_led_by_a_titled_name_the_parser_left_loose(extractor):
    assert_sentence(extractor, "A Russian delegation led by Speaker Vyacheslav Volodin arrived.",
                    {("person:vyacheslav volodin", "leads-delegation", "state:russia")}, set())
