"""Which entities a word in a rule's argument position stands for.

A pattern's ``source`` or ``target`` token is seldom just a name: it may be coordinated ("Finland
and Sweden"), a list read off word order ("Saudi Arabia, Iraq, the UAE and Kuwait"), a group
the text spelled out before ("the three Baltic countries"), a relative pronoun ("Russia, which
annexed Crimea"), a pronoun ("it", "he"), a nationality adjective ("the Russian delegation"), a
title whose holder follows in apposition, or a definite description ("the alliance").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.gazetteer import fold
from kg.model import Mention
from kg.relations.context import Context, is_possessive

YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)$")  # a year as a word: "in 1952", "Qatar (1961)"

__all__ = ["YEAR", "count_of", "counted_list_of", "entities", "list_head_before", "named_groups", "names_from", "set_apart", "titled_person_before"]


def named_groups(ctx: Context) -> dict:
    """Named groups the text spells out: "Estonia, like its Baltic neighbours Latvia and
    Lithuania" makes the Baltic group {Estonia, Latvia, Lithuania}; so do "the Baltic states of
    Estonia, Latvia and Lithuania" and "Estonia, Latvia and Lithuania, the Baltic states". Under
    the key None: every unnamed list of states by its first token, for "all four countries"."""
    rdoc = ctx.rdoc
    groups: dict = {}
    for token in rdoc.tokens(ctx.lex["group_nouns"]):
        names = [c for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
        if not names:
            continue
        members: list[str] = []
        heads = [c for c in token.children if c.dep_ == "appos"]
        heads += [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "appos":
            heads.append(token.head)
        for head in heads:
            for t in (head, *head.conjuncts):
                m = rdoc.mention_at(t)
                if m and m.type == "state" and m.key not in members:
                    members.append(m.key)
        # "Estonia, like its neighbours ...": the clause's subject belongs to the group too
        if token.dep_ == "pobj" and token.head.lower_ in ("like", "as"):
            for c in token.head.head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    m = rdoc.mention_at(c)
                    if m and m.type == "state" and m.key not in members:
                        members.insert(0, m.key)
        if len(members) >= 2:
            groups[fold(names[0].text)] = members
    # Unnamed lists ("Poland, Lithuania, Latvia and Estonia said"), by position, for "all four
    # countries"
    lists: dict[int, list[str]] = {}
    seen: set[int] = set()
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "state" or i != span.start or i in seen:
            continue
        keys = [m.key] + [o.key for o in ctx.list_after(span.end, "state")]
        for k in range(i, rdoc.spans[i].end):
            seen.add(k)
        if len(keys) >= 2:
            lists[i] = list(dict.fromkeys(keys))
            end = span.end
            for _ in keys[1:]:
                nxt = next((t for t in range(end, len(rdoc.doc)) if t in rdoc.by_token), None)
                if nxt is None:
                    break
                seen.update(range(nxt, rdoc.spans[nxt].end))
                end = rdoc.spans[nxt].end
    groups[None] = lists
    return groups


def counted_list_of(ctx: Context, token: Token, n: int, since: int = 0) -> list[str]:
    """The last list of exactly ``n`` states before ``token`` (and from token ``since`` on)."""
    lists = ctx.groups.get(None, {})
    for start in sorted(lists, reverse=True):
        members = lists[start]
        if since <= start < token.i and len(members) == n:
            return list(members)
    return []


def count_of(ctx: Context, token: Token) -> int | None:
    """The number a token writes ("six", "20"), or None."""
    numbers = ctx.lex["numbers"]
    return numbers.get(token.lower_) or (int(token.text) if token.text.isdigit() else None)


def _counted_list(ctx: Context, token: Token) -> list[str]:
    """ "All four countries" / "the two states": the last list of exactly that many states."""
    counts = [c for c in token.children if c.dep_ in ("nummod", "det", "predet", "quantmod") and (
        c.lower_ in ctx.lex["numbers"] or c.text.isdigit())]
    if not counts:
        return []
    n = ctx.lex["numbers"].get(counts[0].lower_) or int(counts[0].text)
    if any(c.dep_ in ("amod", "compound") and not _regional(ctx, c) for c in token.children):
        # "the three coastal states" describes the list only soon after it: in this
        # sentence or the two before
        doc = token.doc
        near = token.sent.start
        for _ in range(2):
            near = doc[near - 1].sent.start if near > 0 else near
        return counted_list_of(ctx, token, n, since=near)
    return counted_list_of(ctx, token, n)  # "the three Baltic states", "all four countries"


def _regional(ctx: Context, token: Token) -> bool:
    """A proper adjective of a region ("Baltic", "Nordic", "Gulf"), not a state's demonym."""
    return token.dep_ == "amod" and token.text[:1].isupper() and fold(token.text) not in ctx.demonyms


def _group_members(ctx: Context, token: Token) -> list[str]:
    if token.lower_ not in ctx.lex["group_nouns"]:
        return []
    if token.lower_ in ctx.lex["state_nouns_plural"]:
        counted = _counted_list(ctx, token)
        if counted:
            return counted
    for child in token.children:
        members = ctx.groups.get(fold(child.text)) if fold(child.text) else None
        if members:
            counts = [c for c in token.children if c.dep_ == "nummod"]
            if counts and count_of(ctx, counts[0]) != len(members):
                return []
            return list(members)
    return []


def _same_clause_conjunct(ctx: Context, token: Token, conj: Token) -> bool:
    """Only plain coordination shares a role: in "headed by Healey, and Germany's by
    Pistorius" the second name belongs to another (elided) clause."""
    doc, rdoc = ctx.doc, ctx.rdoc
    start = rdoc.span_at(conj).start if rdoc.span_at(conj) is not None else conj.i
    previous = [c for c in (token, *token.conjuncts) if c.i < conj.i]
    left = max(c.i for c in previous) + 1 if previous else token.i + 1
    allowed = {",", "and", "or", "the", "both", "as", "well", "also"}
    acronyms = {i for t in doc[left:start] if t.text == "(" and ctx.after_acronym(t.i) > t.i for i in range(t.i, t.i + 3)}
    return all(
        t.lower_ in allowed or fold(t.text) in ctx.title_vocab or t.i in rdoc.by_token
        or fold(t.text) in ctx.demonyms or t.i in acronyms  # "Congo (DRC), Angola"
        for t in doc[left:start]
    )


def _antecedent_of_relative(ctx: Context, token: Token) -> tuple[Token | None, bool]:
    """ "Russia, which annexed Crimea", "CARICOM, of which Guyana is a member", "a bloc whose
    members include ...": the antecedent of the relative clause."""
    rdoc = ctx.rdoc
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None, False
    k = token.i - 1
    while k >= 0 and rdoc.doc[k].text == ",":
        k -= 1
    nearest = rdoc.by_token.get(k)
    if nearest is not None and nearest.type == "person" and token.lower_ in ("who", "whom", "whose") and k == token.i - 1:
        return rdoc.doc[rdoc.spans[k].start], True  # "a new foreign minister, career diplomat B who has served as": B, however parsed
    if token.head.lower_ == "of" and token.head.i == token.i - 1:
        # "promoted by the UN, the AU and SADC, of which Angola is a member": the nearest body alone
        k = token.i - 2
        while k >= 0 and rdoc.doc[k].text == ",":
            k -= 1
        body = rdoc.by_token.get(k)
        if body is not None and body.type == "organisation":
            return rdoc.doc[rdoc.spans[k].start], True
    head_mention = rdoc.mention_at(clause.head)
    if nearest is not None and head_mention is not None and nearest.type == head_mention.type:
        first = min([clause.head, *clause.head.conjuncts], key=lambda t: t.i)
        first_span = rdoc.span_at(first)
        between = rdoc.doc[first_span.end : rdoc.spans[k].start] if first_span is not None else []
        if not all(t.lower_ in (",", "and", "the") or t.i in rdoc.by_token for t in between):
            # "signed A as well as B, which Turkey ratified": the nearer name alone; a plain list
            # ("Britain, France and Germany, which remain parties") is the antecedent whole
            return rdoc.doc[rdoc.spans[k].start], True
    token = clause.head
    if rdoc.mention_at(token) is None and token.dep_ == "attr" and token.head.lemma_ == "be":
        # "East Timor was a former Portuguese colony, which was annexed by Indonesia": the subject is the colony
        subject = next((c for c in token.head.children if c.dep_ == "nsubj" and rdoc.mention_at(c) is not None), None)
        if subject is not None:
            return subject, False
    if rdoc.mention_at(token) is None and token.dep_ == "appos":
        # "IGAD, an East African bloc whose ...": the name right before the apposition
        k = token.left_edge.i - 1
        while k >= 0 and rdoc.doc[k].text in (",", ")", "("):
            k -= 1
        if k >= 0 and rdoc.by_token.get(k) is not None:
            token = rdoc.doc[k]
    return token, False


def _holder_after_title(ctx: Context, token: Token):
    """The person named right after the title phrase that ``token`` begins, or None."""
    from kg.relations.title_phrases import honorific_end, title_phrases

    if fold(token.text) not in ctx.gaz.title_words or token.i in ctx.rdoc.by_token:
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1  # "Director General": the parse hangs the title on its last word
    start -= start > 0 and token.doc[start - 1].lower_ == "the"
    phrases = title_phrases(ctx, start, token.sent.end)
    if not phrases or phrases[0].start > token.i:
        return None
    doc, end = token.doc, token.sent.end
    k = honorific_end(ctx, phrases[-1].end, end)
    comma = k < end and doc[k].text == ","
    if comma:  # "headed by the Minister of Foreign Affairs, N": the model hangs N on the delegation
        k = honorific_end(ctx, k + 1, end)
    m = ctx.rdoc.by_token.get(k)
    if m is None or m.type != "person" or ctx.rdoc.spans[k].start != k:
        return None
    after = ctx.rdoc.spans[k].end
    if after + 2 < end and doc[after].text == "," and doc[after + 1].text in ctx.lex["post_nominal_letters"] and doc[after + 2].text == ",":
        after += 2  # "the Minister of X, Dr. N, MP, will lead": letters after a name, not a list
    if comma and after < end and (doc[after].lower_ == "and" or doc[after].text == "," and after + 1 < end and (
            (after + 1) in ctx.rdoc.by_token or fold(doc[after + 1].text) in ctx.gaz.title_words)):
        return None  # "led by the Foreign Minister, N and M", "the Minister, N, Ambassador M": a list
    return m


def list_head_before(ctx: Context, span, type_: str) -> list[tuple[str, str]]:
    """The names a subject list begins with when the model hangs them on the verb as adverbs:
    "Last year Nauru, Tonga and Kiribati became members" (Nauru an adverb of "became")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    found = []
    k = span.start - 1
    while k > 0 and doc[k].text == ",":
        prev = rdoc.mention_at(doc[k - 1])
        pspan = rdoc.span_at(doc[k - 1])
        if prev is None or prev.type != type_ or pspan is None or pspan.root.dep_ not in ("npadvmod", "advmod") \
                or pspan.root.head.i != span.root.head.i:
            break
        found.insert(0, (prev.key, prev.type))
        k = pspan.start - 1
    return found


def titled_person_before(ctx: Context, span):
    """ "led by Minister for EU Affairs A and Development Minister B": the model hangs A on B as a
    modifier; A (the span of its name) is B's coordinate when only "and" and B's title words stand
    between them."""
    doc, rdoc = ctx.doc, ctx.rdoc

    def title_before(k: int) -> int:
        while k > span.sent.start and doc[k - 1].is_title and fold(doc[k - 1].text) in ctx.title_vocab:
            k -= 1
        return k

    k = title_before(span.start)
    if k == span.start or k < 2 or doc[k - 1].lower_ != "and":
        return None
    prev = rdoc.mention_at(doc[k - 2])
    pspan = rdoc.span_at(doc[k - 2])
    if prev is None or prev.type != "person" or pspan is None or pspan.end != k - 1:
        return None
    j = title_before(pspan.start)
    if j > span.sent.start and doc[j - 1].pos_ == "ADP" and doc[j - 1].lower_ != "by":
        return None  # "an aide to President A and Minister B": A is the aide's principal, not B's partner
    return pspan


def entities(ctx: Context, token: Token, *, possessive_hop: bool = False) -> list[tuple[str, str]]:
    """(key, type) pairs a pattern node stands for, coordination included. With
    ``possessive_hop``, "Ukraine's Crimean Peninsula" stands for the peninsula."""
    rdoc = ctx.rdoc
    found: list[tuple[str, str]] = []
    alone = relative = False
    if token.lower_ in ctx.lex["whole_quantifiers"] and token.dep_ in ("nsubj", "nsubjpass"):
        # "Poland, Hungary and Slovakia, all of which are members of NATO": the relative's antecedent
        # (not "none of which", "most of which")
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in ctx.lex["relative_pronouns"]), token)
    if token.lower_ in ctx.lex["relative_pronouns"] and token.dep_ != "det":
        token, alone = _antecedent_of_relative(ctx, token)
        relative = True
        if token is None:
            return []
    if token.lower_ in ctx.lex["numbers"] and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NUM":
        counted = counted_list_of(ctx, token, ctx.lex["numbers"][token.lower_])
        if counted:  # "All four joined the European Union in 2004"
            return [(k, "state") for k in counted]
    if token.lower_ in ctx.lex["list_announcing_words"] and token.dep_ in ("attr", "dobj") and token.i + 2 < len(ctx.doc) \
            and ctx.doc[token.i + 1].text == ":":
        # "The members of X are the following: A, B and C", "X includes the following: ...": the list after the colon
        return [(m.key, m.type) for m in names_from(ctx, token.i + 2)[0]]
    if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ctx.lex["state_nouns_plural"] and any(
            c.lower_ == "following" and c.dep_ == "amod" for c in token.children):
        # "The following States were elected to the Council: A, B and C": the list after the clause's colon
        colon = next((t.i for t in ctx.doc[token.i : min(len(ctx.doc), token.sent.end + 1)] if t.text == ":"), None)
        return [(m.key, m.type) for m in names_from(ctx, colon + 1 + ctx.doc[colon + 1 : colon + 2].text.isspace())[0]
                if m.type == "state"] if colon is not None and colon + 2 < len(ctx.doc) else []
    if token.lower_ in ctx.lex["state_anaphor_nouns"] and token.dep_ in ("nsubj", "nsubjpass") and token.i == token.sent.start + 1 \
            and ctx.doc[token.i - 1].lower_ == "the":
        # "Rwanda will host the meeting. The country became a member in 2009": the state the
        # sentence before was about (its subject), not any state named on the way
        subject = ctx.previous_subject(token)
        if subject is None or subject.type != "state":
            return []
        previous = ctx.doc[token.sent.start - 1].sent
        others = {m.key for i, m in ctx.rdoc.by_token.items() if previous.start <= i < previous.end and m.type == "state"} - {subject.key}
        others |= {key for t in previous if (key := ctx.demonym_state(t)) and key != subject.key}
        return [] if others else [(subject.key, "state")]  # (not "The US imposed tariffs on Brazil. The country is ...": which?)
    if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        organisation = ctx.only_organisation_before(token)
        return [organisation] if organisation else []
    if token.lower_ in ctx.lex["personal_pronouns"]:
        person = ctx.antecedent(token)
        return [(person.key, "person")] if person is not None else []
    coordinated = [] if alone else [c for c in token.conjuncts if _same_clause_conjunct(ctx, token, c)]
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        # "to A and to B", but not "to A but not to B"
        coordinated += [g for p in token.head.conjuncts for g in p.children if g.dep_ == "pobj" and not (
            any(c.dep_ == "neg" for c in p.children) or (p.i > 0 and p.doc[p.i - 1].lower_ in ctx.lex["negators"]))]
    if token.dep_ == "dobj" and rdoc.mention_at(token) is not None:
        # "joined NATO in 2009 and the European Union in 2013": the model hangs the gapped
        # second object on the verb; a name of the same kind there is another object
        kind = rdoc.mention_at(token).type
        coordinated += [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i and c.pos_ == "PROPN"
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
                        and not any(t.text in ("-", "\u2013", "\u2014", "(", ")") for t in ctx.doc[token.i : c.i])
                        and (m := rdoc.mention_at(c)) is not None and m.type == kind]  # not "— and the EU —"
    for t in (token, *coordinated):
        members = _group_members(ctx, t)
        if members:  # "the three Baltic countries" once the text has listed them
            found.extend((k, "state") for k in members)
            continue
        m = rdoc.mention_at(t)
        if m is not None and t is token:
            # "Saudi Arabia, Iraq, the UAE and Kuwait are ...": the parse of long lists is
            # unreliable, so the list is read off word order as well
            span = rdoc.span_at(t)
            found.extend((o.key, o.type) for o in ctx.list_after(span.end, m.type))
            if t.dep_ in ("nsubj", "nsubjpass"):
                found.extend(list_head_before(ctx, span, m.type))
        if m is not None:
            if possessive_hop:
                span = rdoc.span_at(t)
                owned = ctx.possessed_list(span.end) if span is not None else []
                if owned:
                    found.extend((o.key, o.type) for o in owned)
                    continue
            found.append((m.key, m.type))
            continue
        state = ctx.demonym_state(t)
        if state:
            found.append((state, "state"))
            continue
        named = [m for c in t.children if c.dep_ == "appos" and (m := rdoc.mention_at(c)) is not None and m.type == "person"]
        if named and (fold(t.text) in ctx.gaz.title_words or t.lower_ in ctx.lex["address_nouns"]):
            # "headed by Burkina Faso's foreign minister, Karamoko Traore": the title's holder;
            # "His Highness Sayyid Fahd ... would lead": the person so addressed
            found.append((named[0].key, "person"))
            continue
        listed = [c for c in t.children if c.dep_ == "appos" and (m := rdoc.mention_at(c)) is not None and m.type == "state"]
        if listed and t is token and t.dep_ == "dobj" and t.tag_ == "NNS" and t.lower_ in ctx.lex["group_nouns"] \
                and t.head.lemma_.lower() in ctx.lex["congratulating_verbs"]:
            # "congratulated the new members - Qatar and Bangladesh": the states it lists, all of
            # them if it counts them ("two member states: A, B, C and D" lists none)
            states = [e for e in entities(ctx, listed[0]) if e[1] == "state"]
            counts = [c for c in t.children if c.dep_ == "nummod"]
            if not counts or count_of(ctx, counts[0]) == len(states):
                found.extend(states)
            continue
        holder = _holder_after_title(ctx, t)
        if holder is not None:
            # "headed by the Minister of State for African Affairs Ahmed Qattan": the model hangs the
            # name on the portfolio, but the title phrase runs up to it
            found.append((holder.key, "person"))
            continue
        described = ctx.nominal(t)
        if described:
            found.append(described)
            continue
        if t is token and t.dep_ in ("dobj", "attr") and t.lower_ in ctx.lex["state_nouns_plural"] \
                and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == ":" \
                and any(c.dep_ == "nsubj" and c.lower_ == "members" for c in t.head.children):
            listed, _ = names_from(ctx, t.i + 2)  # "members included 27 countries: A, B, ... and Z"
            counts = [c for c in t.children if c.dep_ == "nummod"]
            if not counts or count_of(ctx, counts[0]) == len(listed):  # a count the list must fill
                found.extend((m.key, m.type) for m in listed if m.type == "state")
            continue
        if t.pos_ == "NOUN" and t is token and t.dep_ in ("nsubj", "nsubjpass") and _including(ctx, t):
            found.extend(_including(ctx, t))  # "a number of states, including A, B and C, wanted to join": the ones named
            continue
        if t.pos_ == "NOUN" and t is token and (t.dep_ in ("nsubj", "nsubjpass") or relative):
            # "The world's newest country, South Sudan, became ...", "four countries (A, B, C and D), all of which are"
            named = [m for c in t.children if c.dep_ == "appos" and (m := rdoc.mention_at(c)) is not None and m.type in ("state", "organisation")]
            if len(named) == 1:
                found.append((named[0].key, named[0].type))
                if t.tag_ == "NNS":  # "four states - Poland, Hungary, Malta and Cyprus - joined": the list
                    first = next(c for c in t.children if c.dep_ == "appos" and rdoc.mention_at(c) is named[0])
                    listed = ctx.list_after(rdoc.span_at(first).end, named[0].type)
                    counts = [c for c in t.children if c.dep_ == "nummod"]
                    if listed and (not counts or count_of(ctx, counts[0]) == 1 + len(listed)):
                        found.extend((m.key, m.type) for m in listed)
    if len(found) == 1 and found[0][1] == "person":
        # "led by Minister for EU Affairs A and Development Minister B", however the model hangs A
        sent = token.sent
        spans = [rdoc.spans[i] for i in range(sent.start, sent.end)
                 if (m := rdoc.by_token.get(i)) is not None and m.key == found[0][0] and rdoc.spans[i].start == i]
        before = titled_person_before(ctx, spans[0]) if len(spans) == 1 else None
        if before is not None:
            found.insert(0, (rdoc.mention_at(before.root).key, "person"))
    return list(dict.fromkeys(found))


def _including(ctx: Context, noun: Token) -> list[tuple[str, str]]:
    """The states a plural noun subject names by "including" ("several countries, including A and
    B,", "a number of states, including A, B and C,"), itself or through its "of"."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
    if not any(n.lower_ in ctx.lex["state_nouns_plural"] for n in nouns):
        return []
    for n in nouns:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "including":
                first = next((g for g in c.children if g.dep_ == "pobj"), None)
                m = ctx.rdoc.mention_at(first) if first is not None else None
                if m is not None and m.type == "state":
                    return [(m.key, m.type)] + [(o.key, o.type) for o in ctx.list_after(ctx.rdoc.span_at(first).end, "state")]
    return []


def _listed_on(ctx: Context, end: int) -> bool:
    """Does a list go on after the name ending at ``end``: a comma, then a state's name?"""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("the", "and"))
    return end < len(doc) and doc[end].text == "," and k < len(doc) and (m := rdoc.by_token.get(k)) is not None and m.type == "state"


def names_from(ctx: Context, j: int) -> tuple[list[Mention], int]:
    """The states and organisations listed from token ``j`` ("A, B, and the C"), and where the
    list ends; nothing when the first name is a possessor ("Russia's President")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    found: list[Mention] = []
    semicolons = False  # "Australia; Brunei Darussalam; Canada; ...": a list set out with semicolons
    while j < len(doc):
        k = j
        while k < len(doc) and k < j + 2 and doc[k].lower_ == "the":
            k += 1  # "the the Republic of Burundi": a doubled article
        m = rdoc.by_token.get(k)
        if m is None and (after := _bloc_group_item(ctx, k)) is not None:
            j = after  # "-- the ten ASEAN countries, the Republic of Korea, ...": a bloc's members as one item
            continue
        if m is not None and m.type == "place" and rdoc.spans[k].start == k and found and _listed_on(ctx, rdoc.spans[k].end):
            j = rdoc.spans[k].end + 1  # "A, B, Montserrat, C and D": a territory in the list, the list goes on past it
            continue
        if m is None or m.type not in ("state", "organisation") or rdoc.spans[k].start != k:
            break
        end = rdoc.spans[k].end
        if end < len(doc) and (is_possessive(doc[end]) or doc[end].lower_ in ("member", "members") or (
                m.type == "organisation" and doc[end].lower_ in ctx.lex["state_nouns_plural"])):
            break  # "Russia's President"; "... and ASEAN members Brunei, ...", "the G-7 countries": a name that modifies the next word
        if semicolons and end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
            break  # "...; Malaysia joined later": a clause after the semicolon, no list item
        found.append(m)
        j = _after_region(ctx, ctx.after_acronym(end))  # "the Democratic Republic of the Congo (DRC), Angola"
        if j < len(doc) and doc[j].text == "(":  # "Jordan (then Transjordan), Lebanon": an aside in brackets
            close = next((c for c in range(j + 1, min(j + 7, len(doc))) if doc[c].text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in (",", "and"):
                j = close + 1
        semicolons = semicolons or len(found) == 1 and j + 1 < len(doc) and doc[j].text == ";"
        if j + 1 < len(doc) and doc[j].text in (",", ";") and doc[j + 1].lower_ == "and" and (doc[j].text == "," or semicolons):
            j += 2
        elif j + 1 < len(doc) and (doc[j].text == "," or semicolons and doc[j].text == ";") or (j < len(doc) and doc[j].lower_ in ("and", "&") and found):
            j += 1
        else:
            break
    if found and j > 0 and doc[j - 1].lower_ in (",", "and"):
        j -= 1  # the list ended before the separator: "ASEAN and eight partners"
    return found, j


def _bloc_group_item(ctx: Context, k: int) -> int | None:
    """Where a list goes on after an item at ``k`` that counts an organisation's members as a
    group ("ten ASEAN countries, ..."), the article before it already passed; else None."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    if k + 1 >= len(doc) or not (doc[k].lower_ in lex["numbers"] or doc[k].text.isdigit()):
        return None
    m = rdoc.by_token.get(k + 1)
    end = rdoc.spans[k + 1].end if m is not None and m.type == "organisation" and rdoc.spans[k + 1].start == k + 1 else None
    if end is None or end + 1 >= len(doc) or doc[end].lower_ not in lex["state_nouns_plural"] and doc[end].lower_ != "members":
        return None
    return end + 2 + (end + 2 < len(doc) and doc[end + 2].lower_ == "and") if doc[end + 1].text == "," else None


def _after_region(ctx: Context, k: int) -> int:
    """The token after the region or the year a list gives a name at ``k`` ("Tanzania and Uganda
    from the East, Angola from the Southern Africa region, and ...", "Greece in 1952, Germany in
    1955"), when the list goes on after it; else ``k``."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    if k + 2 < len(doc) and doc[k].lower_ == "in" and YEAR.match(doc[k + 1].text) and doc[k + 2].text in (",", "and"):
        return k + 2  # "Greece and Turkey in 1952, Germany in 1955 and Spain in 1982"
    if k >= len(doc) or doc[k].lower_ not in lex["list_region_openers"]:
        return k
    end = k + 1
    while end < min(len(doc), k + 7) and (doc[end].lower_ == "the" or doc[end].lower_ in lex["region_nouns"] or (
            doc[end].is_title and (end not in rdoc.by_token or rdoc.by_token[end].type == "place"))):
        end += 1
    if end == k + 1 or end >= len(doc) or doc[end].text not in (",", "and") or not any(
            doc[t].is_title for t in range(k + 1, end)):
        return k
    return end


def set_apart(ctx: Context, verb: Token) -> set[str]:
    """The names a list after ``verb`` sets apart as other than members: "comprises A and B as
    full members, and C and D as associate members" sets apart C and D."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    apart: set[str] = set()
    group: list[str] = []
    for t in doc[verb.i + 1 : verb.sent.end]:
        m = rdoc.by_token.get(t.i)
        if m is not None and m.type in ("state", "organisation") and rdoc.spans[t.i].start == t.i:
            group.append(m.key)
        elif t.lower_ == "as":
            words = [w.lower_ for w in doc[t.i + 1 : min(t.i + 4, verb.sent.end)]]
            if any(w in lex["non_member_words"] or w in lex["prospective_member_words"] for w in words):  # "as future allies"
                apart.update(group)
            group = []
    return apart
