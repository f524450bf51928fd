"""Blocks of links to other stories under a heading, and glued words, on lines written for the test."""

from __future__ import annotations

from kg.debris import clean_text


def test_teasers_under_a_link_heading_go_up_to_the_next_sentence():
    text = ("Leaders met in Lome on Friday.\n\nMust Read\n\nFarmers launch a new cooperative\n\n"
            "The farmers of the northern region have launched a cooperative for the...\n\n"
            "The summit ended with a joint statement.")
    cleaned = clean_text(text)
    assert "cooperative" not in cleaned
    assert "Leaders met in Lome on Friday." in cleaned and "The summit ended with a joint statement." in cleaned


def test_a_sentence_that_only_contains_a_heading_word_stays():
    text = "Leaders met.\n\nRelated stories of corruption were reported by the committee in March."
    assert "Related stories of corruption" in clean_text(text)


def test_two_words_run_together_drop_a_short_line_but_not_a_long_one():
    assert clean_text("Latest ArticlesWorld News") == ""
    long_line = ("The session was attended by President Nana AkufoAddo of Ghana, President Macky Sall of Senegal "
                 "and President Alpha Conde of Guinea")
    assert clean_text(long_line) == long_line


def test_prose_wrapped_by_the_page_is_one_line_but_a_list_is_not():
    text = ("The forum closed on Friday in the capital, and as associate members the\n"
            "French Polynesia delegation and New Caledonia spoke to the leaders about fisheries.")
    assert "the French Polynesia delegation" in clean_text(text)
    listed = ("H.E. Mr Adama Kone, President of the Republic of Mali and Chair of the Authority\n"
              "H.E. Mr Pierre Ndiaye, President of the Republic of Senegal and Vice Chair")
    assert clean_text(listed) == listed


def test_a_comma_list_wrapped_inside_a_name_or_after_a_comma_is_one_line():
    text = ("The bloc was founded in 1967 by the following states: Chile, Peru, Bolivia, Great\n"
            "Britain, the Czech Republic, Ecuador, Colombia, Mexico, Argentina, Uruguay,\n"
            "the Netherlands, and Portugal.")
    cleaned = clean_text(text)
    assert "Great Britain, the Czech Republic" in cleaned and "Uruguay, the Netherlands" in cleaned
    # a short line that ends on a name is no wrapped one
    assert "Uganda Tanzania" not in clean_text("The members are Kenya, Uganda\nTanzania, Rwanda and Burundi joined in 2007.")
    offices = ("H.E. Mr Adama Kone, President of the Republic of Mali, Chair,\n"
               "H.E. Mr Pierre Ndiaye, President of the Republic of Senegal, Vice Chair")
    assert clean_text(offices) == offices


def test_a_sentence_s_last_name_wrapped_onto_a_short_line_joins_it():
    text = ('"We look forward to the vote," said the statement read by the Secretary General Tom\n'
            "Okafor.\nThe group meets again in May.")
    assert "Secretary General Tom Okafor." in clean_text(text)
    ended = "The statement was read out by the Secretary General of the group.\nTom Okafor.\nThe group meets again in May."
    assert "group. Tom" not in clean_text(ended)  # after a sentence's end, a new line is not a wrapped one


def test_a_name_the_page_wrapped_mid_paragraph_joins_but_a_caption_before_a_paragraph_does_not():
    text = ("    In a phone call on Tuesday between the Moldovan Prime Minister Ion\n"
            "    Ceban and his Romanian counterpart on the border crossings, the two\n"
            "    agreed to open a second bridge.")
    assert "Prime Minister Ion Ceban and his" in clean_text(text)
    caption = ("The visiting ministers lay a wreath at the memorial in central Vilnius\n"
               "Lithuania and Poland signed a new agreement on the border on Monday, the ministry said.")
    assert "Vilnius Lithuania" not in clean_text(caption)  # the paragraph ends its own sentence
    listed = ("The delegation was received at the airport by the Deputy Minister of Lands\n"
              "Anna Okafor, Deputy Minister of Trade\nJohn Mensah, Director of Protocol")
    assert "Lands Anna" not in clean_text(listed)  # a short line of a list


def test_a_page_that_double_spaces_its_wrapped_lines_is_read_as_prose():
    text = ("Leaders gather in Kampala for the summit\n\n"
            "The two-day summit opened on Monday at the conference centre in the\n\n"
            "capital, where the ministers had met on Sunday to prepare the texts for\n\n"
            "adoption, and the leaders who attended included Kenyan President\n\n"
            "Ruto Kiprono, Tanzanian President Amina Hassan and the host, President\n\n"
            "Yusuf Mugisha, who spoke of the need for closer ties between the\n\n"
            "members of the bloc.\n\n"
            "Officials said the next meeting would be held in Arusha.")
    cleaned = clean_text(text)
    assert "Kenyan President Ruto Kiprono, Tanzanian President" in cleaned
    assert "Leaders gather in Kampala for the summit\n\nThe two-day summit" in cleaned  # the headline stays apart
    # a page that does not double-space its prose keeps its blank lines: a list one name a block
    listed = ("The delegation included the following officials of the ministry\n\nAmbassador Grace Achieng, Director of Protocol\n\n"
              "Mr Peter Otieno, Head of the Africa Desk\n\nMs Jane Wambui, Counsellor")
    assert clean_text(listed).count("\n\n") == 3


STORY = "The foreign minister opened the embassy in Accra on Monday.\nShe said ties had never been closer."


def test_a_block_of_headlines_that_ends_the_page_goes():
    text = (STORY + "\nVolunteers clean the beaches of Lake Volta before the rains\n"
            "Night market draws crowds in Kumasi, central Ghana\nCocoa farmers celebrate a record harvest")
    assert clean_text(text) == STORY


def test_headlines_that_read_as_one_wrapped_line_and_an_ellipsis_after_them_go():
    # each long and ending on a lower-case word, as a line the page wrapped would; then "..."
    text = (STORY + "\nVolunteers clean the beaches of Lake Volta before the long rains arrive in the south of the country\n"
            "Night market draws crowds in Kumasi as traders return to the old city centre\n"
            "Cocoa farmers celebrate a record harvest in the western region this season\n\n...")
    assert clean_text(text) == STORY + "\n\n..."
    # a story's paragraph the page wrapped stays, though its lines end without a stop
    wrapped = (STORY + "\nThe ministers also discussed the regional market and the new customs rules that\n"
               "take effect in the coming months across the member states of the community")
    assert clean_text(wrapped) == STORY + "\n" + wrapped[len(STORY) + 1:].replace("\n", " ")


def test_a_playlist_of_videos_that_ends_the_page_goes():
    # each headline under its running time: the lines are not one line the page wrapped
    text = (STORY + "\n01:55\nVolunteers clean the beaches of Lake Volta before the rains arrive in the south\n"
            "01:51\nNight market draws crowds in Kumasi as traders return to the old city centre\n"
            "00:50\nCocoa farmers celebrate a record harvest in the western region this season")
    assert clean_text(text) == STORY


def test_a_list_of_names_and_offices_that_ends_the_page_stays():
    names = ("H.E. Mr Kwame Boateng, Minister of Foreign Affairs\nH.E. Ms Abena Osei, Minister of Trade and Industry\n"
             "Dr Yaw Mensah, Ambassador of Ghana to Ethiopia")
    assert clean_text(STORY + "\n" + names) == STORY + "\n" + names


def test_points_announced_by_a_colon_or_marked_by_bullets_stay():
    points = ("Strengthen regional cooperation on trade and energy\nWelcome the accession of Timor-Leste to ASEAN\n"
              "Promote tourism across the member states of the region")
    announced = "The ministers agreed to the following:\n" + points
    assert clean_text(announced) == announced
    bulleted = STORY + "\n" + "\n".join("- " + line for line in points.split("\n"))
    assert clean_text(bulleted) == bulleted


def test_two_unpunctuated_lines_at_the_end_are_not_a_block_of_headlines():
    text = STORY + "\nVolunteers clean the beaches of Lake Volta before the rains\nNight market draws crowds in Kumasi"
    assert clean_text(text) == text


def test_a_shop_offer_and_a_note_on_first_publication_go():
    text = ("Save 30% on selected books from Example Books with promo code READ30 until Friday.\n"
            "This article was originally published by Example Daily and translated by Example English.\n" + STORY)
    assert clean_text(text) == STORY
    kept = "Officials said the promotion of trade would be the summit's main theme."
    assert clean_text(kept) == kept


def test_short_lines_that_name_an_envoy_or_an_office_are_no_furniture():
    envoys = "His Excellency Tomas Varga\nAmbassador of Hungary\nH.E. Mr Ken Sato\nHigh Commissioner for Fiji"
    text = "The envoys presented their credentials:\n" + envoys
    assert clean_text(text) == text
    # a short line that opens with no name or title is still furniture
    assert clean_text("The envoys met.\nHome News World\nHis Excellency\nPresident of") == "The envoys met."
    # a member of parliament's form of address before a name of two words: a cabinet list's line
    cabinet = "The cabinet is as follows:\n\nMinister of Finance:\n\nHonourable Peter Zulu\n\nMinister of Works:\n\nRt. Hon. Ann Moyo"
    assert clean_text(cabinet) == cabinet
    assert clean_text("The cabinet met.\n\nHonourable\n\nHon. Peter\n\nShare this") == "The cabinet met."


def test_headlines_the_page_ran_together_and_a_story_cut_short_before_them():
    cut_short = ("Ministers of the bloc have been trying for months to agree on whether to invite the president "
                 "to the summit in the capital and on what terms the country will be allowed back into the")
    text = (STORY + "\n" + cut_short + "\n\nFarmers cheer as the rains return early to the North\n"
            "Police seize tonnes of counterfeit medicine bound for the regional markets\nVolunteers rebuild "
            "the school in Tamale\nCentral bank holds rates steady for a third month")
    assert clean_text(text) == STORY + "\n" + cut_short


def test_a_list_of_members_under_its_heading_stays_and_ends_at_the_first_other_line():
    text = ("The cartel met in Vienna on Monday to discuss output.\nCurrent OPEC Members\n- Algeria\n- Angola\n"
            "- Equatorial Guinea\nOPEC Brief History\nShare this")
    cleaned = clean_text(text)
    assert "Current OPEC Members\n- Algeria\n- Angola\n- Equatorial Guinea" in cleaned
    assert "Brief History" not in cleaned and "Share this" not in cleaned


def test_founders_and_later_joiners_one_a_line_under_the_sentences_that_announce_them_stay():
    text = ("The cartel was set up in Vienna in 1961 by four states, the Founding Members of the Organization:\n"
            "- Algeria\n- Angola\nThese states were later joined by:\n- Nigeria (1971)\n- The Gambia (1975)\nShare this:\n- Facebook\n- Twitter")
    cleaned = clean_text(text)
    assert "- Algeria\n- Angola\nThese states were later joined by:\n- Nigeria (1971)\n- The Gambia (1975)" in cleaned
    assert "Facebook" not in cleaned and "Twitter" not in cleaned


def test_envoys_one_a_line_with_their_states_under_their_heading_stay():
    text = ("The president received the credentials of new envoys in Abuja on Thursday.\nList of New Envoys\nAmbassadors:\n"
            "Lena Berg (Sweden)\nOmar M.A. Haddad (State of Palestine)\nHigh Commissioners:\nRavi Menon (India)\nShare this")
    cleaned = clean_text(text)
    assert "Ambassadors:\nLena Berg (Sweden)\nOmar M.A. Haddad (State of Palestine)\nHigh Commissioners:\nRavi Menon (India)" in cleaned
    assert "Share this" not in cleaned


def test_short_lines_without_a_heading_of_members_are_still_furniture():
    cleaned = clean_text("The cartel met in Vienna on Monday to discuss output.\nTop Stories\n- Algeria\n- Angola")
    assert "Algeria" not in cleaned and "Angola" not in cleaned


def test_a_sentence_the_page_broke_across_a_blank_line_after_a_comma_is_one():
    text = ("The rest are Mr Jan Berg, Ambassador of Sweden, Mr Lars Holm,\n\nAmbassador of the European Union, "
            "and Mr Omar Said, Ambassador of Egypt.")
    assert clean_text(text) == ("The rest are Mr Jan Berg, Ambassador of Sweden, Mr Lars Holm, Ambassador of the European "
                                "Union, and Mr Omar Said, Ambassador of Egypt.")


def test_a_ticker_of_headlines_run_together_by_bullets_goes():
    text = ("Kenya, Sudan sign deal to boost tea trade  \u2022 Central bank maintains key policy rate  \u2022 "
            "UN chief urges leader not to close refugee camp  \u2022 Treasury places bonds on market\n"
            "Foreign ministers of NATO allies and Montenegro signed an accession protocol on Thursday.")
    assert clean_text(text) == "Foreign ministers of NATO allies and Montenegro signed an accession protocol on Thursday."
    prose = "Kenya, Uganda and Tanzania signed | the deal was welcomed | by all. The summit ended."
    assert clean_text(prose) == prose


def test_readers_comments_after_the_story_go():
    comments = ("2 Responses to New envoys accredited\n\n"
                "Alex Roe January 13, 2018 at 10:07 am\nThe President of Ghana should explain this to the country.\n\n"
                "Leave a Reply\nYour email address will not be published.")
    story = STORY + "\nThe embassy will open to the public next week."
    assert clean_text(story + "\n\n" + comments) == story
    # before three sentences of story, the line is no ending (a page's header may link to its comments)
    assert "President of Ghana" in clean_text(STORY + "\n\n" + comments)


def test_a_comments_line_before_the_story_ends_nothing():
    text = "12 comments\n\n" + STORY + "\nThe embassy will open to the public next week."
    assert clean_text(text) == STORY + "\nThe embassy will open to the public next week."


def test_a_sentence_that_introduces_members_keeps_the_states_under_it_across_blank_lines():
    text = ("The bloc met in Gaborone on Monday to discuss the drought in the region.\n\n"
            "SADC is a regional community of the following Member States:\n\nRepublic of Angola,\n\nKingdom of Lesotho,\n\n"
            "and Zimbabwe.\n\nShare this:\n\nTwitter\n\nFacebook")
    cleaned = clean_text(text)
    assert "Republic of Angola," in cleaned and "Kingdom of Lesotho," in cleaned
    assert "Twitter" not in cleaned and "Facebook" not in cleaned  # short lines after the list are furniture again


def test_a_bibliography_entry_goes_and_an_office_line_keeps_the_name_under_it():
    text = ("The treaty ended the war between the two states in 1883 after long talks in the capital.\n\n"
            "Jane Roe. A History of the Andes: War and Peace. Lima: Example Press, 1967. 160-164.\n\n"
            "Below is the list of the new ministers:\n\nHealth Minister:\nAna Soto Ruiz\n\nEnergy and Mines Minister:\nLuis Vega Torres\n\n"
            "Share on:\nTwitter")
    cleaned = clean_text(text)
    assert "Example Press" not in cleaned and "Jane Roe" not in cleaned
    assert "Health Minister: Ana Soto Ruiz" in cleaned and "Energy and Mines Minister: Luis Vega Torres" in cleaned
    assert "Twitter" not in cleaned  # "Share on:" names no office: its next line is not joined to it


def test_an_outlets_appeal_for_support_and_a_copyright_caption_go():
    text = ("Stay up to date with notifications from The Example Daily\n\nNotifications can be managed in browser preferences.\n\n"
            "Ministers sworn in (Copyright 2019 Example Agency. All rights reserved.)\n\n"
            "Your support helps us to tell the story\n\n"
            "The Example Daily is trusted by readers across the entire political spectrum. And unlike many other quality news outlets, "
            "we choose not to lock readers out of our reporting.\n\n"
            "The president named a new foreign minister on Tuesday after the previous one resigned to run for office.")
    assert clean_text(text) == "The president named a new foreign minister on Tuesday after the previous one resigned to run for office."


def test_the_stories_under_a_check_also_heading_go():
    text = (STORY + "\nCheck Also\nMinister hails ties with the Gulf states\nAccra, GNA- The spokesman said the talks continue \u2026")
    assert clean_text(text) == STORY


def test_a_question_glued_to_the_next_sentence_gets_its_space_back():
    cleaned = clean_text("Is the bloc waking up?ECOWAS is composed of four states. Stop!Now. See index.php?id=3 and Q&A?")
    assert "waking up? ECOWAS is" in cleaned and "Stop! Now." in cleaned and "index.php?id=3" in cleaned


def test_a_table_of_members_under_its_title_stays_and_a_table_without_one_goes():
    table = ("Country | Joined | Country | Joined |\n---|---|---|---|\nChile | 1994 | Peru | 1998 |\n"
             "Mexico | 1993* | Canada | 1989* |")
    text = f"The forum met in Lima on Monday.\nCurrent APEC Countries and the Years They Joined:\nNote: * marks a founder\n{table}\nShare this"
    cleaned = clean_text(text)
    assert "Note: * marks a founder\n" + table in cleaned and "Share this" not in cleaned
    assert "Chile" not in clean_text(f"The forum met in Lima on Monday.\nTop Stories\n{table}")


def test_a_grid_of_members_with_their_years_stays_under_its_heading():
    text = ("The plan's council met in Colombo.\nThe Colombo Plan Member Countries\nNepal  Bhutan  Fiji\n(1952)  (1962)  (1972)\n"
            "Canada  Japan\n(1951-1991)  (1954)\nShare this")
    cleaned = clean_text(text)
    assert cleaned.endswith("The Colombo Plan Member Countries\nNepal Bhutan Fiji\n(1952) (1962) (1972)\nCanada Japan\n(1951-1991) (1954)")


def test_a_ticker_of_headlines_goes_but_a_row_of_short_cells_is_no_ticker():
    from kg.debris import _is_ticker
    assert _is_ticker("Kenya and Sudan sign a tea deal | Central bank holds its key rate | Rains return early to the north")
    assert not _is_ticker("Albania | 2009 | Lithuania | 2004 |")


def test_a_question_mark_that_stands_for_a_lost_space_is_a_space():
    cleaned = clean_text("The summit opened?on Thursday in Hanoi. ASEAN groups ten states.?\nIs the bloc ready to grow?")
    assert cleaned == "The summit opened on Thursday in Hanoi. ASEAN groups ten states.\nIs the bloc ready to grow?"
    # on a page with no such loss, a question stays a question
    assert clean_text("Did the bloc admit Timor-Leste in the end.?") == "Did the bloc admit Timor-Leste in the end.?"


def test_a_ticker_heading_drops_the_headlines_under_it():
    from kg.ingest import clean_text

    story = "The ministers met in Skopje on Monday to sign the border agreement."
    text = (f"{story}\nTicker\n- 4:46 PM | Ministers coordinate border inspections\nThe inspection at the crossing will wo...\n"
            "- 3:52 PM | Greek media: minister might visit Athens\nTwo channels have reported that the minister told Gr...")
    assert clean_text(text) == story


def test_members_with_a_note_in_brackets_under_bare_headings_stay():
    # "Founding members:" then bullets that may carry a note ("(left in 1968)", "(in 1957)"), then a
    # bare "Joined later:" and its own bullets
    text = ("The alliance was a union of northern states.\nFounding members of the alliance:\n\n* Norland (left in 1968)\n"
            "* Estonia\n* Latvia\n\nJoined later:\n\n* Lithuania (in 1957)\n\nShare this:\n* Facebook\n* Twitter")
    cleaned = clean_text(text)
    assert "* Norland (left in 1968)\n* Estonia\n* Latvia" in cleaned
    assert "Joined later:\n\n* Lithuania (in 1957)" in cleaned
    assert "Facebook" not in cleaned and "Twitter" not in cleaned


def test_a_note_in_brackets_does_not_make_menu_lines_a_list():
    cleaned = clean_text("The cartel met in Vienna on Monday to discuss output.\nTop Stories\n- Algeria (in 1969)\n- Angola")
    assert "Algeria" not in cleaned and "Angola" not in cleaned


def test_a_year_and_a_note_in_brackets_keep_a_member_in_the_list():
    text = ("The alliance met in Brussels.\n30 Member Countries\nAlbania (2009)\nGermany (1955, as West Germany)\nGreece (1952)\nShare this")
    cleaned = clean_text(text)
    assert "Germany (1955, as West Germany)\nGreece (1952)" in cleaned and "Share this" not in cleaned


def test_a_bulleted_heading_of_members_keeps_its_bulleted_list():
    text = ("The community was founded in 1980.\n\n  \u2022 Current members:\n    \u2022 Botswana (1980)\n    \u2022 Zambia (1980)\n"
            "  \u2022 Observer countries:\n    \u2022 Kenya")
    cleaned = clean_text(text)
    assert "\u2022 Current members:\n\u2022 Botswana (1980)\n\u2022 Zambia (1980)" in cleaned
    assert "Kenya" not in cleaned  # (a heading of observers heads no list of members)


def test_a_state_and_its_delegate_one_a_line_stay_and_a_heading_between_two_lists_ends_the_first():
    # (session 26: "Indonesia \u2013 President N" has four words, the shape of furniture; "Dialogue partners"
    # heads the next group, so the members' list ends above it; a heading followed by furniture goes)
    text = ("The ministry said the following leaders have confirmed their attendance:\nASEAN members\n"
            "Brunei \u2013 Sultan Hassan Bolkiah of Brunei\nCambodia \u2013 Prime Minister Hun Sen\nIndonesia \u2013 President Joko Widodo\n"
            "Dialogue partners\nAustralia \u2013 Prime Minister Mark Turner\nCanada \u2013 Prime Minister Justin Trudeau\nMore Stories\nShare this")
    cleaned = clean_text(text)
    assert "Indonesia \u2013 President Joko Widodo\nDialogue partners\nAustralia" in cleaned
    assert "More Stories" not in cleaned and "Share this" not in cleaned
