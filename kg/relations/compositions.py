"""member-of from what an organisation is made of, read off word order since the parse of long
lists is unreliable: "SAARC is made up of A, B and C", "ASEAN comprises ten member countries: A,
B, ...", "a grouping comprising A, B and C", "it consisted of ten republics: ...", "ECOWAS is a bloc
of 15 West African states: A, B, ...", "the Andean Community (CAN), comprising A, B and C"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import count_of, entities, names_from, set_apart
from kg.relations.context import Context
from kg.relations.memberships import count_before, members_of

__all__ = ["bloc_of_states", "compositions", "members_it_has", "members_of_a_bloc_in_brackets"]


def compositions(ctx: Context) -> list[Relation]:
    """An organisation and the states it is made of: "ASEAN now comprises ten member countries:
    Brunei, Cambodia, ...", "SAARC is comprised of Afghanistan, ...", "the bloc is made up of A,
    B and C", "At its founding it consisted of ten republics: A, B, ...", "BIMSTEC is a grouping
    comprising India, ...", "the summit, which groups ASEAN and eight partners: China, ...".
    The members are read off word order, since long lists parse badly: names right after the
    verb, or after a counted noun and a colon or dash."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    verbs = lex["composition_verbs"]  # lemma -> the words that must follow it ("made up of")
    out = []
    for verb in rdoc.tokens(lex["composition_verb_forms"] | lex["copula_list_forms"]):
        lemma = verb.lemma_.lower()
        members_subject = _members_subject(ctx, verb)
        if verb.lower_ in lex["copula_list_forms"]:
            # "Members of the organization are A, B and C": a copula lists members only after a
            # membership noun ("ASEAN is ..." lists nothing)
            if members_subject is None:
                continue
            lemma = "be"
        # the name right before the verb, or a bloc named before ("the regional bloc groups A, B",
        # which the parse may take for one noun)
        bloc = ctx.described_organisation(doc[verb.i - 1]) if verb.i > 0 and verb.lower_ in lex["grouping_verb_forms"] \
            and doc[verb.i - 1].lower_ in lex["generic_bloc_nouns"] else None
        named = rdoc.by_token.get(verb.i - 1) or bloc
        if named is None and verb.i > 1 and doc[verb.i - 1].text == ")":
            # "The BIMSTEC (Bay of Bengal Initiative for ...) comprises of A, B, ...": the name before the brackets
            k = next((k for k in range(verb.i - 2, max(verb.sent.start, verb.i - 20) - 1, -1) if doc[k].text == "("), None)
            named = rdoc.by_token.get(k - 1) if k is not None and k > 0 else None
        if named is None and verb.i > 1 and doc[verb.i - 1].text == ",":
            k = verb.i - 2  # or before a parenthesis: "The Council of the Baltic Sea States, founded in 1992, groups"
            while k > verb.sent.start and doc[k].text != "," and k not in rdoc.by_token:
                k -= 1
            named = rdoc.by_token.get(k - 1) if doc[k].text == "," else None
        if verb.pos_ not in ("VERB", "AUX") and not (named is not None and (
                verb.lower_ in lex["grouping_verb_forms"] or verb.lower_.endswith("s") and verb.lower_ in lex["composition_verb_forms"])):
            continue  # the model often tags "groups" after a name as a noun: "the East Asia Summit groups ...", "X comprises of"
        if verb.pos_ not in ("VERB", "AUX") and lemma not in verbs:  # a form the model took for a name: "groups"
            lemma = next((v for v in verbs if verb.lower_.startswith(v.rstrip("e"))), lemma)
        if lemma not in verbs and lemma != "be" or verb.i in rdoc.by_token:
            continue
        j = verb.i + 1
        following = verbs.get(lemma, [])
        if any(j + n >= len(doc) or doc[j + n].lower_ != word for n, word in enumerate(following)):
            continue
        j += len(following)
        if lemma in lex["counted_composition_verbs"] and j in rdoc.by_token:
            continue  # "the initiative involves 12 states: A, B, ..." (but "the EU involved Turkey in the talks")
        if lemma == "comprise" and j < len(doc) and doc[j].lower_ == "of":
            j += 1  # "is comprised of"
        if lemma == "group" and j < len(doc) and doc[j].lower_ == "together":
            j += 1  # "the Customs Union grouping together A, B and C"
        governing = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "advcl") else [])  # "will expand to include"
        if ctx.blocked(verb.i) or not all(ctx.asserted(v) for v in governing) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for v in governing for c in v.children):
            continue  # "the enlarged bloc will include Egypt": a membership to come
        whole = (_composed_organisation(ctx, verb) or bloc) if verb.pos_ in ("VERB", "AUX") else named
        if whole is None or whole.type != "organisation":
            continue
        apart = set_apart(ctx, verb)  # "... and C and D as associate members"
        # "CICA members included 27 countries: ...": a members noun's count names them all
        members = [m for m in _composition_members(ctx, j, exact=members_subject is not None)
                   if (m.type == "state" or ctx.kind(m.key) == "intergovernmental") and m.key not in apart]
        out += members_of(ctx, members, whole, ctx.evidence(verb, "organisation-composition"))
    return out


def _members_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a noun for the members themselves ("members", "member
    states", "member countries"), unqualified by a word that makes them something less ("associate
    members", "observer states")."""
    lex = ctx.lex
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in lex["member_list_nouns"]:
        # "The full list of OECD member states now includes A, B, ...": the members listed
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
    if subject is None or subject.lower_ not in lex["composition_member_nouns"]:
        return None
    modifiers = [c.lower_ for c in subject.children if c.dep_ in ("amod", "compound", "nmod")]
    within = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and _organisation_named(ctx, g) is not None
                                                               for g in c.children) for c in subject.children)
    if subject.lower_ != "members" and "member" not in modifiers and not within:
        return None  # "the states are ..." or "the African countries included ..." name no membership; "the countries in the bloc" do
    if any(word in lex["non_member_qualifiers"] for word in modifiers):
        return None
    if any(c.dep_ in ("relcl", "acl") and (not ctx.asserted(c) or any(
            a.dep_ == "aux" and a.lower_ in lex["future_auxiliaries"] for a in c.children)) for c in subject.children):
        return None  # "the members that will join include A and B"
    return subject


def _composed_organisation(ctx: Context, verb: Token) -> Mention | None:
    """The organisation whose make-up ``verb`` states: its subject ("ASEAN comprises", "the bloc
    which comprises", "it consisted"), the subject of the verb it is coordinated with ("IGAD is an
    organisation founded in 1996 and comprising"), or the noun it describes ("BIMSTEC is a
    grouping comprising", "the bloc, made up of")."""
    node = verb
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in ctx.lex["expansion_verbs"]:
        node = verb.head  # "it has been expanded to include A and B", "NATO grew to include A"
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "it":  # only an organisation grows to include states
            only = ctx.only_organisation_before(subject)
            return Mention(only[0], "", "organisation", subject.text, subject.idx, subject.idx) if only else None
    if subject is None and verb.dep_ == "conj":
        node = verb.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "it" and node.dep_ == "conj":
        # "Mercosur was created in 1991, and it is made up of": the subject of the first clause
        first = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = ctx.rdoc.mention_at(first) if first is not None else None
        if named is not None and named.type == "organisation":
            return named
    if subject is not None and (members := _members_subject(ctx, node)) is not None:
        return _owner_of_members(ctx, members)
    of = [m for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
          if g.dep_ == "pobj" and (m := ctx.rdoc.mention_at(g)) is not None] if subject is not None and subject.lower_ == "membership" else []
    if of:  # "Membership of the EAS comprises A, B, ...": the organisation named (a new council's own, if it is named)
        return of[0] if of[0].type == "organisation" else None
    if subject is not None and subject.lower_ == "membership" and not any(c.dep_ in ("compound", "poss") and c.lower_ != "its" for c in subject.children) \
            and not any(c.dep_ == "prep" for c in subject.children):
        # "Mercosur is the largest customs union in South America. Aside from Venezuela, (its)
        # membership includes A, B, C and D": the organisation the sentence before said what it is
        # (not "The AU created a new council. Its membership includes ...": the council's)
        previous = ctx.doc[subject.sent.start - 1].sent if subject.sent.start > 0 else None
        if previous is None or previous.root.lemma_ != "be":
            return None
        first = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        m = ctx.rdoc.mention_at(first) if first is not None else None
        return m if m is not None and m.type == "organisation" else None
    aside = subject is not None and subject.i + 2 < verb.i and ctx.spaced_dash(subject.i + 1) and ctx.spaced_dash(verb.i - 1)
    if subject is not None and subject.lower_ == "which" and (subject.i == verb.i - 1 or aside) and node.dep_ == "relcl":
        # "the session of the Council of the Baltic Sea States (CBSS), which - apart from Russia -
        # incorporates A, B": the name right before ", which", whatever noun the parse hung the clause on
        return _organisation_named(ctx, subject) or _organisation_just_before(ctx, subject)
    if subject is not None:
        return _organisation_named(ctx, subject)
    if node.dep_ in ("acl", "relcl"):
        before = ctx.rdoc.by_token.get(verb.i - 1) if verb.tag_ == "VBG" else None
        if before is not None and before.type == "organisation":
            return before  # "an expansion of the Customs Union grouping together A, B and C": the name it follows
        return _organisation_named(ctx, node.head) or _organisation_just_before(ctx, node)
    if node.dep_ == "advcl" and node.tag_ == "VBN":
        return _organisation_just_before(ctx, node)  # the parse hung "..., formed by A, B" on the main verb
    return None


def _organisation_just_before(ctx: Context, verb: Token) -> Mention | None:
    """The organisation a participle follows across a dash or comma and a bloc noun: "the Andean
    Community bloc of nations - made up of ...", or its acronym in brackets: "the member states of
    the Andean Community (CAN), comprising ..." (the parse may hang the participle elsewhere)."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "ADV" and doc[k].lower_ in lex["time_adverbs_of_make_up"]:
        k -= 1  # "the Andean Community (CAN), currently formed by ..."
    if k < 0 or doc[k].text not in ("-", "\u2013", "\u2014", ","):
        return None
    k -= 1
    if k > 0 and doc[k].text == ")":
        opening = next((b for b in range(k - 1, max(k - 5, 0), -1) if doc[b].text == "("), None)
        k = opening - 1 if opening is not None else k
    noun = None
    while k >= 0 and k > verb.i - 7 and k not in rdoc.by_token and (
            doc[k].lower_ in lex["generic_bloc_nouns"] or doc[k].lower_ in lex["state_nouns_plural"] or doc[k].lower_ == "of"):
        noun = doc[k] if noun is None and doc[k].lower_ in lex["generic_bloc_nouns"] else noun
        k -= 1
    m = rdoc.by_token.get(k)
    if m is None and noun is not None and k >= 0 and doc[k].lower_ == "the":
        m = ctx.described_organisation(noun)  # "Leaders of the organization, made up of A, B": the one named before
    return m if m is not None and m.type == "organisation" else None


def bloc_of_states(ctx: Context) -> list[Relation]:
    """An organisation said to be a bloc "of" or "between" states: "The GCC is a political and
    economic union between Bahrain, Kuwait, ... and the UAE", "ECOWAS is a bloc of 15 West African
    states: A, B, ...". Two states at least, all of them states, right after the preposition (or
    after a counted noun and a colon)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for noun in rdoc.tokens(lex["generic_bloc_nouns"] | lex["bloc_description_nouns"] | lex["format_nouns"]):  # "... is a community of"
        if noun.dep_ != "attr" or noun.head.lemma_ != "be" or not ctx.asserted(noun.head):
            continue
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        whole = rdoc.mention_at(subject) if subject is not None else None
        if whole is None and subject is not None and subject.lower_ in lex["summit_nouns"]:
            whole = next((m for c in subject.children if c.dep_ == "compound" and (m := rdoc.mention_at(c)) is not None), None)  # "The G20 Summit is a forum"
        if whole is None or whole.type != "organisation":
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "between") and c.i == noun.i + 1), None)
        if prep is None:  # "a format for trilateral cooperation between A, B and C"
            prep = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
                         for g in (o, *o.conjuncts) if g.lower_ in lex["cooperation_nouns"]  # "for development and economic cooperation among"
                         for p in g.children if p.dep_ == "prep" and p.lower_ in ("between", "among")), None) or next((
                c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among") and any(
                    t.lower_ in lex["cooperation_nouns"] for t in ctx.doc[noun.i + 1 : c.i])), None)  # (the parse may hang it on the noun)
        start = prep.i + 1 if prep is not None else _list_after_region(ctx, noun)
        if start is None and (counted := _counted_with(ctx, noun)) is not None:
            # "The G20 is a forum with a group of 20 countries, namely A, B, ..., the European
            # Union, ...": the list fills the count, organisations among its members included
            names, end = names_from(ctx, counted[0])
            rest = ctx.doc[end : noun.sent.end]  # not "a forum with two countries - A and B - as dialogue partners"
            if len(names) == counted[1] and all(m.type == "state" or ctx.kind(m.key) == "intergovernmental" for m in names) \
                    and not any(t.lower_ in lex["status_short_of_member_words"] for t in rest):
                out += members_of(ctx, names, whole, ctx.evidence(noun, "bloc-of-states"))
            continue
        if start is None:
            continue
        members = _composition_members(ctx, start)
        if len(members) < 2 or any(m.type != "state" for m in members):
            continue
        out += members_of(ctx, members, whole, ctx.evidence(noun, "bloc-of-states"))
    return out


def _counted_with(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """(where the list starts, its count) after "a forum with (a group of) N countries, namely" or
    "... N members:", else None."""
    doc, lex = ctx.doc, ctx.lex
    j = noun.i + 1
    if j >= len(doc) or doc[j].lower_ != "with":
        return None
    j += 1
    if j + 2 < len(doc) and doc[j].lower_ == "a" and doc[j + 1].lower_ in lex["membership_group_nouns"] and doc[j + 2].lower_ == "of":
        j += 3  # "with a group of 20 countries"
    count = count_of(ctx, doc[j]) if j + 2 < len(doc) else None
    if count is None:
        return None
    if doc[j + 1].lower_ not in lex["state_nouns_plural"] and doc[j + 1].lower_ != "members":
        return None
    k = j + 2
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in lex["exhaustive_list_openers"]:
        return k + 2 + (k + 2 < len(doc) and doc[k + 2].text == ","), count
    if doc[k].text == ":" or ctx.spaced_dash(k):
        return k + 1, count
    return None


def _list_after_region(ctx: Context, noun: Token) -> int | None:
    """Where the list starts after a bloc "in" its region and a word that opens a list: "IGAD is
    a trade bloc in Africa, namely A, B, ..." (not "a bloc in Africa, which includes ...")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = noun.i + 2
    region = rdoc.by_token.get(k)
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "in" or region is None or region.type != "place":
        return None
    end = rdoc.spans[k].end
    if end >= len(doc) or doc[end].text not in (",", "-", "\u2013", "\u2014", ":"):
        return None
    opener = _opener_after(ctx, end + 1)
    return end + 1 + opener if opener else None


def _owner_of_members(ctx: Context, members: Token) -> Mention | None:
    """The organisation whose members ``members`` are: "CICA members", "the bloc's members",
    "members of the organization", "the SCO member states"."""
    children = [*members.children]
    children += [g for c in children if c.lower_ == "member" for g in c.children]  # "the [PSC member] states"
    for child in children:
        if child.dep_ in ("compound", "poss", "amod") and child.lower_ != "member" and (
                ctx.rdoc.mention_at(child) is not None or child.dep_ == "poss"):
            return _organisation_named(ctx, child)
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return next((_organisation_named(ctx, g) for g in child.children if g.dep_ == "pobj"), None)
    return None


def _organisation_named(ctx: Context, token: Token) -> Mention | None:
    """The one organisation ``token`` names: a name, "which" or "it", or a bloc noun described
    by its sentence ("BIMSTEC is a grouping", "IGAD, a bloc") or by the text before ("the bloc")."""
    rdoc, lex = ctx.rdoc, ctx.lex
    m = rdoc.mention_at(token)
    if m is not None:
        return m if m.type == "organisation" else None
    if token.lower_ == "it":
        # only the subject the text goes on about: after "The AU summit ended.", "It included
        # Kenya" is the summit's guest list, not the AU's make-up
        m = ctx.previous_subject(token)
        return m if m is not None and m.type == "organisation" else None
    if token.lower_ in lex["relative_pronouns"]:
        found = entities(ctx, token)
        if len(found) == 1 and found[0][1] == "organisation":
            return Mention(found[0][0], "", "organisation", token.text, token.idx, token.idx)
        return None
    if token.lower_ in lex["composed_body_nouns"]:
        return ctx.described_organisation(token)  # "The committee, comprising A, B and C": the last-named "... Committee"
    if token.lower_ in lex["generic_bloc_nouns"] | lex["bloc_description_nouns"] | lex["format_nouns"]:
        named = {m.key: m for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i
                 and (m := rdoc.mention_at(c)) is not None and m.type == "organisation"}
        if len(named) == 1:
            return next(iter(named.values()))  # "The NB8 cooperation format comprises A, B and C"
    if token.lower_ not in lex["generic_bloc_nouns"] and not (token.dep_ == "attr" and token.lower_ in lex["bloc_description_nouns"]):
        return None  # "SADC is a regional economic community comprising ...": the subject is the community
    if token.dep_ == "attr":
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while subject is None and verb.dep_ == "conj":  # "X (X), formerly called Y, is a bloc": the parse makes "is" a conjunct
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = rdoc.mention_at(subject) if subject is not None else None
    elif token.dep_ == "appos":
        m = rdoc.mention_at(token.head)
    else:
        m = ctx.described_organisation(token)
    return m if m is not None and m.type == "organisation" else None


def _composition_members(ctx: Context, j: int, *, exact: bool = False) -> list[Mention]:
    """The names from token ``j`` on: "A, B and C", "ten member countries: A, B, ...", "ASEAN and
    eight partners: A, B, ..."; with ``exact``, a counted list must hold as many names as its count."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    found: list[Mention] = []
    while j < len(doc):
        bracketed, after = _bloc_countries_in_brackets(ctx, j)
        if bracketed:  # "comprises the G-7 countries (A, B, ..., G), Russia and ...": the states, members of both
            found += bracketed
            j = after + (after < len(doc) and doc[after].text == ",")
            j += j < len(doc) and doc[j].lower_ == "and"
            continue
        names, end = names_from(ctx, j)
        if names:
            found += names + _sub_bloc_members(ctx, end)
            j = end + (end < len(doc) and doc[end].text == ",")
            extender = next((n for n in (len(e.split()) for e in lex["list_extenders"]
                             if [t.lower_ for t in doc[j : j + len(e.split())]] == e.split())), 0)
            if extender:
                j += extender  # "groups Denmark, Estonia and Finland, together with the European Union"
                continue
            if end + 1 < len(doc) and doc[end].lower_ == "and":
                j = end + 1  # "ASEAN and eight partners: ..."
                continue
            break
        # a counted noun phrase, then the list: "ten former Soviet republics: Armenia, ..."
        k, count = j, None
        while k < min(len(doc), j + 7) and doc[k].lower_ not in lex["composition_member_nouns"] and (
                doc[k].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN")):
            if k in rdoc.by_token:
                end = rdoc.spans[k].end  # "12 EU member states: A, B, ...": members of the bloc named too, and of the whole
                if rdoc.by_token[k].type != "organisation" or rdoc.spans[k].start != k or end >= len(doc) or not (
                        doc[end].lower_ in lex["composition_member_nouns"] or doc[end].lower_ == "member"):
                    break
                k = end
                continue
            if doc[k].lower_ in lex["numbers"] or doc[k].text.isdigit():
                count = lex["numbers"].get(doc[k].lower_) or int(doc[k].text)
            k += 1
        if k > j and k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k - 1].lower_ in lex["legislature_plurals"]:
            j = k + 1  # "the APA comprises member parliaments of 42 states: A, B, ...": the states' own, for the states
            continue
        r = k + 2 + (k + 3 < len(doc) and doc[k + 2].lower_ == "the")  # "the countries of the Horn of Africa"
        if r < len(doc) and doc[k].lower_ in lex["composition_member_nouns"] and doc[k + 1].lower_ in ("of", "in") and (
                (region := rdoc.by_token.get(r)) is not None and region.type == "place" and rdoc.spans[r].start == r):
            end = rdoc.spans[r].end  # "eight countries of South Asia -- A, B, ...": the region they are in
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                end += 3  # "the countries of the Horn of Africa (east), namely, A, B, ..."
            opener = _opener_after(ctx, end + 1) if end + 1 < len(doc) and doc[end].text == "," else 0
            opener += bool(opener) and end + 1 + opener < len(doc) and doc[end + 1 + opener].text == ","
            if end < len(doc) and (doc[end].text in (":", "--", "\u2014") or ctx.spaced_dash(end) or opener):
                names, _ = names_from(ctx, end + 1 + opener)
                if len(names) >= 2 and (count is None or len(names) <= count):
                    found += names
                break
        if r < len(doc) and doc[k].lower_ in lex["composition_member_nouns"] and doc[k + 1].lower_ in ("of", "in"):
            # "five countries of the Indian Ocean region: A, B, ...": a region in words, then the list
            p = k + 2
            while p < min(len(doc), k + 9) and not doc[p].is_punct and doc[p].pos_ not in ("VERB", "AUX") and (
                    p not in rdoc.by_token or rdoc.by_token[p].type == "place"):
                p += 1
            if p > k + 2 and p < len(doc) and (doc[p].text in (":", "--", "\u2014") or ctx.spaced_dash(p)):
                names, _ = names_from(ctx, p + 1)
                if len(names) >= 2 and (count is None or len(names) <= count):
                    found += names
                break
        if count is not None and k + 2 < len(doc) and doc[k].lower_ in lex["composition_member_nouns"] and (
                doc[k + 1].lower_ in lex["placement_participles"] or doc[k + 1].lower_ in lex["placement_prepositions"]):  # "eight countries alongside the seas:"
            # "five States located in the western part of the Arab world: A, B, ...": where the
            # counted members lie, then the list, as many names as the count says
            p = k + 2
            while p < min(len(doc), k + 14) and not doc[p].is_punct and doc[p].pos_ not in ("VERB", "AUX"):
                p += 1
            if p < len(doc) and doc[p].text == ":":
                names, _ = names_from(ctx, p + 1)
                found += names if len(names) == count else []
            break
        opener = _opener_after(ctx, k + 2) if k + 2 < len(doc) and doc[k + 1].text == "," else 0
        # "comprises 21 member states; including A, B, ...": a semicolon where a comma would be
        opener = opener or int(k + 2 < len(doc) and doc[k + 1].text in (",", ";") and doc[k + 2].lower_ == "including" and count is not None)
        # "among eight countries namely A, B, ...": the opener with no comma before it, after a count
        unmarked = _opener_after(ctx, k + 1) if count is not None and not opener and k + 1 < len(doc) and doc[k + 1].text != "," else 0
        including = doc[k + 1 + opener].lower_ == "including" if k + 1 + opener < len(doc) else False
        bare = count is not None and k + 1 < len(doc) and (m := rdoc.by_token.get(k + 1)) is not None and m.type == "state"
        if k + 1 >= len(doc) or doc[k].lower_ not in lex["composition_member_nouns"] or not (
                doc[k + 1].text in (":", "(") or ctx.spaced_dash(k + 1) or opener or unmarked
                or bare  # "comprising seven members Bangladesh, India, ...": as many names as the count, with no colon
                or doc[k + 1].text == ";" and count is not None  # "comprising 16 Member States; A, B, ...": a count keeps it a list
                or including and count is not None  # "comprises ten member states including A, ..., J"
                or doc[k + 1].lower_ == "of" and doc[k].tag_ == "NNS"):  # "the four Melanesian states of A, B, ..."
            break
        qualifier = doc[k - 1] if doc[k - 1].lower_ != "member" else doc[k - 2]
        if k > j and qualifier.lower_ in lex["non_member_qualifiers"]:
            break  # "two observer states: A and B" (but "ten former Soviet republics: A, B, ...")
        names, end = names_from(ctx, k + 1 if bare else k + 1 + unmarked if unmarked else k + 2 + opener)  # ", namely A, B and C"
        if len(names) < 2 or (count is not None and (len(names) > count or (exact or bare) and not including and len(names) != count)):
            break  # (those "including" names are some of the count, members all the same)
        found += names
        break
    return found


def _bloc_countries_in_brackets(ctx: Context, j: int) -> tuple[list[Mention], int]:
    """ "the G-7 countries (A, B and C)", "the NATO eastern flank states - A, B, C" from token
    ``j``: the states in the brackets or after the dash or colon, and the token after them, or nothing."""
    doc, rdoc = ctx.doc, ctx.rdoc
    j += j < len(doc) and doc[j].lower_ == "the"
    m = rdoc.by_token.get(j)
    if m is None or m.type != "organisation" or rdoc.spans[j].start != j:
        return [], j
    k = rdoc.spans[j].end
    k += k + 1 < len(doc) and doc[k].lower_ == "member"  # "the ASEAN member states (A, B)", "member-states"
    k += k + 1 < len(doc) and doc[k].text == "-" and doc[k - 1].lower_ == "member"
    first = k
    while k < len(doc) and k - first < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].dep_ in ("amod", "compound", "nmod") \
            and doc[k].lower_ not in ctx.lex["state_nouns_plural"] and doc[k].lower_ not in ctx.lex["non_member_qualifiers"]:
        k += 1  # "the NATO eastern flank states - A, B"
    opener = doc[k + 1].text if k + 2 < len(doc) else ""
    if k + 2 >= len(doc) or doc[k].lower_ not in ctx.lex["state_nouns_plural"] or not (opener in ("(", ":") or ctx.spaced_dash(k + 1)):
        return [], j
    names, end = names_from(ctx, k + 2 + (doc[k + 2].lower_ == "the" and (k + 3) in rdoc.by_token))
    if len(names) < 2 or opener == "(" and (end >= len(doc) or doc[end].text != ")"):
        return [], j
    return [n for n in names if n.type == "state"], end + (opener == "(")


def members_of_a_bloc_in_brackets(ctx: Context) -> list[Relation]:
    """ "all ten ASEAN member states (the Philippines, Brunei, ...)", "the G7 countries (A, B and
    C)": a known bloc's states, then the states they are in brackets; not "candidate countries
    (A, B)" or "(except A)"."""
    rdoc = ctx.rdoc
    out: list[Relation] = []
    for j, m in rdoc.by_token.items():
        if m.type != "organisation" or rdoc.spans[j].start != j or ctx.kind(m.key) != "intergovernmental":
            continue
        states, _ = _bloc_countries_in_brackets(ctx, j)
        if len(states) >= 2 and ctx.asserted(ctx.doc[j], "negation-only"):
            ev = ctx.evidence(ctx.doc[j], "bloc-members-in-brackets")
            out += [r for s in states if (r := ctx.relation("member-of", (s.key, "state"), (m.key, "organisation"), ev))]
    return out


def _sub_bloc_members(ctx: Context, end: int) -> list[Mention]:
    """The states a list of members ends with as another bloc's members: "APEC consists of A, B,
    ..., the U.S. and ASEAN members Brunei, Indonesia and Vietnam": they are members of both."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    k = end
    while k < len(doc) and doc[k].lower_ in (",", "and", "the", "all"):
        k += 1
    bloc = rdoc.by_token.get(k)
    if bloc is None or bloc.type != "organisation" or rdoc.spans[k].start != k:
        return []
    k = rdoc.spans[k].end
    if k >= len(doc) or doc[k].lower_ not in ("member", "members"):
        return []
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in lex["state_nouns_plural"])
    names, _ = names_from(ctx, k)
    return [m for m in names if m.type == "state"] if len(names) >= 2 else []


def _opener_after(ctx: Context, j: int) -> int:
    """How many words from ``j`` open a list ("namely", "that is"), or 0. "including" is left out:
    after a counted noun it gives some of the members, not all ("11 states, including A and B")."""
    for opener in ctx.lex["list_openers"]:
        words = opener.split()
        if words != ["including"] and [t.lower_ for t in ctx.doc[j : j + len(words)]] == words:
            n = j + len(words)  # "namely: A, B", "namely; A, B"
            return len(words) + (n < len(ctx.doc) and ctx.doc[n].text in (":", ";"))
    return 0


def members_it_has(ctx: Context) -> list[Relation]:
    """ "The Caribbean Community has 15 Member States - A, B, ... and five associate members - C,
    D": an organisation that has a counted number of members, then the list after a dash or colon
    (no more names than the count). Not its associate members, observers or partners, and not a
    list without the count ("ECOWAS has Nigeria as its largest member")."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for verb in rdoc.tokens(("has", "have", "had")):
        if verb.dep_ == "aux" or not ctx.asserted(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        whole = _organisation_named(ctx, subject) if subject is not None else None
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if whole is None or whole.type != "organisation" or noun is None or noun.lower_ not in lex["composition_member_nouns"]:
            continue
        if not (noun.lower_ == "members" or doc[noun.i - 1].lower_ == "member") or ctx.non_member(noun):
            continue  # "15 Member States", "ten members"; not "two observers", "11 dialogue partners"
        count = count_before(ctx, noun.i, noun.i - 4)
        k = noun.i + 1
        if count is None or k + 1 >= len(doc) or not (doc[k].text == ":" or ctx.spaced_dash(k)):
            continue
        members = [m for m in names_from(ctx, k + 1)[0] if m.type == "state"]
        if len(members) < 2 or len(members) > count:
            continue
        out += members_of(ctx, members, whole, ctx.evidence(verb, "organisation-has-members"))
    return out
