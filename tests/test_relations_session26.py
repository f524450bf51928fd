"""Patterns of news prose from the misses of b353-b360's first contact (session 26), each written
as a made-up sentence with what kg must and must not read from it. The rules are in
kg/data/patterns.jsonl (delegation-fronted-led-by), kg/relations/arguments.py ("the following:",
"The country ..."), founders.py ("set up by") and context_memberships.py ("the founding
countries", a join after them)."""

from __future__ import annotations

import pytest

from conftest import assert_sentence

CASES = [
    # a participle before the delegation it describes: "Headed by N, the X delegation ..."
    ("Headed by Ahmad Karimi, the Iranian parliamentary delegation will travel to Vienna on Monday.",
     {("person:ahmad karimi", "leads-delegation", "state:iran")}, set()),
    ("Led by Foreign Minister Rose Wanjiru, the Kenyan delegation arrived in Geneva on Monday.",
     {("person:rose wanjiru", "leads-delegation", "state:kenya")}, set()),
    # not a delegation the sentence leads, and not one still conditional
    ("Led by Rose Wanjiru, the talks in Geneva ended without agreement.", set(),
     {("person:rose wanjiru", "leads-delegation", "state:kenya")}),
    ("Led by Rose Wanjiru, the Kenyan delegation would travel to Geneva if invited.", set(),
     {("person:rose wanjiru", "leads-delegation", "state:kenya")}),
    ("Led by its President, Speaker Budi Santoso, the AIPA Delegation met the ASEAN leaders.", set(),
     {("person:budi santoso", "leads-delegation", "org:aipa delegation")}),
    # "the following:" stands for the list after the colon
    ("The members of the Andean Community are the following: Bolivia, Colombia, Ecuador and Peru.",
     {("state:bolivia", "member-of", "org:andean-community"), ("state:peru", "member-of", "org:andean-community")}, set()),
    ("The members of the Andean Community are not the following: Chile and Argentina.", set(),
     {("state:chile", "member-of", "org:andean-community")}),
    # "set up by" founds, as "founded by" does; "set up a secretariat" or "set the agenda" founds no membership
    ("The Andean Community was set up in Lima in 1969 by Bolivia, Colombia, Ecuador and Peru.",
     {("state:bolivia", "member-of", "org:andean-community"), ("state:ecuador", "member-of", "org:andean-community")}, set()),
    ("Bolivia and Peru set the agenda of the Andean Community meeting in Lima.", set(),
     {("state:bolivia", "member-of", "org:andean-community")}),
    ("Bolivia and Peru plan to set up the Andean Community next year.", set(),
     {("state:bolivia", "member-of", "org:andean-community")}),
    # "A, B and C are the founding countries" of the organisation just named; a later bare "joined" too
    ("The Arab League was founded in Cairo in 1945. Egypt, Iraq and Syria are the founding countries. Later, Libya and Sudan joined.",
     {("state:egypt", "member-of", "org:arab-league"), ("state:syria", "member-of", "org:arab-league"),
      ("state:libya", "member-of", "org:arab-league")}, set()),
    ("The Arab League was founded in Cairo in 1945. Egypt and Iraq were not the founding countries.", set(),
     {("state:egypt", "member-of", "org:arab-league")}),
    ("The Arab League was founded in Cairo in 1945. The founding countries met in Cairo. Egypt and Iraq are the largest states.",
     set(), {("state:egypt", "member-of", "org:arab-league")}),
    # "The country" opening a sentence is the state the sentence before was about
    ("Rwanda will host the next summit, the first since Uganda in 2007. The country became a member of the Commonwealth in 2009.",
     {("state:rwanda", "member-of", "org:commonwealth")}, {("state:uganda", "member-of", "org:commonwealth")}),
    ("President Kagame met Uganda's leader in Kigali. The country became a member of the Commonwealth in 2009.", set(),
     {("state:uganda", "member-of", "org:commonwealth")}),
    ("Rwanda hosted the meeting. The country did not become a member of the Commonwealth.", set(),
     {("state:rwanda", "member-of", "org:commonwealth")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_session_26_patterns(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
