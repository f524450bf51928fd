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
from kg.relations.arguments import count_of, entities
from kg.relations.bodies import organ_parent, parent_organisation
from kg.relations.context import Context, is_possessive
from kg.relations.lines import line_of, lines_after
from kg.relations.titles import honorific_end

__all__ = ["member_state_leaders", "officials_of_member_states_including", "organisation_leaders_listed", "represented_members", "states_parties", "summit_members"]


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
            if m is not None and m.type == "organisation" and (bloc := _bloc_of(ctx, m.key)) is not None and not _venue(ctx, t):
                found.add(bloc)
    for i, m in rdoc.by_token.items():
        # "The 39th Pacific Islands Forum was held in Niue": an organisation numbered as its
        # meetings are is one of them (not "the 27th EU member state", where it qualifies a noun)
        span = rdoc.spans[i]
        if span.start == i and i > 0 and (doc[i - 1].ent_type_ == "ORDINAL" or doc[i - 1].lower_ in lex["ordinal_words"]) and m.type == "organisation" and \
                ctx.kind(m.key) == "intergovernmental" and (span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")):
            found.add(m.key)
    if not found and rdoc.tokens(lex["summit_nouns"]) and (rdoc.tokens(lex["leader_nouns"]) or rdoc.tokens(lex["session_attendee_nouns"])):
        # (a meeting must be reported: an inauguration's guests are no organisation's summit)
        # "the Supreme Council held its session with the participation of Their Majesties": the
        # organisation of an unnamed organ is the one organisation the article names
        # (not one named only as part of another body's name: "the head of the UN Regional Centre")
        found = {m.key for i, m in rdoc.by_token.items() if rdoc.spans[i].start == i and m.type == "organisation"
                 and ctx.kind(m.key) == "intergovernmental" and not _names_another_body(ctx, doc[i])}
    return found.pop() if len(found) == 1 else None


def _venue(ctx: Context, token) -> bool:
    """ "held at the African Union Headquarters", "in the ASEAN Secretariat": an organisation named
    as the place of the meeting, not as the body whose meeting it is."""
    span = ctx.rdoc.span_at(token)
    root = span.root if span is not None else token
    return root.dep_ == "compound" and root.head.lower_ in ctx.lex["venue_nouns"]


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
        if token.lower_ == "present" and not _present_at(ctx, token):
            continue  # only "Present at the Summit were"; not "the present situation"
        # the verb of attendance heads its clause; a noun of attendance ("with the participation of",
        # "in attendance were") speaks for its whole sentence
        clause = token if token.pos_ in ("VERB", "AUX") else sent.root
        if token.dep_ == "acl" and sent.root.lemma_ in ("be", "include") and sent.root.i > token.i and any(
                t.lower_ in lex["leader_nouns"] for t in ctx.doc[max(sent.start, token.i - 8) : token.i]):
            clause = token = sent.root  # "other leaders of the alliance attending the Summit are A, President of X, ...": the copula lists them
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "acl", "relcl", "amod") or clause.i in seen:
            continue  # "Thai Prime Minister N, attending her first summit, offered ...": not a list of who came
        seen.add(clause.i)
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex["occasions_of_no_body"] for c in token.children):
            continue  # "foreign dignitaries attended the funeral, including A and B": no meeting of a bloc
        if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in token.children) and any(
                c.dep_ == "nsubj" and any(p.dep_ == "prep" and p.lower_ == "from" for p in c.children) for c in token.children):
            continue  # "Leaders from A, B and C also attended the summit": others beside the members told before
        words = {t.lower_ for t in ctx.doc[sent.start : _unnamed_addition(ctx, sent)]}
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
                    doc[k].text != "." or _item_follows(ctx, k + 1) if below
                    else "\n" not in doc[k].text and "\n" not in doc[k - 1].whitespace_ or _item_follows(ctx, k)):
                indexes.add(k)
                k += 1
            sent = doc[sent.start : k]
        yield sent, indexes


def _unnamed_addition(ctx: Context, sent) -> int:
    """Where a trailing addition to the list of attending members starts when it names no state:
    "attended by A, B and C, as well as representatives of observer states" (the observers are
    not named, so the members listed before them still are); the sentence's end otherwise."""
    doc, rdoc = ctx.doc, ctx.rdoc
    text = sent.text.lower()
    for phrase in ctx.lex["attendance_additions"]:
        at = text.find(f", {phrase} ")
        if at < 0:
            continue
        start = next((t.i for t in sent if t.idx - sent.start_char > at), sent.end)
        if not any((m := rdoc.by_token.get(k)) is not None and m.type == "state" for k in range(start, sent.end)) and any(
                (m := rdoc.by_token.get(k)) is not None and m.type == "state" for k in range(sent.start, start)):
            return start
    return sent.end


def _present_at(ctx: Context, token) -> bool:
    """ "Present at the Summit were ...": "present" as a word of attendance (not "the present
    situation", nor "Also present were", which adds guests to the members)."""
    doc = ctx.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "at" and (token.i == 0 or doc[token.i - 1].lower_ != "also")


def _members_own(ctx: Context, k: int) -> bool:
    """Delegations or representatives at ``k`` that are the members' own: "the national delegations
    of A, B", "Heads of State and Government and representatives of A, B" (not "delegations from
    Russia and China attended", who may be guests)."""
    doc = ctx.doc
    return doc[k].lower_ in ctx.lex["meeting_attendee_nouns"] and k > 0 and (
        doc[k - 1].lower_ in ("national", "parliamentary", "member") or any(t.lower_ in ctx.lex["leader_nouns"] for t in doc[max(0, k - 6) : k])
        # "the leaders of A, B and representatives of C"
        or doc[k - 1].lower_ == "and" and any(t.lower_ in ctx.lex["leader_nouns"] for t in doc[doc[k].sent.start : k]))


def _item_follows(ctx: Context, k: int) -> bool:
    """Whether a new line at ``k`` (after a stop or a line break) opens another item of a list of
    people, with an honorific ("H.E. N, President of A.\nH.E. M, President of B.")."""
    doc = ctx.doc
    if k >= len(doc) or "\n" not in doc[k - 1].whitespace_ + doc[k].text:
        return False
    j = k + doc[k].is_space
    return j < len(doc) and honorific_end(ctx, j, min(len(doc), j + 4)) > j


def _named_beside(ctx: Context, sent, i: int) -> bool:
    """ "Heads of State of ASEAN attended, along with ..., as well as the Prime Minister of X": a
    head named after "along with" comes beside the members, not as one of them."""
    text = ctx.doc[sent.start : i].text.lower()
    return any(f" {phrase} " in f" {text} " for phrase in ctx.lex["attendance_additions"])


def _added_to_the_members(ctx: Context, sent, i: int) -> bool:
    """A head named beside the members (:func:`_named_beside`) or met on the sidelines (:func:`_met_aside`)."""
    return _named_beside(ctx, sent, i) or _met_aside(ctx, sent, i)


def _met_aside(ctx: Context, sent, i: int) -> bool:
    """ "attended the summit and held bilateral meetings with the Presidents of A, N; of B, M": the
    leaders met on the sidelines may be anyone's: the "with" of a meeting above the word in the parse,
    or above the plural title that opens the word's list (no verb between them)."""
    doc = ctx.doc
    title = next((k for k in range(i - 1, max(sent.start, i - 12) - 1, -1) if doc[k].lower_ in ctx.lex["leader_titles_plural"]), None)
    starts = [i] + ([title] if title is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[title:i]) else [])
    for k in starts:
        for step, above in enumerate(doc[k].ancestors):
            if step > 6:
                break
            if above.dep_ == "prep" and above.lower_ == "with" and above.head.lower_ in ctx.lex["sideline_meeting_words"]:
                return True
    return False


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
    # a membership the text lists in full ("ASEAN, a bloc comprising A, B, ..., J") leaves out the
    # other states at its summit: guests and partners ("China's Premier is also attending the summit")
    listed = {r.source for r in ctx.found if r.relation == "member-of" and r.target == org
              and r.evidence.rule in ctx.lex["complete_member_list_rules"]
              and not set(r.evidence.sentence.lower().split()) & set(ctx.lex["partial_list_words"])}  # (not "The founding members are A, B")
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
                    ctx.doc[before].lower_ in ctx.lex["leader_nouns"] | ctx.lex["ministerial_nouns"] | ctx.lex["attending_government_nouns"]
                    or _members_own(ctx, before)
                    or t.lower_ == "of" and ctx.doc[t.i - 1].lower_ in office_heads and ctx.doc[t.i - 1].is_title
                    and not _named_beside(ctx, sent, t.i)) and not _met_aside(ctx, sent, t.i):
                states += _places_listed(ctx, t.i + 1)  # also "the President of Kiribati, the Premier of Niue"
        states += _states_opening_lines(ctx, sent)
        ev = ctx.evidence(sent[0], "summit-attendance")
        for state in dict.fromkeys(states):
            if state in done or state in apart or len(listed) >= 3 and state not in listed:
                continue
            r = ctx.relation("member-of", (state, "state"), (org, "organisation"), ev, basis="context")
            if r:
                done.add(state)
                out.append(r)
    return out


def _states_opening_lines(ctx: Context, sent) -> list[str]:
    """The states that open the lines of a list after "attended by the following Heads of State or
    their representatives:", each line a state, a colon or a dash, and who came for it
    ("* Botswana: President N", "Malawi – Hon. M, Minister of Foreign Affairs")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    # the colon that announces the list ends its line (not "Baku: Representatives of ...")
    colon = next((t.i for t in sent if t.text == ":" and all(x.is_space for x in doc[t.i + 1 : line_of(doc, t.i)[1]])), None)
    if colon is None:
        return []
    found = []
    for first, _stop, items in lines_after(doc, colon + 1, ctx.lex["list_bullets"]):
        if first >= sent.end:
            break
        m = rdoc.mention_at(items[0]) if items else None
        if m is None or m.type != "state" or rdoc.spans[items[0].i].start != items[0].i:
            continue
        after = rdoc.spans[items[0].i].end
        if after < len(doc) and doc[after].text in (":", "–", "-", "—"):
            found.append(m.key)
    return found


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
    while Hungary, Turkmenistan and the TRNC have observer status", "Japan attended as an observer",
    "Ukraine and Fiji are also invited to attend"."""
    apart: set[str] = set()
    for token in ctx.rdoc.tokens(ctx.lex["invitation_verb_forms"]):
        if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children) or not ctx.asserted(token, "negation-only") \
                or _invited_to_do_something_else(ctx, token):
            continue  # (passive only: "Malaysia invited the leaders" is the host; "Ghana was invited to host the next summit")
        subjects = [s for c in token.children if c.dep_ == "nsubjpass" for s in (c, *c.conjuncts)]
        if subjects:  # the states themselves or their leaders, not "citizens of Ghana"
            apart |= {m.key for s in subjects for m in _invited_states(ctx, s)}
        else:
            apart |= _states_right_before(ctx, token.i)  # "In addition to inviting X, A and B are also invited": the parse joins A to X
    for token in ctx.rdoc.tokens(ctx.lex["status_short_of_member_words"]):
        under = _states_under_status_heading(ctx, token)  # "Dialogue partners" / "China \u2013 Premier N" / "Japan \u2013 ..."
        if under:
            apart |= under
            continue  # a heading, not a clause
        if token.is_title and not token.is_sent_start or token.dep_ == "compound" and token.head.lower_ not in ctx.lex["status_heads"]:
            continue  # "the IGAD Partners Forum": a name; but "observer status", "observer states"
        clause = token
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]  # who has that status
        apart |= {m.key for s in subjects for t in s.subtree if (m := ctx.rdoc.mention_at(t)) is not None and m.type == "state"}
    return apart


def _states_under_status_heading(ctx: Context, token) -> set[str]:
    """The states one a line under a short heading that names a status short of membership
    ("Dialogue partners", "Observers", "Guests"): each line opening with a state's name, until a
    line that does not."""
    doc, rdoc = ctx.doc, ctx.rdoc
    start, end = line_of(doc, token.i)
    words = [t for t in doc[start:end] if not t.is_space]
    if not 1 <= len(words) <= 4 or any(t.pos_ in ("VERB", "AUX") for t in words) or words[-1].text == ".":
        return set()
    found: set[str] = set()
    for _first, _stop, items in lines_after(doc, end, ctx.lex["list_bullets"]):
        m = rdoc.mention_at(items[0]) if items else None
        if m is None or m.type != "state" or rdoc.spans[items[0].i].start != items[0].i:
            break
        found.add(m.key)
    return found


def _invited_to_do_something_else(ctx: Context, verb) -> bool:
    """An invitation to act other than to come: "invited to host the next summit", "to send
    troops", "to apply for visas" (an invitation to attend, observe, address or take part makes
    a guest)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ctx.lex["invitation_other_acts"] for c in verb.children)


def _invited_states(ctx: Context, subject) -> list:
    """The states an invitation's subject names: the state itself ("Rwanda was invited"), or
    the states of its leaders ("the presidents of Rwanda and Kenya were invited")."""
    m = ctx.rdoc.mention_at(subject)
    if m is not None:
        return [m] if m.type == "state" else []
    if subject.lower_ not in ctx.lex["leader_nouns"] and subject.lower_ not in ctx.lex["leader_titles_plural"]:
        return []  # "citizens of Ghana", "journalists from Kenya"
    return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            for t in (g, *g.conjuncts) if (m := ctx.rdoc.mention_at(t)) is not None and m.type == "state"]


def _states_right_before(ctx: Context, i: int) -> set[str]:
    """The states named in a run of names that ends right before the verb group at ``i`` ("A and
    the Republic of B are also invited")."""
    doc, k = ctx.doc, i - 1
    while k >= 0 and doc[k].dep_ in ("auxpass", "aux", "advmod", "neg"):
        k -= 1
    found: set[str] = set()
    while k >= 0:
        m = ctx.rdoc.mention_at(doc[k])
        if m is not None and m.type == "state":
            found.add(m.key)
            k = ctx.rdoc.spans[k].start - 1
        elif doc[k].lower_ in ("and", "the", ",") or m is not None and doc[k].lower_ == "of":
            k -= 1
        else:
            break
    return found


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
        at = token.i - 2
        count = count_of(ctx, doc[at]) if at >= 2 and is_possessive(doc[at - 1]) else None
        if count is not None:
            at -= 2  # "of the SCO's six member countries"
        org = rdoc.by_token.get(at)
        if org is None or org.type != "organisation" or ctx.kind(org.key) != "intergovernmental":
            continue
        start = rdoc.spans[at].start
        start -= start > 0 and doc[start - 1].lower_ == "the"  # "The Foreign Ministers of the BIMSTEC Member States i.e. A, ..."
        if start < 2 or doc[start - 1].lower_ != "of" or not (
                doc[start - 2].lower_ in lex["leader_nouns"] or doc[start - 2].lower_ in lex["leader_titles_plural"]
                or count is not None and any(ctx.heads_of_state(doc[k]) for k in range(max(0, start - 6), start - 2))):
            # ("Heads of state of the SCO's six member countries": with a count to fill)
            continue
        sent = token.sent
        if not ctx.asserted(token, "negation-only"):
            continue
        listed = set()  # the names listed after the phrase, up to the next title ("... and the President of Bolivia, N")
        heads = ctx.gaz.title_words - lex["title_modifiers"]
        for t in doc[token.i + 1 : sent.end]:
            if count is None and fold(t.text) in heads and doc[t.i - 1].lower_ in ("the", "and") or t.pos_ in ("VERB", "AUX"):
                break  # (a title after a name's comma is the name's own: "A, Minister for Foreign Affairs of X, B, ...";
                # those a verb takes are not the list: "... met B, Minister of Foreign Affairs of Y"; a count bounds the list instead)
            m = rdoc.by_token.get(t.i)
            if m is not None and m.type == "person":
                listed.add(m.key)
        found = _states_of_listed_leaders(ctx, listed, sent, org, token)
        guests = count is not None and any(t.lower_ in lex["status_short_of_member_words"] for t in doc[token.i + 1 : sent.end])
        if count is None or len(found) == count and not guests:  # "six member countries -- A of X, ...": the list must fill the count
            out += found
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
