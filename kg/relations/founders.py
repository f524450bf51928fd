"""member-of for the states that found an intergovernmental organisation: "Mali, Niger and
Burkina Faso founded the Alliance of Sahel States", "ASEAN was founded in 1967 by Indonesia,
Malaysia, ... with Brunei joining in 1984", "with A, B and C as its founding members". Split from
:mod:`kg.relations.member_lists`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import YEAR, entities, names_from
from kg.relations.context import Context
from kg.relations.memberships import count_before

__all__ = ["founding_states"]


def founding_states(ctx: Context) -> list[Relation]:
    """States that form or found an intergovernmental organisation are its members: "Russia and
    Belarus, which together form the Union State", "Mali, Niger and Burkina Faso founded the
    Alliance of Sahel States", "ASEAN was founded in 1967 by Indonesia, Malaysia, ...". Only
    states found it (a bloc that "established a mission" founds a body, not a membership)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for verb in rdoc.tokens([*lex["founding_verb_forms"], *lex["founding_phrasal_verb_forms"]]):
        if verb.lower_ in lex["founding_phrasal_verb_forms"] and not any(
                c.dep_ == "prt" and c.lower_ == lex["founding_phrasal_verb_forms"][verb.lower_] for c in verb.children):
            continue  # "was set up by A, B and C" (but "set the agenda", "set out")
        if verb.pos_ != "VERB" or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "formed a new alliance, the AES"
        participle = not objects and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        if participle and verb.dep_ == "advcl":  # "Formed in 1967 by A, B and C, ASEAN today has ten members"
            objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif participle and verb.dep_ == "acl":  # "ASEAN, formed in 1967 by A, B and C, ..."
            objects = [verb.head]
            if verb.head.lower_ in lex["described_body_heads"]:  # "IGADD, a multinational body founded in 1986 by A, B"
                objects += [named] if (named := _name_before_apposition(ctx, verb.head)) is not None else []
            if verb.head.dep_ == "attr" and verb.head.head.lemma_ == "be":
                # "The Little Entente was an alliance formed in 1920 by A, B and C": what the alliance is
                objects += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        orgs = {m.key: m for o in objects if (m := rdoc.mention_at(o) or (
                    None if o.lower_ in lex["organ_heads"] else ctx.described_organisation(o))) is not None
                and m.type == "organisation" and ctx.kind(m.key) in ("intergovernmental", "")}  # or "the organisation", "the bloc"
        # (but "launched the national AU secretariat": an organ set up, not the organisation founded)
        if len(orgs) != 1:
            continue
        passive = participle or any(c.dep_ == "nsubjpass" for c in verb.children)
        founders = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive else \
            [c for c in verb.children if c.dep_ == "nsubj"]
        states: list[tuple[str, str]] = []
        if not passive and not founders and verb.i > 0:  # "..., the Republic of A, the Republic of B and C formed the CIS": a list the parse hung elsewhere
            listed = ctx.listed_before(verb.i - 1)
            states += [(m.key, m.type) for m in listed if m.type == "state"] if len(listed) >= 2 else []
        # "founded by the leaders of A, B and C", "by the foreign ministers of A, B and C": their states
        # (also "by leaders and representatives of ...": the "of" may hang on the last of them)
        founders += [c for f in founders for c in f.conjuncts if c.i > f.i]
        founders += [g for f in founders if f.lower_ in lex["people_group_heads"] or f.lower_ in lex["plural_office_heads"]
                     for c in f.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for f in founders:
            if (f.lower_ in lex["state_nouns_plural"] or f.lower_ == "members") and f.i + 2 < len(ctx.doc) and (
                    ctx.doc[f.i + 1].text in (":", ";") or ctx.spaced_dash(f.i + 1)):
                counted = count_before(ctx, f.i, f.left_edge.i)  # "founded ... by six states: A, B, ..." (";" typed for ":"), "by its six founding members:"
                listed = [m for m in names_from(ctx, f.i + 2)[0] if m.type == "state"]
                if counted is not None and len(listed) > counted:
                    continue  # more names than founders: the list is something else
                states += [(m.key, m.type) for m in listed]
            states += [e for e in entities(ctx, f) if e[1] == "state"]
            if (m := rdoc.mention_at(f)) is not None and m.type == "state":
                states += [(o.key, o.type) for o in ctx.list_after(rdoc.spans[f.i].end, "state")]
        if passive:
            states += [(m.key, m.type) for w in verb.children if w.lower_ == "with" for m in _listed_as_members(ctx, w)]
        joined = _joining_with(ctx, verb)
        org = next(iter(orgs.values()))
        if not ctx.kind(org.key) and len(dict.fromkeys(states)) < 2:
            continue  # an organisation kg does not know is intergovernmental when states, two or more, founded it
        ev = ctx.evidence(verb, "founding-states")
        dates = {state: ctx.year(verb) for state in states} | {state: year for state, year in joined if state not in states}
        for (key, type_), date in dates.items():
            r = ctx.relation("member-of", (key, type_), (org.key, org.type), ev, date=date)
            if r:
                out.append(r)
    return out




def _name_before_apposition(ctx: Context, noun):
    """The name that an indefinite noun phrase at ``noun`` stands in apposition to, across a comma
    and an acronym in brackets ("the Authority (IGADD), a body founded ..."), however the parse hung it."""
    doc = ctx.doc
    k = noun.left_edge.i - 1
    if k < 1 or doc[k].text != "," or doc[noun.left_edge.i].lower_ not in ("a", "an"):
        return None
    k -= 1
    if doc[k].text == ")" and (opening := next((b for b in range(k - 1, max(k - 5, 0), -1) if doc[b].text == "("), None)) is not None:
        k = opening - 1
    return doc[k] if k in ctx.rdoc.by_token else None


def _listed_as_members(ctx: Context, with_: Token) -> list[Mention]:
    """ "with A, B and C as its founding members": the states listed after "with", when "as" and a
    members noun close the list."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    j = with_.i + 1 + (with_.i + 1 < len(doc) and doc[with_.i + 1].lower_ == "the")
    first = rdoc.by_token.get(j)
    if first is None or first.type != "state" or rdoc.spans[j].start != j:
        return []
    listed = [first] + ctx.list_after(rdoc.spans[j].end, "state")
    k = max(i for i, m in rdoc.by_token.items() if m is listed[-1] and i >= j) + 1
    if k >= len(doc) or doc[k].lower_ != "as":
        return []
    words = [t.lower_ for t in doc[k + 1 : k + 5]]
    while words and (words[0] in ("its", "their", "the") or words[0] in lex["founding_member_qualifiers"]):
        words.pop(0)
    return listed if words[:1] in (["members"], ["member"]) else []


def _joining_with(ctx: Context, verb: Token) -> list[tuple[tuple[str, str], str]]:
    """ "founded in 1967 by A, B and C, with D joining in 1984": the states that "with" says joined
    since, each with the year of its joining. The year must be given and the joining plain: not
    "with D joining next year", "with D not joining until 2024", "with D joining as an observer",
    nor "with D joining the talks"."""
    lex = ctx.lex
    out = []
    for w in verb.children:
        if w.dep_ != "prep" or w.lower_ != "with":
            continue
        for g in w.children:
            if g.dep_ != "pcomp" or g.lemma_.lower() not in lex["join_verbs"] or g.tag_ != "VBG" or any(
                    c.dep_ in ("dobj", "neg") or c.dep_ == "prep" and c.lower_ == "as" for c in g.children):
                continue
            years = [t.text for t in g.subtree if YEAR.match(t.text) and t.i > g.i]
            if years:
                out += [(e, years[0]) for c in g.children if c.dep_ == "nsubj" for e in entities(ctx, c) if e[1] == "state"]
    return out
