"""Delegations owned through "of" and led by a title phrase (hand-built parses, sentences written for the test)."""

from __future__ import annotations

import pytest

from conftest import hand_parse, triples

# "The delegation of Kenya was {neg} led by the Minister of Foreign Affairs Peter Smith ."
ROWS = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("delegation", 6, "nsubjpass", "NN", "NOUN", "delegation"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("Kenya", 2, "pobj", "NNP", "PROPN", "Kenya"),
    ("was", 6, "auxpass", "VBD", "AUX", "be"),
    ("{neg}", 6, "{negdep}", "RB", "PART", "{neg}"),
    ("led", 6, "ROOT", "VBN", "VERB", "lead"),
    ("by", 6, "agent", "IN", "ADP", "by"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("Minister", 7, "pobj", "NNP", "PROPN", "Minister"),
    ("of", 9, "prep", "IN", "ADP", "of"),
    ("Foreign", 12, "compound", "NNP", "PROPN", "Foreign"),
    ("Affairs", 15, "compound", "NNP", "PROPN", "Affairs"),
    ("Peter", 15, "compound", "NNP", "PROPN", "Peter"),
    ("Smith", 10, "pobj", "NNP", "PROPN", "Smith"),
    (".", 6, "punct", ".", "PUNCT", "."),
]
ENTS = [(3, 4, "GPE", "state:kenya"), (13, 15, "PERSON", None)]


def _rows(neg: str):
    rows = [tuple(neg if x == "{neg}" else ("neg" if neg == "not" else "advmod") if x == "{negdep}" else x for x in row)
            for row in ROWS]
    return rows


@pytest.mark.parametrize("neg, expected", [
    ("also", {("person:peter smith", "leads-delegation", "state:kenya"),
              ("person:peter smith", "holds-office", "state:kenya")}),
    ("not", set()),
])
def test_a_delegation_of_a_state_led_by_a_title_phrase_and_its_holder(blank_vocab, rules, gazetteer, neg, expected):
    doc = hand_parse(blank_vocab, _rows(neg), ents=ENTS)
    found = {t for t in triples(rules, doc, gazetteer) if t[1] in ("leads-delegation", "holds-office")}
    assert found == expected


def test_a_delegation_head_whose_title_another_place_owns_takes_no_office_from_the_delegation(blank_vocab, rules, gazetteer):
    # "The Danish delegation was led by Greenland 's Prime Minister Anna Berg ."
    rows = [
        ("The", 2, "det", "DT", "DET", "the"),
        ("Danish", 2, "amod", "JJ", "ADJ", "danish"),
        ("delegation", 4, "nsubjpass", "NN", "NOUN", "delegation"),
        ("was", 4, "auxpass", "VBD", "AUX", "be"),
        ("led", 4, "ROOT", "VBN", "VERB", "lead"),
        ("by", 4, "agent", "IN", "ADP", "by"),
        ("Greenland", 10, "poss", "NNP", "PROPN", "Greenland"),
        ("'s", 6, "case", "POS", "PART", "'s"),
        ("Prime", 9, "compound", "NNP", "PROPN", "Prime"),
        ("Minister", 11, "compound", "NNP", "PROPN", "Minister"),
        ("Anna", 11, "compound", "NNP", "PROPN", "Anna"),
        ("Berg", 5, "pobj", "NNP", "PROPN", "Berg"),
        (".", 4, "punct", ".", "PUNCT", "."),
    ]
    doc = hand_parse(blank_vocab, rows, ents=[(6, 7, "GPE", "place:greenland"), (10, 12, "PERSON", None)])
    found = triples(rules, doc, gazetteer)
    assert ("person:anna berg", "leads-delegation", "state:denmark") in found
    assert ("person:anna berg", "holds-office", "state:denmark") not in found
