"""party-to read from noun phrases (kg/relations/treaties.py) and the clause patterns' "become a
party", and seeks-membership from talks on accession and applications named as nouns
(kg/relations/candidacies.py: accession_talks). Sentences written for the test, on the real model.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence

pytestmark = pytest.mark.model

CASES = [
    # "The X Treaty was an agreement between A and B", parties also named by their demonyms
    ("The Lusaka Accord was an agreement between the Zambian and Angolan governments, signed in 1984.",
     {("state:zambia", "party-to", "treaty:lusaka accord"), ("state:angola", "party-to", "treaty:lusaka accord")}, set()),
    ("The Lusaka Accord was never an agreement between Zambia and Angola.", set(),
     {("state:zambia", "party-to", "treaty:lusaka accord")}),
    # a named treaty "between" its parties; not a proposed one
    ("In 1974, the Disengagement Agreement between Kenya and Uganda ended the fighting.",
     {("state:kenya", "party-to", "treaty:disengagement agreement"), ("state:uganda", "party-to", "treaty:disengagement agreement")},
     set()),
    ("A proposed Treaty of Friendship between Kenya and Uganda was discussed.", set(),
     {("state:kenya", "party-to", "treaty:treaty of friendship")}),
    # an instrument of ratification handed to a depositary, the state named or "its"
    ("The minister handed over the instrument of Austria's ratification of the Istanbul Convention.",
     {("state:austria", "party-to", "treaty:istanbul-convention")}, set()),
    ("Armenia submitted documents confirming its ratification of the Rome Statute.",
     {("state:armenia", "party-to", "treaty:rome-statute")}, set()),
    ("Armenia may submit documents confirming its ratification of the Rome Statute.", set(),
     {("state:armenia", "party-to", "treaty:rome-statute")}),
    ("Parliament delayed Turkey's ratification of the Rome Statute.", set(), {("state:turkey", "party-to", "treaty:rome-statute")}),
    # "its instrument of accession", the depositing clause's subject; a minister's state; a list of treaties; not in the future
    ("North Macedonia became a member upon depositing its instrument of accession to the North Atlantic Treaty in Washington.",
     {("state:north-macedonia", "party-to", "treaty:north-atlantic-treaty")}, set()),
    ("Kenya's Foreign Minister deposited the instruments of ratification of the Rome Statute and the Paris Agreement.",
     {("state:kenya", "party-to", "treaty:rome-statute"), ("state:kenya", "party-to", "treaty:paris-agreement")}, set()),
    ("Kenya will deposit its instrument of ratification of the Paris Agreement next month.", set(),
     {("state:kenya", "party-to", "treaty:paris-agreement")}),
    # the treaty after the instrument ("instruments of ratification of the X"), or before the act ("of X
    # ratification"); the states a copula lists for "the countries that have deposited ..."; a former name in
    # brackets keeps the list going
    ("Zambia submitted instruments of ratification of the Paris Agreement to the depositary on Monday.",
     {("state:zambia", "party-to", "treaty:paris-agreement")}, set()),
    ("The countries that have deposited their instruments of Paris Agreement ratification so far are Ghana, "
     "Eswatini (formerly Swaziland), Mali and Chad.",
     {("state:ghana", "party-to", "treaty:paris-agreement"), ("state:eswatini", "party-to", "treaty:paris-agreement"),
      ("state:mali", "party-to", "treaty:paris-agreement"), ("state:chad", "party-to", "treaty:paris-agreement")}, set()),
    ("The countries that have not deposited their instruments of Paris Agreement ratification are Ghana and Chad.",
     set(), {("state:ghana", "party-to", "treaty:paris-agreement")}),
    ("The countries that will deposit their instruments of Paris Agreement ratification are Ghana and Chad.",
     set(), {("state:ghana", "party-to", "treaty:paris-agreement")}),
    # "became a State Party"; "will be" / "will become" is not yet
    ("Palestine became the 123rd State Party to the Rome Statute.", {("state:palestine", "party-to", "treaty:rome-statute")}, set()),
    ("Palestine will become a state party to the Rome Statute on 1 April.", set(),
     {("state:palestine", "party-to", "treaty:rome-statute")}),
    ("Finland will be a member of NATO.", set(), {("state:finland", "member-of", "org:nato")}),
    # talks on accession and applications: seeks-membership, never member-of
    ("The EU opened accession negotiations with Moldova on Tuesday.",
     {("state:moldova", "seeks-membership", "org:european-union")}, {("state:moldova", "member-of", "org:european-union")}),
    ("The EU advanced membership talks for Montenegro and Serbia.",
     {("state:montenegro", "seeks-membership", "org:european-union"), ("state:serbia", "seeks-membership", "org:european-union")},
     set()),
    ("All NATO members have now approved Sweden's application for membership.",
     {("state:sweden", "seeks-membership", "org:nato")}, {("state:sweden", "member-of", "org:nato")}),
    ("EU ministers met on Monday. Montenegro began accession talks with Brussels in 2012.", {("state:montenegro", "seeks-membership", "org:european-union")},
     {("state:belgium", "seeks-membership", "org:european-union")}),
    ("The EU held talks with Moldova on energy.", set(), {("state:moldova", "seeks-membership", "org:european-union")}),
    ("The EU will not open accession talks with Turkey.", set(), {("state:turkey", "seeks-membership", "org:european-union")}),
    # a treaty signed by people: each signer's state, by the office the text gives them; not a signing to come
    ("The Treaty of Kigali was signed by Kenya's President Grace Wanjiru and Uganda's Prime Minister Paul Okot.",
     {("state:kenya", "party-to", "treaty:treaty of kigali"), ("state:uganda", "party-to", "treaty:treaty of kigali")}, set()),
    ("Malawian President Grace Banda signed the Treaty of Kigali on Monday.",
     {("state:malawi", "party-to", "treaty:treaty of kigali")}, set()),
    ("Malawian President Grace Banda will sign the Treaty of Kigali on Monday.", set(),
     {("state:malawi", "party-to", "treaty:treaty of kigali")}),
    ("Malawian President Grace Banda refused to sign the Treaty of Kigali.", set(),
     {("state:malawi", "party-to", "treaty:treaty of kigali")}),
    ("Zambia's Foreign Minister signed the Treaty of Kigali in March.", {("state:zambia", "party-to", "treaty:treaty of kigali")}, set()),
    # an opening phrase the parser joins the states to: they still sign what the verb governs
    ("In addition to the Extradition Treaty, Peru and Bolivia also signed the Defense Cooperation Agreement (DCA) on Friday.",
     {("state:peru", "party-to", "treaty:defense cooperation agreement"),
      ("state:bolivia", "party-to", "treaty:defense cooperation agreement")}, set()),
    ("In addition to the Extradition Treaty, Peru and Bolivia did not sign the Defense Cooperation Agreement.", set(),
     {("state:peru", "party-to", "treaty:defense cooperation agreement")}),
    ("In addition to the treaty with Chile, Peru and Bolivia also signed the Defense Cooperation Agreement.", set(),
     {("state:chile", "party-to", "treaty:defense cooperation agreement")}),
    # "The Treaty of X was signed by A, B and C": the passive with the signers after "by"; not one to
    # come, nor one denied, nor a letter
    ("The Treaty of Libreville was signed by Angola, Burundi and Chad.",
     {("state:angola", "party-to", "treaty:treaty of libreville"), ("state:chad", "party-to", "treaty:treaty of libreville")}, set()),
    ("The Treaty of Libreville will be signed by Gabon. The Treaty of Libreville was not signed by Congo.", set(),
     {("state:gabon", "party-to", "treaty:treaty of libreville"), ("state:congo", "party-to", "treaty:treaty of libreville")}),
    # signers named as the leaders of the states: "the Heads of State and Government of A, B and C";
    # not the ministers of something else, nor the leaders of a region
    ("The Treaty of Libreville was signed by the Heads of State and Government of Angola, Burundi and Chad.",
     {("state:angola", "party-to", "treaty:treaty of libreville"), ("state:burundi", "party-to", "treaty:treaty of libreville"),
      ("state:chad", "party-to", "treaty:treaty of libreville")}, set()),
    ("The Treaty of Libreville was signed by the ministers of finance of Gabon and Congo.", set(),
     {("state:gabon", "party-to", "treaty:treaty of libreville")}),
    # a signature "on behalf of" a state or its government is the state's, whoever signs
    ("The minister signed the Treaty of Rome on behalf of Italy.", {("state:italy", "party-to", "treaty:treaty-of-rome")}, set()),
    ("PSM signed the Treaty of Rome on behalf of the Royal Government of Belgium.",
     {("state:belgium", "party-to", "treaty:treaty-of-rome")}, {("org:psm", "party-to", "treaty:treaty-of-rome")}),
    # "between the countries of A, B and C": the states named; not "the countries of the region"
    ("The Treaty of Montevideo was a pact between the countries of Chile, Peru and Bolivia signed in 1980.",
     {("state:chile", "party-to", "treaty:treaty of montevideo"), ("state:bolivia", "party-to", "treaty:treaty of montevideo")}, set()),
    ("The Treaty of Montevideo was a pact between the countries of South America signed in 1980.", set(),
     {("state:chile", "party-to", "treaty:treaty of montevideo")}),
]


@pytest.mark.parametrize("text, present, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a treaty named by its subject: head word in capitals, a lower-case "on", the subject in capitals
    ("Uzbek President Adil Osmonov and Kazakh President Rustam Karimov signed a Treaty on Water Sharing in Tashkent.",
     {("state:uzbekistan", "party-to", "treaty:treaty on water sharing"),
      ("state:kazakhstan", "party-to", "treaty:treaty on water sharing")}, set()),
    ("Kyrgyzstan and Tajikistan signed the Treaty on Eternal Friendship and Cooperation on Monday.",
     {("state:kyrgyzstan", "party-to", "treaty:treaty on eternal friendship and cooperation")}, set()),
    ("Kyrgyzstan and Tajikistan did not sign the Treaty on Eternal Friendship.", set(),
     {("state:kyrgyzstan", "party-to", "treaty:treaty on eternal friendship")}),
])
def test_a_treaty_named_by_its_subject(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text", [
    "The Agreement on Monday was signed by both sides.",  # a date is no subject
    "Leaders Sign Agreement On Trade In Kyiv",  # a headline in title case: no lower-case "on"
    "The agreement on trade was signed in Kyiv.",  # no name
])
def test_no_treaty_named_without_a_subject_in_capitals(extractor, text):
    from kg.resolve import resolve_mentions

    assert not [m for m in resolve_mentions(extractor.nlp(text), extractor.gazetteer).mentions if m.type == "treaty"]


def test_a_known_treaty_named_by_its_subject_stays_the_gazetteer_s(extractor):
    from kg.resolve import resolve_mentions

    doc = extractor.nlp("Both states are parties to the Treaty on the Non-Proliferation of Nuclear Weapons.")
    assert [m.key for m in resolve_mentions(doc, extractor.gazetteer).mentions if m.type == "treaty"] == ["treaty:npt"]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a treaty named after the place it was signed in, its parties in an apposition's "between"
    ("The Treaty of Tordesillas, an agreement between Spain and Portugal, divided the lands.",
     {("state:spain", "party-to", "treaty:treaty of tordesillas"), ("state:portugal", "party-to", "treaty:treaty of tordesillas")}, set()),
    ("The Treaty of Tordesillas, a proposed agreement between Spain and Portugal, is discussed.", set(),
     {("state:spain", "party-to", "treaty:treaty of tordesillas")}),
])
def test_a_treaty_named_after_a_place_and_its_parties_in_apposition(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # "it" opening the sentence is the treaty the sentence before is about; the states after "between" sign it
    ("The Malaysia Agreement is a legal document. It was signed in London between the United Kingdom and the Federation "
     "of Malaya.",
     {("state:united-kingdom", "party-to", "treaty:malaysia agreement"), ("state:federation-of-malaya", "party-to", "treaty:malaysia agreement")},
     set()),
    ("The Malaysia Agreement is a legal document. It was not signed between the United Kingdom and Singapore.", set(),
     {("state:singapore", "party-to", "treaty:malaysia agreement")}),
    # the sentence before is about a state, not a treaty: "it" names no treaty
    ("Singapore is a small state near the Malaysia Agreement's signatories. It was signed in London between the United "
     "Kingdom and Malaya.", set(), {("state:federation-of-malaya", "party-to", "treaty:malaysia agreement")}),
])
def test_it_was_signed_between_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("Trade ministers from Australia, Brunei and Chile signed the CPTPP at a ceremony in Santiago.",
     {("state:brunei", "party-to", "treaty:cptpp")}, set()),
    ("Trade ministers from Australia, Brunei and Chile did not sign the CPTPP at a ceremony in Santiago.",
     set(), {("state:brunei", "party-to", "treaty:cptpp")}),
], ids=["ministers-from-signed", "ministers-from-did-not-sign"])
def test_a_treaty_signed_by_ministers_from_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("In 1995 Cambodia, Laos, Thailand and Vietnam signed the Agreement on the Mekong River Basin that created the Mekong "
     "River Commission.", {("state:laos", "member-of", "org:mekong-river-commission")}, set()),
    ("The Treaty of Chaguaramas created CARICOM in 1973. Jamaica signed the Treaty of Chaguaramas in 1983.",
     {("state:jamaica", "party-to", "treaty:treaty-of-chaguaramas")}, {("state:jamaica", "member-of", "org:caricom")}),
], ids=["signed-the-founding-treaty", "signed-in-another-sentence"])
def test_signatories_of_the_treaty_that_created_an_organisation(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a trade agreement that "includes" states: its parties; not what it includes for a state, nor a negated or possible one
    ("RCEP includes China, Japan, South Korea, Australia and New Zealand.",
     {("state:china", "party-to", "treaty:rcep"), ("state:new-zealand", "party-to", "treaty:rcep")}, set()),
    ("RCEP does not include India.", set(), {("state:india", "party-to", "treaty:rcep")}),
    ("RCEP could include India in the future.", set(), {("state:india", "party-to", "treaty:rcep")}),
    ("RCEP includes tariff cuts for Japan.", set(), {("state:japan", "party-to", "treaty:rcep")}),
    # a treaty that drew a zone or a sphere, and one that "originally included" a state: no parties
    ("The Sykes-Picot Agreement includes Syria and Lebanon in the French zone.", set(), {("state:syria", "party-to", "treaty:sykes-picot-agreement")}),
    ("The Trans-Pacific Partnership originally included the United States before it withdrew.", set(),
     {("state:united-states", "party-to", "treaty:trans-pacific-partnership")}),
])
def test_a_trade_agreement_includes_its_parties(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
