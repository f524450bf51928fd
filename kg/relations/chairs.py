"""Chairs: who chairs an organisation, and which state holds its rotating chair.

"Kenya took over the chairmanship of the EAC", "Ghana holds the ECOWAS chair", "N was elected to
lead the EAC", "Thailand, the current chair of ASEAN": a state that chairs an organisation is
its member (``basis="context"``), and a person who chairs it holds its office.
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.arguments import entities
from kg.relations.bodies import organ_parent
from kg.relations.context import Context

__all__ = ["chaired_organisations", "chairs_held_by_states", "chairs_in_apposition", "elected_to_lead", "rotating_chairs"]


def rotating_chairs(ctx: Context) -> list[Relation]:
    """A state that takes, holds or hands over the rotating chair of an intergovernmental
    organisation is one of its members: "The Dominican Republic assumed the Pro Tempore Presidency
    of SICA", "Haiti took over the chairmanship of CARICOM from Saint Lucia". Only states: a
    person who chairs ("Chairperson of the AU Commission") may be an official."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        org = _organisation_of(ctx, token, any_kind=True) or _chair_of(ctx, token)
        verb = token.head if token.dep_ == "dobj" else None
        if verb is not None and verb.lower_ == "rotating" and verb.dep_ in ("xcomp", "advcl", "ccomp"):
            verb = verb.head  # "Colombia assumes rotating presidency of CELAC": the parse made "rotating" the verb
        if org is None or verb is None or verb.lemma_.lower() not in lex["chair_taking_verbs"] or not ctx.asserted(verb, "negation-only"):
            continue
        if verb.lemma_.lower() == "turn" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            continue  # "turned over the chairmanship", not "turned the chairmanship into ..."
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
        holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to") for g in c.children if g.dep_ == "pobj"]
        ev = ctx.evidence(token, "rotating-chair")
        # "the presidency of the Permanent Council of the OAS": a member of the organisation the organ is of
        whole = organ_parent(ctx, org.key)  # (None for a body kg knows by name)
        if org.key not in ctx.gaz.entries and org.key.split(":", 1)[-1].split()[0] in ctx.lex["chaired_organ_heads"] and whole is None:
            holders = []  # "the Presidency of the Committee of Ministers": a body of an organisation not named here
        out += _chair_holders(ctx, verb, token, org)
        for h in holders:
            state = _state_of_holder(ctx, h)
            if state is not None and (ctx.kind(org.key) == "intergovernmental" or whole or ctx.rdoc.mention_at(h) is not None
                                      and ctx.rdoc.mention_at(h).type == "state"):
                # (an organisation kg does not know is a bloc only when a state holds its chair)
                r = ctx.relation("member-of", (state, "state"), (whole or org.key, "organisation"), ev, basis="context")
                if r:
                    out.append(r)
    return out


def chairs_held_by_states(ctx: Context) -> list[Relation]:
    """A state said to be an intergovernmental organisation's chair is one of its members: "Nepal,
    as the current Chair of SAARC, has consulted ...", "Ghana is the current chair of ECOWAS".
    Only a state (a person who chairs may be an official), only as a fact ("could be the chair" is none)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        org = _organisation_of(ctx, token)
        if org is None or ctx.kind(org.key) != "intergovernmental":
            continue
        holder = None
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
            holder = token.head.head  # "Nepal, as the current Chair of SAARC,": "as" hangs on the state or its verb
            if rdoc.mention_at(holder) is None:
                holder = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            at = token.head.i
            if holder is None and at >= 2 and ctx.doc[at - 1].text == ",":
                holder = ctx.doc[at - 2]  # (or the parse lost it: the name set off right before "as")
            verb = token.head.head
        elif token.dep_ == "attr" and token.head.lemma_ == "be":
            verb = token.head
            holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            continue
        m = rdoc.mention_at(holder) if holder is not None else None
        if m is None or m.type != "state" or not ctx.asserted(verb):
            continue
        r = ctx.relation("member-of", (m.key, "state"), (org.key, "organisation"), ctx.evidence(token, "rotating-chair"), basis="context")
        if r:
            out.append(r)
    return out


def _chair_holders(ctx: Context, verb, noun, org) -> list[Relation]:
    """The people who hold a bloc's chair the clause passes: "President A handed over the
    chairmanship of the EAC to B" (B holds it, A held it), "B took over the chairmanship from A",
    "B assumed the rotating chairmanship"."""
    if ctx.kind(org.key) != "intergovernmental" or not ctx.asserted(verb):
        return []  # "refused to hand over the chair to B": B does not hold it
    giving = verb.lemma_.lower() in ctx.lex["chair_giving_verbs"]
    role = "president" if noun.lower_ == "presidency" else "chair"
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            holder, former = c, giving
        elif c.dep_ == "prep" and c.lower_ in ("from", "to"):
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
            former = c.lower_ == "from"
            if holder is None or (c.lower_ == "to") != giving:
                continue  # "handed the chair to B", "took the chair from A"
        else:
            continue
        m = ctx.rdoc.mention_at(holder)
        if m is None or m.type != "person":
            continue
        r = ctx.relation("holds-office", (m.key, "person"), (org.key, "organisation"), ctx.evidence(noun, "rotating-chair-holder"),
                         role=f"former {role}" if former else role)
        if r:
            out.append(r)
    return out


def elected_to_lead(ctx: Context) -> list[Relation]:
    """ "B was elected to lead the EAC until 2025", "B was chosen to chair ECOWAS": the person
    chosen to lead an intergovernmental organisation holds its chair."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["lead_infinitives"]):
        verb = token.head
        if not (token.dep_ == "xcomp" or token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) \
                or verb.lemma_.lower() not in lex["choosing_verbs"] or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        orgs = [m for c in token.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c) or ctx.described_organisation(c)) is not None]
        out += _chair_of_subject(ctx, verb, "nsubjpass", orgs, ctx.evidence(token, "elected-to-lead"), "chair")
    return out


def _chair_of_subject(ctx: Context, verb, dep: str, orgs, evidence, role: str) -> list[Relation]:
    """holds-office of the one intergovernmental organisation in ``orgs`` for the one person the
    verb's subject (``dep``) names, a relative pronoun standing for its antecedent ("B, who chaired")."""
    subject = next((c for c in verb.children if c.dep_ == dep), None)
    people = [e for e in entities(ctx, subject) if e[1] == "person"] if subject is not None else []
    if len(people) != 1 or len(orgs) != 1 or orgs[0].type != "organisation" or ctx.kind(orgs[0].key) != "intergovernmental":
        return []
    r = ctx.relation("holds-office", people[0], (orgs[0].key, "organisation"), evidence, role=role)
    return [r] if r else []


def chaired_organisations(ctx: Context) -> list[Relation]:
    """ "N, who chaired ECOWAS from 2023 to 2025", "N chairs the African Union this year": the
    person chairs the intergovernmental organisation the verb governs (past tense: a former chair).
    A meeting chaired is no organisation's chair."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for verb in rdoc.tokens(lex["chair_verb_forms"]):
        if verb.pos_ != "VERB" or not ctx.asserted(verb) or any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        orgs = [m for c in verb.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c)) is not None]
        out += _chair_of_subject(ctx, verb, "nsubj", orgs, ctx.evidence(verb, "chaired-organisation"),
                                 "former chair" if verb.tag_ == "VBD" else "chair")
    return out


def chairs_in_apposition(ctx: Context) -> list[Relation]:
    """A state, or a person with one state's office, described as an organisation's chair: "Thailand,
    the current chair of BIMSTEC, proposed ...", "Foreign Minister N (current BIMSTEC chair)". The
    chair of a bloc is one of its states; a "former" or "incoming" chair is one too."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        k = token.i - 1
        while k >= 0 and (doc[k].lower_ in lex["chair_qualifiers"] or (k in rdoc.by_token and rdoc.by_token[k].type == "organisation")):
            k -= 1  # "the current BIMSTEC chair"
        org = _organisation_of(ctx, token) or _chair_of(ctx, token)
        if org is None or ctx.kind(org.key) != "intergovernmental":
            continue
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].text not in (",", "("):
            continue
        holder = rdoc.by_token.get(k - 1)
        if holder is None or rdoc.spans[k - 1].end != k:
            continue
        state = _state_of_holder(ctx, doc[k - 1])
        if state is None:
            continue
        r = ctx.relation("member-of", (state, "state"), (org.key, "organisation"), ctx.evidence(token, "chair-in-apposition"), basis="context")
        if r:
            out.append(r)
    return out


def _chair_of(ctx: Context, token):
    """The organisation named before the chair noun: "turns over the ASEAN chairmanship", or, for
    "the chairmanship" alone, the one bloc the document has named before it."""
    named = [m for c in token.children if c.dep_ in ("compound", "poss") and (
        m := ctx.rdoc.mention_at(c) or (ctx.described_organisation(c) if c.dep_ == "poss" and not any(
            g.ent_type_ == "NORP" or ctx.demonym_state(g) for g in c.children) else None)) is not None]
    # ("the bloc's chairmanship"; not "the Mexican community's presidency": a nationality names some other community)
    if named:
        m = named[-1]
        return m if m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" else None
    if any(c.lower_ == "the" for c in token.children) and not any(c.dep_ == "prep" for c in token.children):
        return ctx.only_bloc_before(token)
    return None


def _state_of_holder(ctx: Context, token) -> str | None:
    """The state a chair's holder stands for: a state, or a person the text gave one state's
    office ("President Rodrigo Duterte", "Singapore's Prime Minister Lee Hsien Loong")."""
    m = ctx.rdoc.mention_at(token)
    if m is None and fold(token.text) in ctx.title_vocab:
        # "to the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves"
        owner = next((ctx.rdoc.mention_at(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        return owner.key if owner is not None and owner.type == "state" else None
    if m is None:
        return None
    if m.type == "state":
        return m.key
    if m.type != "person":
        return None
    states = {r.target for r in ctx.found if r.source == m.key and r.relation == "holds-office" and r.target.startswith("state:")
              and not r.role.startswith("former ")}
    return next(iter(states)) if len(states) == 1 else None


def _organisation_of(ctx: Context, token, *, any_kind: bool = False):
    """The intergovernmental organisation named by "of" right after ``token``, an acronym in
    brackets allowed between: "the Pro Tempore Presidency (PPT) of the Central American
    Integration System", and a count of members before the name: "of the 15-member Caribbean
    Community". With ``any_kind``, an organisation kg does not know is returned too."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = ctx.after_acronym(token.i + 1)
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    start = k
    while k < min(len(doc), start + 4) and k not in rdoc.by_token and (doc[k].like_num or doc[k].text == "-" or doc[k].lower_ in ("member", "nation")):
        k += 1
    m = rdoc.by_token.get(k)
    if m is None or m.type != "organisation" or rdoc.spans[k].start != k:
        return None
    return m if ctx.kind(m.key) == "intergovernmental" or any_kind and not ctx.kind(m.key) else None
