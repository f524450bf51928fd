"""part-of: a territory and the state it belongs to.

- a possessive: "Ukraine's Crimean Peninsula", "Ukraine's Donetsk, Luhansk and Kherson regions";
- a territory noun in apposition: "Transnistria, a breakaway region of Moldova";
- a territory noun in the name: "the Donetsk region of Ukraine".

Annexations are clause patterns (``kg/data/patterns.jsonl``), and a ruler's act
(:func:`annexed_by_rulers`): "Russian President Vladimir Putin annexed Crimea".
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Mention, Relation
from kg.relations.context import Context, is_possessive

__all__ = ["annexed_by_rulers", "territories"]


def territories(ctx: Context) -> list[Relation]:
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    seen_spans = set()
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if (span.start, span.end) in seen_spans:
            continue
        seen_spans.add((span.start, span.end))
        if m.type == "state":
            places = [o for o in ctx.possessed_list(span.end) if o.type == "place" and not any(
                w in lex["organisation_heads"] for w in fold(o.label).split()) and not _names_something(ctx, o)]
            for place in places:
                r = ctx.relation("part-of", (place.key, "place"), (m.key, "state"), ctx.evidence(doc[i], "possessive-territory"))
                if r:
                    out.append(r)
        if m.type == "place" and i == span.start and i >= 1 and doc[i - 1].lower_ == "its" and (span[-1].lower_ in lex["administrative_heads"] or (
                span.end < len(doc) and doc[span.end].lower_ in lex["administrative_heads"])) and (owner := _its_state(ctx, doc[i - 1])):
            # "Ethiopia ... the conflict in its Tigray region": the one state just named owns it
            r = ctx.relation("part-of", (m.key, "place"), owner, ctx.evidence(doc[i], "its-territory"), basis="context")
            if r:
                out.append(r)
        if m.type == "place" and i == span.start and span.end + 3 < len(doc) and doc[span.end].text == ",":
            # "Transnistria, a breakaway region of Moldova": a territory noun in apposition
            k = span.end + 1
            while k < min(len(doc), span.end + 5) and doc[k].lower_ not in lex["territory_heads"] and not (
                doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or k in rdoc.by_token
            ):
                k += 1
            if k + 2 < len(doc) and doc[k].lower_ in lex["territory_heads"] and doc[k + 1].lower_ == "of" and k not in rdoc.by_token:
                k2 = k + 2 + (doc[k + 2].lower_ == "the")
                owner = rdoc.by_token.get(k2)
                if owner is not None and owner.type == "state" and not ctx.blocked(k):
                    r = ctx.relation("part-of", (m.key, "place"), (owner.key, "state"),
                                     ctx.evidence(doc[i], "territory-apposition"))
                    if r:
                        out.append(r)
        settlement = i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lex["settlement_heads"]
        if m.type == "place" and i == span.start and i >= 3 and doc[i - 1].lower_ == "of" and (
                doc[i - 2].lower_ in lex["administrative_heads"] or settlement):  # a city only by a possessive, not "the Saudi city of Jeddah"
            # "the Argentine northeastern province of Misiones", "the Indian states of Kerala and Goa"
            owner, k = None, i - 3
            while k >= 0 and i - 3 - k < 2 and doc[k].tag_ == "JJ" and doc[k].is_lower:
                k -= 1  # "northeastern", "southern"
            if k >= 0 and doc[k].text[:1].isupper() and (state := ctx.demonyms.get(fold(doc[k].text), "")).startswith("state:") and not settlement:
                owner = state
            elif k >= 1 and is_possessive(doc[k]) and (o := rdoc.by_token.get(k - 1)) is not None and o.type == "state":
                owner = o.key  # "Argentina's province of Mendoza", "Tanzania's northern city of Arusha"
            if settlement and any(doc[j].lower_ in lex["non_territorial_settlement_words"] for j in range(k, i)):
                owner = None  # "Kenya's twin city of Arusha": a partner, not a part
            if owner is not None and not ctx.blocked(k):
                ev = ctx.evidence(doc[i], "territory-of-state")
                for place in [m] + ([] if settlement else ctx.list_after(span.end, "place")):  # (a city is one: "X's city of A and B")
                    r = ctx.relation("part-of", (place.key, "place"), (owner, "state"), ev)
                    if r:
                        out.append(r)
        if m.type == "place" and i == span.start and span.end + 1 < len(doc) and doc[span.end].text == ",":
            # "in Sanya, Hainan province, on Wednesday": a city, then the province it is in
            unit = rdoc.spans.get(span.end + 1)
            wider = rdoc.by_token.get(span.end + 1)
            if unit is not None and wider is not None and wider.type == "place" and wider.key != m.key and unit.start == span.end + 1:
                head_at = unit.end - 1 if unit[-1].lower_ in lex["administrative_heads"] else unit.end
                closed = head_at + 1 >= len(doc) or doc[head_at + 1].is_punct
                if head_at < len(doc) and doc[head_at].lower_ in lex["administrative_heads"] and doc[head_at].is_lower and closed:
                    r = ctx.relation("part-of", (m.key, "place"), (wider.key, "place"), ctx.evidence(doc[i], "place-in-unit"))
                    if r:
                        out.append(r)
        if m.type == "place" and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            if span[-1].lower_ in lex["territory_heads"]:
                owner = rdoc.by_token.get(span.end + 1)
                if owner is not None and owner.type == "state":
                    r = ctx.relation("part-of", (m.key, "place"), (owner.key, "state"),
                                     ctx.evidence(doc[i], "territory-of-state"))
                    if r:
                        out.append(r)
    return out


def _its_state(ctx: Context, its) -> tuple[str, str] | None:
    """The state "its" stands for: the one named earlier in its sentence, else the one named in
    this or the previous sentence."""
    here = {m.key for k, m in ctx.rdoc.by_token.items() if its.sent.start <= k < its.i and m.type == "state"}
    return (here.pop(), "state") if len(here) == 1 else None if here else ctx.only_state_before(its)


def _names_something(ctx: Context, mention: Mention) -> bool:
    """ "Russia's Black Sea Fleet", "Pakistan's Indus commissioner", "Russia's Baltic exclave of
    Kaliningrad": the place only modifies what is possessed."""
    doc = ctx.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].pos_ not in ("PROPN", "NOUN"):
        return False
    nxt = doc[span.end]
    if nxt.is_title:
        return True
    # "Ukraine's Donetsk region" is Donetsk; "the Baltic exclave of Kaliningrad" is Kaliningrad
    heads = ctx.lex["territory_heads"]
    return (nxt.lower_ not in heads and nxt.lemma_.lower() not in heads) or (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "of")


def annexed_by_rulers(ctx: Context) -> list[Relation]:
    """A head of state who annexes a territory does it for the state whose office the sentence
    names: "Russian President Vladimir Putin annexed Crimea", "Emperor N of Ethiopia ended the
    federation by annexing Eritrea". The office must be a ruler's ("President", "Emperor",
    "King"), named in the same sentence; a minister or an envoy annexes nothing."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for verb in rdoc.tokens(lex["annex_verb_forms"]):
        if verb.pos_ not in ("VERB", "ADJ") or not ctx.asserted(verb):  # (the tagger reads "Tsar N annexed X" as an adjective)
            continue
        acting = verb
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
            acting = verb.head.head  # "ended the federation by annexing Eritrea": the subject of "ended"
        rulers = [m for c in acting.children if c.dep_ == "nsubj" and (m := rdoc.mention_at(c)) is not None and m.type == "person"]
        sent = verb.sent
        states = {r.target for m in rulers for r in ctx.found if r.source == m.key and r.relation == "holds-office"
                  and r.target.startswith("state:") and sent.start_char <= r.evidence.start < sent.end_char and _a_ruler(r.role, lex)}
        if len(states) != 1:
            continue
        state = next(iter(states))
        targets = [m for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)
                   if (m := rdoc.mention_at(t)) is not None and m.type in ("place", "state")]
        for target in targets:
            r = ctx.relation("annexed", (state, "state"), (target.key, target.type), ctx.evidence(verb, "annexed-by-ruler"))
            if r:
                out.append(r)
    return out


def _a_ruler(role: str, lex) -> bool:
    """ "president", "emperor", "king" (not "vice president", "former president", "deputy leader")."""
    words = role.split(" of ")[0].split()
    return bool(words) and words[-1] in lex["ruler_titles"] and not any(
        w in lex["subordinate_rank_words"] or w.split("-")[0] in lex["subordinate_rank_words"] for w in words[:-1])

