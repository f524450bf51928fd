"""affiliated-with (kg/relations/affiliations.py, and the job titles of kg/relations/offices.py): a
person and the non-governmental institution they speak from. "Ivan Petrov of the Carnegie Moscow
Center", "Mary Lund, a director of the legal team at Human Rights Watch,", "Olga Rus, a senior
analyst at the International Crisis Group,". States and intergovernmental bodies give offices,
not affiliations.

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, triples
from kg.resolve import resolve_mentions

# (word, head, dep, tag, pos, lemma)
NAME_OF_CENTER = [
    ("Ivan", 1, "compound", "NNP", "PROPN", "Ivan"),
    ("Petrov", 7, "nsubj", "NNP", "PROPN", "Petrov"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("the", 6, "det", "DT", "DET", "the"),
    ("Carnegie", 6, "compound", "NNP", "PROPN", "Carnegie"),
    ("Moscow", 6, "compound", "NNP", "PROPN", "Moscow"),
    ("Center", 2, "pobj", "NNP", "PROPN", "Center"),
    ("said", 7, "ROOT", "VBD", "VERB", "say"),
    ("so", 7, "advmod", "RB", "ADV", "so"),
    (".", 7, "punct", ".", "PUNCT", "."),
]
NAME_OF_NATO = [
    ("Ivan", 1, "compound", "NNP", "PROPN", "Ivan"),
    ("Petrov", 4, "nsubj", "NNP", "PROPN", "Petrov"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("NATO", 2, "pobj", "NNP", "PROPN", "NATO"),
    ("said", 4, "ROOT", "VBD", "VERB", "say"),
    ("so", 4, "advmod", "RB", "ADV", "so"),
    (".", 4, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (NAME_OF_CENTER, [(0, 2, "PERSON", None), (4, 7, "ORG", "org:carnegie-moscow-center")],
         {("person:ivan petrov", "affiliated-with", "org:carnegie-moscow-center")}),
        # an official "of NATO" holds an office there; the title rules say which, this rule nothing
        (NAME_OF_NATO, [(0, 2, "PERSON", None), (3, 4, "ORG", "org:nato")], set()),
    ],
    ids=["of a think tank", "of an alliance"],
)
def test_a_name_of_an_institution(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "name-of-institution" for r in relations)


# a job in apposition whose last institution is the employer
DIRECTOR_AT = [
    ("Mary", 1, "compound", "NNP", "PROPN", "Mary"),
    ("Lund", 14, "nsubj", "NNP", "PROPN", "Lund"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("director", 1, "appos", "NN", "NOUN", "director"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("the", 8, "det", "DT", "DET", "the"),
    ("legal", 8, "amod", "JJ", "ADJ", "legal"),
    ("team", 5, "pobj", "NN", "NOUN", "team"),
    ("at", 8, "prep", "IN", "ADP", "at"),
    ("Human", 11, "compound", "NNP", "PROPN", "Human"),
    ("Rights", 12, "compound", "NNPS", "PROPN", "Rights"),
    ("Watch", 9, "pobj", "NNP", "PROPN", "Watch"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 14, "ROOT", "VBD", "VERB", "say"),
    ("so", 14, "advmod", "RB", "ADV", "so"),
    (".", 14, "punct", ".", "PUNCT", "."),
]
FORMER_DIRECTOR_AT = [
    ("Mary", 1, "compound", "NNP", "PROPN", "Mary"),
    ("Lund", 15, "nsubj", "NNP", "PROPN", "Lund"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 5, "det", "DT", "DET", "a"),
    ("former", 5, "amod", "JJ", "ADJ", "former"),
    ("director", 1, "appos", "NN", "NOUN", "director"),
    ("of", 5, "prep", "IN", "ADP", "of"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("legal", 9, "amod", "JJ", "ADJ", "legal"),
    ("team", 6, "pobj", "NN", "NOUN", "team"),
    ("at", 9, "prep", "IN", "ADP", "at"),
    ("Human", 12, "compound", "NNP", "PROPN", "Human"),
    ("Rights", 13, "compound", "NNPS", "PROPN", "Rights"),
    ("Watch", 10, "pobj", "NNP", "PROPN", "Watch"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 15, "ROOT", "VBD", "VERB", "say"),
    ("so", 15, "advmod", "RB", "ADV", "so"),
    (".", 15, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (DIRECTOR_AT, [(0, 2, "PERSON", None), (10, 13, "ORG", "org:human-rights-watch")],
         {("person:mary lund", "affiliated-with", "org:human-rights-watch")}),
        (FORMER_DIRECTOR_AT, [(0, 2, "PERSON", None), (11, 14, "ORG", "org:human-rights-watch")], set()),
    ],
    ids=["director of the team at", "former director of the team at"],
)
def test_a_job_in_apposition_names_the_employer(blank_vocab, rules, gazetteer, rows, ents, expected):
    doc = hand_parse(blank_vocab, rows, ents=ents)
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert {(r.source, r.relation, r.target) for r in relations} == expected
    assert all(r.evidence.rule == "institution-apposition" for r in relations)


# a title in apposition: an analyst at a think tank is affiliated with it; an official at an
# intergovernmental body holds an office there
SENIOR_AT = [
    ("Olga", 1, "compound", "NNP", "PROPN", "Olga"),
    ("Rus", 12, "nsubj", "NNP", "PROPN", "Rus"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 5, "det", "DT", "DET", "a"),
    ("senior", 5, "amod", "JJ", "ADJ", "senior"),
    ("{job}", 1, "appos", "NN", "NOUN", "{job}"),
    ("at", 5, "prep", "IN", "ADP", "at"),
    ("the", 10, "det", "DT", "DET", "the"),
    ("{first}", 10, "compound", "NNP", "PROPN", "{first}"),
    ("{second}", 10, "compound", "NNP", "PROPN", "{second}"),
    ("{third}", 6, "pobj", "NNP", "PROPN", "{third}"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 12, "ROOT", "VBD", "VERB", "say"),
    ("so", 12, "advmod", "RB", "ADV", "so"),
    (".", 12, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "job, name, ent_id, relation",
    [
        ("analyst", "International Crisis Group", "org:crisis-group", "affiliated-with"),
        ("official", "African Union Commission", "org:african-union-commission", "holds-office"),
    ],
)
def test_a_title_at_an_institution(blank_vocab, rules, gazetteer, job, name, ent_id, relation):
    first, second, third = name.split()
    fill = {"{job}": job, "{first}": first, "{second}": second, "{third}": third}
    rows = [tuple(fill.get(x, x) for x in row) for row in SENIOR_AT]
    doc = hand_parse(blank_vocab, rows, ents=[(0, 2, "PERSON", None), (8, 11, "ORG", ent_id)])
    assert triples(rules, doc, gazetteer) == {("person:olga rus", relation, ent_id)}


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # "the Almaty-based think-tank PaperLab": the place says where, the name is the employer
    ('"It is bigger," said Askar Nurbekov, a political analyst at the Almaty-based think-tank PaperLab.',
     {("person:askar nurbekov", "affiliated-with", "org:paperlab")}, {("person:askar nurbekov", "affiliated-with", "org:almaty")}),
    # a job in apposition, a former one, and "Name of Institution"
    ("Olesya Vartanyan, a senior analyst at the International Crisis Group, said talks failed.",
     {("person:olesya vartanyan", "affiliated-with", "org:crisis-group")}, set()),
    ("Mary Wareham, deputy director of the arms division at Human Rights Watch, said it was a step backwards.",
     {("person:mary wareham", "affiliated-with", "org:human-rights-watch")}, set()),
    ("Alexander Gabuev, director of the Carnegie Russia Eurasia Center in Berlin, said Moscow valued the summits.",
     {("person:alexander gabuev", "affiliated-with", "org:carnegie-russia-eurasia-center")}, set()),
    ("John Smith, a former analyst at the Brookings Institution, said so.", set(),
     {("person:john smith", "affiliated-with", "org:brookings")}),
    ("The deal was criticised by Maksim Samorukov of the Carnegie Moscow Center.",
     {("person:maksim samorukov", "affiliated-with", "org:carnegie-moscow-center")}, set()),
    # a government body after the name is where the event takes place, not an employer
    ("There will be a briefing by Foreign Secretary Jashim Uddin at the Ministry of Foreign Affairs at noon.",
     set(), {("person:jashim uddin", "affiliated-with", "org:ministry of foreign affairs")}),
    # "at" the place of an act done to the person, not the person's employer
    ("She attended the swearing in of Claudia Sheinbaum at the Brookings Institution on Tuesday.", set(),
     {("person:claudia sheinbaum", "affiliated-with", "org:brookings")}),
    ("Claudia Sheinbaum at the Brookings Institution said the plan was sound.",
     {("person:claudia sheinbaum", "affiliated-with", "org:brookings")}, set()),
    # a party's candidates are affiliated with it; a hoped-for candidacy, or a body that is no party, gives nothing
    ("Labour Party candidate Ama Mensah won the seat in Accra.", {("person:ama mensah", "affiliated-with", "org:labor party")}, set()),
    ("He lost twice to National Democratic Congress candidates: Kofi Boateng in 2008 and Yaw Darko in 2012.",
     {("person:kofi boateng", "affiliated-with", "org:national-democratic-congress"),
      ("person:yaw darko", "affiliated-with", "org:national-democratic-congress")}, set()),
    ("Kwame Owusu, the Convention People's Party candidate, conceded on Monday.",
     {("person:kwame owusu", "affiliated-with", "org:convention people s party")}, set()),
    ("Kwame Owusu ran in 2016 as the candidate of the Patriotic Front.",
     {("person:kwame owusu", "affiliated-with", "org:patriotic front")}, set()),
    ("Kwame Owusu hopes to run as the candidate of the Patriotic Front.", set(),
     {("person:kwame owusu", "affiliated-with", "org:patriotic front")}),
    ("Brookings Institution candidate Ama Mensah was shortlisted.", set(),
     {("person:ama mensah", "affiliated-with", "org:brookings")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
