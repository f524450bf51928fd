"""Offices from titles (kg/relations/offices.py, kg/relations/titles.py): holds-office,
ambassador-to and spokesperson-for. A title before a name ("Estonian defence minister Kalle
Laanet", "Brazil's U.N. ambassador Marta Reis"), a title in apposition ("Lena Berg, the Swedish
ambassador to the UN,"), and a title with its object before the name ("Sweden's ambassador to
the UN, Lena Berg,").

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. A job at a non-governmental institution is affiliated-with (test_relations_affiliations.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, triples
from kg.resolve import resolve_mentions

# (word, head, dep, tag, pos, lemma)
TITLED = [
    ("{owner}", 2, "amod", "JJ", "ADJ", "x"),
    ("{title}", 2, "compound", "NN", "NOUN", "x"),
    ("{head}", 4, "compound", "NN", "NOUN", "x"),
    ("Kalle", 4, "compound", "NNP", "PROPN", "Kalle"),
    ("Laanet", 5, "nsubj", "NNP", "PROPN", "Laanet"),
    ("spoke", 5, "ROOT", "VBD", "VERB", "speak"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "owner, title, head, expected",
    [
        ("Estonian", "defence", "minister", {("person:kalle laanet", "holds-office", "state:estonia")}),
        ("Estonian", "defense", "minister", {("person:kalle laanet", "holds-office", "state:estonia")}),
        ("Estonian", "government", "spokesman", {("person:kalle laanet", "spokesperson-for", "state:estonia")}),
        ("former", "defence", "minister", set()),  # a former office is not held
        ("Estonian", "opposition", "leader", set()),  # "opposition" is no office of the state
    ],
)
def test_title_before_a_name(blank_vocab, rules, gazetteer, owner, title, head, expected):
    rows = [tuple(owner if x == "{owner}" else title if x == "{title}" else head if x == "{head}" else x for x in r) for r in TITLED]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 5, "PERSON", None)])
    assert triples(rules, doc, gazetteer) == expected


def test_role_is_recorded_in_one_spelling(blank_vocab, rules, gazetteer):
    rows = [tuple("Estonian" if x == "{owner}" else "defense" if x == "{title}" else "minister" if x == "{head}" else x for x in r) for r in TITLED]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 5, "PERSON", None)])
    (relation,) = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert relation.role == "defence minister"


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # "Its U.N. ambassador": posted to the UN by the state just named, not a UN office
    ("Algeria abstained. Its U.N. ambassador, Amar Bendjama, told the council it would not lend legitimacy.",
     {("person:amar bendjama", "ambassador-to", "org:united-nations"), ("person:amar bendjama", "holds-office", "state:algeria")},
     {("person:amar bendjama", "holds-office", "org:united-nations")}),
    # a title before the name, in apposition, or with its object before the name
    ("An AES delegation headed by Burkina Faso's foreign minister, Karamoko Traore, met officials in Abuja.",
     {("person:karamoko traore", "holds-office", "state:burkina-faso")}, set()),
    ("Russia's U.N. ambassador Vassily Nebenzia said the vote was illegal.",
     {("person:vassily nebenzia", "ambassador-to", "org:united-nations"), ("person:vassily nebenzia", "holds-office", "state:russia")}, set()),
    ("Vassily Nebenzia, Russia's U.N. ambassador, accused Western members of bias.",
     {("person:vassily nebenzia", "ambassador-to", "org:united-nations"), ("person:vassily nebenzia", "holds-office", "state:russia")}, set()),
    ("U.N. Secretary-General Antonio Guterres was disappointed, his spokesman Stephane Dujarric said.",
     {("person:stephane dujarric", "spokesperson-for", "person:antonio guterres")}, set()),
    ("Moussa Faki Mahamat, chairperson of the African Union Commission, urged calm.",
     {("person:moussa faki mahamat", "holds-office", "org:african-union-commission")}, set()),
    ("Britain's ambassador to the UN, Barbara Woodward, said the vote was clear.",
     {("person:barbara woodward", "ambassador-to", "org:united-nations"), ("person:barbara woodward", "holds-office", "state:united-kingdom")}, set()),
    ("A spokeswoman for the European Commission, Nabila Massrali, declined to comment.",
     {("person:nabila massrali", "spokesperson-for", "org:european-commission")}, set()),
    ("A former ambassador to the UN, John Bolton, said so.", set(), {("person:john bolton", "ambassador-to", "org:united-nations")}),
    ("Switzerland's U.N. ambassador, Pascale Baeriswyl, told reporters.",
     {("person:pascale baeriswyl", "ambassador-to", "org:united-nations")}, set()),
    ("Bosnian Serb leader Milorad Dodik defied the ruling.", set(), {("person:milorad dodik", "holds-office", "state:serbia")}),
    ("EU envoy Peter Sorensen chaired the meeting.",
     {("person:peter sorensen", "holds-office", "org:european-union")}, {("person:peter sorensen", "ambassador-to", "org:european-union")}),
    ("Maria Zakharova, spokeswoman for the Russian Foreign Ministry, told reporters the court was void.",
     {("person:maria zakharova", "spokesperson-for", "state:russia")}, set()),
    ("Fatemeh Mohajerani, the Iranian government's spokeswoman, said the cabinet would decide.",
     {("person:fatemeh mohajerani", "spokesperson-for", "state:iran")}, set()),
    ("Anitta Hipper, the EU's spokesperson for foreign affairs, said a further round would take place.",
     {("person:anitta hipper", "spokesperson-for", "org:european-union")}, set()),
    # holds-office / spokesperson-for / ambassador-to
    ("Russian President Vladimir Putin met French President Emmanuel Macron.",
     {("person:vladimir putin", "holds-office", "state:russia"), ("person:emmanuel macron", "holds-office", "state:france")}, set()),
    ("Former Russian President Dmitry Medvedev spoke on Tuesday.", set(), {("person:dmitry medvedev", "holds-office", "state:russia")}),
    ("Dmitry Peskov, a spokesman for Russian President Vladimir Putin, said the talks were useful.",
     {("person:dmitry peskov", "spokesperson-for", "person:vladimir putin")}, set()),
    ("Julianne Smith, the US ambassador to NATO, said allies were united.",
     {("person:julianne smith", "ambassador-to", "org:nato")}, set()),
    ("Nokuthula Dube, a spokeswoman for the SADC secretariat, said the panel would report back.",
     {("person:nokuthula dube", "spokesperson-for", "org:sadc")}, set()),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
