"""leads-delegation for a delegation that names no owner ("a delegation led by N"): it is the
delegation of the state that sent it, or of the state or organisation whose office its leader
holds. Split from :mod:`kg.relations.delegations`, whose office reading it shares."""

from __future__ import annotations

from kg.model import Relation
from kg.relations.arguments import entities
from kg.relations.context import Context
from kg.relations.delegations import office_state

__all__ = ["delegations_of_office"]


def delegations_of_office(ctx: Context) -> list[Relation]:
    """A delegation that names no owner, "led by" someone: it is the state of whoever sent it
    ("Somali President Hassan Sheikh Mohamud sent a delegation led by Defence Minister Ahmed
    Fiqi") or else of the office its leader holds ("teams led by Armenian Foreign Minister
    Ararat Mirzoyan")."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(lex["unowned_delegation_nouns"]):
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.i in rdoc.by_token or c.text[:1].isupper() or c.dep_ == "poss")
               for c in token.children) or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
            continue  # "the Chinese delegation", "its delegation", "a delegation of US lawmakers": owned
        led = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lex["delegation_lead_lemmas"] and c.tag_ == "VBN"), None)
        by = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        progressive = token.head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)
        if pobj is None and token.dep_ == "dobj" and token.head.lemma_.lower() in lex["delegation_lead_lemmas"] and (
                token.head.tag_ != "VBG" or progressive):  # also "N is leading a delegation" (not "after leading ...")
            led = token.head  # "Kazakh Foreign Minister N led the delegation at the meeting"
            pobj = next((c for c in led.children if c.dep_ == "nsubj"), None)
        elif pobj is None and token.dep_ == "nsubjpass" and token.tag_ == "NN" and token.head.lemma_.lower() in lex["delegation_lead_lemmas"]:
            led = token.head  # "The delegation is led by Pakistani Energy Minister N" (not "by the Ministers of A and B, N and M")
            pobj = next((g for c in led.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and g.tag_ != "NNS" and not g.conjuncts), None)
        if pobj is None or not ctx.asserted(led) or any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in led.children):
            continue
        leaders = [p for p in entities(ctx, pobj) if p[1] == "person"]
        sender = None
        if token.dep_ == "dobj" and token.head.lemma_.lower() in lex["send_lemmas"]:
            verb = token.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ == "conj":  # "Fiala stayed in Prague and sent ..."
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            senders = entities(ctx, subject) if subject is not None else []
            if len(senders) == 1 and senders[0][1] == "person":
                sender = office_state(ctx, senders[0][0])
            elif senders:
                continue  # a state or organisation that sends is the clause rules' business
        represented = _presence_verb(ctx, token)
        if sender is None and represented is not None:
            # "Angola was represented by a delegation headed by the Minister of Foreign Affairs, N",
            # "Peru was represented at the meeting with a delegation headed by N", "Chile took part
            # with a delegation led by N"
            owners = [e for c in represented.children if c.dep_ in ("nsubjpass", "nsubj") for e in entities(ctx, c)]
            if len(owners) == 1 and owners[0][1] == "state" and ctx.asserted(represented):
                sender = owners[0][0]
        ev = ctx.evidence(led, "delegation-of-office")
        for leader in leaders:
            state = sender or office_state(ctx, leader[0])
            owner = (state, "state") if state else _office_organisation(ctx, leader[0]) if sender is None else None
            r = ctx.relation("leads-delegation", leader, owner, ev) if owner else None
            if r:
                out.append(r)
    return out


def _office_organisation(ctx: Context, person: str) -> tuple[str, str] | None:
    """The one intergovernmental organisation whose office ``person`` holds, when they hold no
    state's: "a delegation headed by Secretary General of the IPU N" is the IPU's."""
    orgs = {r.target for r in ctx.found if r.source == person and r.relation == "holds-office" and not r.role.startswith("former")
            and r.target.startswith("org:") and ctx.kind(r.target) == "intergovernmental"}
    return (orgs.pop(), "organisation") if len(orgs) == 1 else None


def _presence_verb(ctx: Context, noun):
    """The verb of being present that a delegation noun is the means of ("represented by/with a
    delegation", "participated with a delegation"), over an occasion the parser hung the
    preposition on ("represented at the meeting with a delegation"); None when there is none."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "with"):
        return None
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "represented at the meeting" + "with a delegation"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ctx.lex["delegation_presence_lemmas"]:
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None  # "took part with a delegation", not any taking
    if verb.lemma_.lower() == "represent" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "Ruto represented Kenya with a delegation ...": the subject is the person
    return verb
