"""Shared fixtures: the real model is loaded once per session; hand-built parses need none."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.relations import RelationExtractor, load_patterns
from kg.resolve import resolve_mentions


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="session")
def extractor():
    """kg's real pipeline (en_core_web_sm 3.8 with kg's rulers)."""
    from kg.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def blank_vocab():
    return spacy.blank("en").vocab


def hand_parse(vocab, rows, ents=(), sentences=(0,)):
    """A Doc from rows of (word, head index, dep, tag, pos, lemma) and ents (start, end, label, id),
    with sentences starting at the token indexes ``sentences``.

    Parses written by hand never drift with the model, so rule tests stay about the rule.
    """
    words = [r[0] for r in rows]
    doc = Doc(
        vocab,
        words=words,
        spaces=[not (i + 1 < len(words) and rows[i + 1][0] in (",", ".", "'s", "\u2019s")) for i in range(len(words))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i in sentences for i in range(len(words))],
    )
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id or 0) for s, e, label, ent_id in ents]
    return doc


def triples(extractor_or_rules, doc, gaz):
    """Relations of a parsed doc as (source key, relation, target key) triples."""
    resolved = resolve_mentions(doc, gaz)
    return {(r.source, r.relation, r.target) for r in extractor_or_rules.extract(resolved, "test")}


def model_triples(extractor, text):
    """Relations the real pipeline finds in ``text`` as (source key, relation, target key) triples."""
    from kg.model import Document

    (result,) = list(extractor.extractions([Document(id="t", text=text)]))
    return {(r.source, r.relation, r.target) for r in result.relations}


def assert_sentence(extractor, text, present, absent):
    """The real pipeline finds every triple of ``present`` in ``text`` and none of ``absent``."""
    got = model_triples(extractor, text)
    assert present <= got, f"missing {present - got}; got {got}"
    assert not (absent & got), f"wrongly extracted {absent & got}"


@pytest.fixture(scope="session")
def rules(blank_vocab, gazetteer):
    return RelationExtractor(blank_vocab, gazetteer, load_patterns())
