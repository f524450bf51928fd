"""Cabinet lists and office lines (kg/relations/office_lists.py and the setting's offices): an
office on one line and the name on the next ("Minister of Finance:" over "Honourable N, M.P."), an
office and a colon before a name that ends its line ("Undersecretary of Trade: N;"). Every sentence
is written for the test; the real model reads them end to end, as these layouts come from pages."""

from __future__ import annotations

import pytest

from conftest import assert_sentence

# a story set in one state (Zambia named often), then its cabinet printed office over name
ZAMBIA = ("Zambia has a new cabinet. President Hakainde Mwale of Zambia named the ministers in Lusaka on Monday, "
          "and Zambia's parliament will meet on Friday. Below is the full list.\n\n")


@pytest.mark.parametrize("text, present, absent", [
    # the office names its owner: the person holds that office, whatever the setting
    (ZAMBIA + "1. Vice President of the Republic of Zambia:\n\nRight Honourable Dr. Ruth Banda\n\n"
     "2. Minister of Finance and National Planning:\n\nHonourable Peter Zulu, M.P.\n",
     {("person:ruth banda", "holds-office", "state:zambia"), ("person:peter zulu", "holds-office", "state:zambia")}, set()),
    # a portfolio that lists several fields, commas between them, is one office
    (ZAMBIA + "3. Minister of Gender, Youth, Sport and Community Welfare:\n\nHonourable Dr. Mary Phiri, M.P.\n",
     {("person:mary phiri", "holds-office", "state:zambia")}, set()),
    # no colon under the office, or more than a name on the line below: not a list of this shape
    (ZAMBIA + "Our reporters in the capital\n\nHonourable Peter Zulu said the budget would pass.\n", set(),
     {("person:peter zulu", "holds-office", "state:zambia")}),
])
def test_names_printed_under_their_offices(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


def test_an_office_over_a_name_in_a_story_set_nowhere_gives_no_state(extractor):
    text = "The list below was sent to readers.\n\n2. Minister of Finance:\n\nHonourable Peter Zulu, M.P.\n"
    assert_sentence(extractor, text, set(), {("person:peter zulu", "holds-office", "state:zambia")})


@pytest.mark.parametrize("text, present, absent", [
    # an undersecretary's line closed by a semicolon, in a story set in Chile
    ("The President of Chile, Gabriel Rojas, changed five ministers on Friday in Santiago. Chile's cabinet met on "
     "Monday.\n\nUndersecretary of Finance: Laura Mendez Ortiz;\n",
     {("person:laura mendez ortiz", "holds-office", "state:chile")}, set()),
    # the same line with words after the name is no list item
    ("The President of Chile, Gabriel Rojas, changed five ministers on Friday in Santiago. Chile's cabinet met on "
     "Monday.\n\nUndersecretary of Finance: Laura Mendez Ortiz and her team will travel abroad.\n", set(),
     {("person:laura mendez ortiz", "holds-office", "state:chile")}),
])
def test_office_and_colon_before_a_name_that_ends_the_line(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # "the Forum" is the Forum named before; its members follow a counted noun and a dash
    ("Leaders gather for the Pacific Islands Forum. The Forum currently comprises 16 member countries \u2013 Australia, "
     "Kiribati, Nauru, New Zealand and Vanuatu.",
     {("state:kiribati", "member-of", "org:pacific-islands-forum"), ("state:vanuatu", "member-of", "org:pacific-islands-forum")}, set()),
    # no forum named before: "the Forum" names nothing
    ("Leaders gather in Apia for talks. The Forum currently comprises 16 member countries \u2013 Australia, Kiribati, "
     "Nauru, New Zealand and Vanuatu.", set(), {("state:kiribati", "member-of", "org:pacific-islands-forum")}),
    # its older and shorter names are the same organisation
    ("Samoa is a member of the South Pacific Forum.", {("state:samoa", "member-of", "org:pacific-islands-forum")}, set()),
    ("Tonga is a member of the Pacific Forum.", {("state:tonga", "member-of", "org:pacific-islands-forum")}, set()),
])
def test_the_forum_named_before_comprises_its_members(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


SPAIN = ("Spain has a new government. Spain swore in the cabinet in Madrid, and Spain will now pass a budget. Spain also "
         "said the king of Spain approved. Spain is ready. ")


@pytest.mark.parametrize("text, present, absent", [
    # a title the name "is", "remains" or "became" now, in a story set in one state, is that state's office
    (SPAIN + "Isabel Moreno, who remains the Minister of Employment and Social Security, spoke.",
     {("person:isabel moreno", "holds-office", "state:spain")}, set()),
    (SPAIN + "Isabel Moreno is the new Minister for the Interior, replacing Jorge Ruiz.",
     {("person:isabel moreno", "holds-office", "state:spain")}, set()),
    (SPAIN + "The former Mayor of Seville, Juan Carlos Moreno, is the new Minister for the Interior.",
     {("person:juan carlos moreno", "holds-office", "state:spain")}, set()),
    # not "was" (an office held before), not a title that goes on ("the Minister's wife")
    (SPAIN + "Isabel Moreno was the Minister of Employment.", set(), {("person:isabel moreno", "holds-office", "state:spain")}),
    (SPAIN + "Isabel Moreno is the Minister's wife.", set(), {("person:isabel moreno", "holds-office", "state:spain")}),
])
def test_a_title_the_name_is_said_to_hold_now(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
def test_a_dateline_capital_gives_an_office_that_rests_on_the_setting(extractor):
    # "New Delhi: Minister N" is the sender's capital in a ministry's release, the venue in an
    # agency's report: the office is read, but as the setting's (basis context), not as stated;
    # a state's own name heading a line of an attendance list states it
    from kg.model import Document

    text = "New Delhi: External Affairs Minister Dr. S Jaishankar left for Tashkent this evening on a two-day visit."
    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    offices = {(r.target, r.basis, r.evidence.rule) for r in result.relations if r.relation == "holds-office"}
    assert offices == {("state:india", "context", "title-under-dateline")}, offices
    text = "Angola: H.E. President Joao Lourenco\nZambia: Hon. Mr. Stanley Kakubo, Minister of Foreign Affairs\n"
    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    assert {(r.source, r.target, r.basis) for r in result.relations if r.relation == "holds-office"} >= {
        ("person:joao lourenco", "state:angola", "explicit"), ("person:stanley kakubo", "state:zambia", "explicit")}
