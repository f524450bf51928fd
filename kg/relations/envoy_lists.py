"""holds-office for envoys and office holders listed in turn with their states.

Credentials stories list new envoys by sending state: "received the credentials of the new
ambassadors of Uruguay, Jane Roe, Chile, John Doe and Australia, Ann Poe". Each envoy holds the
office of the state right before the name; the host comes from the setting
(:func:`kg.relations.setting.ambassador_hosts`). Summit reports list leaders the same way: "the
Presidents of Kenya William Ruto, Uganda Yoweri Museveni and Tanzania Samia Suluhu Hassan", or
the states first and the names after them, "respectively": "the Foreign Ministers of Georgia,
Moldova and Ukraine, A, B and C, respectively".
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Mention, Relation
from kg.relations.context import Context
from kg.relations.lines import line_of, lines_after
from kg.relations.offices import phrase_relations
from kg.relations.title_phrases import read_title_phrase
from kg.relations.titles import honorific_end

__all__ = ["envoys_in_turn", "envoys_posted", "envoys_presenting_credentials", "envoys_under_heading", "offices_by_state_lines", "envoys_with_states_in_brackets", "titles_closing_lines"]


def envoys_in_turn(ctx: Context) -> list[Relation]:
    """A plural envoy noun, "of" or "from", then a state and a person, a state and a person, ...
    in strict turn (two pairs at least, so that "the ambassadors of Chile, Peru and Bolivia" or
    "the ambassadors of Chile, Jane Roe, said" give nothing): each person holds the envoy's office
    of the state before them."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["envoy_nouns"] | lex["plural_office_heads"]):
        plural = token.tag_ in ("NNS", "NNPS") or token.lower_ in lex["plural_office_heads"] or (
            token.lower_ in lex["envoy_nouns"] and token.lower_.endswith("s"))  # "Foreign Ministers", "Ambassadors" tagged NNP
        of = token.i + 1
        while of < len(doc) and of - token.i <= 4 and (doc[of].lower_ in lex["post_title_words"] or doc[of].lower_ == "and"):
            of += 1  # "Ambassadors Extraordinary and Plenipotentiary of ..."
        if not plural or of + 1 >= len(doc) or doc[of].lower_ not in ("of", "from"):
            continue
        start = token.i
        while start > 0 and fold(doc[start - 1].text) in lex["title_modifiers"] and (start - 1) not in rdoc.by_token \
                and doc[start - 1].lower_ not in ("and", "of"):
            start -= 1  # "Foreign Ministers of ...", "Prime Ministers of ..." (not "Ministers and" of "Ministers and Ambassadors")
        pairs = _pairs(ctx, of + 1)
        if len(pairs) < 2:
            pairs = _respective_pairs(ctx, of + 1)
        if len(pairs) < 2 or ctx.blocked(start):
            continue
        head = token.lower_[:-1] if token.lower_ in lex["plural_office_heads"] else token.lemma_.lower()
        role = " ".join([fold(t.text) for t in doc[start : token.i]] + [head])
        ev = ctx.evidence(token, "envoys-of-states-in-turn")
        for state, person in pairs:
            r = ctx.relation("holds-office", (person.key, "person"), (state.key, "state"), ev, role=role)
            if r:
                out.append(r)
    return out


def envoys_with_states_in_brackets(ctx: Context) -> list[Relation]:
    """A plural envoy noun, then a list of names each with its state in brackets (or after "from"
    or "of"), two at least: "The envoys included A (Algeria), B (Hungary) and C (Norway)". Each
    holds the envoy's office of that state; the host comes from the setting. So with a plural
    leader's title: "in the presence of the then presidents: A (Honduras), B (Colombia)" (not
    "opposition leaders"), "signed by Foreign Ministers A of X, B of Y and C of Z"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    leaders = lex["leader_titles_plural"]
    out: list[Relation] = []
    for token in rdoc.tokens(lex["envoy_nouns"] | frozenset(leaders) | {"commissioners"}):
        if not token.lower_.endswith("s") or ctx.office_blocked(token.i) or token.lower_ in leaders and any(
                c.lower_ in lex["non_state_leader_modifiers"] for c in token.children):
            continue  # "the envoys", "ambassadors", "presidents"
        if token.lower_ == "commissioners" and (token.i == 0 or doc[token.i - 1].lower_ != "high"):
            continue  # "High Commissioners A (X), B (Y)": the Commonwealth's envoys; not other commissioners
        if token.lower_ in lex["envoy_nouns"] and ctx.modifier_state(token):
            continue  # "the Kenyan envoys: A (Germany), B (France)": the states they are posted to (envoys_posted)
        pairs, first = _with_states(ctx, token.i + 1, token.sent.end)
        relative = {t.i for c in token.children if c.dep_ == "relcl" for t in c.subtree}  # "The envoys who presented ... include"
        between = [t.lower_ for t in doc[token.i + 1 : first] if not t.is_punct] if first is not None else []
        of_the_time = between[:3] in (["of", "the", "time"], ["at", "the", "time"])  # "Foreign Ministers of the time, A (X) and B (Y)"
        if len(pairs) < 2 or any(t.lower_ not in lex["list_lead_words"] and not t.is_punct and t.i not in relative
                                 for t in doc[token.i + 1 + 3 * of_the_time : first]):
            continue  # "The envoys included A (X), ...": the list is the envoys; not "diplomats met A (X) and B (Y)"
        role = leaders.get(token.lower_) or (token.lemma_.lower() if token.lemma_.lower() in lex["envoy_titles"] else
                                             "high commissioner" if token.lower_ == "commissioners" else "ambassador")
        role = f"former {role}" if ctx.past_office(token.i) or of_the_time else role  # "the then presidents: A (X), B (Y)"
        ev = ctx.evidence(token, "envoys-with-states-in-brackets")
        for state, person in pairs:
            r = ctx.relation("holds-office", (person.key, "person"), (state.key, "state"), ev, role=role)
            if r:
                out.append(r)
    return out


def _with_states(ctx: Context, start: int, end: int) -> tuple[list[tuple[Mention, Mention]], int | None]:
    """The (state, person) pairs listed between ``start`` and ``end``, "A (X)", "A from X", "A - X",
    "A of X", and where the first pair begins."""
    doc, rdoc = ctx.doc, ctx.rdoc
    pairs, first = [], None
    for i in range(start, end):
        m = rdoc.by_token.get(i)
        if m is None or m.type != "person" or rdoc.spans[i].start != i:
            continue
        k = rdoc.spans[i].end
        if k >= len(doc):
            continue  # a name that ends the document ("... Prime Minister Chris Hipkins"): no state after it
        dash = k + 2 < len(doc) and doc[k].text in ("\u2013", "\u2014") or doc[k].text == "-" and bool(doc[k].whitespace_)
        state = _mention_from(ctx, k + 1, "state") if k + 2 < len(doc) and (doc[k].text in ("(", "from", "of") or dash) else None
        closer = (")",) if doc[k].text == "(" else (",", "and", ".", ";")  # or "A from Namibia, B (DRC)", "A - Cuba, B - Angola"
        if state is not None and dash and state[1] + 2 < len(doc) and doc[state[1]].text == "(" \
                and (same := rdoc.by_token.get(state[1] + 1)) is not None and same.key == state[0].key:
            state = (state[0], rdoc.spans[state[1] + 1].end + 1)  # "A - Hellenic Republic (Greece), B - Cuba"
        if state is not None and state[1] < len(doc) and doc[state[1]].text in closer:
            pairs.append((state[0], m))
            first = i if first is None else first
    return pairs, first


def envoys_posted(ctx: Context) -> list[Relation]:
    """A state's envoys, then each with the state they are posted to in brackets, in the sentence
    or in one that goes on "They are ...": "15 Bangladesh ambassadors in Europe will attend. They
    are A (Austria), B (Belgium) and C (Denmark)". Each is ambassador to the bracketed state and
    holds the office of the envoys' own state (two pairs at least)."""
    doc, lex = ctx.doc, ctx.lex
    out: list[Relation] = []
    for token in ctx.rdoc.tokens(lex["envoy_nouns"]):
        sender = ctx.modifier_state(token) if token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in lex["envoy_titles"] else None
        if sender is None or ctx.office_blocked(token.i) or not ctx.asserted(token.head, "negation-only"):
            continue  # (not "diplomats", who may be any embassy's staff)
        pairs, first = _with_states(ctx, token.i + 1, token.sent.end)
        if first is not None and any(not t.is_punct and t.lower_ not in lex["list_lead_words"] for t in doc[token.i + 1 : first]):
            pairs = []  # "The Kenyan envoys included A (Austria), ..." (not "The Kenyan envoys met A (Austria)")
        k = token.sent.end
        others = [t for t in doc[token.i + 1 : k] if t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and t not in token.conjuncts]
        if len(pairs) < 2 and not others and k < len(doc) and [t.lower_ for t in doc[k : k + 2]] in (["they", "are"], ["they", "were"], ["these", "are"]):
            pairs, _ = _with_states(ctx, k + 2, doc[k].sent.end)  # "They are ...": the envoys, no other people between
        if len(pairs) < 2 or any(state.key == sender for state, _ in pairs):
            continue
        ev = ctx.evidence(token, "envoys-posted")
        for state, person in pairs:
            out += [r for r in (ctx.relation("ambassador-to", (person.key, "person"), (state.key, "state"), ev),
                                ctx.relation("holds-office", (person.key, "person"), (sender, "state"), ev, role="ambassador")) if r]
    return out


def envoys_under_heading(ctx: Context) -> list[Relation]:
    """A heading line of envoys ("Ambassadors:", "High Commissioners", "List of new envoys"), then
    one envoy a line with the state in brackets, "Anna Berg (Sweden)": each holds that envoy's
    office of the state (two lines at least; the first other line ends the list). The host comes
    from the setting."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["envoy_heading_nouns"]):
        start, end = line_of(doc, token.i)
        words = [t for t in doc[start:end] if not t.is_space and t.text != ":"]
        if not 1 <= len(words) <= 6 or words[-1].i != token.i or any(t.pos_ in ("VERB", "AUX") for t in words) \
                or any(t.i in rdoc.by_token for t in words):
            continue  # the heading is the envoy noun's line, ending with it
        role = "high commissioner" if token.lower_ == "commissioners" else "ambassador"
        pairs = []
        for _, _, items in lines_after(doc, end, lex["list_bullets"]):
            if not items:
                break
            opening = next((t.i for t in items if t.text == "("), None)
            state = _mention_from(ctx, opening + 1, "state") if opening is not None else None
            if state is None or state[1] != items[-1].i or doc[state[1]].text != ")":
                break  # not "Name (State)": the list has ended
            person = _mention_from(ctx, items[0].i, "person")
            if person is not None and person[1] == opening:
                pairs.append((person[0], state[0]))  # (a name the model did not read as a person's is passed over)
        if len(pairs) < 2:
            continue
        ev = ctx.evidence(token, "envoys-under-heading")
        for person, state in pairs:
            r = ctx.relation("holds-office", (person.key, "person"), (state.key, "state"), ev, role=role)
            if r:
                out.append(r)
    return out


def titles_closing_lines(ctx: Context) -> list[Relation]:
    """A line of a list, or an item of a list cut by semicolons, that is a name and its title
    with the owner, no comma between ("His Excellency Jan Berg Ambassador of the Republic of
    Norway"; "attended by: H.E. A B Minister of Foreign Affairs of X and H.E. C D, ..."): the
    person holds that title. Only where the title runs to the item's end and the item holds
    nothing else. An item that is a name alone takes the title that is the next item alone
    ("H.E. A B; President of X; H.E. C D, ...": a semicolon typed for a comma)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "person" or i != span.start or span.end >= len(doc):
            continue
        first, stop = _item_of(ctx, i)
        if honorific_end(ctx, first, i) != i and first != i:
            continue  # the item opens with the name, forms of address allowed
        title_at = span.end
        if doc[span.end].text == ";" and stop == span.end and first > line_of(doc, i)[0] and span.end + 1 < len(doc):
            title_at = span.end + 1  # the name is an item alone; its title the next one
            stop = _item_of(ctx, title_at)[1]
        elif doc[span.end].is_punct:
            continue
        phrase = read_title_phrase(ctx, title_at, stop)
        if phrase is None or phrase.owner is None or phrase.end != stop or phrase.former:
            continue
        out += phrase_relations(ctx, (m.key, "person"), [phrase], doc[i], "title-closing-line")
    return out


def _item_of(ctx: Context, i: int) -> tuple[int, int]:
    """The list item token ``i`` is in: its line, or the part of it between semicolons (a colon
    opens the list), up to an "and" that opens the next name ("... of X and H.E. C D")."""
    doc = ctx.doc
    first, stop = line_of(doc, i)
    while stop > first and (doc[stop - 1].is_space or doc[stop - 1].text in (".", ";")):
        stop -= 1
    k = i
    while k > first and doc[k - 1].text not in (";", ":"):
        k -= 1
    if k > first:
        first = k
    k = i
    while k < stop and doc[k].text != ";" and not (
            doc[k].lower_ == "and" and k > i and k + 1 < stop and honorific_end(ctx, k + 1, stop) > k + 1):
        k += 1
    return first, k


def _mention_from(ctx: Context, j: int, type_: str) -> tuple[Mention, int] | None:
    """The mention of ``type_`` that starts at token ``j`` (after an optional "the"), and where it ends."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if j < len(doc) and doc[j].lower_ == "the" and type_ == "state":
        j += 1
    m = rdoc.by_token.get(j)
    if m is None or m.type != type_ or rdoc.spans[j].start != j:
        return None
    return m, rdoc.spans[j].end


def _pairs(ctx: Context, j: int) -> list[tuple[Mention, Mention]]:
    doc = ctx.doc
    pairs = []
    while j < len(doc):
        state = _mention_from(ctx, j, "state")
        if state is None or state[1] >= len(doc):
            break
        k = state[1] + (doc[state[1]].text in (",", "-", "\u2013", "\u2014", ":"))  # "of Kenya William Ruto", "Turkey - Umut Acar"
        k = honorific_end(ctx, k, len(doc))  # "Greece, Ms. Jane Roe, Ghana, Mr. John Doe"
        person = _mention_from(ctx, k, "person")
        if person is None:
            break
        pairs.append((state[0], person[0]))
        k = person[1]
        if k < len(doc) and doc[k].text in (",", ";"):
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        if k == person[1]:
            break  # the list ends
        if k < len(doc) and doc[k].lower_ == "of" and k > person[1]:
            k += 1  # "the Presidents of Colombia, A; of Brazil, B; and of Haiti, C"
        j = k
    return pairs


def _run(ctx: Context, j: int, type_: str) -> tuple[list[Mention], int]:
    """Mentions of ``type_`` listed from token ``j`` ("A, B and C"), and the token after the list."""
    doc = ctx.doc
    found: list[Mention] = []
    while j < len(doc):
        m = _mention_from(ctx, j, type_)
        if m is None:
            break
        found.append(m[0])
        j = m[1]
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "and":
            k = j + 2
        elif j < len(doc) and (doc[j].text == "," or doc[j].lower_ == "and"):
            k = j + 1
        else:
            break
        if _mention_from(ctx, k, type_) is None:
            break  # the separator closes the list: "A, B and C, N1, ..."
        j = k
    return found, j


def _respective_pairs(ctx: Context, j: int) -> list[tuple[Mention, Mention]]:
    """ "of A, B and C, N1, N2 and N3, respectively": the n-th person is the n-th state's. So when
    the names close an apposition that the clause's verb follows ("The Foreign Ministers of A and
    B, N1 and N2, signed ..."): a subject named in the order of its title."""
    doc = ctx.doc
    states, k = _run(ctx, j, "state")
    if len(states) < 2 or k >= len(doc) or doc[k].text != ",":
        return []
    people, k = _run(ctx, k + 1, "person")
    closed = k < len(doc) and doc[k].text == ","
    k += closed
    if len(people) != len(states) or k >= len(doc) or not (
            doc[k].lower_ == "respectively" or closed and doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ == "ROOT"):
        return []
    return list(zip(states, people))


def envoys_presenting_credentials(ctx: Context) -> list[Relation]:
    """The envoys a credentials sentence lists after a colon, each "Name of State", two at least:
    "Also presenting credentials on Tuesday were: A of Nigeria, B of New Zealand and C of the
    United Kingdom". Each holds the ambassador's office of that state (the host comes from the
    setting); not a list of anything else ("... were: trade, energy and culture")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for token in rdoc.tokens(ctx.lex["credential_nouns"]):
        if ctx.office_blocked(token.i) or not ctx.asserted(token.head):
            continue
        sent = token.sent
        colon = next((t.i for t in doc[token.i + 1 : sent.end] if t.text == ":"), None)
        if colon is None:
            continue
        pairs, items = [], 0
        for k in range(colon + 1, sent.end):
            state = _mention_from(ctx, k + 1, "state") if doc[k].lower_ == "of" else None
            if state is None or (k > 0 and rdoc.by_token.get(k - 1) is not None and rdoc.by_token[k - 1].type != "person"):
                continue
            items += 1  # "N of State"; a name the model did not read as a person's is passed over
            person = rdoc.by_token.get(k - 1)
            if person is not None and person.type == "person":
                pairs.append((person, state[0]))
        particles = ctx.lex["name_particles"]  # "de", "von", "bin"
        if any(not (t.is_punct or t.lower_ in ("of", "the", "and") or t.lower_ in particles or t.text[:1].isupper() or t.i in rdoc.by_token)
               for t in doc[colon + 1 : sent.end]):
            continue  # the list is names and states only
        if len(pairs) < 2 or 2 * len(pairs) < items:
            continue
        ev = ctx.evidence(token, "envoys-presenting-credentials")
        out += [r for person, state in pairs
                if (r := ctx.relation("holds-office", (person.key, "person"), (state.key, "state"), ev, role="ambassador"))]
    return out


def offices_by_state_lines(ctx: Context) -> list[Relation]:
    """Lines that give a state, a colon, then a name and its title, as delegation lists do:
    "Iceland: Mr A B, Minister for Foreign Affairs" / "Norway: Mr C D, Minister of Trade", or a
    state, a dash and the titled name, as lists of summit leaders do ("Cambodia \u2013 Prime Minister
    Hun Sen"): each
    person holds that office of the line's state (or organisation). Two such lines at least; a
    title that names its own owner, or an office held before, is left to the other rules."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    found: list[tuple[Mention, Mention, object, int]] = []
    seen: set[int] = set()
    for i, owner in sorted(rdoc.by_token.items()):
        if owner.type not in ("state", "organisation") or rdoc.spans[i].start != i:
            continue
        first, stop = line_of(doc, i)
        while first < i and (doc[first].is_space or doc[first].text in lex["list_bullets"]):
            first += 1
        colon = rdoc.spans[i].end
        if first != i or first in seen or colon >= stop or doc[colon].text not in (":", "-", "\u2013", "\u2014"):
            continue
        seen.add(first)
        while stop > colon and (doc[stop - 1].is_space or doc[stop - 1].text in (".", ";")):
            stop -= 1
        at = colon + 1
        while at < stop and doc[at].is_space:
            at += 1
        person = _mention_from(ctx, honorific_end(ctx, at, stop), "person")
        if person is not None and person[1] + 1 < stop and doc[person[1]].text == ",":
            phrase = read_title_phrase(ctx, person[1] + 1, stop)  # "Iceland: Mr A B, Minister for Foreign Affairs"
            phrase = phrase if phrase is not None and phrase.end == stop else None
        else:  # "Cambodia \u2013 Prime Minister Hun Sen": the title first, the name closing the line
            phrase = read_title_phrase(ctx, at, stop)
            person = _mention_from(ctx, honorific_end(ctx, phrase.end, stop), "person") if phrase is not None and phrase.start == at else None
            phrase = phrase if person is not None and person[1] == stop else None
        if phrase is None or phrase.owner is not None or phrase.former or phrase.relation != "holds-office":
            continue
        found.append((person[0], owner, phrase, first))
    if len(found) < 2:
        return []
    out: list[Relation] = []
    for person, owner, phrase, first in found:
        ev = ctx.evidence(doc[first], "office-by-state-line")
        r = ctx.relation("holds-office", (person.key, "person"), (owner.key, owner.type), ev, role=phrase.role)
        if r:
            out.append(r)
    return out
