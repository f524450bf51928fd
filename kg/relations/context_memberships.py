"""member-of whose organisation the text gave a moment before, not in the sentence itself.

- a state called a member with no organisation after it: "Sudan, also a member, froze its
  participation", "accusing fellow member Rwanda", "Finland and Sweden are now member countries",
  "the remaining members, among them Nigeria and Ghana,";
- a joining with no object: "India and Pakistan were admitted in 2017, and Iran joined last year";
- the states a counted joining comes "after": "the fourth Latin American nation to join the
  organisation, after Mexico, Colombia and Chile".

The organisation is the one whose membership the text stated in this or the previous sentence,
or else the one intergovernmental organisation named there (:func:`context_organisation`); with
two candidates nothing is read. Memberships the sentence states whole are in
:mod:`kg.relations.memberships`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import entities, list_head_before, names_from, set_apart
from kg.relations.bodies import organ_parent
from kg.relations.context import Context, is_possessive
from kg.relations.lines import line_of
from kg.relations.memberships import as_member_phrase, count_before
from kg.relations.modality import scheduled

__all__ = ["admitted_were", "context_organisation", "its_members_which_are", "joined_by_new_members", "members_before_the_ordinal", "memberships_from_context"]


def context_organisation(ctx: Context, token: Token, *, stated_only=False, before=False, also=()) -> tuple[str, str] | None:
    """The organisation a membership without one means: the one whose membership the text
    stated in this or the previous sentence, or else the one intergovernmental organisation
    named there."""
    doc, rdoc = ctx.doc, ctx.rdoc
    sent = token.sent
    window = ctx.window_start(token)
    orgs = {r.target for r in (*ctx.found, *also) if r.relation == "member-of" and r.target.startswith("org:")
            and doc[window].idx <= r.evidence.start <= token.idx}
    if not orgs and not stated_only:
        # organs count as candidates too: "a permanent member" beside the UN and its Security
        # Council is ambiguous, so nothing
        # (an organ kg does not know by name stands for its organisation: "the Council of Foreign
        # Ministers of the OIC met ... The following member states attended")
        orgs = {key for i, m in rdoc.by_token.items() if window <= i < (token.i if before else sent.end) and m.type == "organisation"
                and ctx.kind(key := organ_parent(ctx, m.key) or m.key) in ("intergovernmental", "agency-or-body")}
        if not orgs:  # "... the fourth nation to apply to join the organization. Last year A and B became members." ("the forum")
            orgs = {m.key for t in doc[window : sent.start] if t.lower_ in ctx.lex["generic_bloc_nouns"] | ctx.lex["near_bloc_nouns"]
                    and (m := ctx.described_organisation(t)) is not None and ctx.kind(m.key) == "intergovernmental"}
        if any(ctx.kind(k) != "intergovernmental" for k in orgs):
            return None
    return (orgs.pop(), "organisation") if len(orgs) == 1 else None


def _member_in_context(ctx: Context, token: Token) -> list[Mention] | None:
    """The members a "member"/"members" at ``token`` stands for when no organisation follows it;
    None when the phrase names its organisation or is not a membership at all."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    if token.i in rdoc.by_token or ctx.non_member(token):
        return None  # "Associate Members", "the future members"
    closers = (",", "-", "\u2013", "\u2014")  # what ends an apposition or opens a list
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    head = token
    if after is not None and (after.lower_ in lex["state_nouns"] or after.lower_ in lex["legislature_plurals"]):
        head, after = after, (doc[after.i + 1] if after.i + 1 < len(doc) else None)
    if after is not None and after.lower_ == "as" and after.i + 2 < len(doc) and doc[after.i + 1].lower_ == "follows":
        after = doc[after.i + 2]  # "delegations from 24 member parliaments as follows:"
    if after is not None and after.lower_ in ("of", "to"):
        return None  # the organisation is named: the other rules' business
    k = token.i - 1
    while k >= 0 and (doc[k].lower_ in lex["context_member_qualifiers"] or doc[k].tag_ in ("JJ", "CD") and doc[k].is_lower):
        k -= 1
    copula = head.dep_ == "attr" and head.head.lemma_ in ("be", "become")
    if k >= 0 and (k in rdoc.by_token or is_possessive(doc[k]) or doc[k].lower_ in ("its", "their") and not copula):
        return None  # "NATO member", "the bloc's members", "its members": an owner is named
    # (but "A and B are its founding members": "its" is the organisation just named, as with no owner)
    if doc[token.i - 1].lower_ in lex["peer_member_qualifiers"] and after is not None and after.i in rdoc.by_token:
        first = rdoc.by_token[after.i]  # "accusing fellow member Rwanda", "joining current members A and B"
        return [first] + ctx.list_after(rdoc.spans[after.i].end, first.type)
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become") and (
            head.lower_ in ("member", "members") or head is not token or _founder_countries(ctx, token)):
        # "Haiti is also a member", "Finland and Sweden are now member countries"
        if not ctx.asserted(head.head):  # "Haiti is also a member", "Bolivia became a full member in July"
            return None
        node = head.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        while subject is None and node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
            node = node.head  # "A and B are due to become members": the subject of "are"
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in lex["state_nouns_plural"]:
            # "countries like Nepal, India and Bhutan are members": the examples are all members
            like = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("like", "including")
                         for g in c.children if g.dep_ == "pobj"), None)
            return [Mention(k, "", t, "", 0, 0) for k, t in entities(ctx, like) if t == "state"] if like is not None else []
        found = [m for t in ((subject, *subject.conjuncts) if subject is not None else ())
                 if (m := rdoc.mention_at(t)) is not None]
        if found and rdoc.span_at(subject) is not None:  # "Last year Nauru, Tonga and Kiribati became members"
            found = [Mention(k, "", t, "", 0, 0) for k, t in list_head_before(ctx, rdoc.span_at(subject), found[0].type)] + found
            found += [m for m in ctx.list_after(rdoc.span_at(subject).end, found[-1].type) if m.key not in {f.key for f in found}]
        return found
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and head.head.tag_ == "VBP" and ctx.asserted(head.head) \
            and any(c.lower_ == "the" for c in head.children):
        # "The other new members are A, B and C": the copula names them (present: "the new members were" may be long gone)
        attr = next((c for c in head.head.children if c.dep_ == "attr" and rdoc.mention_at(c) is not None), None)
        first, span = (rdoc.mention_at(attr), rdoc.span_at(attr)) if attr is not None else (None, None)
        return [first] + ctx.list_after(span.end, "state") if first is not None and first.type == "state" and span is not None else None
    if k >= 1 and doc[k].text == "," and after is not None and (after.text in closers or after.lower_ in ("with", "since", "and")):
        if not ctx.asserted(token, "negation-only"):  # "Sudan, also a member,"
            return None
        return ctx.listed_before(k - 1)
    if head.dep_ in ("nsubj", "nsubjpass") and token.i >= 1 and doc[min(k + 1, token.i - 1)].lower_ == "following":
        # "The following member states attended the meeting: A, B, C": the colon that ends the
        # subject's clause opens the list of them
        colon = next((t for t in doc[head.i + 1 : head.sent.end] if t.text == ":"), None)
        if colon is None or colon.i + 1 >= len(doc) or any(i in rdoc.by_token for i in range(head.i + 1, colon.i)) \
                or not ctx.asserted(head.head):
            return None
        listed, _ = names_from(ctx, colon.i + 1)
        return [m for m in listed if m.type == "state"]
    if after is not None and after.text == ":" and after.i + 1 < len(doc):
        # "three of the five full members: Vanuatu, Solomon Islands and the FLNKS"
        start = after.i + 1
        while start < len(doc) - 1 and doc[start].is_space:
            start += 1  # the list may open the next paragraph, as a list: nothing but names up to its end
        listed, last = names_from(ctx, start)
        if start > after.i + 1 and any(not (t.is_punct or t.is_space) for t in doc[last : line_of(doc, max(last - 1, start))[1]]):
            return None
        if not listed or not ctx.asserted(head):
            return None  # not "could have four members: ..."
        count = count_before(ctx, token.i, max(0, token.i - 4))
        return listed if count is None or len(listed) <= count else None
    if after is not None and after.lower_ == "including" and head.dep_ == "dobj" and head.head.lemma_ == "have" \
            and head.i + 2 < len(doc) and ctx.asserted(head.head, "negation-only"):
        # "the organization has nine members including A, B and C": those named are among them
        first = rdoc.by_token.get(head.i + 2)
        if first is not None and first.type == "state":
            return [first] + ctx.list_after(rdoc.spans[head.i + 2].end, "state")
    if after is not None and after.lower_ == "such" and head.i + 3 < len(doc) and doc[head.i + 2].lower_ == "as" and head.i < head.sent.start + 3 \
            and ctx.asserted(head, "negation-only"):
        # "APEC comprises 21 economies. Member states such as A, B and C are also G20 members": examples of
        # the members of the organisation the text just named (a subject: its own clause may name another)
        first = rdoc.by_token.get(head.i + 3)
        if first is not None and first.type == "state" and rdoc.spans[head.i + 3].start == head.i + 3:
            return [first] + ctx.list_after(rdoc.spans[head.i + 3].end, "state")
    if after is not None and head is not token and after.lower_ in ("including", "namely") and head.i + 2 < len(doc) \
            and not ctx.blocked(head.i) and ctx.asserted(head, "negation-only"):
        # "with the participation of member countries including A, B and C": those named are members
        first = rdoc.by_token.get(head.i + 2)
        count = count_before(ctx, token.i, max(0, token.i - 3))
        if first is not None and first.type == "state" and rdoc.spans[head.i + 2].start == head.i + 2:
            listed = [first] + ctx.list_after(rdoc.spans[head.i + 2].end, "state")
            # (but "comprises ten member states including A, B and C": a count the list leaves open is no list of members)
            return listed if count is None or count == len(listed) else None
    if after is not None and after.text in closers and head.i + 3 < len(doc):
        # "the remaining members, among them Nigeria and Ghana," / "member states - A and B among them -"
        j = head.i + 2
        if doc[j].lower_ in ("among", "including") or (doc[j].lower_ == "such" and doc[j + 1].lower_ == "as"):
            j += 1 + (doc[j].lower_ in ("among", "such"))
        first = rdoc.by_token.get(j)
        if first is None or first.type != "state" or not ctx.asserted(head, "negation-only"):
            return None
        listed = [first] + ctx.list_after(rdoc.spans[j].end, "state")
        last = max(i for i, m in rdoc.by_token.items() if m is listed[-1] and i >= j)
        closing = doc[last + 1 : last + 3]
        if doc[head.i + 2].lower_ in ("among", "including", "such") or [t.lower_ for t in closing] == ["among", "them"]:
            return listed
        count = count_before(ctx, token.i, max(0, token.i - 3))
        if after.text != "," and count == len(listed) and ctx.spaced_dash(last + 1):
            return listed  # "all six member nations - A, B, C, D, E and F -": a count the list fills, between dashes
    return []


def memberships_from_context(ctx: Context) -> list[Relation]:
    """Memberships whose organisation the text gave a moment before (see
    :func:`context_organisation`): "IGAD groups eight states ... . Sudan, also a member, froze
    its participation"; "accusing fellow member Rwanda"; "The Philippines and Vietnam, both
    members with claims in the sea,"; "Bolivia became a full member in July"; "the remaining
    members, among them Nigeria and Ghana,"; "Several member states - Hungary and Serbia among
    them -"; "India and Pakistan were admitted in 2017, and Iran joined last year"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(lex["context_membership_words"]):
        members: list[Mention] | None = []
        rule = "membership-in-context"
        if token.lemma_.lower() in lex["context_join_lemmas"] and token.pos_ == "VERB":
            members, rule = _joined_without_object(ctx, token), "join-in-context"
            if members and as_member_phrase(ctx, token) is not None:
                rule = "joined-as-member-in-context"  # "after Belarus joined as a full member": a membership, whose organisation is near
        elif (token.lower_ in ("member", "members") or _founder_countries(ctx, token)) and token.i >= 2:
            members = _member_in_context(ctx, token)
        if not members or ctx.blocked(token.i) or (token.i > 0 and doc[token.i - 1].lower_ == "permanent"):
            continue  # "a permanent member" holds a council seat, whatever organisation is near
        sent = token.sent
        relation = "member-of"
        if rule == "membership-in-context" and token.dep_ == "attr" and scheduled(token, lex) and ctx.asserted(token.head):
            relation, rule = "seeks-membership", "scheduled-accession-in-context"  # "when A and B are due to become members"
        elif any(t.lemma_.lower() in lex["withdraw_verbs"] or (t.lower_ in ("will", "would") and t.dep_ == "aux") for t in sent):
            continue  # "Mauritania, a founding member, quit in 2000"; "Sweden will become a member"
        such_as = token.i + 3 < len(doc) and doc[token.i + 2].lower_ == "such" and doc[token.i + 3].lower_ == "as"
        summit = rule == "join-in-context" and any(t.lower_ in lex["summit_nouns"] for t in doc[: sent.end])  # "Australia joined later in the day"
        target = context_organisation(ctx, token, stated_only=rule == "join-in-context", before=such_as, also=() if summit else out)
        if target is None and token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
            bloc = ctx.only_bloc_before(token)  # "the five full members: A, B, C": the one bloc the article is about
            target = (bloc.key, "organisation") if bloc is not None else None
        if target is None:
            continue
        ev = ctx.evidence(token, rule)
        for member in members:
            r = ctx.relation(relation, (member.key, member.type), target, ev)
            if r:
                out.append(r)
    return out


def _founder_countries(ctx: Context, token: Token) -> bool:
    """ "A, B and C are the founding countries": founder states named as such, a membership
    whose organisation the text gave a moment before (not "the founding fathers")."""
    return token.lower_ in ctx.lex["state_nouns_plural"] and token.i >= 1 and ctx.doc[token.i - 1].lower_ in ctx.lex["founder_qualifiers"]


def _joined_without_object(ctx: Context, verb: Token) -> list[Mention]:
    """ "Iran joined last year", "India and Pakistan were admitted in 2017": a state that joins
    with no object, no "to" and nothing else the verb could be about."""
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if (verb.lemma_.lower() == "admit") != passive:
        return []  # "were admitted", "joined"; not "admitted" (confessed) or "was joined by"
    as_member = as_member_phrase(ctx, verb)  # "joined as a full member"
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "npadvmod", "punct", "cc", "conj", "neg"):
            continue
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and any(g.ent_type_ == "DATE" for g in c.children):
            continue  # "in 2017"
        if c == as_member or c.dep_ == "mark" and c.lower_ in ctx.lex["temporal_clause_marks"]:
            continue  # "joined as a full member"; "after Belarus joined" (not "if Belarus joined")
        return []
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or not ctx.asserted(verb):
        return []
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    if subject.lower_ in ctx.lex["relative_pronouns"]:  # "Austria, which joined in 1995,"
        return [Mention(key, "", type_, subject.text, subject.idx, subject.idx) for key, type_ in entities(ctx, subject)
                if type_ == "state"]
    found = [m for t in (subject, *subject.conjuncts) if (m := ctx.rdoc.mention_at(t)) is not None]
    return found if found and all(m.type == "state" for m in found) else []


def joined_by_new_members(ctx: Context) -> list[Relation]:
    """The states the members "were joined by": "the five founding member nations were joined by
    Qatar, Indonesia and Libya", "NATO's original members have since been joined by A and B". The
    organisation is the members' owner, or else the one the text is about at that point."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for verb in rdoc.tokens(("joined",)):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subject is None or agent is None or verb.tag_ != "VBN" or not (
                subject.lower_ == "members" or subject.lower_ in lex["state_nouns_plural"]
                and any(c.lower_ == "member" or c.lower_ in lex["founder_qualifiers"] for c in subject.children)):
            continue
        if ctx.non_member(subject) or ctx.blocked(verb.i) or not ctx.asserted(verb) or scheduled(verb, lex):
            continue
        if any(c.dep_ in ("prep", "advcl", "xcomp", "pcomp") and c.i > verb.i and c.lower_ != "since" and not _dated(c) for c in verb.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("in", "for", "at", "as", "on") and not _dated(c) for c in agent.subtree):
            continue  # "were joined by Norway in imposing sanctions", "by India for an outreach session", "as dialogue partners"
        owner = next((m for c in subject.children if c.dep_ == "poss" and (m := rdoc.mention_at(c)) is not None), None) or next(
            (m for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and (m := rdoc.mention_at(g)) is not None), None)
        target = (owner.key, owner.type) if owner is not None and owner.type == "organisation" else context_organisation(ctx, verb)
        basis = "explicit" if owner is not None and owner.type == "organisation" else "context"
        first = rdoc.mention_at(agent)
        if target is None or first is None or first.type != "state":
            continue
        members = [first] + ctx.list_after(rdoc.span_at(agent).end, "state")
        ev = ctx.evidence(verb, "members-joined-by")
        out += [r for m in members if (r := ctx.relation("member-of", (m.key, m.type), target, ev, basis=basis))]
    return out


def _dated(prep: Token) -> bool:
    """ "in 1984", "in March": a preposition that only dates the clause."""
    return any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in prep.children)


def admitted_were(ctx: Context) -> list[Relation]:
    """An inverted passive of admission: "Simultaneously admitted were A, B and C", "Also admitted
    was D": the states named after the copula, to the organisation named after "to" or the one the
    text is about at that point."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out = []
    for verb in rdoc.tokens(("admitted",)):
        j = next((t.i for t in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)] if t.lower_ in ("were", "was")), len(doc))
        if any(t.pos_ not in ("ADP", "DET", "PROPN", "NOUN") for t in doc[verb.i + 1 : j]):
            continue  # only "to the OIC" between: "Also admitted to the OIC were A and B"
        if verb.tag_ != "VBN" or j + 1 >= len(doc) or any(
                c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i for c in verb.children) or not ctx.asserted(verb) or ctx.blocked(verb.i):
            continue
        first = rdoc.by_token.get(j + 1)
        if first is None or first.type != "state" or rdoc.spans[j + 1].start != j + 1 or rdoc.spans[j + 1].end < len(doc) and is_possessive(doc[rdoc.spans[j + 1].end]):
            continue  # (not "Also admitted were Syria's ministers")
        to = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
        named = next((m for g in to if (m := rdoc.mention_at(g)) is not None), None)
        before = doc[verb.sent.start - 1].sent if verb.sent.start > 0 else None  # without "to X": only after an admission of members
        told = before is not None and any(t.lemma_.lower() in ("admit", "admission", "member") for t in before)
        target = (named.key, named.type) if named is not None and named.type == "organisation" else None if to or not told \
            else context_organisation(ctx, verb)
        if target is None:
            continue
        apart = set_apart(ctx, doc[j])  # "Admitted were A and B as observers"
        members = [m for m in [first] + ctx.list_after(rdoc.spans[j + 1].end, "state") if m.key not in apart]
        ev = ctx.evidence(verb, "admitted-were")
        out += [r for m in members if (r := ctx.relation("member-of", (m.key, m.type), target, ev, basis="explicit" if named else "context"))]
    return out


def members_before_the_ordinal(ctx: Context) -> list[Relation]:
    """ "Costa Rica is the fourth Latin American nation to join the organisation, after Mexico,
    Colombia and Chile": a joining counted by an ordinal, and the states it comes "after", who
    joined before. Not "after talks", "after Mexico's objections" (no state there), nor without an
    ordinal ("joined NATO after Russia's invasion": an event, not a count)."""
    rdoc, lex, out = ctx.rdoc, ctx.lex, []
    for after in rdoc.tokens(("after",)):
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if after.dep_ != "prep" or pobj is None or (m := rdoc.mention_at(pobj)) is None or m.type != "state":
            continue
        sent = after.sent
        ordinal = next((t for t in sent if t.ent_type_ == "ORDINAL" and t.i < after.i), None)
        join = next((t for t in sent if t.lemma_.lower() in lex["join_verbs"] and ordinal is not None and ordinal.i < t.i < after.i), None)
        obj = next((c for c in join.children if c.dep_ == "dobj"), None) if join is not None else None
        org = (rdoc.mention_at(obj) or ctx.described_organisation(obj)) if obj is not None else None
        if org is None or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental" or not ctx.asserted(join, "negation-only"):
            continue
        ev = ctx.evidence(after, "members-before-the-ordinal")
        basis = "explicit" if rdoc.mention_at(obj) is not None else "context"
        out += [r for key, type_ in entities(ctx, pobj) if type_ == "state"
                and (r := ctx.relation("member-of", (key, type_), (org.key, "organisation"), ev, basis=basis))]
    return out


def its_members_which_are(ctx: Context) -> list[Relation]:
    """ "The SICA presidency rotates among its members, which are A, B and C": "its" is the one
    organisation named in this sentence or the one before, and the copula lists its members (not
    "its members, which are due to meet", a clause with no names)."""
    out: list[Relation] = []
    for token in ctx.rdoc.tokens(("members",)):
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children) or ctx.non_member(token):
            continue
        for copula in (c for c in token.children if c.dep_ == "relcl" and c.lemma_ == "be" and ctx.asserted(c)):
            if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in copula.children):
                continue
            owner = ctx.only_organisation_before(token) or _one_organisation_in_sentence(ctx, token)
            attr = next((c for c in copula.children if c.dep_ == "attr"), None)
            first = ctx.rdoc.mention_at(attr) if attr is not None else None
            if owner is None or first is None or first.type != "state" or ctx.kind(owner[0]) != "intergovernmental":
                continue
            ev = ctx.evidence(copula, "its-members-which-are")
            for m in [first] + ctx.list_after(ctx.rdoc.span_at(attr).end, "state"):
                r = ctx.relation("member-of", (m.key, "state"), owner, ev)
                if r:
                    out.append(r)
    return out


def _one_organisation_in_sentence(ctx: Context, token: Token) -> tuple[str, str] | None:
    """The one organisation named in ``token``'s sentence before it ("The SICA presidency ... its")."""
    sent = token.sent
    keys = {m.key for i, m in ctx.rdoc.by_token.items() if sent.start <= i < token.i and m.type == "organisation"}
    return (keys.pop(), "organisation") if len(keys) == 1 else None
