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

__all__ = ["offices_in_state_bodies"]


def offices_in_state_bodies(ctx: Context) -> list[Relation]:
    out = []
    for r in list(ctx.found):
        if r.relation != "holds-office" or not r.target.startswith("org:") or " of " not in r.target:
            continue
        body, state = r.target.split(":", 1)[1].rsplit(" of ", 1)
        head = body.split(" of ")[0].split(" for ")[0].split()[-1]
        key = f"state:{state}"
        if head not in ctx.lex["government_heads"] or key not in ctx.gaz.entries:
            continue
        rel = ctx.relation("holds-office", (r.source, "person"), (key, "state"),
                           replace(r.evidence, rule="office-in-state-body"), role=r.role, date=r.date, basis=r.basis)
        if rel:
            out.append(rel)
    return out
