"""Offices in a state's own bodies are offices of the state.

"N, Cabinet Secretary of the Ministry of Foreign Affairs of the Republic of Kenya" holds an office
in a body kg keys by its state (``org:ministry of foreign affairs of kenya``); a minister or an
official of a state's ministry, government or department holds office in that state too. Bodies
of other kinds (a parliament, a court, an army) keep their office to themselves.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Relation
from kg.relations.context import Context

__all__ = ["body_state", "offices_in_state_bodies"]


def body_state(ctx: Context, key: str) -> str | None:
    """The state whose own ministry, government or department ``key`` is ("org:ministry of
    foreign affairs of kenya" -> "state:kenya"), or None."""
    if not key.startswith("org:") or " of " not in key:
        return None
    body, state = key.split(":", 1)[1].rsplit(" of ", 1)
    head = body.split(" of ")[0].split(" for ")[0].split()[-1]
    state = f"state:{state}"
    return state if head in ctx.lex["government_heads"] and state in ctx.gaz.entries else None


def offices_in_state_bodies(ctx: Context) -> list[Relation]:
    out = []
    for r in list(ctx.found):
        key = body_state(ctx, r.target) if r.relation == "holds-office" else None
        if key is None:
            continue
        rel = ctx.relation("holds-office", (r.source, "person"), (key, "state"),
                           replace(r.evidence, rule="office-in-state-body"), role=r.role, date=r.date, basis=r.basis)
        if rel:
            out.append(rel)
    return out
