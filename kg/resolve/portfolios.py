"""Portfolios and titles of programmes: the words after an office's "for" or "of" ("Assistant
Secretary for African Affairs", "Minister of State for Housing and Urban Development", "N (State,
Housing and Urban Development)"), and the gerund's or abstract noun's phrase that continues the
title of a programme or a document ("the Programme of Cooperation in Countering Terrorism"). Such
words name no organisation and no person."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.resolve.classify import body_head
from kg.resolve.honorifics import words_of
from kg.resolve.text import fold

__all__ = ["abstract_noun", "in_a_title", "names_a_principal", "portfolio"]


def abstract_noun(token: Token, gaz: Gazetteer) -> bool:
    """ "Enlargement", "Cooperation", "Partnership": a word of nine letters or more with the ending
    of an abstract noun (kg/data/lexicon.json's ``abstract_noun_endings``) names a portfolio or a
    programme, never a person ("Commissioner for Enlargement" + "Jane Roe")."""
    text = token.lower_
    return len(text) >= 9 and text.endswith(tuple(gaz.lexicon["abstract_noun_endings"]))


def portfolio(span: Span, gaz: Gazetteer) -> bool:
    """ "Social Affairs" of "Minister of Labor and Social Affairs", "African Affairs" of "Assistant
    Secretary for African Affairs": the words after a title's "of" or "for" name its portfolio,
    as do those after a ministry's ("Ministry of External Affairs, ... and Diaspora Affairs"), when
    they end as a portfolio does. A portfolio starts after "of", "for", "and" or a comma: a name
    right after one ("Commissioner for Enlargement" + "Jane Roe") is the title-holder's."""
    doc, words = span.doc, words_of(gaz)
    if span.start < 2 or doc[span.start - 1].lower_ not in ("and", ",", "&", "of", "for", "("):
        return False
    last = span[-1]
    ends_as_portfolio = fold(last.text) in words.modifiers or abstract_noun(last, gaz)
    i = span.start - 1
    while i > 0 and span.start - i < 16:  # a ministry's list of portfolios runs long
        token = doc[i]
        if token.lower_ in ("of", "for") and fold(doc[i - 1].text) in words.heads:
            return not names_a_principal(doc, i, gaz)  # "a spokeswoman for Tshisekedi" names her principal
        if token.text == "," and fold(doc[i - 1].text) in words.heads and ends_as_portfolio:
            return True  # "Deputy Secretary, International Security, Legal and ..."
        if token.text == "(" and doc[i - 1].ent_type_ == "PERSON" and ends_as_portfolio:
            return True  # "N (State, Housing and Urban Development)": a minister's portfolio in brackets
        if token.lower_ == "of" and doc[i - 1].lower_ in gaz.lexicon["government_heads"] and ends_as_portfolio:
            return True
        if not (token.lower_ in ("and", ",", "&", "of", "for") or token.is_title and not token.ent_id_):
            return False
        i -= 1
    return False


def names_a_principal(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Does the title before ``doc[i]`` ("for", "of") name a principal or a post after it ("a
    spokeswoman for N", "Press Secretary for N", "Special Envoy for N") rather than a portfolio
    ("Assistant Secretary for African Affairs", "Commissioner for Enlargement")? The longest known
    title ending there decides; a title word alone is read by its own title."""
    for k in (3, 2, 1):
        if i - k >= 0:
            title = gaz.titles.get(tuple(fold(t.text) for t in doc[i - k : i]))
            if title is not None:
                return title.relation in ("spokesperson-for", "ambassador-to")
    return fold(doc[i - 1].text) in words_of(gaz).principals


def in_a_title(span: Span, gaz: Gazetteer) -> bool:
    """ "the Programme of Cooperation in" + "Countering Terrorism", "the Plan on" + "Ensuring
    Information Security", "the Strategy for the" + "Development of Energy Cooperation": a gerund's
    phrase after a preposition, or an abstract noun's after a document's head and a preposition,
    continues the title of a programme or a document."""
    doc, lex = span.doc, gaz.lexicon
    if len(span) < 2 or span.start < 2 or body_head(span).lower_ in lex["organisation_heads"]:
        return False
    i = span.start - 1 - (doc[span.start - 1].lower_ == "the")
    if doc[i].lower_ not in ("in", "on", "for", "of", "against", "to"):
        return False
    first = span[0].lower_
    if len(first) >= 7 and first.endswith("ing"):
        return True
    return abstract_noun(span[0], gaz) and i > 0 and doc[i - 1].lower_ in lex["document_heads"]
