"""Relation rules on hand-built parses: the rule, not the model, is under test."""

from __future__ import annotations

import pytest

from conftest import hand_parse, triples
from kg.relations import load_patterns
from kg.gazetteer import DataFileError

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


ANNEX = [
    ("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
    ("annexed", 1, "ROOT", "VBD", "VERB", "annex"),
    ("Ukraine", 4, "poss", "NNP", "PROPN", "Ukraine"),
    ("'s", 2, "case", "POS", "PART", "'s"),
    ("Crimea", 1, "dobj", "NNP", "PROPN", "Crimea"),
    ("in", 1, "prep", "IN", "ADP", "in"),
    ("2014", 5, "pobj", "CD", "NUM", "2014"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def test_annexation_takes_the_possessed_territory_and_gives_part_of(blank_vocab, rules, gazetteer):
    doc = hand_parse(
        blank_vocab,
        ANNEX,
        ents=[(0, 1, "GPE", "state:russia"), (2, 3, "GPE", "state:ukraine"), (4, 5, "LOC", "place:crimea"), (6, 7, "DATE", None)],
    )
    from kg.resolve import resolve_mentions

    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    got = {(r.source, r.relation, r.target) for r in relations}
    assert ("state:russia", "annexed", "place:crimea") in got
    assert ("place:crimea", "part-of", "state:ukraine") in got
    assert ("state:russia", "annexed", "state:ukraine") not in got
    annexed = next(r for r in relations if r.relation == "annexed")
    assert annexed.date == "2014"
    assert annexed.evidence.rule == "annexed-active"
    assert annexed.evidence.sentence.startswith("Russia annexed")


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


def test_capital_as_subject_stands_for_its_state(blank_vocab, rules, gazetteer):
    rows = [
        ("Moscow", 1, "nsubj", "NNP", "PROPN", "Moscow"),
        ("annexed", 1, "ROOT", "VBD", "VERB", "annex"),
        ("Crimea", 1, "dobj", "NNP", "PROPN", "Crimea"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ]
    doc = hand_parse(blank_vocab, rows, ents=[(0, 1, "GPE", "capital:state:russia"), (2, 3, "LOC", "place:crimea")])
    assert triples(rules, doc, gazetteer) == {("state:russia", "annexed", "place:crimea")}


def test_capital_after_locative_preposition_stays_a_place(blank_vocab, gazetteer):
    from kg.resolve import resolve_mentions

    rows = [
        ("Talks", 1, "nsubj", "NNS", "NOUN", "talk"),
        ("began", 1, "ROOT", "VBD", "VERB", "begin"),
        ("in", 1, "prep", "IN", "ADP", "in"),
        ("Moscow", 2, "pobj", "NNP", "PROPN", "Moscow"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 4, "GPE", "capital:state:russia")])
    (mention,) = resolve_mentions(doc, gazetteer).mentions
    assert (mention.type, mention.label) == ("place", "Moscow")


TITLED = [
    ("{owner}", 2, "amod", "JJ", "ADJ", "x"),
    ("{title}", 2, "compound", "NN", "NOUN", "x"),
    ("{head}", 4, "compound", "NN", "NOUN", "x"),
    ("Kalle", 4, "compound", "NNP", "PROPN", "Kalle"),
    ("Laanet", 5, "nsubj", "NNP", "PROPN", "Laanet"),
    ("spoke", 5, "ROOT", "VBD", "VERB", "speak"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    "owner, title, head, expected",
    [
        ("Estonian", "defence", "minister", {("person:kalle laanet", "holds-office", "state:estonia")}),
        ("Estonian", "defense", "minister", {("person:kalle laanet", "holds-office", "state:estonia")}),
        ("Estonian", "government", "spokesman", {("person:kalle laanet", "spokesperson-for", "state:estonia")}),
        ("former", "defence", "minister", set()),  # a former office is not held
        ("Estonian", "opposition", "leader", set()),  # "opposition" is no office of the state
    ],
)
def test_title_before_a_name(blank_vocab, rules, gazetteer, owner, title, head, expected):
    rows = [tuple(owner if x == "{owner}" else title if x == "{title}" else head if x == "{head}" else x for x in r) for r in TITLED]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 5, "PERSON", None)])
    assert triples(rules, doc, gazetteer) == expected


def test_role_is_recorded_in_one_spelling(blank_vocab, rules, gazetteer):
    from kg.resolve import resolve_mentions

    rows = [tuple("Estonian" if x == "{owner}" else "defense" if x == "{title}" else "minister" if x == "{head}" else x for x in r) for r in TITLED]
    doc = hand_parse(blank_vocab, rows, ents=[(3, 5, "PERSON", None)])
    (relation,) = rules.extract(resolve_mentions(doc, gazetteer), "d")
    assert relation.role == "defence minister"


def test_user_patterns_must_name_source_and_target(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text('{"id": "x", "relation": "member-of", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}]}\n')
    with pytest.raises(DataFileError, match=r"line 1: .*source.*target"):
        load_patterns(bad)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", r"line 1: not valid JSON"),
        ('{"id": "x", "relation": "likes", "pattern": []}', r"line 1: unknown relation 'likes'"),
        ('["a list"]', r"line 1: expected an object"),
    ],
)
def test_bad_pattern_files_name_the_line(tmp_path, line, message):
    bad = tmp_path / "p.jsonl"
    bad.write_text(line + "\n")
    with pytest.raises(DataFileError, match=message):
        load_patterns(bad)
