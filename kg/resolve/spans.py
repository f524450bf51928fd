"""Entity spans as the NER and the rulers left them -> cleaned spans with a first type.

Each fix is a habit of news prose the small NER model gets wrong: determiners and honorifics
taken into a name, a name cut short or run on, a title read as an organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer
from kg.names import misspelling
from kg.resolve.classify import Candidate, body_head, classify, known_names, possessing_state, state_body
from kg.resolve.given_names import is_given_name, person_shaped
from kg.resolve.honorifics import colon_titled_names, dash_paired_names, dash_titled_names, full_names_after_titles, surnames_after_titles, honorific_end, honorific_names, is_title_only, state_paired_names, title_names, words_of
from kg.resolve.name_edges import cut_word, epithet, given_name, left_out_after
from kg.resolve.portfolios import abstract_noun, in_a_title, portfolio
from kg.resolve.repeats import names_found_again
from kg.resolve.text import fold
from kg.resolve.treaty_titles import place_named_treaties, treaty_titles
from kg.resolve.types import organisation_cue, person_cue, place_cue

__all__ = ["entity_candidates"]

_NAME_CHARS = re.compile(r"[^\w\s.'\-\u2019&+]")


def _strip(span: Span, gaz: Gazetteer) -> Span:
    """Drop leading determiners and honorifics, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    if end - start > 2 and doc[start].lower_ in ("delegation", "delegations") and doc[start + 1].lower_ == "of":
        start += 2 + (doc[start + 2].lower_ == "the")  # "Delegation of Ministry of Foreign Affairs": the body it is of
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space or (
            end - start > 1 and doc[end - 1].lower_.rstrip(".") in gaz.lexicon["courtesy_abbreviations"]) or (
            end - start > 2 and doc[end - 1].text.isupper() and doc[end - 1].lower_ in gaz.lexicon["postnominal_letters"]) or (
            (end - start > 2 or end - start == 2 and span.label_ == "PERSON") and doc[end - 1].is_title
            and doc[end - 1].lower_ in gaz.lexicon["headline_verbs"] and doc[end - 2].text not in ("-", "\u2010"))):
        end -= 1  # a name never ends in a courtesy title ("... Dr."), a headline's verb ("N Named ...", a person's "N M Receives") or honours
    return doc[start:end]


def _strip_honorific(span: Span, gaz: Gazetteer, *, broken_address: bool = False) -> Span:
    """ "Mr Putin" -> "Putin"; "H.E. Dr. Abdalla Hamdok" -> "Abdalla Hamdok"; "Azerbaijani
    President Ilham Aliyev" -> "Ilham Aliyev": the NER sometimes takes forms of address, a title
    or a nationality into the name. With ``broken_address`` (the document writes "H. E." before
    names) a lone "H." or "E." before a name of two words or more is what is left of one."""
    start = span.start
    doc = span.doc
    words = words_of(gaz)
    while start < span.end:
        after = honorific_end(doc, start, span.end, words)
        if after > start:
            start = after
        elif start > 0 and doc[start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr") and start < span.end - 2 \
                and is_given_name(doc[start].text):
            break  # "Dr. Sultan Ahmed Al Jaber": after "Dr." a ruler's title is a given name
        elif start < span.end - 2 and is_given_name(doc[start].text) and doc[start + 1].lower_ in words.lineage:
            break  # "Sultan bin Saad Al N": a ruler's title before "bin" is a given name
        elif start == span.start and start < span.end - 2 and is_given_name(doc[start].text) and _office_before(doc, start, words):
            break  # "Acting Foreign Minister, Amir Khan Muttaqi": the office is named already; "Amir" is his name
        elif doc[start].lower_.rstrip(".") in words.titles or doc[start].lower_.rstrip(".") in words.honorifics \
                or doc[start].lower_.endswith("s") and doc[start].lower_[:-1] in words.titles and span.end - start > 2 \
                or fold(doc[start].text) in gaz.demonyms or doc[start].is_punct or doc[start].lower_ in words.person_nouns \
                or abstract_noun(doc[start], gaz) and span.end - start > 2:
            start += 1
        elif broken_address and doc[start].text in ("H.", "E.") and span.end - start > 2:
            start += 1
        else:
            break
    return doc[start : span.end]


def _office_before(doc: Doc, start: int, words) -> bool:
    """An office title's last word right before ``start``, or before a comma there."""
    k = start - 1 - (start >= 1 and doc[start - 1].text == ",")
    return k >= 0 and fold(doc[k].text) in words.heads and doc[k].text[:1].isupper()


def _longer_local_name(span: Span, gaz: Gazetteer) -> int:
    """Where a longer name begins when capitalised words run into a known organisation's generic
    name ("Philippine National Security Council"); ``span.start`` when none do."""
    doc = span.doc
    entry_words = span.text.split()
    if len(entry_words) < 2 or not all(w[:1].isupper() for w in entry_words) or any(w.isupper() for w in entry_words):
        return span.start  # acronyms and one-word names are specific enough
    k = span.start
    while k > 0 and doc[k - 1].is_title and not doc[k - 1].ent_id_ and not doc[k - 1].is_sent_start and (
        doc[k - 1].ent_type_ in ("ORG", "NORP") or fold(doc[k - 1].text) in gaz.demonyms
    ):
        k -= 1
    return k


#: Organisation heads that name a body after a place ("Lake Chad Basin Commission", "Kenya
#: Defence Forces"); a state's own ministries and offices are left to the state.
_NAMED_BODY_HEADS = frozenset({
    "commission", "council", "authority", "community", "initiative", "organisation", "organization", "association",
    "agency", "bank", "fund", "forum", "union", "alliance", "committee", "forces", "institute", "university",
    "centre", "center", "court", "foundation", "society", "league",
})


def _organisation_named_after(span: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """Where an organisation named after a place begins and ends, when capitalised words run from
    a state or place name to an organisation's head ("Lake" + "Chad" + "Basin Commission")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 4 and doc[end].is_title and not doc[end].ent_id_ and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    if end == span.end or doc[end - 1].lower_ not in _NAMED_BODY_HEADS and doc[end - 1].lower_ not in gaz.lexicon["treaty_heads"]:
        return None
    start = span.start
    while start > 0 and span.start - start < 2 and doc[start - 1].is_title and not doc[start - 1].ent_id_ \
            and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].lower_ not in ("the", "a", "an") \
            and fold(doc[start - 1].text) not in gaz.title_words and fold(doc[start - 1].text) not in gaz.demonyms:
        start -= 1
    return start, end


def _titled_name(span: Span, gaz: Gazetteer) -> bool:
    """An "organisation" made of nationality and title words followed by a capitalised name."""
    vocab = set(gaz.lexicon["title_modifiers"]) | gaz.title_words
    abbreviations = words_of(gaz).abbreviations
    i = 0
    while i < len(span) and (fold(span[i].text) in vocab or fold(span[i].text) in gaz.demonyms or span[i].text in abbreviations):
        i += 1
    rest = span[i:]
    heads = gaz.title_words - set(gaz.lexicon["title_modifiers"])
    return 0 < i and 2 <= len(rest) <= 4 and any(fold(t.text) in heads or t.text in abbreviations for t in span[:i]) and all(
        t.text[:1].isupper() or t.text == "-" for t in rest
    ) and rest[-1].lower_ not in gaz.lexicon["organisation_heads"]


def _place_as_first_name(ent: Span, gaz: Gazetteer) -> bool:
    """ "President Santiago Pena", "On her part, Victoria Busby, Director of ...": a one-word place
    is a first name after a title, or right before a surname the NER saw as a person's (not after
    a locative preposition: "in Victoria Smith said" is no shape of prose)."""
    doc = ent.doc
    if not ent.id_.startswith(("capital:", "place:", "state:")) or ent.start == 0 or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    before = fold(doc[ent.start - 1].text)
    if len(ent) != 1 or not nxt.is_title or nxt.pos_ != "PROPN" or nxt.ent_id_ or doc[ent.start].whitespace_ != " ":
        return False
    if before in gaz.title_words and before not in set(gaz.lexicon["title_modifiers"]):
        return True
    surname = nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and (ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I")
    return surname and before not in gaz.lexicon["locative_preps"] and not (ent.end + 1 < len(doc) and doc[ent.end + 1].tag_ == "POS")


def _place_as_surname(ent: Span, gaz: Gazetteer) -> bool:
    """ "Foreign Minister Maria Jordan", "Secretary-General Patricia Scotland": a given name the
    NER left alone, then a state's or place's name, after a title, is one person's name."""
    doc, words = ent.doc, words_of(gaz)
    if len(ent) == 1 and not ent.id_ and ent.label_ in ("GPE", "LOC") and ent.start >= 3 and doc[ent.start - 2].tag_ == "POS" \
            and doc[ent.start - 3].ent_id_.startswith("state:") and _given_name_shaped(doc[ent.start - 1], gaz):
        return True  # "Botswana's Mokgweetsi Masisi": a state's leader; a place kg does not know is no shape here
    if len(ent) != 1 or not ent.id_.startswith(("capital:", "place:", "state:")) or ent.start < 2:
        return False
    given, before = doc[ent.start - 1], doc[ent.start - 2]
    if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ not in ("", "PERSON") or given.whitespace_ != " ":
        return False
    if fold(given.text) in words.titles or fold(given.text) in gaz.demonyms or given.lower_.rstrip(".") in words.honorifics:
        return False
    if ent.end < len(doc) and (doc[ent.end].tag_ == "POS" or doc[ent.end].is_title):
        return False  # "Maria Jordan's" may be the state's; "Maria Jordan Smith" is another shape
    folded = fold(before.text)
    return folded in words.heads or folded in words.person_nouns or before.lower_.rstrip(".") in words.honorifics


def _given_name_shaped(given, gaz: Gazetteer) -> bool:
    """A capitalised word the NER left alone that may open a person's name: not a title, a
    demonym, a point of the compass or a regional adjective ("Northern Tigray", "Crimean")."""
    words = words_of(gaz)
    return given.pos_ == "PROPN" and given.is_title and not given.ent_type_ and given.whitespace_ == " " \
        and fold(given.text) not in words.titles and fold(given.text) not in gaz.demonyms \
        and given.lower_ not in gaz.lexicon["compass_words"] and given.lower_.rstrip(".") not in gaz.lexicon["not_given_names"] \
        and given.lower_ not in gaz.lexicon["geographic_heads"] and not given.lower_.endswith(("ern", "ian", "ese"))


def _complete_name(span: Span, gaz: Gazetteer, announced: frozenset[int] | set[int] = frozenset()) -> Span:
    """The NER sometimes stops an organisation's name early ("Armed Forces of the" +
    "Philippines"): carry a name that ends in "of", "the", "for" or "and" on over the capitalised
    words that follow. A known name is taken in only by a body ("Parliament of" + "Georgia"), not
    by a portfolio ("Minister of Health of" + "Nigeria")."""
    doc = span.doc
    end = span.end
    if doc[end - 1].lower_ not in ("of", "the", "for", "and"):
        return span
    body = body_head(span).lower_ in gaz.lexicon["organisation_heads"] or body_head(span).lower_ in gaz.lexicon["public_body_heads"]
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha and (body or not doc[end].ent_id_)
                              and doc[end].ent_type_ != "PERSON" or doc[end].lower_ in ("of", "the", "and")):
        end += 1
        while body and doc[end - 1].ent_id_ and end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # a known name is taken whole: "Foreign Ministry of the" + "People's Republic of China"
        if body and doc[end - 1].ent_id_ and end + 1 < len(doc) and (end in announced or is_given_name(doc[end].text) and doc[end + 1].is_title
                                                                       and doc[end].lower_ not in gaz.lexicon["organisation_heads"]):
            break  # and a personal name after it is not the body's: "Council of the Republic of Belarus" + "Mikhail N"
    while end > span.end and doc[end - 1].lower_ in ("of", "the", "and"):
        end -= 1
    return Span(doc, span.start, end, label=span.label, span_id=span.id)


def _fragment(span: Span, gaz: Gazetteer) -> bool:
    """Pieces of prose the NER takes for names: an event ("ECOWAS Summit", "Ordinary Session"), a
    group of people ("Heads of State and Government"), a title phrase ("Chair of the Authority"),
    a portfolio, a name cut off after one word ("Republic of", "States on"). A portfolio the NER
    read as a person is one when it ends as portfolios do ("... and Diaspora Affairs", "Secretary
    of" + "Public Communication"); a name after a title is someone's ("Secretary of State" + N)."""
    lex, words = gaz.lexicon, words_of(gaz)
    head = body_head(span).lower_
    if head in lex["event_heads"] or head in lex["people_group_heads"] or span[0].lower_ in lex["people_group_heads"]:
        return True  # also "Heads State and Government", a group with its "of" lost
    if head in lex["listing_heads"] and len(span) > 2 and span[1].lower_ == "of":
        return True  # a page's heading over a list: "List of New Envoys", "Table of Results"
    if len(span) == 1 and span[0].text in lex["document_abbreviations"]:
        return True  # "the MoU was signed": a kind of document, no one's name
    if len(span) == 1 and span.end < len(span.doc) and span.doc[span.end].lower_ == "of" and any(
            misspelling(fold(span.text), t) for t in words.titles if " " not in t):
        return True  # "Minsiter of Defence": a title misspelt, no one's name
    if len(span) == 2 and span[-1].is_lower and span[-1].pos_ in ("ADP", "DET", "CCONJ"):
        return True
    if in_a_title(span, gaz):
        return True
    if len(span) == 1 and span.label_ == "PERSON" and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
            and span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return True  # "The Dean of the Diplomatic Corps": a role, no one's name
    if len(span) == 1 and not span.ent_id_ and span[0].lower_ in lex["title_modifiers"] and span.end < len(span.doc) \
            and fold(span.doc[span.end].text) in words.titles:
        return True  # "the Federal" + "Minister N": a title's first word
    if len(span) == 1 and span[0].lower_ in lex["headline_verbs"]:
        return True  # "New WTO Director General Names His Deputies": a headline's verb
    if len(span) == 1 and not span.ent_id_ and span[0].lower_ in lex["generic_single_words"]:
        return True  # "Community", "Understanding" (of a memorandum), "Delegate": a common word in capitals
    if span[0].tag_ == "POS" or span[0].text in ("'s", "\u2019s"):
        return True  # "the President" + "'s House": what is left of a possessive
    if not span.ent_id_ and len(span) > 1 and all(t.lower_ in lex["state_form_words"] or t.lower_ in words.honorifics for t in span) \
            and any(t.lower_ in lex["state_form_words"] for t in span):
        return True  # "the Federal Republic" + "of X", "President of the Republic" + "General N": a state's form, not a name
    if len(span) > 1 and (span[-1].lower_ in lex["credential_nouns"] or any(
            t.lower_ in lex["credential_nouns"] and span.doc[t.i - 1].lower_ == "of" for t in span[1:])):
        return True  # "Letter of Credence", "Letters of Accreditation (at Government House)": a document
    if head in words.heads and head not in lex["organisation_heads"] and len(span) > 1 and span.label_ != "PERSON":
        return True
    if not span.ent_id_ and head in lex["delegation_nouns"] and all(
            t.lower_ in lex["delegation_nouns"] or t.lower_ in lex["delegation_kinds"] or fold(t.text) in gaz.demonyms
            or t.i == span.start and t.is_upper and len(span) > 2 for t in span):
        # "the Permanent Delegation" (of Vietnam to the UN), "Head of the Greek Delegation", "the
        # PABSEC Hellenic Delegation": a state's delegation, no body of its own name
        return True
    if not span.ent_id_ and span.label_ == "ORG" and span.end < len(span.doc) and head not in lex["organisation_heads"] \
            and head not in lex["public_body_heads"] and fold(span.doc[span.end].text) in words.heads and span.doc[span.end].is_title \
            and (fold(span[-1].text) in words.modifiers or abstract_noun(span[-1], gaz)) \
            and all(t.is_title or t.lower_ in ("and", "&", ",") for t in span):
        return True  # "International Relations and Cooperation" + "Minister N": the minister's portfolio, no body
    if not span.ent_id_ and span.label_ == "ORG" and span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an") \
            and span.doc[span.start - 1].head.i == span.root.i and head not in lex["treaty_heads"] \
            and (span.root.dep_ == "attr" or span.root.dep_ == "pobj" and span.root.head.lower_ == "as") \
            and not (span.end < len(span.doc) and span.doc[span.end].text == "("):
        # "SADC is a Regional Economic Community", "recognised as an Intergovernmental Organisation":
        # a kind of body the text calls it; not "launched a Global Biofuels Alliance" (a new one's
        # name), "an Al-Shabaab attack", "a Free Trade Agreement (FTA)"
        return True
    if body_head(span).lower_ in lex["organisation_heads"] or not portfolio(span, gaz):
        return False
    if span.label_ != "PERSON":
        return True
    last = span[-1]
    return fold(last.text) in words.modifiers or abstract_noun(last, gaz) or span.doc[span.start - 1].lower_ in ("of", "for")


def _title_end_glued(span: Span, gaz: Gazetteer) -> bool:
    """A title's last word glued to the name after it: "the Republic" + "Fernando Guachalla"."""
    doc = span.doc
    return len(span) >= 3 and span.start > 0 and doc[span.start - 1].lower_ in ("the", "of") and span[0].is_title \
        and span[0].lower_ in gaz.lexicon["title_owner_heads"] and person_shaped(span[1:], gaz, known_names(gaz))


def _looks_like_name(span: Span) -> bool:
    text = span.text
    if not text or "\n" in text or "/" in text or "@" in text or _NAME_CHARS.search(text):
        return False
    if not any(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    return not any(t.like_num for t in span)


def _state_s_own(span: Span, gaz: Gazetteer) -> int | None:
    """Where the name ends when a generic body's name ("Security Council", "General Assembly",
    which the gazetteer gives to the UN) is followed by "of [the] STATE": the state's own body."""
    doc, words = span.doc, words_of(gaz)
    generic = set(gaz.lexicon["public_body_heads"]) | set(gaz.lexicon["organisation_heads"]) | words.titles
    i = span.end + 1
    if i >= len(doc) or doc[span.end].lower_ != "of" or not all(t.lower_ in generic for t in span):
        return None
    i += doc[i].lower_ == "the"
    if i >= len(doc) or not doc[i].ent_id_.startswith("state:"):
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i + 1


def _run_on(ent: Span, gaz: Gazetteer) -> list[Span]:
    """An organisation's name run into a person's: "(the) Amiri Diwan Ibrahim Al-Shatti",
    "Executive Committee Yevgeny Sysoev" are the body up to its head word and the person after
    it, when two to four capitalised words, none of them known, follow the head, and the NER
    saw a person or the body took the article ("Undersecretary at the Amiri Diwan N")."""
    if ent.id_ or ent.label_ not in ("PERSON", "ORG", "FAC") or len(ent) < 3:
        return [ent]
    doc, words = ent.doc, words_of(gaz)
    heads = set(gaz.lexicon["organisation_heads"]) | set(gaz.lexicon["public_body_heads"])  # also "the Parliament N"
    k = next((t.i for t in ent[:-2] if t.lower_ in heads and t.is_title), None)
    if k is None:
        return [ent]
    rest = doc[k + 1 : ent.end]
    if not 2 <= len(rest.text.split()) <= 4 or any(
            t.ent_id_ or t.lower_ in heads or fold(t.text) in words.titles or fold(t.text) in gaz.demonyms
            or not (t.is_title or t.lower_ in words.particles or t.text == "-") for t in rest):
        return [ent]
    if ent.label_ != "PERSON" and not (ent.start > 0 and doc[ent.start - 1].lower_ == "the" or ent[0].lower_ == "the"):
        return [ent]
    return [Span(doc, ent.start, k + 1, label="ORG"), Span(doc, k + 1, ent.end, label="PERSON")]


def _entity_spans(doc: Doc, gaz: Gazetteer) -> tuple[list[Span], set[int]]:
    """The NER's and the rulers' entities, with the names that forms of address announce put
    in: "H. E. Mr" + "Rock Marc" + "Christian Kabore" is the person "Rock Marc Christian Kabore".
    Also returns where those names start."""
    ents = names_found_again(doc, [part for ent in doc.ents for part in _run_on(ent, gaz)])
    for start, end in treaty_titles(doc, gaz) + place_named_treaties(doc, gaz):  # "a Treaty on the State Border": the NER saw "State Border"
        if not any(e.id_ and e.start < end and start < e.end and not (start < e.start and e.id_.startswith(("place:", "state:")))
                   for e in ents):  # (a place inside the name goes with it: "... of the Caspian Sea")
            ents = sorted([e for e in ents if not (e.start < end and start < e.end)] + [Span(doc, start, end, label="LAW")],
                          key=lambda e: e.start)
    # each group of passes adds the names that overlap none found by the groups before it
    names = honorific_names(doc, gaz)
    for group in ((title_names,), (dash_paired_names, colon_titled_names, dash_titled_names), (state_paired_names,),
                  (full_names_after_titles,)):
        taken = {j for _, start, end in names for j in range(start, end)}
        names += [n for find in group for n in find(doc, gaz) if not taken & set(range(n[1], n[2]))]
    taken = {j for _, start, end in names for j in range(start, end)}
    names = sorted(names + [n for n in surnames_after_titles(doc, gaz) if n[1] not in taken], key=lambda n: n[1])
    if not names:
        return ents, set()
    spans = [Span(doc, start, end, label="PERSON") for _, start, end in names]
    k = 0
    for ent in ents:
        while k < len(names) and names[k][2] <= ent.start:
            k += 1
        clash = next(((a, s, e) for a, s, e in names[k : k + 2] if ent.start < e and a < ent.end), None)
        if clash is None or ent.id_:
            spans.append(ent)
        elif ent.start < clash[0]:
            spans.append(Span(doc, ent.start, clash[0], label=ent.label))  # "Amir" of "Amir Sheikh"
    return sorted(spans, key=lambda span: span.start), {start for _, start, _ in names}


def entity_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """The document's entity spans, cleaned and classified, in document order."""
    raw: list[Candidate] = []
    dropped: set[str] = set()  # acronyms defined for names that name nothing: "(SGF)"
    particles = set(gaz.lexicon["name_particles"])
    skip_until = 0
    words = words_of(gaz)
    ents, announced = _entity_spans(doc, gaz)
    text = doc.text  # spaCy joins every token's text each time it is asked
    cut = cut_word(doc, text)
    broken_address = "H. E." in text or "H.E." in text
    people = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    name_ends = {ent[-1].lower_ for ent in ents if len(ent) > 1}  # "the Alliance" after "the Pacific Alliance" is its short name
    for ent in ents:
        if ent.start < skip_until:
            continue
        span = _strip(ent, gaz)
        if not len(span):
            continue
        if not ent.id_ and len(span) == 1 and span[0].lower_ in gaz.lexicon["generic_bloc_nouns"] and span.start > 0 \
                and doc[span.start - 1].lower_ in ("the", "this", "that", "its") and span[0].lower_ not in name_ends:
            continue  # "joined the Bloc": a capitalised common noun for the organisation named before, not a name
        if ent.label_ in ("GPE", "LOC") and not ent.id_ and len(span) > 1 and span[-1].is_lower \
                and span[-1].lower_ in gaz.lexicon["administrative_heads"]:
            span = span[:-1]  # "Hainan province" is Hainan, as the text's "Hainan" elsewhere
        if ent.label_ == "PERSON" and not ent.id_ and len(span) == 1 and span[0].is_upper and span[0].is_alpha and len(span[0]) > 1 \
                and span.end < len(doc) and doc[span.end].text == ")" and any(doc[j].text == "(" for j in range(max(0, span.start - 3), span.start)):
            continue  # "the CIS Foreign Ministers Council (CIS CFM)": an acronym in brackets, no one's name
        label = ent.label_
        ent_id = ent.id
        if _place_as_first_name(ent, gaz):
            # "President Santiago Pena": a place name is someone's first name after a title
            end = ent.end + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            span, label, ent_id = doc[ent.start : end], "PERSON", 0
            skip_until = end
        if _place_as_surname(ent, gaz):
            span, label, ent_id = doc[ent.start - 1 : ent.end], "PERSON", 0
            if raw and raw[-1].span.end > span.start:
                raw.pop()
        if label in ("GPE", "LOC") and ent.id_.startswith(("place:", "capital:")) and len(ent) == 1 and ent.start >= 2 \
                and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in gaz.lexicon["treaty_heads"] \
                and doc[ent.start - 2].is_title:
            # "the Treaty of Paris", "the Protocol of Kyiv": a treaty named after the city it was signed in
            while raw and raw[-1].span.end > ent.start - 2:
                raw.pop()
            span, label, ent_id = Span(doc, ent.start - 2, ent.end, label="LAW"), "LAW", 0
        named_body = _organisation_named_after(span, gaz) if label in ("GPE", "LOC") and ent.id_.startswith(("state:", "place:", "capital:")) else None
        if named_body is not None:  # "Lake Chad Basin Commission"; "the Lusaka Accord", a treaty named after its city
            first, skip_until = named_body
            while raw and raw[-1].span.end > first:
                raw.pop()
            label = "LAW" if doc[skip_until - 1].lower_ in gaz.lexicon["treaty_heads"] else "ORG"
            span, ent_id = Span(doc, first, skip_until, label=label), 0
        if label == "NORP" and span.end < len(doc) and doc[span.end].text in ("Islands", "Isles", "Archipelago"):
            span, label = doc[span.start : span.end + 1], "LOC"  # "the Hawaiian Islands", "the Canary Islands": a place
            skip_until = span.end
        cue = ""
        if ent.start in announced:
            cue = "person"
        elif not ent.id_ and label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and person_cue(span, gaz, people):
            cue, label = "person", "PERSON"
        elif label == "PERSON" and len(span) == 1 and place_cue(span, gaz):
            cue, label = "place", "GPE"  # "a visit to liberated Shusha"
        elif label in ("PERSON", "ORG") and not ent.id_ and len(span) <= 2 and span.end < len(doc) \
                and doc[span.end].lower_ in gaz.lexicon["administrative_heads"] and doc[span.end].is_lower:
            cue, label = "place", "GPE"  # "Krasnodar region", "Balkh province": a unit's name
        elif label == "PERSON" and not ent.id_ and organisation_cue(span):
            label = "ORG"  # "Twitter said its users ..."
        if label != "PERSON" and not ent.id_ and len(span) >= 2 and span[0].lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "mx", "dr"):
            label = "PERSON"  # "Ms Arslan" read as an organisation: a courtesy title names a person
        if label == "ORG" and not ent.id_ and _titled_name(span, gaz):
            label = "PERSON"  # "Kazakh President Kassym-Jomart Tokayev" read as one organisation
        if label == "PERSON" and span.start > 0 and span[0].lower_ in words.lineage and is_given_name(doc[span.start - 1].text) \
                and doc[span.start - 1].ent_iob_ == "O":
            span = doc[span.start - 1 : span.end]  # "Sultan" + "bin Saad Al N": a given name the NER took for a title
        possessive = next((t.i for t in span[1:] if t.tag_ == "POS"), None)
        if label == "PERSON" and not ent.id_ and possessive is not None:
            span = doc[span.start : possessive]  # "President Solih's Government": the person is "Solih"
        elif label == "ORG" and not ent.id_ and possessive is not None and doc[possessive - 1].lower_ in gaz.lexicon["organisation_heads"]:
            span = doc[span.start : possessive]  # "the Federal Foreign Office's Head Office": the organisation is the owner
        if label == "ORG" and ent.id_.startswith("org:") and _state_s_own(span, gaz) is not None:
            ent_id = 0  # "Security Council of the Republic of Kazakhstan" is Kazakhstan's, not the UN's
        if label in ("ORG", "GPE", "LOC", "FAC") and not ent.id_ and _title_end_glued(span, gaz):
            span, label = span[1:], "PERSON"  # "President of the" + "Republic Fernando Guachalla"
        if label == "ORG" and not ent.id_:
            span = _complete_name(span, gaz, announced)
            skip_until = max(skip_until, span.end)
            owner = raw[-1].span if raw else None
            if owner is not None and owner.end == span.start and owner.id_.startswith("state:") and raw[-1].type == "state" \
                    and body_head(span).lower_ in gaz.lexicon["government_heads"] and not (span.start > 0 and doc[span.start - 1].tag_ == "POS"):
                raw.pop()  # "the Singapore" + "Ministry of Foreign Affairs": the state's own ministry
                span = Span(doc, owner.start, span.end, label="ORG")
        elif label == "ORG" and ent.id_.startswith("org:") and _longer_local_name(span, gaz) < span.start:
            # "Philippine National" + "Security Council": a national body, not the UN's
            first = _longer_local_name(span, gaz)
            while raw and raw[-1].span.end > first:
                raw.pop()
            span, ent_id = Span(doc, first, span.end, label="ORG"), 0
        elif label == "ORG" and ent.id_.startswith("org:") and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.text[:1].isupper() and nxt.lower_ in gaz.lexicon["organisation_heads"] and not nxt.ent_id_ \
                    and nxt.lower_ not in gaz.lexicon["event_heads"]:  # "the ECOWAS Summit" is ECOWAS's event
                # "African Union Commission", "ECOWAS Commission": a body of a known organisation,
                # with its members when the name gives them: "the SAARC Council of Ministers"
                end = span.end + 1
                if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper() and not doc[end + 1].ent_id_:
                    groups = set(gaz.lexicon["people_group_heads"]) | set(gaz.lexicon["plural_office_heads"])
                    k, last = end + 1, None
                    while k < len(doc) and k - end <= 7 and not doc[k].ent_id_ and (doc[k].text[:1].isupper() and doc[k].is_alpha
                                                                                   or doc[k].lower_ == "of" or doc[k].lower_ == "and" and last):
                        if doc[k].lower_ in groups or last and doc[k].lower_ in ("state", "government"):
                            last = k + 1
                        k += 1
                    end = last or end  # "of Ministers", "of Foreign Ministers", "of Heads of State and Government"
                span = Span(doc, span.start, end, label="ORG")
                skip_until = max(skip_until, span.end)
                ent_id = 0
        if label == "PERSON" and raw and raw[-1].span.end == span.start and (raw[-1].type == "person" or given_name(raw[-1], span, gaz)):
            # "Mohammed" + "bin Salman", "Mame" + "Mandiaye Niang": two names with nothing
            # between them are one; so is a word the NER read as an organisation or a place
            # before a surname ("Presidential aide" + "Yury" + "Ushakov")
            previous = raw.pop().span
            span = doc[previous.start : span.end]
        if label == "ORG" and not ent_id and len(span) > 2 and span[-1].lower_ in ("party", "movement") and span[-1].is_lower:
            span = doc[span.start : span.end - 1]  # "Georgian Dream party" is "Georgian Dream"
        span = Span(doc, span.start, span.end, label=label, span_id=ent_id)
        if label == "PERSON" and ent.start in announced:
            skip_until = span.end  # the name a form of address announced is whole
            if broken_address and len(span) > 2 and span[0].text in ("H.", "E."):
                span = Span(doc, span.start + 1, span.end, label=label, span_id=ent_id)  # "of Senegal" + "E. N", "H. E." cut short
        elif label == "PERSON":
            if len(span) >= 3 and not ent.id_ and span[0].lower_ in gaz.lexicon["public_body_heads"] and span[0].is_title:
                span = span[1:]  # "the Speaker of the Sri Lanka Parliament" + "Mahinda Yapa Abeywardana": the body's last word
            stripped = _strip_honorific(span, gaz, broken_address=broken_address)
            whole = stripped.start == span.start
            span, start = stripped, stripped.start
            # "Shafqat" + "Ali Khan", "Ana Beatriz" + "Moreira": capitalised words the NER left out
            # right before a name (two at most: names run to four words); not over the forms of
            # address and titles just stripped from it
            # (a word the tagger took for a verb counts when the parser hangs it on the name: "Do Hung Viet")
            while whole and len(span) and start > 0 and len(doc[start - 1 : span.end].text.split()) <= 4 and doc[start - 1].is_title and (
                    doc[start - 1].pos_ == "PROPN" or doc[start - 1].dep_ == "compound" and span.start <= doc[start - 1].head.i < span.end) \
                    and not doc[start - 1].ent_id_ and doc[start - 1].ent_type_ in ("", "PERSON") and fold(doc[start - 1].text) not in gaz.demonyms \
                    and fold(doc[start - 1].text) not in gaz.title_words and fold(doc[start - 1].text) not in set(gaz.lexicon["title_modifiers"]) \
                    and not (doc[start - 1].lower_.endswith("s") and fold(doc[start - 1].text)[:-1] in gaz.title_words) \
                    and doc[start - 1].lower_.rstrip(".") not in words.honorifics and honorific_end(doc, start - 1, start, words) == start - 1 \
                    and doc[start - 1].lower_ not in gaz.lexicon["organisation_heads"] and doc[start - 1].lower_ not in gaz.lexicon["public_body_heads"] \
                    and fold(doc[start - 1].text) not in words.person_nouns and not abstract_noun(doc[start - 1], gaz) \
                    and span.start - start < 2:
                start -= 1
            span = doc[start : span.end]
            if not len(span) or fold(span.text) in gaz.demonyms:
                continue
            end = span.end
            # "Ursula von" + "der Leyen", "Reema" + "bint Bandar": particles continue a name
            while end < len(doc) and (
                (doc[end - 1].lower_ in particles and (doc[end].text[:1].isupper() or doc[end].lower_ in particles))
                or (doc[end].lower_ in particles and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
            ):
                end += 1
            # "Mame" + "Mandiaye" + "Niang": a word the NER left out between two parts of a name
            if end + 1 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
                    and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "B":
                end += 2
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            # "Espen Barth" + "Eide", "Roch Marc" + "Christian Kabore,": one or two capitalised words
            # the NER left out right after a name (two only before punctuation)
            end += left_out_after(doc, end, span, gaz)
            skip_until = end
            span = Span(doc, span.start, end, label="PERSON", span_id=ent_id)
            if raw and raw[-1].type == "person" and raw[-1].span.end + 1 == span.start and doc[span.start - 1].text == "-" \
                    and not doc[span.start - 2].whitespace_ and not doc[span.start - 1].whitespace_:
                span = Span(doc, raw.pop().span.start, end, label="PERSON", span_id=ent_id)  # "Sahle" + "-" + "Work Zewde"
        if cut is not None and span.end == cut + 1 and not span.id_:
            span = Span(doc, span.start, cut, label=span.label, span_id=span.id)  # "Foreign Minister Rib": the page was cut there
            if not len(span):
                continue
        if not span.id_ and not _looks_like_name(span):
            continue
        if span.label_ == "PERSON" and not span.id_ and ent.start not in announced and any(
                t.text[:1].isupper() and t.pos_ in ("ADV", "AUX", "PRON", "SCONJ", "CCONJ", "PART", "DET") for t in span[1:]):
            continue  # "... Agree to Respond Together": the words of a headline in title case, no name
        while len(span) > 2 and not span.id_ and span[-1].is_lower and span[-1].pos_ in ("ADP", "DET", "CCONJ"):
            span = Span(doc, span.start, span.end - 1, label=span.label)  # "Razumkov Centre in"
        if len(span) > 2 and not span.id_ and span[-1].is_title and span[-1].tag_ == "VBZ":
            span = Span(doc, span.start, span.end - 1, label=span.label)  # a headline's verb: "... Council Concludes"
        entry = gaz.entries.get(span.id_)
        if entry is not None and entry.type == "place" and entry.kind in ("region", "continent") and portfolio(span, gaz):
            continue  # "Deputy Assistant Secretary for East Africa": a region as an office's portfolio
        if entry is not None and entry.type == "organisation" and span.end < len(doc) and doc[span.end].text == "Affairs" \
                and span.start > 0 and doc[span.start - 1].lower_ in ("and", "for", "of", ","):
            continue  # "Secretary of State for Foreign and Commonwealth Affairs": a portfolio's word, not the body
        if not span.id_ and _fragment(span, gaz):
            dropped.add(_acronym_after(span))
            continue
        if fold(span.text) in gaz.ignored or not span.id_ and is_title_only(span.text, gaz) and (
                label == "PERSON" or body_head(span).lower_ not in gaz.lexicon["organisation_heads"]):
            continue  # a title alone ("the Amir", "H.E. Amb") names no one; "Foreign Ministry" is a body
        if epithet(span, gaz):
            continue
        found = classify(span, gaz)
        if found is None:
            continue
        type_, key, label = found
        is_alias = not (span.id_.startswith(("capital:", "seat:")) and type_ == "state")
        candidate = Candidate(span, type_, key, label, is_alias, cue if type_ in ("person", "place") else "")
        owned = state_body(span, gaz) if type_ == "organisation" and not span.id_ else None
        if type_ == "organisation" and not span.id_ and body_head(span).lower_ == "government" and (
                span[0].lower_ == "government" or any(t.tag_ == "POS" for t in span) or owned and owned[0] == "government"):
            if owned is None or owned[0] != "government":
                dropped.add(_acronym_after(span))
                continue  # "the Government of the Federation", "Solih's Government": no state named
            entry = gaz.entries[f"state:{owned[1]}"]  # "the Government of Azerbaijan" acts for its state
            candidate = Candidate(span, "state", entry.key, entry.name, False)
        elif owned is not None:  # "Georgian Parliament" = "Parliament of Georgia"
            candidate.body, candidate.key = owned[0], f"org:{owned[0]} of {owned[1]}"
            end = _state_s_own(span, gaz)
            if end is not None:
                candidate.label = doc[span.start : end].text  # the whole name: "Security Council of the Republic of Kazakhstan"
            elif len(span) == 1 and (owner := possessing_state(span)) is not None:
                candidate.label = doc[owner[1] : span.end].text  # "Nepal's Parliament", not one more "Parliament" (but "Ministry of Commerce")
        raw.append(candidate)

    if dropped - {""}:
        raw = [c for c in raw if c.span.id_ or c.span.text not in dropped]
    return raw


def _acronym_after(span: Span) -> str:
    """The acronym in brackets right after ``span`` ("Secretary to the Government of the
    Federation (SGF)"), or ""."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    return after[1].text if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_upper else ""
