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
