"""One entity across spellings (kg/names.py, kg/resolve/spellings.py, the graph's merge): both
sides of every rule, the names that must stay apart beside the ones that must join."""

from __future__ import annotations

import pytest

from kg.graph import graph_from_extractions
from kg.model import DocumentExtraction, Mention
from kg.names import adjective_variant, initials_match, misspelling, number_variant, short_form_of, spelling_groups
from kg.resolve import resolve_mentions
from kg.resolve.spellings import gazetteer_entry, person_spellings


@pytest.mark.parametrize("a, b", [
    ("portugaol", "portugal"), ("east african communty", "east african community"),
    ("salman bin abulaziz", "salman bin abdulaziz"), ("shikaliyev", "shikhaliyev"),
    ("samad bashrili", "samad bashirli"),  # two letters swapped are one slip
])
def test_one_edit_in_a_long_word_is_a_misspelling(a, b):
    assert misspelling(a, b)


@pytest.mark.parametrize("a, b", [
    ("niger", "nigeria"), ("austria", "australia"), ("sudan", "south sudan"), ("guinea", "guinea bissau"),
    ("dominica", "dominican republic"), ("iran", "iraq"), ("maria lopez", "mario lopez"),
    ("slovakia", "slovenia"), ("mohammed bin salman", "mohammed bin sultan"),
    ("sabah al khaled al hamad al sabah", "sabah al ahmad al jaber al sabah"),
    ("ahmed osman", "ahmed omsan"), ("samad bashrili", "samad brashili"),  # a swap in a short word; two swaps
])
def test_names_that_differ_more_or_in_short_words_stay_apart(a, b):
    assert not misspelling(a, b)


def test_known_words_are_never_misspellings_of_each_other():
    assert not misspelling("gambian army", "zambian army", known={"gambian", "zambian"})
    assert not misspelling("democratic republic", "democratic republics", known={"republic", "republics"})


def test_a_place_written_as_its_adjective_in_a_long_name():
    assert adjective_variant("africa continental free trade agreement", "african continental free trade agreement")
    assert adjective_variant("asian development bank", "asia development bank")
    assert not adjective_variant("south africa", "south african")  # two words: a state and its people
    assert not adjective_variant("asia development bank", "african development bank")
    assert not adjective_variant("iran oil company", "irian oil company")  # not a trailing "n"


def test_a_plural_written_singular_in_a_long_name_is_one_name():
    assert number_variant("league of arab state", "league of arab states")
    assert number_variant("organization of american states", "organization of american state")
    assert not number_variant("council of state", "council of states")  # three words: two bodies
    assert not number_variant("league of arab states", "league of african states")  # a different word
    assert not number_variant("union of the comoros islands", "union of the comoro island")  # two words differ


def test_initials_and_short_forms():
    assert initials_match("n nazarbayev", "nursultan nazarbayev")
    assert initials_match("s korea", "south korea")
    assert not initials_match("n korea", "south korea")
    assert not initials_match("n", "nursultan")  # a lone initial names no one
    assert short_form_of("nasser al mohammad", "nasser mohammad al ahmad al sabah")
    assert short_form_of("sabah al ahmad", "sabah al ahmad al jaber al sabah")
    assert not short_form_of("sabah al ahmad", "sabah al khaled al hamad al sabah")
    assert not short_form_of("nasser", "nasser mohammad al ahmad al sabah")  # one word is not enough


def test_spelling_groups_keep_the_better_attested_spelling():
    names = {"salman bin abdulaziz": 3, "salman bin abulaziz": 1, "maria lopez": 1, "mario lopez": 1}
    assert spelling_groups(names, weight=names) == {"salman bin abulaziz": "salman bin abdulaziz"}


def test_a_document_joins_a_person_s_other_spellings_only_when_one_name_fits():
    names = {"nursultan nazarbayev": 2, "n nazarbayev": 1, "sabah al ahmad al jaber al sabah": 1,
             "sabah al khaled al hamad al sabah": 1, "sabah al ahmad": 1, "sabah al": 1}
    mapping = person_spellings(names, frozenset({"al", "bin"}))
    assert mapping["n nazarbayev"] == "nursultan nazarbayev"
    assert mapping["sabah al ahmad"] == "sabah al ahmad al jaber al sabah"
    assert "sabah al khaled al hamad al sabah" not in mapping and "sabah al" not in mapping


@pytest.mark.parametrize("text, key", [
    ("REPUBLIC OF ZIMBABWE", "state:zimbabwe"), ("Portugaol", "state:portugal"),
    ("East African Communty", "org:east-african-community"), ("S. Korea", "state:south-korea"),
    ("Africa Continental Free Trade Agreement", "treaty:afcfta"),
])
def test_another_spelling_of_a_gazetteer_name_is_its_entity(gazetteer, text, key):
    entry = gazetteer_entry(text, gazetteer)
    assert entry is not None and entry.key == key


@pytest.mark.parametrize("text", ["Nigerr Delta", "Guinea Basin", "Austrlia Austria", "Zanbai", "Congo Basin"])
def test_a_spelling_close_to_no_one_entity_is_none(gazetteer, text):
    assert gazetteer_entry(text, gazetteer) is None


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ashraf Farhad Shikhaliyev presented his credentials. Shikaliyev said relations were strong.",
     {("person:ashraf farhad shikhaliyev", "person")}),
    ("Nursultan Nazarbayev opened the summit. N. Nazarbayev thanked the guests.", {("person:nursultan nazarbayev", "person")}),
    ("The Georgian Parliament met. The Speaker of the Parliament of Georgia spoke.",
     {("org:parliament of georgia", "organisation")}),
    ("The Sudanese Sovereignty Council met. The Sovereignty Council said it would talk.",
     {("org:sovereignty council of sudan", "organisation")}),
])
def test_a_document_s_spellings_of_one_entity_are_one_node(extractor, text, expected):
    got = {(m.key, m.type) for m in resolve_mentions(extractor.nlp(text), extractor.gazetteer).mentions}
    kinds = {type_ for _, type_ in expected}
    assert {k for k in got if k[1] in kinds} == expected, got


@pytest.mark.model
def test_bodies_of_two_states_stay_apart(extractor):
    text = "The Kenyan Ministry of Foreign Affairs and the Ugandan Ministry of Foreign Affairs met."
    got = {m.key for m in resolve_mentions(extractor.nlp(text), extractor.gazetteer).mentions}
    assert {"org:ministry of foreign affairs of kenya", "org:ministry of foreign affairs of uganda"} <= got


def _extraction(document, *mentions):
    return DocumentExtraction(document=document, mentions=tuple(
        Mention(key, label, type_, label, 0, len(label)) for key, label, type_ in mentions))


def test_the_graph_joins_a_misspelling_across_documents_but_not_two_people():
    graph = graph_from_extractions([
        _extraction("a", ("person:salman bin abdulaziz", "Salman bin Abdulaziz", "person"),
                    ("person:maria lopez", "Maria Lopez", "person")),
        _extraction("b", ("person:salman bin abdulaziz", "Salman bin Abdulaziz", "person"),
                    ("person:salman bin abulaziz", "Salman bin Abulaziz", "person"),
                    ("person:mario lopez", "Mario Lopez", "person")),
    ])
    labels = sorted(d["label"] for _, d in graph.nodes(data=True))
    assert labels == ["Maria Lopez", "Mario Lopez", "Salman bin Abdulaziz"]


def _labels(*documents):
    graph = graph_from_extractions([DocumentExtraction(document=f"d{n}", mentions=tuple(
        Mention(key, label, type_, text, 0, len(text)) for key, label, type_, text in mentions))
        for n, mentions in enumerate(documents)])
    return sorted(d["label"] for _, d in graph.nodes(data=True))


def test_an_organisation_the_texts_never_call_by_kgs_name_takes_the_name_they_use():
    turkic = ("org:ots", "Organization of Turkic States", "organisation")
    assert _labels([(*turkic, "Turkic Council")]) == ["Turkic Council"]
    # kg's name where a text writes it, in full or in capitals
    assert _labels([(*turkic, "Turkic Council")], [(*turkic, "Organization of Turkic States")]) == ["Organization of Turkic States"]
    nato = ("org:nato", "NATO", "organisation")
    assert _labels([(*nato, "North Atlantic Treaty Organization"), (*nato, "NATO")]) == ["NATO"]
    assert _labels([(*nato, "North Atlantic Treaty Organization")]) == ["North Atlantic Treaty Organization"]
    # only a name in words: not an acronym, a form in capitals or lower case; not for states or
    # for names kg composed ("Ministry of Foreign Affairs of Kenya")
    assert _labels([(*turkic, "TURKIC COUNCIL"), (*turkic, "Turkic council")]) == ["Organization of Turkic States"]
    # texts that write only an acronym: the acronym ("EU Commissioner N"); a name in words first
    eu = ("org:eu", "European Union", "organisation")
    assert _labels([(*eu, "EU")]) == ["EU"]
    assert _labels([(*turkic, "OTS"), (*turkic, "Turkic Council")]) == ["Turkic Council"]
    # an acronym inside the name written in full is still the name ("GUAM Organisation for ...")
    guam = ("org:guam", "GUAM Organization for Democracy and Economic Development", "organisation")
    assert _labels([(*guam, "GUAM Organisation for Democracy and Economic Development")]) == [
        "GUAM Organisation for Democracy and Economic Development"]
    assert _labels([("state:russia", "Russia", "state", "Russian Federation")]) == ["Russia"]
    body = ("org:ministry of foreign affairs of kenya", "Ministry of Foreign Affairs of Kenya", "organisation")
    assert _labels([(*body, "Ministry of Foreign Affairs")]) == ["Ministry of Foreign Affairs of Kenya"]


def test_the_given_names_are_gender_guessers_own():
    """kg reads gender-guesser's name list itself (faster than building its detector); the names
    must be exactly those the detector knows, compound names in all three of its spellings."""
    import gender_guesser.detector

    from kg.resolve.given_names import _given_names, is_given_name

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    assert _given_names() == frozenset(detector.names)
    for word in ("Claudia", "enrique", "ABDUL", "Xyzzyq", "Abd-Al", "Jordan"):
        assert is_given_name(word) == (detector.get_gender(word) != "unknown"), word


def test_a_treaty_the_texts_call_by_a_shorter_name_keeps_its_small_words():
    opac = ("treaty:opac", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
            "treaty")
    assert _labels([(*opac, "the Optional Protocol on children in armed conflict")]) == ["Optional Protocol on children in armed conflict"]
    # an organisation's form in lower case is still no name to label it by
    turkic = ("org:ots", "Organization of Turkic States", "organisation")
    assert _labels([(*turkic, "Turkic council of states")]) == ["Organization of Turkic States"]


@pytest.mark.model
def test_a_misspelt_title_before_of_is_no_persons_name(extractor):
    from kg.model import Document

    text = ("MCP vice president for the North Harry Banda who was Deputy Minister of Defence is now Minsiter of Defence, a "
            "position previously held by Chakwera.")
    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    assert "Minsiter" not in {m.text for m in result.mentions}
    assert any("Harry Banda" in m.text for m in result.mentions)


@pytest.mark.model
def test_a_headline_verb_after_a_two_word_name_is_no_part_of_it(extractor):
    from kg.model import Document

    (result,) = list(extractor.extractions([Document(id="t", text="Trade Minister Hon. Tomasi Kora Participates in First Official Engagement at the Forum Meeting in Suva.")]))
    assert not any("Participates" in m.text for m in result.mentions)
