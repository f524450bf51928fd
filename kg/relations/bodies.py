"""Offices in a state's own bodies are offices of the state.

"N, Cabinet Secretary of the Ministry of Foreign Affairs of the Republic of Kenya" holds an office
in a body kg keys by its state (``org:ministry of foreign affairs of kenya``); a minister or an
official of a state's ministry, government or department holds office in that state too. Bodies
of other kinds (a parliament, a court, an army) keep their office to themselves. Likewise an
office in an organisation's secretariat or commission ("the MSG Secretariat") is the organisation's.
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.context import Context
from kg.relations.titles import government_of

__all__ = ["body_noun_state", "body_state", "delegations_of_state_bodies", "heads_of_ministries", "offices_in_organs", "offices_in_state_bodies", "organ_parent",
           "parent_organisation", "sending_state"]


def _owner_state(ctx: Context, key: str, head_lists: tuple[str, ...]) -> str | None:
    """The state a body keyed by its state ("org:ministry of foreign affairs of kenya") belongs to,
    when the body's head word is in one of the lexicon's ``head_lists``; else None."""
    if not key.startswith("org:") or " of " not in key:
        return None
    body, state = key.split(":", 1)[1].rsplit(" of ", 1)
    head = body.split(" of ")[0].split(" for ")[0].split()[-1]
    state = f"state:{state}"
    return state if any(head in ctx.lex[name] for name in head_lists) and state in ctx.gaz.entries else None


def body_state(ctx: Context, key: str) -> str | None:
    """The state whose own ministry, government or department ``key`` is ("org:ministry of
    foreign affairs of kenya" -> "state:kenya"), or None."""
    return _owner_state(ctx, key, ("government_heads",))


def sending_state(ctx: Context, key: str) -> str | None:
    """The state a delegation of ``key`` goes for: a state's ministry or government, as
    :func:`body_state`, or its parliament ("org:senate of kazakhstan" -> "state:kazakhstan"): a
    parliament's delegation abroad is its state's, though its officers hold no office of the state."""
    return _owner_state(ctx, key, ("government_heads", "legislature_heads"))


def body_noun_state(ctx: Context, token) -> str | None:
    """The state a common noun for a state's body names by its modifier: "the Latvian parliament",
    "Nepal's parliament", "the Kenyan government" (no name kg keys, but a state's body all the same)."""
    if token.lower_ not in ctx.lex["legislature_heads"] and token.lower_ not in ctx.lex["government_heads"]:
        return None
    states = set()
    for c in token.children:
        if c.dep_ == "amod" or c.dep_ == "compound" and c.i + 1 == token.i:
            states.add(ctx.demonym_state(c))
        elif c.dep_ == "poss" and (m := ctx.rdoc.mention_at(c)) is not None and m.type == "state":
            states.add(m.key)
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _offices_through(ctx: Context, owner_of, type_: str, rule: str) -> list[Relation]:
    """The same office again for every holds-office edge whose body ``owner_of`` maps to its owner."""
    out = []
    for r in list(ctx.found):
        owner = owner_of(ctx, r.target) if r.relation == "holds-office" else None
        if owner is None:
            continue
        rel = ctx.relation("holds-office", (r.source, "person"), (owner, type_),
                           replace(r.evidence, rule=rule), role=r.role, date=r.date, basis=r.basis)
        if rel:
            out.append(rel)
    return out


def offices_in_state_bodies(ctx: Context) -> list[Relation]:
    return _offices_through(ctx, body_state, "state", "office-in-state-body")


def delegations_of_state_bodies(ctx: Context) -> list[Relation]:
    """A delegation of a state's ministry or parliament is that state's delegation: "the delegation
    of the Ministry of Foreign Affairs of Uzbekistan led by N", "a delegation of the Kazakh Senate
    led by N": N leads Uzbekistan's (Kazakhstan's) delegation too."""
    out = []
    for r in list(ctx.found):
        state = sending_state(ctx, r.target) if r.relation == "leads-delegation" else None
        if state is None:
            continue
        rel = ctx.relation("leads-delegation", (r.source, "person"), (state, "state"), replace(r.evidence, rule="delegation-of-state-body"),
                           role=r.role, date=r.date, basis=r.basis)
        if rel:
            out.append(rel)
    return out


def parent_organisation(ctx: Context, key: str) -> str | None:
    """The intergovernmental organisation whose organ ``key`` names by its first words
    ("org:igad assembly" -> "org:igad", "org:msg secretariat" -> "org:msg"), or None."""
    if not key.startswith("org:"):
        return None
    words = key.split(":", 1)[1].split()
    names = ctx.knowledge.organisation_names
    for n in range(len(words) - 1, 0, -1):
        parent = "org:" + "-".join(words[:n])
        parent = parent if parent in ctx.gaz.entries else names.get(" ".join(words[:n]), "")
        if parent in ctx.gaz.entries and ctx.kind(parent) == "intergovernmental":
            return parent
    return None


def organ_parent(ctx: Context, key: str) -> str | None:
    """The organisation of a secretariat, commission or summit body kg does not know by name: "the
    MSG Secretariat", "the Authority of Heads of State and Government of ECOWAS"."""
    if key in ctx.gaz.entries or not key.startswith("org:"):
        return None
    name = key.split(":", 1)[1]
    words = name.split()
    if len(words) > 1 and words[0] in ctx.lex["organ_modifiers"] and words[1] in ctx.lex["organ_heads"]:
        name = " ".join(words[1:])  # "the Ministerial Council of the GCC", "the Executive Council of the AU"
    if name.split()[0] in ctx.lex["organ_heads"]:
        # "authority of heads of state and government of the economic community of west african states"
        parts = name.split(" of ")
        for n in range(1, len(parts)):
            owner = " of ".join(parts[n:]).removeprefix("the ")
            parent = ctx.knowledge.organisation_names.get(owner, "")
            if parent in ctx.gaz.entries and ctx.kind(parent) == "intergovernmental":
                return parent
        return None
    body = name.split(" of ")[0]  # "igad council of ministers": the council, whoever sits in it
    if body.split()[-1] not in ctx.lex["organ_heads"]:
        return None
    return parent_organisation(ctx, f"org:{body}")


def offices_in_organs(ctx: Context) -> list[Relation]:
    """An office in an organisation's secretariat or commission is an office of the organisation:
    "Director General of the MSG Secretariat N" holds office in the MSG too."""
    return _offices_through(ctx, organ_parent, "organisation", "office-in-organ")


def heads_of_ministries(ctx: Context) -> list[Relation]:
    """ "N heads the Education Ministry", "N leads the Paraguayan Health Ministry", "N takes the
    helm at the Ministry of Industry": who heads a state's ministry holds an office of that state,
    the ministry's own (its name or nationality) or else the article's (``basis="context"``). Not a
    future ("will head"), a denial, or a ministry's part ("heads the ministry's legal office")."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "organisation" or span.start != i or "ministry" not in m.key.split(":", 1)[-1].split():
            continue
        root, verb = span.root, None
        if root.dep_ == "dobj" and root.head.lemma_.lower() in lex["lead_verbs"]:
            verb = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "at" and (
                helm := next((c for c in [root.head.head, *root.head.head.children] if c.lower_ == "helm" and c.dep_ in ("dobj", "prep", "pobj")), None)) is not None:
            verb = helm.head if helm.dep_ == "dobj" else root.head.head  # "takes the helm at the Ministry of X"
        if verb is None or not ctx.asserted(verb) or any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        person = rdoc.mention_at(subject) if subject is not None else None
        if person is None or person.type != "person":
            continue
        named = any(ctx.demonyms.get(fold(t.text)) or (k := rdoc.by_token.get(t.i)) is not None and k.type == "state" for t in span)
        own = named and body_state(ctx, m.key) or (government_of(ctx, i) or (None,))[0]  # (its own name says whose it is)
        state, basis = (own, "explicit") if own else (ctx.home_state(), "context")
        r = ctx.relation("holds-office", (person.key, "person"), (state, "state"), ctx.evidence(verb, "head-of-ministry"),
                         role="minister", basis=basis) if state else None
        if r:
            out.append(r)
    return out
