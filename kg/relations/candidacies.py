"""seeks-membership from a candidacy or an aim to become a member, never member-of.

- a candidacy: "Ukraine, an EU candidate country,", "a candidate for NATO membership", "candidate
  countries A and B", "was granted candidate status", "a future member of the EU";
- an aim to become a member: "Serbia hopes to become a member of the EU", "its bid to become the
  bloc's Nth member state" (the aspirant's own aim only).

"X applied to join Y" and "X is awaiting membership in Y" are clause patterns.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import entities, names_from
from kg.relations.context import Context, is_possessive
from kg.relations.context_memberships import context_organisation

__all__ = ["accession_talks", "aspirants_listed", "aspired_memberships", "candidacies", "membership_organisation", "paths_to_membership"]


def candidacies(ctx: Context) -> list[Relation]:
    """seeks-membership from a candidacy: "Ukraine, an EU candidate country,", "Turkey has been a
    candidate for EU membership", "candidate countries Albania and Serbia", "Moldova was granted
    candidate status", "Bosnia, a future member of the EU,". The organisation is the one the
    phrase names, or else the one intergovernmental organisation of the sentence and the one
    before."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(lex["candidacy_words"]):
        i, org = token.i + 1, None
        m = rdoc.by_token.get(i)
        if m is not None and m.type == "organisation":
            org, i = m, rdoc.spans[i].end  # "future EU member"
        if i >= len(doc) or token.i in rdoc.by_token:
            continue
        word = doc[i].lower_
        if token.lower_ in ("candidate", "candidates") and word == "for":
            # "a candidate for EU membership", "a candidate for membership of the bloc"
            head = token
            membership = next((t for t in doc[i + 1 : i + 5] if t.lower_ in lex["membership_nouns"]), None)
            if membership is None:
                continue
            org = org or membership_organisation(ctx, membership)
        elif token.lower_ in ("candidate", "candidates") and word in lex["state_nouns"] | {"status", "member", "members"}:
            head = doc[i]
        elif word in ("member", "members"):
            head = doc[i]
        else:
            continue  # "a presidential candidate", "the future of the bloc"
        if head.i + 1 < len(doc) and head.lower_ in ("member", "members") and doc[head.i + 1].lower_ in lex["state_nouns"]:
            head = doc[head.i + 1]  # "future member states"
        if ctx.blocked(token.i) or _negated(ctx, token, head):
            continue
        start, inside = token.i - 1, []  # where the noun phrase begins: "an EU candidate country", "the bloc's future members"
        while start >= 0 and (doc[start].pos_ in ("DET", "ADJ", "NUM") or start in rdoc.by_token or is_possessive(doc[start])):
            if start in rdoc.by_token:
                inside.append(rdoc.by_token[start])
                start = rdoc.spans[start].start
            elif is_possessive(doc[start]) and start > 0 and start - 1 not in rdoc.by_token:
                inside += [m] if (m := ctx.described_organisation(doc[start - 1])) is not None else []  # "the bloc's"
            start -= 1
        org = org or next((m for m in inside if m.type == "organisation"), None)
        if org is None:
            org = membership_organisation(ctx, head)
        if org is None:
            target = context_organisation(ctx, token)
            org = Mention(target[0], "", "organisation", "", 0, 0) if target else None
        if org is None or org.type != "organisation":
            continue
        holders = [m for m in inside if m.type == "state"] or _candidates_of(ctx, head, start)  # "Moldova's candidate status"
        out += _seekers(ctx, holders, org, ctx.evidence(token, "candidacy"))
    return out


def _negated(ctx: Context, token: Token, head: Token) -> bool:
    """A negator just before the phrase ("no longer a candidate") or on its verb ("Norway is not
    a candidate country"); the candidacy word itself would block :func:`asserted`."""
    doc, negators = ctx.doc, ctx.lex["negators"]
    if any(t.lower_ in negators for t in doc[max(0, token.i - 3) : token.i]):
        return True
    return any(c.dep_ == "neg" or c.lower_ in negators for t in (head, head.head) for c in t.children if c.i < head.i)


def membership_organisation(ctx: Context, token: Token) -> Mention | None:
    """The organisation a membership word names: "EU membership", "membership of the bloc",
    "member of NATO", "a candidate to join the EU"."""
    rdoc = ctx.rdoc
    for c in token.children:
        if c.dep_ in ("compound", "nmod", "poss") and (m := rdoc.mention_at(c)) is not None and m.type == "organisation":
            return m
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "to"):
            for g in c.children:
                m = rdoc.mention_at(g) or ctx.described_organisation(g) if g.dep_ == "pobj" else None
                if m is not None and m.type == "organisation":
                    return m
        if c.lemma_ == "join":
            for g in c.children:
                if g.dep_ == "dobj" and (m := rdoc.mention_at(g) or ctx.described_organisation(g)) is not None:
                    return m if m.type == "organisation" else None
    return None


def _candidates_of(ctx: Context, head: Token, start: int) -> list[Mention]:
    """Who a candidacy phrase describes: the names after it ("candidate countries Albania and
    Serbia"), the list it stands in apposition to ("Ukraine, a candidate country,"), the subject
    of its copula ("Turkey has been a candidate") or of the verb that gives or holds it
    ("Moldova was granted candidate status")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    after = rdoc.by_token.get(head.i + 1)
    if after is not None and rdoc.spans[head.i + 1].start == head.i + 1:
        return [after] + ctx.list_after(rdoc.spans[head.i + 1].end, after.type)
    if start >= 1 and doc[start].text == ",":
        return ctx.listed_before(start - 1)
    verb = head.head
    if head.dep_ in ("attr", "dobj") and verb.lemma_.lower() in ctx.lex["candidacy_holder_verbs"]:
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative")]
        if verb.lemma_.lower() in ctx.lex["grant_verbs"]:
            holders = [c for c in holders if c.dep_ != "nsubj"]  # the granting bloc is not the candidate
        return [m for h in holders for t in (h, *h.conjuncts) if (m := rdoc.mention_at(t)) is not None]
    return []


def aspirants_listed(ctx: Context) -> list[Relation]:
    """seeks-membership for states listed after a word for those who want in, and a colon or a
    dash: "many other hopefuls are waiting in the wings: Slovenia, Romania and Bulgaria", "the
    applicants - Ukraine and Moldova - ...". The organisation is the one of the sentence or the
    one before, as for a candidacy; two states at least, and only states."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(lex["aspirant_nouns"]):
        sent = token.sent
        opener = next((t.i for t in doc[token.i + 1 : min(sent.end, token.i + 12)]
                       if t.text == ":" or ctx.spaced_dash(t.i)), None)
        if opener is None or ctx.blocked(token.i) or any(t.i in rdoc.by_token for t in doc[token.i + 1 : opener]):
            continue
        listed, _ = names_from(ctx, opener + 1)
        if len(listed) < 2 or any(m.type != "state" for m in listed):
            continue
        target = context_organisation(ctx, token)
        if target is None:
            continue
        org = Mention(target[0], "", "organisation", "", 0, 0)
        out += _seekers(ctx, listed, org, ctx.evidence(token, "aspirants-listed"))
    return out


def _seekers(ctx: Context, members, org, evidence) -> list[Relation]:
    out = []
    for member in members:
        r = ctx.relation("seeks-membership", (member.key, member.type), (org.key, org.type), evidence)
        if r:
            out.append(r)
    return out


def aspired_memberships(ctx: Context) -> list[Relation]:
    """seeks-membership from an aspiration to become a member: "Serbia hopes to become a member
    of the EU", "its preparation to become ASEAN's 11th member state", "Albania's bid to become
    a full member". Only the aspirant's own aim counts ("France wants Ukraine to become a member"
    says nothing of Ukraine's), and a negated aim none."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for verb in rdoc.tokens(("become", "becoming")):
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        member = attr if attr.lower_ in ("member", "members") else next(
            (c for c in attr.children if c.dep_ == "compound" and c.lower_ == "member"), None)
        if member is None or ctx.non_member(member):
            continue
        governor = verb.head
        if verb.dep_ not in ("xcomp", "acl", "pcomp") or not (
                governor.lemma_.lower() in lex["aspiration_heads"] or governor.lower_ in lex["aspiration_heads"]):
            continue
        if not ctx.asserted(governor, "negation-only"):
            continue  # "Switzerland does not want to become a member"
        org = membership_organisation(ctx, attr) or membership_organisation(ctx, member)
        named = any(c.dep_ == "prep" and c.lower_ in ("of", "in", "to") and any(g.dep_ == "pobj" and rdoc.mention_at(g) is not None for g in c.children)
                    for c in (*attr.children, *member.children))
        if org is None and not named:  # (a member "of the RCEP", a name kg takes for a treaty: no organisation from the context)
            target = context_organisation(ctx, verb)
            org = Mention(target[0], "", "organisation", "", 0, 0) if target else None
        if org is None or org.type != "organisation":
            continue
        if governor.pos_ in ("VERB", "AUX"):
            holder = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            holder = next((c for c in governor.children if c.dep_ == "poss"), None)
        if holder is None:
            continue
        if holder.lower_ in ("its", "it"):
            state = ctx.only_state_before(holder)  # "congratulated Timor-Leste on its preparation"
            aspirants = [Mention(state[0], "", "state", "", 0, 0)] if state else []
        elif holder.lower_ in lex["relative_pronouns"]:  # "Serbia, which hopes to become"
            aspirants = [Mention(k, "", t, "", 0, 0) for k, t in entities(ctx, holder)]
        else:
            aspirants = [m for t in (holder, *holder.conjuncts) if (m := rdoc.mention_at(t)) is not None]
        out += _seekers(ctx, aspirants, org, ctx.evidence(verb, "aspiration-to-become-member"))
    return out


def accession_talks(ctx: Context) -> list[Relation]:
    """seeks-membership from talks on accession or an application named as a noun: "the EU opened
    accession negotiations with Moldova", "membership talks for Montenegro and Serbia", "Sweden's
    application for membership". The organisation is the one the phrase names, else the subject
    of its verb, else the one intergovernmental organisation named before it."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for noun in rdoc.tokens(lex["accession_process_nouns"] | lex["application_nouns"]):
        if noun.lower_ in lex["application_nouns"]:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            membership = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                               for g in c.children if g.dep_ == "pobj" and g.lower_ in lex["membership_nouns"]), None)
        else:
            membership = next((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex["membership_nouns"]), None)
            owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "for") for g in c.children if g.dep_ == "pobj"]
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
            if subject is not None and any(t == "state" for _, t in entities(ctx, subject)):
                owners = [subject]  # "Montenegro began accession talks with Brussels": the subject seeks, "with" is the other side
        if membership is None or not owners or _negated(ctx, noun, noun) or not ctx.asserted(noun, "negation-only"):
            continue
        org = membership_organisation(ctx, membership) or membership_organisation(ctx, noun)
        if org is None:
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
            named = rdoc.mention_at(subject) if subject is not None else None
            org = named if named is not None and named.type == "organisation" else ctx.only_bloc_before(noun)
        if org is None:
            continue
        seekers = [Mention(k, "", t, "", 0, 0) for o in owners for k, t in entities(ctx, o) if t == "state"]
        out += _seekers(ctx, seekers, org, ctx.evidence(noun, "accession-talks"))
    return out


def paths_to_membership(ctx: Context) -> list[Relation]:
    """A way, a protocol or a road map "for X to join Y" or "for X to become a member of Y": X seeks to be a member
    ("cleared the way for Tuvalu to become the 189th UN member", "signed a protocol for his country
    to become a full member of Mercosur", "a road map for Serbia to join the EU"). Read off word
    order; X is a state, or "his/its country" of a person or subject with one state."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for for_ in rdoc.tokens(("for",)):
        if for_.i == 0 or doc[for_.i - 1].lower_ not in lex["membership_path_nouns"]:
            continue  # a way, a protocol, a road map for X to join; not "time for X to join", not an invitation
        k = for_.i + 1
        seeker = _seeker_at(ctx, k)
        if seeker is None:
            continue
        state, k = seeker
        if k + 1 >= len(doc) or doc[k].lower_ != "to":
            continue
        verb = doc[k + 1]
        org = None
        if verb.lemma_.lower() in lex["join_verbs"]:
            org = next((m for c in verb.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c) or ctx.described_organisation(c))
                        is not None), None)
        elif verb.lemma_.lower() == "become":
            members = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ in ("member", "members")), None)
            org = membership_organisation(ctx, members) if members is not None and not ctx.non_member(members) else None
        if org is None or org.type != "organisation" or not ctx.asserted(for_.head, "negation-only"):
            continue
        r = ctx.relation("seeks-membership", (state, "state"), (org.key, "organisation"), ctx.evidence(verb, "path-to-membership"))
        if r:
            out.append(r)
    return out


def _seeker_at(ctx: Context, k: int) -> tuple[str, int] | None:
    """The state named at token ``k`` ("Tuvalu", "his country", "its country") and where it ends."""
    doc, rdoc = ctx.doc, ctx.rdoc
    m = rdoc.by_token.get(k)
    if m is not None and m.type == "state" and rdoc.spans[k].start == k:
        return m.key, rdoc.spans[k].end
    if k + 1 < len(doc) and doc[k].lower_ in ("his", "her", "its", "their") and doc[k + 1].lower_ in ctx.lex["state_nouns"]:
        person = ctx.antecedent(doc[k]) if doc[k].lower_ in ("his", "her") else None
        if person is not None:
            states = {r.target for r in ctx.found if r.source == person.key and r.relation == "holds-office" and r.target.startswith("state:")}
            return (states.pop(), k + 2) if len(states) == 1 else None
        only = ctx.only_state_before(doc[k]) if doc[k].lower_ in ("its", "their") else None
        return (only[0], k + 2) if only else None
    return None
