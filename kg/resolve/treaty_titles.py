"""Treaties named by their subject: "a Treaty on the State Border", "the Agreement on Eternal
Friendship", "the Convention on Mutual Legal Assistance".

The NER reads such a name as an organisation ("State Border") or not at all; the head word in
title case, a lower-case "on" and capitalised words after it are the treaty's own name. A known
name ("Treaty on the Non-Proliferation of Nuclear Weapons" is in kg/data) is left to the
gazetteer, a known name ends the subject unless it is a place the subject is "of" ("... on the Legal
Status of the Caspian Sea"), so does a date ("the Agreement on Monday"), and a headline in title case
("Leaders Sign Agreement On Trade") has no lower-case "on" to go by.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.resolve.text import word_hashes

__all__ = ["place_named_treaties", "treaty_titles"]

_LINKS = ("of", "and", "the", "for", "on", "a", "an")  # inside a name: "Treaty on Friendship and Cooperation"; not "in" ("... Economy in Central Africa")


def treaty_titles(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of every treaty named as its head word, "on" and its subject in capitals."""
    hashes = word_hashes(gaz.lexicon["subject_named_treaty_heads"], doc.vocab.strings)
    found: list[tuple[int, int]] = []
    for i in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), hashes)).tolist():  # the head words only, not every token
        token = doc[i]
        if not token.is_title or token.i + 2 >= len(doc) or doc[token.i + 1].text != "on":
            continue
        if found and token.i < found[-1][1]:
            continue
        end = token.i + 2
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            if doc[end].ent_id_.startswith(("place:", "state:")) and doc[end].ent_iob_ == "B" and _after_of(doc, end):
                end += 1  # "Convention on the Legal Status of the Caspian Sea": the place the subject is of
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                continue
            if doc[end].ent_id_ or doc[end].ent_type_ in ("DATE", "TIME") or not (
                    doc[end].lower_ in _LINKS and doc[end].is_lower or _name_word(doc[end])):
                break
            end += 1
        while end > token.i + 2 and doc[end - 1].lower_ in _LINKS:
            end -= 1
        words = doc[token.i + 2 : end]
        if not any(_name_word(t) for t in words) or token.ent_id_:
            continue  # (a known name, "Treaty on the Non-Proliferation of Nuclear Weapons", is the gazetteer's)
        start = token.i
        if start >= 2 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].ent_id_ \
                and doc[start - 2].lower_ in ("a", "an", "the"):
            start -= 1  # "a Comprehensive Agreement on Investment", "the Revitalised Agreement on ..."
        found.append((start, end))
    return found


def place_named_treaties(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of every treaty named after the place it was signed in: "the Treaty of Ancon",
    "the Protocol of Sucre" (a head word in title case, "of" and one place the NER or kg knows, not
    a state: "a protocol of Kenya" is no name). Known names ("Treaty of Lausanne") are the gazetteer's."""
    hashes = word_hashes(gaz.lexicon["place_named_treaty_heads"], doc.vocab.strings)
    found: list[tuple[int, int]] = []
    for k in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), hashes)):  # only the head words, not every token
        token = doc[int(k)]
        if not token.is_title or token.ent_id_ or token.i + 2 >= len(doc) or doc[token.i + 1].text != "of":
            continue
        place = doc[token.i + 2]
        if place.ent_iob_ != "B" or not (place.ent_id_.startswith("place:") or not place.ent_id_ and place.ent_type_ in ("GPE", "LOC")):
            continue
        end = token.i + 3
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end < len(doc) and doc[end].lower_ == "and" or end - token.i > 6:
            continue  # "the Treaty of Kars and Moscow": more than one name
        found.append((token.i, end))
    return found


def _after_of(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "of" or "of the"."""
    j = i - 1 - (i >= 1 and doc[i - 1].lower_ == "the")
    return j >= 0 and doc[j].lower_ == "of"


def _name_word(token) -> bool:
    """ "State", "Non-Proliferation", "EEZ": a capitalised word of a name, or a hyphen inside one."""
    if token.text == "-":
        return bool(token.i and not token.doc[token.i - 1].whitespace_ and not token.whitespace_)
    return token.is_alpha and (token.is_title or token.is_upper) or token.is_title and "-" in token.text
