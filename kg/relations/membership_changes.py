"""What a text says about memberships that ended and came back: "Britain left the EU", "Mali
was suspended from ECOWAS", "Morocco rejoined the AU". The :class:`~kg.relations.context.Context`
keeps the pairs and drops a membership the text says ended (``ended_memberships``); the functions
here read that context (``ctx``) and import nothing of it, as it imports them."""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention

__all__ = ["membership_changes", "placed_on", "subjects", "welcomes_back"]


def membership_changes(ctx) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (member, organisation) pairs this text says ended, and those it says came back."""
    rdoc, lex = ctx.rdoc, ctx.lex
    ended: set[tuple[str, str]] = set()
    back: set[tuple[str, str]] = set()
    for verb in rdoc.tokens(lex["departure_verb_forms"] | lex["return_verb_forms"]):
        if verb.pos_ != "VERB" or not ctx.asserted(verb):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        returned = verb.lower_ in lex["return_verb_forms"]  # forms, not lemmas: the model lemmatises "readmitted" badly
        orgs = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in (("to", "into") if returned else ("from",))
                for g in p.children if g.dep_ == "pobj"]  # not "left the OAU ... and was readmitted to the AU"
        acting = subjects(verb)
        if verb.lower_ in lex["expulsion_verb_forms"] and not passive:  # "ECOWAS suspended Mali": the bloc acts
            members = [c for c in verb.children if c.dep_ == "dobj"]
            orgs = acting
        else:  # "Mali left ECOWAS", "Mali was expelled from ECOWAS", "Morocco rejoined the AU"
            members = acting
            orgs += [c for c in verb.children if c.dep_ == "dobj"]
        pairs = {(m.key, o.key) for t in members for m in _named(ctx, t, member=True) if m.type in ("state", "organisation")
                 for g in orgs for o in _named(ctx, g) if o.type == "organisation"}
        (back if returned else ended).update(pairs)
    for token in rdoc.tokens(("member",)):  # "Russia ceases to be a member (of the Council of Europe)"
        be = token.head if token.dep_ == "attr" and token.head.lemma_ == "be" else None
        if be is not None and _again(be, lex) and ctx.asserted(be):  # "Gabon is again a member of OPEC": back
            back.update(_rejoined(ctx, token, be))
            continue
        stops = be.head if be is not None and be.dep_ == "xcomp" and be.head.lemma_.lower() in lex["membership_ending_heads"] else None
        if stops is None or not ctx.asserted(stops):
            continue
        orgs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        keys = {o.key for g in orgs for o in _named(ctx, g) if o.type == "organisation"} if orgs else {
            k for k in ctx.named_before(token, "organisation") if ctx.kind(k) == "intergovernmental"}
        if len(keys) == 1:
            ended.update((m.key, next(iter(keys))) for t in subjects(stops) for m in _named(ctx, t) if m.type == "state")
    for token in rdoc.tokens(("suspension",)):  # "lifted Guinea's suspension": back again
        if token.head.lemma_.lower() in lex["lift_verbs"] and ctx.asserted(token.head):
            # (and "lifted the suspension on Sudan", "the suspension it had placed on Sudan")
            back.update((m.key, o.key) for c in [*(c for c in token.children if c.dep_ == "poss"), *placed_on(token)] for m in _named(ctx, c)
                        for s in subjects(token.head) for o in _named(ctx, s))
    back.update((m.key, org.key) for _, members, org in welcomes_back(ctx) for m in members)
    return ended, back


def placed_on(suspension: Token) -> list[Token]:
    """Who a suspension was placed on: "the suspension on Sudan", "the suspension it had placed on Sudan"."""
    return [g for c in (suspension, *(c for c in suspension.children if c.dep_ == "relcl")) for p in c.children
            if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]


def welcomes_back(ctx) -> list[tuple[Token, list[Mention], Mention]]:
    """(verb, states, organisation) of each readmission told as a welcome back: "welcomed Syria
    back into the bloc", "Pakistan was welcomed back into the fold of the Commonwealth". Not a
    welcome still to come or only hoped for ("could welcome Syria back"), nor a welcome back to a city."""
    rdoc, found = ctx.rdoc, []
    for verb in rdoc.tokens(("welcome", "welcomes", "welcomed", "welcoming")):
        back = next((c for c in (*verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children))
                     if c.lower_ == "back" and c.dep_ in ("advmod", "prt")), None)  # (or "back" on the "into")
        if verb.pos_ != "VERB" or back is None or not ctx.asserted(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        members = [m for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") for t in (c, *c.conjuncts)
                   if (m := rdoc.mention_at(t)) is not None and m.type == "state"]
        places = [g for h in (verb, back) for p in h.children if p.dep_ == "prep" and p.lower_ in ("into", "to") for g in p.children if g.dep_ == "pobj"]
        places += [g for t in places if t.lower_ == "fold" for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]  # "back into the fold of the Commonwealth"
        orgs = {m.key: m for t in places if (m := rdoc.mention_at(t) or ctx.described_organisation(t)) is not None
                and m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"}
        if len(orgs) == 1 and members:
            found.append((verb, members, next(iter(orgs.values()))))
    return found


def _again(be: Token, lex) -> bool:
    """The copula says the membership is there anew: "is again a member", "is once again a
    member", "is now again a member", in the sentence's main clause, a relative clause or what
    someone said (not a sentence-opening "Again, ...", nor a belief: "Few believe Russia is again
    a member")."""
    reported = be.dep_ == "ccomp" and be.head.lemma_.lower() in lex["announcement_verbs"]  # "Officials said Syria is again a member"
    main = be.dep_ in ("ROOT", "relcl") or be.dep_ == "conj" and be.head.dep_ == "ROOT" or reported  # (not "Few believe Russia is again ...")
    return main and any(c.dep_ == "advmod" and c.lower_ in lex["membership_again_adverbs"] and c.i > be.sent.start
                        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ",") for c in be.children)  # (not "Again, ...")


def _rejoined(ctx, member: Token, be: Token) -> set[tuple[str, str]]:
    orgs = [g for p in member.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return {(m.key, o.key) for t in subjects(be) for m in _named(ctx, t) if m.type in ("state", "organisation")
            for g in orgs for o in _named(ctx, g) if o.type == "organisation"}


def subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, or of the verb it is coordinated with ("Kiribati quit the forum
    and returned to it")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "xcomp" and verb.head.lemma_ in ("be", "become") and any(
            c.dep_ == "attr" and any(g.ent_type_ == "ORDINAL" or g.lower_ in ("only", "last") for g in c.children) for c in verb.head.children):
        # "Morocco is the first member country to withdraw from the OAU": the copula's subject withdrew
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _named(ctx, token: Token, *, member: bool = False) -> list[Mention]:
    """The entities a subject or object names: itself and the names coordinated with it (an "it"
    that is the ``member`` stands for a state: "it is the first country to withdraw")."""
    found = [m for t in (token, *token.conjuncts) if (m := ctx.rdoc.mention_at(t)) is not None]
    if token.lower_ in ("it", "its"):  # "quit the forum and returned to it", "lifted its suspension"
        kind = "organisation" if token.lower_ == "it" and not member else "state"
        named = list(ctx.named_before(token, kind).values())
        found = named if len(named) == 1 else []
    if not found and token.lower_ in ctx.lex["generic_bloc_nouns"]:
        described = ctx.described_organisation(token)  # "left the bloc"
        found = [described] if described is not None else []
    return found
