"""part-of (kg/relations/territories.py): a territory and the state it belongs to, by a possessive
("Moldova's Transnistria region"), a territory noun in apposition ("Abkhazia, a breakaway region
of Georgia,") or in the name ("the Donetsk region of Ukraine"). A place that only modifies what
is possessed ("Russia's Black Sea Fleet") is not the state's territory.

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. Annexations are clause patterns (test_relations_clauses.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse
from kg.resolve import resolve_mentions

# (word, head, dep, tag, pos, lemma)
POSSESSED_REGION = [
    ("Moldova", 3, "poss", "NNP", "PROPN", "Moldova"),
    ("'s", 0, "case", "POS", "PART", "'s"),
    ("Transnistria", 3, "compound", "NNP", "PROPN", "Transnistria"),
    ("region", 4, "nsubj", "NN", "NOUN", "region"),
    ("is", 4, "ROOT", "VBZ", "AUX", "be"),
    ("tense", 4, "acomp", "JJ", "ADJ", "tense"),
    (".", 4, "punct", ".", "PUNCT", "."),
]
POSSESSED_FLEET = [
    ("Russia", 4, "poss", "NNP", "PROPN", "Russia"),
    ("'s", 0, "case", "POS", "PART", "'s"),
    ("Black", 4, "compound", "NNP", "PROPN", "Black"),
    ("Sea", 4, "compound", "NNP", "PROPN", "Sea"),
    ("Fleet", 5, "nsubj", "NNP", "PROPN", "Fleet"),
    ("sailed", 5, "ROOT", "VBD", "VERB", "sail"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (POSSESSED_REGION, [(0, 1, "GPE", "state:moldova"), (2, 3, "LOC", "place:transnistria")],
         {("place:transnistria", "part-of", "state:moldova")}),
        # the sea names the fleet: a place that only modifies what is possessed
        (POSSESSED_FLEET, [(0, 1, "GPE", "state:russia"), (2, 4, "LOC", "place:black-sea")], set()),
    ],
    ids=["Moldova's Transnistria region", "Russia's Black Sea Fleet"],
)
def test_a_possessed_territory(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "possessive-territory" for r in relations)


REGION_OF_GEORGIA = [
    ("Abkhazia", 8, "nsubj", "NNP", "PROPN", "Abkhazia"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("{adjective}", 4, "amod", "JJ", "ADJ", "{adjective}"),
    ("region", 0, "appos", "NN", "NOUN", "region"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("Georgia", 5, "pobj", "NNP", "PROPN", "Georgia"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("held", 8, "ROOT", "VBD", "VERB", "hold"),
    ("a", 10, "det", "DT", "DET", "a"),
    ("vote", 8, "dobj", "NN", "NOUN", "vote"),
    (".", 8, "punct", ".", "PUNCT", "."),
]
REGION_OF_THE_CAUCASUS = [
    ("Abkhazia", 9, "nsubj", "NNP", "PROPN", "Abkhazia"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("breakaway", 4, "amod", "JJ", "ADJ", "breakaway"),
    ("region", 0, "appos", "NN", "NOUN", "region"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("the", 7, "det", "DT", "DET", "the"),
    ("Caucasus", 5, "pobj", "NNP", "PROPN", "Caucasus"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("held", 9, "ROOT", "VBD", "VERB", "hold"),
    ("a", 11, "det", "DT", "DET", "a"),
    ("vote", 9, "dobj", "NN", "NOUN", "vote"),
    (".", 9, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        ([tuple("breakaway" if x == "{adjective}" else x for x in r) for r in REGION_OF_GEORGIA],
         [(0, 1, "LOC", "place:abkhazia"), (6, 7, "GPE", "state:georgia")], {("place:abkhazia", "part-of", "state:georgia")}),
        # a former region is no longer one
        ([tuple("former" if x == "{adjective}" else x for x in r) for r in REGION_OF_GEORGIA],
         [(0, 1, "LOC", "place:abkhazia"), (6, 7, "GPE", "state:georgia")], set()),
        # a region of a region, not of a state
        (REGION_OF_THE_CAUCASUS, [(0, 1, "LOC", "place:abkhazia"), (7, 8, "LOC", "place:caucasus")], set()),
    ],
    ids=["a breakaway region of Georgia", "a former region of Georgia", "a breakaway region of the Caucasus"],
)
def test_a_territory_noun_in_apposition(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "territory-apposition" for r in relations)


# "the Donetsk region of Ukraine": the territory noun is part of the place's name
REGION_OF = [
    ("{subject}", 1, "nsubj", "NN", "NOUN", "{subject}"),
    ("hit", 1, "ROOT", "VBD", "VERB", "hit"),
    ("the", 4, "det", "DT", "DET", "the"),
    ("{place}", 4, "compound", "NNP", "PROPN", "{place}"),
    ("region", 1, "dobj", "NN", "NOUN", "region"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("{owner}", 5, "pobj", "NNP", "PROPN", "{owner}"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "subject, place, place_id, owner, owner_label, owner_id, expected",
    [
        ("Shelling", "Donetsk", "place:donetsk", "Ukraine", "GPE", "state:ukraine", {("place:donetsk", "part-of", "state:ukraine")}),
        ("Drought", "Sahel", "place:sahel", "Africa", "LOC", "place:africa", set()),  # a continent is no state
    ],
)
def test_a_region_of_a_state(blank_vocab, rules, gazetteer, subject, place, place_id, owner, owner_label, owner_id, expected):
    fill = {"{subject}": subject, "{place}": place, "{owner}": owner}
    rows = [tuple(fill.get(x, x) for x in row) for row in REGION_OF]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 5, "LOC", place_id), (6, 7, owner_label, owner_id)])
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "territory-of-state" for r in relations)



# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # "its Tigray region": the one state named before "its" in its sentence (else in the one before);
    # none when two are named, nor without a territory's head word
    ("Kenya and Somalia met in Djibouti.\nTurning to Ethiopia, the envoy asked for aid to civilians displaced by fighting in its Tigray region.",
     {("place:tigray", "part-of", "state:ethiopia")}, {("place:tigray", "part-of", "state:kenya")}),
    ("Kenya and Ethiopia discussed the crisis in its Tigray region.", set(), {("place:tigray", "part-of", "state:ethiopia")}),
    # a city, then the unit it is in: "Sanya, Hainan province,"; not a city, then its state, nor a unit without its head word
    ("Premier Li Keqiang spoke at the meeting in Sanya, Hainan province, on Wednesday.",
     {("place:sanya", "part-of", "place:hainan")}, set()),
    ("Leaders met in Sochi, Krasnodar region, on Monday.", {("place:sochi", "part-of", "place:krasnodar")}, set()),
    ("Leaders met in Sochi, Krasnodar, on Monday.", set(), {("place:sochi", "part-of", "place:krasnodar")}),

    ("Leaders met in the Argentine northeastern province of Mendoza.", {("place:mendoza", "part-of", "state:argentina")}, set()),
    ("Leaders visited the Indian states of Kerala and Goa.",
     {("place:kerala", "part-of", "state:india"), ("place:goa", "part-of", "state:india")}, set()),
    ("Leaders met the Argentine governor of Mendoza.", set(), {("place:mendoza", "part-of", "state:argentina")}),
    ("Ministers met in the Saudi city of Jeddah.", set(), {("place:jeddah", "part-of", "state:saudi-arabia")}),  # a city only locates
    # a possessive over a list of territories; a territory noun in apposition
    ("Russia annexed Ukraine's Donetsk, Luhansk and Kherson regions in 2022.",
     {("place:luhansk", "part-of", "state:ukraine"), ("place:kherson", "part-of", "state:ukraine"), ("state:russia", "annexed", "place:kherson")}, set()),
    ("Transnistria, a breakaway region of Moldova, is tense.", {("place:transnistria", "part-of", "state:moldova")}, set()),
    ("Transnistria, a former region of Moldova, is tense.", set(), {("place:transnistria", "part-of", "state:moldova")}),
    # a name that is no territory
    ("India would not endorse China's Belt and Road Initiative.", set(), {("place:belt and road initiative", "part-of", "state:china")}),
    # "Russia's Black Sea Fleet": the sea names the fleet, it is not Russia's territory
    ("Ukraine struck naval targets in Sevastopol, home to Russia's Black Sea Fleet.",
     set(), {("place:black-sea", "part-of", "state:russia")}),
    # a place that only modifies what is possessed
    ("The gap lies between Belarus and Russia's Baltic exclave of Kaliningrad.", set(), {("place:baltic", "part-of", "state:russia")}),
    ("Khalid Mehmood Shah, Pakistan's Indus commissioner, told the court.", set(), {("place:indus", "part-of", "state:pakistan")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_a_place_incorporated_into_a_state_is_part_of_it(extractor):
    assert_sentence(extractor, "Crimea was incorporated into the Russian Empire in 1783.",
                    {("place:crimea", "part-of", "state:russia")}, set())
    assert_sentence(extractor, "Crimea was not incorporated into Russia.", set(), {("place:crimea", "part-of", "state:russia")})
    assert_sentence(extractor, "The proposal was incorporated into the treaty by Russia.", set(), set())


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a ruler's annexation is the state's, when the sentence names the ruler's office
    ("Bulgarian Tsar Boris Petrov annexed Macedonia in 1941.", {("state:bulgaria", "annexed", "state:north-macedonia")}, set()),
    ("Somali President Ahmed Warsame ended the union by annexing Crimea as a region.",
     {("state:somalia", "annexed", "place:crimea")}, set()),
    # not a minister's words, a threat, a denial, or an annexation with no ruler as its subject
    ("Somali Foreign Minister Ahmed Warsame annexed Crimea, his critics joked.", set(), {("state:somalia", "annexed", "place:crimea")}),
    ("Somali President Ahmed Warsame threatened to annex Crimea.", set(), {("state:somalia", "annexed", "place:crimea")}),
    ("Somali President Ahmed Warsame denied that he had annexed Crimea.", set(), {("state:somalia", "annexed", "place:crimea")}),
])
def test_a_ruler_annexes_for_the_state_of_the_office(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a state's possessive before "city/town/port of X" places X in it
    ("The summit was held in Kenya's coastal city of Mombasa.", {("place:mombasa", "part-of", "state:kenya")}, set()),
    # a nationality before it only locates the meeting: no part-of
    ("The ministers met in the Kenyan city of Mombasa.", set(), {("place:mombasa", "part-of", "state:kenya")}),
])
def test_a_city_of_a_state_by_its_possessive(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
