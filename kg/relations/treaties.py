"""party-to stated in noun phrases; the clause patterns read "Austria ratified the treaty".

- A named treaty "between" its parties: "the Disengagement Agreement between Israel and Syria",
  "the 1871 Treaty of Washington, between Britain and the United States" (not a "draft" or
  "proposed" one);
- an instrument of a state's ratification or accession handed to a depositary: "handed over the
  instrument of Austria's ratification of the Convention", "Armenia submitted documents
  confirming its ratification of the Rome Statute".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.arguments import entities
from kg.relations.context import Context

__all__ = ["founding_charter_signatories", "founding_treaty_members", "members_by_founding_treaty", "signed_alliance_pacts", "treaty_parties"]


def treaty_parties(ctx: Context) -> list[Relation]:
    return _between(ctx) + _it_was_signed_between(ctx) + _instruments(ctx) + _signatories(ctx) + _states_after_opening(ctx)


def _it_was_signed_between(ctx: Context) -> list[Relation]:
    """ "The Malaysia Agreement is a legal document ... It was signed in London between A, B and
    C": the "it" that opens the sentence is the treaty the sentence before is about (its subject),
    and the states after "between" (two at least) are its parties."""
    out = []
    for verb in ctx.rdoc.tokens(ctx.lex["sign_verb_forms"]):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ != "it" or not ctx.asserted(verb):
            continue
        treaty = ctx.previous_subject(subject)
        if treaty is None or treaty.type != "treaty":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            parties = [p for p in (_parties(ctx, pobj) if pobj is not None else []) if p[1] == "state"]
            if len(parties) >= 2:
                ev = ctx.evidence(prep, "treaty-between-parties")
                out += [r for p in parties if (r := ctx.relation("party-to", p, (treaty.key, "treaty"), ev))]
    return out


def _states_after_opening(ctx: Context) -> list[Relation]:
    """ "In addition to the X Treaty, A and B also signed the Y Agreement": after an opening
    phrase the parser may join the states to it and leave the verb without a subject; the states
    listed between the comma and the verb sign what the verb governs (and what is joined to it)."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for verb in rdoc.tokens(lex["sign_verb_forms"]):
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        k = verb.i
        while k > verb.sent.start and doc[k - 1].dep_ == "advmod" and doc[k - 1].head.i == verb.i:
            k -= 1  # "also"
        states = []
        while k > verb.sent.start:
            m = rdoc.by_token.get(k - 1)
            if m is not None and m.type == "state":
                states.append((m.key, "state"))
                k = rdoc.spans[k - 1].start
            elif doc[k - 1].lower_ == "and" and len(states) == 1:
                k -= 1  # "A and B" only: with commas the opening phrase's last name could be taken in
            else:
                break
        if len(states) != 2 or k <= verb.sent.start or doc[k - 1].text != ",":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        treaties = {m.key for o in objects for t in (o, *o.conjuncts) if (m := rdoc.mention_at(t)) is not None and m.type == "treaty"}
        ev = ctx.evidence(verb, "signed-after-opening-phrase")
        out += [r for t in sorted(treaties) for p in reversed(states) if (r := ctx.relation("party-to", p, (t, "treaty"), ev))]
    return out


def _represented(ctx: Context, token: Token) -> list[tuple[str, str]]:
    """The states (or organisations) the signers at ``token`` act for: a person's one office
    found so far ("President N", "N, Foreign Minister of X"), or the owner of a title that names
    no one ("Kenya's Foreign Minister")."""
    parties = []
    for key, type_ in entities(ctx, token):
        if type_ != "person":
            continue
        offices = {r.target for r in ctx.found if r.source == key and r.relation == "holds-office"}
        states = {t for t in offices if t.startswith("state:")}
        owners = states or offices
        if len(owners) == 1:
            owner = owners.pop()
            parties.append((owner, "state" if owner.startswith("state:") else "organisation"))
    if not parties and token.lower_ in ctx.lex["people_group_heads"] | ctx.lex["plural_office_heads"]:
        parties = _leaders_of(ctx, token)  # "signed by the Heads of State and Government of A, B and C"
    if not parties and ctx.rdoc.mention_at(token) is None and token.pos_ in ("NOUN", "PROPN"):
        if fold(token.text) in ctx.gaz.title_words:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            m = ctx.rdoc.mention_at(owner) if owner is not None else None
            if m is not None and m.type in ("state", "organisation"):
                parties.append((m.key, m.type))
    return parties


def _leaders_of(ctx: Context, token: Token) -> list[tuple[str, str]]:
    """The states a plural noun of leaders names after "of" or "from" ("the Heads of State and
    Government of A, B and C", "trade ministers from A and B"): all of them states, nothing else between."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = token.i + 1
    while k < len(doc) and k - token.i <= 6 and doc[k].lower_ in ("of", "from", "state", "states", "and", "government", "governments", "the"):
        k += 1  # (also "Trade ministers from A, B and C")
    if k == token.i + 1 or doc[k - 1].lower_ not in ("of", "from", "the") or k not in rdoc.by_token:
        return []
    first = rdoc.by_token[k]
    if first.type != "state" or rdoc.spans[k].start != k:
        return []
    return [(m.key, "state") for m in [first, *ctx.list_after(rdoc.spans[k].end, "state")]]


def _signatories(ctx: Context) -> list[Relation]:
    """A treaty signed by people: each signer's state is a party ("The Treaty was signed by
    Somalia's President N", "Kiribati President N signed the Suva Agreement"). The clause
    patterns read states that sign; here the signer is a person or a title."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for i, m in rdoc.by_token.items():
        span = rdoc.spans[i]
        if m.type != "treaty" or i != span.start:
            continue
        root = span.root
        verb = root.head
        signed = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex["sign_verbs"]), None)
        if signed is not None:
            verb = signed  # "the Minsk Agreement, signed by the leaders of A, B and C, ...": a reduced relative
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["sign_verbs"] or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue  # "will sign": a signing to come
        if signed is None and root.dep_ == "dobj":
            signers = [c for c in verb.children if c.dep_ == "nsubj"]
        elif signed is not None or root.dep_ == "nsubjpass":
            signers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        ev = ctx.evidence(verb, "signed-by-representative")
        for signer in [*signers, *(c for t in signers for c in t.conjuncts)]:
            out += [r for p in _represented(ctx, signer) if (r := ctx.relation("party-to", p, (m.key, "treaty"), ev))]
    return out


def _between(ctx: Context) -> list[Relation]:
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for i, m in rdoc.by_token.items():
        span = rdoc.spans[i]
        if m.type != "treaty" or i != span.start:
            continue
        if any(t.lower_ in lex["unrealised_treaty_words"] for t in doc[max(0, span.start - 3) : span.end]):
            continue  # "a proposed Treaty of Friendship between A and B"
        preps = [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "between" and c.i >= span.end]
        root = span.root
        if not preps and root.dep_ == "nsubj" and root.head.lemma_ == "be":
            # "The Petropolis Treaty was an agreement between A and B": the predicate's "between"
            preps = [c for a in root.head.children if a.dep_ == "attr" and a.lower_ in lex["treaty_heads"]
                     for c in a.children if c.dep_ == "prep" and c.lower_ == "between"]
        if not preps:  # "the Treaty of Ancon (1883), an agreement between A and B": in apposition
            preps = [c for a in root.children if a.dep_ == "appos" and a.lower_ in lex["treaty_heads"]
                     for c in a.children if c.dep_ == "prep" and c.lower_ == "between"]
        for prep in preps[:1]:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            parties = _parties(ctx, pobj) if pobj is not None else []
            if len(parties) < 2 or not ctx.asserted(prep, "negation-only"):
                continue
            ev = ctx.evidence(prep, "treaty-between-parties")
            out += [r for p in parties if (r := ctx.relation("party-to", p, (m.key, "treaty"), ev))]
    return out


def _parties(ctx: Context, pobj: Token) -> list[tuple[str, str]]:
    """The states and organisations after "between": names, or the demonyms of "the Brazilian
    and Bolivian governments"."""
    parties = [e for e in entities(ctx, pobj) if e[1] in ("state", "organisation")]
    if not parties and pobj.lower_ in ctx.lex["state_nouns_plural"]:
        # "a treaty between the countries of Argentina, Brazil, Paraguay and Uruguay"
        of = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        parties = [e for e in entities(ctx, of) if e[1] == "state"] if of is not None else []
    if not parties and pobj.lower_ in ctx.lex["government_sides"]:
        for adj in (a for c in pobj.children if c.dep_ == "amod" for a in (c, *c.conjuncts)):
            state = ctx.demonym_state(adj)
            if state and (state, "state") not in parties:
                parties.append((state, "state"))
    return parties


def _governing_verb(token: Token, lemmas, hops: int = 4) -> Token | None:
    """The verb of ``lemmas`` that ``token`` hangs from, a few object and preposition links up."""
    node = token
    for _ in range(hops):
        if node.dep_ not in ("dobj", "pobj", "prep", "acl") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lemmas:
            return node
    return None


def _listed_by_copula(ctx: Context, noun: Token) -> list[tuple[str, str]]:
    """ "The countries that have deposited ... are A, B and C": the list a copula gives the group
    noun the relative clause describes."""
    if noun.lower_ not in ctx.lex["group_nouns"] or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    attr = next((c for c in noun.head.children if c.dep_ == "attr"), None)
    return entities(ctx, attr) if attr is not None and not any(c.dep_ == "neg" for c in noun.head.children) else []


def _instruments(ctx: Context) -> list[Relation]:
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for act in rdoc.tokens(lex["treaty_act_nouns"]):
        owner = next((c for c in act.children if c.dep_ == "poss"), None)
        instrument = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.lower_ in lex["instrument_nouns"] else None
        if owner is None and instrument is not None:  # "depositing its instrument of accession to the Treaty"
            owner = next((c for c in instrument.children if c.dep_ == "poss"), None)
        # "ratification of the Treaty", "instruments of ratification of the Treaty", "instruments of
        # Treaty ratification"
        treaty = next((g for h in (act, instrument) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
                       for g in c.children if g.dep_ == "pobj" and (mt := rdoc.mention_at(g)) is not None and mt.type == "treaty"), None) \
            or next((c for c in act.children if c.dep_ == "compound" and (mt := rdoc.mention_at(c)) is not None and mt.type == "treaty"), None)
        verb = _governing_verb(act, lex["instrument_verbs"]) if (owner is not None or instrument is not None) and treaty is not None else None
        if verb is None or not ctx.asserted(verb) or any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue  # not "will deposit its instrument of ratification next month"
        if owner is None or owner.lower_ in ("its", "their"):
            # "Armenia submitted documents confirming its ratification", "North Macedonia became a member
            # upon depositing its instrument of accession", "X's Foreign Minister deposited the instruments"
            clause = verb
            while not any(c.dep_ == "nsubj" for c in clause.children) and clause.dep_ in ("acl", "advcl", "xcomp", "dobj", "pcomp", "prep") \
                    and clause.head.i != clause.i:
                clause = clause.head
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            parties = (entities(ctx, subject) + _represented(ctx, subject)) if subject is not None else []
            if not parties and clause.dep_ == "relcl":
                parties = _listed_by_copula(ctx, clause.head)
        else:
            parties = entities(ctx, owner)
        treaties = [mt for t in (treaty, *treaty.conjuncts) if (mt := rdoc.mention_at(t)) is not None and mt.type == "treaty"]
        ev = ctx.evidence(act, "instrument-of-ratification")
        out += [r for p in dict.fromkeys(parties) if p[1] in ("state", "organisation") for mt in treaties
                if (r := ctx.relation("party-to", p, (mt.key, "treaty"), ev))]
    return out


def founding_treaty_members(ctx: Context) -> list[Relation]:
    """The states that signed, in one sentence, the treaty that sentence says created an
    intergovernmental organisation are its founding members: "A, B and C signed the Agreement on
    the Mekong River Basin that created the Mekong River Commission" (not a treaty signed later)."""
    out: list[Relation] = []
    created = [r for r in ctx.found if r.relation == "establishes" and r.basis == "explicit" and ctx.kind(r.target) == "intergovernmental"]
    for made in created:
        for r in ctx.found:
            if r.relation == "party-to" and r.target == made.source and r.source.startswith("state:") and r.basis == "explicit" \
                    and r.evidence.start == made.evidence.start and r.evidence.rule.split(":")[0] in ("signed-treaty", "signed-by-representative"):
                m = ctx.relation("member-of", (r.source, "state"), (made.target, "organisation"), replace(r.evidence, rule="signed-founding-treaty"))
                if m:
                    out.append(m)
    return out


def founding_charter_signatories(ctx: Context) -> list[Relation]:
    """The states that signed an unnamed founding text of an intergovernmental organisation are its
    members: "Burkina Faso, Mali and Niger signed a charter establishing the Alliance of Sahel
    States" (the signers the verb's subject names; not "agreed to sign", "a draft charter", nor a
    text that only "would establish" it)."""
    out: list[Relation] = []
    lex = ctx.lex
    for verb in ctx.rdoc.tokens(lex["sign_verb_forms"]):
        if verb.lemma_.lower() != "sign" or verb.pos_ != "VERB" or not ctx.asserted(verb):
            continue
        for text in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex["founding_document_nouns"] and c.i not in ctx.rdoc.by_token):
            if any(a.lower_ in lex["unrealised_treaty_words"] for a in text.children):
                continue
            founds = [a for a in text.children if a.dep_ == "acl" and a.lemma_.lower() in lex["establish_verbs"] and a.tag_ in ("VBG", "VBN")]
            orgs = [m for a in founds for c in a.children if c.dep_ == "dobj" and (m := ctx.rdoc.mention_at(c)) is not None
                    and m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"]
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if len(orgs) != 1 or subject is None:
                continue
            ev = ctx.evidence(verb, "signed-founding-charter")
            span = ctx.rdoc.span_at(subject)  # (word order too: "On July 6, A, B, and C signed", which the parse may break)
            listed = [(m.key, m.type) for m in ctx.listed_before(span.end - 1)] if span is not None else []
            for key, type_ in dict.fromkeys(entities(ctx, subject) + listed):
                r = ctx.relation("member-of", (key, type_), (orgs[0].key, "organisation"), ev) if type_ == "state" else None
                if r:
                    out.append(r)
    return out


def signed_alliance_pacts(ctx: Context) -> list[Relation]:
    """The states that signed a pact which is itself the organisation are its members: "In 1955
    Albania, Bulgaria, ... and the Soviet Union signed the Warsaw Pact" (an organisation kg knows
    by a treaty's name: "Pact", "Treaty"). Not a signing still to come or denied."""
    out: list[Relation] = []
    lex = ctx.lex
    for verb in ctx.rdoc.tokens(lex["sign_verb_forms"]):
        if verb.lemma_.lower() != "sign" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or not ctx.asserted(verb):
            continue  # (a past signing: "will sign" is no VBD or VBN)
        orgs = [m for c in verb.children if c.dep_ == "dobj" and (m := ctx.rdoc.mention_at(c)) is not None and m.type == "organisation"
                and ctx.kind(m.key) == "intergovernmental" and fold(ctx.gaz.entries[m.key].name).split()[-1] in lex["treaty_heads"]]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if len(orgs) != 1 or subject is None:
            continue
        ev = ctx.evidence(verb, "signed-alliance-pact")
        for key, type_ in dict.fromkeys(entities(ctx, subject)):  # (not "Unlike Yugoslavia, A and B signed": the subject's own list)
            r = ctx.relation("member-of", (key, type_), (orgs[0].key, "organisation"), ev, date=ctx.year(verb)) if type_ == "state" else None
            if r:
                out.append(r)
    return out


def members_by_founding_treaty(ctx: Context) -> list[Relation]:
    """ "The OECS was established by the signing of the Treaty of Basseterre ... The Treaty was
    signed by A, B and C": the signers of the treaty the text says established an
    intergovernmental organisation are its members, wherever the text names them (only signatures
    the text states; not a treaty that "would establish" it)."""
    lex, rdoc, out = ctx.lex, ctx.rdoc, []
    founded: dict[str, str] = {}  # treaty -> organisation
    for verb in rdoc.tokens(lex["founding_verb_forms"]):
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or not ctx.asserted(verb):
            continue
        orgs = [m for c in verb.children if c.dep_ == "nsubjpass" and (m := rdoc.mention_at(c)) is not None
                and m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"]
        by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        by += [g for t in by if t.lower_ in lex["signing_nouns"] for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]  # "by the signing of the Treaty of Basseterre"
        treaties = [m for t in by if (m := rdoc.mention_at(t)) is not None and m.type == "treaty"]
        if len(orgs) == 1 and len(treaties) == 1:
            founded[treaties[0].key] = orgs[0].key
    for r in list(ctx.found):
        org = founded.get(r.target)
        if org and r.relation == "party-to" and r.source.startswith("state:") and r.basis == "explicit" \
                and r.evidence.rule.split(":")[0] in lex["signature_rules"]:
            m = ctx.relation("member-of", (r.source, "state"), (org, "organisation"), replace(r.evidence, rule="signed-founding-treaty"))
            if m:
                out.append(m)
    return out
