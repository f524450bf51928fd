"""States a relative clause defines, then a copula lists (kg/relations/defined_lists.py): "the
countries that joined the EU in 2004 were A and B" (member-of), "the states that signed the Treaty
of Rome were A and B" (party-to); not when the clause is denied, still to come, or about leaving.

Hand-built parses first (the rule, not the model, is under test), then sentences on the real model.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse, model_triples
from kg.resolve import resolve_mentions


def _found(rules, gazetteer, doc):
    return {(r.source, r.relation, r.target) for r in rules.extract(resolve_mentions(doc, gazetteer), "d")
            if r.evidence.rule == "states-a-clause-defines"}


def _countries_that(verb: str, lemma: str, aux: tuple[str, ...] = ()):
    """ "The countries that [aux...] VERB the EU in 2004 were Estonia and Latvia." """
    n = len(aux)
    rows = [
        ("The", 1, "det", "DT", "DET", "the"),
        ("countries", 8 + n, "nsubj", "NNS", "NOUN", "country"),
        ("that", 3 + n, "nsubj", "WDT", "PRON", "that"),
    ]
    rows += [(word, 3 + n, "neg" if word == "not" else "aux", "RB" if word == "not" else "MD", "PART" if word == "not" else "AUX",
              word) for word in aux]
    rows += [
        (verb, 1, "relcl", "VBD", "VERB", lemma),
        ("the", 5 + n, "det", "DT", "DET", "the"),
        ("EU", 3 + n, "dobj", "NNP", "PROPN", "EU"),
        ("in", 3 + n, "prep", "IN", "ADP", "in"),
        ("2004", 6 + n, "pobj", "CD", "NUM", "2004"),
        ("were", 8 + n, "ROOT", "VBD", "AUX", "be"),
        ("Estonia", 8 + n, "attr", "NNP", "PROPN", "Estonia"),
        ("and", 9 + n, "cc", "CC", "CCONJ", "and"),
        ("Latvia", 9 + n, "conj", "NNP", "PROPN", "Latvia"),
        (".", 8 + n, "punct", ".", "PUNCT", "."),
    ]
    ents = [(5 + n, 6 + n, "ORG", "org:european-union"), (9 + n, 10 + n, "GPE", "state:estonia"),
            (11 + n, 12 + n, "GPE", "state:latvia")]
    return rows, ents


JOINED = {("state:estonia", "member-of", "org:european-union"), ("state:latvia", "member-of", "org:european-union")}


@pytest.mark.parametrize("verb, lemma, aux, expected", [
    ("joined", "join", (), JOINED),
    ("joined", "join", ("did", "not"), set()),  # "the countries that did not join the EU ... were"
    ("join", "join", ("will",), set()),  # a joining still to come
    ("left", "leave", (), set()),  # leaving is not a membership
], ids=["joined", "did-not-join", "will-join", "left"])
def test_countries_a_joining_defines_are_members(blank_vocab, rules, gazetteer, verb, lemma, aux, expected):
    rows, ents = _countries_that(verb, lemma, aux)
    assert _found(rules, gazetteer, hand_parse(blank_vocab, rows, ents=ents)) == expected


def _states_that_signed(noun: str):
    """ "The states that signed the Treaty of Rome were Belgium and Italy." """
    rows = [
        ("The", 1, "det", "DT", "DET", "the"),
        (noun, 8, "nsubj", "NNS", "NOUN", noun),
        ("that", 3, "nsubj", "WDT", "PRON", "that"),
        ("signed", 1, "relcl", "VBD", "VERB", "sign"),
        ("the", 5, "det", "DT", "DET", "the"),
        ("Treaty", 3, "dobj", "NNP", "PROPN", "Treaty"),
        ("of", 5, "prep", "IN", "ADP", "of"),
        ("Rome", 6, "pobj", "NNP", "PROPN", "Rome"),
        ("were", 8, "ROOT", "VBD", "AUX", "be"),
        ("Belgium", 8, "attr", "NNP", "PROPN", "Belgium"),
        ("and", 9, "cc", "CC", "CCONJ", "and"),
        ("Italy", 9, "conj", "NNP", "PROPN", "Italy"),
        (".", 8, "punct", ".", "PUNCT", "."),
    ]
    ents = [(5, 8, "LAW", "treaty:treaty-of-rome"), (9, 10, "GPE", "state:belgium"), (11, 12, "GPE", "state:italy")]
    return rows, ents


@pytest.mark.parametrize("noun, expected", [
    ("states", {("state:belgium", "party-to", "treaty:treaty-of-rome"), ("state:italy", "party-to", "treaty:treaty-of-rome")}),
    ("officials", set()),  # "the officials that signed the treaty were ...": people, not the states that are parties
], ids=["states", "officials"])
def test_states_a_signing_defines_are_parties(blank_vocab, rules, gazetteer, noun, expected):
    rows, ents = _states_that_signed(noun)
    assert _found(rules, gazetteer, hand_parse(blank_vocab, rows, ents=ents)) == expected


@pytest.mark.parametrize("text, present, absent", [
    ("Nations which have joined NATO since 1999 are: Albania, Croatia and Montenegro.",
     {("state:albania", "member-of", "org:nato"), ("state:montenegro", "member-of", "org:nato")}, set()),
    ("The countries that hope to join NATO are Georgia and Ukraine.",
     set(), {("state:georgia", "member-of", "org:nato"), ("state:ukraine", "member-of", "org:nato")}),
    ("The states that have not joined the EU are Norway and Switzerland.",
     set(), {("state:norway", "member-of", "org:european-union")}),
    ("Countries that have ratified the Treaty of Rome include France and Italy.",
     {("state:france", "party-to", "treaty:treaty-of-rome"), ("state:italy", "party-to", "treaty:treaty-of-rome")}, set()),
], ids=["joined-since", "hope-to-join", "not-joined", "ratified-include"])
def test_defined_lists_on_the_model(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    ("The countries that make up ECOWAS are: Benin, Ghana and Togo.",
     {("state:benin", "member-of", "org:ecowas"), ("state:togo", "member-of", "org:ecowas")}, set()),
    ("The member countries that make up ECOWAS are; Benin, Ghana and Togo.", {("state:ghana", "member-of", "org:ecowas")}, set()),
    ("The states that founded ASEAN were Indonesia, Malaysia and Thailand.",
     {("state:indonesia", "member-of", "org:asean"), ("state:thailand", "member-of", "org:asean")}, set()),
    ("The countries that want to make up ECOWAS are Benin and Ghana.", set(), {("state:benin", "member-of", "org:ecowas")}),
    ("The countries that made ECOWAS strong are Benin and Ghana.", set(), {("state:benin", "member-of", "org:ecowas")}),
], ids=["make-up", "make-up-semicolon", "founded", "want-to-make-up", "made-strong"])
def test_states_a_clause_of_making_up_or_founding_defines(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


def test_signatories_a_clause_names_then_listed_one_a_line(extractor):
    # "The countries that are signatories of T are, ordered by date:" then one state a line (kept
    # by the page cleaner as a list); not "prospective parties", nor past the first line that is no state
    text = ("Signatories\nThe countries that are signatories of the Treaty of Rome are, ordered by accession date:\n"
            "- Belgium (1957)\n- France (1957)\n- Italy (1957)\nOther parts of the text follow here.\n- Denmark (1973)\n")
    got = model_triples(extractor, text)
    assert {("state:belgium", "party-to", "treaty:treaty-of-rome"), ("state:italy", "party-to", "treaty:treaty-of-rome")} <= got, got
    assert ("state:denmark", "party-to", "treaty:treaty-of-rome") not in got, got
    assert not [t for t in model_triples(extractor, "The countries that are prospective parties to the Treaty of Rome are "
                                                    "Norway and Iceland.") if t[1] == "party-to"]
