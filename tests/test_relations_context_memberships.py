"""member-of whose organisation the text gave a moment before (kg/relations/context_memberships.py),
on the real model. Sentences are made up for the patterns."""

from __future__ import annotations

import pytest

from conftest import assert_sentence, model_triples

OIC = "org:oic"
NORDIC = "org:nordic-council"


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "The following member states <did something>:" and a list: the list is of the members
    ("OIC foreign ministers met in Dakar. The following member states attended the session: Senegal, Mali, Niger and Chad.",
     {("state:senegal", "member-of", OIC), ("state:chad", "member-of", OIC)}, set()),
    # an organ kg does not know by name stands for its organisation
    ("The Council of Foreign Ministers of the OIC met in Dakar. The following member states attended the session: Senegal, Mali and Chad.",
     {("state:senegal", "member-of", OIC), ("state:mali", "member-of", OIC)}, set()),
    # observers, a denial, a meeting to come: no members listed
    ("OIC foreign ministers met in Dakar. The following observer states attended the session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
    ("OIC foreign ministers met in Dakar. The following member states did not attend the session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
    ("OIC foreign ministers met in Dakar. The following member states may attend the next session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
], ids=["following-member-states", "organ-of-the-organisation", "observer-states", "did-not-attend", "may-attend"])
def test_the_following_member_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_members_under_a_bare_heading_on_a_page_about_one_bloc(extractor):
    # "Founding members:" names no organisation: the one bloc the page named before; a member that
    # left (a note in brackets) is none; "Joined later:" right under the list adds its states
    text = ("The Nordic Council is a forum of northern states.\n\nFounding members:\n\n* Denmark\n* Iceland (left in 1990)\n"
            "* Norway\n* Sweden\n\nJoined later:\n\n* Finland (in 1955)\n")
    got = model_triples(extractor, text)
    for state in ("denmark", "norway", "sweden", "finland"):
        assert (f"state:{state}", "member-of", NORDIC) in got, got
    assert ("state:iceland", "member-of", NORDIC) not in got, got


@pytest.mark.model
def test_members_under_a_bare_heading_with_two_blocs_before_name_none(extractor):
    text = ("The Nordic Council and the OIC held talks.\n\nFounding members:\n\n* Denmark\n* Norway\n* Sweden\n")
    got = model_triples(extractor, text)
    assert not any(r == "member-of" for _, r, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # the founders "were joined by" the states listed: members, of the bloc the sentence names
    ("In the decade after the Nordic Council was founded, its four founding member nations were joined by Finland and Estonia.",
     {("state:finland", "member-of", NORDIC), ("state:estonia", "member-of", NORDIC)}, set()),
    ("The Nordic Council's original members have since been joined by Finland.",
     {("state:finland", "member-of", NORDIC)}, set()),
    # to come, or not members who are joined
    ("The founding members of the Nordic Council will be joined by Estonia next year.",
     set(), {("state:estonia", "member-of", NORDIC)}),
    ("The Nordic Council ministers were joined by Estonia and Latvia at the dinner.",
     set(), {("state:estonia", "member-of", NORDIC)}),
    ("The observer states of the Nordic Council were joined by Estonia.",
     set(), {("state:estonia", "member-of", NORDIC)}),
], ids=["founders-joined-by", "owner-possessive", "will-be-joined", "ministers-joined", "observers-joined"])
def test_members_joined_by(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # an inverted passive of admission: the states after the copula
    ("Also admitted to the OIC were Albania and Austria.",
     {("state:albania", "member-of", OIC), ("state:austria", "member-of", OIC)}, set()),
    ("The OIC admitted two new members in Dakar. Simultaneously admitted were Albania and Austria.",
     {("state:albania", "member-of", OIC)}, set()),
    ("The OIC met in Dakar. Not admitted were Albania and Austria.", set(), {("state:albania", "member-of", OIC)}),
    ("The OIC met in Dakar. Admitted were Albania and Austria as observers.", set(), {("state:albania", "member-of", OIC)}),
], ids=["admitted-to-were", "admitted-were-in-context", "not-admitted", "admitted-as-observers"])
def test_admitted_were(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_member_parliaments_listed_as_follows(extractor):
    # "delegations from N member parliaments as follows:" and the list in the next paragraph
    text = ("The 9th APA Plenary Session was held in Dhaka.\n\nThe session brought together delegations from 4 member "
            "parliaments as follows:\n\nAzerbaijan, Bahrain, Bangladesh and Cambodia.\n")
    got = model_triples(extractor, text)
    assert ("state:bahrain", "member-of", "org:asian-parliamentary-assembly") in got, got


@pytest.mark.model
def test_an_aspiration_to_a_treaty_takes_no_organisation_from_the_context(extractor):
    text = ("Sri Lanka has been a member of the ASEAN Regional Forum since 2007. The minister said Sri Lanka intends to become "
            "a member of the Regional Comprehensive Economic Partnership (RCEP).")
    got = model_triples(extractor, text)
    assert not any(r == "seeks-membership" and "regional-forum" in t for _, r, t in got), got


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    # joined in an action, a session or as guests: no membership (a review's made-up sentences)
    ("EU member states were joined by Norway and Switzerland in imposing sanctions on Russia.", ("state:norway", "member-of", "org:european-union")),
    ("The G7 members were joined by India and Brazil for an outreach session on climate.", ("state:india", "member-of", "org:g7")),
    ("The ASEAN member states were joined by Japan and China as dialogue partners.", ("state:japan", "member-of", "org:asean")),
    ("The founding members of OPEC were joined by Russia and Mexico in the OPEC+ alliance in 2016.", ("state:russia", "member-of", "org:opec")),
    # a sentence opening the next paragraph is no list of members
    ("The EU leaders met in Brussels. Here is what the deal means for members:\n\nUkraine and Moldova will have to wait longer.",
     ("state:ukraine", "member-of", "org:european-union")),
    # admitted to a meeting, or a state's ministers
    ("The OIC foreign ministers met in Ankara on Monday. Also admitted to the meeting were Russia and Thailand.", ("state:russia", "member-of", OIC)),
    ("The OIC admitted two members in 2019. Also admitted were Syria's ministers.", ("state:syria", "member-of", OIC)),
    # a heading of founders after another grouping was named
    ("Speaking at the ASEAN summit, the ministers launched a new shipping initiative.\nFounding members:\n- Japan\n- Australia\n- India\n",
     ("state:japan", "member-of", "org:asean")),
], ids=["joined-in-action", "joined-for-session", "joined-as-partners", "joined-in-other-alliance", "next-paragraph-sentence",
        "admitted-to-meeting", "admitted-possessive", "founders-of-another-grouping"])
def test_review_misfires_stay_fixed(extractor, text, absent):
    assert absent not in model_triples(extractor, text)
