"""Which name a title belongs to where a sentence runs names and titles together: "A, Minister
of X, B, Minister of Y" gives each title to the name before it, "the Chairperson of X, A, the
Deputy Chairperson of Y, B" to the name after it. :mod:`kg.relations.offices` asks these
questions before it reads a title in apposition."""

from __future__ import annotations

from kg.gazetteer import fold
from kg.relations.context import Context, is_possessive
from kg.relations.title_phrases import list_opens_with_a_name, phrases_before, title_phrases
from kg.relations.titles import honorific_end, honorific_start

__all__ = [
    "person_before_comma", "second_of_titled_pairs", "title_of_the_name_before", "title_word_after", "titled_after", "titles_lead_from",
]


def second_of_titled_pairs(ctx: Context, start: int) -> bool:
    """ "the Chairperson of X, A, the Deputy Chairperson of Y, B, Secretary General of Z, ...": a
    list of titles each followed by its name; the title after B is the next item's."""
    doc, j = ctx.doc, honorific_start(ctx, start)
    phrases = phrases_before(ctx, j - 1) if j >= 2 and doc[j - 1].text == "," else []
    if not phrases:
        return False
    k = phrases[0].start - 1
    k -= k >= 0 and doc[k].lower_ in ("the", "a", "an")
    m = ctx.rdoc.by_token.get(k - 1) if k >= 1 and doc[k].text == "," else None
    return m is not None and m.type == "person" and not list_opens_with_a_name(ctx, j - 1)  # not "A, T1, B, T2"


def title_word_after(ctx: Context, end: int) -> bool:
    """ "..., B, Prime M": a title's first word after the name and a comma, though the text is cut off there."""
    doc = ctx.doc
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title and fold(doc[end + 1].text) in ctx.title_vocab


def titled_after(ctx: Context, end: int) -> bool:
    """Whether the name ending at ``end`` has a title phrase in apposition after it (", Minister of ...")."""
    doc = ctx.doc
    return end + 1 < len(doc) and doc[end].text == "," and bool(title_phrases(ctx, end + 1, doc[end].sent.end))


def person_before_comma(ctx: Context, k: int) -> bool:
    """Whether a personal name starts between ``k`` and the next comma or the sentence's end."""
    doc, rdoc = ctx.doc, ctx.rdoc
    end = doc[k].sent.end if k < len(doc) else k
    for j in range(k, end):
        if doc[j].text in (",", ";"):
            return False
        m = rdoc.by_token.get(j)
        if m is not None and m.type == "person" and rdoc.spans[j].start == j:
            return True
    return False


def titles_lead_from(ctx: Context, end: int) -> bool:
    """Whether the titled names that follow the name ending at ``end`` read title first: "A,
    Spain's Foreign Minister, B, Foreign Minister of Somalia, C and Foreign Minister of Ecuador,
    D": follow each title to the name after it; when the last name of that chain has no title
    after it and the list closes on "and" and a title, every title in the chain opened an item
    and the one before B was not A's. A chain whose last name is titled after it ("A, T1, B,
    T2, C, T3.") or that closes on untitled names ("A, T1, B, T2, C and D") reads name first."""
    doc, rdoc = ctx.doc, ctx.rdoc
    for _ in range(12):
        phrases = title_phrases(ctx, end + 1, doc[end].sent.end) if end + 1 < len(doc) and doc[end].text == "," else []
        if not phrases:
            # the last titled item shows the order: "..., C and Foreign Minister of Ecuador, D" puts
            # titles first; "..., C and D" (names without titles closing a name-first list) does not
            k = end + (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and")  # (", and ...")
            return k + 1 < len(doc) and doc[k].lower_ == "and" and bool(title_phrases(ctx, k + 1, doc[k].sent.end))
        k = phrases[-1].end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        nxt_at = honorific_end(ctx, k + 1, len(doc))
        nxt = rdoc.by_token.get(nxt_at)
        if nxt is None or nxt.type != "person" or rdoc.spans[nxt_at].start != nxt_at:
            return False
        end = rdoc.spans[nxt_at].end
    return False


def title_of_the_name_before(ctx: Context, i: int, end: int) -> bool:
    """Whether the title starting at ``i``, right before the name ending at ``end``, belongs to the
    name before it: "A, Morocco's Ambassador to Mauritania, B, Director of ...": a comma and a
    name before the title (its owner between them allowed), the name after it titled after
    itself, and the chain of titled names reading name first (:func:`titles_lead_from`)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    before = i - 1
    if before >= 1 and is_possessive(doc[before]) and (before - 1) in rdoc.by_token:
        before = rdoc.spans[before - 1].start - 1  # past the owner: "A, Morocco's Ambassador to ..."
    before -= before >= 1 and doc[before].lower_ in ("the", "a", "an")
    m = rdoc.by_token.get(before - 1) if before >= 1 and doc[before].text == "," else None
    return m is not None and m.type == "person" and titled_after(ctx, end) and not titles_lead_from(ctx, end)

