"""Title phrases as official and diplomatic prose writes them: the office, its portfolio and its owner.

News wire copy puts the owner before the title ("Russian President Vladimir Putin"); communiqués,
press releases and protocol lists spell the whole office out: "President of the Republic of
Kazakhstan Nursultan Nazarbayev", "Minister of Foreign Affairs of the Islamic Republic of Iran
Mohammad Javad Zarif", "Ambassador Extraordinary and Plenipotentiary of the Republic of Chad",
"UAE Ambassador to Turkey Saeed Al Dhahri", "Vice-President and Prime Minister of the UAE and
Ruler of Dubai". :func:`read_title_phrase` reads one such phrase forward from a token:

    [the] [OWNER ['s] | demonym] TITLE-WORDS [of|for PORTFOLIO] [of [the] OWNER] [to [the] POST]

and :func:`title_phrases` reads phrases joined by "and" or "," ("President of X and current Chair
of Y"). The rules that turn them into relations are in :mod:`kg.relations.offices`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Token

from kg.gazetteer import fold
from kg.model import Mention
from kg.relations.context import Context, is_possessive
from kg.relations.titles import government_of, honorific_end, honorific_start, is_title_word, title_at

__all__ = ["TitlePhrase", "delegation_role_last", "honorific_end", "list_opens_with_a_name", "opens_the_clause", "phrases_before", "predicate_ends_title", "read_title_phrase", "title_phrases"]


@dataclass(frozen=True)
class TitlePhrase:
    start: int  # first token of the phrase
    end: int  # token after it
    relation: str  # the title's relation: holds-office, ambassador-to, spokesperson-for, affiliated-with
    role: str  # "minister of foreign affairs"
    owner: tuple[str, str] | None  # whose office: (key, type)
    posted: tuple[str, str] | None  # where an envoy is posted ("to Turkey")
    owner_after: bool = False  # the owner came after the title ("President of X")
    former: bool = False  # marked as held before ("former President of X")


def _mention(ctx: Context, i: int, types=("state", "organisation")):
    m = ctx.rdoc.by_token.get(i)
    if m is None or m.type not in types or ctx.rdoc.spans[i].start != i:
        return None
    end, doc = ctx.rdoc.spans[i].end, ctx.doc
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ctx.lex["name_led_participles"]:
        return None  # "minister of the Taliban-led government": the name only says who leads what the title is of
    return m


def _owner_of(ctx: Context, i: int) -> tuple[str, str] | None:
    m = ctx.rdoc.by_token[i]
    return government_of(ctx, i) or (m.key, m.type)


def _portfolio(ctx: Context, i: int) -> bool:
    """A name the model took for an organisation that is a minister's portfolio ("Water Resources
    and Meteorology", "State for External Affairs"): unknown to kg and not named like a body."""
    m = ctx.rdoc.by_token.get(i)
    if m is None or m.type not in ("organisation", "place") or m.key in ctx.gaz.entries or m.key in ctx.gaz.capitals:
        return False
    return ctx.rdoc.spans[i][-1].lower_ not in ctx.lex["organisation_heads"]


def _portfolio_goes_on(ctx: Context, p: int, end: int) -> bool:
    """After a comma inside a portfolio: more capitalised portfolio words that end in "and" or
    "of" before any other punctuation ("..., International Business and International
    Cooperation of"; "..., Children, Disability and Social Welfare", more commas on the way), not
    the start of the next item of a list."""
    doc = ctx.doc
    while p < end and (not doc[p].is_punct or doc[p].text == "," and p + 1 < end and doc[p - 1].is_title):
        if doc[p].lower_ in ("and", "of", "&"):
            return True
        if doc[p].text == ",":
            p += 1
            continue
        m = ctx.rdoc.by_token.get(p)
        if m is not None and not _portfolio(ctx, p) or not (doc[p].is_title or doc[p].is_upper):
            return False
        p += 1
    return False


def _title_word(ctx: Context, token: Token) -> bool:
    """A word of an office title; "Vice-President" as one token counts as its two words."""
    if token.lower_ in ("in", "at"):
        return is_title_word(ctx, token)  # "Chairman-in-Office", "Ambassador-at-Large"
    words = fold(token.text).split()
    return bool(words) and all(w in ctx.title_vocab for w in words)


def _past_fresh_words(ctx: Context, i: int, end: int) -> int:
    """After the words that say an office was just taken ("new", "newly appointed", "newly-elected"):
    the office is held all the same."""
    doc = ctx.doc
    while i < end and (doc[i].is_lower and doc[i].lower_ in ctx.lex["fresh_title_words"] or doc[i].text == "-" and i > 0
                       and doc[i - 1].lower_ in ctx.lex["fresh_title_words"]):
        i += 1
    return i


def _past_envoy_qualifier(ctx: Context, i: int, end: int) -> int:
    """After a word that says how an envoy is posted ("Non-Resident", "nonresident") and before
    the title itself: the office is the same."""
    doc = ctx.doc
    for n in (3, 1):
        if i + n < end and "".join(t.lower_ for t in doc[i : i + n]) in ctx.lex["envoy_posting_qualifiers"] and is_title_word(ctx, doc[i + n]):
            return i + n
    return i


def read_title_phrase(ctx: Context, i: int, end: int) -> TitlePhrase | None:
    """The title phrase starting at token ``i`` and ending at or before ``end``, or None."""
    doc, rdoc, gaz = ctx.doc, ctx.rdoc, ctx.gaz
    start = i
    if i < end and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    former = False
    if i < end and doc[i].lower_ in ctx.lex["past_title_markers"] and doc[i].lower_ != "then":
        former = True  # "former President of X", "ex-Foreign Minister"
        i += 1 + (i + 1 < end and doc[i + 1].text == "-")
    fresh = _past_envoy_qualifier(ctx, _past_fresh_words(ctx, i, end), end)
    if fresh > i and fresh < end and (fold(doc[fresh].text) in ctx.demonyms or (m := _mention(ctx, fresh)) is not None and m.type == "state"
                                      or doc[fresh].text[:1].isupper() and is_title_word(ctx, doc[fresh])):
        i = fresh  # "the new Argentine foreign minister", "N, newly appointed Ambassador of X to Y,"
    owner = None
    m = _mention(ctx, i) if i < end else None
    if m is not None:
        before = i - 1 - (i >= 1 and doc[i - 1].lower_ == "the")
        if before >= 1 and doc[before].lower_ == "to" and doc[before - 1].lower_ in ctx.lex["posting_nouns"]:
            return None  # "Ambassador to the UAE Amir Hayek": where an envoy is posted owns no title after it
        owner = _owner_of(ctx, i)
        i = rdoc.spans[i].end
        if i < end and is_possessive(doc[i]):
            i += 1
    elif i < end and doc[i].text[:1].isupper() and fold(doc[i].text) in ctx.demonyms:
        if i > 0 and (fold(doc[i - 1].text) in ctx.demonyms or doc[i - 1].lower_ == "ethnic"):
            return None  # "Turkish Cypriot leader", "ethnic Albanian": a people, not a state
        owner = (ctx.demonyms[fold(doc[i].text)], "state")
        i += 1
    elif i < end and doc[i].ent_id_.startswith(("seat:", "capital:")):
        owner = (doc[i].ent_id_.split(":", 1)[1], "state")
        i += 1
    if owner is not None and owner[1] == "state":
        i = _past_fresh_words(ctx, i, end)  # "Argentina's new foreign minister"
    # the title's words: "Deputy Prime Minister", "Minister of Foreign Affairs", "Secretary-General";
    # they never begin with a joining word ("Canada and Ambassador X": a list, not a title)
    if i < end and doc[i].lower_ in ("of", "and", "&", "-"):
        return None
    j = i
    while j < end and (_title_word(ctx, doc[j]) or doc[j].text in ("-", "&")) and j not in rdoc.by_token:
        j += 1
    words = list(doc[i:j])
    cut = None
    for k in range(len(words), 0, -1):
        if words[k - 1].lower_ not in ("of", "and", "-", "&") and title_at(ctx, words[:k]):
            cut = k
            break
    if cut is None:
        return None
    relation, role = title_at(ctx, words[:cut])
    k = i + cut
    # words that follow a title in protocol prose: "Ambassador Extraordinary and Plenipotentiary"
    p = k
    while p < end and (doc[p].lower_ in ctx.lex["post_title_words"] or doc[p].lower_ == "and" and p > k) and (
            p not in rdoc.by_token or all(t.lower_ in ctx.lex["post_title_words"] for t in rdoc.spans[p])):
        p += 1  # the model may take "Extraordinary" for a name
    while p > k and doc[p - 1].lower_ == "and":
        p -= 1
    if p > k:
        role = f"{role} {' '.join(t.lower_ for t in doc[k:p])}"
        k = p
    # a portfolio: "of Foreign Affairs", "for Foreign Affairs and International Cooperation"
    the = k + 2 < end and doc[k + 1].lower_ == "the" and doc[k + 2].lower_ in ctx.lex["portfolios_after_the"] and doc[k + 2].is_title
    if k + 1 + the < end and doc[k].lower_ in ("of", "for") and (_mention(ctx, k + 1 + the) is None or _portfolio(ctx, k + 1 + the)) and (
            doc[k + 1].lower_ != "the" or the):  # "of Foreign Affairs", "of the Interior", never "of the Republic"
        p = k + 1 + the
        while p < end and (p not in rdoc.by_token or _portfolio(ctx, p)) and (
            doc[p].is_title or doc[p].is_upper and doc[p].is_alpha or fold(doc[p].text) in ctx.title_vocab or doc[p].lower_ in ("and", "&")
            or doc[p].lower_ in ("for", "of") and p + 1 < end and doc[p + 1].is_title and (p + 1) not in rdoc.by_token
            or doc[p].text in ("-", ",") and p + 1 < end and doc[p + 1].is_title and (p + 1) not in rdoc.by_token
            and (doc[p].text == "-" or _portfolio_goes_on(ctx, p + 1, end))
        ) and not (doc[p].is_punct and doc[p].text not in ("-", ",")):
            p += 1  # "of State for European and Euro-Atlantic Integration", "of Foreign Affairs, Trade and Energy of"  # a portfolio the model took for an organisation ("International Cooperation") is still one
        while p > k + 1 + the and doc[p - 1].lower_ in ("and", "of", "&", ",", "-"):
            p -= 1
        if p > k + 1 + the:
            role = f"{role} {doc[k].lower_} {' '.join(t.lower_ for t in doc[k + 1 + the:p])}"
            k = p
    posted = None
    owner_after = False
    for _ in range(2):  # "of the Republic of Niger to the Federal Republic of Nigeria"
        # "High Commissioner for the Republic of Cyprus": Commonwealth envoys are "for" their state
        sent_for = k < end and doc[k].lower_ == "for" and owner is None and role in ctx.lex["envoy_titles_owner_for"]
        # "Minister of State for Foreign Affairs at the Ministry of Foreign Affairs of X": at a body
        at_body = k < end and doc[k].lower_ == "at" and owner is None and relation != "ambassador-to"
        # "Ambassador of Norway in Kenya", "Norwegian Ambassador in Nairobi": where an envoy is posted
        # (not a representative's: "Permanent Representative of Iraq in Cairo" is posted to the organisation seated there)
        posted_in = k < end and doc[k].lower_ == "in" and relation == "ambassador-to" and posted is None and not any(
            word in ctx.lex["organisation_envoy_words"] for word in role.split())
        if k + 1 >= end or doc[k].lower_ not in ("of", "to", "from") and not sent_for and not at_body and not posted_in:
            break
        prep = "of" if doc[k].lower_ == "from" and relation == "ambassador-to" or sent_for or at_body else doc[k].lower_
        q = _after_state_form(ctx, k + 1 + (doc[k + 1].lower_ == "the"), end)
        target = _mention(ctx, q, ("state", "organisation", "place") if posted_in else ("state", "organisation")) if q < end else None
        if target is None or at_body and target.type != "organisation":
            break
        if posted_in:
            capital = gaz.capitals.get(fold(target.text)) if target.type == "place" else None
            if target.type != "state" and capital is None:
                break
            target = Mention(capital, "", "state", target.text, target.start, target.end) if capital else target
        if prep == "of" and owner is None:
            owner, owner_after = _owner_of(ctx, q), True
        elif prep == "of" and owner[1] == "organisation" and owner[0].endswith(f" of {target.key.split(':', 1)[1]}"):
            pass  # "at the Ministry of Foreign Affairs of the Kingdom of X": the body's own state, already in its key
        elif prep in ("to", "in") and posted is None and relation == "ambassador-to":
            posted = (target.key, target.type)
        else:
            break
        k = rdoc.spans[q].end
        if k < end and target.type == "organisation" and doc[k].is_title and doc[k].lower_ in ctx.lex["public_body_heads"] \
                and k not in rdoc.by_token:
            k += 1  # "Chairman of the Eurasian Economic Commission Board N": an organ of the organisation
        if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" and rdoc.by_token.get(k + 1) is not None \
                and rdoc.by_token[k + 1].key == target.key:
            k += 3  # "of the Organization of American States (OAS)": the acronym the text defines
    return TitlePhrase(start, k, relation, role, owner, posted, owner_after, former)


def _after_state_form(ctx: Context, q: int, end: int) -> int:
    """Where the state's name starts after the form of its state that the gazetteer does not list
    ("President of the republic of Mexico", "of the Federal Republic of Somalia"): ``q`` when
    there is none, or no state after it."""
    doc, forms = ctx.doc, ctx.lex["state_form_words"]
    k = q
    while k < min(end, q + 4) and doc[k].lower_ in forms and k not in ctx.rdoc.by_token:
        k += 1
    if k == q or k + 1 >= end or doc[k].lower_ != "of" or doc[k - 1].lower_ not in ("republic", "kingdom", "state", "federation",
                                                                                   "commonwealth", "principality", "sultanate", "emirate"):
        return q
    m = ctx.rdoc.by_token.get(k + 1)
    return k + 1 if m is not None and m.type == "state" and ctx.rdoc.spans[k + 1].start == k + 1 else q


def title_phrases(ctx: Context, i: int, end: int) -> list[TitlePhrase]:
    """Title phrases from ``i`` joined by "and" or ",": "Vice-President and Prime Minister of the
    UAE and Ruler of Dubai" gives two. An earlier phrase without an owner shares the next one's
    ("Vice-President and Prime Minister of the UAE")."""
    found: list[TitlePhrase] = []
    doc = ctx.doc
    while i < end:
        phrase = read_title_phrase(ctx, honorific_end(ctx, i, end), end)
        if phrase is None:
            break
        found.append(phrase)
        i = phrase.end
        if i < end and doc[i].lower_ in ("and", ",") and i + 1 < end:
            i += 1
            if doc[i].lower_ in ("and", "current"):
                i += 1
            continue
        break
    return found


def _region_start(ctx: Context, start: int) -> int:
    """How far left of a name a title phrase may begin: back over title words, names of states
    and organisations, portfolio words and honorifics, not across punctuation, a verb or a person."""
    doc, rdoc = ctx.doc, ctx.rdoc
    i = start
    while i > 0 and start - i < 16:  # not bounded by the parser's sentences, which split lists of names
        t = doc[i - 1]
        m = rdoc.by_token.get(i - 1)
        if m is not None and m.type == "person":
            break
        if t.is_punct and t.text not in ("-", "&", "(", ")") or t.pos_ in ("VERB", "AUX") and m is None or t.text == "\n":
            break
        if t.is_space:
            break
        i -= 1
    return i


def phrases_before(ctx: Context, name_start: int) -> list[TitlePhrase]:
    """The title phrases that end right before a name (honorifics between them allowed):
    "President of the Republic of Kazakhstan [H.E.] N". Empty when a title blocker ("former")
    comes first, and when the phrase is the apposition of the name before it, in a list that
    runs names and titles together ("A, President of X H.E. B, President of Y")."""
    doc = ctx.doc
    first = _region_start(ctx, name_start)
    before = first - 2
    if before >= 0 and doc[before].text == ")":  # "Muhammadu Buhari (GCFR), President of ..."
        opening = next((k for k in range(before - 1, max(-1, before - 8), -1) if doc[k].text == "("), None)
        before = opening - 1 if opening is not None else before
    if doc[name_start].text != "," and first >= 2 and doc[first - 1].text == "," and before >= 0 and (
            (m := ctx.rdoc.by_token.get(before)) is not None and m.type == "person"):
        # "A, T1 B, T2 C": titles follow their names when the first name has no title before it
        # ("Kabore, President of Faso H.E. Ouattara, President of ..."), and precede them when it
        # has ("President of Kazakhstan Nazarbayev, Chairman of China Xi Jinping, ...")
        previous = ctx.rdoc.spans[before].start
        if not phrases_before(ctx, honorific_start(ctx, previous)):
            return []
    for c in range(first, name_start):
        if c > 0 and (is_possessive(doc[c - 1]) or (c - 1) in ctx.rdoc.by_token
                      or _title_word(ctx, doc[c - 1]) and doc[c - 1].lower_ not in ("of", "and", "&", "-", "in")):
            continue  # "Greenland's Prime Minister N": the owner is a name the phrase cannot take
        phrases = title_phrases(ctx, c, name_start)
        end = phrases[-1].end if phrases else name_start
        if end < name_start and doc[end].is_title and doc[end].lower_ in ctx.lex["ranks_as_address"] and (
                phrases[-1].owner is not None or phrases[-1].posted is not None):
            end += 1  # "Permanent Representative to the Arab League Ambassador N": the rank, a form of address
        if phrases and honorific_end(ctx, end, name_start) == name_start:
            if ctx.office_blocked(phrases[0].start):
                return []
            if ctx.past_office(phrases[0].start):  # "the late King of X N"
                phrases = [dataclasses.replace(p, former=True) for p in phrases]
            if phrases[0].start == first and first >= 2 and doc[first - 1].text == ",":
                phrases = _stacked_before(ctx, first - 1, name_start) + phrases
            return phrases
    return []


def _stacked_before(ctx: Context, comma: int, name_start: int) -> list[TitlePhrase]:
    """The titles a sentence opens with, stacked before a second title by a comma: "Current Chair
    of the AU, President of Senegal N spoke first" gives N both. Only from the sentence's start,
    and only titles that name their owner: "Attending were the Secretary-General of the UN,
    President of X N" lists two people, and so does "The Foreign Minister of K, President of G N
    and the Emir of Q met"."""
    doc = ctx.doc
    after = ctx.rdoc.spans[name_start].end if name_start in ctx.rdoc.spans else name_start + 1
    if after + 1 < len(doc) and doc[after].lower_ in (",", "and") and (
            doc[after + 1].lower_ in ("the", "and") or _title_word(ctx, doc[after + 1])):
        return []
    start = _region_start(ctx, comma)
    if not (start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].text):
        return []
    for c in range(start, min(start + 2, comma)):
        if c > start and doc[start].lower_ not in ctx.lex["stacked_title_openers"]:
            break
        phrases = title_phrases(ctx, c, comma)
        if phrases and phrases[-1].end == comma and all(p.owner is not None for p in phrases):
            return phrases
    return []


def opens_the_clause(ctx: Context, comma: int, end: int) -> bool:
    """ "The Secretary General of the EAC, Hon. Dr. N paid a courtesy call ...": title phrases
    that open the sentence, a comma, and a name (ending at ``end``) that a verb follows, the
    closing comma of the apposition left out. The name is the phrase's holder and the verb's subject."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX"):
        return False
    phrases = phrases_before(ctx, comma)
    if not phrases:
        return False
    k = phrases[0].start
    k -= k > 0 and doc[k - 1].lower_ == "the"
    return k == doc[comma].sent.start or _after_opening_adverbial(ctx, doc[comma].sent.start, k)


def _after_opening_adverbial(ctx: Context, start: int, k: int) -> bool:
    """ "Firstly, the new Ambassador of X, N presented", "On Monday the Ambassador of X, N said": a
    short opening adverbial before the title phrase, with no verb and no name of a person or body
    in it (a name there would make the title the second item of a list), or a dateline's place and
    colon. Not when the title is a preposition's object: "In a meeting with the Estonian
    Ambassador, N said" (N is the host)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if not 0 < k - start <= 6 or doc[k - 1].pos_ == "ADP" or doc[k - 1].lower_ in ("with", "to", "by", "for", "from", "of"):
        return False
    place = rdoc.by_token.get(start)
    if place is not None and place.type in ("state", "place") and rdoc.spans[start].end == k - 1 and doc[k - 1].text in (":", "-", "\u2013", "\u2014"):
        return True  # a dateline: "St. Kitts and Nevis: Minister of Foreign Affairs of X, Dr N arrived"
    for i in range(start, k):
        m = rdoc.by_token.get(i)
        if doc[i].pos_ in ("VERB", "AUX", "PRON") or m is not None and m.type in ("person", "organisation") or doc[i].text in (";", ":"):
            return False
    return all(doc[i].pos_ in ("ADV", "ADP", "NUM", "PROPN", "NOUN", "DET", "ADJ", "PUNCT") for i in range(start, k))


def predicate_ends_title(doc, k: int) -> bool:
    """Does what follows a joining "and" at ``k`` leave the title phrase before it complete? So
    when it is another description ("... and Ruler of Dubai,"), and when it opens the clause's next
    predicate ("chaired by N, Minister of X and was attended by ...")."""
    if k < len(doc) and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    while k < len(doc) and not (doc[k].is_punct or doc[k].is_sent_start):
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        k += 1
    return True


def delegation_role_last(ctx: Context, phrases: list) -> tuple[list, int, str | None]:
    """ "N, Minister for Foreign Affairs of X and the leader of the Nepalese delegation,", "...
    and the Leader of the Delegation from the Maldives,": the last phrase is no office but the
    delegation N leads: the titles before it, where the apposition ends and the state whose
    delegation it is (from a nationality or a state's name); else ``(phrases, 0, None)``."""
    doc, rdoc = ctx.doc, ctx.rdoc
    if len(phrases) < 2 or phrases[-1].role not in ctx.lex["delegation_head_words"] or phrases[-1].owner is not None:
        return phrases, 0, None
    k = phrases[-1].end
    if k >= len(doc) or doc[k].lower_ != "of":
        return phrases, 0, None
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    while k < len(doc) and k - phrases[-1].end < 6 and doc[k].lower_ not in ctx.lex["delegation_nouns"] and (
            doc[k].is_title or k in rdoc.by_token):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ctx.lex["delegation_nouns"]:
        return phrases, 0, None
    named = {m.key for t in doc[phrases[-1].end : k] if (m := rdoc.by_token.get(t.i)) is not None and m.type == "state"}
    named |= {s for t in doc[phrases[-1].end : k] if t.ent_type_ == "NORP" and (s := ctx.demonyms.get(fold(t.text)))}
    k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "from"):  # "the Delegation from the Maldives"
        k += 1 + (doc[k + 1].lower_ == "the")
        if k not in rdoc.by_token or rdoc.by_token[k].type != "state":
            return phrases, 0, None
        named.add(rdoc.by_token[k].key)
        k = rdoc.spans[k].end
    return phrases[:-1], k, named.pop() if len(named) == 1 else None


def list_opens_with_a_name(ctx: Context, comma: int) -> bool:
    """In a list that alternates names and titles, whether it opens with a name ("A, Minister of
    X, B, Minister of Y") rather than a title ("the Prime Minister of X, A, the Speaker of Y, B"),
    read back from the comma before a name."""
    doc, rdoc = ctx.doc, ctx.rdoc
    opens_with_name = False
    for _ in range(12):
        phrases = phrases_before(ctx, comma) if comma > 0 and doc[comma].text == "," else []
        if not phrases:
            return opens_with_name
        start = phrases[0].start
        while start >= 2 and doc[start - 1].tag_ == "JJ" and doc[start - 1].is_lower:
            start -= 1  # "current Chairperson of Y"
        while start >= 2 and doc[start - 1].text == "," and (more := phrases_before(ctx, start - 1)):
            phrases, start = more, more[0].start  # "A, President of X, current Chair of Y, B": the titles A holds, stacked
        if any(t.lower_ in ctx.lex["leader_titles_plural"] for t in doc[start : phrases[0].end]):
            return opens_with_name  # "the Presidents of the Union, A, President of X, B, ...": a heading, then the list
        person = rdoc.by_token.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
        name_start = rdoc.spans[start - 2].start if person is not None and person.type == "person" else None
        if name_start is None and person is None and start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
            name_start = start - 2  # a name the model did not tag ("They are Jean-Luc Bodson, Ambassador of X, B, ...")
            while name_start > 0 and doc[name_start - 1].pos_ == "PROPN" and name_start - 1 not in rdoc.by_token:
                name_start -= 1
            if not all(t.is_title or not t.is_alpha for t in doc[name_start : start - 1]):
                name_start = None
        if name_start is None:
            return False  # the title comes first
        opens_with_name = True
        comma = honorific_start(ctx, name_start) - 1
    return opens_with_name
