"""member-of from the lists of members news prose gives an organisation (what an organisation
is made of is in :mod:`kg.relations.compositions`):

- a membership noun with its organisation, then the members: "all member states of the union -
  A, B and C -", "two members of the G7, Japan and Canada,";
- the states that form or found an organisation.

The lists are read off word order, since the parse of long lists is unreliable.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import entities, names_from
from kg.relations.context import Context
from kg.relations.memberships import count_before, members_of
from kg.relations.modality import scheduled

__all__ = ["counted_members_listed", "joined_before_the_clause", "members_among", "members_and_the_others", "joined_along_with", "joined_by", "members_bracketed_in_context", "members_labelled_in_brackets", "joined_in_turn", "members_of_listed", "members_of_the_subject",
           "states_that_make_up"]


def members_of_listed(ctx: Context) -> list[Relation]:
    """A membership noun with its organisation, then the members: "the presidents of all member
    countries of the union - Kyrgyzstan, Russia, ...", "the member states of ECOWAS: A, B and C",
    "two members of the G7, Japan and Canada,". After a comma only a count the list fills makes
    the names the members ("members of the EU, Norway and Iceland" may add two outsiders)."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("member", "members")):
        head = token
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex["state_nouns"]:
            head = doc[token.i + 1]  # "member countries of the union"
        j = head.i + 1
        if j + 2 >= len(doc) or doc[j].lower_ != "of" or token.i in rdoc.by_token or ctx.non_member(token):
            continue
        j += 1 + (doc[j + 1].lower_ == "the")
        org = rdoc.by_token.get(j)
        if org is not None and rdoc.spans[j].start == j:
            j = rdoc.spans[j].end
        elif org is None and doc[j].pos_ in ("NOUN", "PROPN"):
            org = ctx.described_organisation(doc[j])  # "of the union", "of the bloc"
            j += 1
        if org is None or org.type != "organisation" or j + 1 >= len(doc):
            continue
        if doc[j].text == "(" and (short := rdoc.by_token.get(j + 1)) is not None and short.key == org.key and rdoc.spans[j + 1].end + 1 < len(doc) \
                and doc[rdoc.spans[j + 1].end].text in (")", "):"):
            j = rdoc.spans[j + 1].end + (doc[rdoc.spans[j + 1].end].text == ")")  # "the 10 members of the Association of
            # Southeast Asian Nations (ASEAN): A, B": its other name ("):" is one token)
        comma = doc[j].text == ","
        if not (comma or doc[j].text in (":", "(", "):") or ctx.spaced_dash(j)):
            continue
        j += 1
        for opener in lex["list_openers"]:  # "(these are A, B and C)", ", namely A and B"
            words = opener.split()
            if [t.lower_ for t in doc[j : j + len(words)]] == words:
                j += len(words)
                comma = False
                break
        members, after = names_from(ctx, j)
        if doc[j - 1].text == "(" and len(members) == 1 and members[0].type == "organisation" and after < len(doc) and doc[after].text == ")":
            continue  # "a member of the Common Market of the South (Mercosur)": the same organisation's other name
        members = [m for m in members if m.type == "state" or ctx.kind(m.key) == "intergovernmental"]
        if not members or (comma and count_before(ctx, token.i, token.i - 3) != len(members)):
            continue
        if ctx.blocked(token.i) or not ctx.asserted(token, "negation-only"):
            continue
        out += members_of(ctx, members, org, ctx.evidence(token, "members-of-listed"))
    return out


_JOIN_RULES = ("join-member-of", "joined-as-member", "admitted-to", "was-admitted-to", "admitted-as-member", "became-member",
               "became-member-compound", "was-country-to-join")


def joined_in_turn(ctx: Context) -> list[Relation]:
    """ "Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997, and
    Cambodia in 1999": the states that followed joined the same organisation. Only a run of
    state names, years and "in", "and", "then" after "followed by"."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for token in rdoc.tokens(("followed",)):
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "by":
            continue
        sent = token.sent
        joins = {(r.target, r.evidence.rule) for r in ctx.found if r.relation == "member-of" and r.evidence.rule in _JOIN_RULES
                 and r.evidence.start == sent.start_char and r.evidence.end == sent.end_char}
        orgs = {t for t, _ in joins}
        if len(orgs) != 1 or not ctx.asserted(token, "negation-only"):
            continue
        org = orgs.pop()
        j = token.i + 2
        followers: list[tuple[Mention, str]] = []
        while j < sent.end:
            m = rdoc.by_token.get(j)
            if m is not None and m.type == "state" and rdoc.spans[j].start == j:
                k = rdoc.spans[j].end
                year = doc[k + 1].text if k + 1 < sent.end and doc[k].lower_ == "in" and doc[k + 1].like_num else ""
                followers.append((m, year))
                j = k
            elif doc[j].lower_ in (",", "and", "then", "the", "in") or doc[j].like_num:
                j += 1
            elif doc[j].is_punct and doc[j].text in (".", ";"):
                break
            else:
                followers = []  # something other than a plain run: not read
                break
        # the year that closes a group of names belongs to all of them: "Laos and Myanmar in 1997"
        dated: list[tuple[Mention, str]] = []
        pending: list[Mention] = []
        for m, year in followers:
            pending.append(m)
            if year:
                dated += [(p, year) for p in pending]
                pending = []
        dated += [(p, "") for p in pending]
        ev = ctx.evidence(token, "joined-in-turn")
        for m, year in dated:
            r = ctx.relation("member-of", (m.key, m.type), (org, "organisation"), ev, date=year)
            if r:
                out.append(r)
    return out


def states_that_make_up(ctx: Context) -> list[Relation]:
    """ "Poland, Hungary, the Czech Republic and Slovakia, the four countries that make up the
    Visegrad Group,": the list before a plural state noun in apposition whose relative clause
    says they make up, form or constitute an organisation. The count, when given, must agree."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for noun in rdoc.tokens(lex["state_nouns_plural"]):
        verb = next((c for c in noun.children if c.lemma_.lower() in lex["make_up_verbs"] and (
            c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
            or c.dep_ == "acl" and c.tag_ == "VBG")), None)  # "the four countries that make up", "the countries making up"
        if verb is None or (verb.lemma_.lower() == "make" and not any(g.dep_ == "prt" and g.lower_ == "up" for g in verb.children)):
            continue
        if not ctx.asserted(verb):
            continue
        j = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "up")
        while j < min(len(doc), verb.i + 7) and j not in rdoc.by_token and (
                doc[j].lower_ in ("the", "-", "member") or doc[j].like_num or doc[j].pos_ == "ADJ" and doc[j].is_lower):
            j += 1  # the object by word order ("the regional Visegrad Group", "the 16-member SADC bloc"): the parse may hang a list there
        org = rdoc.by_token.get(j)
        org = org if org is not None and org.type == "organisation" and rdoc.spans[j].start == j else None
        org_token = doc[j] if org is not None else None
        k = noun.i - 1
        while k >= 0 and (doc[k].lower_ in ("the", "all", "only") or doc[k].like_num or doc[k].lower_ in lex["numbers"]
                          or doc[k].pos_ == "ADJ"):
            k -= 1
        if org is None:
            continue
        counts = [c for c in noun.children if c.dep_ == "nummod"]
        count = lex["numbers"].get(counts[0].lower_) if counts else None
        if counts and count is None and counts[0].text.isdigit():
            count = int(counts[0].text)
        if k >= 1 and doc[k].text == ",":
            listed = [m for m in ctx.listed_before(k - 1) if m.type == "state"]
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and ctx.asserted(noun.head):
            # "A, B and C are the other countries making up the bloc": the copula's subject
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            listed = [Mention(key, "", type_, "", 0, 0) for key, type_ in entities(ctx, subject) if type_ == "state"] if subject is not None else []
        else:
            listed = _set_off_after(ctx, org_token, count)
        if len(listed) < 2 or (counts and count != len(listed)):
            continue
        ev = ctx.evidence(verb, "states-that-make-up")
        for m in listed:
            r = ctx.relation("member-of", (m.key, m.type), (org.key, org.type), ev)
            if r:
                out.append(r)
    return out


def _set_off_after(ctx: Context, org_token: Token, count: int | None) -> list[Mention]:
    """The states set off right after the organisation, between dashes or brackets or after a
    colon ("the countries that comprise the CAN -- A, B, C and D -- share"), or between commas
    when a count says how many ("the three states that form the AES, A, B and C, left")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    j = ctx.after_acronym(rdoc.spans[org_token.i].end)
    if j + 1 >= len(doc):
        return []
    opener = doc[j].text
    dash = ctx.spaced_dash(j) or opener in ("--", "\u2013", "\u2014")
    if not (dash or opener in ("(", ":") or opener == "," and count is not None):
        return []
    names, end = names_from(ctx, j + 1)
    closer = doc[end].text if end < len(doc) else ""
    closed = (closer in ("-", "--", "\u2013", "\u2014") if dash else closer == ")" if opener == "(" else
              closer == "," if opener == "," else closer in (".", ";") or end >= doc[j].sent.end)
    return [m for m in names if m.type == "state"] if closed else []


def _joined_subject(ctx: Context, token) -> bool:
    """Do the subjects of the sentence before ``token``'s name more than one organisation ("X and Y met")?"""
    root = ctx.doc[token.sent.start - 1].sent.root
    return len({m.key for s in root.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
                if (m := ctx.rdoc.by_token.get(t.i)) is not None and m.type == "organisation"}) > 1


def members_of_the_subject(ctx: Context) -> list[Relation]:
    """A list of members whose organisation the sentence leaves to its context: "The Pacific
    Islands Forum met in Apia. Members include A, B and C.", "Its member states are A and B.",
    "Current members are A, B and C." The organisation is the subject of the sentence before
    ("its", or no owner at all), or the one intergovernmental organisation named so far; the edge
    says it rests on context. "Members of the press" or "Members are expected to include A"
    (the clause patterns read the sentence that names its organisation) are no such list."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("members",) + tuple(lex["state_nouns_plural"])):
        verb = token.head if token.dep_ == "nsubj" else next(
            (c for c in token.children if c.dep_ == "acl" and c.lower_ == "being"), None)  # "The member states being A, B"
        if verb is None and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lemma_ == "be" and ctx.doc[token.i + 1].head.i != token.i:
            verb = ctx.doc[token.i + 1]  # "... in Budapest and today's members are A, B": the verb that follows, misparsed
        including = token.i + 2 < len(ctx.doc) and ctx.doc[token.i + 1].text == "," and ctx.doc[token.i + 2].lower_ == "including" \
            and token.dep_ == "nsubj"  # "Member States, including A, B and C, convened"
        if verb is None or not including and verb.lemma_ not in ("include", "be", "comprise") or verb.pos_ not in ("VERB", "AUX"):
            continue
        titled = token.text[:1].isupper() and any(
            c.dep_ == "compound" and c.text in lex["member_state_compounds_capitalised"] for c in token.children)
        founding = any(c.dep_ in ("amod", "compound") and c.lower_ in lex["founder_qualifiers"] for c in token.children)
        if token.lower_ != "members" and not titled and not founding and not any(c.dep_ == "compound" and c.lower_ == "member" for c in token.children):
            continue  # "Its member states are", the EAC's "other seven Partner States are", "Founding nations were", not "The states are", "partner countries are"
        owners = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod", "prep", "amod") and c.lower_ != "member"
                  and not (titled and c.text in lex["member_state_compounds_capitalised"]) and not (including and c.i == token.i + 2)
                  and not (c.dep_ == "poss" and c.lower_ in lex["time_possessors"])]  # "today's members are": no owner
        qualifying = [c for c in owners if c.dep_ == "amod" or c.dep_ == "compound" and c.lower_ in lex["current_member_qualifiers"]]
        if any(c not in qualifying and c.lower_ != "its" for c in owners) or any(
                c.lower_ not in lex["current_member_qualifiers"] for c in qualifying):  # ("The founder members were")
            continue  # "EU members are" (read by the clause patterns), "new members are", "members of the press"
        if any(c.dep_ == "det" and c.lower_ not in ("the",) for c in token.children):
            continue  # "some members are", "these members"
        if ctx.blocked(verb.i) or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        org = ctx.previous_subject(token) if any(c.lower_ == "its" for c in owners) else None
        if org is None:
            org = ctx.only_bloc_before(token)
        if org is None and (subject := ctx.previous_subject(token)) is not None and ctx.kind(subject.key) == "intergovernmental" \
                and not _joined_subject(ctx, token):
            org = subject  # "X grew from seven Commonwealth nations into 26. The current member countries are: ..."
        if org is None and any(c.lower_ == "other" for c in owners):
            # "Somalia is a full member of the EAC. ... The other seven Partner States are": the
            # organisation whose membership the text stated last
            stated = [r for r in ctx.found if r.relation == "member-of" and r.target.startswith("org:") and r.evidence.start < token.idx]
            last = max(stated, key=lambda r: r.evidence.start, default=None)
            org = Mention(last.target, "", "organisation", "", 0, 0) if last is not None else None
        if org is None or org.type != "organisation":
            continue
        j = token.i + 3 if including else verb.i + 1
        j += j < len(ctx.doc) and ctx.doc[j].text == ":"  # "The current member countries are: A, B, ..."
        members, _ = names_from(ctx, j)
        members = [m for m in members if m.type == "state" or ctx.kind(m.key) == "intergovernmental"]
        if len(members) < 2:
            continue
        out += members_of(ctx, members, org, ctx.evidence(verb, "members-of-the-subject"), basis="context")
    return out


def joined_by(ctx: Context) -> list[Relation]:
    """An organisation "was joined by" states: "NATO was joined by Greece and Turkey in 1952", "It
    consisted of six members ... and was shortly joined by Yemen". Not when the joining is company
    in something ("the EU was joined by Norway in condemning the attack", "joined by Japan at the
    talks"): only a date may stand beside it."""
    rdoc = ctx.rdoc
    out: list[Relation] = []
    for verb in rdoc.tokens(("joined",)):
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or not ctx.asserted(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "conj":  # "... and was shortly joined by Yemen": the first verb's subject
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        orgs = [e for s in subjects for e in entities(ctx, s) if e[1] == "organisation" and ctx.kind(e[0]) == "intergovernmental"]
        if len(subjects) != 1 or len(orgs) != 1 or any(c.dep_ in ("xcomp", "advcl", "pcomp") for c in verb.children):
            continue
        if any(c.dep_ == "prep" and not _a_date(c) for c in verb.children):
            continue  # "joined by Norway in condemning the attack", "at the talks"
        states = [e for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for e in entities(ctx, g) if e[1] == "state"]
        ev = ctx.evidence(verb, "joined-by")
        out += [r for e in dict.fromkeys(states) if (r := ctx.relation("member-of", e, orgs[0], ev, date=ctx.year(verb)))]
    return out


def _a_date(prep) -> bool:
    """Is the preposition a date ("in 1952", "on 1 May"), not an occasion or an act?"""
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    return prep.lower_ in ("in", "on") and bool(objects) and all(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.like_num) for g in objects)


def joined_along_with(ctx: Context) -> list[Relation]:
    """States that joined "along with" or "together with" a state the text says joined: "Malta
    joined the EU in 2004, along with Cyprus and Slovenia", "... together with other states -
    Bulgaria, Estonia and Latvia". Only where the joining itself was read (asserted, as the clause
    pattern found it), and only with "along" or "together": "joined NATO with Turkey's consent"
    names no member."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    joined: dict[int, list[Relation]] = {}
    for r in ctx.found:
        if r.relation == "member-of" and r.evidence.rule.startswith("join-member-of"):
            joined.setdefault(r.evidence.start, []).append(r)
    if not joined:
        return []
    leads = {e.split()[0] for e in lex["list_extenders"] if e.endswith(" with")}  # "along", "together"
    out: list[Relation] = []
    for with_ in rdoc.tokens(("with",)):
        verb = with_.head
        if verb.lower_ in leads:
            verb = verb.head
        elif not any(c.dep_ == "advmod" and c.lower_ in leads for c in with_.children):
            continue
        found = joined.get(with_.sent.start_char, [])
        orgs = {r.target for r in found}
        if verb.lemma_.lower() not in lex["join_verbs"] or len(orgs) != 1:
            continue
        pobj = next((c for c in with_.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        members = [key for key, type_ in entities(ctx, pobj) if type_ == "state"]
        if not members and pobj.lower_ in lex["state_nouns_plural"] and pobj.i + 1 < len(doc) and (
                doc[pobj.i + 1].text == ":" or ctx.spaced_dash(pobj.i + 1)):
            members = [m.key for m in names_from(ctx, pobj.i + 2)[0] if m.type == "state"]  # "other states - A, B and C"
        joiners = {r.source for r in found}
        ev = ctx.evidence(with_, "joined-along-with")
        org = orgs.pop()
        out += [r for key in members if key not in joiners and (r := ctx.relation("member-of", (key, "state"), (org, "organisation"), ev))]
    return out


def members_labelled_in_brackets(ctx: Context) -> list[Relation]:
    """A list of states labelled as members in brackets after it: "... from Australia, Comoros,
    France and Yemen (member countries) and from China and Japan (dialogue partners)", "A, B and C
    (all G20 member countries)". The organisation is the one the label names, or the one
    intergovernmental organisation the sentence names (else the one the
    article has named, ``basis="context"``); a label of anything
    short of membership ("(observers)", "(dialogue partners)") makes no one a member."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for opening in rdoc.tokens(("(",)):
        k = opening.i + 1 + (opening.i + 1 < len(doc) and doc[opening.i + 1].lower_ in ("all", "both"))
        named = rdoc.by_token.get(k)  # "(all G20 member countries)": the bloc in the label
        if named is not None and named.type == "organisation" and ctx.kind(named.key) == "intergovernmental" and rdoc.spans[k].start == k:
            k = rdoc.spans[k].end
        else:
            named, k = None, opening.i + 1
        words = []
        while k < len(doc) and k < opening.i + 4 + (named is not None) * 6 and doc[k].text != ")":
            words.append(doc[k].lower_)
            k += 1
        if k >= len(doc) or doc[k].text != ")" or not words or words[0] not in ("member", "members") or not (
                len(words) == 1 or len(words) == 2 and words[1] in lex["state_nouns_plural"]):
            continue  # "(member countries)", "(members)", "(member states)"
        sent = opening.sent
        orgs = {named.key} if named is not None else {
            m.key for i, m in rdoc.by_token.items() if sent.start <= i < sent.end and m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"}
        basis = "explicit"
        if not orgs and (before := ctx.only_bloc_before(opening)) is not None:
            orgs, basis = {before.key}, "context"  # the sentence names none: the one bloc the article has named
        if len(orgs) != 1 or not ctx.asserted(opening.head, "negation-only"):
            continue
        listed: list[Mention] = []
        j = opening.i - 1
        while j >= sent.start:
            m = rdoc.by_token.get(j)
            if m is None or m.type != "state":
                break
            listed.append(m)
            j = rdoc.spans[j].start - 1
            while j >= sent.start and doc[j].lower_ in (",", "and"):
                j -= 1
        if len(listed) < 2:
            continue
        ev = ctx.evidence(opening, "members-labelled-in-brackets")
        org = orgs.pop()
        out += [r for m in reversed(listed) if (r := ctx.relation("member-of", (m.key, "state"), (org, "organisation"), ev, basis=basis))]
    return out


def counted_members_listed(ctx: Context) -> list[Relation]:
    """A counted group of an organisation's members as a clause's subject, named after a colon or
    dash at the clause's end: "Five EU countries do not recognise its independence: A, B, C, D
    and E", "Three NATO members stayed away - A, B and C." The list must hold exactly as many
    states as the count says; whatever the clause says of them, they are the organisation's
    members (a negated predicate does not negate the noun phrase)."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for i, span in rdoc.spans.items():
        org = rdoc.by_token[i]
        k = span.end
        if span.start != i or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental" or k + 1 >= len(doc):
            continue
        k += doc[k].lower_ == "member" and doc[k + 1].lower_ in lex["state_nouns_plural"]
        if doc[k].lower_ not in lex["state_nouns_plural"] and doc[k].lower_ != "members" or ctx.non_member(doc[k]):
            continue
        count = count_before(ctx, i, i - 2)
        if not count or count < 2 or ctx.blocked(i):
            continue
        sentence = doc[k].sent
        mark = next((t.i for t in doc[k + 1 : sentence.end] if t.text in (":", ";") or ctx.spaced_dash(t.i)), None)
        if mark is None or doc[mark].text == ";" or any(t.lower_ in ("if", "unless", "whether") for t in doc[sentence.start : mark]):
            continue
        names, end = names_from(ctx, mark + 1)
        states = [m for m in names if m.type == "state"]
        if len(states) == count == len(names) and (end >= sentence.end or doc[end].is_punct):
            out += members_of(ctx, states, org, ctx.evidence(doc[k], "organisation-member-name"))
    return out


def members_bracketed_in_context(ctx: Context) -> list[Relation]:
    """ "present from all Member Countries (A, B, C and D)": a membership noun with no owner of its
    own, its states listed in brackets right after it; the organisation is the one intergovernmental
    organisation the text has named before (``basis="context"``). Not "observer countries (A, B)"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(lex["state_nouns_plural"]):
        k = token.i + 1
        if k + 2 >= len(doc) or doc[k].text != "(" or token.i in rdoc.by_token or ctx.non_member(token):
            continue
        if not (token.i > 0 and doc[token.i - 1].lower_ == "member" and (token.i - 1) not in rdoc.by_token):
            continue
        if any(c.dep_ in ("poss", "prep") for c in token.children) or (token.i - 2) in rdoc.by_token:
            continue  # "ASEAN Member States (A, B)", "member states of X (...)": the owner is named, other rules read it
        names, end = names_from(ctx, k + 1)
        states = [m for m in names if m.type == "state"]
        if len(states) < 2 or len(states) != len(names) or end >= len(doc) or doc[end].text != ")" or not ctx.asserted(token.head, "negation-only"):
            continue
        org = ctx.only_bloc_before(token)
        if org is None or org.type != "organisation":
            continue
        out += members_of(ctx, states, org, ctx.evidence(token, "members-in-brackets-of-context"), basis="context")
    return out


def members_among(ctx: Context) -> list[Relation]:
    """ "Among the ten ASEAN member countries, A, B and C take part", "Among the members of the
    EU, A and B ...": the states named right after the group they are picked from are its members.
    Not "among the observers" (no membership noun), nor "among the candidates"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("among", "amongst")):
        k = token.i + 1
        k += k < len(doc) and doc[k].lower_ == "the"
        k += k < len(doc) and (doc[k].lower_ in lex["numbers"] or doc[k].text.isdigit())
        group = _group_of_members(ctx, k)
        if group is not None and token.dep_ == "prep" and token.head.lemma_ == "be" and token.head.tag_ in ("VBZ", "VBP") \
                and token.i > token.head.i and ctx.asserted(token.head):  # (not "were among the members ... until 2022")
            # "Both Ukraine and Russia are among the 57 member states of the OSCE": the subject is one of them
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            states = [m for t in ((subject, *subject.conjuncts) if subject is not None else ())
                      if (m := rdoc.mention_at(t)) is not None and m.type == "state"]
            out += members_of(ctx, states, group[0], ctx.evidence(token, "members-among"))
            continue
        if group is None or group[1] + 2 >= len(doc) or doc[group[1] + 1].text != ",":
            continue
        names, _ = names_from(ctx, group[1] + 2)
        states = [m for m in names if m.type == "state"]
        if states and len(states) == len(names):
            out += members_of(ctx, states, group[0], ctx.evidence(token, "members-among"))
    return out


def _group_of_members(ctx: Context, k: int):
    """(organisation, end) when a group of an organisation's members starts at ``k``: "Mercosur
    member countries", "ASEAN members", "members of the EU", "member states of ASEAN"; else None."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    org = rdoc.by_token.get(k)
    if org is not None and rdoc.spans[k].start == k:
        k = rdoc.spans[k].end
        k += k + 1 < len(doc) and doc[k].lower_ == "member" and doc[k + 1].lower_ in lex["state_nouns_plural"]
        if k >= len(doc) or doc[k].lower_ not in lex["state_nouns_plural"] and doc[k].lower_ != "members":
            return None
    else:
        k += k + 1 < len(doc) and doc[k].lower_ == "member" and doc[k + 1].lower_ in lex["state_nouns_plural"]
        if k + 2 >= len(doc) or not (doc[k].lower_ == "members" or doc[k - 1].lower_ == "member") or doc[k + 1].lower_ != "of":
            return None
        q = k + 2 + (doc[k + 2].lower_ == "the")
        org = rdoc.by_token.get(q)
        if org is None or rdoc.spans[q].start != q:
            return None
        k = rdoc.spans[q].end - 1
    if org.type != "organisation" or ctx.kind(org.key) != "intergovernmental" or ctx.non_member(doc[k]):
        return None
    return org, k


def members_and_the_others(ctx: Context) -> list[Relation]:
    """ "Brazil and the other Mercosur member countries", "Kenya and other members of the EAC": the
    state set beside "the other" members is one of them."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out = []
    for token in rdoc.tokens(("other",)):
        k = token.i - 1 - (token.i >= 1 and doc[token.i - 1].lower_ == "the")
        if k < 1 or doc[k].lower_ != "and" or (group := _group_of_members(ctx, token.i + 1)) is None:
            continue
        state = rdoc.by_token.get(k - 1)
        if state is None or state.type != "state" or not ctx.asserted(doc[k - 1], "negation-only"):
            continue
        out += members_of(ctx, [state], group[0], ctx.evidence(token, "member-and-the-others"))
    return out


def joined_before_the_clause(ctx: Context) -> list[Relation]:
    """ "After joining NATO in 2004, Estonia hosted the summit", "Finland marked a year since joining
    NATO": a joining told in a time phrase (after, since, upon) is done, and the one who joined is
    the clause's subject. Not "before joining", "without joining" or "instead of joining", and not
    a clause that is itself hoped for or denied."""
    rdoc, lex, out = ctx.rdoc, ctx.lex, []
    for verb in rdoc.tokens(("joining", "rejoining")):
        prep = verb.head
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in lex["completed_time_prepositions"]:
            continue
        clause = prep.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if not ctx.asserted(clause) or not ctx.asserted(verb, "negation-only") or scheduled(clause, lex) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in clause.children):
            continue  # (not "Ukraine will receive aid after joining the EU": a joining to come)
        orgs = [m for c in verb.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c)) is not None
                and m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"]
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        states = [(m.key, m.type) for s in subjects for t in (s, *s.conjuncts) if (m := rdoc.mention_at(t)) is not None and m.type == "state"]
        if len(orgs) != 1 or not states:
            continue
        ev = ctx.evidence(verb, "joined-before-the-clause")
        out += [r for s in states if (r := ctx.relation("member-of", s, (orgs[0].key, "organisation"), ev, date=ctx.year(verb)))]
    return out
