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

from conftest import assert_sentence, hand_parse, model_triples, triples
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


# ------------------------------------------------------------------ a title before the name
UN_AMBASSADOR = [
    ("Brazil", 3, "poss", "NNP", "PROPN", "Brazil"),
    ("'s", 0, "case", "POS", "PART", "'s"),
    ("U.N.", 3, "compound", "NNP", "PROPN", "U.N."),
    ("ambassador", 5, "compound", "NN", "NOUN", "ambassador"),
    ("Marta", 5, "compound", "NNP", "PROPN", "Marta"),
    ("Reis", 6, "nsubj", "NNP", "PROPN", "Reis"),
    ("spoke", 6, "ROOT", "VBD", "VERB", "speak"),
    (".", 6, "punct", ".", "PUNCT", "."),
]
EU_ENVOY = [
    ("EU", 1, "compound", "NNP", "PROPN", "EU"),
    ("envoy", 3, "compound", "NN", "NOUN", "envoy"),
    ("Pavel", 3, "compound", "NNP", "PROPN", "Pavel"),
    ("Novak", 4, "nsubj", "NNP", "PROPN", "Novak"),
    ("spoke", 4, "ROOT", "VBD", "VERB", "speak"),
    (".", 4, "punct", ".", "PUNCT", "."),
]
BOSNIAN_SERB_LEADER = [
    ("Bosnian", 2, "amod", "JJ", "ADJ", "bosnian"),
    ("Serb", 2, "amod", "JJ", "ADJ", "serb"),
    ("leader", 4, "compound", "NN", "NOUN", "leader"),
    ("Goran", 4, "compound", "NNP", "PROPN", "Goran"),
    ("Ilic", 5, "nsubj", "NNP", "PROPN", "Ilic"),
    ("spoke", 5, "ROOT", "VBD", "VERB", "speak"),
    (".", 5, "punct", ".", "PUNCT", "."),
]
OWNERLESS_TITLE = [
    ("Deputy", 2, "compound", "NNP", "PROPN", "Deputy"),
    ("Foreign", 2, "compound", "NNP", "PROPN", "Foreign"),
    ("Minister", 4, "compound", "NNP", "PROPN", "Minister"),
    ("Goran", 4, "compound", "NNP", "PROPN", "Goran"),
    ("Ilic", 5, "nsubj", "NNP", "PROPN", "Ilic"),
    ("spoke", 5, "ROOT", "VBD", "VERB", "speak"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        # a state's ambassador to an organisation: posted to the UN, an office of Brazil
        (UN_AMBASSADOR, [(0, 1, "GPE", "state:brazil"), (2, 3, "ORG", "org:united-nations"), (4, 6, "PERSON", None)],
         {("person:marta reis", "ambassador-to", "org:united-nations"), ("person:marta reis", "holds-office", "state:brazil")}),
        # an organisation's own envoy, with no state before it: an office of the organisation
        (EU_ENVOY, [(0, 1, "ORG", "org:european-union"), (2, 4, "PERSON", None)],
         {("person:pavel novak", "holds-office", "org:european-union")}),
        # "Bosnian Serb": a people, not a state
        (BOSNIAN_SERB_LEADER, [(3, 5, "PERSON", None)], set()),
        # a title that does not say whose office it is
        (OWNERLESS_TITLE, [(3, 5, "PERSON", None)], set()),
    ],
    ids=["state's UN ambassador", "organisation's envoy", "a people's leader", "ownerless title"],
)
def test_the_owner_of_a_title_before_a_name(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    assert triples(rules, doc, gazetteer) == expected


# ------------------------------------------------------------------ a title in apposition
SWEDISH_AMBASSADOR = [
    ("Lena", 1, "compound", "NNP", "PROPN", "Lena"),
    ("Berg", 10, "nsubj", "NNP", "PROPN", "Berg"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("the", 5, "det", "DT", "DET", "the"),
    ("Swedish", 5, "amod", "JJ", "ADJ", "swedish"),
    ("ambassador", 1, "appos", "NN", "NOUN", "ambassador"),
    ("to", 5, "prep", "IN", "ADP", "to"),
    ("the", 8, "det", "DT", "DET", "the"),
    ("UN", 6, "pobj", "NNP", "PROPN", "UN"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("so", 10, "advmod", "RB", "ADV", "so"),
    (".", 10, "punct", ".", "PUNCT", "."),
]
FORMER_SWEDISH_AMBASSADOR = [
    ("Lena", 1, "compound", "NNP", "PROPN", "Lena"),
    ("Berg", 11, "nsubj", "NNP", "PROPN", "Berg"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 6, "det", "DT", "DET", "a"),
    ("former", 6, "amod", "JJ", "ADJ", "former"),
    ("Swedish", 6, "amod", "JJ", "ADJ", "swedish"),
    ("ambassador", 1, "appos", "NN", "NOUN", "ambassador"),
    ("to", 6, "prep", "IN", "ADP", "to"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("UN", 7, "pobj", "NNP", "PROPN", "UN"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 11, "ROOT", "VBD", "VERB", "say"),
    ("so", 11, "advmod", "RB", "ADV", "so"),
    (".", 11, "punct", ".", "PUNCT", "."),
]
SPOKESWOMAN_FOR_COMMISSION = [
    ("Anna", 1, "compound", "NNP", "PROPN", "Anna"),
    ("Kovac", 10, "nsubj", "NNP", "PROPN", "Kovac"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("spokeswoman", 1, "appos", "NN", "NOUN", "spokeswoman"),
    ("for", 4, "prep", "IN", "ADP", "for"),
    ("the", 8, "det", "DT", "DET", "the"),
    ("European", 8, "compound", "NNP", "PROPN", "European"),
    ("Commission", 5, "pobj", "NNP", "PROPN", "Commission"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("so", 10, "advmod", "RB", "ADV", "so"),
    (".", 10, "punct", ".", "PUNCT", "."),
]
SPOKESWOMAN_FOR_CAMPAIGN = [
    ("Anna", 1, "compound", "NNP", "PROPN", "Anna"),
    ("Kovac", 9, "nsubj", "NNP", "PROPN", "Kovac"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("spokeswoman", 1, "appos", "NN", "NOUN", "spokeswoman"),
    ("for", 4, "prep", "IN", "ADP", "for"),
    ("the", 7, "det", "DT", "DET", "the"),
    ("campaign", 5, "pobj", "NN", "NOUN", "campaign"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 9, "ROOT", "VBD", "VERB", "say"),
    ("so", 9, "advmod", "RB", "ADV", "so"),
    (".", 9, "punct", ".", "PUNCT", "."),
]
SPOKESMAN_FOR_MINISTRY = [
    ("Li", 1, "compound", "NNP", "PROPN", "Li"),
    ("Wei", 11, "nsubj", "NNP", "PROPN", "Wei"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("spokesman", 1, "appos", "NN", "NOUN", "spokesman"),
    ("for", 4, "prep", "IN", "ADP", "for"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("Chinese", 9, "compound", "NNP", "PROPN", "Chinese"),
    ("Foreign", 9, "compound", "NNP", "PROPN", "Foreign"),
    ("Ministry", 5, "pobj", "NNP", "PROPN", "Ministry"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 11, "ROOT", "VBD", "VERB", "say"),
    ("so", 11, "advmod", "RB", "ADV", "so"),
    (".", 11, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (SWEDISH_AMBASSADOR, [(0, 2, "PERSON", None), (8, 9, "ORG", "org:united-nations")],
         {("person:lena berg", "ambassador-to", "org:united-nations"), ("person:lena berg", "holds-office", "state:sweden")}),
        # a former office is still an office held (named as a former one); a former envoy is posted nowhere now
        (FORMER_SWEDISH_AMBASSADOR, [(0, 2, "PERSON", None), (9, 10, "ORG", "org:united-nations")],
         {("person:lena berg", "holds-office", "state:sweden")}),
        (SPOKESWOMAN_FOR_COMMISSION, [(0, 2, "PERSON", None), (7, 9, "ORG", "org:european-commission")],
         {("person:anna kovac", "spokesperson-for", "org:european-commission")}),
        (SPOKESWOMAN_FOR_CAMPAIGN, [(0, 2, "PERSON", None)], set()),  # for no one the text names
        # a state's own ministry speaks for the state
        (SPOKESMAN_FOR_MINISTRY, [(0, 2, "PERSON", None), (6, 10, "ORG", None)], {("person:li wei", "spokesperson-for", "state:china")}),
    ],
    ids=["ambassador to", "former ambassador to", "spokeswoman for", "spokeswoman for a campaign", "spokesman for a ministry"],
)
def test_a_title_in_apposition(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    assert triples(rules, doc, gazetteer) == expected


# ------------------------------------------------------------------ a title and its object, then the name
AMBASSADOR_TO_THEN_NAME = [
    ("Sweden", 2, "poss", "NNP", "PROPN", "Sweden"),
    ("'s", 0, "case", "POS", "PART", "'s"),
    ("ambassador", 10, "nsubj", "NN", "NOUN", "ambassador"),
    ("to", 2, "prep", "IN", "ADP", "to"),
    ("the", 5, "det", "DT", "DET", "the"),
    ("UN", 3, "pobj", "NNP", "PROPN", "UN"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("Lena", 8, "compound", "NNP", "PROPN", "Lena"),
    ("Berg", 2, "appos", "NNP", "PROPN", "Berg"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("so", 10, "advmod", "RB", "ADV", "so"),
    (".", 10, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (("Sweden", 2, "poss", "NNP", "PROPN", "Sweden"), ("'s", 0, "case", "POS", "PART", "'s"),
         {("person:lena berg", "ambassador-to", "org:united-nations"), ("person:lena berg", "holds-office", "state:sweden")}),
        (("A", 2, "det", "DT", "DET", "a"), ("former", 2, "amod", "JJ", "ADJ", "former"), set()),
    ],
    ids=["Sweden's ambassador to the UN, Lena Berg,", "A former ambassador to the UN, Lena Berg,"],
)
def test_a_title_and_its_object_before_the_name(blank_vocab, rules, gazetteer, first, second, expected):
    rows = [first, second, *AMBASSADOR_TO_THEN_NAME[2:]]
    state = [(0, 1, "GPE", "state:sweden")] if first[0] == "Sweden" else []
    doc = hand_parse(blank_vocab, rows, ents=[*state, (5, 6, "ORG", "org:united-nations"), (7, 9, "PERSON", None)])
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "title-object-then-name" for r in relations)


# ------------------------------------------------------------------ titles as communiqués spell them
MINISTER_OF_PERU = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("Minister", 8, "compound", "NNP", "PROPN", "Minister"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("Foreign", 4, "compound", "NNP", "PROPN", "Foreign"),
    ("Affairs", 2, "pobj", "NNPS", "PROPN", "Affairs"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("Peru", 5, "pobj", "NNP", "PROPN", "Peru"),
    ("Luis", 8, "compound", "NNP", "PROPN", "Luis"),
    ("Vega", 9, "nsubj", "NNP", "PROPN", "Vega"),
    ("spoke", 9, "ROOT", "VBD", "VERB", "speak"),
    (".", 9, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "first, expected",
    [
        (("The", 1, "det", "DT", "DET", "the"), {("person:luis vega", "holds-office", "state:peru")}),
        (("Former", 1, "amod", "JJ", "ADJ", "former"), {("person:luis vega", "holds-office", "state:peru")}),
    ],
    ids=["The Minister of Foreign Affairs of Peru Luis Vega", "Former Minister of Foreign Affairs of Peru Luis Vega"],
)
def test_a_title_spelled_out_with_its_owner_before_the_name(blank_vocab, rules, gazetteer, first, expected):
    rows = [first, *MINISTER_OF_PERU[1:]]
    doc = hand_parse(blank_vocab, rows, ents=[(6, 7, "GPE", "state:peru"), (7, 9, "PERSON", None)])
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    former = "former " if first[0] == "Former" else ""
    assert all(r.role == f"{former}minister of foreign affairs" for r in relations)


AMBASSADOR_OF_CANADA = [
    ("Ambassador", 2, "compound", "NNP", "PROPN", "Ambassador"),
    ("Pierre", 2, "compound", "NNP", "PROPN", "Pierre"),
    ("Dubois", 5, "nsubj", "NNP", "PROPN", "Dubois"),
    ("of", 2, "prep", "IN", "ADP", "of"),
    ("Canada", 3, "pobj", "NNP", "PROPN", "Canada"),
    ("spoke", 5, "ROOT", "VBD", "VERB", "speak"),
    (".", 5, "punct", ".", "PUNCT", "."),
]
DUBOIS_OF_CANADA = [
    ("Pierre", 1, "compound", "NNP", "PROPN", "Pierre"),
    ("Dubois", 4, "nsubj", "NNP", "PROPN", "Dubois"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("Canada", 2, "pobj", "NNP", "PROPN", "Canada"),
    ("spoke", 4, "ROOT", "VBD", "VERB", "speak"),
    (".", 4, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (AMBASSADOR_OF_CANADA, [(1, 3, "PERSON", None), (4, 5, "GPE", "state:canada")],
         {("person:pierre dubois", "holds-office", "state:canada")}),
        # without a title, "of Canada" says where the person is from, not an office
        (DUBOIS_OF_CANADA, [(0, 2, "PERSON", None), (3, 4, "GPE", "state:canada")], set()),
    ],
    ids=["Ambassador Pierre Dubois of Canada", "Pierre Dubois of Canada"],
)
def test_a_title_before_the_name_and_its_owner_after(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    assert triples(rules, doc, gazetteer) == expected


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # a title in a list takes the owner of the one before it only when it names none of its own
    ("Guests included Kenya's President William Ruto, President Yoweri Museveni of Uganda, and others.",
     {("person:william ruto", "holds-office", "state:kenya"), ("person:yoweri museveni", "holds-office", "state:uganda")},
     {("person:yoweri museveni", "holds-office", "state:kenya")}),
    ("Russian Foreign Minister Sergei Lavrov and Deputy Minister Sergei Ryabkov met the envoys.",
     {("person:sergei ryabkov", "holds-office", "state:russia")}, set()),
    # a title phrase opening the sentence, a comma, "Hon." and the name, the closing comma left out;
    # not a name after a title phrase inside the sentence
    ("The Secretary General of the East African Community, Hon. Dr. Peter Kamau opened the meeting in Arusha on Monday.",
     {("person:peter kamau", "holds-office", "org:east-african-community")}, set()),
    ("He later met the Secretary General of the East African Community, Peter Kamau said on Monday.", set(),
     {("person:peter kamau", "holds-office", "org:east-african-community")}),
    # "The <ownerless title>, (Hon.) N(,) represented X": the office is the represented state's
    ("The Deputy Minister for Trade, Hon. Mere Tabua represented Fiji at the talks in Apia last week.",
     {("person:mere tabua", "holds-office", "state:fiji")}, set()),
    ("The Minister for Foreign Affairs, Mere Tabua, represented Fiji at the meeting in Port Vila.",
     {("person:mere tabua", "holds-office", "state:fiji")}, set()),
    ("The Minister for Foreign Affairs, Mere Tabua, did not represent Fiji at the meeting in Port Vila.", set(),
     {("person:mere tabua", "holds-office", "state:fiji")}),
    ("The minister represented Fiji at the meeting in Port Vila.", set(), {("person:~minister", "holds-office", "state:fiji")}),
    # the Organisation of Eastern Caribbean States is known by its acronym; its Authority is an organ of it
    ("The OECS Authority met in Kingstown. Dr. Marcus Joseph, Director General of the OECS, opened the meeting.",
     {("person:marcus joseph", "holds-office", "org:oecs")}, {("person:marcus joseph", "holds-office", "org:oecs authority")}),
    # an office in an organisation's secretariat is the organisation's too
    ("Mr Tomasi Vula, Director General of the MSG Secretariat, opened the meeting.",
     {("person:tomasi vula", "holds-office", "org:melanesian-spearhead-group")}, set()),
    # a historical state keeps its own name: not Austria, not Hungary
    ("Count Leopold Berchtold, foreign minister of Austria-Hungary, sent the note.",
     {("person:leopold berchtold", "holds-office", "state:austria-hungary")},
     {("person:leopold berchtold", "holds-office", "state:austria"), ("person:leopold berchtold", "holds-office", "state:hungary")}),
    # the EU's ambassador presenting credentials is posted to the host like the states' envoys
    ("Ghana's President Nana Mensah received the credentials of Mr Lars Holm, Ambassador of the European Union, and "
     "Mr Omar Said, Ambassador of Egypt, in Accra on Monday. Ghana welcomed the envoys to Ghana.",
     {("person:lars holm", "ambassador-to", "state:ghana"), ("person:omar said", "ambassador-to", "state:ghana")}, set()),
    ("Talks included the Chairman of the Eurasian Economic Commission Board Pavel Zhuk.",
     {("person:pavel zhuk", "holds-office", "org:eurasian-economic-commission")}, set()),
    # the setting's state is not the office of a king whose apposition names another kingdom
    ("Japan is the focus. Japanese troops forced King Sho Ten, the last king of the Ryukyu Kingdom, to abdicate. "
     "Prime Minister Taro Sato, the leader of the LDP, spoke in Tokyo about Japan.",
     {("person:taro sato", "holds-office", "state:japan")}, {("person:sho ten", "holds-office", "state:japan")}),
    # nor of an office whose holder's own place follows the name ("Premier N of Trinidad" in a story set in Jamaica)
    ("Jamaica voted to leave the federation. Jamaica's vote shocked the region, and Jamaica's leaders celebrated in "
     "Kingston. Premier Eric Samuels of Trinidad then said Prime Minister Anna Brown had won.",
     {("person:anna brown", "holds-office", "state:jamaica")}, {("person:eric samuels", "holds-office", "state:jamaica")}),
    # a story about one state that names another a few times: the first, named at least six times and three
    # times as often, is the setting; a surname alone ("President Novak") is tied to no setting
    ("Croatia applied to join the bloc. Croatia hopes to finish talks soon, Croatia's envoy said. Greece backs Croatia, "
     "and Croatia thanked Greece. Croatia and the bloc met in Zagreb. Prime Minister Ivan Horvat said Croatia was ready. "
     "President Novak also spoke.",
     {("person:ivan horvat", "holds-office", "state:croatia")}, {("person:~novak", "holds-office", "state:croatia")}),
    ("Croatia applied to join the bloc. Croatia hopes to finish talks soon. Greece backs Croatia, and Greece thanked "
     "Greece's allies. Greece and Croatia met in Zagreb. Prime Minister Ivan Horvat said Croatia was ready.",
     set(), {("person:ivan horvat", "holds-office", "state:croatia"), ("person:ivan horvat", "holds-office", "state:greece")}),
    # the setting's president is named ("President Ana Sousa of Portugal"), so another "President N" is some
    # other state's; with no president of the setting named, the setting gives the office
    ("Portugal hosted the summit. Portugal welcomed the guests in Lisbon, and Portugal thanked them. Portugal and the "
     "bloc agreed, Portugal said. Portugal will host again. President Ana Sousa of Portugal handed the chair "
     "over to President Omar Diallo, who spoke in Portugal.",
     {("person:ana sousa", "holds-office", "state:portugal")}, {("person:omar diallo", "holds-office", "state:portugal")}),
    ("Portugal hosted the summit. Portugal welcomed the guests in Lisbon, and Portugal thanked them. Portugal and the "
     "bloc agreed, Portugal said. Portugal will host again. Prime Minister Ana Sousa handed over to President Omar "
     "Diallo, who spoke in Portugal.",
     {("person:omar diallo", "holds-office", "state:portugal")}, set()),
    # a list of titles each followed by its name: the title after the last name is the next, unnamed, item's
    ("The ceremony took place in the presence of the Chairperson of the AU Commission, Moussa Faki, the Deputy "
     "Chairperson of the AUC, Dr. Amina Bello, Secretary General of the United Nations, and invited guests.",
     {("person:amina bello", "holds-office", "org:african-union-commission")},
     {("person:amina bello", "holds-office", "org:united-nations")}),
    ("The President of Kenya, William Ruto, chairman of the EAC, opened the summit.",
     {("person:william ruto", "holds-office", "state:kenya"), ("person:william ruto", "holds-office", "org:east-african-community")}, set()),
    # "<title> N will represent X": the office is X's; without a title, or with another state's, nothing
    ("Foreign Minister Carlos Rivas will represent Peru at the summit in Santiago.",
     {("person:carlos rivas", "holds-office", "state:peru")}, set()),
    ("Lawyer Ana Ruiz represented Chile at the court.", set(), {("person:ana ruiz", "holds-office", "state:chile")}),
    ("The Kenyan Foreign Minister Ann Wambui represented Uganda at the talks.", set(),
     {("person:ann wambui", "holds-office", "state:uganda")}),
    # an organisation's title without its organisation: the one the sentence (or the one before) names
    ("In a statement released by NATO, Secretary General Anders Lund welcomed the decision.",
     {("person:anders lund", "holds-office", "org:nato")}, set()),
    ("The African Union met in Addis Ababa. Executive Secretary Grace Obi opened the session.",
     {("person:grace obi", "holds-office", "org:african-union")}, set()),
    ("NATO and the European Union issued statements. Secretary General Anders Lund spoke first.", set(),
     {("person:anders lund", "holds-office", "org:nato"), ("person:anders lund", "holds-office", "org:european-union")}),
    ("At the ASEAN meeting, Ambassador Mary Tan, Director General, Ministry of Foreign Affairs, represented Singapore.", set(),
     {("person:mary tan", "holds-office", "org:asean")}),
    # "represented by" said once for a list of states, each with its representative's office
    ("Eswatini was represented by Hon. Sipho Dlamini, the Deputy Prime Minister, Lesotho by Hon. Tefo Mokoena, the "
     "Minister of Foreign Affairs, and Mauritius by Hon. Ravi Ramgoolam, Minister of Foreign Affairs and Trade.",
     {("person:sipho dlamini", "holds-office", "state:eswatini"), ("person:tefo mokoena", "holds-office", "state:lesotho"),
      ("person:ravi ramgoolam", "holds-office", "state:mauritius")},
     {("person:tefo mokoena", "holds-office", "state:eswatini"), ("person:ravi ramgoolam", "holds-office", "state:lesotho")}),
    ("Kenya was represented by Hon. Paul Otieno, Uganda's Minister of Trade, and Ghana by Ama Mensah, a lawyer.", set(),
     {("person:paul otieno", "holds-office", "state:kenya"), ("person:ama mensah", "holds-office", "state:ghana")}),
    # the EU's delegations abroad are its missions: their heads hold an EU office, they lead no delegation
    ("Envoys presented credentials: the Ambassador of Chile, Ana Rojas; and Lars Berg, Head of the EU Delegation.",
     {("person:lars berg", "holds-office", "org:european-union")},
     {("person:lars berg", "leads-delegation", "org:european-union"), ("person:ana rojas", "leads-delegation", "org:european-union")}),
    # an office "at" a state's ministry is the state's; "at" a university is an affiliation
    ("Omar Saleh, Minister of State for Foreign Affairs at the Ministry of Foreign Affairs of the Kingdom of Bahrain, "
     "led his country's delegation to the talks.",
     {("person:omar saleh", "holds-office", "state:bahrain"), ("person:omar saleh", "leads-delegation", "state:bahrain")}, set()),
    ("Paul Kimani, Director General at the Ministry of Trade of Kenya, attended.",
     {("person:paul kimani", "holds-office", "state:kenya")}, set()),
    # titles stacked by a comma at the sentence's start are one person's; in a list they are not
    ("Current Chair of the African Union, President of Senegal Macky Sall, opened the summit.",
     {("person:macky sall", "holds-office", "org:african-union"), ("person:macky sall", "holds-office", "state:senegal")}, set()),
    ("The Foreign Minister of Kenya, President of Ghana John Mahama and the Emir of Qatar met in Doha.",
     {("person:john mahama", "holds-office", "state:ghana")}, {("person:john mahama", "holds-office", "state:kenya")}),
    ("Among the guests were the Secretary-General of the United Nations, President of Ghana John Mahama and others.",
     {("person:john mahama", "holds-office", "state:ghana")}, {("person:john mahama", "holds-office", "org:united-nations")}),
    # an office in a state's ministry is an office of the state; a parliament keeps its own
    ("Amina Mohamed, Cabinet Secretary of the Ministry of Foreign Affairs of the Republic of Kenya, spoke.",
     {("person:amina mohamed", "holds-office", "state:kenya")}, set()),
    ("John Otieno, Speaker of the National Assembly of Kenya, spoke.", set(), {("person:john otieno", "holds-office", "state:kenya")}),
    ("Leaders included the Prime Minister of Jamaica, the Most Honourable Andrew Holness.",
     {("person:andrew holness", "holds-office", "state:jamaica")}, set()),
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
    ("Former Russian President Dmitry Medvedev spoke on Tuesday.", {("person:dmitry medvedev", "holds-office", "state:russia")}, set()),
    ("Dmitry Peskov, a spokesman for Russian President Vladimir Putin, said the talks were useful.",
     {("person:dmitry peskov", "spokesperson-for", "person:vladimir putin")}, set()),
    ("Julianne Smith, the US ambassador to NATO, said allies were united.",
     {("person:julianne smith", "ambassador-to", "org:nato")}, set()),
    ("Nokuthula Dube, a spokeswoman for the SADC secretariat, said the panel would report back.",
     {("person:nokuthula dube", "spokesperson-for", "org:sadc")}, set()),
    # where an envoy is posted, by "in": a state or its capital; a representative's "in <city>" is an organisation's seat
    ("The Ambassador of Finland in Nairobi, Aino Virtanen, opened the fair.",
     {("person:aino virtanen", "ambassador-to", "state:kenya"), ("person:aino virtanen", "holds-office", "state:finland")}, set()),
    ("Finnish Ambassador in Kenya Aino Virtanen opened the fair.",
     {("person:aino virtanen", "ambassador-to", "state:kenya"), ("person:aino virtanen", "holds-office", "state:finland")}, set()),
    ("The Permanent Representative of Jordan in Cairo, Omar Haddad, joined the delegation.", set(),
     {("person:omar haddad", "ambassador-to", "state:egypt")}),
    ("The Foreign Minister of Finland in Nairobi, Aino Virtanen, opened the fair.", set(),
     {("person:aino virtanen", "ambassador-to", "state:kenya")}),
    # an organisation's title, then the holder's own titled name: after "the invitation of", a year allowed;
    # not after a verb that may take two people
    ("Ministers met at the invitation of the 2031 OSCE Chairperson-in-Office, Estonia's Foreign Minister Kalle Tamm.",
     {("person:kalle tamm", "holds-office", "org:osce"), ("person:kalle tamm", "holds-office", "state:estonia")}, set()),
    ("He met the OSCE Chairperson-in-Office, Estonian Foreign Minister Kalle Tamm.", {("person:kalle tamm", "holds-office", "state:estonia")},
     {("person:kalle tamm", "holds-office", "org:osce")}),
    # a state named through a form of state the gazetteer does not list: "the republic of Mexico"
    ("Benito Juarez was the President of the republic of Mexico.", {("person:benito juarez", "holds-office", "state:mexico")}, set()),
    ("Benito Juarez was the President of the Republic Club of Mexico City.", set(),
     {("person:benito juarez", "holds-office", "state:mexico")}),
    # titles first, then names: the title after "Vice-President A," is the next name's, past its "Dr."
    ("The oath was taken before Vice-President Tomas Reyes, Speaker of the National Assembly Dr. Lucia Vega, and others.",
     {("person:lucia vega", "holds-office", "org:national assembly")},
     {("person:tomas reyes", "holds-office", "org:national assembly")}),
    # an envoy's host, then the name the model misses; the host owns no title after it ("Amir" is a given name here)
    ("US ambassador to India Eric Garrison presented his credentials to President Ram Kovind on Thursday.",
     {("person:eric garrison", "ambassador-to", "state:india"), ("person:eric garrison", "holds-office", "state:united-states")}, set()),
    ("The emir received Israel's Ambassador to the UAE Amir Hadar and Russia's Ambassador to the UAE Timur Zabirov.",
     {("person:timur zabirov", "ambassador-to", "state:united-arab-emirates"), ("person:timur zabirov", "holds-office", "state:russia")},
     {("person:~hadar", "holds-office", "state:united-arab-emirates"), ("person:amir hadar", "holds-office", "state:united-arab-emirates")}),
    ("He sent a message to Uganda's President Yoweri Museveni.", {("person:yoweri museveni", "holds-office", "state:uganda")}, set()),
    ("Her Excellency the Right Honourable Jane Roe, Governor General of Canada, received the letters of credence.",
     {("person:jane roe", "holds-office", "state:canada")}, set()),
    ("Permanent Representative of Azerbaijan to the OIC Rasim Rzayev attended the session.",
     {("person:rasim rzayev", "holds-office", "state:azerbaijan"), ("person:rasim rzayev", "ambassador-to", "org:oic")}, set()),
    # an office just taken is held: "Argentina's new foreign minister"; "New" of a state's name is no such word
    ("President Ana Ruiz swore in Pedro Gomez as Argentina's new foreign minister on Monday.",
     {("person:pedro gomez", "holds-office", "state:argentina")}, set()),
    ("New Zealand Minister of Foreign Affairs Tom Walsh met his hosts.", {("person:tom walsh", "holds-office", "state:new-zealand")}, set()),
    # "FM" and "PM", the headline abbreviations, are titles
    ("He held talks with Rosa Ortega, Nicaraguan FM, on Tuesday.", {("person:rosa ortega", "holds-office", "state:nicaragua")}, set()),
    ("Qatari FM Khalid Al-Mansouri attends the talks in Kuwait.", {("person:khalid al mansouri", "holds-office", "state:qatar")}, set()),
    ("The talks in Doha start at 5 pm Khalid said.", set(), {("person:~khalid", "holds-office", "state:qatar")}),
    # "Leaders in attendance included A of X, B of Y": each leads the state after the name; not
    # opposition or business leaders
    ("ECOWAS leaders met in Abuja on Sunday. Leaders in attendance included Patrice Talon of Benin, Adama Barrow of "
     "The Gambia, and John Mahama of Ghana.",
     {("person:patrice talon", "holds-office", "state:benin"), ("person:adama barrow", "holds-office", "state:gambia")},
     {("person:patrice talon", "holds-office", "state:gambia")}),
    ("Opposition leaders in attendance included Ana Silva of Chile and Pedro Gil of Peru.", set(),
     {("person:ana silva", "holds-office", "state:chile"), ("person:pedro gil", "holds-office", "state:peru")}),
    # the diplomatic rank as a form of address between the title and the name
    ("The talks included Qatar's Permanent Representative to the Arab League Ambassador Talal Al-Harbi.",
     {("person:talal al harbi", "holds-office", "state:qatar"), ("person:talal al harbi", "ambassador-to", "org:arab-league")}, set()),
    # "the Minister's Office": whose minister the text does not say; no node of its own takes the office
    ("The delegation included Director of the Minister's Office Ambassador Badr Al-Sabah.", set(),
     {("person:badr al sabah", "holds-office", "org:minister s office")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, role", [
    ("Former Russian President Dmitry Medvedev spoke on Tuesday.", "former president"),
    ("Russian President Vladimir Putin spoke on Tuesday.", "president"),
])
def test_a_former_office_is_kept_and_named_former(extractor, text, role):
    from kg.model import Document

    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    assert [r.role for r in result.relations if r.relation == "holds-office"] == [role]


@pytest.mark.model
def test_an_incoming_or_nominated_office_is_not_held(extractor):
    assert not model_triples(extractor, "Incoming Russian President Dmitry Medvedev spoke on Tuesday.")


@pytest.mark.model
def test_a_cabinet_list_one_office_a_line_after_a_colon(extractor):
    """A cabinet list in a page set in one state: "Minister of X: Name" lines hold that state's
    offices; the NER misses most such names, and the portfolio before the colon names no one."""
    text = ("Malawi swears in new cabinet\n\nLILONGWE - President Peter Banda swore in the new government of Malawi on Monday.\n"
            "This is the composition of the government:\nMinister of Justice: Chikondi Mwale Phiri\n"
            "Minister of Employment and Vocational Training: Thoko Banda Nkhata\nMinister of Finance: Yamikani Chirwa\n")
    got = model_triples(extractor, text)
    for person in ("person:chikondi mwale phiri", "person:thoko banda nkhata", "person:yamikani chirwa"):
        assert (person, "holds-office", "state:malawi") in got, got
    assert not any("vocational" in s for s, _, _ in got), got


@pytest.mark.model
def test_a_cabinet_list_with_the_office_on_one_line_and_the_name_under_it(tmp_path):
    """Through the build (the page's cleaning joins each office line to the name under it)."""
    import kg

    (tmp_path / "cabinet.txt").write_text(
        "Peru swears in new ministers\n\nLIMA - President Ana Torres swore in the new ministers of Peru on Monday.\n\n"
        "Below is the list of the new ministers:\n\nHousing, Construction, and Sanitation Minister:\nJulia Ramos Paredes\n\n"
        "Energy and Mines Minister:\nRodrigo Mamani Flores\n\nHealth Minister:\nSilvana Quispe Rojas\n", encoding="utf-8")
    graph = kg.build_graph([tmp_path], cache=None)
    got = {(graph.nodes[s]["label"], d["relation"], graph.nodes[t]["label"]) for s, t, d in graph.edges(data=True)}
    for person in ("Julia Ramos Paredes", "Rodrigo Mamani Flores", "Silvana Quispe Rojas"):
        assert (person, "holds-office", "Peru") in got, got


@pytest.mark.model
def test_and_after_a_name_opens_the_next_item_not_an_apposition(extractor):
    got = model_triples(extractor, "The meeting was attended by Hungarian Prime Minister Viktor Orban, and chairman of the "
                                   "Nordic Council.")  # (a list whose last item the page cut)
    assert ("person:viktor orban", "holds-office", "state:hungary") in got, got
    assert not [t for s, r, t in got if s == "person:viktor orban" and t != "state:hungary"], got


@pytest.mark.model
def test_who_right_after_a_name_stands_for_that_name(extractor):
    got = model_triples(extractor, "The new cabinet includes a new finance minister, Dana Ormonova from the Unity party, and a new "
                                   "foreign minister, career diplomat Ruslan Kadyrbekov who has served as Kyrgyzstan's ambassador to China.")
    assert ("person:ruslan kadyrbekov", "ambassador-to", "state:china") in got, got
    assert ("person:dana ormonova", "ambassador-to", "state:china") not in got, got


@pytest.mark.model
def test_a_capitalised_he_before_a_title_is_a_form_of_address_in_lines_headed_by_states(extractor):
    text = ("The summit was attended by the following Heads of State:\n\nGhana: HE President Kofi Mensah Boateng\n\n"
            "Lesotho: HE Right Hon Prime Minister Dr Thabo Molapo Sekhonyana\n\nBotswana: HE President Neo Kgosi Moremi\n")
    assert_sentence(extractor, text, {("person:kofi mensah boateng", "holds-office", "state:ghana"),
                                      ("person:thabo molapo sekhonyana", "holds-office", "state:lesotho"),
                                      ("person:neo kgosi moremi", "holds-office", "state:botswana")}, set())


@pytest.mark.model
def test_an_organisations_officer_of_a_state_is_its_national_not_its_office_holder(extractor):
    text = ("The new African Union Commission took office in Addis Ababa. Chairperson Amina Diallo Keita of Mali, "
            "Deputy Chairperson Joseph Otieno Kamau of Kenya and Commissioner Omar Benali of Algeria will serve four years.")
    assert_sentence(extractor, text, set(), {("person:amina diallo keita", "holds-office", "state:mali"),
                                             ("person:joseph otieno kamau", "holds-office", "state:kenya"),
                                             ("person:omar benali", "holds-office", "state:algeria")})
    assert_sentence(extractor, "President Ama Serwaa Owusu of Ghana met Ambassador Lucas Pereira Costa of Brazil.",
                    {("person:ama serwaa owusu", "holds-office", "state:ghana"), ("person:lucas pereira costa", "holds-office", "state:brazil")},
                    set())


@pytest.mark.model
def test_a_portfolio_written_with_the_article(extractor):
    text = ("Taking part were Minister of the Interior of the Republic of Ghana Kofi Mensah Boateng, "
            "Prime Minister of the Republic of Kazakhstan Aidar Nurlanovich Seitkali, and Prime Minister of the Republic of Uzbekistan Timur Rashidov.")
    assert_sentence(extractor, text, {("person:kofi mensah boateng", "holds-office", "state:ghana"),
                                      ("person:aidar nurlanovich seitkali", "holds-office", "state:kazakhstan"),
                                      ("person:timur rashidov", "holds-office", "state:uzbekistan")}, set())


@pytest.mark.model
def test_an_emperor_of_a_state_holds_its_office(extractor):
    assert_sentence(extractor, "Emperor Joseph II of Austria joined the war against the Ottoman Empire.",
                    {("person:joseph ii", "holds-office", "state:austria")}, set())


@pytest.mark.model
def test_holders_listed_under_an_organisations_office_in_the_plural(extractor):
    text = ("Since the founding of the World Health Organization in 1948, there have been nine Directors-General:\n"
            "• Sir Arthur Wentworth Hale, United Kingdom, 1948-1953\n"
            "• Marcelo Duarte Ferreira, Brazil, 1953-1973\n"
            "The agency is based in Geneva.\n"
            "• Kofi Mensah Boateng, Ghana, 1973-1988\n")
    got = model_triples(extractor, text)
    assert {("person:arthur wentworth hale", "holds-office", "org:who"), ("person:marcelo duarte ferreira", "holds-office", "org:who")} <= got
    assert ("person:kofi mensah boateng", "holds-office", "org:who") not in got  # the list ended at the line of prose
    assert ("person:marcelo duarte ferreira", "holds-office", "state:brazil") not in got  # a nationality, not an office
    text = "Since 1948 there have been nine presidents:\n• Arthur Wentworth Hale, United Kingdom, 1948-1953\n"
    assert not {t for t in model_triples(extractor, text) if t[1] == "holds-office"}


@pytest.mark.model
def test_a_state_in_brackets_after_a_titled_name_owns_the_office(extractor):
    text = ("The heads of State who addressed the Summit were President Didier Nkurunziza Bizimana, (Burundi), "
            "Prime Minister Ravi Kumar Ramdin (Mauritius) and President Jean Baptiste Mugenzi (Rwanda).")
    assert_sentence(extractor, text, {("person:didier nkurunziza bizimana", "holds-office", "state:burundi"),
                                      ("person:ravi kumar ramdin", "holds-office", "state:mauritius"),
                                      ("person:jean baptiste mugenzi", "holds-office", "state:rwanda")}, set())
    assert_sentence(extractor, "Secretary-General Antonio Manuel Costa (Portugal) opened the session.", set(),
                    {("person:antonio manuel costa", "holds-office", "state:portugal")})


@pytest.mark.model
def test_a_cabinet_list_of_name_dash_office_lines_in_an_article_about_one_state(extractor):
    text = ("Ghana’s new president named a cabinet on Thursday. Ghana has grown fast.\n"
            "Here is the list of ministerial appointments approved by parliament:\n"
            "Kwabena Osei Tutu – Minister of Public Enterprises\n"
            "Ama Serwaa Mensah – Minister of Defence\n")
    assert_sentence(extractor, text, {("person:kwabena osei tutu", "holds-office", "state:ghana"),
                                      ("person:ama serwaa mensah", "holds-office", "state:ghana")}, set())
    text = ("Ghana’s new president named a cabinet on Thursday. Ghana has grown fast.\n"
            "Kwabena Osei Tutu – who was Minister of Defence – spoke first.\n")
    assert ("person:kwabena osei tutu", "holds-office", "state:ghana") not in model_triples(extractor, text)


@pytest.mark.parametrize("text, state", [
    ("ALBA met in Caracas. Dominican Prime Minister Roosevelt Skerrit took part. Its members include Bolivia, Cuba and Dominica.",
     "state:dominica"),  # the text names Dominica, not the Dominican Republic
    ("Dominican President Luis Abinader met Haitian officials in Santo Domingo.", "state:dominican-republic"),
    ("Dominican President Luis Abinader spoke of Dominica and of the Dominican Republic.", "state:dominican-republic"),  # both: the usual
    ("Congolese President Denis Sassou Nguesso hosted the summit, the Republic of the Congo said.", "state:republic-of-the-congo"),
], ids=["dominica-named", "no-state-named", "both-named", "republic-of-the-congo"])
def test_a_demonym_two_states_share_names_the_one_the_text_names(extractor, text, state):
    offices = {(s, o) for s, r, o in model_triples(extractor, text) if r == "holds-office"}
    person = next(s for s, _ in offices)
    assert (person, state) in offices and len({o for _, o in offices}) == 1, offices


@pytest.mark.parametrize("text, present, absent", [
    ("The minister was received by Alexander Wallace \u2013 Liberian Ambassador to Egypt, Madam Rania Megied \u2013 special "
     "assistant to the Minister, and Mr. Tom Kromah \u2013 Protocol Officer.",
     {("person:alexander wallace", "ambassador-to", "state:egypt"), ("person:alexander wallace", "holds-office", "state:liberia")},
     {("person:rania megied", "ambassador-to", "state:egypt"), ("person:rania megied", "holds-office", "state:liberia")}),
    ("The minister was received by the Liberian Ambassador to Egypt, Alexander Wallace, on Monday.",
     {("person:alexander wallace", "ambassador-to", "state:egypt")}, set()),  # no dash: the title before the name is his
], ids=["name-dash-title", "title-comma-name"])
def test_a_title_after_a_name_and_a_dash_is_that_name_s(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a visitor who "arrived in Baku, Azerbaijan" holds no office of the host
    ("Minister of Foreign Affairs Ali Rasheed arrived in Baku, Azerbaijan, on Thursday for the summit. Azerbaijan hosts "
     "the summit, and Azerbaijan's capital is ready. Prime Minister Ali Asadov opened it.",
     {("person:ali asadov", "holds-office", "state:azerbaijan")}, {("person:ali rasheed", "holds-office", "state:azerbaijan")}),
    # a title's first word the NER took for a body: "the Federal" + "Minister N"
    ("Pakistan's cabinet grew on Monday. Pakistan's president swore in the ministers, and the Federal Minister Mufti "
     "Abdul Karim took charge of the Ministry of Religious Affairs in Pakistan.",
     {("person:mufti abdul karim", "holds-office", "state:pakistan")}, {("person:mufti abdul karim", "holds-office", "org:federal")}),
], ids=["visitor-story", "federal-minister"])
def test_a_visitor_s_story_and_a_title_s_first_word(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, role", [
    ("The talks were attended by ex-Sierra Leone president Kofi Mensah.", "former president"),
    ("The talks were attended by Sierra Leone president Kofi Mensah.", "president"),
], ids=["ex-owner-title", "current"])
def test_an_ex_before_the_title_s_owner_marks_a_former_office(extractor, text, role):
    from kg.model import Document

    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    roles = {r.role for r in result.relations if r.relation == "holds-office" and r.target == "state:sierra-leone"}
    assert roles == {role}, roles


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a plural heading, then names each with stacked titles: the title before a name is the previous name's
    ("At talks among the Presidents of the Mano River Union, Ellen Johnson Sirleaf, President of Liberia, current "
     "Chairperson of the Mano River Union, Ernest Bai Koroma, President of Sierra Leone, and Alpha Conde, President of "
     "Guinea, met.", {("person:ernest bai koroma", "holds-office", "state:sierra-leone")},
     {("person:ernest bai koroma", "holds-office", "org:mano-river-union")}),
    ("The current Chairperson of the Mano River Union, Ernest Bai Koroma, spoke.",
     {("person:ernest bai koroma", "holds-office", "org:mano-river-union")}, set()),
], ids=["stacked-titles-after-a-heading", "title-then-name"])
def test_stacked_titles_in_a_list_of_leaders(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a list that opens with a name the model did not tag: the title before the next name is the first one's
    ("They are Jean-Luc Bodson, Ambassador of the Kingdom of Belgium, Clifford Nii Amon Kotey, Ambassador of the "
     "Republic of Ghana and Moussa Ben Hamdan Attaai, Ambassador of the Sultanate of Oman.",
     {("person:clifford nii amon kotey", "holds-office", "state:ghana")}, {("person:clifford nii amon kotey", "holds-office", "state:belgium")}),
    ("In Suva, the Prime Minister of Fiji, Sitiveni Rabuka, met the press.",
     {("person:sitiveni rabuka", "holds-office", "state:fiji")}, set()),
    # a ruler's household named in common words is no body of its own
    ("Sultan Haitham arrived in Kuwait. He was accompanied by Sultan bin Mohammed Al Nuamani, Minister of the Royal "
     "Office, and Hamad bin Said Al Aufi, Head of the Private Office.", set(),
     {("person:sultan bin mohammed al nuamani", "holds-office", "org:royal office"),
      ("person:hamad bin said al aufi", "holds-office", "org:private office")}),
], ids=["untagged-first-name", "title-then-name-after-a-place", "household-bodies"])
def test_session_20_offices(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("Eight new envoys have been appointed to serve as ambassadors to Jamaica. The minister made the announcement last "
     "week. They are Raslan Abu Rukun from Israel, Suriname's Wendy Paulus-Aminta and Peru's Mario Lopez Chavarri.",
     {("person:raslan abu rukun", "holds-office", "state:israel"), ("person:mario lopez chavarri", "holds-office", "state:peru")}, set()),
    ("Eight new buildings have been opened in Kingston. The minister made the announcement last week. They are Raslan Abu "
     "Rukun from Israel, Suriname's Wendy Paulus-Aminta and Peru's Mario Lopez Chavarri.",
     set(), {("person:raslan abu rukun", "holds-office", "state:israel")}),
], ids=["they-are-after-envoys", "no-envoys-before"])
def test_a_list_of_envoys_announced_sentences_before(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("The signatories were the heads of state of the four founding countries. These included Hussain Ershad (Bangladesh), "
     "Rajiv Gandhi (India) and Junius Jayewardene (Sri Lanka).",
     {("person:rajiv gandhi", "holds-office", "state:india"), ("person:junius jayewardene", "holds-office", "state:sri-lanka")}, set()),
    ("The conference drew many scholars. These included Amartya Sen (India), Joseph Stiglitz (United States) and Angus "
     "Deaton (Britain).", set(), {("person:amartya sen", "holds-office", "state:india")}),
], ids=["these-included-heads-of-state", "these-included-scholars"])
def test_leaders_listed_with_their_states_in_brackets_after_the_heading(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_a_name_and_an_article_that_end_the_text_break_no_rule(extractor):
    # a page cut off right after "N, the": the apposition reader must not look past the last token
    import warnings

    from kg.relations import RuleFailed
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuleFailed)
        found = model_triples(extractor, "The leaders met in Nouakchott. Among them was Omar Haddad, the")
    assert ("person:omar haddad", "holds-office", "state:mauritania") not in found


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "A, Title of X, B, ...": the title after A's name and a comma is A's, even where the list is cut off after B
    ("Leaders attending the summit are Omar Haddad, President of Tunisia, Karim Nasser, Prime Minister of Jordan, "
     "Samir Aziz, Prime M", set(), {("person:samir aziz", "holds-office", "state:jordan")}),
    ("The President of Tunisia, Omar Haddad, opened the summit.", {("person:omar haddad", "holds-office", "state:tunisia")}, set()),
    # an office in a ruler's household names no body of its own
    ("Vietnam's delegation included Head of the Office of the President Tran Van Minh and Minister of Trade Le Hoang Nam.",
     set(), {("person:tran van minh", "holds-office", "org:office of the president")}),
], ids=["cut-off-list", "title-then-name", "office-of-the-president"])
def test_titles_in_lists_and_households_of_session_21(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # the members of a delegation the home state does not own are visitors
    ("Azerbaijan hosts the summit, and Azerbaijan's capital is ready. Prime Minister Ali Asadov opened it. "
     "Foreign Minister Ali Rasheed and Defence Minister Omar Latif are part of the Maldivian delegation that will stay in Baku.",
     {("person:ali asadov", "holds-office", "state:azerbaijan")}, {("person:ali rasheed", "holds-office", "state:azerbaijan")}),
    # a home counterpart makes the subject someone else's minister
    ("Azerbaijan hosts the summit, and Azerbaijan's capital is ready. Prime Minister Ali Asadov opened it. "
     "Foreign Minister Ali Rasheed will hold talks with his Azerbaijani counterpart.",
     {("person:ali asadov", "holds-office", "state:azerbaijan")}, {("person:ali rasheed", "holds-office", "state:azerbaijan")}),
], ids=["part-of-the-delegation", "home-counterpart"])
def test_visitors_by_their_delegation_or_counterpart(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a title, a comma and a ranked or courtesy-titled name may be a list or a letter's address: nothing
    ("In a letter to Kenya's President, Colonel John Doe, the army spokesman, denied the claims.", set(),
     {("person:john doe", "holds-office", "state:kenya")}),
    ("The summit mourned Ana Toa, Samoa's first president, H.E. Dr. Sione Fifita, former President of Tonga, and others.", set(),
     {("person:sione fifita", "holds-office", "state:samoa")}),
    # a treasurer is an office, and the word is no part of the name
    ("Treasurer Ana Toa of the Pacific Islands Forum presented the accounts.", set(), {("person:treasurer ana toa", "holds-office", "org:pacific-islands-forum")}),
])
def test_ranks_and_treasurers(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
