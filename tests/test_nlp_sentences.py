"""Sentence boundaries kg sets before the parser (kg/nlp.py): a blank line ends a sentence, and a
dateline is not the start of its story's first sentence, so the place a story was filed from
never becomes the subject of its first clause. Texts written for the test, the real model."""

from __future__ import annotations

import pytest

from conftest import assert_sentence

pytestmark = pytest.mark.model


def sentences(extractor, text):
    return [s.text for s in extractor.nlp(text).sents]


def test_a_blank_line_ends_a_sentence(extractor):
    assert sentences(extractor, "Leaders meet in Lusaka\n\nThe summit opened on Monday.") == [
        "Leaders meet in Lusaka\n\n", "The summit opened on Monday."]


@pytest.mark.parametrize("text", [
    "Kuala Lumpur, Oct 26 \u2013 Timor-Leste became the 11th member of ASEAN on Sunday.",
    "HARARE \u2014 Southern African leaders met in the capital on Monday to discuss the crisis.",
])
def test_a_dateline_is_its_own_sentence(extractor, text):
    first, second = sentences(extractor, text)
    assert first.rstrip().endswith(("\u2013", "\u2014")) and second[0].isupper()


@pytest.mark.parametrize("text", [
    "NATO \u2013 Russia talks end in Vienna",
    "Kenya \u2013 the country that hosts the talks \u2013 agreed to the plan.",
])
def test_a_dash_that_ends_no_dateline_splits_nothing(extractor, text):
    assert sentences(extractor, text) == [text]


def test_the_dateline_s_city_is_not_the_subject(extractor):
    assert_sentence(extractor, "Kuala Lumpur, Oct 26 \u2013 Timor-Leste became the 11th member of ASEAN during the summit in Malaysia.",
                    {("state:east-timor", "member-of", "org:asean")}, {("state:malaysia", "member-of", "org:asean")})


def test_a_lead_that_repeats_the_headline_s_subject_is_not_cut_after_it(extractor):
    text = "Morocco Rejoins the African Union\n\nMorocco rejoined the African Union in 2017 after a long absence."
    assert sentences(extractor, text)[1] == "Morocco rejoined the African Union in 2017 after a long absence."
    assert_sentence(extractor, text, {("state:morocco", "member-of", "org:african-union")}, set())


LEAD = "Laos joined ASEAN on Wednesday in a ceremony in the capital, ending years of waiting for the country."


def test_a_headline_over_its_lead_on_the_next_line_is_its_own_sentence(extractor):
    text = f"Laos joins regional bloc after long wait\nLaos joins regional bloc after long wait\n{LEAD}"
    assert sentences(extractor, text)[-1] == LEAD
    assert_sentence(extractor, text, {("state:laos", "member-of", "org:asean")}, set())


@pytest.mark.parametrize("text", [
    # a text wrapped at a fixed width: the line below is short, and the name runs on over the break
    "The meeting was attended by the Federated States of Micronesia President John\nSmith and the leaders of Samoa.",
    # prose above: a line the page broke inside a paragraph, not a headline
    "The talks ended on Monday. The delegation was led by Foreign Minister Ana\n"
    "Lopez, who met the leaders of the three countries in the capital over two days of talks.",
    # a line that breaks off at a word that needs more
    f"The ministers of\n{LEAD}",
])
def test_a_line_break_inside_prose_is_no_headline_s_end(text):
    import spacy

    from kg.nlp import _after_headline

    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.i and "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_ and not t.is_space)
    assert not _after_headline(doc, start, doc.text)
    headline = spacy.blank("en")(f"Laos joins regional bloc after long wait\n{LEAD}")
    assert _after_headline(headline, 8, headline.text)
