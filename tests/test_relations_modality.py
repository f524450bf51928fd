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
from kg.relations.modality import asserted, undone

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


# ------------------------------------------------------------------ asserted(), one trigger at a time
# Each clause: its rows and the index of the trigger word whose assertion is asked.
CLAUSES = {
    "Moldova joined NATO.": ([
        ("Moldova", 1, "nsubj", "NNP", "PROPN", "Moldova"),
        ("joined", 1, "ROOT", "VBD", "VERB", "join"),
        ("NATO", 1, "dobj", "NNP", "PROPN", "NATO"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ], 1),
    "Moldova did not join NATO.": ([
        ("Moldova", 3, "nsubj", "NNP", "PROPN", "Moldova"),
        ("did", 3, "aux", "VBD", "AUX", "do"),
        ("not", 3, "neg", "RB", "PART", "not"),
        ("join", 3, "ROOT", "VB", "VERB", "join"),
        ("NATO", 3, "dobj", "NNP", "PROPN", "NATO"),
        (".", 3, "punct", ".", "PUNCT", "."),
    ], 3),
    "Moldova would join NATO.": ([
        ("Moldova", 2, "nsubj", "NNP", "PROPN", "Moldova"),
        ("would", 2, "aux", "MD", "AUX", "would"),
        ("join", 2, "ROOT", "VB", "VERB", "join"),
        ("NATO", 2, "dobj", "NNP", "PROPN", "NATO"),
        (".", 2, "punct", ".", "PUNCT", "."),
    ], 2),
    "Moldova will join NATO.": ([
        ("Moldova", 2, "nsubj", "NNP", "PROPN", "Moldova"),
        ("will", 2, "aux", "MD", "AUX", "will"),
        ("join", 2, "ROOT", "VB", "VERB", "join"),
        ("NATO", 2, "dobj", "NNP", "PROPN", "NATO"),
        (".", 2, "punct", ".", "PUNCT", "."),
    ], 2),
    "If Moldova joins NATO, Russia will respond.": ([
        ("If", 2, "mark", "IN", "SCONJ", "if"),
        ("Moldova", 2, "nsubj", "NNP", "PROPN", "Moldova"),
        ("joins", 7, "advcl", "VBZ", "VERB", "join"),
        ("NATO", 2, "dobj", "NNP", "PROPN", "NATO"),
        (",", 7, "punct", ",", "PUNCT", ","),
        ("Russia", 7, "nsubj", "NNP", "PROPN", "Russia"),
        ("will", 7, "aux", "MD", "AUX", "will"),
        ("respond", 7, "ROOT", "VB", "VERB", "respond"),
        (".", 7, "punct", ".", "PUNCT", "."),
    ], 2),
    "Did Moldova join NATO?": ([
        ("Did", 2, "aux", "VBD", "AUX", "do"),
        ("Moldova", 2, "nsubj", "NNP", "PROPN", "Moldova"),
        ("join", 2, "ROOT", "VB", "VERB", "join"),
        ("NATO", 2, "dobj", "NNP", "PROPN", "NATO"),
        ("?", 2, "punct", ".", "PUNCT", "?"),
    ], 2),
    "Russia says that Moldova joined NATO.": ([
        ("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
        ("says", 1, "ROOT", "VBZ", "VERB", "say"),
        ("that", 4, "mark", "IN", "SCONJ", "that"),
        ("Moldova", 4, "nsubj", "NNP", "PROPN", "Moldova"),
        ("joined", 1, "ccomp", "VBD", "VERB", "join"),
        ("NATO", 4, "dobj", "NNP", "PROPN", "NATO"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ], 4),
    "Russia denies that Moldova joined NATO.": ([
        ("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
        ("denies", 1, "ROOT", "VBZ", "VERB", "deny"),
        ("that", 4, "mark", "IN", "SCONJ", "that"),
        ("Moldova", 4, "nsubj", "NNP", "PROPN", "Moldova"),
        ("joined", 1, "ccomp", "VBD", "VERB", "join"),
        ("NATO", 4, "dobj", "NNP", "PROPN", "NATO"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ], 4),
    "Georgia, a founding member of the CIS, protested.": ([
        ("Georgia", 9, "nsubj", "NNP", "PROPN", "Georgia"),
        (",", 0, "punct", ",", "PUNCT", ","),
        ("a", 4, "det", "DT", "DET", "a"),
        ("founding", 4, "amod", "VBG", "VERB", "found"),
        ("member", 0, "appos", "NN", "NOUN", "member"),
        ("of", 4, "prep", "IN", "ADP", "of"),
        ("the", 7, "det", "DT", "DET", "the"),
        ("CIS", 5, "pobj", "NNP", "PROPN", "CIS"),
        (",", 0, "punct", ",", "PUNCT", ","),
        ("protested", 9, "ROOT", "VBD", "VERB", "protest"),
        (".", 9, "punct", ".", "PUNCT", "."),
    ], 4),
    "Georgia, a former member of the CIS, protested.": ([
        ("Georgia", 9, "nsubj", "NNP", "PROPN", "Georgia"),
        (",", 0, "punct", ",", "PUNCT", ","),
        ("a", 4, "det", "DT", "DET", "a"),
        ("former", 4, "amod", "JJ", "ADJ", "former"),
        ("member", 0, "appos", "NN", "NOUN", "member"),
        ("of", 4, "prep", "IN", "ADP", "of"),
        ("the", 7, "det", "DT", "DET", "the"),
        ("CIS", 5, "pobj", "NNP", "PROPN", "CIS"),
        (",", 0, "punct", ",", "PUNCT", ","),
        ("protested", 9, "ROOT", "VBD", "VERB", "protest"),
        (".", 9, "punct", ".", "PUNCT", "."),
    ], 4),
}


@pytest.mark.parametrize(
    "sentence, mode, expected",
    [
        ("Moldova joined NATO.", "full", True),
        ("Moldova did not join NATO.", "full", False),
        ("Moldova did not join NATO.", "negation-only", False),  # negation blocks in every mode
        ("Moldova did not join NATO.", "none", False),
        ("Moldova will join NATO.", "full", True),  # "will" states a scheduled fact
        ("Moldova would join NATO.", "full", False),
        ("Moldova would join NATO.", "negation-only", True),  # an aspiration stays one under a modal
        ("Moldova would join NATO.", "none", True),
        ("If Moldova joins NATO, Russia will respond.", "full", False),
        ("If Moldova joins NATO, Russia will respond.", "negation-only", True),
        ("Did Moldova join NATO?", "full", False),
        ("Russia says that Moldova joined NATO.", "full", True),  # a report is not a denial
        ("Russia denies that Moldova joined NATO.", "full", False),
        ("Georgia, a founding member of the CIS, protested.", "full", True),
        ("Georgia, a former member of the CIS, protested.", "full", False),
        ("Georgia, a former member of the CIS, protested.", "none", False),  # "former" right before the trigger
    ],
)
def test_asserted(blank_vocab, rules, sentence, mode, expected):
    rows, trigger = CLAUSES[sentence]
    doc = hand_parse(blank_vocab, rows)
    assert doc.text.replace(" ", "") == sentence.replace(" ", "")  # the rows spell the sentence
    assert asserted(doc[trigger], rules.knowledge.lex, mode) is expected


# ------------------------------------------------------------------ undone(): taken back or left incomplete
SIGNED = [
    ("Kenya", 1, "nsubj", "NNP", "PROPN", "Kenya"),
    ("signed", 1, "ROOT", "VBD", "VERB", "sign"),
    ("the", 5, "det", "DT", "DET", "the"),
    ("Arms", 4, "compound", "NNP", "PROPN", "Arms"),
    ("Trade", 5, "compound", "NNP", "PROPN", "Trade"),
    ("Treaty", 1, "dobj", "NNP", "PROPN", "Treaty"),
]
SIGNED_ENTS = [(0, 1, "GPE", "state:kenya"), (3, 6, "LAW", "treaty:arms-trade-treaty")]

SECOND_CLAUSES = {
    "but later withdrew from it": [
        ("but", 1, "cc", "CC", "CCONJ", "but"),
        ("later", 8, "advmod", "RB", "ADV", "later"),
        ("withdrew", 1, "conj", "VBD", "VERB", "withdraw"),
        ("from", 8, "prep", "IN", "ADP", "from"),
        ("it", 9, "pobj", "PRP", "PRON", "it"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ],
    "but has yet to ratify it": [
        ("but", 1, "cc", "CC", "CCONJ", "but"),
        ("has", 1, "conj", "VBZ", "VERB", "have"),
        ("yet", 7, "advmod", "RB", "ADV", "yet"),
        ("to", 10, "aux", "TO", "PART", "to"),
        ("ratify", 7, "xcomp", "VB", "VERB", "ratify"),
        ("it", 10, "dobj", "PRP", "PRON", "it"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ],
    "and ratified it": [
        ("and", 1, "cc", "CC", "CCONJ", "and"),
        ("ratified", 1, "conj", "VBD", "VERB", "ratify"),
        ("it", 7, "dobj", "PRP", "PRON", "it"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ],
}


@pytest.mark.parametrize(
    "second, taken_back",
    [("but later withdrew from it", True), ("but has yet to ratify it", True), ("and ratified it", False)],
)
def test_undone_and_what_it_keeps_out(blank_vocab, rules, gazetteer, second, taken_back):
    doc = hand_parse(blank_vocab, SIGNED + SECOND_CLAUSES[second], ents=SIGNED_ENTS)
    assert undone(doc[1], rules.knowledge.lex) is taken_back
    expected = set() if taken_back else {("state:kenya", "party-to", "treaty:arms-trade-treaty")}
    assert triples(rules, doc, gazetteer) == expected


# ------------------------------------------------------------------ through the rules
# seeks-membership patterns check negation only: a modal aspiration is still an aspiration
WOULD_SEEK = [
    ("Ukraine", 2, "nsubj", "NNP", "PROPN", "Ukraine"),
    ("would", 2, "aux", "MD", "AUX", "would"),
    ("seek", 2, "ROOT", "VB", "VERB", "seek"),
    ("NATO", 4, "compound", "NNP", "PROPN", "NATO"),
    ("membership", 2, "dobj", "NN", "NOUN", "membership"),
    (".", 2, "punct", ".", "PUNCT", "."),
]
WOULD_JOIN = [
    ("Ukraine", 2, "nsubj", "NNP", "PROPN", "Ukraine"),
    ("would", 2, "aux", "MD", "AUX", "would"),
    ("join", 2, "ROOT", "VB", "VERB", "join"),
    ("NATO", 2, "dobj", "NNP", "PROPN", "NATO"),
    (".", 2, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "rows, nato, expected",
    [
        (WOULD_SEEK, 3, {("state:ukraine", "seeks-membership", "org:nato")}),
        (WOULD_JOIN, 3, set()),  # a conditional joining is no membership
    ],
    ids=["would seek membership", "would join"],
)
def test_a_modal_blocks_membership_but_not_an_aspiration(blank_vocab, rules, gazetteer, rows, nato, expected):
    doc = hand_parse(blank_vocab, rows, ents=[(0, 1, "GPE", "state:ukraine"), (nato, nato + 1, "ORG", "org:nato")])
    assert triples(rules, doc, gazetteer) == expected


# "was not led by A but by B": the correction is asserted; "not ... by A and by B" negates both
NOT_BUT = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("Polish", 2, "amod", "JJ", "ADJ", "polish"),
    ("team", 5, "nsubjpass", "NN", "NOUN", "team"),
    ("was", 5, "auxpass", "VBD", "AUX", "be"),
    ("not", 5, "neg", "RB", "PART", "not"),
    ("led", 5, "ROOT", "VBN", "VERB", "lead"),
    ("by", 5, "agent", "IN", "ADP", "by"),
    ("Jan", 8, "compound", "NNP", "PROPN", "Jan"),
    ("Nowak", 6, "pobj", "NNP", "PROPN", "Nowak"),
    ("{cc}", 6, "cc", "CC", "CCONJ", "{cc}"),
    ("by", 6, "conj", "IN", "ADP", "by"),
    ("Piotr", 12, "compound", "NNP", "PROPN", "Piotr"),
    ("Zielinski", 10, "pobj", "NNP", "PROPN", "Zielinski"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "cc, expected",
    [("but", {("person:piotr zielinski", "leads-delegation", "state:poland")}), ("and", set())],
)
def test_not_a_but_b_asserts_b(blank_vocab, rules, gazetteer, cc, expected):
    rows = [tuple(cc if x == "{cc}" else x for x in row) for row in NOT_BUT]
    doc = hand_parse(blank_vocab, rows, ents=[(7, 9, "PERSON", None), (11, 13, "PERSON", None)])
    assert triples(rules, doc, gazetteer) == expected


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # a conditional, a modal, a negation, "former"
    ("The Russian delegation would be led by Alexander Grushko if the talks went ahead.",
     set(), {("person:alexander grushko", "leads-delegation", "state:russia")}),
    ("If Ukraine joined NATO, Russia would respond.", set(), {("state:ukraine", "member-of", "org:nato")}),
    # a condition in a clause of the trigger's own ("... if", "unless"), but not "even if"
    ("The Kenyan delegation will be led by Amos Wako if the talks go ahead.", set(),
     {("person:amos wako", "leads-delegation", "state:kenya")}),
    ("Finland will join NATO unless Turkey objects.", set(), {("state:finland", "member-of", "org:nato")}),
    ("Finland joined NATO even if Russia objected.", {("state:finland", "member-of", "org:nato")}, set()),
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


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("It should be noted that the Pacific Alliance is an initiative formed by Chile, Colombia, Mexico and Peru.",
     {("state:chile", "member-of", "org:pacific-alliance")}, set()),
    ("It should be decided whether the Pacific Alliance was formed by Chile, Colombia, Mexico and Peru.",
     set(), {("state:chile", "member-of", "org:pacific-alliance")}),
    ("Chile should join the Pacific Alliance.", set(), {("state:chile", "member-of", "org:pacific-alliance")}),
], ids=["it-should-be-noted", "it-should-be-decided", "should-join"])
def test_a_frame_that_asserts_what_follows(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
