"""member-of from what an organisation is made of (kg/relations/compositions.py), on the real
model: the verbs that set out an organisation's members, and the states a list after them sets
apart as something less than members. Sentences are made up for the patterns."""

from __future__ import annotations

import pytest

from conftest import assert_sentence, model_triples

NORDIC = "org:nordic-council"


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "embraces" sets out the members, like "comprises", after the organisation or an epithet for it
    ("The Nordic Council embraces Denmark, Finland, Iceland, Norway and Sweden.",
     {("state:denmark", "member-of", NORDIC), ("state:sweden", "member-of", NORDIC)}, set()),
    ("Ministers met at the Nordic Council in Oslo. The regional organisation, founded in 1952, embraces Denmark, Finland and Norway.",
     {("state:denmark", "member-of", NORDIC), ("state:norway", "member-of", NORDIC)}, set()),
    # the past tense welcomes (a bid, a return): no list of members
    ("The Nordic Council embraced Iceland's bid to host the session.",
     set(), {("state:iceland", "member-of", NORDIC)}),
], ids=["embraces", "epithet-embraces", "embraced-a-bid"])
def test_embraces_sets_out_the_members(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # names a list sets apart "as future" or "as prospective" members are none yet
    ("NATO embraces Finland and Sweden as future allies.",
     set(), {("state:finland", "member-of", "org:nato"), ("state:sweden", "member-of", "org:nato")}),
    ("The Nordic Council includes Estonia and Latvia as prospective members.",
     set(), {("state:estonia", "member-of", NORDIC), ("state:latvia", "member-of", NORDIC)}),
    ("The Nordic Council includes Estonia and Latvia as full members.",
     {("state:estonia", "member-of", NORDIC), ("state:latvia", "member-of", NORDIC)}, set()),
], ids=["future-allies", "prospective-members", "full-members"])
def test_members_to_come_are_set_apart(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # an assembly of parliaments "comprises member parliaments of N states:": the states are its members
    ("The Nordic Council comprises member parliaments of three states: Denmark, Norway and Sweden.",
     {("state:denmark", "member-of", NORDIC), ("state:sweden", "member-of", NORDIC)}, set()),
    # the parliaments of a region are no list of states
    ("The Nordic Council comprises member parliaments of the region.",
     set(), {("state:denmark", "member-of", NORDIC)}),
], ids=["parliaments-of-states", "parliaments-of-a-region"])
def test_an_assembly_of_the_states_parliaments(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_the_warsaw_pact_is_an_alliance_and_the_warsaw_treaty_its_treaty(extractor):
    got = model_triples(extractor, "The Warsaw Pact was made up of Poland, Hungary and Bulgaria.")
    assert ("state:poland", "member-of", "org:warsaw-pact") in got, got


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "has N member economies/states, namely, A, B": the states named in apposition to the counted members
    ("The Nordic Council has five member states, namely, Denmark, Finland, Iceland, Norway and Sweden.",
     {("state:denmark", "member-of", NORDIC), ("state:sweden", "member-of", NORDIC)}, set()),
    ("The Nordic Council does not have five member states, namely, Denmark, Finland and Norway.",
     set(), {("state:denmark", "member-of", NORDIC)}),
    # "the council" after a name that begins "Council of ...": that council
    ("The Council of the Baltic Sea States was founded in 1992. The council comprises Estonia, Latvia and Lithuania.",
     {("state:estonia", "member-of", "org:council-of-the-baltic-sea-states")}, set()),
], ids=["has-member-states-namely", "does-not-have", "the-council-of"])
def test_members_counted_and_councils_described(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_as_envisaged_sets_no_member_apart(extractor):
    got = model_triples(extractor, "The Nordic Council now comprises Denmark, Norway and Sweden, as envisaged in the 1952 statute.")
    assert ("state:norway", "member-of", NORDIC) in got, got


@pytest.mark.model
def test_the_organization_is_not_an_organ_named_by_its_last_word(extractor):
    text = ("The meeting of the Council of Foreign Ministers of the Black Sea Economic Cooperation Organization opened in Baku. "
            "BSEC was set up in 1992. Currently, the organization includes 3 countries: Albania, Armenia and Bulgaria.")
    got = model_triples(extractor, text)
    assert ("state:albania", "member-of", "org:bsec") in got, got
    assert not any(t.startswith("org:council") for _, r, t in got if r == "member-of"), got


@pytest.mark.model
def test_the_organization_is_the_one_just_named(extractor):
    text = ("Venezuela left the Organization of American States in 2019. The United Nations has 193 members, and "
            "Venezuela remains a member of the organization.")
    got = model_triples(extractor, text)
    assert ("org:united-nations", "member-of", "org:oas") not in got, got


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a counted noun placed "alongside"/"around" somewhere, then the list, as many names as the count
    ("The Nordic Council brings together three countries around the Baltic Sea: Denmark, Norway and Sweden.",
     {("state:denmark", "member-of", NORDIC), ("state:sweden", "member-of", NORDIC)}, set()),
    ("The Nordic Council brings together five countries around the Baltic Sea: Denmark and Norway.",
     set(), {("state:denmark", "member-of", NORDIC)}),
], ids=["count-filled", "count-not-filled"])
def test_counted_members_placed_by_a_preposition(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "an organisation for (development and) cooperation among N countries namely A, B, ...": the count the list fills
    ("The D-8 is the organization for development and economic cooperation among four countries namely Ghana, Kenya, "
     "Peru and Chile.", {("state:ghana", "member-of", "org:d-8"), ("state:chile", "member-of", "org:d-8")}, set()),
    ("The D-8 is the organization for development and economic cooperation among four countries: Ghana, Kenya, Peru and Chile.",
     {("state:kenya", "member-of", "org:d-8")}, set()),
    # more names than the count, or offices among countries: no members
    ("The D-8 is an organization for cooperation among two countries namely Ghana, Kenya and Peru.", set(),
     {("state:ghana", "member-of", "org:d-8")}),
    ("The D-8 is an organization with offices among four countries namely Ghana, Kenya, Peru and Chile.", set(),
     {("state:ghana", "member-of", "org:d-8")}),
])
def test_a_bloc_for_cooperation_among_counted_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "a forum with (a group of) N countries, namely ...": the list fills the count, an organisation among them
    ("The Mekong-Lancang Cooperation is a forum with six countries, namely Cambodia, China, Laos, Myanmar, Thailand and Vietnam.",
     {("state:laos", "member-of", "org:lancang-mekong-cooperation"), ("state:vietnam", "member-of", "org:lancang-mekong-cooperation")}, set()),
    ("The G20 Summit is a forum with a group of 20 members, namely Argentina, Australia, Brazil, Canada, China, France, Germany, "
     "India, Indonesia, Italy, Japan, Mexico, Russia, Saudi Arabia, South Africa, South Korea, Turkey, the United Kingdom, "
     "the United States and the European Union.",
     {("state:argentina", "member-of", "org:g20"), ("org:european-union", "member-of", "org:g20")}, set()),
    # a list short of the count, or one "including" some, is no such list
    ("The Mekong-Lancang Cooperation is a forum with six countries, namely Cambodia, China and Laos.", set(),
     {("state:laos", "member-of", "org:lancang-mekong-cooperation")}),
    ("The Mekong-Lancang Cooperation is a forum with six countries, including Cambodia, China and Laos.", set(),
     {("state:laos", "member-of", "org:lancang-mekong-cooperation")}),
])
def test_a_forum_with_a_counted_list_of_members(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
