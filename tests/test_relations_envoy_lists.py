"""holds-office for envoys listed in turn with the states that sent them (kg/relations/envoy_lists.py):
"the ambassadors of Chile, Ana Gomez, Peru, Jose Diaz and Bolivia, Luis Mora". Every sentence is
written for the test. Hand-built parses first, then the real model with the host from the setting.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, model_triples
from kg.resolve import resolve_mentions

# "The ambassadors of Chile, Ana Gomez, Peru, Jose Diaz and Bolivia, Luis Mora arrived."
# (word, head, dep, tag, pos, lemma); the parse of such lists is flat and unreliable, the rule reads word order
IN_TURN = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("ambassadors", 15, "nsubj", "NNS", "NOUN", "ambassador"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("Chile", 2, "pobj", "NNP", "PROPN", "Chile"),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("Ana", 6, "compound", "NNP", "PROPN", "Ana"),
    ("Gomez", 3, "appos", "NNP", "PROPN", "Gomez"),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("Peru", 3, "conj", "NNP", "PROPN", "Peru"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("Jose", 11, "compound", "NNP", "PROPN", "Jose"),
    ("Diaz", 8, "appos", "NNP", "PROPN", "Diaz"),
    ("and", 8, "cc", "CC", "CCONJ", "and"),
    ("Bolivia", 8, "conj", "NNP", "PROPN", "Bolivia"),
    (",", 13, "punct", ",", "PUNCT", ","),
    ("arrived", 15, "ROOT", "VBD", "VERB", "arrive"),
    (".", 15, "punct", ".", "PUNCT", "."),
]
IN_TURN_ENTS = [(3, 4, "GPE", "state:chile"), (5, 7, "PERSON", ""), (8, 9, "GPE", "state:peru"), (10, 12, "PERSON", ""),
                (13, 14, "GPE", "state:bolivia")]


def _offices(rules, gazetteer, doc):
    return {(r.source, r.target, r.evidence.rule) for r in rules.extract(resolve_mentions(doc, gazetteer), "d")
            if r.relation == "holds-office"}


def test_each_envoy_holds_the_office_of_the_state_before_the_name(blank_vocab, rules, gazetteer):
    doc = hand_parse(blank_vocab, IN_TURN, ents=IN_TURN_ENTS)
    got = _offices(rules, gazetteer, doc)
    assert ("person:ana gomez", "state:chile", "envoys-of-states-in-turn") in got
    assert ("person:jose diaz", "state:peru", "envoys-of-states-in-turn") in got
    assert not any(s == "person:ana gomez" and t == "state:peru" for s, t, _ in got)


def test_one_state_and_one_name_are_no_list(blank_vocab, rules, gazetteer):
    """ "The ambassadors of Chile, Ana Gomez, arrived": one pair may be an apposition to the
    group, not a list of envoys by state."""
    rows = [
        ("The", 1, "det", "DT", "DET", "the"),
        ("ambassadors", 8, "nsubj", "NNS", "NOUN", "ambassador"),
        ("of", 1, "prep", "IN", "ADP", "of"),
        ("Chile", 2, "pobj", "NNP", "PROPN", "Chile"),
        (",", 1, "punct", ",", "PUNCT", ","),
        ("Ana", 6, "compound", "NNP", "PROPN", "Ana"),
        ("Gomez", 1, "appos", "NNP", "PROPN", "Gomez"),
        (",", 1, "punct", ",", "PUNCT", ","),
        ("arrived", 8, "ROOT", "VBD", "VERB", "arrive"),
        (".", 8, "punct", ".", "PUNCT", "."),
    ]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 4, "GPE", "state:chile"), (5, 7, "PERSON", "")])
    assert not any(rule == "envoys-of-states-in-turn" for _, _, rule in _offices(rules, gazetteer, doc))


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("LUANDA, May 3 - The Angolan President received the credentials of the new ambassadors of Uruguay, Nester Lopez, "
     "Chile, Julio Ramos and Australia, Tegan Brown, who will have non-resident status.",
     {("person:nester lopez", "holds-office", "state:uruguay"), ("person:julio ramos", "holds-office", "state:chile"),
      ("person:tegan brown", "holds-office", "state:australia"), ("person:nester lopez", "ambassador-to", "state:angola")},
     {("person:nester lopez", "holds-office", "state:chile"), ("person:julio ramos", "holds-office", "state:australia")}),
    ("The ambassadors of Chile, Peru and Bolivia attended the ceremony with Ana Gomez.", set(),
     {("person:ana gomez", "holds-office", "state:bolivia")}),
    ("The envoys of Chile and Peru met Ana Gomez, Bolivia's foreign minister, and Jose Diaz.", set(),
     {("person:ana gomez", "holds-office", "state:peru"), ("person:jose diaz", "holds-office", "state:bolivia")}),
    # leaders listed in turn with their states, with or without a comma between state and name
    ("The summit was attended by the Presidents of Kenya William Ruto, Uganda Yoweri Museveni and Tanzania Samia Suluhu Hassan.",
     {("person:william ruto", "holds-office", "state:kenya"), ("person:yoweri museveni", "holds-office", "state:uganda")},
     {("person:william ruto", "holds-office", "state:uganda")}),
    # "the Presidents of A, N; of B, M; and of C, P": "of" again before each state; the last name the
    # NER may not type as a person is one by its place in the turn
    ("The leader met the Presidents of Kenya, William Ruto; of Uganda, Yoweri Museveni; and of Tanzania, Jovenel Mwanga.",
     {("person:william ruto", "holds-office", "state:kenya"), ("person:yoweri museveni", "holds-office", "state:uganda"),
      ("person:jovenel mwanga", "holds-office", "state:tanzania")}, {("person:william ruto", "holds-office", "state:uganda")}),
    ("The foreign ministers of Kenya, John Kamau, and Uganda, Peter Okello, signed the deal.",
     {("person:john kamau", "holds-office", "state:kenya"), ("person:peter okello", "holds-office", "state:uganda")}, set()),
    ("The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met.", set(),
     {("person:william ruto", "holds-office", "state:uganda")}),
    # "Ambassadors Extraordinary and Plenipotentiary of A - N, B - M": a dash between state and name
    ("The President received Ambassadors Extraordinary and Plenipotentiary of Ireland - John Murphy, the State of Qatar - "
     "Saad al-Nasr and New Zealand - Sarah Walsh.",
     {("person:john murphy", "holds-office", "state:ireland"), ("person:saad al nasr", "holds-office", "state:qatar"),
      ("person:sarah walsh", "holds-office", "state:new-zealand")}, {("person:john murphy", "holds-office", "state:qatar")}),
    # the states first, then their people "respectively"; without it, or with a count that differs, nothing
    ("Foreign Ministers of Armenia, Moldova and Ukraine, Tigran Sarkisyan, Ion Rusu and Oleh Bondar, respectively, met in Kyiv.",
     {("person:tigran sarkisyan", "holds-office", "state:armenia"), ("person:ion rusu", "holds-office", "state:moldova"),
      ("person:oleh bondar", "holds-office", "state:ukraine")},
     {("person:ion rusu", "holds-office", "state:armenia"), ("person:tigran sarkisyan", "holds-office", "state:ukraine")}),
    # without "respectively", when the names close an apposition the clause's verb follows; not an object's
    ("The Foreign Ministers of Kenya and Uganda, Grace Wanjiru and John Okello, signed the Agreement on Trade.",
     {("person:grace wanjiru", "holds-office", "state:kenya"), ("person:john okello", "holds-office", "state:uganda")},
     {("person:grace wanjiru", "holds-office", "state:uganda")}),
    ("He met the Foreign Ministers of Kenya and Uganda, Grace Wanjiru and John Okello, in Nairobi.", set(),
     {("person:grace wanjiru", "holds-office", "state:kenya")}),
    ("The Foreign Ministers of Armenia, Moldova and Ukraine, Tigran Sarkisyan and Ion Rusu, respectively, met.", set(),
     {("person:tigran sarkisyan", "holds-office", "state:armenia"), ("person:ion rusu", "holds-office", "state:moldova")}),

    # a plural envoy noun, then names each with its state in brackets; the host from the setting
    ("President Grace Banda received letters of credence from three new ambassadors to Malawi on Monday.\n"
     "The envoys included Omar Haddad (Jordan), Lena Berg (Sweden) and Tomas Novak (Slovakia).",
     {("person:omar haddad", "holds-office", "state:jordan"), ("person:lena berg", "holds-office", "state:sweden"),
      ("person:omar haddad", "ambassador-to", "state:malawi")}, {("person:omar haddad", "holds-office", "state:sweden")}),
    # one envoy a line, the state in brackets, under a heading of envoys; not under another heading
    ("President Grace Banda received letters of credence from new envoys to Malawi on Monday.\nAmbassadors:\n"
     "Omar Haddad (Jordan)\nLena Berg (Sweden)\nTomas Novak (Slovakia)\nHigh Commissioners:\nRavi Menon (India)\nSarah Cole (Ghana)",
     {("person:omar haddad", "holds-office", "state:jordan"), ("person:tomas novak", "holds-office", "state:slovakia"),
      ("person:ravi menon", "holds-office", "state:india"), ("person:omar haddad", "ambassador-to", "state:malawi")},
     {("person:lena berg", "holds-office", "state:slovakia")}),
    ("The forum opened in Geneva on Monday with talks on trade.\nSpeakers:\nOmar Haddad (Jordan)\nLena Berg (Sweden)\n"
     "Tomas Novak (Slovakia)", set(), {("person:omar haddad", "holds-office", "state:jordan")}),
    # a line of a list: the name, then its title with the owner, no comma between
    ("The Governor General of Canada received the letters of credence of new heads of mission in Ottawa.\n\n"
     "His Excellency Jan Berg Ambassador of the Republic of Norway\n\nHer Excellency Ana Cruz Ambassador of the Republic of Peru",
     {("person:jan berg", "holds-office", "state:norway"), ("person:ana cruz", "holds-office", "state:peru"),
      ("person:ana cruz", "ambassador-to", "state:canada")}, {("person:jan berg", "holds-office", "state:peru")}),
    ("Jan Berg met the Ambassador of Norway in Oslo.", set(), {("person:jan berg", "holds-office", "state:norway")}),
    ("Malawian diplomats met Omar Haddad (Jordan) and Lena Berg (Sweden) in Geneva.", set(),
     {("person:omar haddad", "holds-office", "state:jordan")}),
    # a courtesy title before each name; the host from a later "Ambassador of X in <capital>"
    ("DODOMA - The President received the ambassadors of five countries, who handed him their credentials. They are the ambassadors of Greece, Ms. Eleni "
     "Markou, Ghana, Mr. Kwame Boateng, and Norway, Mr. Erik Dahl. The Ambassador of Norway in Dodoma praised the talks.",
     {("person:eleni markou", "holds-office", "state:greece"), ("person:kwame boateng", "holds-office", "state:ghana"),
      ("person:erik dahl", "holds-office", "state:norway"), ("person:kwame boateng", "ambassador-to", "state:tanzania")},
     {("person:kwame boateng", "holds-office", "state:greece")}),
    # state, dash, name in turn (translated news): the NER sees no names there, the list does
    ("President Aliya Nurova received the credentials of new ambassadors to Kazakhstan on Friday.\n\n"
     "The credentials were presented by the ambassadors of Latvia - Karlis Ozols, Chile - Marta de la Vega "
     "and Ghana - Kofi Mensah Boateng.",
     {("person:karlis ozols", "holds-office", "state:latvia"), ("person:marta de la vega", "holds-office", "state:chile"),
      ("person:kofi mensah boateng", "holds-office", "state:ghana"), ("person:karlis ozols", "ambassador-to", "state:kazakhstan")},
     {("person:karlis ozols", "holds-office", "state:chile"), ("person:kofi mensah boateng", "ambassador-to", "state:ghana")}),
    # one pair alone is no list: a match, a border, a score
    ("Latvia - Karlis Ozols scored twice in Riga on Friday.", set(),
     {("person:karlis ozols", "holds-office", "state:latvia")}),
    # the head of an organisation's delegation who presents credentials is its envoy, posted by the setting
    ("President Aliya Nurova received the credentials of new envoys to Kazakhstan on Friday.\n\n"
     "The credentials were presented by the head of the European Union delegation, Anna Kowalska, and the "
     "ambassadors of Latvia - Karlis Ozols and Ghana - Kofi Boateng.",
     {("person:anna kowalska", "holds-office", "org:european-union"), ("person:anna kowalska", "ambassador-to", "state:kazakhstan")},
     {("person:anna kowalska", "leads-delegation", "org:european-union")}),
    # at a meeting, the head of an organisation's delegation leads it
    ("At the climate talks in Bonn, the head of the European Union delegation, Anna Kowalska, urged faster cuts.",
     {("person:anna kowalska", "leads-delegation", "org:european-union")},
     {("person:anna kowalska", "holds-office", "org:european-union")}),
    # items of a list cut by semicolons: a name and its title with no comma between; a name
    # alone, then its title alone (a semicolon typed for a comma)
    ("The meeting was attended by: H.E. Tomas Ruiz, President of the Republic of Chile; H.E. Anna Berg; "
     "President of the Republic of Latvia; H.E. Pedro Gil Minister of Foreign Affairs of the Republic of Peru and "
     "H.E. Mari Tamm, Minister of Defence of the Republic of Estonia.",
     {("person:anna berg", "holds-office", "state:latvia"), ("person:pedro gil", "holds-office", "state:peru"),
      ("person:tomas ruiz", "holds-office", "state:chile")},
     {("person:anna berg", "holds-office", "state:chile"), ("person:pedro gil", "holds-office", "state:latvia")}),
    # a title item followed by its own name is that name's, not the item before
    ("Present were: H.E. Anna Berg; President of the Republic of Latvia Edgars Ozols; and others.", set(),
     {("person:anna berg", "holds-office", "state:latvia")}),
    # a name inside a sentence, not opening an item, takes no title after it
    ("He met Pedro Gil Minister of Foreign Affairs of the Republic of Peru in Lima.", set(),
     {("person:pedro gil", "holds-office", "state:peru")}),
    # a list of envoys that goes on in the next sentence: "Others are ..."
    ("President Ana Mwangi received letters of credence from new envoys in Nairobi, Kenya on Monday.\n\n"
     "The new envoys who presented their letters of credence included Julia Petrova of Romania and Nikos Pappas, of Greece. "
     "Others are Omar Diallo, of Mali, and Samir Hassan of Egypt.",
     {("person:omar diallo", "holds-office", "state:mali"), ("person:samir hassan", "holds-office", "state:egypt"),
      ("person:julia petrova", "holds-office", "state:romania")}, set()),
    ("President Ana Mwangi met the press in Nairobi on Monday. Others are Omar Diallo of Mali and Samir Hassan of Egypt.",
     set(), {("person:omar diallo", "holds-office", "state:mali")}),
    # the host after an adverb before "accredited"; items "the Ambassador of X, N" cut by semicolons
    ("On Monday the president received envoys newly accredited to Lithuania: the Ambassador of Estonia, Kadri Tamm; "
     "the Ambassador of Slovenia, Jure Zupancic; and the Ambassador of Finland, Anne Virtanen.",
     {("person:kadri tamm", "ambassador-to", "state:lithuania"), ("person:jure zupancic", "holds-office", "state:slovenia"),
      ("person:jure zupancic", "ambassador-to", "state:lithuania"), ("person:anne virtanen", "holds-office", "state:finland")},
     {("person:jure zupancic", "holds-office", "state:estonia")}),
    ("The ambassadors recently visited Latvia: the Ambassador of Estonia, Kadri Tamm, and the Ambassador of Finland, Anne Virtanen.",
     {("person:kadri tamm", "holds-office", "state:estonia")}, {("person:kadri tamm", "ambassador-to", "state:latvia")}),
    # a plural leader's title before names with their states in brackets; not "opposition leaders"
    ("The treaty was signed in the presence of the presidents: Luis Herrera (Honduras), Pablo Ortega (Colombia) and Juan Soto (Ecuador).",
     {("person:luis herrera", "holds-office", "state:honduras"), ("person:juan soto", "holds-office", "state:ecuador")},
     {("person:luis herrera", "holds-office", "state:colombia")}),
    ("The rally was addressed by opposition leaders: Luis Herrera (Honduras) and Pablo Ortega (Colombia).", set(),
     {("person:luis herrera", "holds-office", "state:honduras")}),
    # "of the time": a former office, each of the state in brackets
    ("Guests will be the Foreign Ministers of the time, Jose Ayala Lasso (Ecuador) and Fernando Trazegnies (Peru).",
     {("person:jose ayala lasso", "holds-office", "state:ecuador"), ("person:fernando trazegnies", "holds-office", "state:peru")},
     set()),
    ("Guests will be the ministers of agriculture, Jose Ayala Lasso (Ecuador) and Fernando Trazegnies (Peru).", set(),
     {("person:jose ayala lasso", "holds-office", "state:ecuador")}),
    # a plural title, then each name with "of" and its state
    ("The accord was signed by Foreign Ministers Carlos Ibarra of Argentina, Jose Pereira of Brazil and Luis Acosta of Uruguay.",
     {("person:carlos ibarra", "holds-office", "state:argentina"), ("person:luis acosta", "holds-office", "state:uruguay")}, set()),
])
def test_sentences(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


def test_a_list_that_ends_the_text_on_a_semicolon_is_read_to_its_end(extractor):
    # the last item is a name alone and nothing follows its semicolon: no title to take from a next item
    text = "The summit was attended by: H.E. Moussa Traore; President of the Republic of Mali; H.E. Amadou Kone;"
    assert_sentence(extractor, text, {("person:moussa traore", "holds-office", "state:mali")},
                    {("person:amadou kone", "holds-office", "state:mali")})


def test_the_then_presidents_in_a_bracketed_list_held_a_former_office(extractor):
    text = "Guests at the 1998 ceremony were the then presidents: Luis Herrera (Honduras), Pablo Ortega (Colombia) and Juan Soto (Ecuador)."
    from kg.model import Document

    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    roles = {(r.source, r.target): r.role for r in result.relations if r.relation == "holds-office"}
    assert roles[("person:pablo ortega", "state:colombia")] == "former president", roles


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a plural leader's title, then names with their states in brackets or after "from"; a name the
    # NER missed in such a list is still a person
    ("These are Presidents Kaino Shivute from Namibia, Felix Tshisekedi (DRC), Hakainde Hichilema (Zambia) and "
     "Joao Lourenco (Angola).",
     {("person:kaino shivute", "holds-office", "state:namibia"), ("person:hakainde hichilema", "holds-office", "state:zambia")},
     set()),
    ("Traders from Namibia, Felix Tshisekedi (DRC) and Hakainde Hichilema (Zambia) met in Lusaka.", set(),
     {("person:felix tshisekedi", "holds-office", "state:democratic-republic-of-the-congo")}),
])
def test_leaders_listed_with_their_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_envoys_are_posted_to_the_state_whose_capital_their_credentials_were_received_in(extractor):
    text = ("New ambassadors from Namibia and Lesotho presented their credentials to President Tran Van Minh in Hanoi on Wednesday. "
            "Lesotho's Ambassador Thabo Molapo Sekhonyana said Lesotho wanted closer ties. "
            "The Namibian Ambassador Ringo Haufiku Amadhila spoke of trade.")
    assert_sentence(extractor, text, {("person:thabo molapo sekhonyana", "ambassador-to", "state:vietnam"),
                                      ("person:ringo haufiku amadhila", "ambassador-to", "state:vietnam")}, set())


@pytest.mark.model
def test_credentials_received_by_an_organisations_president_give_no_host_state(extractor):
    text = ("Four new ambassadors presented letters of credence to ECOWAS Commission President Omar Alieu Sanneh in Abuja. "
            "Ambassador Pieter van Dalen of the Netherlands and Ambassador Lucas Pereira Costa of Brazil spoke of trade.")
    assert_sentence(extractor, text, set(), {("person:pieter van dalen", "ambassador-to", "state:nigeria"),
                                             ("person:lucas pereira costa", "ambassador-to", "state:nigeria")})


@pytest.mark.model
def test_envoys_welcomed_by_a_head_of_state_are_posted_to_that_state(extractor):
    text = ("President Kofi Mensah of Ghana welcomed five envoys at the Jubilee House. "
            "The envoys were Anna Berg Lindqvist from Sweden and Li Wei Zhang from China.")
    assert_sentence(extractor, text, {("person:anna berg lindqvist", "ambassador-to", "state:ghana"),
                                      ("person:li wei zhang", "ambassador-to", "state:ghana")}, set())
    text = ("President Kofi Mensah of Ghana criticised five envoys at the Jubilee House. "
            "The envoys were Anna Berg Lindqvist from Sweden and Li Wei Zhang from China.")
    assert_sentence(extractor, text, set(), {("person:anna berg lindqvist", "ambassador-to", "state:ghana")})


@pytest.mark.model
def test_envoys_listed_name_dash_state_after_a_relative_clause(extractor):
    text = ("President Kofi Mensah of Ghana received the credentials of four new ambassadors. The envoys who presented their "
            "letters of credence at the Jubilee House include Nikos Andreou Pappas – Hellenic Republic (Greece), "
            "Lucia Perez Ortega – Cuba, Ana Lopes Ferreira – Angola.")
    assert_sentence(extractor, text, {("person:nikos andreou pappas", "holds-office", "state:greece"),
                                      ("person:lucia perez ortega", "holds-office", "state:cuba")}, set())
    text = ("President Kofi Mensah of Ghana met writers at the Jubilee House. Diplomats who met him included "
            "Nikos Andreou Pappas – a Greek novelist, and Lucia Perez Ortega – a poet.")
    assert not {t for t in model_triples(extractor, text) if t[1] == "holds-office" and t[0] != "person:kofi mensah"}


@pytest.mark.parametrize("text, present, absent", [
    # an envoy "accredited to" states is posted to each of them
    ("Based in Seoul, Ambassador Anne Mutesi of Rwanda is also accredited to Laos and Cambodia.",
     {("person:anne mutesi", "ambassador-to", "state:laos"), ("person:anne mutesi", "ambassador-to", "state:cambodia")}, set()),
    ("Ambassador Anne Mutesi is not accredited to Cambodia.", set(), {("person:anne mutesi", "ambassador-to", "state:cambodia")}),
    ("The reporter Anne Mutesi is accredited to the White House.", set(),
     {("person:anne mutesi", "ambassador-to", "org:white house")}),
    # the capital that opens the sentence is where the credentials were received
    ("In Vientiane, the capital of Laos, Rwandan Ambassador Anne Mutesi on Tuesday presented her letters of credence to "
     "President Somsak Phomvihane.", {("person:anne mutesi", "ambassador-to", "state:laos")}, set()),
    ("In a statement, Rwandan Ambassador Anne Mutesi said she had presented her letters of credence to President Somsak "
     "Phomvihane.", set(), {("person:anne mutesi", "ambassador-to", "state:laos")}),
])
def test_envoys_accredited_to_states_and_credentials_received_in_the_opening_capital(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # the head of state "welcomed to X" the envoys, whose credentials the article is about: X hosts them
    ("President Dr Kabelo Tau has welcomed to Botswana three new ambassadors representing France, Zimbabwe and the "
     "Sahrawi Republic. French Ambassador Claire Dubois and Sahrawi Ambassador Salem Brahim presented their credentials "
     "on Monday.",
     {("person:claire dubois", "ambassador-to", "state:botswana"), ("person:salem brahim", "ambassador-to", "state:botswana"),
      ("person:salem brahim", "holds-office", "state:sahrawi-arab-democratic-republic")}, set()),
    # welcomed in words only, no credentials and no envoys welcomed to a state: no host
    ("President Dr Kabelo Tau has welcomed the decision. French Ambassador Claire Dubois presented a report on Monday.", set(),
     {("person:claire dubois", "ambassador-to", "state:botswana")}),
])
def test_envoys_welcomed_to_a_state(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a state's envoys, then each with the state they are posted to in brackets: ambassador there, office at home
    ("The minister said 12 Kenyan ambassadors posted in Asia will attend the retreat.\nThey are Joseph Mwangi (Japan), "
     "Ruth Achieng (India) and Samuel Kiprono (Thailand).",
     {("person:joseph mwangi", "ambassador-to", "state:japan"), ("person:joseph mwangi", "holds-office", "state:kenya"),
      ("person:samuel kiprono", "ambassador-to", "state:thailand")},
     {("person:joseph mwangi", "holds-office", "state:japan"), ("person:ruth achieng", "holds-office", "state:india")}),
    ("The Ghanaian envoys included Kofi Boateng (Spain), Ama Owusu (Italy) and Yaw Darko (Portugal).",
     {("person:kofi boateng", "ambassador-to", "state:spain"), ("person:ama owusu", "holds-office", "state:ghana")},
     {("person:kofi boateng", "holds-office", "state:spain")}),
    # the envoys do something to the people listed: those are others
    ("The Ghanaian envoys met Kofi Boateng (Spain), Ama Owusu (Italy) and Yaw Darko (Portugal).", set(),
     {("person:kofi boateng", "ambassador-to", "state:spain"), ("person:kofi boateng", "holds-office", "state:ghana")}),
    # "They were ..." after a sentence that names other people than the envoys: not the envoys
    ("Kenyan envoys welcomed three foreign ministers on Monday. They were Hans Vogel (Germany), Pierre Martin (France) and "
     "Luca Rossi (Italy).", set(), {("person:hans vogel", "ambassador-to", "state:germany"), ("person:hans vogel", "holds-office", "state:kenya")}),
    # "diplomats" may be any embassy's staff
    ("The Kenyan diplomats, Hans Vogel (Germany), Pierre Martin (France) and Luca Rossi (Italy), were expelled.", set(),
     {("person:hans vogel", "ambassador-to", "state:germany")}),
    # envoys with no state of their own: the bracketed state is the one that sent them
    ("The new envoys are Kofi Boateng (Spain), Ama Owusu (Italy) and Yaw Darko (Portugal).",
     {("person:kofi boateng", "holds-office", "state:spain")}, {("person:kofi boateng", "ambassador-to", "state:spain")}),
    # "to X Ambassador N" after an envoy "of" another state: X is where the envoy is posted, not whose
    ("The new envoy of the Republic of Ghana to Kenya Ambassador Kofi Boateng presented his letters of credence.", set(),
     {("person:kofi boateng", "holds-office", "state:kenya")}),
])
def test_a_states_envoys_listed_with_their_postings(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
