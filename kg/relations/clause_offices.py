"""Offices a clause gives: "N was the last queen of Hawaii", "N became president of Kenya in
2013", "N was appointed foreign minister of Peru", "N serves as ambassador of Pakistan to the OIC",
"N took over as chair of the African Union"; and appointments, where the person appointed is the
verb's object: "Ruto appointed N as Foreign Minister", "Kenya named N foreign minister",
"Parliament voted for N as Deputy Prime Minister".
"""

from __future__ import annotations

import dataclasses

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.arguments import entities
from kg.relations.bodies import organ_parent
from kg.relations.context import Context
from kg.relations.offices import phrase_relations
from kg.relations.title_phrases import read_title_phrase

__all__ = ["offices_in_clauses"]


def offices_in_clauses(ctx: Context) -> list[Relation]:
    """An office a clause gives its subject: "N was the last queen of Hawaii", "N became president
    of Kenya in 2013", "N was appointed foreign minister of Peru", "N serves as ambassador of
    Pakistan to the OIC", "N took over as chair of the African Union". Not a future ("will
    become"), a denial or a hope; a title naming no owner takes the article's state only through
    :mod:`kg.relations.setting`."""
    rdoc, lex = ctx.rdoc, ctx.lex
    heads = ctx.gaz.title_words - lex["title_modifiers"]
    out: list[Relation] = []
    for token in rdoc.tokens(heads | set(lex["title_final_modifiers"])):
        if token.lower_ not in heads and not any(c.dep_ == "compound" and fold(c.text) in ctx.title_vocab for c in token.lefts):
            continue  # "general" heads a title only after one: "Secretary-General", "Attorney General"
        verb = None
        if token.dep_ in ("attr", "oprd") and token.head.lemma_.lower() in lex["office_verbs"]:
            verb = token.head
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in lex["appointing_verbs"]:
            verb = token.head  # "Kenya named Grace Atieno foreign minister" (the name inside the object)
        elif token.dep_ == "nsubj" and token.head.lemma_ == "be" and token.head.tag_ in ("VBZ", "VBP"):
            verb = token.head  # "Japan's new Foreign Minister is N": the title the subject, the name what it is
        elif token.dep_ == "pobj" and token.head.lower_ == "as":
            governor = token.head.head  # "served as", or "presented his credentials as" (the verb's object)
            governor = governor.head if governor.dep_ in ("dobj", "dep") else governor  # (a name the parser left loose: "appointed, on Tuesday, N as")
            verb = governor if governor.lemma_.lower() in lex["office_as_verbs"] else None
        if verb is None or token.i in rdoc.by_token:
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) or not ctx.asserted(verb):
            continue
        start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")
                                 and (fold(c.text) in ctx.title_vocab or fold(c.text) in ctx.demonyms
                                      or c.i in rdoc.by_token and rdoc.by_token[c.i].type != "person")])
        if verb.lemma_.lower() in lex["appointing_verbs"] and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
                and verb.i < start:
            # "Ruto appointed N as Foreign Minister", "Kenya named N foreign minister", "voted for N
            # as Deputy Prime Minister": the one person between the verb and the title holds it
            people = list(dict.fromkeys((m.key, "person") for k in range(verb.i + 1, start)
                                        if (m := rdoc.by_token.get(k)) is not None and m.type == "person" and rdoc.spans[k].start == k))
        elif token.dep_ == "nsubj":
            people = [e for c in verb.children if c.dep_ == "attr" for e in entities(ctx, c) if e[1] == "person"]
        else:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            people = [e for e in entities(ctx, subject) if e[1] == "person"] if subject is not None else []
        if len(people) != 1:
            continue
        phrase = read_title_phrase(ctx, start, token.sent.end)
        if phrase is None or not phrase.start <= token.i < phrase.end or ctx.office_blocked(start):
            continue
        if phrase.owner is None and not phrase.former and not (verb.lemma_ == "be" and verb.tag_ == "VBD"):
            # "N took over as Minister of Health": no owner here; the article's state may give it
            # (kg.relations.setting reads ctx.clause_titles by the name's first token); "N was the
            # Minister of X" may be a past office, which the setting does not date
            named = [k for k, m in rdoc.by_token.items() if m.key == people[0][0] and rdoc.spans[k].start == k and k < max(verb.i, start)]
            if named:
                ctx.clause_titles.setdefault(max(named), []).append((phrase.relation, phrase.role))
        if phrase.owner is None and verb.lemma_.lower() in lex["appointing_verbs"]:
            # "Kenya named N foreign minister": the state that appoints owns the office
            # (and "The African Union elected N as its chairperson", "ECOWAS leaders elected N as
            # chairman of the bloc": the one state or organisation the subject names)
            appointer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            owners = {(organ_parent(ctx, m.key) or m.key, m.type) for t in (appointer.subtree if appointer is not None else ())
                      if (m := rdoc.mention_at(t)) is not None and m.type in ("state", "organisation")}
            if token.lower_ not in lex["chamber_office_heads"] and not any(t.lower_ in ("its", "their") for t in ctx.doc[max(verb.i, token.i - 4) : token.i]):
                # "The Senate confirmed N as ambassador to Chile": a chamber that confirms or elects
                # to an office not its own (not "Parliament elected N as its Speaker"); a party is no chamber
                owners = {o for o in owners if not set(o[0].split(":", 1)[1].split()) & set(lex["legislature_heads"])
                          or ctx.kind(o[0]) in ("party", "ngo", "company", "media")}
            if not owners:  # "Chilean President A appointed B as foreign minister": the state whose head appoints
                owners = {(r.target, "state") for t in (appointer.subtree if appointer is not None else ())
                          if (m := rdoc.mention_at(t)) is not None and m.type == "person" for r in ctx.found
                          if r.source == m.key and r.relation == "holds-office" and r.target.startswith("state:")
                          and not r.role.startswith("former ")}
            if len(owners) == 1:
                phrase = dataclasses.replace(phrase, owner=owners.pop())
        out += phrase_relations(ctx, people[0], [phrase], verb, "office-in-clause")
    return out
