"""Offices named by a counterpart (kg/relations/counterparts.py): "his Turkish counterpart N",
"her counterpart from Brazil, N". Sentences written for the test; a hand-built parse keeps the
rule's reading apart from the model's."""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, triples

CASES = [
    ("Lavrov held talks with his Turkish counterpart Mevlut Cavusoglu in Sochi.",
     {("person:mevlut cavusoglu", "holds-office", "state:turkey")}, set()),
    ("Peru's foreign minister handed the chair to his Bolivian counterpart, David Choquehuanca, on Tuesday.",
     {("person:david choquehuanca", "holds-office", "state:bolivia")}, set()),
    ("Wang Yi met his counterpart from Brazil, Mauro Vieira, in Beijing.",
     {("person:mauro vieira", "holds-office", "state:brazil")}, set()),
    ("The premier spoke with his Thai counterpart, Prime Minister Somchai Wongsawat, by phone.",
     {("person:somchai wongsawat", "holds-office", "state:thailand")}, set()),
    # a form of address between the counterpart and the name ("Samdech", "H.E.")
    ("The Thai premier welcomed his Cambodian counterpart Samdech Techo Sok Vannara at Government House.",
     {("person:sok vannara", "holds-office", "state:cambodia")}, set()),
    ("The minister received her Ghanaian counterpart, H.E. Kofi Mensah Adjei, in Abuja.",
     {("person:kofi mensah adjei", "holds-office", "state:ghana")}, set()),
    # the counterpart named is the demonym's state's, not the speaker's
    ("Kenyan minister Grace Atieno met her Ugandan counterpart Sam Okello in Kampala.",
     {("person:sam okello", "holds-office", "state:uganda")}, {("person:sam okello", "holds-office", "state:kenya")}),
    # no name, or a name that is someone else's: nothing
    ("She will meet her Chilean counterpart next week in Santiago.", set(),
     {("person:santiago", "holds-office", "state:chile")}),
    ("The minister phoned his Turkish counterpart's adviser Ibrahim Kalin.", set(),
     {("person:ibrahim kalin", "holds-office", "state:turkey")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_counterparts(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


# "Lavrov met his Turkish counterpart Mevlut Cavusoglu ."
MET = [
    ("Lavrov", 1, "nsubj", "NNP", "PROPN", "Lavrov"),
    ("met", 1, "ROOT", "VBD", "VERB", "meet"),
    ("his", 4, "poss", "PRP$", "PRON", "his"),
    ("Turkish", 4, "amod", "JJ", "ADJ", "turkish"),
    ("counterpart", 1, "dobj", "NN", "NOUN", "counterpart"),
    ("Mevlut", 6, "compound", "NNP", "PROPN", "Mevlut"),
    ("Cavusoglu", 4, "appos", "NNP", "PROPN", "Cavusoglu"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def test_a_demonym_before_counterpart_gives_the_named_person_its_state(rules, blank_vocab, gazetteer):
    doc = hand_parse(blank_vocab, MET, ents=[(0, 1, "PERSON", ""), (5, 7, "PERSON", "")])
    assert ("person:mevlut cavusoglu", "holds-office", "state:turkey") in triples(rules, doc, gazetteer)


def test_a_counterpart_without_a_state_gives_nothing(rules, blank_vocab, gazetteer):
    rows = [r if r[0] != "Turkish" else ("new", 4, "amod", "JJ", "ADJ", "new") for r in MET]
    doc = hand_parse(blank_vocab, rows, ents=[(0, 1, "PERSON", ""), (5, 7, "PERSON", "")])
    assert not [t for t in triples(rules, doc, gazetteer) if t[1] == "holds-office"]
