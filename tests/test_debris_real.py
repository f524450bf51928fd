"""Web-page furniture that real news pages carry (read counters, time stamps, share and font-size
widgets, comment forms, agency and press-release footers, captions, cut-off teasers) is dropped by
the phrases in kg/data/boilerplate.txt, while news sentences that merely contain one of its words
stay. Every line here is made up for the test.
"""

from __future__ import annotations

import pytest

from kg.ingest import clean_text

BEFORE = "The ministers met in Lusaka on Tuesday to discuss the regional power grid."
AFTER = "They agreed to meet again in March, the statement said."


@pytest.mark.parametrize(
    "line",
    [
        # advertising
        "- Advt -",
        "Advt. Continue below",
        # read counters and time stamps
        "4 min read | 1,204 views",
        "Jane Roe 3 hours ago Wed 12th March 2025 | 04:15 PM",
        "By Web Desk Published: Thu 6 Mar 2025, 9:41 AM Last updated: Thu 6 Mar 2025, 9:58 AM",
        # links to other stories without a colon
        "See also Andean ministers agree on new customs code - Example Wire",
        "Also read Ten things to know about the new tariff",
        # captions
        "Delegates pose for a group photo at the summit venue. — Photo: Example Ministry of Trade",
        # comment forms and sharing widgets
        "Your email address will not be published. Required fields are marked *",
        "Follow us on social media :",
        "Increase font size Decrease font size 16 px",
        "Print this article Email this article Listen to this article",
        # aggregator and press-release wire furniture
        "Example Aggregator provides the information as is without warranty of any kind. We accept no "
        "responsibility or liability for the accuracy of the content.",
        "If you have any complaints or copyright issues related to this article, kindly contact the provider.",
        "Distributed by Example Wire on behalf of the Andean Development Council.",
        "Andean Development Council Download logo",
        "Distribution channels: Politics, World & Regional, Business",
        "You just read:",
        "There were 812 press releases posted in the last 24 hours and 140,510 in the last 365 days.",
        "Set Up FREE Account Submit Release",
        "ACME provides up-to-date news and information which is disseminated via ACME Radio and ACME TV channels",
        "Track Latest News Live on example.com and get news updates from around the world",
        # a teaser excerpt cut off after a function word
        "The new trade minister has launched a campaign to promote the region's handicrafts at the...",
        "Students of the old college have raised funds for the construction of…",
        # the kind of a release printed above its headline
        "Press Release",
        "MEDIA STATEMENT",
        # a broadcast script's header fields and production notes
        "BYLINE: Jane Roe",
        "SCRIPT EDITORS: Smith, Jones SR",
        "VIDEO SOURCE (S): Skype interviews, AP, Reuters",
        "((Video: Reuters V000_12AB: soldiers at a checkpoint- OVER TO: Reuters V000_34CD, minister speaking))",
        # a byline with its section and the time of posting
        "Jane Roe Diplomacy 2022-11-23, 8:08pm",
        # a wire's notice on reuse, glued to the rights line before it
        "All Rights Reserved.This material may not be stored, published, broadcast, rewritten or redistributed in any form.",
        # a ticker that gives one headline a line, between a bullet and a bar
        "\u2022 Bank approves $250m for port upgrades in the south     |     ",
    ],
)
def test_page_furniture_is_dropped(line):
    assert clean_text(f"{BEFORE}\n{line}\n{AFTER}") == f"{BEFORE}\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # the words of the phrases, in news sentences
        "The ministry said on Tuesday that the video had 2 million views within a day.",
        "The attack happened 3 hours ago near the border, a police spokesman said.",
        "The summit opened on Wednesday 12th March 2025 in Lusaka with a call for calm.",
        "Aid was distributed by the Red Cross on behalf of the UN refugee agency in the camps.",
        "Russia does not accept any responsibility for the downing of the airliner, the ministry said.",
        "Officials said they would print ballots and save the original copies in a vault.",
        "A staff reporter of the newspaper was detained in the capital on Monday.",
        "The bill drew criticism from left, right and centre, but it passed by a wide margin.",
        # a caption that names who is pictured, without a credit, is news
        "The foreign ministers at the opening session, from left: Ana Lima of Brazil and Omar Diallo of Senegal",
        "He told reporters the talks had gone well and said more would follow next week.",
        "Police said the protest was planned on Facebook and YouTube by a small group.",
        # an ellipsis in a quotation, or after a content word, is prose
        "“We will rebuild the country and we will do it together…",
        "The minister listed roads, schools, clinics and bridges...",
        "The ministry said in a press release on Monday that Kenya had joined the bloc.",
        # a field name in a sentence, and a short bulleted line without a bar
        "Producers of the programme said the minister had agreed to an interview on Monday.",
        "\u2022 Kenya joined the bloc in 2000.",
    ],
)
def test_news_sentences_with_furniture_words_stay(line):
    assert clean_text(line) == line
