"""A document's personal names found again where the NER read them otherwise.

The small NER model reads one name differently from one sentence to the next: "Ararat Mirzoyan"
is a person in the lead and an organisation ("Ararat") plus a nationality ("Mirzoyan") three lines
down; "Eduardo Duhalde" a person after a title and an organisation in a list. News prose repeats a
full name as written, so the words of a full name the NER saw as a person are that person wherever
they stand together again, unless a known name or a longer name of another kind holds them.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

__all__ = ["names_found_again"]


def _name_words(span: Span) -> tuple[str, ...] | None:
    """The words of a full personal name (two to four capitalised words, hyphens and apostrophes
    inside them allowed), or None."""
    if not 2 <= len(span.text.split()) <= 4 or span.id_:
        return None
    if not all(t.text[:1].isupper() or t.text in ("-", "'", "\u2019") for t in span) or any(t.is_upper and len(t) > 1 for t in span):
        return None
    return tuple(t.text for t in span)


def names_found_again(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with every full name of a PERSON entity found again made a PERSON entity there, in
    place of the entities inside it."""
    names: dict[str, set] = {}
    for ent in ents:
        words = _name_words(ent) if ent.label_ == "PERSON" else None
        if words:
            names.setdefault(words[0], set()).add(words)
    if not names:
        return ents
    orth = doc.to_array("ORTH")
    strings = doc.vocab.strings
    firsts = numpy.array([strings[w] for w in names if w in strings], dtype=orth.dtype)
    owner = {}  # token index -> the entity holding it
    for ent in ents:
        for i in range(ent.start, ent.end):
            owner[i] = ent
    found = []
    after = 0
    for i in numpy.flatnonzero(numpy.isin(orth, firsts)):
        i = int(i)
        if i < after:
            continue
        for words in sorted(names[doc[i].text], key=len, reverse=True):
            end = i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
                continue
            held = {owner[j] for j in range(i, end) if j in owner}
            if any(e.label_ == "PERSON" and e.start == i and e.end == end for e in held):
                break  # read right already
            if any(e.id_ or e.start < i or e.end > end for e in held):
                break  # a known name, or a longer name holding the words ("the Ararat Mirzoyan Foundation")
            found.append(Span(doc, i, end, label="PERSON"))
            after = end
            break
    if not found:
        return ents
    inside = {j for span in found for j in range(span.start, span.end)}
    kept = [ent for ent in ents if ent.start not in inside]
    return sorted(kept + found, key=lambda span: span.start)
