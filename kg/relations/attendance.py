"""member-of from a summit's attendance, marked ``basis="context"``.

Communiqués and summit reports list who attended an organisation's meeting of heads of state:
"The Heads of State Council of the SCO met in Astana. President of Kazakhstan N, Chairman of
China N, ... attended the meeting"; "Other Members of the Conference in attendance were: Prime
Minister of Barbados N; ..."; "The meeting was attended by the FSM President N and other Heads of
State and Government from Kiribati, Nauru, Niue ...". The states whose heads attend are the
organisation's members, as a reader takes it, unless the text sets them apart: observers, guests,
associate members, partners and invitees are named as such, and such a sentence gives nothing.

The organisation is the one whose leaders' meeting the article reports ("Summit of ECOWAS",
"Conference of Heads of Government of the Caribbean Community", "the CIS Council of Heads of
State"); with two such organisations nothing is read.
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Evidence, Relation
from kg.relations.arguments import entities
from kg.relations.bodies import organ_parent, parent_organisation
from kg.relations.context import Context
from kg.relations.titles import honorific_end

__all__ = ["chaired_organisations", "chairs_held_by_states", "chairs_in_apposition", "elected_to_lead", "member_state_leaders", "officials_of_member_states_including", "organisation_leaders_listed", "represented_members", "rotating_chairs", "states_parties", "summit_members"]


def _bloc_of(ctx: Context, key: str) -> str | None:
    """The intergovernmental organisation an organisation's key names, itself or as one of its
    organs ("the IGAD Assembly of Heads of State and Government": IGAD), or None."""
    if ctx.kind(key) == "intergovernmental":
        return key
    return parent_organisation(ctx, key) or organ_parent(ctx, key)


def _summit_organisation(ctx: Context) -> str | None:
    """The one intergovernmental organisation named in a phrase of its leaders' meeting."""
    rdoc, doc, lex = ctx.rdoc, ctx.doc, ctx.lex
    found = set()
    for token in rdoc.tokens(lex["summit_nouns"]):
        window = doc[max(0, token.i - 12) : min(len(doc), token.i + 12)]
        if not any(t.lower_ in lex["leader_nouns"] or t.lower_ in lex["ministerial_nouns"] or t.lower_ in lex["meeting_attendee_nouns"]
                   for t in window) and token.lower_ not in ("summit", "summits"):
            continue  # "a meeting", "the council" alone may be of anything; a summit is of leaders, a meeting of delegations
        for t in window:
            m = rdoc.by_token.get(t.i)
            if m is not None and m.type == "organisation" and (bloc := _bloc_of(ctx, m.key)) is not None:
                found.add(bloc)
    for i, m in rdoc.by_token.items():
        # "The 39th Pacific Islands Forum was held in Niue": an organisation numbered as its
        # meetings are is one of them (not "the 27th EU member state", where it qualifies a noun)
        span = rdoc.spans[i]
        if span.start == i and i > 0 and doc[i - 1].ent_type_ == "ORDINAL" and m.type == "organisation" and \
                ctx.kind(m.key) == "intergovernmental" and (span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")):
            found.add(m.key)
    if not found and rdoc.tokens(lex["summit_nouns"]) and rdoc.tokens(lex["leader_nouns"]):
        # (a meeting must be reported: an inauguration's guests are no organisation's summit)
        # "the Supreme Council held its session with the participation of Their Majesties": the
        # organisation of an unnamed organ is the one organisation the article names
        # (not one named only as part of another body's name: "the head of the UN Regional Centre")
        found = {m.key for i, m in rdoc.by_token.items() if rdoc.spans[i].start == i and m.type == "organisation"
                 and ctx.kind(m.key) == "intergovernmental" and not _names_another_body(ctx, doc[i])}
    return found.pop() if len(found) == 1 else None


def _names_another_body(ctx: Context, token) -> bool:
    """ "the head of the UN Regional Centre for ...": the organisation's name modifies another
    body's ("Centre"), not a summit ("SCO summit") or its leaders ("ECOWAS Heads of State")."""
    span = ctx.rdoc.span_at(token)
    root = span.root if span is not None else token
    head = root.head
    return root.dep_ == "compound" and head.i not in ctx.rdoc.by_token and head.lower_ not in ctx.lex["summit_nouns"] \
        and head.lower_ not in ctx.lex["leader_nouns"]


def _attendance_clauses(ctx: Context):
    """(sentence, the token indexes of the attendance clause) for each clause that says who
    attended: "was attended by A and B", "A and B attended", "Members in attendance were: A; B"."""
    lex = ctx.lex
    seen = set()
    for token in ctx.rdoc.tokens(lex["attendance_words"]):
        sent = token.sent
        if token.lower_ == "part":  # only "take part"
            if token.i == 0 or ctx.doc[token.i - 1].lemma_.lower() != "take":
                continue
            token = ctx.doc[token.i - 1]
        # the verb of attendance heads its clause; a noun of attendance ("with the participation of",
        # "in attendance were") speaks for its whole sentence
        clause = token if token.pos_ in ("VERB", "AUX") else sent.root
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "acl", "relcl", "amod") or clause.i in seen:
            continue  # "Thai Prime Minister N, attending her first summit, offered ...": not a list of who came
        seen.add(clause.i)
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex["occasions_of_no_body"] for c in token.children):
            continue  # "foreign dignitaries attended the funeral, including A and B": no meeting of a bloc
        words = {t.lower_ for t in sent}
        if words & lex["non_member_words"] or not ctx.asserted(token, "negation-only") or any(
                phrase in sent.text.lower() for phrase in lex["first_attendance_phrases"]):
            continue  # "observer states", "special guest", "Associate Members in attendance were", "will take part for the first time"
        indexes = {t.i for t in clause.subtree}
        last = next((t for t in reversed(sent) if not t.is_space), None)
        doc = ctx.doc
        below = last is not None and last.text == ":"  # "with the participation of:" and the list on the lines below
        # "Members of the Conference in attendance were: A, Prime Minister of X; B, ...": the list runs
        # on to the end of its paragraph, whatever sentences the parser cut it into
        inline = not below and any(t.text == ":" and t.i > token.i for t in sent)
        if below or inline:
            k = sent.end
            while k < len(doc) and k - sent.end < 400 and (
                    doc[k].text != "." if below else "\n" not in doc[k].text and "\n" not in doc[k - 1].whitespace_):
                indexes.add(k)
                k += 1
            sent = doc[sent.start : k]
        yield sent, indexes


def _added_to_the_members(ctx: Context, sent, i: int) -> bool:
    """ "Heads of State of ASEAN attended, along with ..., as well as the Prime Minister of X": a
    head named after "along with" comes beside the members, not as one of them."""
    text = ctx.doc[sent.start : i].text.lower()
    return any(f" {phrase} " in f" {text} " for phrase in ctx.lex["attendance_additions"])


def _places_listed(ctx: Context, k: int) -> list[str]:
    """The states of a list of names starting at token ``k`` ("the Republic of Kiribati, the
    Republic of Nauru, Niue, Palau and Tuvalu"); a territory in the list is passed over."""
    doc, rdoc = ctx.doc, ctx.rdoc
    states = []
    while k < len(doc):
        k += doc[k].lower_ == "the"
        m = rdoc.by_token.get(k)
        if m is None or m.type not in ("state", "place") or rdoc.spans[k].start != k:
            break
        if m.type == "state":
            states.append(m.key)
        k = rdoc.spans[k].end
        named = honorific_end(ctx, k + 1, len(doc)) if states and k + 2 < len(doc) and doc[k].text == "," else None
        if named is not None and (p := rdoc.by_token.get(named)) is not None and p.type == "person":
            k = rdoc.spans[named].end  # "A, H.E. N, B, H.E. M": each state's representative after it
        if k < len(doc) and doc[k].lower_ in (",", "and") or k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and":
            k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "and")
        else:
            break
    return states


def _ministerial(ctx: Context) -> bool:
    """Whether the meeting the document reports is of ministers ("the Ministerial Council", "the
    Foreign Ministers Meeting"): its attending ministers then stand for their states too."""
    return any(ctx.doc[k].lower_ in ctx.lex["summit_nouns"] for t in ctx.rdoc.tokens(ctx.lex["ministerial_nouns"])
               for k in range(max(0, t.i - 3), min(len(ctx.doc), t.i + 4)))


def summit_members(ctx: Context) -> list[Relation]:
    org = _summit_organisation(ctx)
    if org is None:
        return []
    heads = tuple(ctx.lex["head_of_government_titles"]) + (("minister",) if _ministerial(ctx) else ())
    office_heads = {title.split()[-1] for title in heads}
    out: list[Relation] = []
    done: set[str] = set()
    people = {}
    for i, m in ctx.rdoc.by_token.items():
        if m.type == "person":
            people.setdefault(m.key, set()).add(i)
    apart = _set_apart_states(ctx)
    for sent, clause in _attendance_clauses(ctx):
        if _about_another_organisation(ctx, sent, org):
            continue  # "The meeting of the SEATO Council was held in London. Other members were represented by ..."
        states = []
        for r in ctx.found:  # the heads of state and government the clause names, by their offices
            if (r.relation == "holds-office" and r.target.startswith("state:") and sent.start_char <= r.evidence.start < sent.end_char
                    and r.role.split(" of ")[0].endswith(heads) and not r.role.startswith("former")
                    and any(not _added_to_the_members(ctx, sent, i) for i in people.get(r.source, set()) & clause)):
                states.append(r.target)  # (not "along with ex-South Africa president N", a former head who came beside the members)
        # "other Heads of State and Government from Kiribati, Nauru and Niue", "the presidents of
        # Belarus, Kazakhstan and Armenia will take part", "Ministers from Fiji and Tonga"
        for t in (ctx.doc[i] for i in sorted(clause)):
            if t.lemma_ == "represent" and t.tag_ == "VBD":  # "Dr N, Minister of Foreign Affairs, represented Dominica"
                states += [m.key for c in t.children if c.dep_ == "dobj" and (m := ctx.rdoc.mention_at(c)) is not None and m.type == "state"]
            states += _states_attending(ctx, t)
            before = t.i - 1
            if before > 1 and ctx.doc[before].lower_ in ctx.lex["envoy_nouns"] and ctx.doc[before - 1].lower_ == "and":
                before -= 2  # "Ministers and Ambassadors from A, N, B, M"
            if t.lower_ in ("from", "of") and t.i > 0 and t.i + 1 < len(ctx.doc) and (
                    ctx.doc[before].lower_ in ctx.lex["leader_nouns"] | ctx.lex["ministerial_nouns"] | {"government"}
                    or t.lower_ == "of" and ctx.doc[t.i - 1].lower_ in office_heads and ctx.doc[t.i - 1].is_title
                    and not _added_to_the_members(ctx, sent, t.i)):
                states += _places_listed(ctx, t.i + 1)  # also "the President of Kiribati, the Premier of Niue"
        ev = ctx.evidence(sent[0], "summit-attendance")
        for state in dict.fromkeys(states):
            if state in done or state in apart:
                continue
            r = ctx.relation("member-of", (state, "state"), (org, "organisation"), ev, basis="context")
            if r:
                done.add(state)
                out.append(r)
    return out


def _about_another_organisation(ctx: Context, sent, org: str) -> bool:
    """Whether ``sent`` and the sentence before it name another intergovernmental organisation
    and not ``org``: a page that reports two organisations' meetings."""
    window = ctx.window_start(sent[0])
    keys = {_bloc_of(ctx, m.key) for i, m in ctx.rdoc.by_token.items() if window <= i < sent.end and m.type == "organisation"} - {None}
    return bool(keys) and org not in keys  # (an organ counts as its organisation: "the SADC Council")


def _states_attending(ctx: Context, t) -> list[str]:
    """The states a clause says attended in their own name: "the meeting was attended by A, B and
    C", "A, B and C attended", "Delegations in attendance include A, B, ..." (not the people who
    attended: their offices give their states)."""
    doc = ctx.doc
    if t.dep_ == "agent" and t.head.lemma_.lower() == "attend":
        return _places_listed(ctx, t.i + 1)
    if t.lemma_.lower() in ("attend", "participate") and t.pos_ == "VERB":
        return [key for c in t.children if c.dep_ == "nsubj" for key, type_ in entities(ctx, c) if type_ == "state"]
    if t.lemma_.lower() in ("include", "be") and t.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.lower_ in ctx.lex["attending_group_nouns"] for c in t.children):
        return _places_listed(ctx, t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].text == ":"))
    return []


def _set_apart_states(ctx: Context) -> set[str]:
    """The states the document names in a clause that makes them something short of members: "...,
    while Hungary, Turkmenistan and the TRNC have observer status", "Japan attended as an observer"."""
    apart: set[str] = set()
    for token in ctx.rdoc.tokens(ctx.lex["status_short_of_member_words"]):
        if token.is_title and not token.is_sent_start or token.dep_ == "compound" and token.head.lower_ not in ctx.lex["status_heads"]:
            continue  # "the IGAD Partners Forum": a name; but "observer status", "observer states"
        clause = token
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]  # who has that status
        apart |= {m.key for s in subjects for t in s.subtree if (m := ctx.rdoc.mention_at(t)) is not None and m.type == "state"}
    return apart


def represented_members(ctx: Context) -> list[Relation]:
    """A state with a Permanent Representative to an intergovernmental organisation is one of its
    members ("the Permanent Representative of Barbados to the OAS"); observers have Permanent
    Observers, and a plain ambassador to an organisation may be a non-member's."""
    senders = {}
    for r in ctx.found:
        if r.relation == "holds-office" and r.target.startswith("state:") and any(
                t in r.role for t in ctx.lex["member_envoy_titles"]) and not r.role.startswith("former "):
            senders.setdefault(r.source, set()).add(r.target)
    out: list[Relation] = []
    for r in ctx.found:
        if r.relation != "ambassador-to" or not r.target.startswith("org:") or ctx.kind(r.target) != "intergovernmental":
            continue
        for state in sorted(senders.get(r.source, ())):
            rel = ctx.relation("member-of", (state, "state"), (r.target, "organisation"),
                               Evidence(r.evidence.document, r.evidence.sentence, r.evidence.start, r.evidence.end,
                                        "member-by-permanent-representative"), basis="context")
            if rel:
                out.append(rel)
    return out


def states_parties(ctx: Context) -> list[Relation]:
    """ "the representatives of the States Parties Argentina, Brazil and Uruguay, and associated
    States Chile and Peru": the states an organisation's text calls its States Parties are its
    members (the organisation whose leaders' meeting the article reports)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    org = None
    for token in rdoc.tokens(("parties",)):
        if token.i == 0 or doc[token.i - 1].lower_ != "states" or not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        org = org or _summit_organisation(ctx)
        if org is None:
            return out
        states = _places_listed(ctx, token.i + 1)
        ev = ctx.evidence(token, "states-parties")
        for state in states:
            r = ctx.relation("member-of", (state, "state"), (org, "organisation"), ev, basis="context")
            if r:
                out.append(r)
    return out


def member_state_leaders(ctx: Context) -> list[Relation]:
    """ "The Presidents of MERCOSUR Member States, A, of the Argentine Republic; B, of the Republic
    of Paraguay, ...": the states whose leaders the sentence lists after "the leaders of ORG member
    states" are its members."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["state_nouns_plural"]):
        if token.i < 4 or doc[token.i - 1].lower_ != "member":
            continue
        org = rdoc.by_token.get(token.i - 2)
        if org is None or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental":
            continue
        start = rdoc.spans[token.i - 2].start
        start -= start > 0 and doc[start - 1].lower_ == "the"  # "The Foreign Ministers of the BIMSTEC Member States i.e. A, ..."
        if start < 2 or doc[start - 1].lower_ != "of" or not (
                doc[start - 2].lower_ in lex["leader_nouns"] or doc[start - 2].lower_ in lex["leader_titles_plural"]):
            continue
        sent = token.sent
        if not ctx.asserted(token, "negation-only"):
            continue
        listed = set()  # the names listed after the phrase, up to the next title ("... and the President of Bolivia, N")
        heads = ctx.gaz.title_words - lex["title_modifiers"]
        for t in doc[token.i + 1 : sent.end]:
            if fold(t.text) in heads and doc[t.i - 1].lower_ in ("the", "and") or t.pos_ in ("VERB", "AUX"):
                break  # (a title after a name's comma is the name's own: "A, Minister for Foreign Affairs of X, B, ...";
                # those a verb takes are not the list: "... met B, Minister of Foreign Affairs of Y")
            m = rdoc.by_token.get(t.i)
            if m is not None and m.type == "person":
                listed.add(m.key)
        out += _states_of_listed_leaders(ctx, listed, sent, org, token)
    return out


def _states_of_listed_leaders(ctx: Context, listed: set[str], sent, org, token) -> list[Relation]:
    """member-of ``org`` for the states whose offices the people ``listed`` hold by this sentence."""
    states = [r.target for r in ctx.found if r.relation == "holds-office" and r.target.startswith("state:")
              and r.source in listed and sent.start_char <= r.evidence.start < sent.end_char]
    ev = ctx.evidence(token, "leaders-of-member-states")
    return [r for state in dict.fromkeys(states) if (r := ctx.relation("member-of", (state, "state"), (org.key, "organisation"), ev))]


def organisation_leaders_listed(ctx: Context) -> list[Relation]:
    """ "Other EAC Heads of State who have arrived include A of Kenya and B of Uganda", "The SADC
    leaders are A of X and B of Y": the organisation's heads of state or leaders, the subject of
    "include" or "be", and those listed with a state's office in the sentence: the states are its
    members. Not "EU leaders met A of X" (a meeting is no listing)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(frozenset(lex["leader_titles_plural"]) | {"heads"}):
        if token.lower_ == "heads" and not ctx.heads_of_state(token):
            continue
        org = rdoc.by_token.get(token.i - 1)
        verb = token.head
        if org is None or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental" or rdoc.spans[token.i - 1].end != token.i:
            continue
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("include", "be") or not ctx.asserted(verb):
            continue
        listed = {m.key for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr")
                  for t in c.subtree if (m := rdoc.mention_at(t)) is not None and m.type == "person"}
        sent = token.sent
        out += _states_of_listed_leaders(ctx, listed, sent, org, token)
    return out


def officials_of_member_states_including(ctx: Context) -> list[Relation]:
    """ "Ministers from BIMSTEC nations, including Thailand's Foreign Minister A and Nepal's Foreign
    Secretary B, have arrived": the states whose offices the people named after "including" hold
    (by this sentence) are members of the organisation that qualifies the nations."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(frozenset(lex["state_nouns_plural"]) | {"members"}):
        org = rdoc.by_token.get(token.i - 1)
        if org is None or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental" or rdoc.spans[token.i - 1].end != token.i \
                or ctx.non_member(token) or ctx.blocked(token.i):
            continue
        including = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "including"]
        listed = {m.key for c in including for t in c.subtree if (m := rdoc.mention_at(t)) is not None and m.type == "person"}
        if listed and ctx.asserted(token.head if token.dep_ == "pobj" else token, "negation-only"):
            out += _states_of_listed_leaders(ctx, listed, token.sent, org, token)
    return out


def rotating_chairs(ctx: Context) -> list[Relation]:
    """A state that takes, holds or hands over the rotating chair of an intergovernmental
    organisation is one of its members: "The Dominican Republic assumed the Pro Tempore Presidency
    of SICA", "Haiti took over the chairmanship of CARICOM from Saint Lucia". Only states: a
    person who chairs ("Chairperson of the AU Commission") may be an official."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        org = _organisation_of(ctx, token, any_kind=True) or _chair_of(ctx, token)
        verb = token.head if token.dep_ == "dobj" else None
        if verb is not None and verb.lower_ == "rotating" and verb.dep_ in ("xcomp", "advcl", "ccomp"):
            verb = verb.head  # "Colombia assumes rotating presidency of CELAC": the parse made "rotating" the verb
        if org is None or verb is None or verb.lemma_.lower() not in lex["chair_taking_verbs"] or not ctx.asserted(verb, "negation-only"):
            continue
        if verb.lemma_.lower() == "turn" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            continue  # "turned over the chairmanship", not "turned the chairmanship into ..."
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
        holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to") for g in c.children if g.dep_ == "pobj"]
        ev = ctx.evidence(token, "rotating-chair")
        if org.key not in ctx.gaz.entries and org.key.split(":", 1)[-1].split()[0] in ctx.lex["chaired_organ_heads"] \
                and organ_parent(ctx, org.key) is None:
            holders = []  # "the Presidency of the Committee of Ministers": a body of an organisation not named here
        out += _chair_holders(ctx, verb, token, org)
        for h in holders:
            state = _state_of_holder(ctx, h)
            if state is not None and (ctx.kind(org.key) == "intergovernmental" or ctx.rdoc.mention_at(h) is not None
                                      and ctx.rdoc.mention_at(h).type == "state"):
                # (an organisation kg does not know is a bloc only when a state holds its chair)
                r = ctx.relation("member-of", (state, "state"), (org.key, "organisation"), ev, basis="context")
                if r:
                    out.append(r)
    return out


def chairs_held_by_states(ctx: Context) -> list[Relation]:
    """A state said to be an intergovernmental organisation's chair is one of its members: "Nepal,
    as the current Chair of SAARC, has consulted ...", "Ghana is the current chair of ECOWAS".
    Only a state (a person who chairs may be an official), only as a fact ("could be the chair" is none)."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        org = _organisation_of(ctx, token)
        if org is None or ctx.kind(org.key) != "intergovernmental":
            continue
        holder = None
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
            holder = token.head.head  # "Nepal, as the current Chair of SAARC,": "as" hangs on the state or its verb
            if rdoc.mention_at(holder) is None:
                holder = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            at = token.head.i
            if holder is None and at >= 2 and ctx.doc[at - 1].text == ",":
                holder = ctx.doc[at - 2]  # (or the parse lost it: the name set off right before "as")
            verb = token.head.head
        elif token.dep_ == "attr" and token.head.lemma_ == "be":
            verb = token.head
            holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            continue
        m = rdoc.mention_at(holder) if holder is not None else None
        if m is None or m.type != "state" or not ctx.asserted(verb):
            continue
        r = ctx.relation("member-of", (m.key, "state"), (org.key, "organisation"), ctx.evidence(token, "rotating-chair"), basis="context")
        if r:
            out.append(r)
    return out


def _chair_holders(ctx: Context, verb, noun, org) -> list[Relation]:
    """The people who hold a bloc's chair the clause passes: "President A handed over the
    chairmanship of the EAC to B" (B holds it, A held it), "B took over the chairmanship from A",
    "B assumed the rotating chairmanship"."""
    if ctx.kind(org.key) != "intergovernmental" or not ctx.asserted(verb):
        return []  # "refused to hand over the chair to B": B does not hold it
    giving = verb.lemma_.lower() in ctx.lex["chair_giving_verbs"]
    role = "president" if noun.lower_ == "presidency" else "chair"
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            holder, former = c, giving
        elif c.dep_ == "prep" and c.lower_ in ("from", "to"):
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
            former = c.lower_ == "from"
            if holder is None or (c.lower_ == "to") != giving:
                continue  # "handed the chair to B", "took the chair from A"
        else:
            continue
        m = ctx.rdoc.mention_at(holder)
        if m is None or m.type != "person":
            continue
        r = ctx.relation("holds-office", (m.key, "person"), (org.key, "organisation"), ctx.evidence(noun, "rotating-chair-holder"),
                         role=f"former {role}" if former else role)
        if r:
            out.append(r)
    return out


def elected_to_lead(ctx: Context) -> list[Relation]:
    """ "B was elected to lead the EAC until 2025", "B was chosen to chair ECOWAS": the person
    chosen to lead an intergovernmental organisation holds its chair."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["lead_infinitives"]):
        verb = token.head
        if not (token.dep_ == "xcomp" or token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) \
                or verb.lemma_.lower() not in lex["choosing_verbs"] or not ctx.asserted(verb) or any(
                c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        orgs = [m for c in token.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c) or ctx.described_organisation(c)) is not None]
        out += _chair_of_subject(ctx, verb, "nsubjpass", orgs, ctx.evidence(token, "elected-to-lead"), "chair")
    return out


def _chair_of_subject(ctx: Context, verb, dep: str, orgs, evidence, role: str) -> list[Relation]:
    """holds-office of the one intergovernmental organisation in ``orgs`` for the one person the
    verb's subject (``dep``) names, a relative pronoun standing for its antecedent ("B, who chaired")."""
    subject = next((c for c in verb.children if c.dep_ == dep), None)
    people = [e for e in entities(ctx, subject) if e[1] == "person"] if subject is not None else []
    if len(people) != 1 or len(orgs) != 1 or orgs[0].type != "organisation" or ctx.kind(orgs[0].key) != "intergovernmental":
        return []
    r = ctx.relation("holds-office", people[0], (orgs[0].key, "organisation"), evidence, role=role)
    return [r] if r else []


def chaired_organisations(ctx: Context) -> list[Relation]:
    """ "N, who chaired ECOWAS from 2023 to 2025", "N chairs the African Union this year": the
    person chairs the intergovernmental organisation the verb governs (past tense: a former chair).
    A meeting chaired is no organisation's chair."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for verb in rdoc.tokens(lex["chair_verb_forms"]):
        if verb.pos_ != "VERB" or not ctx.asserted(verb) or any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            continue
        orgs = [m for c in verb.children if c.dep_ == "dobj" and (m := rdoc.mention_at(c)) is not None]
        out += _chair_of_subject(ctx, verb, "nsubj", orgs, ctx.evidence(verb, "chaired-organisation"),
                                 "former chair" if verb.tag_ == "VBD" else "chair")
    return out


def chairs_in_apposition(ctx: Context) -> list[Relation]:
    """A state, or a person with one state's office, described as an organisation's chair: "Thailand,
    the current chair of BIMSTEC, proposed ...", "Foreign Minister N (current BIMSTEC chair)". The
    chair of a bloc is one of its states; a "former" or "incoming" chair is one too."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(lex["chair_nouns"]):
        k = token.i - 1
        while k >= 0 and (doc[k].lower_ in lex["chair_qualifiers"] or (k in rdoc.by_token and rdoc.by_token[k].type == "organisation")):
            k -= 1  # "the current BIMSTEC chair"
        org = _organisation_of(ctx, token) or _chair_of(ctx, token)
        if org is None or ctx.kind(org.key) != "intergovernmental":
            continue
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].text not in (",", "("):
            continue
        holder = rdoc.by_token.get(k - 1)
        if holder is None or rdoc.spans[k - 1].end != k:
            continue
        state = _state_of_holder(ctx, doc[k - 1])
        if state is None:
            continue
        r = ctx.relation("member-of", (state, "state"), (org.key, "organisation"), ctx.evidence(token, "chair-in-apposition"), basis="context")
        if r:
            out.append(r)
    return out


def _chair_of(ctx: Context, token):
    """The organisation named before the chair noun: "turns over the ASEAN chairmanship", or, for
    "the chairmanship" alone, the one bloc the document has named before it."""
    named = [m for c in token.children if c.dep_ in ("compound", "poss") and (
        m := ctx.rdoc.mention_at(c) or (ctx.described_organisation(c) if c.dep_ == "poss" and not any(
            g.ent_type_ == "NORP" or ctx.demonym_state(g) for g in c.children) else None)) is not None]
    # ("the bloc's chairmanship"; not "the Mexican community's presidency": a nationality names some other community)
    if named:
        m = named[-1]
        return m if m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" else None
    if any(c.lower_ == "the" for c in token.children) and not any(c.dep_ == "prep" for c in token.children):
        return ctx.only_bloc_before(token)
    return None


def _state_of_holder(ctx: Context, token) -> str | None:
    """The state a chair's holder stands for: a state, or a person the text gave one state's
    office ("President Rodrigo Duterte", "Singapore's Prime Minister Lee Hsien Loong")."""
    m = ctx.rdoc.mention_at(token)
    if m is None and fold(token.text) in ctx.title_vocab:
        # "to the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves"
        owner = next((ctx.rdoc.mention_at(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        return owner.key if owner is not None and owner.type == "state" else None
    if m is None:
        return None
    if m.type == "state":
        return m.key
    if m.type != "person":
        return None
    states = {r.target for r in ctx.found if r.source == m.key and r.relation == "holds-office" and r.target.startswith("state:")
              and not r.role.startswith("former ")}
    return next(iter(states)) if len(states) == 1 else None


def _organisation_of(ctx: Context, token, *, any_kind: bool = False):
    """The intergovernmental organisation named by "of" right after ``token``, an acronym in
    brackets allowed between: "the Pro Tempore Presidency (PPT) of the Central American
    Integration System", and a count of members before the name: "of the 15-member Caribbean
    Community". With ``any_kind``, an organisation kg does not know is returned too."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = ctx.after_acronym(token.i + 1)
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    start = k
    while k < min(len(doc), start + 4) and k not in rdoc.by_token and (doc[k].like_num or doc[k].text == "-" or doc[k].lower_ in ("member", "nation")):
        k += 1
    m = rdoc.by_token.get(k)
    if m is None or m.type != "organisation" or rdoc.spans[k].start != k:
        return None
    return m if ctx.kind(m.key) == "intergovernmental" or any_kind and not ctx.kind(m.key) else None
