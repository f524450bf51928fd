"""affiliated-with: a person and the (non-governmental) institution they speak from.

- "Maksim Samorukov of the Carnegie Moscow Center": a name, "of"/"at"/"from", an institution;
- "Mary Wareham, deputy director of the arms division at Human Rights Watch,": a job in
  apposition whose last institution is the employer.

States and intergovernmental bodies give offices, not affiliations: those are
:mod:`kg.relations.offices`' business.
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.context import Context

__all__ = ["appositive_institution", "name_of_institution", "party_candidates"]


def name_of_institution(ctx: Context) -> list[Relation]:
    """ "Maksim Samorukov of the Carnegie Moscow Center"."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out = []
    for i, m in rdoc.by_token.items():
        span = rdoc.spans[i]
        if m.type != "person" or i != span.end - 1 or span.end + 1 >= len(doc):
            continue
        prep = doc[span.end]
        if prep.lower_ not in ctx.lex["affiliation_preps"] or (prep.lower_ == "at" and prep.head.i not in range(span.start, span.end)):
            continue  # "the swearing in of N at the Palacio Legislativo": the place of the act, not N's
        k = span.end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        target = rdoc.by_token.get(k)
        if target is None or target.type != "organisation":
            continue
        if ctx.kind(target.key) in ("intergovernmental", "agency-or-body") or not ctx.is_civil(target.key):
            continue  # an official "of NATO" holds an office; "a briefing by N at the Ministry of Foreign Affairs" is a place
        r = ctx.relation("affiliated-with", (m.key, "person"), (target.key, "organisation"),
                         ctx.evidence(doc[i], "name-of-institution"))
        if r:
            out.append(r)
    return out


def appositive_institution(ctx: Context, person, end: int) -> list[Relation]:
    """ "Mary Wareham, deputy director of the arms division at Human Rights Watch," and
    "Oliver Stuenkel, an associate professor at the Getulio Vargas Foundation in Sao Paulo,":
    a job in apposition whose last institution is the employer."""
    doc, rdoc, gaz = ctx.doc, ctx.rdoc, ctx.gaz
    if end + 2 >= len(doc) or doc[end].text != ",":
        return []
    title_head, org, k = None, None, None
    modifiers = ctx.lex["title_modifiers"]
    for t in doc[end + 1 : min(len(doc), end + 14)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "\"", "\u201c", "\u201d") or (
            t.i in rdoc.by_token and rdoc.by_token[t.i].type == "person"
        ):
            break
        w = fold(t.text)
        if title_head is None and w in gaz.title_words and w not in modifiers:
            if ctx.blocked(t.i):
                return []
            title_head = t
        if title_head is not None and t.lower_ in ("at", "of", "with") and t.i + 1 < len(doc):
            j = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            based = ctx.after_based(j)
            if based is not None:  # "at the Almaty-based think-tank PaperLab": the name after
                j = based
                while j < len(doc) and j not in rdoc.by_token and j < t.i + 9 and (doc[j].is_lower or doc[j].text == "-"):
                    j += 1
            m = rdoc.by_token.get(j)
            if m is not None and m.type == "organisation":
                org, k = m, rdoc.spans[j].end
    if title_head is None or org is None:
        return []
    # the apposition may name the institution's city, then it closes
    if k < len(doc) and doc[k].lower_ == "in" and k + 1 in rdoc.by_token:
        k = rdoc.spans[k + 1].end
    if k < len(doc) and not (doc[k].is_punct or doc[k].lower_ == "and" or doc[k].is_space):
        return []
    title = gaz.titles.get((fold(title_head.text),))
    relation = title.relation if title else "holds-office"
    if relation == "affiliated-with" or (relation == "holds-office" and ctx.is_civil(org.key)):
        r = ctx.relation("affiliated-with", person, (org.key, "organisation"),
                         ctx.evidence(doc[end], "institution-apposition"))
        return [r] if r else []
    return []


def party_candidates(ctx: Context) -> list[Relation]:
    """A party's candidates are affiliated with it: "NPP candidate Nana Akufo-Addo", "NDC
    candidates: A in 2008 and B in 2012", "N, the Labour Party candidate,", "N ran as the
    candidate of the New Patriotic Party". Only a party (a name ending "Party", "Movement",
    "Front", or a known party); not a would-be candidate, nor a clause the text does not assert
    ("N hopes to run as the candidate of the NPP")."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for noun in rdoc.tokens(lex["party_candidate_nouns"]):
        if noun.i in rdoc.by_token or ctx.office_blocked(noun.i):
            continue
        k = noun.i - 1
        while k >= 0 and k not in rdoc.by_token and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and k > noun.i - 3:
            k -= 1  # "NPP presidential candidate"
        party = rdoc.by_token.get(k)
        if party is not None and party.type == "organisation" and rdoc.spans[k].end == k + 1 and _is_party(ctx, party.key):
            people = _people_after(ctx, noun) or _person_in_apposition_before(ctx, rdoc.spans[k].start)
        else:
            party, people = _party_of(ctx, noun), []
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
            if party is None or verb is None or not ctx.asserted(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = rdoc.mention_at(subject) if subject is not None else None
            people = [m] if m is not None and m.type == "person" else []
        ev = ctx.evidence(noun, "party-candidate")
        for person in people:
            r = ctx.relation("affiliated-with", (person.key, "person"), (party.key, "organisation"), ev)
            if r:
                out.append(r)
    return out


def _is_party(ctx: Context, key: str) -> bool:
    entry = ctx.gaz.entries.get(key)
    name = entry.name if entry is not None else key.split(":", 1)[1]
    return name.lower().split()[-1:] in ([w] for w in ctx.lex["party_heads"]) or getattr(entry, "kind", "") == "party"


def _party_of(ctx: Context, noun):
    """ "the candidate of the NPP", "candidate for the Labour Party": the party after the noun."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    m = ctx.rdoc.mention_at(pobj) if pobj is not None else None
    return m if m is not None and m.type == "organisation" and _is_party(ctx, m.key) else None


def _people_after(ctx: Context, noun) -> list:
    """The person named right after the noun ("candidate John Mahama"), or the people listed after
    a plural one and a colon ("candidates: A in 2008 and B in 2012")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    j = noun.i + 1
    plural = noun.lower_.endswith("s")
    if plural and j < len(doc) and doc[j].text == ":":
        j += 1
    found = []
    while j < noun.sent.end:
        m = rdoc.by_token.get(j)
        if m is None or m.type != "person" or rdoc.spans[j].start != j:
            break
        found.append(m)
        if not plural:
            break
        j = rdoc.spans[j].end
        while j < noun.sent.end and j not in rdoc.by_token and (doc[j].lower_ in ("in", ",", "and") or doc[j].like_num):
            j += 1  # "A in 2008 and B in 2012"
    return found


def _person_in_apposition_before(ctx: Context, start: int) -> list:
    """ "N, the NPP candidate,": the person right before ", the"."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if start < 3 or doc[start - 1].lower_ != "the" or doc[start - 2].text != ",":
        return []
    m = rdoc.by_token.get(start - 3)
    return [m] if m is not None and m.type == "person" else []
