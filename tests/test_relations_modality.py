"""Modality (kg/relations/modality.py): only what the text asserts becomes an edge. Negation,
modal verbs, conditions, questions, "former", governing words of denial or aspiration; a clause
taken back or left incomplete ("but later withdrew from it", "has yet to ratify it"); "not A but
B" asserts B.

Hand-built parses first: ``asserted`` and ``undone`` on one trigger word, then through the rules;
then sentences on the real model.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, triples

# (word, head, dep, tag, pos, lemma)
DELEGATION_PASSIVE = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("Russian", 2, "amod", "JJ", "ADJ", "russian"),
    ("delegation", 5, "nsubjpass", "NN", "NOUN", "delegation"),
    ("{aux}", 5, "aux", "MD", "AUX", "{aux}"),
    ("be", 5, "auxpass", "VB", "AUX", "be"),
    ("led", 5, "ROOT", "VBN", "VERB", "lead"),
    ("by", 5, "agent", "IN", "ADP", "by"),
    ("Alexander", 8, "compound", "NNP", "PROPN", "Alexander"),
    ("Grushko", 6, "pobj", "NNP", "PROPN", "Grushko"),
    ("and", 8, "cc", "CC", "CCONJ", "and"),
    ("Alexander", 11, "compound", "NNP", "PROPN", "Alexander"),
    ("Fomin", 8, "conj", "NNP", "PROPN", "Fomin"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


def _with_aux(aux):
    return [tuple(aux if x == "{aux}" else x for x in row) for row in DELEGATION_PASSIVE]


@pytest.mark.parametrize(
    "aux, expected",
    [
        ("will", {("person:alexander grushko", "leads-delegation", "state:russia"),
                  ("person:alexander fomin", "leads-delegation", "state:russia")}),
        ("would", set()),  # a conditional delegation is not a fact
        ("might", set()),
    ],
)
def test_passive_delegation_with_coordination_and_modality(blank_vocab, rules, gazetteer, aux, expected):
    doc = hand_parse(blank_vocab, _with_aux(aux), ents=[(7, 9, "PERSON", None), (10, 12, "PERSON", None)])
    assert {t for t in triples(rules, doc, gazetteer) if t[1] == "leads-delegation"} == expected


MEMBERS = [
    ("Estonia", 1, "nsubj", "NNP", "PROPN", "Estonia"),
    ("{verb}", 1, "ROOT", "VBZ", "AUX", "be"),
    ("{neg}", 1, "neg", "RB", "PART", "not"),
    ("a", 4, "det", "DT", "DET", "a"),
    ("member", 1, "attr", "NN", "NOUN", "member"),
    ("of", 4, "prep", "IN", "ADP", "of"),
    ("NATO", 5, "pobj", "NNP", "PROPN", "NATO"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def _members(neg: bool):
    rows = [tuple("is" if x == "{verb}" else x for x in row) for row in MEMBERS]
    if not neg:
        rows = [(w, h - (1 if h > 2 else 0), d, t, p, l) for i, (w, h, d, t, p, l) in enumerate(rows) if i != 2]
    return rows


@pytest.mark.parametrize("negated, expected", [(False, {("state:estonia", "member-of", "org:nato")}), (True, set())])
def test_copular_membership_and_its_negation(blank_vocab, rules, gazetteer, negated, expected):
    rows = _members(negated)
    n = len(rows)
    nato = 6 if negated else 5
    doc = hand_parse(blank_vocab, rows, ents=[(0, 1, "GPE", "state:estonia"), (nato, nato + 1, "ORG", "org:nato")])
    assert n == len(doc)
    assert triples(rules, doc, gazetteer) == expected


def test_denied_annexation_is_not_a_fact(blank_vocab, rules, gazetteer):
    rows = [
        ("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
        ("denies", 1, "ROOT", "VBZ", "VERB", "deny"),
        ("it", 3, "nsubj", "PRP", "PRON", "it"),
        ("annexed", 1, "ccomp", "VBD", "VERB", "annex"),
        ("Crimea", 3, "dobj", "NNP", "PROPN", "Crimea"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ]
    doc = hand_parse(blank_vocab, rows, ents=[(0, 1, "GPE", "state:russia"), (4, 5, "LOC", "place:crimea")])
    assert triples(rules, doc, gazetteer) == set()


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # a conditional, a modal, a negation, "former"
    ("The Russian delegation would be led by Alexander Grushko if the talks went ahead.",
     set(), {("person:alexander grushko", "leads-delegation", "state:russia")}),
    ("If Ukraine joined NATO, Russia would respond.", set(), {("state:ukraine", "member-of", "org:nato")}),
    ("Sweden would become a member of NATO under the plan.", set(), {("state:sweden", "member-of", "org:nato")}),
    ("Finland is not a member of NATO.", set(), {("state:finland", "member-of", "org:nato")}),
    ("Ukraine, not a member of NATO, wants guarantees.", set(), {("state:ukraine", "member-of", "org:nato")}),
    ("Georgia, a former member of the Commonwealth of Independent States, left in 2009.", set(), {("state:georgia", "member-of", "org:cis")}),
    # "not A but B": the correction is asserted, the negated first conjunct is not
    ("Russia's delegation was not headed by its ambassador to Hungary, Nikolai Gavrilov, but by Oleg Sidorov, a deputy director.",
     {("person:oleg sidorov", "leads-delegation", "state:russia")}, {("person:nikolai gavrilov", "leads-delegation", "state:russia")}),
    ("Russia's delegation was not headed by Nikolai Gavrilov but by Oleg Sidorov.",
     {("person:oleg sidorov", "leads-delegation", "state:russia")}, {("person:nikolai gavrilov", "leads-delegation", "state:russia")}),
    ("Russia's delegation was not headed by Nikolai Gavrilov and by Oleg Sidorov.", set(),
     {("person:oleg sidorov", "leads-delegation", "state:russia")}),
    # a negation or a modal on the second of two conjoined verbs
    ("Finland applied in May 2022 and never joined NATO.", set(), {("state:finland", "member-of", "org:nato")}),
    ("Serbia did not join NATO but might join the EU.", set(), {("state:serbia", "member-of", "org:european-union")}),
    # taken back or left incomplete
    ("Uzbekistan and Georgia signed the Collective Security Treaty but later withdrew from it.", set(),
     {("state:georgia", "party-to", "treaty:collective security treaty")}),
    ("Kenya signed the accord but has yet to ratify it.", set(), {("state:kenya", "party-to", "treaty:accord")}),
    ("Kenya signed the Entebbe Agreement but has yet to ratify it.", set(), {("state:kenya", "party-to", "treaty:entebbe agreement")}),
    # denial, hope and a modal in the governing clause
    ("Moscow denies that it plans to annex Belarus.", set(), {("state:russia", "annexed", "state:belarus")}),
    ("Turkey was represented by Deputy Foreign Minister Murat Ozcan, who would lead its delegation.",
     set(), {("person:murat ozcan", "leads-delegation", "state:turkey")}),
    ("Ukraine hopes to become NATO's next member.", set(), {("state:ukraine", "member-of", "org:nato")}),
    ("Sweden will never become NATO's 33rd member.", set(), {("state:sweden", "member-of", "org:nato")}),
    ("The Shanghai Cooperation Organisation met in Astana. The organisation could have four members: China, Russia, India and Pakistan.",
     set(), {("state:china", "member-of", "org:sco")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
