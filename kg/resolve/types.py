"""What a name's context says about its type, whatever label the NER gave it.

The small NER model labels many personal names as organisations ("the moderator, Femi Adesina,"
read as an organisation) and some places as people ("liberated Shusha"). News prose marks people
and places around the name: a title or role noun before it or in apposition ("senior lawyer N",
"the Chairperson of the Commission, N,", "N (Minister of ...)"), a list of people it stands in,
"her"/"his" referring back to it; a locative preposition before a place. :func:`person_cue` and
:func:`place_cue` read one mention; the document-level vote (:mod:`kg.resolve.coreference`) then
gives every mention of a name the type its best-attested mention has.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.resolve.honorifics import words_of
from kg.resolve.text import fold

__all__ = ["after_title", "organisation_cue", "person_cue", "place_cue"]


def _name_shaped(span: Span, gaz: Gazetteer, *, most: int = 4) -> bool:
    """Two to ``most`` capitalised words (particles between them allowed) and no organisation
    head: the shape of a personal name."""
    particles = words_of(gaz).particles
    if not 2 <= len(span.text.split()) <= most or span[-1].lower_ in gaz.lexicon["organisation_heads"]:
        return False
    return all(t.text[:1].isupper() or t.lower_ in particles or not t.is_alpha for t in span) and not any(
        t.is_upper and len(t) > 1 for t in span
    )


def after_title(span: Span, gaz: Gazetteer) -> bool:
    """A capitalised name right after an office title is a person ("Chancellor Olaf Scholz"),
    whatever label the NER gave it; so is one a title follows in apposition ("Olesya Vartanyan,
    a senior analyst at ...")."""
    words = words_of(gaz)
    doc = span.doc
    before = fold(doc[span.start - 1].text) if span.start else ""
    if len(span) == 1 and span[0].is_title and span[0].is_alpha and before in words.heads and doc[span.start - 1].is_title \
            and span[0].lower_ not in gaz.lexicon["organisation_heads"] and span[0].lower_ not in gaz.lexicon["headline_verbs"]:
        return True  # "President Niinisto": a surname the model took for an organisation, after a capitalised head title
    if not 2 <= len(span) <= 4 or not all(t.text[:1].isupper() or t.lower_ in words.particles for t in span if t.is_alpha):
        return False
    if before == "" and span.start >= 2 and doc[span.start - 1].text == ",":
        before = fold(doc[span.start - 2].text)  # "Switzerland's U.N. ambassador, Pascale Baeriswyl,"
    if span[-1].lower_ in gaz.lexicon["organisation_heads"]:
        return False  # "President Media Unit said": the President's unit, not a person
    if before in words.heads or before in words.person_nouns:
        return True  # "senior lawyer Festus Keyamo"
    folded = [fold(t.text) for t in doc[max(0, span.start - 4) : span.start] if not t.is_punct]
    if any(tuple(folded[k:]) in gaz.titles for k in range(len(folded))):
        return True  # "GCC Secretary-General Jasem Mohamed Albudaiwi"
    if span[-1].lower_ in gaz.lexicon["organisation_heads"] or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    i = span.end + 1
    while i < span.end + 3 and doc[i].lower_ in ("a", "an", "the", "former", "then", "outgoing"):
        i += 1  # "N, the former Prime Minister of X": an office held is a person's too
    while i < len(doc) and i < span.end + 7 and (
        fold(doc[i].text) in words.titles or fold(doc[i].text) in gaz.demonyms
        or doc[i].ent_type_ in ("GPE", "ORG", "NORP") or doc[i].tag_ == "POS"  # "Russia's U.N. ambassador"
    ):
        if fold(doc[i].text) in words.heads:
            return True
        i += 1
    return False


def _title_phrase_before(span: Span, gaz: Gazetteer) -> bool:
    """ "The Chairperson of the African Union Commission, N,": a title phrase ending in its
    owner's name, then a comma, then the name."""
    doc, words = span.doc, words_of(gaz)
    i = span.start - 1
    if i < 3 or doc[i].text != ",":
        return False
    i -= 1
    k = i
    while k > i - 8 and k > 0 and (doc[k].ent_type_ or doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "the", "and", "for")):
        if doc[k].lower_ in ("of", "for") and fold(doc[k - 1].text) in words.heads:
            return True
        k -= 1
    return False


def _role_in_brackets(span: Span, gaz: Gazetteer) -> bool:
    """ "N (Minister of Livestock Development)": an office in brackets after the name."""
    doc, words = span.doc, words_of(gaz)
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "(":
        return False
    j = i + 1
    while j < len(doc) and j < i + 4 and fold(doc[j].text) in words.modifiers:
        j += 1
    return j < len(doc) and fold(doc[j].text) in words.heads


def _in_apposition_to_a_person(span: Span, gaz: Gazetteer) -> bool:
    """ "The moderator of the event, Femi Adesina, said": a name in apposition to a role noun."""
    root, words = span.root, words_of(gaz)
    return root.dep_ == "appos" and (root.head.lower_ in words.person_nouns or root.head.lower_ in words.heads)


def _listed_with_people(span: Span, people: set[int]) -> bool:
    """ "retained Babatunde Fashola, Chris Ngige and ...": a name conjoined with a person."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [t for t in root.children if t.dep_ == "conj"]
    return any(t.i in people for t in partners)


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def _referred_to_with(span: Span, pronouns: tuple[str, ...]) -> bool:
    """ "N has been recalled from her position": the subject's own clause (not one it reports or
    governs) refers back to it with "her" or "his" (a person) or "its" (an organisation)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    todo = [t for t in root.head.children if t.dep_ not in _CLAUSES]
    while todo:
        t = todo.pop()
        if t.lower_ in pronouns and t.tag_ == "PRP$" and t.i >= span.end:
            return True
        todo.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return False


def _listed_from_a_state(span: Span, gaz: Gazetteer) -> bool:
    """ "the new ambassadors: Marina Valere from Trinidad and Tobago, and Inonge Mbikusita-Lewanika
    from Zambia": an item of a list of people, given with the state it comes from."""
    doc = span.doc
    k = span.end + 1 + (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the")
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("from", "of") or k >= len(doc) or not doc[k].ent_id_.startswith("state:"):
        return False
    before = doc[span.start - 1] if span.start else None
    if before is None or not (before.text in (":", ",", ";") or before.lower_ == "and" or before.lemma_ in ("be", "include")):
        return False
    heading = next((t for t in reversed(doc[span.sent.start : span.start]) if t.lower_ in gaz.lexicon["people_list_nouns"]), None)
    # the people's noun heads the list: nothing but the list, a colon or "are"/"include" between them
    return heading is not None and not any(t.pos_ in ("VERB", "AUX") and t.lemma_ not in ("be", "include") for t in doc[heading.i + 1 : span.start])


def _next_in_turn(span: Span, people: set[int]) -> bool:
    """ "the Presidents of Colombia, A; of Brazil, B; and of Haiti, Jovenel Moise": a name after a
    state and a comma, in a list whose item before it was a state and a person in the same turn."""
    doc = span.doc
    k = span.start - 1
    if k < 2 or doc[k].text != "," or not doc[k - 1].ent_id_.startswith("state:"):
        return False
    k -= 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # the state's first word
    k -= 1
    while k > 0 and doc[k].lower_ in ("of", "and"):
        k -= 1
    return k > 0 and doc[k].text in (";", ",") and (k - 1) in people


def organisation_cue(span: Span) -> bool:
    """ "Twitter said its users ...": a one-word "person" the clause calls "its"."""
    return len(span) == 1 and _referred_to_with(span, ("its",))


def person_cue(span: Span, gaz: Gazetteer, people: set[int]) -> bool:
    """Does the context mark ``span`` (a name the gazetteers do not know) as a person?

    ``people`` are the token indices of the PERSON entities before it."""
    if after_title(span, gaz):
        return True
    if len(span) == 1 and span[0].is_title and _referred_to_with(span, ("her", "his")):
        return True  # "Kovacs said his team had won"
    if not _name_shaped(span, gaz):
        return False
    return (_title_phrase_before(span, gaz) or _role_in_brackets(span, gaz) or _in_apposition_to_a_person(span, gaz)
            or _listed_with_people(span, people) or _referred_to_with(span, ("her", "his")) or _listed_from_a_state(span, gaz)
            or _next_in_turn(span, people))


def place_cue(span: Span, gaz: Gazetteer) -> bool:
    """ "in Shusha", "a visit to liberated Shusha": a locative preposition (adjectives between
    allowed) before a name, not a possessive ("in Smith's view")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    i = span.start - 1
    while i >= 0 and doc[i].dep_ == "amod" and doc[i].is_lower and span.start - i < 3:
        i -= 1
    if i < 0 or doc[i].lower_ not in ("in", "at", "near", "into", "inside", "to"):
        return False
    head = doc[i].head
    if doc[i].lower_ == "to":
        return head.lemma_ in _VISITS  # "spoke to N" is a person
    return head.pos_ in ("VERB", "AUX") or head.lemma_ in _VISITS  # "confidence in N" is a person


#: Nouns of going somewhere and of events held somewhere: "a visit to N", "the meeting in N".
_VISITS = frozenset({"visit", "trip", "travel", "journey", "return", "tour", "meeting", "summit", "talks", "conference",
                     "session", "ceremony", "forum"})
