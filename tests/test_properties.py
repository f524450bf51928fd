"""Property tests: arbitrary text through resolution, relation extraction and graph merging."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph import graph_from_extractions, slug
from kg.model import Document

pytestmark = pytest.mark.model

NEWSY = st.sampled_from([
    "Russian President Vladimir Putin", "NATO", "the Organisation for Security and Co-operation in Europe",
    "Moscow denies", "annexed", "Ukraine's Crimean Peninsula", "Mr Putin", ",", ".", "’s", "led by",
    "members of", "the European Union", "Estonia", "spokesman for", "\n\n", "(AP)", "US", "of the",
])
TEXT = st.lists(
    st.one_of(NEWSY, st.text(min_size=0, max_size=40), st.just(" " * 500), st.just("x" * 3000),
              st.characters(min_codepoint=0, max_codepoint=0x1FFFF).map(lambda c: c * 5)),
    min_size=1, max_size=25,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXT)
def test_arbitrary_text_never_crashes_and_never_makes_an_empty_label(extractor, text):
    extractions = list(extractor.extractions([Document(id="p", text=text)]))
    graph = graph_from_extractions(extractions)
    for node, data in graph.nodes(data=True):
        assert data["label"].strip()
        assert node == slug(node) or node.startswith(slug(data["label"]))
    for source, target, data in graph.edges(data=True):
        assert source in graph and target in graph and data["evidence"]


@given(st.text())
def test_slugs_are_xml_nmtokens(text):
    s = slug(text)
    assert s and all(c.isascii() and (c.isalnum() or c == "-") for c in s)


def _line_by_walking(doc, i):
    """Token ``i``'s text line found the slow way, token by token: what kg.relations.lines.line_of
    must give from its once-per-document table."""
    def breaks(k):
        return "\n" in doc[k].text or "\n" in doc[k].whitespace_
    start = i
    while start > 0 and not breaks(start - 1):
        start -= 1
    end = i
    while end < len(doc) and not breaks(end):
        end += 1
    return start, (min(end + 1, len(doc)) if end < len(doc) and not doc[end].is_space else end)


LINES = st.lists(st.sampled_from(["Talks", "in", "Riga", ".", "\n", "\n\n", " ", "  \n ", "\r\n", "H.E.", "x\ny", "-", "\t"]),
                 max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=LINES)
def test_line_table_matches_walking_the_tokens(text):
    import spacy

    from kg.relations.lines import line_of

    doc = spacy.blank("en")(text)
    assert [line_of(doc, i) for i in range(len(doc))] == [_line_by_walking(doc, i) for i in range(len(doc))]
