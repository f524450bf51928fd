"""Per-document tables the rules read many times: where each token's text line starts and ends,
and tokens' bare lower-case words. Reading a spaCy token builds a Python object, and the rules
ask about the same tokens thousands of times per article, so these are worked out once."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp import newline_tokens

__all__ = ["BareWords", "line_of", "lines_after"]


def line_of(doc, i: int) -> tuple[int, int]:
    """The tokens of the text line that token ``i`` is on: (first, end)."""
    starts, ends = _lines(doc)
    return starts[i], ends[i]


def lines_after(doc, end: int, bullets):
    """Each text line with words from token ``end`` on, as a list under a heading is read: (where
    the line starts, where it ends, its tokens without spaces and without a leading bullet)."""
    k = end
    while k < len(doc):
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc):
            return
        first, stop = line_of(doc, k)
        items = [t for t in doc[first:stop] if not t.is_space]
        while items and items[0].text in bullets:
            items = items[1:]
        yield first, stop, items
        k = max(stop, k + 1)


def _lines(doc) -> tuple[list[int], list[int]]:
    """For every token, where its text line starts and ends (as :func:`line_of` gives them);
    worked out once per document from the newlines of its text, since the rules ask for lines
    thousands of times and reading a token's text costs far more than reading a string."""
    found = doc.user_data.get(_LINES)
    if found is None:
        n = len(doc)
        breaks = newline_tokens(doc, doc.text)
        starts, ends = [0] * n, [n] * n
        start = 0
        for k in breaks:
            end = min(k + 1, n) if not doc[k].is_space else k
            starts[start : k + 1] = [start] * (k + 1 - start)
            ends[start : k + 1] = [end] * (k + 1 - start)
            start = k + 1
        starts[start:] = [start] * (n - start)
        found = doc.user_data[_LINES] = (starts, ends)
    return found


_LINES = "kg.lines"


class BareWords:
    """A token's lower-case text without its closing stops, by index, each read once: the rules
    test the same few tokens many times, and making a token costs more than the test."""

    __slots__ = ("doc", "read")

    def __init__(self, doc: Doc):
        self.doc, self.read = doc, {}

    def __getitem__(self, i: int) -> str:
        word = self.read.get(i)
        if word is None:
            word = self.read[i] = self.doc[i].lower_.rstrip(".")
        return word
