"""kg's stand-ins for spaCy's matchers and lemmatizer give exactly spaCy's results."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from kg.extract import extract_document
from kg.ingest import read_documents
from kg.nlp import load_pipeline
from kg.relations import RelationExtractor, load_patterns
from kg.speedups import IndexedDependencyMatcher, IndexedMatcher, lemmatize_docs

ROOT = Path(__file__).resolve().parent.parent

# (word, head, dep, tag, pos, lemma): "Nato member Turkey said the alliance was led by Mr Stoltenberg ."
ROWS = [
    ("Nato", 1, "compound", "NNP", "PROPN", "Nato"),
    ("member", 2, "compound", "NN", "NOUN", "member"),
    ("Turkey", 3, "nsubj", "NNP", "PROPN", "Turkey"),
    ("said", 3, "ROOT", "VBD", "VERB", "say"),
    ("the", 5, "det", "DT", "DET", "the"),
    ("alliance", 7, "nsubjpass", "NN", "NOUN", "alliance"),
    ("was", 7, "auxpass", "VBD", "AUX", "be"),
    ("led", 3, "ccomp", "VBN", "VERB", "lead"),
    ("by", 7, "agent", "IN", "ADP", "by"),
    ("Mr", 10, "compound", "NNP", "PROPN", "Mr"),
    ("Stoltenberg", 8, "pobj", "NNP", "PROPN", "Stoltenberg"),
    (".", 3, "punct", ".", "PUNCT", "."),
    ("NATO", 13, "nsubj", "NNP", "PROPN", "NATO"),
    ("met", 13, "ROOT", "VBD", "VERB", "meet"),
    ("  ", 13, "dep", "_SP", "SPACE", "  "),
    ("in", 13, "prep", "IN", "ADP", "in"),
    ("Brussels", 15, "pobj", "NNP", "PROPN", "Brussels"),
    (".", 13, "punct", ".", "PUNCT", "."),
]


@pytest.fixture(scope="module")
def doc():
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab,
        words=[r[0] for r in ROWS],
        heads=[r[1] for r in ROWS],
        deps=[r[2] for r in ROWS],
        tags=[r[3] for r in ROWS],
        pos=[r[4] for r in ROWS],
        lemmas=[r[5] for r in ROWS],
    )


PATTERNS = {
    "exact word": [[{"ORTH": "Nato"}], [{"ORTH": "NATO"}]],
    "case-free phrase": [[{"ORTH": "Nato"}, {"LOWER": "member"}], [{"LOWER": "mr"}, {"LOWER": "stoltenberg"}]],
    "same span, second key": [[{"LOWER": "nato"}]],
    "set": [[{"LEMMA": {"IN": ["lead", "head"]}, "DEP": {"IN": ["ccomp", "ROOT"]}}]],
    "not in": [[{"TAG": "NNP", "LOWER": {"NOT_IN": ["nato"]}}]],
    "regex": [[{"LOWER": {"REGEX": "^s(ai|to)"}}, {}]],
    "flag": [[{"IS_SPACE": True}], [{"IS_PUNCT": True, "TAG": "."}]],
    "any token then word": [[{}, {"TEXT": "by"}]],
    "pos and dep": [[{"POS": "PROPN", "DEP": "pobj"}]],
    "repeated key": [[{"ORTH": "Turkey"}], [{"LOWER": "turkey"}]],
    "too long for the end": [[{"ORTH": "."}, {"ORTH": "."}]],
    "any token alone": [[{}]],  # a matcher of this pattern alone tests no attribute at all
}


def spacy_matcher(vocab, patterns) -> Matcher:
    matcher = Matcher(vocab)
    for key, pats in patterns.items():
        matcher.add(key, pats)
    return matcher


def test_indexed_matcher_gives_spacys_matches_in_spacys_order(doc):
    matcher = spacy_matcher(doc.vocab, PATTERNS)
    indexed = IndexedMatcher.from_matcher(matcher)
    assert indexed is not None
    expected = matcher(doc)
    assert indexed(doc) == expected
    assert len(expected) > 15
    assert [(s.start, s.end, s.label_) for s in indexed(doc, as_spans=True)] == [
        (s.start, s.end, s.label_) for s in matcher(doc, as_spans=True)
    ]


def test_each_pattern_alone_matches_like_spacy(doc):
    for key, pats in PATTERNS.items():
        matcher = spacy_matcher(doc.vocab, {key: pats})
        assert IndexedMatcher.from_matcher(matcher)(doc) == matcher(doc), key


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "Nato", "OP": "?"}],  # operators need spaCy's state machine
        [{"_": {"custom": "x"}}],  # extension attributes
        [{"LOWER": {"FUZZY": "nato"}}],
        [{"LENGTH": {">=": 3}}],
        [{"MORPH": {"IS_SUBSET": ["Number=Sing"]}}],
    ],
)
def test_patterns_it_cannot_run_leave_spacys_matcher_in_place(doc, pattern):
    matcher = Matcher(doc.vocab)
    matcher.add("x", [pattern])
    assert IndexedMatcher.from_matcher(matcher) is None


def test_a_matcher_with_callbacks_is_left_alone(doc):
    matcher = Matcher(doc.vocab)
    matcher.add("x", [[{"ORTH": "Nato"}]], on_match=lambda *args: None)
    assert IndexedMatcher.from_matcher(matcher) is None


def test_indexed_dependency_matcher_finds_what_spacys_finds_with_kgs_patterns(doc):
    matcher = DependencyMatcher(doc.vocab, validate=True)
    for p in load_patterns():
        matcher.add(p.id, [p.pattern])
    # and one pattern that matches this parse: "X was led by Y"
    matcher.add("led-by", [[
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "lead"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubjpass"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
        {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "agent", "RIGHT_ATTRS": {}},
    ]])
    indexed = IndexedDependencyMatcher.from_matcher(matcher)
    assert indexed is not None
    expected = matcher(doc)
    assert expected, "the test parse should match something"
    assert indexed(doc) == expected


def test_the_indexed_dependency_matcher_on_an_empty_document_finds_nothing_as_spacy_does(doc):
    matcher = DependencyMatcher(doc.vocab, validate=True)
    for p in load_patterns():
        matcher.add(p.id, [p.pattern])
    empty = Doc(doc.vocab, words=[])
    assert IndexedDependencyMatcher.from_matcher(matcher)(empty) == matcher(empty) == []


# ------------------------------------------------------------------ the real model


@pytest.fixture(scope="module")
def seed_documents():
    return [d for d in read_documents([ROOT / "seeds"]) if hasattr(d, "text")]


@pytest.mark.model
def test_the_fast_pipeline_extracts_exactly_what_spacys_own_code_extracts(extractor, seed_documents):
    """Same entities, lemmas and extractions as kg's pipeline without the stand-ins."""
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    assert extractor.speedups, "the Extractor should have installed its stand-ins"
    previous = get_current_ops()
    set_current_ops(NumpyOps())  # thinc's default (blis), as spacy.load uses it
    try:
        plain_nlp = load_pipeline(extractor.model, gazetteer=extractor.gazetteer)
    finally:
        set_current_ops(previous)
    plain_rules = RelationExtractor(plain_nlp.vocab, extractor.gazetteer, load_patterns())
    texts = [d.text for d in seed_documents]
    fast_docs = list(extractor.nlp.pipe(texts))
    plain_docs = list(plain_nlp.pipe(texts))
    for fast, plain, document in zip(fast_docs, plain_docs, seed_documents):
        assert [(t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in fast] == [
            (t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in plain
        ]
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in fast.ents] == [
            (e.start, e.end, e.label_, e.ent_id_) for e in plain.ents
        ]
        assert extract_document(fast, document, gazetteer=extractor.gazetteer, extractor=extractor.relations) == (
            extract_document(plain, document, gazetteer=extractor.gazetteer, extractor=plain_rules)
        )


@pytest.mark.model
def test_the_rules_run_the_indexed_dependency_matcher(extractor):
    """The clause rules read the matcher from the context's knowledge: the stand-in must be the
    one they run, not only the one the extractor shows (the rules ran spaCy's, 16 times slower)."""
    assert isinstance(extractor.relations.matcher, IndexedDependencyMatcher)
    assert extractor.relations.knowledge.matcher is extractor.relations.matcher


@pytest.mark.model
def test_the_lemma_table_gives_the_lemmatizers_lemmas(extractor, seed_documents):
    nlp = spacy.load(extractor.model)
    lemmatizer = nlp.get_pipe("lemmatizer")
    texts = [d.text for d in seed_documents]
    docs = list(nlp.pipe(texts, disable=["lemmatizer"]))
    expected = [[t.lemma_ for t in lemmatizer(d.copy())] for d in docs]
    assert [[t.lemma_ for t in d] for d in lemmatize_docs(lemmatizer, (d.copy() for d in docs))] == expected
    # a second pass is served from the table and agrees
    assert [[t.lemma_ for t in d] for d in lemmatize_docs(lemmatizer, (d.copy() for d in docs))] == expected


# ------------------------------------------------------------------ property: real sentences

ARTICLE_SETS = sorted((ROOT / "tests").glob("*/articles"))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def _article_sentences() -> list[str]:
    """The sentences of every article set in tests/, cut at sentence-final punctuation (enough
    to draw from: the parser decides what the drawn text's sentences really are)."""
    found = []
    for document in read_documents(ARTICLE_SETS):
        if hasattr(document, "text"):
            for paragraph in document.text.split("\n\n"):
                found += [s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 3]
    return found


SENTENCES = _article_sentences()
# what a drawn token pattern may test, and how
_TOKEN_ATTRS = {
    "ORTH": lambda t: t.text, "LOWER": lambda t: t.lower_, "LEMMA": lambda t: t.lemma_, "TAG": lambda t: t.tag_,
    "POS": lambda t: t.pos_, "DEP": lambda t: t.dep_, "SHAPE": lambda t: t.shape_, "ENT_TYPE": lambda t: t.ent_type_,
}
_FLAGS = ("IS_PUNCT", "IS_TITLE", "IS_DIGIT", "IS_STOP", "LIKE_NUM", "IS_SPACE")


@pytest.fixture(scope="module")
def kg_matchers(extractor):
    """spaCy's own matchers holding kg's patterns: the gazetteer ruler's token Matcher as kg loads
    it, and a DependencyMatcher with kg's relation patterns."""
    ruler = extractor.nlp.get_pipe("kg_gazetteer")
    tokens = getattr(ruler.matcher, "original", ruler.matcher)
    assert isinstance(tokens, Matcher)
    dependencies = DependencyMatcher(extractor.nlp.vocab, validate=True)
    for p in load_patterns():
        dependencies.add(p.id, [p.pattern])
    return tokens, dependencies


@st.composite
def token_patterns(draw, doc):
    """A few token patterns whose predicates mostly come from ``doc``'s tokens, so they match."""
    patterns = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(doc) - 1))
        pattern = []
        for token in doc[start : start + draw(st.integers(1, 3))]:
            spec = {}
            for name in draw(st.lists(st.sampled_from(sorted(_TOKEN_ATTRS)), max_size=2, unique=True)):
                value = _TOKEN_ATTRS[name](token)
                how = draw(st.sampled_from(["eq", "in", "not_in", "regex"]))
                if how == "eq":
                    spec[name] = value
                elif how == "in":
                    spec[name] = {"IN": [value, draw(st.sampled_from(["the", "NN", "nsubj", "NATO", "Xxxxx"]))]}
                elif how == "not_in":
                    spec[name] = {"NOT_IN": [draw(st.sampled_from(["the", "NN", "nsubj", "NATO", "Xxxxx", value]))]}
                else:
                    spec[name] = {"REGEX": "^" + re.escape(value[:2])}
            if draw(st.booleans()):
                spec[draw(st.sampled_from(_FLAGS))] = draw(st.booleans())
            pattern.append(spec)
        patterns.append((draw(st.sampled_from(["A", "B", "C", "D"])), pattern))  # repeated keys too
    return patterns


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_stand_ins_match_what_spacys_matchers_match_on_sentences_of_the_article_sets(extractor, kg_matchers, data):
    text = " ".join(data.draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), label="sentences"))
    doc = extractor.nlp(text)
    tokens, dependencies = kg_matchers
    # kg's gazetteer patterns and relation patterns, as the build runs them
    assert IndexedMatcher.from_matcher(tokens)(doc) == tokens(doc)
    assert IndexedDependencyMatcher.from_matcher(dependencies)(doc) == dependencies(doc)
    # and patterns drawn from the sentence itself, several under one key (added in one call per
    # key, as spaCy's rulers add them: see IndexedMatcher on keys added in several calls)
    by_key: dict[str, list] = {}
    for key, pattern in data.draw(token_patterns(doc), label="patterns"):
        by_key.setdefault(key, []).append(pattern)
    drawn = Matcher(doc.vocab)
    for key, patterns in by_key.items():
        drawn.add(key, patterns)
    indexed = IndexedMatcher.from_matcher(drawn)
    assert indexed is not None
    assert indexed(doc) == drawn(doc)
