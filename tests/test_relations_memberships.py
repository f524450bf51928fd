"""member-of stated in noun phrases, lists and context (kg/relations/memberships.py): "Nato member
Turkey", "Chile and Peru, both members of APEC,", "SADC groups 16 states, including ...", and a
membership whose organisation the text gave a moment before ("Hungary is also a member",
"fellow member Cambodia").

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. "X joined Y" and "X is a member of Y" are clause patterns (test_relations_clauses.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence

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
