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
