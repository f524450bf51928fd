"""Clause patterns: the DependencyMatcher patterns of ``kg/data/patterns.jsonl`` (and a user's
``--patterns`` file), with their arguments read by :mod:`kg.relations.arguments` and their
assertion by :mod:`kg.relations.modality`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.arguments import entities, set_apart, titled_person_before
from kg.relations.bodies import body_noun_state
from kg.relations.context import Context
from kg.relations.modality import scheduled, undone
from kg.relations.title_phrases import phrases_before, title_phrases
from kg.relations.titles import honorific_start, ownerless_title
from kg.resolve.classify import state_body

__all__ = ["clause_relations"]


def clause_relations(ctx: Context) -> list[Relation]:
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    patterns = ctx.knowledge.patterns
    out = []
    for match_id, token_ids in ctx.knowledge.matcher(doc):
        pattern = patterns[doc.vocab.strings[match_id]]
        named = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern.pattern, token_ids)}
        trigger = named.get("trigger", named["source"])
        if "subject" in pattern.shared and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
            continue  # "Russia objected and Finland joined": the conjoined verb has its own subject
        if "object" in pattern.shared and any(c.dep_ in ("dobj", "attr") for c in trigger.children):
            continue  # "seized Crimea and annexed it": its own object
        if not ctx.asserted(trigger, pattern.modality, scheduled=pattern.relation == "leads-delegation"):
            continue
        if pattern.relation == "seeks-membership" and ("join" in named or "become" in named) and any(
                c.dep_ == "dobj" for c in trigger.children):
            continue  # "the EU asked Serbia to join": the asker is not the one to join
        relation = pattern.relation
        if pattern.future_only and not scheduled(trigger, lex):
            continue  # "Estonia will join NATO" (but "Estonia can join", "let Estonia join")
        if pattern.future_only and trigger.dep_ == "conj" and trigger.head.lemma_ in lex["accession_completion_verbs"]:
            continue  # "has deposited its ratification and will become a member on 1 May": no longer seeking
        if relation in ("party-to", "member-of") and scheduled(trigger, lex):
            if relation == "party-to":
                continue  # "will become a party to": not yet
            relation = "seeks-membership"  # "Estonia will become a member of NATO in April": on its way in
        if pattern.relation in ("party-to", "member-of") and undone(trigger, lex):
            continue  # "signed the original treaty but later withdrew from it", "has yet to ratify it"
        if pattern.relation == "member-of" and trigger.tag_ == "VBD" and any(
                c.dep_ == "advmod" and c.lower_ in lex["past_only_adverbs"] and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("again", "more"))
                for c in trigger.children):
            continue  # "Both countries were once members", "Chile was formerly a member" (but "once again a member")
        members = named.get("members", trigger if trigger.lower_ in lex["member_nouns"] else None)
        if pattern.relation == "member-of" and members is not None and any(c.dep_ in ("relcl", "acl") and any(
                a.dep_ == "aux" and a.lower_ in lex["future_auxiliaries"] for a in c.children) for c in members.children):
            continue  # "the ASEAN countries that will join include Timor-Leste": members to come
        if pattern.relation == "member-of" and members is not None and ctx.non_member(members):
            continue  # "is a future member of", "X, a suspended member of": short of membership
        if pattern.relation == "member-of" and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and (g.lower_ in lex["non_member_qualifiers"] | lex["non_member_words"] or ctx.non_member(g))
                                                              for g in c.children) for c in trigger.children):
            continue  # "joined the Alliance as an observer", "joined as an associate member"
        if pattern.relation == "member-of" and trigger.tag_ == "VBD" and any(
                c.dep_ == "prep" and c.lower_ in lex["until_words"] and not any(g.lower_ == "now" for g in c.children)
                for t in (trigger, members) if t is not None for c in t.children):
            continue  # "was a member of the EU until 2020" (but "until now X was the only member")
        by = named.get("by")
        if by is not None and any(c.dep_ == "agent" and c.i < by.i for c in by.head.children):
            continue  # "headed by A, and Germany's by B": a gapped second clause with its own owner
        prep = named["target"].head
        if prep.dep_ == "prep" and (any(c.dep_ == "neg" for c in prep.children) or doc[prep.i - 1].lower_ in lex["negators"]):
            continue  # "belongs to CARIFORUM but not to CARICOM"
        among = named.get("among")
        if among is not None and (any(c.dep_ == "neg" for c in among.children) or doc[among.i - 1].lower_ in lex["negators"]):
            continue  # "were among the observers, not among the members of"
        hop = pattern.relation in ("annexed", "party-to", "member-of")
        sources = entities(ctx, named["source"])
        if pattern.states_only:
            # "Chairman of the NA's Committee N was elected to the IPU Executive Committee": a person
            # elected sits on the body, his title's committee does not; states are elected as members
            sources = [s for s in sources if s[1] == "state"]
        direct = list(sources)  # the object's own names, before any "along with"
        if pattern.relation == "member-of" and trigger.lemma_ in lex["inclusion_verbs"]:
            sources += [e for e in also_included(ctx, trigger, objects=any(e[1] == "state" for e in sources)) if e not in sources]
            apart = set_apart(ctx, trigger)
            sources = [e for e in sources if e[0] not in apart]
        if relation == "member-of" and members is not None and members.dep_ == "attr":
            # the predicate's companions, not an apposition's: "A and B - all members of the GCC -
            # together with Egypt, cut ties"
            sources += [e for e in companions(ctx, members) if e not in sources]
        if relation == "member-of" and members is not None and members.dep_ == "appos" and members.tag_ == "NNS" \
                and len(sources) == 1 and sources[0][1] == "organisation":
            continue  # "Bucharest Nine (B9), the nine NATO members on the eastern flank,": a group of members, not one
        if relation == "member-of" and trigger.dep_ == "appos" and trigger.i > 0 and doc[trigger.i - 1].text == "(":
            # "Mali, Niger, CAR, as well as Algeria and Rwanda (members of the PSC)": the brackets
            # describe the names after the extender, not the whole list
            words = [t.lower_ for t in doc[trigger.sent.start : trigger.i]]
            cut = max((trigger.sent.start + n + len(e.split()) for e in lex["list_extenders"] for n in range(len(words))
                       if words[n : n + len(e.split())] == e.split()), default=None)
            if cut is not None:
                sources = [e for e in sources if any(m.key == e[0] and cut <= m_i < trigger.i for m_i, m in rdoc.by_token.items())]
        if relation == "party-to":
            sources = _on_behalf_of(ctx, trigger) or sources  # "HFM signed the Agreement on behalf of the Government of Bhutan"
        targets = entities(ctx, named["target"], possessive_hop=hop)
        if relation == "leads-delegation" and "group" in named and targets and all(t[1] == "organisation" for t in targets) and any(
                c.i != named["target"].i and c.dep_ in ("amod", "compound") and any(e[1] == "state" for e in entities(ctx, c))
                for c in named["group"].children):
            continue  # "Head of the PABSEC Serbian Delegation": Serbia's delegation at PABSEC, not PABSEC's
        if pattern.id == "delegation-fronted-led-by" and any(c.lower_ == "having" for c in trigger.children):
            continue  # "Having been led by N for a decade, the delegation now has a new chief": led before
        if relation == "leads-delegation" and "group" in named and (span := rdoc.span_at(named["target"])) is not None \
                and span.start <= named["group"].i < span.end:
            continue  # "Led by N, the AIPA Delegation met ...": the delegation's own name, no owner outside it
        if relation == "leads-delegation" and targets and all(t[0] not in ctx.gaz.entries and t[0].split(":", 1)[1] in lex["legislature_heads"]
                                                             for t in targets) and body_noun_state(ctx, named["target"]):
            targets = []  # "a Pakistani Senate delegation led by N": the chamber's state (below), not "the Senate" of every state
        if relation == "leads-delegation" and not targets and (state := body_noun_state(ctx, named["target"])):
            targets = [(state, "state")]  # "a delegation of the Latvian parliament led by N": the parliament's state
        if pattern.relation == "member-of" and members is not None and rdoc.mention_at(named["target"]) is None and any(
                c.lower_ in lex["council_seat_words"] for c in members.children if c.dep_ in ("amod", "compound")):
            # "A, B and C are permanent members of the group": a council's seats, not the body a nominal found
            # (but "became a permanent member of the G20": named, a membership)
            targets = [t for t in targets if "council" in t[0] or t[0].rsplit(" ", 1)[-1].rsplit("-", 1)[-1] == named["target"].lower_]
        if pattern.relation == "member-of" and members is not None and members.lower_ in lex["ally_nouns"]:
            targets = [t for t in targets if t[0] in lex["military_alliances"]]  # "allies of the bloc": no membership
        # a membership the pattern reads as held but the clause puts in the future is its own rule
        evidence = ctx.evidence(trigger, pattern.id if relation == pattern.relation or pattern.future_only else "scheduled-accession")
        if pattern.title_required and sum(c.dep_ == "dobj" for c in trigger.children) > 1:
            continue  # "sent delegations for the inauguration of ... Vice President N": two objects, a misparse
        if pattern.title_required:
            # "Turkey was represented by Foreign Minister Hakan Fidan", "Foreign Secretary A and
            # Economy Secretary B will represent Mexico": each titled person's office is the state's
            tokens = [named["source"], *named["source"].conjuncts]
            first = rdoc.span_at(named["source"])
            if first is not None and (before := titled_person_before(ctx, first)) is not None:
                tokens.insert(0, before.root)  # "by Minister A and Minister B"
            respective = any(t.lower_ == "respectively" and not any(a.dep_ == "relcl" for a in t.ancestors)
                             for t in trigger.sent if t.i > trigger.i)  # (not "..., who spoke first and second respectively")
            if respective:
                sent = trigger.sent
                place = {key: min((i for i, m in rdoc.by_token.items() if m.key == key and sent.start <= i < sent.end), default=len(ctx.doc))
                         for key, _ in targets}
                targets = sorted(targets, key=lambda t: place[t[0]])
                tokens = sorted(tokens, key=lambda t: t.i)
            for n, token in enumerate(tokens):
                # "A and B were represented by N and M respectively": each by its own, in order (or none)
                owners = ([targets[n]] if len(targets) >= len(tokens) else []) if respective else targets  # (and "..., and Tanzania by its ambassador")
                if rdoc.mention_at(token) is None and fold(token.text) in ctx.title_vocab:
                    # "The Assistant Minister for Foreign Affairs, Hon. N, represented Fiji": the title's holder
                    token = next((c for c in token.children if c.dep_ == "appos" and (h := rdoc.mention_at(c)) is not None
                                  and h.type == "person"), token)
                span = rdoc.span_at(token)
                m = rdoc.mention_at(token)
                title = ownerless_title(ctx, span) if span is not None and m is not None and m.type == "person" else None
                k = honorific_start(ctx, span.start) if span is not None else 0
                if title is None and span is not None and m is not None and m.type == "person" and k > 1 \
                        and ctx.doc[k - 1].text == ",":
                    phrases = phrases_before(ctx, k - 1)  # "represented by Minister for European Affairs, (Hon.) N"
                    if len(phrases) == 1 and phrases[0].owner is None:
                        title = (phrases[0].relation, phrases[0].role)
                if title is None and span is not None and m is not None and m.type == "person" and span.end + 1 < trigger.i \
                        and ctx.doc[span.end].text == ",":
                    # "N, Minister of Foreign Affairs, represented Grenada", "N, Ambassador to CARICOM,
                    # represented Antigua": the office in apposition is the state's represented
                    phrases = [p for p in title_phrases(ctx, span.end + 1, trigger.i) if not p.former]
                    if phrases and phrases[0].start == span.end + 1 and phrases[0].owner is None \
                            and phrases[0].end >= trigger.i - 1 and phrases[0].relation in ("holds-office", "ambassador-to"):
                        title = ("holds-office", phrases[0].role)
                if not title or title[0] != "holds-office":
                    continue
                for t in owners:
                    r = ctx.relation(pattern.relation, (m.key, m.type), t, evidence, role=title[1])
                    if r:
                        out.append(r)
            continue
        date = ctx.year(trigger)
        group = named.get("group")
        if relation == "leads-delegation" and group is not None and group.text[:1].isupper() and named["source"].i < trigger.i \
                and (any(t[0] in lex["mission_delegation_owners"] for t in targets) or targets and all(t[1] == "organisation" for t in targets)
                     and any(c.dep_ == "prep" and c.lower_ == "to" and any((m := rdoc.mention_at(g)) is not None and m.type == "state"
                                                                            for g in c.children) for c in group.children)):
            # "N, Head of the EU Delegation": the EU's delegations are its embassies, their heads its envoys
            # (and "Head of the European Commission Delegation to Indonesia": an organisation's delegation to a state)
            for s in sources[:1]:
                for t in targets:
                    r = ctx.relation("holds-office", s, t, ctx.evidence(trigger, "head-of-mission-delegation"), role="head of delegation")
                    if r:
                        out.append(r)
            continue
        for s in sources:
            for t in targets:
                # "N is a member of the Labour Party": a person belongs to an organisation without an office
                as_person = relation == "member-of" and s[1] == "person" and t[1] == "organisation" and pattern.id in lex["person_membership_patterns"] \
                    and _names_a_party(ctx, t[0])  # a party, not the bloc whose members are states
                if relation == "member-of" and pattern.id == "organisation-includes-states" and t[1] == "treaty" and s[1] == "state":
                    # "RCEP includes China, Japan and ...": a trade agreement's states are its parties, in the present
                    # (not "the pact included Poland in a secret protocol", "originally included the US")
                    present = s in direct and trigger.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "prep" and c.lower_ in ("in", "into") for c in trigger.children)
                    r = ctx.relation("party-to", s, t, ctx.evidence(trigger, "treaty-includes-states"), date=date) if present else None
                elif relation == "member-of" and pattern.id in lex["composition_patterns"] and not any(
                        o[1] == "state" or ctx.kind(o[0]) == "intergovernmental" for o in sources):
                    r = None  # "The body comprises the Plenary Assembly, the Bureau, ...": its organs, not members
                else:
                    r = ctx.relation("affiliated-with" if as_person else relation, s, t, evidence, date=date)
                if r:
                    out.append(r)
    return out


def _names_a_party(ctx: Context, key: str) -> bool:
    """Does the organisation ``key`` name a party or a movement ("the Labour Party", "the Patriotic Front")?"""
    entry = ctx.gaz.entries.get(key)
    name = entry.name if entry is not None else key.split(":", 1)[1]
    return name.lower().split()[-1:] in ([w] for w in ctx.lex["party_heads"])


def companions(ctx: Context, members: Token) -> list[tuple[str, str]]:
    """The states a membership names beside its subject: "Nauru is a founding member of the Forum,
    along with six others - A, B and C" or "together with Fiji and Samoa"."""
    found = []
    heads = [members] + ([members.head] if members.dep_ == "attr" else [])  # the parse may hang "along with" on the copula
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        words = " ".join(t.lower_ for t in list(prep.subtree)[:2])
        pobj = next((g for p in (prep, *prep.children) for g in p.children if g.dep_ == "pobj"), None)
        if pobj is None or not any(words.startswith(p) for p in ctx.lex["companion_preps"]):
            continue
        if pobj.lower_ in ctx.lex["other_nouns"]:  # "along with six others - A, B and C"
            first = next((c for c in pobj.children if c.dep_ == "appos" and ctx.rdoc.mention_at(c) is not None), None)
            if first is None:
                continue
            m = ctx.rdoc.mention_at(first)
            listed = [m, *ctx.list_after(ctx.rdoc.span_at(first).end, m.type)]
            found += [(x.key, x.type) for x in listed if x.type == "state"]
        else:
            found += [e for e in entities(ctx, pobj) if e[1] == "state"]
    return list(dict.fromkeys(found))


def also_included(ctx: Context, verb: Token, *, objects: bool = True) -> list[tuple[str, str]]:
    """The states and organisations a "which, in addition to Russia, includes A and B" or
    "includes A along with B" counts in besides its object (not "apart from", which may exclude),
    however the parse hangs the preposition: on the verb or on its object ("includes the two
    biggest economies, A and B, along with C and D"; only when the object names states itself)."""
    found = []
    for prep in (c for h in (verb, *(d for d in verb.children if d.dep_ == "dobj" and objects)) for c in h.children if c.dep_ == "prep"):
        words = " ".join(t.lower_ for t in list(prep.subtree)[:3])
        if not any(words.startswith(p) for p in ctx.lex["inclusion_preps"]) or any(
                t.lower_ in ctx.lex["non_member_words"] for t in prep.subtree):
            continue  # (not "along with observers such as Mexico", "along with associate members Chile and Peru")
        for t in prep.subtree:
            m = ctx.rdoc.mention_at(t)
            if m is not None and m.type in ("state", "organisation") and (m.key, m.type) not in found:
                found.append((m.key, m.type))
    return found


def _on_behalf_of(ctx: Context, trigger) -> list[tuple[str, str]]:
    """The states a signature is "on behalf of": "signed ... on behalf of the Royal Government of
    Bhutan" (the signer, however the text names them, signs for the state)."""
    found = []
    for on in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"):
        for behalf in (g for g in on.children if g.dep_ == "pobj" and g.lower_ == "behalf"):
            for whom in (g for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                states = [e for e in entities(ctx, whom) if e[1] == "state"]
                span = ctx.rdoc.span_at(whom)
                if not states and span is not None and whom.lower_ in ctx.lex["government_heads"] \
                        and (body := state_body(span, ctx.gaz)) is not None:
                    states = [(f"state:{body[1]}", "state")]  # "the Royal Government of Bhutan": the state the government is of
                found += states
    return found
