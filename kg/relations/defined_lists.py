"""States a relative clause defines, then a copula lists: the explainer's and the retrospective's
way of naming members and parties.

- "The countries that joined the EU in 2004 were Estonia, Latvia and Lithuania", "Countries which
  have joined NATO since 1949 are: Greece, Turkey, ...", "The countries that make up ECOWAS are:
  ...", "The states that founded ASEAN were ...": member-of the organisation the relative clause
  joins, makes up or founds;
- "The states that signed the Treaty of Rome were A, B and C", "Countries that have ratified the
  convention include A and B": party-to the treaty it signs or ratifies.

Only what the relative clause asserts counts: not "the countries that want to join the EU are A
and B" (no joining verb heads the clause), "the states that have not ratified it are ...", "the
countries that will join next year are ...", nor "the countries that left the bloc were ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import names_from
from kg.relations.context import Context
from kg.relations.lines import line_of, lines_after

__all__ = ["states_a_clause_defines"]


def states_a_clause_defines(ctx: Context) -> list[Relation]:
    doc, lex, out = ctx.doc, ctx.lex, []
    for noun in ctx.rdoc.tokens(lex["state_nouns_plural"]):
        clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and (c.pos_ == "VERB" or c.lemma_ == "be")), None)
        copula = noun.head
        if noun.dep_ == "appos" and copula.dep_ == "nsubj":  # a heading line run into the sentence: "Signatories\nThe countries that ..."
            noun, copula = copula, copula.head
        if clause is None or noun.dep_ != "nsubj" or copula.lemma_ not in ("be", "include"):
            continue
        target = _joined_or_signed(ctx, clause)
        if target is None or not ctx.asserted(clause) or not ctx.asserted(copula) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in (*clause.children, *copula.children)):
            continue  # "the countries that have not joined", "the states that will sign it"
        j = copula.i + 1 + (copula.i + 1 < len(doc) and doc[copula.i + 1].text in (":", ";"))  # (";" typed for ":")
        listed = [m for m in names_from(ctx, j)[0] if m.type == "state"] or _listed_below(ctx, copula)
        if not listed:
            continue
        relation = "member-of" if target.type == "organisation" else "party-to"
        ev = ctx.evidence(clause, "states-a-clause-defines")
        out += [r for m in listed if (r := ctx.relation(relation, (m.key, m.type), (target.key, target.type), ev))]
    return out


def _listed_below(ctx: Context, copula: Token) -> list[Mention]:
    """The states listed one a line under a sentence that ends on a colon ("... are, ordered by
    accession date:" then "- Argentina (1948)", "- Bolivia (1948)"), up to the first line that does
    not open with a state's name."""
    doc, rdoc = ctx.doc, ctx.rdoc
    start, end = line_of(doc, copula.i)
    if not any(t.text == ":" for t in doc[copula.i : end][-2:]):
        return []
    found = []
    for _, _, items in lines_after(doc, end, ctx.lex["list_bullets"]):
        m = rdoc.mention_at(items[0]) if items else None
        if m is None or m.type != "state" or rdoc.span_at(items[0]).start != items[0].i:
            break
        found.append(m)
    return found


def _joined_or_signed(ctx: Context, clause: Token) -> Mention | None:
    """The intergovernmental organisation a relative clause joins ("that joined NATO", "which
    acceded to the EU") or the treaty it signs or ratifies ("that signed the Treaty of Rome"), or
    whose signatories or parties it calls them ("that are signatories of the Charter")."""
    lemma, lex = clause.lemma_.lower(), ctx.lex
    if lemma == "be":
        for attr in (c for c in clause.children if c.dep_ == "attr" and c.lower_ in ("signatories", "parties")):
            for obj in (g for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "to") for g in p.children if g.dep_ == "pobj"):
                m = ctx.rdoc.mention_at(obj)
                if m is not None and m.type == "treaty" and not any(c.dep_ == "amod" for c in attr.children):
                    return m  # (not "prospective parties"; members "that are members of" are a clause pattern's)
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        m = ctx.rdoc.mention_at(obj)
        if m is None:
            continue
        makes_up = lemma in lex["make_up_verbs"] and (lemma != "make" or any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.children))
        if (lemma in lex["join_verbs"] or makes_up or lemma in ("found", "establish", "create")) and m.type == "organisation" \
                and ctx.kind(m.key) == "intergovernmental":
            return m  # also "the countries that make up ECOWAS are ...", "the states that founded ASEAN were ..."
        if lemma in (*lex["sign_verbs"], "accede") and m.type == "treaty":
            return m
    return None
