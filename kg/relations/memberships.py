"""member-of stated in noun phrases and appositions.

Clause patterns (``kg/data/patterns.jsonl``) read "X joined Y", "X is a member (state) of Y", "Y
admitted X as its Nth member"; the rules here read what a dependency pattern cannot:

- the organisation, then its members in one noun phrase: "Nato member Turkey", "EU member states
  Hungary and Poland", "Mercosur's four founding members, Argentina, Brazil, ...";
- a list, then a membership in apposition: "Finland and Sweden, both members of the European
  Union,", "Mali and Burkina Faso, both ECOWAS members";
- "IGAD groups eight states ..., including South Sudan, Kenya and Uganda";
- "as a member of the EU, Poland ...", a membership granted, a suspension lifted.

Memberships whose organisation the text gave a moment before ("Sudan, also a member, froze its
participation", "fellow member Rwanda") are in :mod:`kg.relations.context_memberships`.

Lists of members an organisation is made of are in :mod:`kg.relations.member_lists`, candidacies
(seeks-membership) in :mod:`kg.relations.candidacies`. Candidates, observers, associate members
and the like are never members (``non_member_qualifiers`` in ``kg/data/lexicon.json``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Mention, Relation
from kg.relations.arguments import YEAR, names_from
from kg.relations.context import Context, is_possessive
from kg.relations.membership_changes import placed_on, welcomes_back

__all__ = [
    "appositive_memberships", "as_member_phrase", "as_members", "count_before", "granted_memberships", "groups_including",
    "lifted_suspensions", "member_compounds", "members_of", "named_after_joining", "past_accessions", "welcomed_back",
]

_DASHES = ("-", "\u2013", "\u2014", ":", "(")


def count_before(ctx: Context, index: int, start: int) -> int | None:
    """The number ("four", "10") a noun phrase gives between token ``start`` and ``index``."""
    numbers = ctx.lex["numbers"]
    for t in ctx.doc[max(0, start) : index]:
        if t.lower_ in numbers:
            return numbers[t.lower_]
        if t.text.isdigit():
            return int(t.text)
    return None


def members_of(ctx: Context, members, org, evidence, basis: str = "explicit") -> list[Relation]:
    out = []
    for member in members:
        r = ctx.relation("member-of", (member.key, member.type), (org.key, org.type), evidence, basis=basis)
        if r:
            out.append(r)
    return out


def _composition_to_come(ctx: Context, token) -> bool:
    """The organisation at ``token`` is the object of a make-up verb the text does not assert:
    "the states that could make up the union - A, B and C -"."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in ctx.lex["make_up_verbs"] and not ctx.asserted(verb)


def _state_at(ctx: Context, j: int) -> bool:
    """Does a state's name start at token ``j``?"""
    m = ctx.rdoc.by_token.get(j)
    return m is not None and m.type == "state" and ctx.rdoc.spans[j].start == j


def _bloc_in_view(ctx: Context, token: Token) -> Mention | None:
    """The one bloc the document has named before ``token``, if it is named in the headline (a
    first line that is no sentence) or in the paragraph ``token`` is in."""
    bloc = ctx.only_bloc_before(token)
    text = ctx.doc.text
    first, paragraph = text.find("\n"), text.rfind("\n\n", 0, token.idx)
    first = -1 if text[:first].rstrip().endswith((".", "!", "?")) else first  # a headline, not a lede's sentence
    if bloc is None or not any(m.key == bloc.key and (m.start < first or paragraph < m.start < token.idx) for m in ctx.rdoc.mentions):
        return None
    return bloc


def member_compounds(ctx: Context) -> list[Relation]:
    """The organisation, then its members named in the same noun phrase: "Nato member
    Turkey", "EU member states Hungary and Poland", "five EU members - Spain, Slovakia and
    Cyprus -", "Mercosur's four founding members, Argentina, Brazil, Paraguay and Uruguay", and
    "the six-member Gulf Cooperation Council - Saudi Arabia, ..., Bahrain and Oman -"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    nouns = lex["member_nouns"]
    candidates = {t.i for t in rdoc.tokens(nouns)}
    candidates |= {i for i, span in rdoc.spans.items() if span.end == i + 1 < len(doc) and (doc[i + 1].text in _DASHES or (
        doc[i + 1].lower_ in lex["state_nouns_plural"] and i + 2 < len(doc) and (doc[i + 2].text in _DASHES or _state_at(ctx, i + 2)
                                                                                  or doc[i + 2].text == ",")))}
    for token in (doc[i] for i in sorted(candidates)):
        org = None
        j = comma = count = None
        basis = "explicit"
        if token.lower_ in nouns:
            k = token.i - 1
            while k >= 0 and (doc[k].lower_ in lex["member_qualifiers"] or doc[k].pos_ == "NUM"):
                k -= 1
            if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and (k - 3) in rdoc.by_token \
                    and rdoc.by_token.get(k - 1) is not None and rdoc.by_token[k - 1].key == rdoc.by_token[k - 3].key:
                k -= 3  # "Organization of Turkic States (OTS) member states A, B": the acronym the text defines
            if k >= 0 and is_possessive(doc[k]):
                k -= 1
                org = rdoc.by_token.get(k)
                if org is None and doc[k].pos_ == "NOUN":  # "The council's eight members - ..."
                    org = ctx.described_organisation(doc[k])
            else:
                org = rdoc.by_token.get(k)
            j = token.i + 1
            if j < len(doc) and doc[j].lower_ in lex["state_nouns"]:
                if org is None and k >= 0 and doc[k].lower_ in ("the", "its"):
                    org = ctx.only_bloc_before(token)  # "The four member countries, Chile, ..."
                j += 1
            if j < len(doc) and doc[j].text == "," and doc[j - 1].lower_.endswith("s"):
                # "Mercosur's four founding members, Argentina, Brazil, Paraguay and Uruguay": after
                # a comma only a count the list fills makes it an apposition; "all EAS members,
                # Canada and the EU" and "ASEAN member states, Timor-Leste" add to the members
                count = count_before(ctx, token.i, (rdoc.spans[k].start if k in rdoc.by_token else k) - 2)
                comma = j
                j += 1
            elif j < len(doc) and doc[j].text in _DASHES:
                j += 1  # the list follows in apposition
            elif j + 1 < len(doc) and doc[j].lower_ == "of" and (
                    _state_at(ctx, j + 1) or doc[j + 1].lower_ == "the" and _state_at(ctx, j + 2)):
                j += 1  # "MSG member states of Papua New Guinea, Solomon Islands and Fiji": the states themselves
                if org is None and doc[token.i + 1].lower_ in lex["state_nouns"] and (org := _bloc_in_view(ctx, token)) is not None:
                    basis = "context"  # "delegates from member states of A, B and C" of the one bloc named before
            if token.i in rdoc.by_token or ctx.blocked(k if k >= 0 else 0) or not ctx.asserted(token, "negation-only"):
                continue  # a "member" inside a name ("the Programme of the SCO Member States") is the name's
            if ctx.non_member(token):
                continue  # "EU candidate members", "the observer member states"
        elif token.i in rdoc.by_token and rdoc.spans[token.i].end == token.i + 1 and token.i + 1 < len(doc):
            m = rdoc.by_token[token.i]
            # "the six-member Gulf Cooperation Council - A, B, ... -", "the EAC countries (these are A, B)",
            # "Pacific Alliance countries Colombia, Chile, Mexico and Peru" (not "as Observer States to the
            # Pacific Alliance: A, B": a status short of membership just before)
            j = token.i + 1 + (doc[token.i + 1].lower_ in lex["state_nouns_plural"])
            status = any(doc[x].lower_ in lex["non_member_words"] for x in range(max(token.sent.start, token.i - 6), token.i))
            if m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" and j < len(doc) and (
                    doc[j].text in _DASHES and not ctx.non_member(token) and not status) and not _composition_to_come(ctx, token) and not (
                    doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_):  # "ASEAN-PIF cooperation": a compound
                org, j = m, j + 1
            elif m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" and j > token.i + 1 and _state_at(ctx, j) \
                    and not ctx.non_member(token) and not _composition_to_come(ctx, token):
                org = m
            elif m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" and j > token.i + 1 and j + 1 < len(doc) \
                    and doc[j].text == "," and (_state_at(ctx, j + 1) or doc[j + 1].lower_ == "the" and _state_at(ctx, j + 2)) \
                    and not ctx.non_member(token) and (count := count_before(ctx, token.i, token.i - 3)):
                org, comma, j = m, j, j + 1  # "the three Benelux countries, A, B and C,": the count the list fills
        if org is None or org.type != "organisation" or j is None or j >= len(doc):
            continue
        if token.lower_ in lex["ally_nouns"] and org.key not in lex["military_alliances"]:
            continue  # "NATO ally Turkey" is a member; an ally of a trade bloc is not
        for opener in lex["list_openers"]:  # "EU members, namely A and B", "(these are A and B)", "ASEAN Member States namely, A, B"
            words = opener.split()
            if [t.lower_ for t in doc[j : j + len(words)]] == words:
                j, comma = j + len(words), None
                j += j < len(doc) and doc[j].text in (",", ":")
                break
        if token.lower_ in nouns and comma is None and j not in rdoc.by_token and doc[j].text not in _DASHES:
            # "Seven ASEAN members are in APEC - A, B, ..., G": a list later in the sentence that
            # the count fills exactly
            counted = count_before(ctx, token.i, token.i - 3)
            dash = next((t.i for t in doc[j : token.sent.end] if t.text in _DASHES[:4]), None)
            listed = names_from(ctx, dash + 1)[0] if counted and dash is not None else []
            if listed and len(listed) == counted and ctx.asserted(token.head, "negation-only"):
                out += members_of(ctx, listed, org, ctx.evidence(token, "organisation-member-name"))
            continue
        if j >= len(doc):
            continue
        first = rdoc.by_token.get(j) or (rdoc.by_token.get(j + 1) if doc[j].lower_ == "the" else None)
        if first is None or first.type not in ("state", "organisation"):
            continue
        start = j if j in rdoc.by_token else j + 1
        if rdoc.spans[start].start != start:
            continue  # "the SCO Member States on ...": the name began before, with the members' noun
        members = [first] + ctx.list_after(rdoc.spans[start].end, first.type)
        if token.lower_ not in nouns and len(members) < 2:
            continue  # "ECOWAS - Nigeria": a list, not a single name, stands for the members
        if comma is not None and count != len(members):
            continue
        out += members_of(ctx, members, org, ctx.evidence(token, "organisation-member-name"), basis)
    return out


def groups_including(ctx: Context) -> list[Relation]:
    """ "IGAD groups eight states in the Horn of Africa, including South Sudan, Kenya and
    Uganda": an organisation, a grouping verb, a count of states, then "including" a list.
    Read off word order, since the model often misparses an acronym before "groups"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("including", "among")):
        among = token.lower_ == "among" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "them"
        if (token.lower_ != "including" and not among) or token.i < 4 or doc[token.i - 1].text != ",":
            continue
        sent = token.sent
        first = next((i for i in range(sent.start, token.i) if i in rdoc.by_token), None)
        if first is None or rdoc.by_token[first].type != "organisation":
            continue
        org, verb = rdoc.by_token[first], doc[rdoc.spans[first].end] if rdoc.spans[first].end < len(doc) else None
        if verb is None or verb.lower_ not in lex["grouping_verb_forms"]:
            continue
        counted = [t for t in doc[verb.i + 1 : token.i] if t.lower_ in lex["counted_member_nouns"]]
        if not counted or not ctx.asserted(verb, "negation-only") or any(t.lower_ in lex["modal_blockers"] for t in doc[sent.start : verb.i]):
            continue
        start = token.i + 1 + among
        start += start < len(doc) and doc[start].lower_ == "the"
        head = rdoc.by_token.get(start)
        if head is None or head.type != "state":
            continue
        members = [head] + ctx.list_after(rdoc.spans[start].end, "state")
        out += members_of(ctx, members, org, ctx.evidence(verb, "organisation-groups-including"))
    return out


def appositive_memberships(ctx: Context) -> list[Relation]:
    """ "Finland and Sweden, both members of the European Union," and "Mali and Burkina Faso,
    both ECOWAS members": a membership noun phrase set off by commas after a list of states.
    Built on word order because the parse of such appositions is unreliable."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("member", "members", "states", "countries", "nations")):
        member_states = token.lower_ in lex["state_nouns_plural"] and token.i > 0 and doc[token.i - 1].lower_ == "member"
        if (token.lower_ not in ("member", "members") and not member_states) or token.i < 3:
            continue
        if token.i in rdoc.by_token or ctx.non_member(token):
            continue  # "the Programme of the SCO Member States" names a programme; "associate members"
        j = token.i - 1 - member_states  # "member states": the phrase's head is "states"
        targets: list[Mention] = []
        if j in rdoc.by_token and rdoc.by_token[j].type == "organisation":
            targets.append(rdoc.by_token[j])
            j = rdoc.spans[j].start - 1
        steps = 0
        if not targets and j >= 1 and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound":
            described = ctx.described_organisation(doc[j])  # "the three forum members"
            if described is not None:
                targets.append(described)
                j -= 1
        while j >= 0 and steps < 7 and not ctx.spaced_dash(j) and (
            doc[j].lower_ in lex["apposition_member_words"]
            or doc[j].pos_ in ("ADJ", "NUM") or doc[j].text == "-" or (doc[j].tag_ == "VBN" and doc[j].is_lower)
            or (j + 1 < len(doc) and doc[j + 1].text == "-") or (j > 0 and doc[j - 1].text == "-")
            or (not targets and is_possessive(doc[j]) and j > 0) or (not targets and doc[j].lower_ == "its")
        ):
            if not targets and doc[j].lower_ == "its":  # "India and Pakistan, two of its member states": the one bloc named before
                bloc = ctx.only_bloc_before(token)
                if bloc is None:
                    break
                targets.append(bloc)
            elif not targets and is_possessive(doc[j]):
                # "one of the bloc's 16 member states": the possessor is the organisation
                owner = rdoc.by_token.get(j - 1)
                if owner is not None and owner.type == "organisation":
                    targets.append(owner)
                    j = rdoc.spans[j - 1].start
                else:
                    described = ctx.described_organisation(doc[j - 1])
                    if described is None:
                        break
                    targets.append(described)
                    j -= 1
            j -= 1  # "one of five veto-wielding permanent members of the council"
            steps += 1
        if j >= 1 and doc[j].lower_ == "and":
            # "Indonesia, the region's largest economy and one of ASEAN's five founding members,":
            # the membership is the second of two descriptions in the apposition
            opening = next((c for c in range(j - 1, max(0, j - 9), -1) if doc[c].text == ","), None)
            if opening is not None and opening + 1 < j and all(
                    doc[c].pos_ not in ("VERB", "AUX") and doc[c].text not in ("(", ")", "-", "\u2014") and c not in rdoc.by_token
                    for c in range(opening + 1, j)):  # not "A, B, and all ten ASEAN members": a list's last item
                j = opening
        if j < 1 or not (doc[j].text == "," or ctx.spaced_dash(j)) or ctx.blocked(token.i):
            continue
        if token.i + 1 < len(doc) and (token.i + 1) in rdoc.by_token:
            continue  # "..., the U.S. and ASEAN members Brunei, Indonesia": the noun heads the names after it
        if not targets and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("of", "in"):
            k = token.i + 2
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            first = rdoc.by_token.get(k)
            if first is not None:
                targets = [first] + [m for t in doc[k:rdoc.spans[k].end].root.conjuncts if (m := rdoc.mention_at(t))]
            else:
                head = next((t for t in doc[k : k + 4] if t.pos_ in ("NOUN", "PROPN")), None)
                described = ctx.described_organisation(head) if head is not None else None  # "of the council"
                if described is not None:
                    targets = [described]
        members = ctx.listed_before(j - 1)
        ev = ctx.evidence(token, "membership-apposition")
        for member in members:
            for target in targets:
                r = ctx.relation("member-of", (member.key, member.type), (target.key, target.type), ev)
                if r:
                    out.append(r)
    return out


def as_member_phrase(ctx: Context, verb: Token) -> Token | None:
    """The "as" of "joined as a (full) member" / "as the ninth member" that names no organisation."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ in ("member", "members") and not any(g.dep_ == "prep" for g in noun.children) \
                    and not ctx.non_member(noun):
                return c
    return None


def as_members(ctx: Context) -> list[Relation]:
    """ "As a member of the EU, Poland must ...", "Poland, as a founding member of NATO,
    objected", "Poland's role as an EU member": the subject (or possessor) the "as" phrase
    describes. A hypothetical clause ("As a member of NATO, Ukraine would be protected") implies
    the opposite, so "would", "could", "might", conditions and aspirations block it."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("member", "members")):
        head = token
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex["state_nouns"]:
            head = doc[token.i + 1]  # "as a member state of"
        k, org = token.i - 1, None
        while k >= 0 and token.i - k <= 6 and doc[k].lower_ != "as":  # (up to "as an active and dynamic member")
            m = rdoc.by_token.get(k)
            if m is not None and m.type == "organisation":
                org = m  # "as an EU member"
                k = rdoc.spans[k].start
            elif is_possessive(doc[k]) and k > 0 and org is None:
                org = rdoc.by_token.get(k - 1) or ctx.described_organisation(doc[k - 1])  # "as the bloc's newest member"
                k -= 1
            elif doc[k].pos_ not in ("DET", "ADJ", "NUM") and doc[k].lower_ not in lex["member_qualifiers"] and not (
                    doc[k].lower_ == "and" and k > 0 and doc[k - 1].pos_ == "ADJ"):
                break
            k -= 1
        if k < 0 or doc[k].lower_ != "as" or token.i in rdoc.by_token or ctx.non_member(token):
            continue
        if org is None and head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ("of", "in"):
            j = head.i + 2 + (doc[head.i + 2].lower_ == "the")
            org = rdoc.by_token.get(j) or (ctx.described_organisation(doc[j]) if j < len(doc) else None)
            end = rdoc.spans[j].end if j in rdoc.by_token else j + 1
            if end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN") or is_possessive(doc[end])):
                org = None  # "as a member of the EU delegation", "of NATO's command"
        if org is None or org.type != "organisation" or ctx.blocked(token.i) or not ctx.asserted(token, "none"):
            continue
        governor = doc[k].head
        before = doc[k - 1] if k > 0 else None
        owner = next((c for c in before.children if c.dep_ == "poss"), None) if before is not None and before.pos_ == "NOUN" else None
        if owner is not None and rdoc.mention_at(owner) is not None:
            governor = before  # "Canada's 20th anniversary as a member of the OAS", wherever the model hangs "as"
        if governor.pos_ in ("VERB", "AUX"):
            if _hypothetical(ctx, governor):
                continue
            subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            subject = next((c for c in governor.children if c.dep_ == "poss"), None)  # "Poland's role as"
            named = rdoc.mention_at(governor)
            if subject is None and named is not None and named.type == "state" and not (
                    governor.head.pos_ in ("VERB", "AUX") and _hypothetical(ctx, governor.head)):
                # "Croatia, as an EU member state, backs", "of Croatia and Slovenia as EU member states": the
                # name the phrase hangs on (and the names it is listed with, for a plural)
                plural = head.tag_ in ("NNS", "NNPS")
                subject = governor.head if plural and governor.dep_ == "conj" and rdoc.mention_at(governor.head) is not None else governor
        if subject is None:
            continue
        listed = (subject, *subject.conjuncts) if governor.pos_ in ("VERB", "AUX") or subject is not governor or head.tag_ in ("NNS", "NNPS") \
            else (subject,)  # "Croatia and Serbia, as an EU member state and a candidate": the one it hangs on
        members = [m for t in listed if (m := rdoc.mention_at(t)) is not None]
        out += members_of(ctx, members, org, ctx.evidence(token, "as-member"))
    return out


def _hypothetical(ctx: Context, verb: Token) -> bool:
    """Would, could or might; a condition, a question, or an aspiration governing ``verb``."""
    lex = ctx.lex
    if verb.sent.text.rstrip().endswith("?"):
        return True
    node = verb
    for _ in range(3):
        for c in node.children:
            if (c.dep_ == "aux" and c.lower_ in lex["hypothetical_modals"]) or (
                    c.dep_ == "mark" and c.lower_ in lex["condition_markers"]):
                return True
        if node is not verb and node.lemma_.lower() in lex["nonfactive_heads"]:
            return True
        if node.head is node or node.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
        node = node.head
    return False


def granted_memberships(ctx: Context) -> list[Relation]:
    """ "The leaders granted Belarus full membership of the SCO", "Belarus was granted SCO
    membership", "a resolution granting Belarus the status of an SCO member state": a grant of
    membership (not of observer or candidate status, which name no member)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("membership", "status")):
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in lex["grant_verbs"] or not ctx.asserted(verb):
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex["decision_verbs"]:
            continue  # "the ministers decided to grant Iran full membership": a decision that starts the accession
        if any(c.lower_ in lex["non_member_qualifiers"] for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
            continue  # "associate membership"
        phrase = token
        if token.lower_ == "status":  # "the status of an SCO member state", "full member status"
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            phrase = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else token
            if phrase is None or not any(t.lower_ in ("member", "members") for t in phrase.subtree) or ctx.non_member(phrase):
                continue
        named = [m for t in phrase.subtree if t.i < phrase.i and (m := rdoc.mention_at(t)) is not None]
        named += [m for p in phrase.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "to")
                  for g in p.children if g.dep_ == "pobj" and (m := rdoc.mention_at(g) or ctx.described_organisation(g))]
        orgs = [m for m in named if m.type == "organisation"]
        members = [m for c in verb.children if c.dep_ in ("dative", "nsubjpass") and (m := rdoc.mention_at(c)) is not None]
        members += [m for c in token.children if c.dep_ == "nmod" and (m := rdoc.mention_at(c)) is not None and m.type == "state"]
        if len(orgs) != 1:
            continue
        out += members_of(ctx, [m for m in members if m.type == "state"], orgs[0], ctx.evidence(verb, "granted-membership"))
    return out


def lifted_suspensions(ctx: Context) -> list[Relation]:
    """ "The African Union lifted Mali's suspension", "ECOWAS lifted the suspension of Guinea",
    "Mali's suspension from the AU was lifted": a member's rights restored, so a member again."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("suspension",)):
        verb = token.head
        if token.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in lex["lift_verbs"] or not ctx.asserted(verb):
            continue
        members = [m for c in token.children if c.dep_ == "poss" and (m := rdoc.mention_at(c)) is not None]
        # "lifted the suspension on Sudan", "lifted the suspension it had placed on Sudan": only a
        # suspension from the organisation the text tells (not the EU's "suspension it imposed on Niger": of aid)
        on = [m for g in placed_on(token) if (m := rdoc.mention_at(g)) is not None]
        orgs: list[Mention] = []
        for p in token.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                for g in p.children:
                    m = rdoc.mention_at(g) or (ctx.described_organisation(g) if p.lower_ == "from" else None)
                    if m is not None and g.dep_ == "pobj":
                        (members if p.lower_ == "of" else orgs).append(m)
        if not orgs:  # the organisation that lifts it: "ECOWAS lifted ...", "lifted by the bloc"
            agents = [c for c in verb.children if c.dep_ == "nsubj"]
            agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            orgs = [m for a in agents if (m := rdoc.mention_at(a) or ctx.described_organisation(a)) is not None]
        orgs = [m for m in orgs if m.type == "organisation" and ctx.kind(m.key) == "intergovernmental"]
        if len(orgs) != 1:
            continue
        members += [m for m in on if (m.key, orgs[0].key) in ctx.membership_changes[0]]
        out += members_of(ctx, [m for m in members if m.type == "state"], orgs[0], ctx.evidence(verb, "suspension-lifted"))
    return out


def welcomed_back(ctx: Context) -> list[Relation]:
    """ "The Secretary General welcomed Syria back into the bloc", "Pakistan was welcomed back into
    the fold of the Commonwealth": a member readmitted, so a member again (read by
    :func:`kg.relations.membership_changes.welcomes_back`)."""
    out = []
    for verb, members, org in welcomes_back(ctx):
        out += members_of(ctx, members, org, ctx.evidence(verb, "welcomed-back"))
    return out


def past_accessions(ctx: Context) -> list[Relation]:
    """A state's accession to an organisation named as a noun and dated in the past: "Georgia's
    accession to the Council of Europe 21 years ago", "since its accession to the WTO in 2001,
    China has ...", "Croatia's accession to the EU in 2013 was celebrated". Not an accession to
    come or wished for ("Ukraine's accession to the EU would ...", "its accession in 2030")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for noun in rdoc.tokens(("accession",)):
        org = next((m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                    for g in c.children if g.dep_ == "pobj" and (m := rdoc.mention_at(g)) is not None and m.type == "organisation"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if org is None or owner is None or verb.pos_ not in ("VERB", "AUX") or not ctx.asserted(verb) \
                or verb.lemma_.lower() in ctx.lex["accession_blocking_verbs"]:
            continue  # (not "Ukraine's accession to the EU was blocked two years ago")
        since = noun.dep_ == "pobj" and noun.head.lower_ == "since"
        state = rdoc.mention_at(owner)
        if owner.lower_ == "its" and since:  # "Since its accession to the WTO, China has ...": the clause's subject
            state = next((rdoc.mention_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
        if state is None or state.type != "state":
            continue
        ago = any(t.lower_ == "ago" for t in (*noun.subtree, *verb.children))
        dated = any(c.dep_ == "prep" and c.lower_ == "in" and any(YEAR.match(g.text) for g in c.children) for c in noun.children)
        past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        if (ago or since or dated) and past:
            r = ctx.relation("member-of", (state.key, "state"), (org.key, "organisation"), ctx.evidence(noun, "past-accession"))
            if r:
                out.append(r)
    return out


_THEY_ARE = (["they", "are"], ["they", "were"], ["these", "are"], ["these", "were"])


def named_after_joining(ctx: Context) -> list[Relation]:
    """Members that joined, counted or called new, then named by the next sentence: "Five new member
    states were admitted to the FAO. They are: A, B and C", "Three countries joined the bloc in
    2004. These were A, B and C". The next sentence must open on "They are" (or were, or "These
    are") and list the states; not a join to come ("Three states will join ASEAN") nor one denied."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for noun in rdoc.tokens(lex["state_nouns_plural"]):
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.i in rdoc.by_token or ctx.non_member(noun):
            continue
        counted = count_before(ctx, noun.i, noun.left_edge.i) is not None or any(
            c.dep_ == "amod" and c.lower_ == "new" for c in noun.children)
        if not counted or any(rdoc.mention_at(c) is not None for c in noun.children):
            continue  # "five new member states" (not "the EU states", whose members the name gives)
        if noun.dep_ == "nsubjpass" and verb.lower_ in lex["admitted_words"]:
            places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
        elif noun.dep_ == "nsubj" and verb.lemma_.lower() in lex["join_verbs"] and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            places = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            continue
        orgs = [m for g in places if (m := rdoc.mention_at(g)) is not None and m.type == "organisation"]  # (not "the EU summit")
        if any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children))
               for c in verb.children) or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in lex["hypothetical_modals"] | {"will", "shall", "'ll"} for c in verb.children):
            continue  # "joined the EU in imposing sanctions", "admitted as observers", "will be admitted"
        k = noun.sent.end
        if len(orgs) != 1 or not ctx.asserted(verb) or k + 2 >= len(doc) or [t.lower_ for t in doc[k : k + 2]] not in _THEY_ARE:
            continue
        j = k + 2 + (doc[k + 2].text == ":")
        members, end = names_from(ctx, j)
        if len(members) < 2 or end > doc[k].sent.end or any(m.type != "state" for m in members):
            continue
        out += members_of(ctx, members, orgs[0], ctx.evidence(verb, "named-after-joining"))
    return out
