"""States named by their formal, historical and variant names resolve to the one state, and names
that look alike ("Republic of the Congo" and "Democratic Republic of the Congo") stay apart.

The gazetteer's entity ruler is run on a blank English pipeline, so these tests check the data in
kg/data/states.jsonl and how kg.nlp turns it into patterns, without the statistical model.
"""

from __future__ import annotations

import pytest
import spacy

from kg.nlp import ruler_patterns
from kg.resolve import resolve_mentions


@pytest.fixture(scope="module")
def ruler_nlp(gazetteer):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "validate": False})
    ruler.add_patterns(ruler_patterns(gazetteer, nlp.tokenizer))
    return nlp


def states(nlp, text):
    return [ent.ent_id_ for ent in nlp(text).ents if ent.ent_id_.startswith("state:")]


@pytest.mark.parametrize(
    "text, state",
    [
        # official long forms
        ("The Federal Democratic Republic of Ethiopia signed the loan.", "ethiopia"),
        ("He is the ambassador of the Republic of Kazakhstan.", "kazakhstan"),
        ("Talks with the Kyrgyz Republic resumed.", "kyrgyzstan"),
        ("The Togolese Republic chairs the session.", "togo"),
        ("The United Republic of Tanzania hosted the summit.", "tanzania"),
        ("A delegation of the Kingdom of Saudi Arabia arrived.", "saudi-arabia"),
        ("The Islamic Republic of Pakistan welcomed the move.", "pakistan"),
        ("The People's Republic of Bangladesh sent an envoy.", "bangladesh"),
        ("The Socialist Republic of Vietnam signed it.", "vietnam"),
        ("The Socialist Republic of Viet Nam signed it.", "vietnam"),
        ("The Commonwealth of Australia is a party.", "australia"),
        ("The Federal Republic of Nigeria chairs the bloc.", "nigeria"),
        ("The Republic of Korea and Japan met.", "south-korea"),
        ("The Democratic People's Republic of Korea fired a missile.", "north-korea"),
        ("The Hashemite Kingdom of Jordan hosted the talks.", "jordan"),
        ("The Sultanate of Oman mediated.", "oman"),
        ("The State of Kuwait pledged aid.", "kuwait"),
        ("The Republic of the Union of Myanmar replied.", "myanmar"),
        ("The Lao People's Democratic Republic holds the chair.", "laos"),
        # common short official forms and the optional "the"
        ("He met the President of the Republic of Liberia.", "liberia"),
        ("The Republic of Uganda sent troops.", "uganda"),
        ("She represented the Kingdom of Jordan.", "jordan"),
        ("The Republic of Togo signed.", "togo"),
        ("The Republic of Georgia applied.", "georgia"),
        # a curly apostrophe, as many sites print it
        ("The People’s Republic of Bangladesh sent an envoy.", "bangladesh"),
        ("The Lao People’s Democratic Republic holds the chair.", "laos"),
        # spelling and punctuation variants
        ("Cote d'Ivoire and Ghana agreed.", "ivory-coast"),
        ("Côte d’Ivoire and Ghana agreed.", "ivory-coast"),
        ("the President of the Republic of Cote d’Ivoire spoke", "ivory-coast"),
        ("Guinea Bissau held elections.", "guinea-bissau"),
        ("The Gambia hosted the meeting.", "gambia"),
        ("Brunei Darussalam chairs ASEAN.", "brunei"),
        ("Timor-Leste applied to join.", "east-timor"),
        ("Timor Leste applied to join.", "east-timor"),
        ("Cabo Verde signed.", "cape-verde"),
        ("Czechia voted against.", "czech-republic"),
        ("Türkiye objected.", "turkey"),
        ("Great Britain sent a frigate.", "united-kingdom"),
        ("He was accredited to the United Kingdom of Great Britain and Northern Ireland.", "united-kingdom"),
        ("the ambassadors of Belgium and of Great Britain and Northern Ireland", "united-kingdom"),
        ("S. Korea and Japan agreed to talk.", "south-korea"),
        ("N. Korea fired a missile.", "north-korea"),
        ("The FSM President spoke first.", "micronesia"),
        # earlier names of the same state
        ("The princely state acceded to the Dominion of India in 1947.", "india"),
        ("Hyderabad joined the Indian Union in 1948.", "india"),
        ("The Union of India filed the appeal.", "india"),
        ("The Dominion of Pakistan was proclaimed in 1947.", "pakistan"),
        ("Upper Volta became Burkina Faso in 1984.", "burkina-faso"),
        ("The Union of South Africa was formed in 1910.", "south-africa"),
        ("The Libyan Arab Jamahiriya was suspended.", "libya"),
        ("Western Samoa joined the UN in 1976.", "samoa"),
        ("The Union of Burma became independent in 1948.", "myanmar"),
        ("Italy invaded Abyssinia in 1935.", "ethiopia"),
    ],
)
def test_formal_historical_and_variant_names_resolve_to_the_state(ruler_nlp, text, state):
    assert f"state:{state}" in states(ruler_nlp, text)


@pytest.mark.parametrize(
    "text, state, not_state",
    [
        ("The Republic of Congo signed.", "republic-of-the-congo", "democratic-republic-of-the-congo"),
        ("The Republic of the Congo signed.", "republic-of-the-congo", "democratic-republic-of-the-congo"),
        ("The Democratic Republic of Congo signed.", "democratic-republic-of-the-congo", "republic-of-the-congo"),
        ("The Democratic Republic of the Congo signed.", "democratic-republic-of-the-congo", "republic-of-the-congo"),
        ("The Republic of Guinea signed.", "guinea", "guinea-bissau"),
        ("The Republic of Guinea Bissau signed.", "guinea-bissau", "guinea"),
        ("The Republic of Guinea-Bissau signed.", "guinea-bissau", "guinea"),
        ("The Republic of Equatorial Guinea signed.", "equatorial-guinea", "guinea"),
        ("Papua New Guinea signed.", "papua-new-guinea", "guinea"),
        ("The Republic of the Sudan signed.", "sudan", "south-sudan"),
        ("The Republic of South Sudan signed.", "south-sudan", "sudan"),
        ("The Republic of Niger signed.", "niger", "nigeria"),
        ("The Republic of Nigeria signed.", "nigeria", "niger"),
        ("The Commonwealth of Dominica signed.", "dominica", "dominican-republic"),
        ("The Dominican Republic signed.", "dominican-republic", "dominica"),
        ("The Republic of Korea signed.", "south-korea", "north-korea"),
        ("The Democratic People’s Republic of Korea signed.", "north-korea", "south-korea"),
        ("The People’s Republic of China signed.", "china", "taiwan"),
        ("The Republic of China signed.", "taiwan", "china"),
        # states of their time beside today's state of a like name
        ("West Germany joined NATO in 1955.", "west-germany", "germany"),
        ("South Vietnam fell in 1975.", "south-vietnam", "vietnam"),
        ("The Republic of Texas was annexed in 1845.", "republic-of-texas", "united-states"),
        ("The Republic of Hawaii was proclaimed in 1894.", "republic-of-hawaii", "united-states"),
        ("The People's Democratic Republic of Yemen merged in 1990.", "south-yemen", "yemen"),
        ("The Republic of Tanganyika and the People's Republic of Zanzibar merged in 1964.", "people-s-republic-of-zanzibar", "tanzania"),
        ("The Republic of Tanganyika joined the UN in 1961.", "tanganyika", "tanzania"),
    ],
)
def test_look_alike_names_stay_apart(ruler_nlp, text, state, not_state):
    found = states(ruler_nlp, text)
    assert f"state:{state}" in found
    assert f"state:{not_state}" not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, state",
    [
        ("The summit was held in Harare, Republic of Zimbabwe, on Saturday.", "zimbabwe"),
        ("The President of the Republic of Uganda opened the session.", "uganda"),
        ("He presented his credentials as Ambassador of the People’s Republic of Bangladesh.", "bangladesh"),
        ("The minister of the Kingdom of Saudi Arabia led the delegation.", "saudi-arabia"),
    ],
)
def test_formal_names_are_state_mentions_on_the_real_model(extractor, text, state):
    doc = extractor.nlp(text)
    keys = {(m.key, m.type) for m in resolve_mentions(doc, extractor.gazetteer).mentions}
    assert (f"state:{state}", "state") in keys, keys


def test_a_formal_name_in_capitals_resolves(ruler_nlp):
    # kg.nlp adds every state name in capitals ("ALBANESE, PRIME MINISTER OF AUSTRALIA:")
    assert "state:zimbabwe" in states(ruler_nlp, "HARARE, REPUBLIC OF ZIMBABWE")


def test_zanzibar_alone_is_the_island_not_the_republic_of_its_time(ruler_nlp):
    assert "state:people-s-republic-of-zanzibar" not in states(ruler_nlp, "Tourists flocked to Zanzibar in July.")
