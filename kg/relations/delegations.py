"""leads-delegation read through offices, and the offices of delegation heads.

Clause patterns read "the Russian delegation was led by X"; the rules here read a delegation whose
owner is another relation: "who led her country's delegation", "sent a delegation led by ...",
"teams led by Armenian Foreign Minister Ararat Mirzoyan", and the office a delegation's head holds
("The Russian delegation will be led by Deputy Foreign Minister Alexander Grushko").
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.arguments import entities
from kg.relations.context import Context
from kg.relations.title_phrases import phrases_before
from kg.relations.bodies import sending_state
from kg.relations.setting import is_state_office, ownerless_titles
from kg.relations.titles import ownerless_title

__all__ = ["as_head_of_delegation", "office_state", "delegation_members", "led_by_the_name_before", "the_delegation_led_by", "delegation_titles", "delegations_headed_in_turn", "described_heads",
           "gapped_delegations", "heading_delegations", "heads_of_delegation_listed", "heads_of_delegations", "leading_it_was", "own_country_delegations", "respective_delegations"]


def office_state(ctx: Context, person: str) -> str | None:
    """The one state whose office ``person`` holds, by the relations found so far, in the state's
    government or its parliament (whose delegations are the state's)."""
    offices = [r.target for r in ctx.found if r.source == person and r.relation == "holds-office"]
    states = {t if t.startswith("state:") else sending_state(ctx, t) for t in offices} - {None}  # or in its ministry or parliament
    return states.pop() if len(states) == 1 else None


def own_country_delegations(ctx: Context) -> list[Relation]:
    """ "Kenya's Health Minister Grace Wambui, who led her country's delegation", "President N
    of Lithuania led his delegation onto the floor": the country is the one state whose office
    the person holds."""
    lex = ctx.lex
    out = []
    for token in ctx.rdoc.tokens(list(lex["delegation_nouns"]) + list(lex["delegation_nouns_plural"])):
        # "A, President of X, and B, President of Y, leading delegations from their countries": each their own
        # "A and B led their respective delegations": each their own country's too
        each = token.lower_ in lex["delegation_nouns_plural"] and (any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ in lex["state_nouns_plural"] and any(p.lower_ == "their" for p in g.children)
                                                           for g in c.children) for c in token.children) or {"their", "respective"} <= {c.lower_ for c in token.children})
        leading = next((c for c in token.children if c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in lex["delegation_lead_lemmas"]), None)
        if each and token.dep_ == "appos" and leading is not None:
            verb, subject, governing = leading, token.head, token.head.head  # the participle hung on the delegations, as parsed
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in lex["delegation_lead_lemmas"]:
            verb = token.head
            governing = verb.head if each and verb.dep_ in ("advcl", "acl", "xcomp") and verb.tag_ == "VBG" else verb
            subject = next((c for c in governing.children if c.dep_ == "nsubj"), None)
        else:
            continue
        country = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("country", "nation")), None)
        owner = country if country is not None else token  # or "he led his delegation onto the floor"
        if not each and not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in owner.children):
            continue
        if subject is None or not ctx.asserted(verb) or not ctx.asserted(governing):
            continue
        if each:  # every person the subject lists, titles in apposition between them (not "accompanied by N", "who met N")
            aside = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
            people = list(dict.fromkeys((m.key, "person") for t in subject.subtree
                                        if t.i not in aside and (m := ctx.rdoc.by_token.get(t.i)) is not None and m.type == "person"))
        else:
            people = entities(ctx, subject)
        if not people or not each and (len(people) != 1 or people[0][1] != "person"):
            continue
        for person in people:
            state = office_state(ctx, person[0])
            if state is not None:
                r = ctx.relation("leads-delegation", person, (state, "state"), ctx.evidence(verb, "delegation-of-own-country"))
                if r:
                    out.append(r)
    return out


def _owners(ctx: Context, noun) -> list[tuple[str, str]]:
    """The owners a plural delegation noun names, in order ("the Armenian and Georgian
    delegations", "the delegations of Kenya and Uganda"); nothing if one of them is not known."""
    heads = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj"]
    owners = []
    for t in sorted({t for h in heads for t in (h, *h.conjuncts)}, key=lambda t: t.i):
        m = ctx.rdoc.mention_at(t)
        owner = (m.key, m.type) if m is not None and m.type in ("state", "organisation") else None
        state = ctx.demonym_state(t) if owner is None else None
        owner = owner or ((state, "state") if state else None)
        if owner is None:
            return []
        if owner not in owners:
            owners.append(owner)
    return owners


def _people_in(ctx: Context, roots, before: int | None = None) -> list[tuple[str, str]]:
    """The people named under ``roots`` (before token ``before``), in the order of the text."""
    people: list[tuple[str, str]] = []
    for t in sorted((t for r in roots for t in r.subtree if before is None or t.i < before), key=lambda t: t.i):
        m = ctx.rdoc.mention_at(t)
        if m is not None and m.type == "person" and (m.key, "person") not in people:
            people.append((m.key, "person"))
    return people


def respective_delegations(ctx: Context) -> list[Relation]:
    """ "The Armenian and Georgian delegations were headed by A, ..., and B, ..., respectively",
    "A and B led the Bangladesh and Indian delegations respectively": the n-th head leads the n-th
    owner's delegation, when there are as many heads as owners (two or more)."""
    lex = ctx.lex
    out = []
    for word in ctx.rdoc.tokens(("respectively",)):
        for noun in word.sent:
            verb = noun.head
            if noun.tag_ != "NNS" or noun.lemma_.lower() not in lex["delegation_group_nouns"] or verb.lemma_.lower() not in lex["delegation_lead_lemmas"]:
                continue
            if noun.dep_ == "nsubjpass":  # the heads before "respectively" ("..., respectively, Radio X reports")
                heads = _people_in(ctx, [c for c in verb.children if c.dep_ == "agent"], before=word.i)
            elif noun.dep_ == "dobj":
                heads = _people_in(ctx, [c for c in verb.children if c.dep_ == "nsubj"])
            else:
                continue
            owners = _owners(ctx, noun)
            if len(owners) < 2 or len(heads) != len(owners) or not ctx.asserted(verb):
                continue
            ev = ctx.evidence(verb, "respective-delegations")
            out += [r for head, owner in zip(heads, owners) if (r := ctx.relation("leads-delegation", head, owner, ev))]
    return out


def _owner(ctx: Context, noun) -> tuple[str, str] | None | bool:
    """The one owner a delegation noun names ("the Iraqi delegation"), None if it names none
    ("a high-ranking delegation"), False if more than one."""
    found = ctx.modifier_owners(noun)
    return found.pop() if len(found) == 1 else (None if not found else False)


def heading_delegations(ctx: Context) -> list[Relation]:
    """A participle of leading: "Heading a high-ranking delegation, President N visits Iran",
    "N, heading the Iraqi delegation, arrived". The delegation is its owner's, or else of the
    one state whose office N holds."""
    lex = ctx.lex
    out = []
    for noun in ctx.rdoc.tokens(lex["delegation_nouns"]):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.tag_ != "VBG" or verb.lemma_.lower() not in lex["delegation_lead_lemmas"]:
            continue
        if verb.dep_ == "advcl":
            holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            clause = verb.head
        elif verb.dep_ == "acl":
            holder, clause = verb.head, verb.head.head
        elif verb.dep_ == "ROOT":  # "Speaker N heading a delegation arrived in Minsk" (the parser's root), "N is heading ..."
            holder, clause = next((c for c in verb.children if c.dep_ == "nsubj"), None), verb
        else:
            continue
        people = [e for e in entities(ctx, holder) if e[1] == "person"] if holder is not None else []
        owner = _owner(ctx, noun)
        if owner is None and any(g.lower_ in lex["leader_nouns"] or g.lower_ == "ministers" and ctx.doc[g.i - 1].lower_ == "prime"
                                 for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            continue  # "leading the delegation of regional Prime Ministers": heads of other states too (not "of ten ministers")
        if len(people) != 1 or owner is False or not ctx.asserted(verb, "negation-only") or not ctx.asserted(clause, scheduled=True):
            continue
        out += _led_by(ctx, people[0], owner, ctx.evidence(verb, "heading-delegation"))
    return out


def _led_by(ctx: Context, person: tuple[str, str], owner, evidence) -> list[Relation]:
    """leads-delegation of ``person``: of the delegation's ``owner``, or with none named, of the
    one state whose office the person holds."""
    if owner is None:
        state = office_state(ctx, person[0])
        owner = (state, "state") if state else None
    r = ctx.relation("leads-delegation", person, owner, evidence) if owner else None
    return [r] if r else []


def leading_it_was(ctx: Context) -> list[Relation]:
    """The head named last, after a copula: "Leading Brunei's delegation at the meeting was the
    Minister of Foreign Affairs, N", "Heading the Kenyan delegation was Foreign Minister N"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for noun in rdoc.tokens(("delegation",)):  # (not "team", "side", "mission")
        sent = noun.sent
        first = doc[sent.start]
        # the participle's own object (no preposition before it: not "Leading the charge against
        # Ghana's delegation was"), then the first copula after it, however the parse hangs them
        copula = next((t for t in doc[noun.i + 1 : sent.end] if t.lemma_ == "be" or t.pos_ == "VERB"), None)
        if first.lower_ not in ("leading", "heading") or not 0 < noun.i - sent.start <= 4 \
                or any(t.pos_ == "ADP" for t in doc[sent.start + 1 : noun.i]) or noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "POS" \
                or copula is None or copula.lemma_ != "be" or copula.i - noun.i > 8 or not ctx.asserted(copula):
            continue  # (not "Leading the Kenyan team", "Heading the delegation's logistics", "was supposed to be")
        owner = _owner(ctx, noun)
        if not owner:
            continue
        # the head right after the copula, a title between at most: not "was a team of officials that included N"
        k = copula.i + 1
        while k < sent.end and k not in rdoc.by_token and (doc[k].pos_ in ("DET", "PROPN", "PUNCT", "ADP", "ADJ") or fold(doc[k].text) in ctx.title_vocab):
            k += 1
        m = rdoc.by_token.get(k)
        head = m if m is not None and m.type == "person" else None
        r = ctx.relation("leads-delegation", (head.key, "person"), owner, ctx.evidence(copula, "leading-it-was")) if head else None
        if r:
            out.append(r)
    return out


def as_head_of_delegation(ctx: Context) -> list[Relation]:
    """Someone sent or present "as head of" a delegation: "Venezuela sent Foreign Minister N as
    head of its delegation", "Kenyan Foreign Minister N attended the summit as head of the
    delegation". The delegation is the one its words name, or the sender's ("its"), or else that
    of the one state whose office N holds."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for noun in rdoc.tokens(("delegation",)):  # (not "head of its mission")
        of, head = noun.head, noun.head.head
        if not (noun.dep_ == "pobj" and of.lower_ == "of" and head.lower_ in lex["delegation_head_words"] and head.dep_ == "pobj"
                and head.head.lower_ == "as"):
            continue
        verb = next((t for t in head.head.ancestors if t.pos_ in ("VERB", "AUX")), None)  # (the parse may hang "as" on the object)
        if verb is None or verb.lemma_.lower() not in lex["head_of_delegation_verbs"]:
            continue  # sent, attending, named: not "stepped down as", "replace N as", "received him as", "hosted N as"
        roles = {c.dep_: c for c in verb.children if c.dep_ in ("dobj", "nsubj")}
        people = []
        for holder in (roles.get("dobj"), roles.get("nsubj")):  # the one sent, or else the one who attended
            if holder is not None and not people:
                people = [e for e in entities(ctx, holder) if e[1] == "person"] or [
                    e for c in holder.children if c.dep_ == "appos" for e in entities(ctx, c) if e[1] == "person"]  # "the foreign minister, N,"
        owner = _owner(ctx, noun)
        if owner is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children) and "nsubj" in roles:
            senders = [e for e in entities(ctx, roles["nsubj"]) if e[1] == "state"]
            owner = senders[0] if len(senders) == 1 else None
        if len(people) != 1 or owner is False or not ctx.asserted(verb, scheduled=True):
            continue
        out += _led_by(ctx, people[0], owner, ctx.evidence(head, "as-head-of-delegation"))
    return out


def described_heads(ctx: Context) -> list[Relation]:
    """A delegation led by someone the text calls by a title it gave them before: "Foreign
    Minister N arrived in Mexico. The Cuban minister heads the Cuban delegation". "the [Cuban]
    minister" is the one person named before whose office found so far ends in that title (and
    is the state's the nationality names); two such people, or none, give nothing."""
    lex = ctx.lex
    out = []
    for noun in ctx.rdoc.tokens(lex["delegation_nouns"]):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex["delegation_lead_lemmas"] or verb.tag_ == "VBG":
            continue
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        person = _described_person(ctx, holder) if holder is not None else None
        owner = _owner(ctx, noun)
        if person is None or owner is False or not ctx.asserted(verb):
            continue
        if owner is None:
            state = office_state(ctx, person)
            owner = (state, "state") if state else None
        r = ctx.relation("leads-delegation", (person, "person"), owner, ctx.evidence(verb, "described-delegation-head")) if owner else None
        if r:
            out.append(r)
    return out


def _described_person(ctx: Context, token) -> str | None:
    """The person "the [Kenyan] minister" at ``token`` stands for (see :func:`described_heads`)."""
    title = fold(token.text)
    if title not in ctx.gaz.title_words or ctx.rdoc.mention_at(token) is not None or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    states = {s for c in token.children if c.dep_ in ("amod", "compound") and (s := ctx.demonym_state(c))}
    if len(states) > 1:
        return None
    people = {r.source for r in ctx.found if r.relation == "holds-office" and r.evidence.start < token.idx
              and r.role.split()[-1:] == [title] and (not states or r.target in states)}
    return people.pop() if len(people) == 1 else None


def gapped_delegations(ctx: Context) -> list[Relation]:
    """A list of delegations that says "led by" once: "the Indian team is led by A, the Bhutanese
    team by B and the Bangladeshi team by C". A delegation noun with its owner, right followed by
    "by" and a name, after a delegation "led by" someone earlier in the sentence."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    for noun in rdoc.tokens(lex["delegation_group_nouns"]):
        sent = noun.sent
        if noun.i + 2 >= sent.end or doc[noun.i + 1].lower_ != "by":
            continue
        led = [t for t in doc[sent.start : noun.i] if t.lemma_.lower() in lex["delegation_lead_lemmas"] and t.tag_ in ("VBN", "VBD")
               and any(c.dep_ == "agent" or c.lower_ == "by" for c in t.children)]
        owner = _owner(ctx, noun)
        if not led or not owner or not ctx.asserted(led[-1]):
            continue
        person = None
        for k in range(noun.i + 2, min(noun.i + 20, sent.end)):
            if doc[k].lower_ in lex["delegation_group_nouns"]:
                break  # the next delegation of the list
            m = rdoc.by_token.get(k)
            if m is not None and m.type == "person":
                person = m
                break
        r = ctx.relation("leads-delegation", (person.key, "person"), owner, ctx.evidence(noun, "gapped-delegation-led-by")) if person else None
        if r:
            out.append(r)
    return out


def led_by_the_name_before(ctx: Context) -> list[Relation]:
    """ "A headed the Tunisian delegation to 12 summits and former president B led the Tunisian
    delegation to the next three": a verb of leading whose subject the parse lost (it often hangs
    the second name on the first clause's object) takes the person named right before it."""
    lex, rdoc, out = ctx.lex, ctx.rdoc, []
    for noun in rdoc.tokens(lex["delegation_nouns"]):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex["delegation_lead_lemmas"] or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not ctx.asserted(verb):
            continue
        person = rdoc.by_token.get(verb.i - 1)
        owner = _owner(ctx, noun)
        if person is None or person.type != "person" or rdoc.spans[verb.i - 1].end != verb.i or not owner or owner[1] != "state":
            continue
        r = ctx.relation("leads-delegation", (person.key, "person"), owner, ctx.evidence(verb, "delegation-led-by-name-before"))
        if r:
            out.append(r)
    return out


def delegation_titles(ctx: Context) -> list[Relation]:
    """Someone with an office title who leads a state's delegation holds that state's office
    ("The Russian delegation will be led by Deputy Foreign Minister Alexander Grushko")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out = []
    for r in ctx.found:
        if r.relation != "leads-delegation" or not r.target.startswith("state:"):
            continue
        for i, m in rdoc.by_token.items():
            span = rdoc.spans[i]
            if m.key != r.source or i != span.start or not (r.evidence.start <= span.start_char < r.evidence.end):
                continue
            title = ownerless_title(ctx, span)
            if title is None:  # "led by the Minister of Foreign Affairs N": a title phrase without its owner
                phrases = [p for p in phrases_before(ctx, span.start) if p.owner is None]
                if not phrases and span.start > 1 and doc[span.start - 1].text == ",":  # "headed by the Minister of X, N"
                    phrases = [p for p in phrases_before(ctx, span.start - 1) if p.owner is None]
                title = (phrases[0].relation, phrases[0].role) if phrases else None
            if title and title[0] == "holds-office":
                rel = ctx.relation("holds-office", (m.key, "person"), (r.target, "state"),
                                   ctx.evidence(doc[i], "title-of-delegation-head"), role=title[1])
                if rel:
                    out.append(rel)
    return out


def heads_of_delegations(ctx: Context) -> list[Relation]:
    """The head of a delegation named before them: "The head of the Kenyan delegation, Foreign
    Minister N, spoke", "Head of Saudi Arabia's delegation at the meeting Minister of State N
    urged": the one person in apposition to "head", or named right after the delegation phrase
    with nothing but a title between. "Heads of delegations" in the plural name no one."""
    rdoc, lex = ctx.rdoc, ctx.lex
    out = []
    for token in rdoc.tokens(("head", "leader", "chief")):
        noun = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.lower_ in lex["delegation_group_nouns"]), None)
        owner = _owner(ctx, noun) if noun is not None else None
        if not owner or not ctx.asserted(token, "negation-only") or ctx.blocked(token.i):
            continue
        people = [e for c in token.children if c.dep_ == "appos" for e in entities(ctx, c) if e[1] == "person"]
        if not people:
            people = _named_after(ctx, noun) or _titled_before(ctx, token, noun)
        if len(people) != 1:
            continue
        if owner[1] == "organisation" and any(t.lower_ in lex["credential_nouns"] for t in token.sent):
            # "credentials were presented by the head of the European Union delegation, N": an
            # organisation's delegation in a state is its embassy there, and its head an envoy
            r = ctx.relation("holds-office", people[0], owner, ctx.evidence(token, "head-of-mission-of-organisation"),
                             role="head of delegation")
        else:
            r = ctx.relation("leads-delegation", people[0], owner, ctx.evidence(token, "head-of-delegation-named"))
        if r:
            out.append(r)
    return out


def _titled_before(ctx: Context, head, noun) -> list[tuple[str, str]]:
    """The person whose apposition a second title "and Head of ..." closes, however the parse
    hung it: "N, Chair of the Committee on Foreign Relations and Head of the Armenian delegation,"
    (titles only between the name and "and", and the apposition closed after the delegation)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    end = next((t.i for t in doc[noun.i + 1 : head.sent.end] if t.text == "," or t.is_sent_end), head.sent.end)
    if head.i < 4 or doc[head.i - 1].lower_ != "and" or any(k in rdoc.by_token and rdoc.by_token[k].type == "person" for k in range(noun.i, end)):
        return []
    for k in range(head.i - 2, max(head.sent.start, head.i - 16), -1):
        if doc[k].pos_ in ("VERB", "AUX") or k in rdoc.by_token and rdoc.by_token[k].type == "person" and doc[k + 1].text != ",":
            return []
        if doc[k].text == ",":
            m = rdoc.by_token.get(k - 1)
            return [(m.key, "person")] if m is not None and m.type == "person" and rdoc.spans[k - 1].end == k else []
    return []


def _named_after(ctx: Context, noun) -> list[tuple[str, str]]:
    """The person named after a delegation phrase with only a title, the occasion ("at the
    meeting") and commas between: "delegation at the meeting Minister of State N"."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    end = max(t.i for t in noun.subtree if t.dep_ not in ("appos",) and t.i < noun.i + 4) + 1
    for k in range(noun.i + 1, min(len(doc), noun.i + 16)):
        m = rdoc.by_token.get(k)
        if m is not None and m.type == "person" and rdoc.spans[k].start == k:
            return [(m.key, "person")]
        t = doc[k]
        if k < end or fold(t.text) in ctx.title_vocab or t.lower_ in lex["delegation_occasion_words"] or t.text == "," \
                or (m is not None and m.type in ("state", "organisation")):
            continue
        return []
    return []


def delegation_members(ctx: Context) -> list[Relation]:
    """The officials a state's delegation is said to include, each with a title that names no
    state: "The Cuban delegation also includes Deputy Minister of Foreign Affairs N; M, Director
    General of ..." hold that state's offices (``basis="context"``: the delegation gives the owner).
    Not a delegation that "could include" anyone, nor one of an organisation."""
    lex, out = ctx.lex, []
    held = {r.source for r in ctx.found if r.relation == "holds-office"}
    for noun in ctx.rdoc.tokens(lex["delegation_nouns"]):
        verb = noun.head
        listed = _listed_members(ctx, noun)
        if listed is not None:  # "Armenia's delegation members – deputy PM A, ... – had meetings"
            owner, (verb, end) = _owner(ctx, noun.head) or _owner(ctx, noun), listed
            people = list(dict.fromkeys((m.key, "person") for i, m in sorted(ctx.rdoc.by_token.items()) if verb.i + 2 <= i < end and m.type == "person"))
        elif noun.dep_ != "nsubj" or verb.lower_ not in lex["composition_verb_forms"] or not ctx.asserted(verb):
            continue
        else:
            owner, end = _owner(ctx, noun), verb.sent.end
            people = _people_in(ctx, [c for c in verb.children if c.i > verb.i and c.dep_ != "punct"])  # what it includes
        if not owner or owner[1] != "state":
            continue
        for key, _ in people:
            i = next((i for i, m in ctx.rdoc.by_token.items() if m.key == key and verb.i < i < end), None)
            if key in held or i is None:
                continue
            titles = ownerless_titles(ctx, ctx.rdoc.spans[i])
            if not titles and ctx.doc[i - 1].text == ",":  # "Deputy Minister of Foreign Affairs and National Coordinator of X, N"
                titles = [(p.relation, p.role) for p in phrases_before(ctx, i - 1) if p.owner is None]
            roles = [role for relation, role in titles if relation == "holds-office" and is_state_office(ctx, role)]
            if roles:
                r = ctx.relation("holds-office", (key, "person"), owner, ctx.evidence(ctx.doc[i], "office-in-delegation-of-state"),
                                 role=roles[0], basis="context")
                if r:
                    out.append(r)
                    held.add(key)
    return out


def _listed_members(ctx: Context, noun):
    """For "delegation" in "[the state's] delegation members – A, B, C –" (a dash or colon after
    the members' noun): the members' noun and the token that ends their list (the closing dash
    or the clause's verb); None otherwise."""
    doc = ctx.doc
    members = noun.head
    if noun.dep_ != "compound" or members.lower_ != "members" or members.i + 2 >= len(doc) or not (
            ctx.spaced_dash(members.i + 1) or doc[members.i + 1].text == ":") or not ctx.asserted(members.head):
        return None
    end = next((t.i for t in doc[members.i + 2 : members.sent.end] if ctx.spaced_dash(t.i) or t.text in (";", ".")), members.sent.end)
    if members.head.i > members.i:
        end = min(end, members.head.i)
    return members, end


def delegations_headed_in_turn(ctx: Context) -> list[Relation]:
    """ "The delegations were headed by A, Ambassador of Bolivia; B, Director in the Ministry of
    Foreign Affairs of Brazil; ...": delegations that name no owner, headed by a list of people,
    each of whom holds one state's office, are those states' delegations, one head each (two heads
    at least; "the Kenyan and Ugandan delegations ..., respectively" is read by
    :func:`respective_delegations`)."""
    lex, rdoc, out = ctx.lex, ctx.rdoc, []
    for noun in rdoc.tokens(frozenset(n if n.endswith("s") else n + "s" for n in lex["delegation_group_nouns"])):
        verb = noun.head
        if noun.tag_ != "NNS" or noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in lex["delegation_lead_lemmas"] \
                or _owners(ctx, noun) or any(t.lower_ == "respectively" for t in noun.sent) or not ctx.asserted(verb):
            continue
        heads = {}
        for i, m in sorted(rdoc.by_token.items()):
            if m.type == "person" and verb.i < i < noun.sent.end and rdoc.spans[i].start == i:
                heads.setdefault(m.key, office_state(ctx, m.key))
        states = [s for s in heads.values() if s is not None]
        if len(states) < 2 or len(set(states)) != len(states):
            continue  # (two heads of one state's delegation: no way to tell which)
        ev = ctx.evidence(verb, "delegations-headed-in-turn")
        out += [r for key, state in heads.items() if state is not None
                and (r := ctx.relation("leads-delegation", (key, "person"), (state, "state"), ev))]
    return out


def the_delegation_led_by(ctx: Context) -> list[Relation]:
    """ "A delegation of Palau attended the forum. The delegation was headed by State Minister N":
    "the delegation", with no owner of its own, is the one delegation the sentence before (or this
    one) gave an owner, and its head leads it (not where two delegations with owners were named)."""
    lex, out = ctx.lex, []
    for noun in ctx.rdoc.tokens(lex["delegation_nouns"]):
        verb = noun.head
        if noun.dep_ != "nsubjpass" or noun.tag_ != "NN" or verb.lemma_.lower() not in lex["delegation_lead_lemmas"] \
                or not any(c.lower_ == "the" for c in noun.children) or _owner(ctx, noun) is not None or _owners(ctx, noun):
            continue
        earlier = [t for t in ctx.doc[ctx.window_start(noun) : noun.i] if t.lower_ in lex["delegation_nouns"] and t.tag_ == "NN"]
        owners = {o for t in earlier for o in (_owners(ctx, t) or [_owner(ctx, t)] + _of_state(ctx, t)) if o}
        agents = [c for c in verb.children if c.dep_ == "agent"]
        heads = _people_in(ctx, agents)
        first = min((t.i for a in agents for t in a.subtree if (m := ctx.rdoc.mention_at(t)) is not None and m.type == "person"), default=0)
        titled = {m.key for a in agents for t in a.subtree if first - 4 <= t.i < first and (m := ctx.rdoc.mention_at(t)) is not None
                  and (m.type == "state" or ctx.kind(m.key) == "intergovernmental")}  # the title right before the head: "IMF mission chief N"
        if len(owners) != 1 or not heads or not ctx.asserted(verb) or titled - {o[0] for o in owners}:
            continue  # (not "The delegation was led by IMF mission chief N": the IMF's own)
        r = ctx.relation("leads-delegation", heads[0], owners.pop(), ctx.evidence(verb, "the-delegation-led-by"), basis="context")
        if r:
            out.append(r)
    return out


def _of_state(ctx: Context, noun) -> list[tuple[str, str]]:
    """The state after "of" or "from" in "a six member delegation of Palau"."""
    return [(m.key, "state") for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children if g.dep_ == "pobj" and (m := ctx.rdoc.mention_at(g)) is not None and m.type == "state"]


def heads_of_delegation_listed(ctx: Context) -> list[Relation]:
    """ "Taking part will be the heads of delegation: Presidents A of Bulgaria, B of Germany and
    Prime Minister C of Croatia", "Other heads of delegations in Luanda include Botswana's Foreign
    Minister, A; ...": a labelled list of delegation heads, each leading the delegation
    of the one state whose office the text gives them (a head with no such office, or with two,
    is left alone). Not a list to come that is only hoped for, nor a negated one."""
    doc, rdoc, lex, out = ctx.doc, ctx.rdoc, ctx.lex, []
    for token in rdoc.tokens(("heads",)):
        j = token.i + 1
        if j + 2 >= len(doc) or doc[j].lower_ != "of" or doc[j + 1].lower_ not in lex["delegation_group_nouns"] \
                and doc[j + 1].lower_.rstrip("s") not in lex["delegation_group_nouns"]:
            continue
        k = j + 2  # "the heads of delegation: ...", "Other heads of delegations already in Luanda include ..."
        while k < token.sent.end and k < j + 8 and doc[k].text != ":" and not (doc[k].lemma_ in ("include", "be") and doc[k].pos_ in ("VERB", "AUX")):
            k += 1
        if k >= token.sent.end or k >= j + 8 or doc[k].text != ":" and (doc[k].tag_ not in ("VBP", "VBD", "VBZ") or not ctx.asserted(doc[k])):
            continue
        if doc[k].lemma_ == "be" and not (k + 1 < len(doc) and (k + 1 in rdoc.by_token or fold(doc[k + 1].text) in ctx.title_vocab)):
            continue  # "the heads of delegation were A, B" (but "are scheduled to call on N": no list)
        if not ctx.asserted(token, "negation-only") or ctx.blocked(token.i):
            continue
        end = next((t.i for t in doc[k + 1 : token.sent.end] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                    or t.lower_ in lex["relative_pronouns"]), token.sent.end)  # the list ends where a clause begins
        heads = list(dict.fromkeys(m.key for i, m in sorted(rdoc.by_token.items())
                                   if k < i < end and m.type == "person" and rdoc.spans[i].start == i))
        ev = ctx.evidence(token, "heads-of-delegation-listed")
        for key in heads:
            if any(r.source == key and r.relation == "holds-office" and r.role.startswith("former") for r in ctx.found):
                continue  # "former Nigerian President N, who leads the AU observers": not his state's head
            state = office_state(ctx, key)
            r = ctx.relation("leads-delegation", (key, "person"), (state, "state"), ev) if state else None
            if r:
                out.append(r)
    return out
