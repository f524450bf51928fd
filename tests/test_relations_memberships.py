"""member-of stated in noun phrases, lists and context (kg/relations/memberships.py): "Nato member
Turkey", "Chile and Peru, both members of APEC,", "SADC groups 16 states, including ...", and a
membership whose organisation the text gave a moment before ("Hungary is also a member",
"fellow member Cambodia").

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. "X joined Y" and "X is a member of Y" are clause patterns (test_relations_clauses.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse
from kg.resolve import resolve_mentions


def _members(rules, gazetteer, doc):
    """member-of triples and the rule that found each."""
    return {(r.source, r.relation, r.target, r.evidence.rule) for r in rules.extract(resolve_mentions(doc, gazetteer), "d")
            if r.relation == "member-of"}


# ------------------------------------------------------------------ the organisation, then its members
# (word, head, dep, tag, pos, lemma)
NATO_MEMBER_TURKEY = [
    ("Nato", 1, "compound", "NNP", "PROPN", "Nato"),
    ("member", 2, "compound", "NN", "NOUN", "member"),
    ("Turkey", 3, "nsubj", "NNP", "PROPN", "Turkey"),
    ("objected", 3, "ROOT", "VBD", "VERB", "object"),
    (".", 3, "punct", ".", "PUNCT", "."),
]
A_FORMER_NATO_MEMBER = [
    ("A", 3, "det", "DT", "DET", "a"),
    ("former", 3, "amod", "JJ", "ADJ", "former"),
    ("Nato", 3, "compound", "NNP", "PROPN", "Nato"),
    ("member", 4, "nsubj", "NN", "NOUN", "member"),
    ("objected", 4, "ROOT", "VBD", "VERB", "object"),
    (".", 4, "punct", ".", "PUNCT", "."),
]
FORMER_EU_MEMBER_BRITAIN = [
    ("Former", 2, "amod", "JJ", "ADJ", "former"),
    ("EU", 2, "compound", "NNP", "PROPN", "EU"),
    ("member", 3, "compound", "NN", "NOUN", "member"),
    ("Britain", 4, "nsubj", "NNP", "PROPN", "Britain"),
    ("objected", 4, "ROOT", "VBD", "VERB", "object"),
    (".", 4, "punct", ".", "PUNCT", "."),
]
EU_MEMBER_STATES = [
    ("EU", 2, "compound", "NNP", "PROPN", "EU"),
    ("member", 2, "compound", "NN", "NOUN", "member"),
    ("states", 6, "nsubj", "NNS", "NOUN", "state"),
    ("Hungary", 2, "appos", "NNP", "PROPN", "Hungary"),
    ("and", 3, "cc", "CC", "CCONJ", "and"),
    ("Slovakia", 3, "conj", "NNP", "PROPN", "Slovakia"),
    ("objected", 6, "ROOT", "VBD", "VERB", "object"),
    (".", 6, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (NATO_MEMBER_TURKEY, [(0, 1, "ORG", "org:nato"), (2, 3, "GPE", "state:turkey")], {"state:turkey"}),
        (EU_MEMBER_STATES, [(0, 1, "ORG", "org:european-union"), (3, 4, "GPE", "state:hungary"), (5, 6, "GPE", "state:slovakia")],
         {"state:hungary", "state:slovakia"}),
        (A_FORMER_NATO_MEMBER, [(2, 3, "ORG", "org:nato")], set()),
        (FORMER_EU_MEMBER_BRITAIN, [(1, 2, "ORG", "org:european-union"), (3, 4, "GPE", "state:united-kingdom")], set()),
    ],
    ids=["Nato member Turkey", "EU member states Hungary and Slovakia", "a former Nato member", "Former EU member Britain"],
)
def test_the_organisation_then_its_members(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    org = next(e[3] for e in ents if e[3].startswith("org:"))
    assert _members(rules, gazetteer, doc) == {(s, "member-of", org, "organisation-member-name") for s in expected}


# ------------------------------------------------------------------ a list, then a membership in apposition
# Read off word order: here the apposition hangs on the verb, as the small model often parses it,
# so no clause pattern reads it.
BOTH_MEMBERS = [
    ("Chile", 9, "nsubj", "NNP", "PROPN", "Chile"),
    ("and", 0, "cc", "CC", "CCONJ", "and"),
    ("Peru", 0, "conj", "NNP", "PROPN", "Peru"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("both", 5, "det", "DT", "DET", "both"),
    ("members", 9, "npadvmod", "NNS", "NOUN", "member"),
    ("of", 5, "prep", "IN", "ADP", "of"),
    ("APEC", 6, "pobj", "NNP", "PROPN", "APEC"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("objected", 9, "ROOT", "VBD", "VERB", "object"),
    (".", 9, "punct", ".", "PUNCT", "."),
]
BOTH_FORMER_MEMBERS = [
    ("Georgia", 11, "nsubj", "NNP", "PROPN", "Georgia"),
    ("and", 0, "cc", "CC", "CCONJ", "and"),
    ("Moldova", 0, "conj", "NNP", "PROPN", "Moldova"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("both", 6, "det", "DT", "DET", "both"),
    ("former", 6, "amod", "JJ", "ADJ", "former"),
    ("members", 11, "npadvmod", "NNS", "NOUN", "member"),
    ("of", 6, "prep", "IN", "ADP", "of"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("CIS", 7, "pobj", "NNP", "PROPN", "CIS"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("objected", 11, "ROOT", "VBD", "VERB", "object"),
    (".", 11, "punct", ".", "PUNCT", "."),
]


def test_a_list_then_both_members_of(blank_vocab, rules, gazetteer):
    doc = hand_parse(blank_vocab, BOTH_MEMBERS, ents=[(0, 1, "GPE", "state:chile"), (2, 3, "GPE", "state:peru"), (7, 8, "ORG", "org:apec")])
    assert _members(rules, gazetteer, doc) == {
        ("state:chile", "member-of", "org:apec", "membership-apposition"), ("state:peru", "member-of", "org:apec", "membership-apposition")}


def test_a_list_then_both_former_members_of(blank_vocab, rules, gazetteer):
    doc = hand_parse(blank_vocab, BOTH_FORMER_MEMBERS,
                     ents=[(0, 1, "GPE", "state:georgia"), (2, 3, "GPE", "state:moldova"), (9, 10, "ORG", "org:cis")])
    assert _members(rules, gazetteer, doc) == set()


# ------------------------------------------------------------------ "groups N states, including ..."
GROUPS_INCLUDING = [
    ("SADC", 1, "nsubj", "NNP", "PROPN", "SADC"),
    ("groups", 1, "ROOT", "VBZ", "VERB", "group"),
    ("16", 3, "nummod", "CD", "NUM", "16"),
    ("states", 1, "dobj", "NNS", "NOUN", "state"),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("including", 3, "prep", "VBG", "VERB", "include"),
    ("Angola", 5, "pobj", "NNP", "PROPN", "Angola"),
    ("and", 6, "cc", "CC", "CCONJ", "and"),
    ("Zambia", 6, "conj", "NNP", "PROPN", "Zambia"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
WOULD_GROUP_INCLUDING = [
    ("SADC", 2, "nsubj", "NNP", "PROPN", "SADC"),
    ("would", 2, "aux", "MD", "AUX", "would"),
    ("group", 2, "ROOT", "VB", "VERB", "group"),
    ("16", 4, "nummod", "CD", "NUM", "16"),
    ("states", 2, "dobj", "NNS", "NOUN", "state"),
    (",", 4, "punct", ",", "PUNCT", ","),
    ("including", 4, "prep", "VBG", "VERB", "include"),
    ("Angola", 6, "pobj", "NNP", "PROPN", "Angola"),
    ("and", 7, "cc", "CC", "CCONJ", "and"),
    ("Zambia", 7, "conj", "NNP", "PROPN", "Zambia"),
    (".", 2, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, angola, expected",
    [
        (GROUPS_INCLUDING, 6, {("state:angola", "member-of", "org:sadc"), ("state:zambia", "member-of", "org:sadc")}),
        (WOULD_GROUP_INCLUDING, 7, set()),
    ],
    ids=["groups 16 states, including", "would group 16 states, including"],
)
def test_an_organisation_groups_states_including(blank_vocab, rules, gazetteer, rows, angola, expected):
    doc = hand_parse(blank_vocab, rows, ents=[
        (0, 1, "ORG", "org:sadc"), (angola, angola + 1, "GPE", "state:angola"), (angola + 2, angola + 3, "GPE", "state:zambia")])
    assert _members(rules, gazetteer, doc) == {(*t, "organisation-groups-including") for t in expected}


# ------------------------------------------------------------------ the organisation from context
ALSO_A_MEMBER = [
    ("Hungary", 1, "nsubj", "NNP", "PROPN", "Hungary"),
    ("is", 1, "ROOT", "VBZ", "AUX", "be"),
    ("also", 1, "advmod", "RB", "ADV", "also"),
    ("a", 4, "det", "DT", "DET", "a"),
    ("member", 1, "attr", "NN", "NOUN", "member"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
JOINED_NATO = [
    ("Poland", 1, "nsubj", "NNP", "PROPN", "Poland"),
    ("joined", 1, "ROOT", "VBD", "VERB", "join"),
    ("NATO", 1, "dobj", "NNP", "PROPN", "NATO"),
    ("in", 1, "prep", "IN", "ADP", "in"),
    ("1999", 3, "pobj", "CD", "NUM", "1999"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
JOINED_NATO_AND_THE_EU = [
    ("Poland", 1, "nsubj", "NNP", "PROPN", "Poland"),
    ("joined", 1, "ROOT", "VBD", "VERB", "join"),
    ("NATO", 1, "dobj", "NNP", "PROPN", "NATO"),
    ("and", 2, "cc", "CC", "CCONJ", "and"),
    ("the", 5, "det", "DT", "DET", "the"),
    ("EU", 2, "conj", "NNP", "PROPN", "EU"),
    ("in", 1, "prep", "IN", "ADP", "in"),
    ("1999", 6, "pobj", "CD", "NUM", "1999"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def _then(first, second):
    """Two sentences: ``second``'s heads shifted past ``first``."""
    n = len(first)
    return first + [(w, h + n, d, t, p, l) for w, h, d, t, p, l in second], n


@pytest.mark.parametrize(
    "first, ents, expected",
    [
        (JOINED_NATO, [(0, 1, "GPE", "state:poland"), (2, 3, "ORG", "org:nato"), (4, 5, "DATE", None)],
         {("state:hungary", "member-of", "org:nato", "membership-in-context")}),
        # two organisations in the sentence before: which one?
        (JOINED_NATO_AND_THE_EU, [(0, 1, "GPE", "state:poland"), (2, 3, "ORG", "org:nato"), (5, 6, "ORG", "org:european-union"),
                                  (7, 8, "DATE", None)], set()),
    ],
    ids=["one organisation before", "two organisations before"],
)
def test_also_a_member_of_the_organisation_just_named(blank_vocab, rules, gazetteer, first, ents, expected):
    rows, second = _then(first, ALSO_A_MEMBER)
    doc = hand_parse(blank_vocab, rows, ents=[*ents, (second, second + 1, "GPE", "state:hungary")], sentences=(0, second))
    assert {t for t in _members(rules, gazetteer, doc) if t[0] == "state:hungary"} == expected


# "fellow member Cambodia": the one organisation of the sentence
LEADERS_MET = [
    ("ASEAN", 1, "compound", "NNP", "PROPN", "ASEAN"),
    ("leaders", 2, "nsubj", "NNS", "NOUN", "leader"),
    ("met", 2, "ROOT", "VBD", "VERB", "meet"),
]
TWO_BLOCS_MET = [
    ("ASEAN", 4, "nsubj", "NNP", "PROPN", "ASEAN"),
    ("and", 0, "cc", "CC", "CCONJ", "and"),
    ("the", 3, "det", "DT", "DET", "the"),
    ("EU", 0, "conj", "NNP", "PROPN", "EU"),
    ("met", 4, "ROOT", "VBD", "VERB", "meet"),
]


def _accused_fellow_member(met):
    """ "<met>, and Vietnam accused fellow member Cambodia." """
    v = len(met)
    return met + [
        (",", v - 1, "punct", ",", "PUNCT", ","),
        ("and", v - 1, "cc", "CC", "CCONJ", "and"),
        ("Vietnam", v + 3, "nsubj", "NNP", "PROPN", "Vietnam"),
        ("accused", v - 1, "conj", "VBD", "VERB", "accuse"),
        ("fellow", v + 5, "amod", "JJ", "ADJ", "fellow"),
        ("member", v + 6, "compound", "NN", "NOUN", "member"),
        ("Cambodia", v + 3, "dobj", "NNP", "PROPN", "Cambodia"),
        (".", v + 3, "punct", ".", "PUNCT", "."),
    ]


@pytest.mark.parametrize(
    "met, orgs, expected",
    [
        (LEADERS_MET, [(0, 1, "ORG", "org:asean")], {("state:cambodia", "member-of", "org:asean", "membership-in-context")}),
        (TWO_BLOCS_MET, [(0, 1, "ORG", "org:asean"), (3, 4, "ORG", "org:european-union")], set()),  # fellow member of which?
    ],
    ids=["ASEAN leaders met", "ASEAN and the EU met"],
)
def test_a_fellow_member_of_the_one_organisation_named(blank_vocab, rules, gazetteer, met, orgs, expected):
    rows = _accused_fellow_member(met)
    v = len(met)
    doc = hand_parse(blank_vocab, rows, ents=[*orgs, (v + 2, v + 3, "GPE", "state:vietnam"), (v + 6, v + 7, "GPE", "state:cambodia")])
    assert _members(rules, gazetteer, doc) == expected


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # a list, then a membership in apposition
    ("Finland and Sweden, both members of the European Union, had stayed out of alliances.",
     {("state:finland", "member-of", "org:european-union"), ("state:sweden", "member-of", "org:european-union")}, set()),
    ("Mali and Burkina Faso, both ECOWAS members, rejected the plan.",
     {("state:mali", "member-of", "org:ecowas"), ("state:burkina-faso", "member-of", "org:ecowas")}, set()),
    # a membership whose organisation was given a moment before ("also a member", "fellow member")
    ("IGAD groups eight states in the Horn of Africa, including South Sudan, Kenya and Uganda. Sudan, also a member, froze its participation.",
     {("state:sudan", "member-of", "org:igad"), ("state:kenya", "member-of", "org:igad")}, set()),
    ("Estonia joined NATO in 2004. Latvia is also a member.", {("state:latvia", "member-of", "org:nato")}, set()),
    ("Estonia joined NATO and the EU in 2004. Latvia is also a member.", set(),  # two organisations: which one?
     {("state:latvia", "member-of", "org:nato"), ("state:latvia", "member-of", "org:european-union")}),
    ("Estonia joined NATO in 2004. Finland is not also a member.", set(), {("state:finland", "member-of", "org:nato")}),
    ("Estonia joined NATO in 2004. Georgia, also a candidate, waits.", set(), {("state:georgia", "member-of", "org:nato")}),
    ("East African Community leaders met on Friday, but Congolese President Felix Tshisekedi stayed away, accusing fellow member Rwanda of arming rebels.",
     {("state:rwanda", "member-of", "org:east-african-community")}, set()),
    ("NATO and the EU met on Friday, and Turkey accused fellow member Greece of provocations.", set(),
     {("state:greece", "member-of", "org:nato"), ("state:greece", "member-of", "org:european-union")}),
    ("ASEAN leaders met in Vientiane. The Philippines and Vietnam, both members with claims in the South China Sea, pressed for progress.",
     {("state:philippines", "member-of", "org:asean"), ("state:vietnam", "member-of", "org:asean")}, set()),
    ("Mercosur leaders met. Bolivia, which signed its accession protocol in 2015, became a full member in July.",
     {("state:bolivia", "member-of", "org:mercosur")}, set()),
    ("ECOWAS leaders met. The remaining members, among them Nigeria and Ghana, have been divided over how hard to push.",
     {("state:nigeria", "member-of", "org:ecowas"), ("state:ghana", "member-of", "org:ecowas")}, set()),
    ("The Council of Europe met. Several member states - Hungary and Serbia among them - did not sign up on Wednesday.",
     {("state:hungary", "member-of", "org:council-of-europe"), ("state:serbia", "member-of", "org:council-of-europe")}, set()),
    ("Belarus became the 10th full member of the Shanghai Cooperation Organisation. India and Pakistan were admitted in 2017, and Iran joined last year.",
     {("state:india", "member-of", "org:sco"), ("state:iran", "member-of", "org:sco")}, set()),
    ("ASEAN leaders met in Vientiane. Indonesia, the region's largest economy and one of ASEAN's five founding members, was represented.",
     {("state:indonesia", "member-of", "org:asean")}, set()),
    # ... but not a future, a departure, a council seat, or a "join" about something else
    ("NATO leaders met. I am confident that Sweden will become a member, he said.", set(), {("state:sweden", "member-of", "org:nato")}),
    ("ECOWAS leaders met. Mauritania, a founding member, quit in 2000.", set(), {("state:mauritania", "member-of", "org:ecowas")}),
    ("Mercosur met. Venezuela was admitted in 2012 but has been suspended since 2016.", set(), {("state:venezuela", "member-of", "org:mercosur")}),
    ("The United Nations voted. Russia, a permanent member, abstained.", set(), {("state:russia", "member-of", "org:united-nations")}),
    ("NATO leaders met in Vilnius. Britain joined in the criticism of the plan.", set(), {("state:united-kingdom", "member-of", "org:nato")}),
    # "groups N states, among them ...", and memberships in apposition or in the organisation's noun phrase
    ("The AU groups 55 states, among them Nigeria, the continent's most populous country.",
     {("state:nigeria", "member-of", "org:african-union")}, set()),
    ("The AU groups 55 states, among them Nigeria, but Morocco is not among them.", {("state:nigeria", "member-of", "org:african-union")},
     {("state:morocco", "member-of", "org:african-union")}),
    ("Pacific Islands Forum leaders met. Palau, the Marshall Islands and Tuvalu - the three forum members that recognise Taiwan - objected.",
     {("state:palau", "member-of", "org:pacific-islands-forum"), ("state:tuvalu", "member-of", "org:pacific-islands-forum")}, set()),
    ("The UN Security Council voted. Algeria, one of the council's 10 elected members, said the text was unbalanced.",
     {("state:algeria", "member-of", "org:un-security-council")}, set()),
    ("The UN Security Council met. The United States, one of five veto-wielding permanent members of the council, objected.",
     {("state:united-states", "member-of", "org:un-security-council")}, set()),
    ("Leaders met the presidents of Mercosur's four founding members, Argentina, Brazil, Paraguay and Uruguay.",
     {("state:argentina", "member-of", "org:mercosur"), ("state:uruguay", "member-of", "org:mercosur")}, set()),
    ("Five EU members - Spain, Slovakia and Cyprus - also do not recognise it.",
     {("state:spain", "member-of", "org:european-union"), ("state:cyprus", "member-of", "org:european-union")}, set()),
    ("The six-member Gulf Cooperation Council - Saudi Arabia, Qatar and Oman - held its summit.",
     {("state:saudi-arabia", "member-of", "org:gcc"), ("state:oman", "member-of", "org:gcc")}, set()),
    ("Former Nato member France objected.", set(), {("state:france", "member-of", "org:nato")}),
    # "IGAD groups eight states ..., including A, B and C" (the model may parse IGAD as an auxiliary)
    ("IGAD groups eight states in the Horn of Africa and East Africa, including South Sudan, Kenya, Uganda and Ethiopia.",
     {("state:kenya", "member-of", "org:igad"), ("state:south-sudan", "member-of", "org:igad")}, set()),
    ("IGAD would group eight states, including Somalia and Eritrea.", set(), {("state:somalia", "member-of", "org:igad")}),
    # "one of the bloc's member states"
    ("SADC leaders met in Harare. Mozambique, one of the bloc's 16 member states, sent troops.",
     {("state:mozambique", "member-of", "org:sadc")}, set()),
    # "the four member countries, A, B, ...": the one bloc the text has named; two blocs, no guess
    ("Mercosur leaders met in Asuncion on Friday. The four member countries, Argentina, Brazil, Paraguay and Uruguay, account for most of the output.",
     {("state:argentina", "member-of", "org:mercosur"), ("state:uruguay", "member-of", "org:mercosur")}, set()),
    ("Mercosur and the European Union met in Asuncion on Friday. The four member countries, Argentina, Brazil, Paraguay and Uruguay, account for most of the output.",
     set(), {("state:argentina", "member-of", "org:mercosur"), ("state:argentina", "member-of", "org:european-union")}),
    # "the council's eight members - A, B, ... -": the council named before
    ("The Arctic Council met in Tromso. The council's eight members - Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States - have worked without Moscow.",
     {("state:canada", "member-of", "org:arctic-council"), ("state:united-states", "member-of", "org:arctic-council")}, set()),
    ("The council's eight members - Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States - have worked without Moscow.",
     set(), {("state:canada", "member-of", "org:arctic-council")}),
    # "original members ... were forced out": history, not membership
    ("The Neutral Nations Supervisory Commission met. Poland and Czechoslovakia, the commission's original members, were forced out.",
     set(), {("state:poland", "member-of", "org:neutral nations supervisory commission")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
