"""Offices from a list of states and who represented them, "represented by" said once.

Summit reports list the states whose leaders stayed away and who came instead: "Eswatini was
represented by Hon. A, the Deputy Prime Minister, Lesotho by Hon. B, the Minister of Foreign
Affairs, and Mauritius by C, Minister of Foreign Affairs". Each state is followed by "by" and its
representative, whose office, named without its owner, is that state's. The clause patterns read
the first pair when the title comes before the name; this reads every pair, in turn, with the
title before the name or after it.
"""

from __future__ import annotations

from kg.model import Relation
from kg.relations.context import Context
from kg.relations.title_phrases import honorific_end, phrases_before, title_phrases

__all__ = ["represented_in_turn"]


def _representative(ctx: Context, by: int, end: int):
    """The person named right after "by" at ``by`` (honorifics skipped), or None."""
    k = honorific_end(ctx, by + 1, end)
    m = ctx.rdoc.by_token.get(k)
    return (m, k) if m is not None and m.type == "person" and ctx.rdoc.spans[k].start == k else None


def _title(ctx: Context, start: int, sent_end: int) -> tuple[str, str] | None:
    """The ownerless state office of the person whose name begins at ``start``: a title phrase
    before the name or in apposition after it ("N, the Minister of Foreign Affairs,")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    phrases = phrases_before(ctx, start)
    end = rdoc.spans[start].end
    if not phrases and end + 1 < sent_end and doc[end].text == ",":
        phrases = title_phrases(ctx, end + 1, sent_end)
    if not phrases or any(p.owner is not None or p.relation != "holds-office" for p in phrases):
        return None
    return "holds-office", phrases[0].role


def _sentence_end(doc, i: int) -> int:
    """Where the sentence from token ``i`` ends, read over the abbreviations the parser takes for
    a full stop ("by Hon. A, ..."): a line break, or a full stop not after a short capitalised word."""
    for k in range(i, min(len(doc), i + 150)):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            return k + ("\n" in doc[k].whitespace_)
        if doc[k].text in (".", "!", "?") and not (k > 0 and doc[k - 1].is_title and len(doc[k - 1]) <= 4 and not doc[k - 1].whitespace_):
            return k
    return min(len(doc), i + 150)


def represented_in_turn(ctx: Context) -> list[Relation]:
    doc, rdoc = ctx.doc, ctx.rdoc
    out = []
    for verb in rdoc.tokens(("represented",)):
        sent = doc[verb.i : _sentence_end(doc, verb.i)]
        if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children) or not ctx.asserted(verb):
            continue
        pairs = []
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        first = rdoc.mention_at(subject) if subject is not None else None
        if first is not None and first.type == "state" and verb.i + 1 < sent.end and doc[verb.i + 1].lower_ == "by":
            pairs.append((first.key, verb.i + 1))
        for k in range(verb.i + 2, sent.end - 1):  # "..., Lesotho by Hon. B, ...", "and Mauritius by C"
            m = rdoc.by_token.get(k)
            if m is None or m.type != "state" or rdoc.spans[k].start != k:
                continue
            by = rdoc.spans[k].end
            if by < sent.end and doc[by].lower_ == "by" and doc[k - 1].lower_ in (",", "and"):
                pairs.append((m.key, by))
        if len(pairs) < 2:
            continue  # one pair is the clause patterns' "X was represented by <title> N"
        for state, by in pairs:
            found = _representative(ctx, by, sent.end)
            if found is None:
                continue
            person, start = found
            title = _title(ctx, start, sent.end)
            if title is None:
                continue
            r = ctx.relation("holds-office", (person.key, "person"), (state, "state"),
                             ctx.evidence(doc[by], "represented-in-turn"), role=title[1])
            if r:
                out.append(r)
    return out
