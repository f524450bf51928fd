"""Offices named by a counterpart: "Lavrov met his Turkish counterpart Mevlut Cavusoglu", "handed
the chair to his Bolivian counterpart, David Choquehuanca,", "talks with her counterpart from
Brazil, Mauro Vieira". A counterpart holds the matching office of the state the demonym (or the
"from" phrase) names; which office is the other person's, so the edge says only whose.

Not read: a counterpart with no name ("will meet her Chilean counterpart next week"), plural
counterparts (whose name goes with which state is a guess), a demonym for two states.
"""

from __future__ import annotations

from kg.model import Relation
from kg.relations.context import Context
from kg.relations.titles import honorific_end

__all__ = ["counterparts"]


def counterparts(ctx: Context) -> list[Relation]:
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for noun in rdoc.tokens(lex["counterpart_nouns"]):
        state, j = _state_of(ctx, noun)
        if state is None:
            continue
        if j < noun.sent.end and doc[j].text == ",":
            j += 1
        title_end = j
        while title_end < min(noun.sent.end, j + 5) and title_end not in rdoc.by_token and doc[title_end].text[:1].isupper() \
                and doc[title_end].lower_ in ctx.title_vocab:
            title_end += 1  # "his Thai counterpart, Prime Minister Srettha Thavisin"
        title_end = honorific_end(ctx, title_end, noun.sent.end)  # "his Cambodian counterpart Samdech N", "H.E. N"
        person = rdoc.by_token.get(title_end)
        if person is None or person.type != "person" or rdoc.spans[title_end].start != title_end:
            continue
        former = ctx.past_office(noun.i - (noun.i - 1 >= 0 and ctx.demonym_state(doc[noun.i - 1]) is not None))
        if ctx.office_blocked(noun.i - 1) and not former:
            continue  # "his would-be counterpart"
        rule = "counterpart:former" if former else "counterpart"
        r = ctx.relation("holds-office", (person.key, "person"), (state, "state"), ctx.evidence(noun, rule),
                         role="former counterpart" if former else "counterpart")
        if r:
            out.append(r)
    return out


def _state_of(ctx: Context, noun) -> tuple[str | None, int]:
    """The state whose counterpart ``noun`` is, and where the words after it start: a demonym
    right before it ("his Turkish counterpart"), or "from"/"of" and a state right after it ("her
    counterpart from Brazil")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if noun.i > 0 and (state := ctx.demonym_state(doc[noun.i - 1])) is not None:
        return state, noun.i + 1
    j = noun.i + 1
    if j + 1 < noun.sent.end and doc[j].lower_ in ("from", "of") and (m := rdoc.by_token.get(j + 1)) is not None \
            and m.type == "state" and rdoc.spans[j + 1].start == j + 1:
        return m.key, rdoc.spans[j + 1].end
    return None, j
