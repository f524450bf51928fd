"""Where a personal name ends: words the NER left out after it ("Espen Barth" + "Eide",
"Kyle" + "M\u2019Carter"), a given name it read as an organisation ("Yury" + "Ushakov"), an epithet in
apposition to it ("Uruguayan Liberator, Jose Artigas"), and a last word a page cut at a fixed
length ("... Foreign Minister Rib")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer
from kg.resolve.classify import Candidate
from kg.resolve.given_names import is_given_name
from kg.resolve.honorifics import words_of
from kg.resolve.text import fold

__all__ = ["APOSTROPHE_NAME", "PROSE_LINE", "cut_word", "epithet", "given_name", "left_out_after"]


#: "O'Neill", "D'Souza", "M’Carter": a surname with an elided prefix, which the tagger may read
#: as a common noun.
APOSTROPHE_NAME = re.compile(r"^[A-Z]['\u2019][A-Z][a-z]+$")


def epithet(span: Span, gaz: Gazetteer) -> bool:
    """ "the monument to Uruguayan Liberator, Jose Artigas": one capitalised word after a nationality
    or an article, in apposition to the full name after it, is what the person is called."""
    doc = span.doc
    if span.id_:
        return False  # a known name ("the Russian Federation, Sergey Lavrov") is no epithet
    if len(span) == 2 and fold(span[0].text) in gaz.demonyms:
        span = span[1:]  # "Uruguayan Liberator" read as one name
    if len(span) != 1 or span.id_ or span.start == 0 or span.end + 2 > len(doc) or doc[span.end].text != ",":
        return False
    word = span[0].lower_
    if word in gaz.lexicon["organisation_heads"] or word in gaz.lexicon["public_body_heads"] or word in gaz.lexicon["government_heads"]:
        return False  # "the Speaker of the Georgian Parliament, N": a body, whose head N is
    before = doc[span.start - 1]
    nxt = doc[span.end + 1]
    return (before.lower_ in ("the", "a", "an") or fold(before.text) in gaz.demonyms) and nxt.ent_type_ == "PERSON" \
        and nxt.ent_iob_ == "B" and span.end + 2 < len(doc) and doc[span.end + 2].ent_iob_ == "I"


def given_name(before: Candidate, span: Span, gaz: Gazetteer) -> bool:
    """Is ``before`` (an organisation or a place no gazetteer knows, one capitalised word right
    before the personal name ``span``, on its line) the person's given name?"""
    first = before.span
    return (len(first) == 1 and not first.id_ and before.type in ("organisation", "place") and first[0].is_title
            and first[0].tag_ == "NNP" and first[0].whitespace_ == " " and len(span) <= 3 and not before.body
            and fold(first.text) not in words_of(gaz).titles and first[0].lower_ not in gaz.lexicon["organisation_heads"])


def left_out_after(doc: Doc, end: int, span: Span, gaz: Gazetteer) -> int:
    """How many capitalised words right after the personal name ``span`` (ending at ``end``) the
    NER left out of it: one ("Espen Barth" + "Eide"), or two before punctuation ("Roch Marc" +
    "Christian Kabore,"); none before a word heading a phrase of its own ("N Comptroller of the
    Nation") and none that is a title or a nationality."""
    words = words_of(gaz)
    addressed = len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in words.honorifics \
        and is_given_name(span[0].text)  # "Ayatollah Ebrahim" + "Raisi": a given name after a form of address
    if len(span) < 2 and not addressed and not (end < len(doc) and APOSTROPHE_NAME.match(doc[end].text)):
        return 0

    def name_word(i: int) -> bool:
        token = doc[i]
        return ((token.pos_ == "PROPN" or APOSTROPHE_NAME.match(token.text)) and token.is_title and not token.ent_id_ and token.ent_iob_ != "I"
                and token.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP") and fold(token.text) not in gaz.demonyms
                and fold(token.text) not in words.titles)

    def of_a_state(t) -> bool:  # "Prime Minister Pham Minh" + "Chinh of the Socialist Republic of Viet Nam"
        k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        return t.lower_ == "of" and k < len(doc) and doc[k].ent_id_.startswith("state:")

    for n, stop in ((2, lambda t: t.is_punct and t.text not in ("-", "(")),
                    (1, lambda t: not t.is_title and (t.lower_ not in ("of", "for") or of_a_state(t)))):
        if end + n <= len(doc) and all(name_word(i) for i in range(end, end + n)) and (
                end + n == len(doc) or stop(doc[end + n])) and len(span) + n <= 5:
            return n
    return 0


#: A last line this long is prose: a list item or a signature may end without a full stop.
PROSE_LINE = 60


def cut_word(doc: Doc, text: str | None = None) -> int | None:
    """The index of the text's last word when the text stops in the middle of a line of prose,
    without a full stop: a page cut at a fixed length ("... will meet Foreign Minister Rib") may
    have cut that word too, and a name ending there is no name."""
    end = len(doc)
    while end and doc[end - 1].is_space:
        end -= 1
    if not end or not doc[end - 1].is_alpha:
        return None
    text = (doc.text if text is None else text)[: doc[end - 1].idx + len(doc[end - 1])]
    return end - 1 if len(text) - text.rfind("\n") > PROSE_LINE else None
