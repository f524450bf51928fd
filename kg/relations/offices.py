"""Offices from titles: holds-office, ambassador-to and spokesperson-for.

- a title before a name: "Russian President Vladimir Putin", "Russia's U.N. ambassador Vassily
  Nebenzia" (posted to the UN, an office of Russia);
- a title, its object, then the name: "Britain's ambassador to the UN, Barbara Woodward,";
- a title in apposition: "Julianne Smith, the US ambassador to NATO,", "Dmitry Peskov, a
  spokesman for Russian President Vladimir Putin,".

When none of these fits, a job in apposition may still name an employer
(:func:`kg.relations.affiliations.appositive_institution`).
"""

from __future__ import annotations

from kg.gazetteer import fold
from kg.model import Relation
from kg.relations.affiliations import appositive_institution
from kg.relations.context import Context, is_possessive
from kg.relations.title_phrases import (
    delegation_role_last, list_opens_with_a_name, opens_the_clause, phrases_before, predicate_ends_title, title_phrases,
)
from kg.relations.title_order import (
    person_before_comma, second_of_titled_pairs, title_of_the_name_before, title_word_after, titled_after, titles_lead_from,
)
from kg.relations.titles import (
    base_title, government_of, honorific_end, honorific_start, owner_after, owner_before, skip_government_words, title_at, title_start, two_word_nationality,
)

__all__ = ["already_found", "name_of_state", "person_titles", "phrase_relations", "titles_in_full"]


def person_titles(ctx: Context) -> list[Relation]:
    """Every person's titles, in the order the person's names occur."""
    rdoc = ctx.rdoc
    out: list[Relation] = []
    people = sorted({(rdoc.spans[i].start, rdoc.spans[i].end) for i, m in rdoc.by_token.items() if m.type == "person"})
    inherited: dict[int, tuple[str, str]] = {}  # person span end -> owner, for coordination
    for start, end in people:
        person = rdoc.by_token[start]
        p = (person.key, "person")
        out += _title_before_name(ctx, p, start, end, inherited)
        out += _title_with_object_before_name(ctx, p, start, end)
        out += _appositive_title(ctx, p, start, end) or appositive_institution(ctx, p, end)
    return out


def _title_before_name(ctx: Context, p, start: int, end: int, inherited: dict) -> list[Relation]:
    """ "Russian President Vladimir Putin", and "Switzerland's U.N. ambassador, Pascale Baeriswyl,"."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    i = start
    while i > 0 and (fold(doc[i - 1].text) in ctx.title_vocab or (doc[i - 1].text == "-" and i > 1)) and (i - 1) not in rdoc.by_token:
        i -= 1
    while i < start and doc[i].lower_ in ("and", "of", "-"):
        i += 1  # "A and deputy minister B": the "and" joins two people, not two titles
    region = list(doc[i:start])
    if not region and start >= 2 and doc[start - 1].text == "," and (end >= len(doc) or doc[end].is_punct):
        # "Switzerland's U.N. ambassador, Pascale Baeriswyl,": the title, then the name (not in "A,
        # Russia's Foreign Minister, B, China's Foreign Minister, ...", where it is A's)
        i = title_start(ctx, start - 1)
        region = list(doc[i : start - 1]) if not title_of_the_name_before(ctx, i, end) else []
    found = title_at(ctx, region) if region else None
    if not found or ctx.office_blocked(i):
        return out
    relation, role = found
    owner = owner_before(ctx, i)
    if owner is not None and _destination(ctx, i):
        return out  # "Israel's Ambassador to the UAE Amir Hayek": the UAE is where he is posted, not an "Amir"'s state
    if ctx.past_office(i):  # "former Russian President X": an office held, named as a former one
        if relation not in ("holds-office", "ambassador-to") or owner is None:
            return out
        r = ctx.relation("holds-office", p, owner, ctx.evidence(doc[start], "title-before-name:holds-office:former"),
                         role=f"former {role}")
        return [r] if r else out
    if relation == "ambassador-to" and owner is not None and owner[1] == "organisation":
        # "Russia's U.N. ambassador": posted to the organisation, sent by the state;
        # "EU envoy Peter Sorensen" with no state before it: an office of the EU
        span = next((rdoc.spans[k] for k in range(i - 1, -1, -1) if k in rdoc.spans), None)
        sender = owner_before(ctx, span.start) if span is not None and span.end == i else None
        if sender is None and span is not None and span.end == i and span.start > 0 and doc[span.start - 1].lower_ in ("its", "their"):
            # "Algeria abstained. Its U.N. ambassador, Amar Bendjama,": the state just named
            sender = ctx.only_state_before(doc[span.start - 1]) or ("", "")
        before = span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ == "the") if span is not None and span.end == i else -1
        if sender is None and before >= 0 and doc[before].lower_ in ("at", "to"):
            sender = ("", "")  # "Kuwait's Permanent Representative at the Arab League Ambassador N": posted there, sent by the state before
        if sender is not None and sender[1] in ("state", ""):
            ev = ctx.evidence(doc[start], "title-before-name:ambassador-to")
            posted = ctx.relation("ambassador-to", p, owner, ev)
            if posted:
                out.append(posted)
            owner = sender if sender[0] else None
    if owner is None and i >= 2 and doc[i - 1].lower_ in ("and", ",") and not owner_after(ctx, end) and not _opens_the_main_clause(ctx, i - 1):
        owner = inherited.get(i - 1)  # "Russian minister A and deputy minister B" (not "..., President B of Uganda")
    if owner is not None:
        if owner[1] == "state":  # "NATO Secretary General A and Foreign Minister B": an organisation has no ministers
            inherited[end] = owner
            inherited[end + 1] = owner
        rel = "holds-office" if relation == "ambassador-to" else relation
        r = ctx.relation(rel, p, owner, ctx.evidence(doc[start], f"title-before-name:{rel}"), role=role)
        if r:
            out.append(r)
        first = i - 1 if (i - 1) in rdoc.by_token or fold(doc[i - 1].text) in ctx.demonyms else i
        if i >= 2 and is_possessive(doc[i - 1]) and (i - 2) in rdoc.by_token:
            first = rdoc.spans[i - 2].start  # "..., Serbia's Foreign Minister N"
        out += _stacked_title(ctx, p, first, end)
    return out


def _destination(ctx: Context, i: int) -> bool:
    """Whether the name right before token ``i`` is where an envoy is posted ("Ambassador to the UAE")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = i - 1 - (i >= 2 and is_possessive(doc[i - 1]))
    span = rdoc.spans.get(k)
    if span is None:
        return False
    j = span.start - 1
    j -= j >= 0 and doc[j].lower_ == "the"
    # "Ambassador to the UAE", "the envoy of the Federal Republic of Somalia to Uganda Ambassador N"
    return j >= 1 and doc[j].lower_ == "to" and any(t.lower_ in ctx.lex["posting_nouns"] for t in doc[max(doc[j].sent.start, j - 8) : j])


def _stacked_title(ctx: Context, p, first: int, end: int) -> list[Relation]:
    """ "The AU Chairperson, Senegalese President Macky Sall, said": an organisation's or a
    state's title opens the sentence, and the titled name after the comma is its holder. Only
    at the sentence's start and with the apposition closed after the name, so that "met the
    Kenyan Prime Minister, Foreign Minister Ali, and ..." (two people) gives nothing."""
    doc, rdoc = ctx.doc, ctx.rdoc
    closed = end < len(doc) and (doc[end].text == "," or doc[end].text == "." and doc[end].is_sent_end)
    if first < 2 or doc[first - 1].text != "," or not closed:
        return []
    i = title_start(ctx, first - 1)
    found = title_at(ctx, list(doc[i : first - 1])) if i < first - 1 else None
    if not found or found[0] != "holds-office":
        return []
    span = next((rdoc.spans[k] for k in range(i - 1, -1, -1) if k in rdoc.spans), None)
    if span is None or span.end != i:
        return []
    lead = span.start  # "The AU Chairperson, ...", "the 2015 OSCE Chairperson-in-Office, ..." (a year allowed)
    while lead > doc[i].sent.start and (doc[lead - 1].lower_ == "the" or doc[lead - 1].is_space or doc[lead - 1].like_num):
        lead -= 1
    if not (lead == doc[i].sent.start or doc[lead - 1].lower_ == "of" and lead >= 2 and doc[lead - 2].lower_ in ctx.lex["invitation_nouns"]):
        return []  # at the sentence's start, or "at the invitation of the X Chairperson, Y N": one person
    owner = owner_before(ctx, i)
    if owner is None or owner[1] not in ("organisation", "state") or ctx.office_blocked(i):
        return []
    r = ctx.relation("holds-office", p, owner, ctx.evidence(doc[first], "title-before-name:holds-office"), role=found[1])
    return [r] if r else []


def _appositive_title(ctx: Context, person, start: int, end: int) -> list[Relation]:
    """ "Julianne Smith, the US ambassador to NATO,": a title in apposition after the name."""
    doc, rdoc, gaz = ctx.doc, ctx.rdoc, ctx.gaz
    if end + 1 >= len(doc) or doc[end].text != "," or second_of_titled_pairs(ctx, start):
        return []
    i = end + 1
    if doc[i].lower_ in ("and", "or"):
        return []  # "..., Prime Minister A, and chairman of X B": the next item of a list
    if doc[i].lower_ in ("a", "an", "the"):
        i += 1
    past = ctx.lex["past_title_markers"]
    if ctx.office_blocked(i + 1) or (i < len(doc) and doc[i].lower_ in ctx.lex["title_blockers"] and doc[i].lower_ not in past):
        return []
    former = ctx.past_office(i + 1) or i < len(doc) and doc[i].lower_ in past
    if former:  # "N, a former foreign minister of X,": skip the marker, the office is a former one
        i += 1 + (i + 1 < len(doc) and doc[i + 1].text == "-")
    owner = None
    if i < len(doc) and i in rdoc.by_token:
        span = rdoc.spans[i]
        m = rdoc.by_token[i]
        if m.type in ("state", "organisation"):
            owner = (m.key, m.type)
            i = span.end + (1 if span.end < len(doc) and is_possessive(doc[span.end]) else 0)
    elif i < len(doc) and doc[i].ent_id_.startswith(("seat:", "capital:")):
        owner = (doc[i].ent_id_.split(":", 1)[1], "state")  # "the White House national security adviser"
        i += 1
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
    elif state := two_word_nationality(ctx, i):
        owner = (state, "state")  # "the South Korean ambassador"
        i += 2
    elif i < len(doc) and ctx.demonyms.get(fold(doc[i].text)) and doc[i].text[:1].isupper():
        owner = (ctx.demonyms[fold(doc[i].text)], "state")
        i += 1
    if owner is not None and owner[1] == "state":
        i = skip_government_words(ctx, i)  # "the Iranian government's spokeswoman"
    posted = None
    if i < len(doc) and i in rdoc.by_token and rdoc.by_token[i].type == "organisation":
        government = government_of(ctx, i)
        if government is not None and owner is None:
            owner = government  # "the Russian Foreign Ministry's spokeswoman"
            i = skip_government_words(ctx, rdoc.spans[i].end)
        else:
            posted = (rdoc.by_token[i].key, "organisation")  # "Russia's U.N. ambassador"
            i = rdoc.spans[i].end
    j = i
    while j < len(doc) and (fold(doc[j].text) in ctx.title_vocab or doc[j].text == "-") and j not in rdoc.by_token:
        j += 1
    # "of" inside a title ("secretary of state") was consumed; a trailing "of" is a preposition
    while j > i and doc[j - 1].lower_ in ("of", "and", "-"):
        j -= 1
    found = title_at(ctx, list(doc[i:j])) if j > i else None
    if not found:
        return []
    relation, role = found
    obj = None
    k = j
    if k < len(doc) and doc[k].lower_ in ("of", "for", "to", "at", "with"):
        prep = doc[k].lower_
        k += 1
        while k < len(doc):
            based = ctx.after_based(k)
            if based is not None:
                k = based
            elif k not in rdoc.by_token and (
                doc[k].lower_ in ("the", "a", "an") or fold(doc[k].text) in ctx.title_vocab
                or (ctx.demonyms.get(fold(doc[k].text)) and doc[k].text[:1].isupper())
            ):
                k += 1
            else:
                break
        if k < len(doc) and k in rdoc.by_token:
            m = rdoc.by_token[k]
            if m.type == "person" and relation != "spokesperson-for":
                return []  # "A, Australian Minister for Foreign Affairs B": the title before B is B's
            obj = (prep, government_of(ctx, k) or (m.key, m.type))
            k = rdoc.spans[k].end
            if k < len(doc) and doc[k].lower_ == "secretariat" and m.type == "organisation":
                k += 1  # "a spokeswoman for the SADC secretariat": the organisation's own staff
            if m.type == "state" and k < len(doc) and is_possessive(doc[k]):
                k = skip_government_words(ctx, k)  # "spokesman for Qatar's Foreign Ministry"
        elif owner is not None and (k >= len(doc) or doc[k].is_punct or doc[k].is_lower):
            # "the EU's spokesperson for foreign affairs": a portfolio, not an object
            while k < len(doc) and not doc[k].is_punct:
                k += 1
        else:
            return []
    # an apposition closes with punctuation or the end of the sentence, not with a name the parse
    # began a sentence at ("T1 A, Australian Minister for Foreign Affairs B": the title is B's)
    if k < len(doc) and not (doc[k].is_punct or doc[k].is_sent_start) or (
            (m := rdoc.by_token.get(honorific_end(ctx, k, len(doc)))) is not None and m.type == "person"):
        return []
    if k + 1 < len(doc) and doc[k].text == "," and (nxt := rdoc.by_token.get(honorific_end(ctx, k + 1, len(doc)))) is not None \
            and nxt.type == "person":
        return []  # "A, the Speaker of X, B": the title belongs to the next name of a list
    ev = ctx.evidence(doc[end], "title-apposition:former" if former else "title-apposition")
    out = []

    def add(rel, target, role_=""):
        if former and rel != "holds-office":
            return  # a former spokesman or envoy speaks for no one now; the office itself was held
        r = ctx.relation(rel, person, target, ev, role=f"former {role_}" if former else role_)
        if r:
            out.append(r)

    if posted is not None and relation != "ambassador-to":
        if owner is None:
            owner = posted  # "a Crisis Group analyst"
        else:
            return []  # "Russia's Gazprom chief": the office is the organisation's, not the state's
    if relation == "ambassador-to":
        if obj and obj[0] == "to":
            add("ambassador-to", obj[1])
        elif posted is not None:
            add("ambassador-to", posted)
        if owner:
            add("holds-office", owner, role)
    elif relation == "spokesperson-for":
        target = obj[1] if obj and obj[0] == "for" else owner
        if target:
            add("spokesperson-for", target)
    elif relation == "affiliated-with":
        target = obj[1] if obj and obj[0] in ("of", "at", "with") else owner
        if target:
            add("affiliated-with", target)
    else:
        target = obj[1] if obj and obj[0] in ("of", "at") else owner
        if target and target[1] == "organisation" and ctx.is_civil(target[0]):
            add("affiliated-with", target)  # "executive director of the Arms Control Association"
        elif target:
            add("holds-office", target, role)
    return out


def _opens_the_main_clause(ctx: Context, comma: int) -> bool:
    """ "While receiving Macedonian ambassador A, President B asked ...": the comma closes an
    opening clause, and the title after it starts the main one; no list goes on over it."""
    doc = ctx.doc
    first = doc[comma].sent.start
    return doc[comma].text == "," and comma > first and doc[first].lower_ in ctx.lex["opening_clause_words"] \
        and not any(t.text in (",", ";") for t in doc[first:comma])


def _title_with_object_before_name(ctx: Context, person, start: int, end: int) -> list[Relation]:
    """ "Britain's ambassador to the UN, Barbara Woodward," and "A spokeswoman for the
    European Commission, Nabila Massrali,": title, its object, then the name in apposition."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if start < 4 or doc[start - 1].text != "," or (end < len(doc) and not doc[end].is_punct):
        return []
    obj = rdoc.by_token.get(start - 2)
    if obj is None:
        return []
    k = rdoc.spans[start - 2].start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("to", "for"):
        return []
    prep = doc[k].lower_
    i = title_start(ctx, k)
    found = title_at(ctx, list(doc[i:k])) if i < k else None
    if not found or ctx.blocked(i):
        return []
    relation, role = found
    if _after_a_dashed_name(ctx, i):
        return []  # "A \u2013 Liberian Ambassador to Egypt, B \u2013 special assistant": the title is A's
    if title_of_the_name_before(ctx, i, end):
        return []  # "A, Morocco's Ambassador to Mauritania, B, Director of ...": names first, the title is A's
    ev = ctx.evidence(doc[start], "title-object-then-name")
    out = []
    if relation == "ambassador-to" and prep == "to":
        out.append(ctx.relation("ambassador-to", person, (obj.key, obj.type), ev))
        owner = owner_before(ctx, i)
        if owner is not None:
            out.append(ctx.relation("holds-office", person, owner, ev, role=role))
    elif relation == "spokesperson-for" and prep == "for":
        out.append(ctx.relation("spokesperson-for", person, (obj.key, obj.type), ev))
    return [r for r in out if r]


# ---------------------------------------------------------------------------------------------
# Offices spelled out in full, as communiqués, press releases and protocol lists write them.


def already_found(ctx: Context, person: str, relation: str, target: str, sentence_start: int) -> bool:
    """Whether a rule before found this relation in the sentence starting at ``sentence_start``."""
    return any(r.source == person and r.relation == relation and r.target == target and r.evidence.start == sentence_start
               for r in ctx.found)


def phrase_relations(ctx: Context, person, phrases, token, rule: str) -> list[Relation]:
    """The relations title phrases give their holder; a phrase without an owner takes the owner
    of the next one ("Vice-President and Prime Minister of the UAE")."""
    out: list[Relation] = []
    ev = ctx.evidence(token, rule)
    owners = [p.owner for p in phrases]
    for n in range(len(owners) - 2, -1, -1):
        if owners[n] is None and phrases[n + 1].owner_after:
            owners[n] = owners[n + 1]

    def add(rel, target, role=""):
        if target is None or already_found(ctx, person[0], rel, target[0], ev.start):
            return
        r = ctx.relation(rel, person, target, ev, role=role)
        if r and not any((o.relation, o.target) == (r.relation, r.target) for o in out):
            out.append(r)

    for phrase, owner in zip(phrases, owners):
        if phrase.former:  # "former President of X N": the office was held
            if phrase.relation in ("holds-office", "ambassador-to") and not (owner and owner[1] == "organisation" and ctx.is_civil(owner[0])):
                r = ctx.relation("holds-office", person, owner, ctx.evidence(token, f"{rule}:former"), role=f"former {phrase.role}") if owner else None
                if r and not already_found(ctx, person[0], "holds-office", owner[0], ev.start):
                    out.append(r)
            continue
        if phrase.relation == "ambassador-to":
            add("ambassador-to", phrase.posted)
            add("holds-office", owner, phrase.role)
        elif phrase.relation == "spokesperson-for":
            add("spokesperson-for", owner)
        elif phrase.relation == "affiliated-with":
            add("affiliated-with", owner if owner and owner[1] == "organisation" else None)
        elif owner is not None and owner[1] == "organisation" and ctx.is_civil(owner[0]):
            add("affiliated-with", owner)
        else:
            add("holds-office", owner, phrase.role)
    return out


def titles_in_full(ctx: Context) -> list[Relation]:
    """ "President of the Republic of Kazakhstan Nursultan Nazarbayev", "UAE Ambassador to Turkey
    Saeed Al Dhahri", "Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad
    Zarif" (title phrase, then the name), and "Ellen Johnson Sirleaf, President of the Republic of
    Liberia and current Chair of the Authority," (the name, then title phrases in apposition).
    Only what the shorter title rules did not already read."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    people = sorted({(rdoc.spans[i].start, rdoc.spans[i].end) for i, m in rdoc.by_token.items() if m.type == "person"})
    for start, end in people:
        person = (rdoc.by_token[start].key, "person")
        sentence = doc[start].sent.start_char
        prior = {r.evidence.rule.split(":")[0] for r in ctx.found if r.source == person[0] and r.evidence.start == sentence}
        # the phrase right before the name, honorifics between them allowed
        # ("The President of Ukraine, Leonid Kravchuk,": the phrase, a comma, the name in apposition)
        j = honorific_start(ctx, start)
        while j >= 2 and doc[j - 1].text == "," and honorific_start(ctx, j - 1) < j - 1:
            j = honorific_start(ctx, j - 1)  # "the Ambassador of X, His Excellency, Dr. N,"
        comma = j >= 2 and (doc[j - 1].text == "," or doc[j - 1].text in ("\u2013", "\u2014") and doc[j - 2].whitespace_) and (
            end >= len(doc) or doc[end].is_punct or opens_the_clause(ctx, j - 1, end))  # (or a spaced dash: "the Ambassador of X \u2013 H.E. N")
        name_start = j - 1 if comma else start
        if comma and (titled_after(ctx, end) or title_word_after(ctx, end)) and list_opens_with_a_name(ctx, name_start):
            pass  # "A, Minister of X, B, Minister of Y, and C": B's title follows B, the one before is A's
        elif not prior & {"title-before-name", "title-object-then-name"}:  # else the shorter rules read this title
            phrases = phrases_before(ctx, name_start)
            if phrases and not _after_a_dashed_name(ctx, phrases[0].start):
                out += phrase_relations(ctx, person, phrases, doc[start], "title-phrase-before-name")
        # title phrases in apposition: ", President of the Republic of Liberia and ...,"; in protocol
        # lists the title may stand on the line under the name
        under = end + 1 < len(doc) and doc[end].is_space and "\n" in doc[end].text or end < len(doc) and "\n" in doc[end - 1].whitespace_
        if not under and end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text == "\n":
            end, under = end + 1, True  # "N,\nMinister of Foreign Affairs of X": the name's line ends with a comma
        if under and end < len(doc) and doc[end].is_space:
            end += 1
        dashed = end + 1 < len(doc) and not under and ctx.spaced_dash(end)  # "N \u2013 Liberian Ambassador to Egypt, M \u2013 ..."
        if end + 1 < len(doc) and (doc[end].text == "," or under or dashed) and not ctx.office_blocked(end + 2) \
                and not prior & {"title-apposition", "institution-apposition"}:
            phrases = title_phrases(ctx, end if under else end + 1, len(doc) if under else doc[end].sent.end)
            phrases, led, delegation = delegation_role_last(ctx, phrases)
            if phrases and dashed:
                k = led or phrases[-1].end
                if k >= len(doc) or doc[k].is_punct:  # the dash binds the title to the name before it
                    out += phrase_relations(ctx, person, phrases, doc[start], "title-phrase-apposition")
            elif phrases:
                k = led or phrases[-1].end
                closes = k >= len(doc) or doc[k].is_punct or doc[k].is_space or (doc[k].is_sent_start and k not in rdoc.by_token) or (
                    doc[k].lower_ == "and" and predicate_ends_title(doc, k + 1))
                if k + 1 < len(doc) and doc[k].text == ",":
                    nxt_at = honorific_end(ctx, k + 1, len(doc))
                    nxt = rdoc.by_token.get(nxt_at)
                    if nxt is not None and nxt.type == "person" and (not titled_after(ctx, rdoc.spans[nxt_at].end) or titles_lead_from(ctx, rdoc.spans[nxt_at].end)):
                        closes = False  # "A, the Speaker of X, B": the title belongs to the next name of a list
                titled_first = prior & {"title-before-name", "title-phrase-before-name"} or any(
                    r.source == person[0] and r.evidence.rule == "title-phrase-before-name" for r in out)
                if not closes and honorific_end(ctx, k, len(doc)) > k:
                    nxt = rdoc.by_token.get(honorific_end(ctx, k, len(doc)))
                    # "A, President of X H.E. B, ...": a run-on list of names then titles; but after
                    # "Vice-President A, Speaker of X Dr. B": titles first, and this one is B's
                    # (nor after "T1, A, T2 H.E. B": a title, a comma and the name open the list title first)
                    closes = nxt is not None and nxt.type == "person" and not (titled_first or title_start(ctx, j) < j and bool(
                        title_at(ctx, list(doc[title_start(ctx, j):j]))) or comma and bool(phrases_before(ctx, name_start)))
                if closes and titled_first and (person_before_comma(ctx, k) or doc[k].text == "," and k + 1 < len(doc) and (
                        (nxt := rdoc.by_token.get(honorific_end(ctx, k + 1, len(doc)))) is not None and nxt.type == "person")):
                    closes = False  # "T1 A, T2 of X-Y Dr B, ...", "T1 A, X's T2, Sheikh B, ...": a titled name's list goes title first; T2 is B's
                if closes and comma and doc[k].text == "," and phrases_before(ctx, name_start) and not list_opens_with_a_name(ctx, name_start):
                    nxt = rdoc.by_token.get(honorific_end(ctx, k + 1, len(doc))) if k + 1 < len(doc) else None
                    closes = nxt is None or nxt.type != "person"  # "T0 of X, A, T1 of Y, B": a list opened by a title gives T1 to B
                if closes and second_of_titled_pairs(ctx, start):
                    closes = False  # "T0 of X, A, T1 of Y, B, T2 of Z, ...": T2 opens the next item
                if closes:
                    out += phrase_relations(ctx, person, phrases, doc[start], "title-phrase-apposition")
                    if delegation and (r := ctx.relation("leads-delegation", person, (delegation, "state"),
                                                         ctx.evidence(doc[start], "delegation-role-in-apposition"))):
                        out.append(r)
    return out


def _after_a_dashed_name(ctx: Context, i: int) -> bool:
    """Whether the title at ``i`` (its owner's name or demonym before it allowed) follows a name
    and a spaced dash: "N \u2013 Liberian Ambassador to Egypt, M \u2013 special assistant": N's."""
    doc, rdoc = ctx.doc, ctx.rdoc
    j = i - 1
    while j > 0 and (fold(doc[j].text) in ctx.demonyms or doc[j].lower_ == "the" or (m := rdoc.by_token.get(j)) is not None and m.type == "state"):
        j -= 1
    return j > 0 and ctx.spaced_dash(j) and (m := rdoc.by_token.get(j - 1)) is not None and m.type == "person"


def _bare_title_before(ctx: Context, start: int):
    """(relation, role) of a title right before a name that names no owner ("Ambassador", "Deputy
    Foreign Minister"), not reaching back over "and" into a list."""
    doc, rdoc = ctx.doc, ctx.rdoc
    end = honorific_start(ctx, start)
    j = end
    while j > 0 and fold(doc[j - 1].text) in ctx.title_vocab and doc[j - 1].lower_ not in ("and", "of") and (j - 1) not in rdoc.by_token:
        j -= 1
    if j == end or ctx.office_blocked(j):
        return None
    if j > 0 and ((j - 1) in rdoc.by_token or is_possessive(doc[j - 1]) or fold(doc[j - 1].text) in ctx.demonyms):
        return None  # "Canadian Ambassador X of ...": the owner is before the title
    title = title_at(ctx, list(doc[j:end]))
    if title and ctx.past_office(j):
        return ("holds-office", f"former {title[1]}")  # "former President N of X"
    return title


def _bracketed_state(ctx: Context, span):
    """ "President N (Burundi)", "Prime Minister N, (Mauritius)": the state in brackets right after a name."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    m = rdoc.by_token.get(k + 1) if k + 2 < len(doc) and doc[k].text == "(" else None
    if m is None or m.type != "state" or rdoc.spans[k + 1].start != k + 1 or rdoc.spans[k + 1].end >= len(doc) \
            or doc[rdoc.spans[k + 1].end].text != ")":
        return None
    return m


def _listed_state(ctx: Context, span, *, before: bool = True):
    """The state given with a name as a list item gives it: "N of [the] Kenya", "N from the UK",
    or (``before``) "Italy's N"; None when there is none or the state owns something else."""
    doc, rdoc = ctx.doc, ctx.rdoc
    at = span.end + (span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "of")
    if at + 1 < len(doc) and doc[at].lower_ in ("of", "from"):  # also "N, of the Argentine Republic;"
        q = at + 1 + (doc[at + 1].lower_ == "the")
        owner = rdoc.by_token.get(q)
        if owner is not None and rdoc.spans[q].start == q and (
                owner.type == "state" or owner.type == "organisation" and ctx.kind(owner.key) == "intergovernmental"):
            after = rdoc.spans[q].end
            if not (after < len(doc) and (is_possessive(doc[after]) or doc[after].pos_ in ("NOUN", "PROPN") and after not in rdoc.by_token)):
                return owner  # not "of Canada's foreign ministry": the owner of another noun
    if before and span.start >= 2 and is_possessive(doc[span.start - 1]):
        owner = rdoc.by_token.get(span.start - 2)
        if owner is not None and owner.type == "state":
            return owner
    return None


def _envoy_list_title(ctx: Context, span):
    """ "The envoys who presented credentials are A of Kenya, B of Chad and C of Peru", "each of the new
    ambassadors, Italy's A; Germany's B", "Leaders in attendance included A of X": the heading's office."""
    doc, rdoc, sent = ctx.doc, ctx.rdoc, ctx.doc[span.start].sent

    def heading_of(s, before):
        return next((t for t in s if t.i < before and (t.lower_ in ctx.lex["envoy_nouns"] or t.lower_ in ctx.lex["leader_titles_plural"]
                                                       or ctx.heads_of_state(t))
                     and not any(c.lower_ in ctx.lex["non_state_leader_modifiers"] for c in t.children)), None)  # not "opposition leaders"

    def listed_in(s, brackets=False):
        return sum(1 for i, m in rdoc.by_token.items() if m.type == "person" and rdoc.spans[i].start == i and s.start <= i < s.end
                   and (_listed_state(ctx, rdoc.spans[i]) is not None or brackets and _bracketed_state(ctx, rdoc.spans[i]) is not None))

    heading = heading_of(sent, span.start)
    opening = [t.lower_ for t in doc[sent.start : sent.start + 4]]
    if heading is None and sent.start > 0 and opening[0] in ctx.lex["list_continuation_openers"]:
        # "... included A of Romania and B of Greece. Others are C, of Mali, and D of Sudan": the list goes on
        previous = doc[sent.start - 1].sent
        heading = heading_of(previous, previous.end)
        if heading is None or listed_in(previous) < 2:
            return None
    elif heading is None and sent.start > 0 and (set(ctx.lex["list_pronoun_openers"]) & set(opening)) and listed_in(sent, True) >= 2:
        # "Eight new envoys have been accredited to Jamaica. ... They are A from Israel, Peru's B": the
        # people a sentence or two before announced (and "The other representatives are C from X, ...")
        k = sent.start
        for _ in range(3):
            if k == 0 or heading is not None:
                break
            previous = doc[k - 1].sent
            heading, k = heading_of(previous, previous.end), previous.start
        if heading is None:
            return None
    elif heading is None or listed_in(sent) < 2:
        return None
    if heading.lower_ in ctx.lex["envoy_nouns"]:  # (not "Bangladesh envoys": A (Austria) is posted there, envoys_posted)
        return ("ambassador-to", "ambassador") if ctx.modifier_state(heading) is None else None
    return ("holds-office", ctx.lex["leader_titles_plural"].get(heading.lower_, "head of state"))  # "The Presidents of ..., A, of X; B, of Y"


def name_of_state(ctx: Context) -> list[Relation]:
    """ "Ambassador Stephane Jobin of Canada", "President Joe Biden of the United States": an
    office title without its owner before the name, and the owner after it."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    seen = set()
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "person" or span.start in seen:
            continue
        seen.add(span.start)
        after = _listed_state(ctx, span, before=False) or _bracketed_state(ctx, span)
        owner = after or _listed_state(ctx, span)
        if owner is None:
            continue
        title = (_bare_title_before(ctx, span.start) if after is not None else None) or _envoy_list_title(ctx, span)
        if not title or title[0] not in ("holds-office", "ambassador-to"):
            continue
        if owner.type == "state" and base_title(title[1]) in ctx.lex["organisation_office_titles"]:
            continue  # "Deputy Chairperson N of Kenya", "Commissioner N of Algeria": an organisation's officer and their nationality
        ev = ctx.evidence(doc[span.start], "title-name-of-owner")
        if already_found(ctx, m.key, "holds-office", owner.key, ev.start):
            continue
        r = ctx.relation("holds-office", (m.key, "person"), (owner.key, owner.type), ev, role=title[1])
        if r:
            out.append(r)
    return out
