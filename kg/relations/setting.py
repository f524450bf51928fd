"""Relations the article's setting gives, marked ``basis="context"`` unless the sentence says them.

- An office title that names no state ("Prime Minister N", "N, the Cabinet Secretary for Foreign
  Affairs", "N (Minister of State for Foreign Affairs)") is an office of the state the article is
  set in, when one state clearly dominates it (:meth:`Context.home_state`) and the person holds no
  other state's office in it.
- An ambassador's host: the state the sentence names ("the ambassadors to Ethiopia who presented
  credentials are ..."), else the state whose head received the credentials, else the one host
  another sentence names ("welcomed new heads of mission to Canada"), else the state the article
  is set in, for an article about credentials.
- An envoy whose title names the host but no sender ("Ambassador to Austria N") in an article set
  in another state is that state's envoy ("the Minister met Ambassador to Austria N, ...").
- An organisation's office title that names no organisation ("Secretary General N",
  "N, the Executive Secretary,") is an office of the one intergovernmental organisation its
  sentence names, or else the one the sentence before names; not in a sentence that names a state
  or a ministry, whose officials carry the same titles.
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.context import Context
from kg.relations.lines import line_of
from kg.relations.office_lists import office_line_above
from kg.relations.title_phrases import phrases_before, read_title_phrase, title_phrases
from kg.relations.titles import base_title, honorific_start, ownerless_title, title_at, title_start

__all__ = ["ambassador_hosts", "envoys_of_the_setting", "offices_from_setting", "offices_of_the_organisation"]


def is_state_office(ctx: Context, role: str) -> bool:
    base = base_title(role)
    return any(base == t or base.endswith(" " + t) for t in ctx.lex["state_office_titles"])


def _portfolio_then_title(ctx: Context, first: int, end: int) -> tuple[str, str] | None:
    """ "Energy and Mines Minister", "Housing, Construction, and Sanitation Minister": capitalised
    portfolio words, then the title's words, from ``first`` to ``end``: the (relation, role)."""
    doc = ctx.doc
    j = end
    while j > first and fold(doc[j - 1].text) in ctx.title_vocab and doc[j - 1].lower_ not in ("and", "of", "for"):
        j -= 1
    if j == end or j == first or any(i in ctx.rdoc.by_token for i in range(first, end)) or not all(
            t.is_title or t.lower_ in ("and", "&", ",") for t in doc[first:j]):
        return None
    title = title_at(ctx, list(doc[j:end]))
    if title is None:
        return None
    return title[0], f"{' '.join(t.lower_ for t in doc[first:j] if t.text != ',')} {title[1]}"


def ownerless_titles(ctx: Context, span) -> list[tuple[str, str]]:
    """The (relation, role) titles a person carries here without their owner: before the name, in
    apposition, or in brackets after it ("N (Minister of Livestock Development)")."""
    doc = ctx.doc
    found = []
    title = ownerless_title(ctx, span)
    if title:
        found.append(title)
    else:  # "Acting Prime Minister and Minister of Foreign Affairs N"
        phrases = phrases_before(ctx, honorific_start(ctx, span.start))
        if phrases and all(p.owner is None for p in phrases):
            found += [(p.relation, p.role) for p in phrases]
    end = span.end
    if end + 1 < len(doc) and doc[end].text == ",":
        phrases = title_phrases(ctx, end + 1, doc[end].sent.end)
        if phrases and all(p.owner is None for p in phrases):
            k = phrases[-1].end
            if k >= len(doc) or doc[k].is_punct:
                found += [(p.relation, p.role) for p in phrases if (p.relation, p.role) not in found]
    elif end + 1 < len(doc) and doc[end].text in ("-", "\u2013", "\u2014") and line_of(doc, span.start)[0] == honorific_start(ctx, span.start):
        # a cabinet list, one name a line: "N - Minister of Defence" (the office ends the line)
        last = line_of(doc, span.start)[1]
        while last > end and doc[last - 1].is_space:
            last -= 1
        phrases = title_phrases(ctx, end + 1 + doc[end + 1].is_space, last)
        if phrases and all(p.owner is None for p in phrases) and phrases[-1].end == last:
            found += [(p.relation, p.role) for p in phrases if (p.relation, p.role) not in found]
    above = office_line_above(ctx, span)  # a cabinet list, office over name: "Minister of Finance:" + "Honourable N"
    if above and all(p.owner is None for p in above):
        found += [(p.relation, p.role) for p in above if (p.relation, p.role) not in found]
    found += [t for t in _title_after_copula(ctx, span) + ctx.clause_titles.get(span.start, []) if t not in found]
    if end + 1 < len(doc) and doc[end].lower_ == "as" and _appointing_verb(ctx, doc[end]):
        k = end + 1 + (doc[end + 1].lower_ in ("another", "a", "the", "new"))
        phrase = read_title_phrase(ctx, k, doc[end].sent.end)  # "voted for N as (another) Deputy Prime Minister"
        if phrase is not None and phrase.owner is None:
            found.append((phrase.relation, phrase.role))
    colon = honorific_start(ctx, span.start) - 1
    if colon > 0 and doc[colon].text == ":":  # a cabinet list, one office a line: "Minister of Justice: N"
        first, last = line_of(doc, span.start)
        while first < colon and (doc[first].is_space or doc[first].text in ctx.lex["list_bullets"]):
            first += 1
        while last > end and doc[last - 1].is_space:
            last -= 1
        last -= last == end + 1 and doc[end].text in (";", ".", ",")  # "Undersecretary of Finance: N;"
        phrase = read_title_phrase(ctx, first, colon) if last == end else None
        if phrase is not None and phrase.owner is None and phrase.end == colon:
            found.append((phrase.relation, phrase.role))
        elif last == end and (title := _portfolio_then_title(ctx, first, colon)):
            found.append(title)  # "Energy and Mines Minister: N"
    if end + 1 < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(len(doc), end + 16)) if doc[k].text == ")"), None)
        phrase = read_title_phrase(ctx, end + 1, close) if close is not None else None
        if phrase is not None and phrase.owner is None and phrase.end == close:
            found.append((phrase.relation, phrase.role))
        elif phrase is None and close is not None and _portfolio_list(ctx, span, close):
            role = _cabinet_office_before(ctx, span)
            if role:  # "Cabinet Secretaries were sworn in. They include A (Interior), B (Tourism), ..."
                found.append(("holds-office", role))
    return found


def _title_after_copula(ctx: Context, span) -> list[tuple[str, str]]:
    """ "N is the new Minister for the Interior, replacing M", "N, who remains the Minister of
    Employment,": a title the name is said to hold now (not "was": a former office is another
    matter), up to punctuation, "and" or a participle ("replacing"); [] otherwise."""
    doc, end = ctx.doc, span.end
    verb = end + 2 if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who" else end
    if verb == end and end + 1 < len(doc) and doc[end].text == "," and span.start > 0 and doc[span.start - 1].text == ",":
        verb = end + 1  # "The former Mayor of X, N, is the new Minister ...": the name in apposition
    if verb + 2 >= len(doc) or doc[verb].lower_ not in ctx.lex["copulas_of_office"]:
        return []
    k = verb + 1
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an", "also", "now", "still"):
        k += 1
    phrase = read_title_phrase(ctx, k, doc[verb].sent.end)
    if phrase is None or phrase.owner is not None or phrase.former or phrase.end >= len(doc):
        return []
    after = doc[phrase.end]
    if not (after.is_punct and after.text != "'" or after.lower_ == "and" or after.tag_ == "VBG"):
        return []  # "is the Minister's wife", "is the minister in charge of ..."
    return [(phrase.relation, phrase.role)]


def _bracketed(ctx: Context, start: int) -> int | None:
    """The ")" closing a bracket of capitalised words that opens at ``start`` ("(Interior)",
    "(Labour and Social Protection)"), with no state or person in it; else None."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if start >= len(doc) or doc[start].text != "(":
        return None
    k = start + 1
    while k < min(len(doc), start + 8) and (doc[k].is_title or doc[k].lower_ in ("and", "&", ",", "of")) and not (
            k in rdoc.by_token and rdoc.by_token[k].type in ("state", "person")):
        k += 1
    return k if k > start + 1 and k < len(doc) and doc[k].text == ")" and doc[start + 1].is_title else None


def _portfolio_list(ctx: Context, span, close: int) -> bool:
    """Is the person one of a list of names each followed by a bracketed portfolio, two at least
    in the sentence ("A (Interior), B (Tourism) and C (Energy)")?"""
    if _bracketed(ctx, span.end) != close:
        return False
    sent, rdoc = span.sent, ctx.rdoc
    listed = [i for i, m in rdoc.by_token.items() if sent.start <= i < sent.end and m.type == "person"
              and rdoc.spans[i].start == i and _bracketed(ctx, rdoc.spans[i].end) is not None]
    return len(listed) >= 2


def _cabinet_office_before(ctx: Context, span) -> str | None:
    """The office a plural cabinet noun gives the names listed after it, in this sentence or the
    few before ("19 new Cabinet Secretaries were sworn in", "the new ministers are"): its role."""
    doc, offices = ctx.doc, ctx.lex["cabinet_office_plurals"]
    first = span.sent.start
    for _ in range(4):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in doc[first : span.start]:
        for phrase, role in offices.items():
            words = phrase.split()
            if [w.lower_ for w in doc[t.i : t.i + len(words)]] == words:
                return role
    return None


def _appointing_verb(ctx: Context, token) -> bool:
    """Does the "as" at ``token`` hang, directly or through the name before it, from a verb of
    appointment ("appointed N as", "voted for N as")?"""
    node = token.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in ctx.lex["appointing_verbs"]
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _names_another_state(ctx: Context, span, home: str) -> bool:
    """Does the person's sentence name a state other than the article's ("... the royal monarch,
    King George III" beside "British")? Then the setting does not tell whose office it is."""
    sent = span.sent
    for t in sent:
        m = ctx.rdoc.by_token.get(t.i)
        key = m.key if m is not None and m.type == "state" else ctx.demonyms.get(fold(t.text)) if t.text[:1].isupper() else None
        if key and key != home:
            return True
    return False


def _visitor(ctx: Context, span, home: str) -> bool:
    """Is the person a visitor to the article's state ("During their visits to Iceland Foreign
    Minister N and ..."; "N arrived in Reykjavik")? A visitor's office is not the host's."""
    for word in span.sent:
        counterpart = word.lower_ in ("counterpart", "counterparts")
        within = word.head.lower_ in ("of", "in") and word.head.head.lower_ in ("part", "member", "members", "are", "is", "were", "was")
        if (word.lower_ in ctx.lex["delegation_nouns"] and within or counterpart) and word.lemma_.lower() not in ctx.lex["visit_words"]:
            # "Foreign Minister N, Defence Minister M ... are part of the delegation": members of a
            # delegation the home state does not own ("the Sri Lankan delegation" would be its own);
            # "N will hold talks with his Sri Lankan counterpart": the home state's is the other one
            owners = {m.key for c in word.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                      for m in [ctx.rdoc.mention_at(c)] if m is not None} | {s for c in word.children if (s := ctx.demonym_state(c))}
            if (home in owners) == counterpart and (owners or counterpart) and _in_subject(word, span):
                return True
            continue
        if word.lemma_.lower() not in ctx.lex["visit_words"]:
            continue
        places = [g for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj"]
        places += [a for g in places for a in g.children if a.dep_ == "appos"]  # "arrived in Baku, Azerbaijan"
        if not any(ctx.rdoc.mention_at(g) is not None and ctx.rdoc.mention_at(g).key == home
                   or g.ent_id_ in (f"capital:{home.split(':', 1)[1]}",) or ctx.gaz.capitals.get(fold(g.text)) == home for g in places):
            continue
        if _in_subject(word, span):
            return True
    return False


def _in_subject(word, span) -> bool:
    """Is the name at ``span`` in the subject of the clause ``word`` is part of ("During their
    visits to Iceland Foreign Minister N and ...": the clause the visit belongs to)?"""
    clause = word
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.i in range(span.start, span.end) for s in subjects for c in (s, *s.conjuncts) for t in c.subtree)


def _office_of_a_named_place(ctx: Context, span) -> bool:
    """ "King N, the last king of the Ryukyu Kingdom,", "Premier N of Trinidad": the apposition or
    the "of" after the name gives the office's owner, a place kg does not take for a state, so the
    article's state is not it."""
    doc, end = ctx.doc, span.end
    if end + 1 < len(doc) and doc[end].lower_ == "of":  # "Premier Eric Williams of Trinidad": his own place is named
        m = ctx.rdoc.by_token.get(end + 1 + (end + 2 < len(doc) and doc[end + 1].lower_ == "the"))
        if m is not None and m.type in ("place", "state"):
            return True
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    sent_end = doc[end].sent.end
    for k in range(end + 1, min(end + 8, sent_end - 2)):
        if doc[k].is_punct:
            return False
        if fold(doc[k].text) in ctx.gaz.title_words and doc[k + 1].lower_ == "of":
            q = k + 2 + (doc[k + 2].lower_ == "the")
            m = ctx.rdoc.by_token.get(q)
            return m is not None and m.type in ("place", "state")
    return False


def _unknown_owner(ctx: Context, span) -> bool:
    """ "ZANU-PF spokesperson N", "KANU chairman N": a name in capitals that kg does not know
    stands right before the title as its owner, so the office is that body's, not the state's."""
    doc = ctx.doc
    j = title_start(ctx, honorific_start(ctx, span.start))
    if j == span.start or j == 0:
        return False
    before = doc[j - 1]
    return before.i not in ctx.rdoc.by_token and before.is_upper and before.is_alpha and len(before) >= 2 \
        and before.i > before.sent.start and fold(before.text) not in ctx.title_vocab


def offices_from_setting(ctx: Context) -> list[Relation]:
    home = ctx.home_state()
    if home is None:
        return []
    rdoc = ctx.rdoc
    held = {r.source for r in ctx.found if r.relation in ("holds-office", "spokesperson-for") and r.target.startswith("state:")}
    # "president Umaro Embalo of Guinea-Bissau": the setting's one president is named, so another
    # "President N" in the article is some other state's
    single = ctx.lex["single_holder_titles"]
    filled = {r.role for r in ctx.found if r.relation == "holds-office" and r.target == home and r.role in single}
    # "ECOWAS Commission president N ... President N received": the title is the one the text gave
    elsewhere = {(r.source, base_title(r.role)) for r in ctx.found if r.relation == "holds-office" and r.target.startswith("org:")
                 and r.basis == "explicit"}
    out: list[Relation] = []
    done: set[tuple[str, str, str]] = set()
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "person" or i != span.start or m.key in held or _names_another_state(ctx, span, home) or _visitor(ctx, span, home) \
                or _office_of_a_named_place(ctx, span) or m.key.startswith("person:~") or _unknown_owner(ctx, span):
            continue  # (a surname alone, "President Putin", may be anyone's: no full name ties it to the setting)
        for relation, role in ownerless_titles(ctx, span):
            if relation not in ("holds-office", "spokesperson-for") or not is_state_office(ctx, role):
                continue
            if role in filled and not any(t.lower_ in ctx.lex["succession_words"] for t in span.sent):
                continue  # (but "his predecessor, President N": the same office at another time)
            if (m.key, relation, role) in done or (m.key, base_title(role)) in elsewhere:
                continue
            done.add((m.key, relation, role))
            r = ctx.relation(relation, (m.key, "person"), (home, "state"), ctx.evidence(ctx.doc[i], "office-in-article-state"),
                             role=role if relation == "holds-office" else "", basis="context")
            if r:
                out.append(r)
    return out


def _one_organisation(ctx: Context, sent) -> str | None:
    """The one intergovernmental organisation named in ``sent``, or None."""
    keys = {m.key for i, m in ctx.rdoc.by_token.items() if sent.start <= i < sent.end and m.type == "organisation"
            and ctx.kind(m.key) == "intergovernmental"}
    return keys.pop() if len(keys) == 1 else None


def offices_of_the_organisation(ctx: Context) -> list[Relation]:
    doc, rdoc = ctx.doc, ctx.rdoc
    titles = ctx.lex["organisation_office_titles"]
    held = {r.source for r in ctx.found if r.relation == "holds-office"}
    out: list[Relation] = []
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "person" or i != span.start or m.key in held:
            continue
        roles = [role for relation, role in ownerless_titles(ctx, span) if relation == "holds-office" and base_title(role) in titles]
        if not roles:
            continue
        sent = doc[i].sent
        if any((n := rdoc.by_token.get(k)) is not None and n.type == "state" or ctx.doc[k].lower_ in ("ministry", "ministries")
               for k in range(sent.start, sent.end)):
            continue  # "Ambassador N, Director General, Ministry of Foreign Affairs, represented Barbados": a state's official
        org = _one_organisation(ctx, sent)
        if org is None and sent.start > 0 and not any(
                rdoc.by_token.get(k) is not None and rdoc.by_token[k].type == "organisation" for k in range(sent.start, sent.end)):
            org = _one_organisation(ctx, doc[sent.start - 1].sent)  # "NATO said on Friday. Secretary General N added"
        if org is None:
            continue
        r = ctx.relation("holds-office", (m.key, "person"), (org, "organisation"), ctx.evidence(doc[i], "office-in-named-organisation"),
                         role=roles[0], basis="context")
        if r:
            out.append(r)
            held.add(m.key)
    return out


def _envoys(ctx: Context) -> dict[str, str]:
    """person key -> the state that sent them, for everyone the text gives an envoy's office."""
    heads = ctx.lex["envoy_titles"] | ctx.lex["organisation_envoy_roles"]
    senders: dict[str, str] = {}
    for r in ctx.found:
        if r.relation == "holds-office" and any(h in r.role for h in heads) and (r.target.startswith("state:") or (
                ctx.kind(r.target) == "intergovernmental" and any(w in r.role for w in ctx.lex["organisation_envoy_roles"]))) \
                and not r.role.startswith("former "):  # a former envoy is posted nowhere now
            senders.setdefault(r.source, r.target)
    return senders


def _host_in_sentence(ctx: Context, sent) -> str | None:
    """ "the ambassadors to Ethiopia", "envoys (newly) accredited / posted to Kazakhstan": the one host a sentence names."""
    rdoc = ctx.rdoc
    hosts = set()
    for token in sent:
        if token.lower_ not in ctx.lex["envoy_nouns"] and not _heads_of_mission(ctx, token):
            continue
        k = token.i + 1
        posted = ctx.lex["posting_participles"]
        while k + 1 < sent.end and ctx.doc[k].pos_ == "ADV" and ctx.doc[k + 1].lower_ in posted:
            k += 1  # "ambassadors recently accredited to Latvia", "recently posted to Kenya"
        if k < sent.end and ctx.doc[k].lower_ in posted:
            k += 1
        sender = None
        if k + 1 < sent.end and ctx.doc[k].lower_ == "of":  # "the Ambassador of Norway in Algiers"
            q = k + 1 + (ctx.doc[k + 1].lower_ == "the")
            sender = rdoc.by_token.get(q)
            k = rdoc.spans[q].end if sender is not None and sender.type == "state" else k
            while sender is not None and sender.type == "state" and k + 1 < sent.end and ctx.doc[k].lower_ in (",", "and"):
                q = k + 1 + (ctx.doc[k + 1].lower_ == "and")  # "the ambassadors of A, B, and C to X"
                other = rdoc.by_token.get(q)
                if other is None or other.type != "state" or rdoc.spans[q].start != q:
                    break
                k = rdoc.spans[q].end
        if k + 1 < sent.end and (ctx.doc[k].lower_ == "to" or ctx.doc[k].lower_ == "in" and sender is not None):
            q = k + 1 + (ctx.doc[k + 1].lower_ == "the")
            m = rdoc.by_token.get(q)
            if m is not None and m.type == "state":
                hosts.add(m.key)
            elif m is not None and m.type == "place" and ctx.gaz.capitals.get(fold(m.text)):
                hosts.add(ctx.gaz.capitals[fold(m.text)])  # "envoy to Nairobi"
        # "President N has welcomed to Botswana three new ambassadors" (the parse may hang them on the state)
        verb = token.head if token.dep_ == "dobj" else token.head.head.head if token.dep_ == "appos" and token.head.dep_ == "pobj" else None
        if verb is not None and verb.i < token.i and verb.lemma_.lower() in ("welcome", "receive") and ctx.asserted(verb):
            for g in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"):
                m = rdoc.mention_at(g)
                if m is not None and m.type == "state":
                    hosts.add(m.key)
    return hosts.pop() if len(hosts) == 1 else None


def _heads_of_mission(ctx: Context, token) -> bool:
    """ "heads of mission": envoys, in the words of diplomatic protocol."""
    return token.lower_ in ("mission", "missions") and token.i >= 2 and ctx.doc[token.i - 1].lower_ == "of" \
        and ctx.doc[token.i - 2].lower_ in ctx.lex["envoy_mission_heads"]


def _received_in_capital(ctx: Context, sent) -> str | None:
    """ "presented their credentials to President N in Hanoi": the state of the capital right after
    a head of state named by a bare title, or the capital that opens the sentence ("In Hanoi, ...
    presented ... to President N"); not an organisation's president ("ECOWAS Commission
    President N in Abuja")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    opening = rdoc.by_token.get(sent.start + 1) if sent.start + 2 < sent.end and doc[sent.start].lower_ == "in" else None
    heads = tuple(ctx.lex["head_of_state_titles"])
    organisation_offices = {r.source for r in ctx.found if r.relation == "holds-office" and not r.target.startswith("state:")}
    for i, m in rdoc.by_token.items():
        span = rdoc.spans[i]
        if m.type != "person" or i != span.start or not sent.start <= i < sent.end or m.key in organisation_offices:
            continue
        title = span.start - 1
        if title < 1 or not doc[title].lower_.endswith(heads) or not doc[title].is_title or (title - 1) in rdoc.by_token \
                or doc[title - 1].lower_ != "to":
            continue
        k = span.end
        place = rdoc.by_token.get(k + 1) if k + 1 < len(doc) and doc[k].lower_ == "in" else opening
        if place is not None and place.type == "place" and (state := ctx.gaz.capitals.get(fold(place.text))) is not None:
            return state
    return None


def _credentials_host(ctx: Context) -> str | None:
    """The state whose head of state received the credentials the article is about, by the
    offices found: the subject of "received/accepted ... credentials", or whom they were
    "presented to"."""
    rdoc = ctx.rdoc
    offices = {}
    for r in ctx.found:
        if r.relation == "holds-office" and r.target.startswith("state:") and base_title(r.role).endswith(tuple(ctx.lex["head_of_state_titles"])):
            offices.setdefault(r.source, set()).add(r.target)
    hosts = set()
    for token in rdoc.tokens(ctx.lex["credential_nouns"]):
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if verb is None:
            continue
        if verb.lemma_.lower() in ("receive", "accept"):
            people = [c for c in verb.children if c.dep_ == "nsubj"]
        elif verb.lemma_.lower() in ("present", "hand", "submit"):
            people = [g for c in (*verb.children, *token.children) if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"]  # (the parse may hang "to" on "credentials")
        else:
            continue
        for p in people:
            m = rdoc.mention_at(p)
            if m is None or m.type != "person":  # "President of the Republic of X N received": the title heads the subject
                inside = {n.key: n for t in p.subtree if (n := rdoc.mention_at(t)) is not None and n.type == "person"}
                m = next(iter(inside.values())) if len(inside) == 1 else None
            if m is not None and m.type == "person" and len(offices.get(m.key, ())) == 1:
                hosts |= offices[m.key]
    if len(hosts) == 1:
        return hosts.pop()
    if not hosts and not rdoc.tokens(ctx.lex["credential_nouns"]):
        # "President N welcomed 11 envoys and high commissioners at State House": the receiving head's state
        for token in rdoc.tokens(ctx.lex["envoy_nouns"]):
            verb = token.head
            if token.dep_ != "dobj" or verb.lemma_.lower() not in ("welcome", "receive") or not ctx.asserted(verb):
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                m = rdoc.mention_at(subject)
                if m is not None and m.type == "person" and len(offices.get(m.key, ())) == 1:
                    hosts |= offices[m.key]
        return hosts.pop() if len(hosts) == 1 else None
    if hosts:
        return None
    sentences = {token.sent.start: token.sent for token in rdoc.tokens(ctx.lex["credential_nouns"])}  # each sentence once
    capitals = {state for sent in sentences.values() if (state := _received_in_capital(ctx, sent))}
    if len(capitals) == 1:
        return capitals.pop()
    # "welcomed seven new heads of mission to Canada" in the article's opening, the names below
    named = [host for sent in ctx.doc.sents if (host := _host_in_sentence(ctx, sent)) is not None]
    ranked = sorted(((named.count(h), h) for h in set(named)), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]  # the host most sentences name ("... to Kazakhstan" twice; an earlier post once)
    return ctx.home_state() if not named else None


def ambassador_hosts(ctx: Context) -> list[Relation]:
    senders = _envoys(ctx)
    if not senders:
        return []
    posted = {r.source for r in ctx.found if r.relation == "ambassador-to"}
    rdoc, doc = ctx.rdoc, ctx.doc
    out: list[Relation] = []
    document_host = None
    looked = False
    for i, m in sorted(rdoc.by_token.items()):
        if m.type != "person" or m.key not in senders or m.key in posted or rdoc.spans[i].start != i:
            continue
        host, basis = _host_in_sentence(ctx, doc[i].sent), "explicit"
        if host is None:
            if not looked:
                document_host, looked = _credentials_host(ctx), True
            host, basis = document_host, "context"
        if host is None or host == senders[m.key]:
            continue
        rule = "ambassador-host-in-sentence" if basis == "explicit" else "ambassador-host-of-credentials"
        r = ctx.relation("ambassador-to", (m.key, "person"), (host, "state"), ctx.evidence(doc[i], rule), basis=basis)
        if r:
            out.append(r)
            posted.add(m.key)
    return out


def envoys_of_the_setting(ctx: Context) -> list[Relation]:
    """ "The Foreign Minister met ... Ambassador to Austria N, Ambassador to Albania M" in an article
    set in Serbia: an envoy whose title gives the host and no sender represents the state the article
    is set in (``basis="context"``); not an envoy posted to that state, nor one who holds any office
    the text gives an owner."""
    home = ctx.home_state()
    if home is None:
        return []
    held = {r.source for r in ctx.found if r.relation in ("holds-office", "leads-delegation", "spokesperson-for")}
    out: list[Relation] = []
    for r in list(ctx.found):
        if r.relation != "ambassador-to" or r.source in held or r.target == home or not r.target.startswith("state:"):
            continue
        rel = ctx.relation("holds-office", (r.source, "person"), (home, "state"), replace(r.evidence, rule="envoy-of-article-state"),
                           role="ambassador", basis="context")
        if rel:
            out.append(rel)
            held.add(r.source)
    return out
