"""A cleaned entity span -> its type, key and label (or nothing: not a graph entity)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.resolve.given_names import is_given_name, person_shaped
from kg.resolve.spellings import forms_of
from kg.resolve.text import fold

__all__ = ["Candidate", "body_head", "classify", "known_names", "possessing_state", "state_body"]


@dataclass
class Candidate:
    """A mention being resolved: its span and, as the document-level passes decide, its type,
    key and label. ``alias`` is False for a metonym ("Moscow" for Russia)."""

    span: Span
    type: str
    key: str
    label: str
    alias: bool = True
    cue: str = ""  # "person" or "place" when the context, not only the NER, gives the type
    body: str = ""  # a state's body without its state ("parliament" of "Georgian Parliament")


def body_head(span: Span):
    """The head word of a name: the word before its first "of" or "for" ("Ministry" of Foreign
    Affairs, "Office" for Kosovo), else its last word ("Foreign Ministry")."""
    of = next((t.i for t in span[1:] if t.lower_ in ("of", "for")), None)
    return span.doc[of - 1] if of is not None else span[-1]


def state_body(span: Span, gaz: Gazetteer) -> tuple[str, str] | None:
    """(body, state id) of a state's public body named with its state: "Georgian Parliament" and
    "Parliament of Georgia" are ("parliament", "georgia"), as is "the Ministry of Foreign
    Affairs" followed by "of the Republic of Kenya" ("ministry of foreign affairs", "kenya")."""
    doc = span.doc
    heads = gaz.lexicon["public_body_heads"]
    owner = possessing_state(span)
    if owner is not None and (body_head(span).lower_ in heads or body_head(span).lower_ in gaz.lexicon["government_heads"]):
        return _body_words(span.text, gaz), owner[0].split(":", 1)[1]  # "Nepal's Parliament"
    if len(span) < 2 and not (span.end + 1 < len(doc) and doc[span.end].lower_ == "of"):
        return None
    state = None
    body = span
    first = fold(span[0].text)
    two = fold(span[:2].text) if len(span) > 2 else ""
    named = span[0].ent_id_ if span[0].ent_id_.startswith("state:") else ""
    if first in gaz.demonyms and len(span) > 1 and gaz.demonyms[first].startswith("state:"):
        state, body = gaz.demonyms[first], span[1:]
    elif two in gaz.demonyms and gaz.demonyms[two].startswith("state:"):
        state, body = gaz.demonyms[two], span[2:]  # "the Sri Lankan Parliament"
    elif named and len(span) > 1:  # "the Singapore Ministry of Foreign Affairs": the state's name before its body
        k = 1
        while k < len(span) and span[k].ent_id_ == named and span[k].ent_iob_ == "I":
            k += 1
        state, body = named, span[k:]
    else:
        # the first "of" the name of a state follows: "Department of Foreign Affairs and Trade" +
        # "of the Commonwealth of Australia"
        for of in (t.i for t in span[1:] if t.lower_ == "of"):
            entry = _state_named(doc[of + 1 : span.end].text, gaz)
            if entry is not None:
                state, body = entry, doc[span.start : of]
                break
        if state is None and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            i = span.end + 1 + (doc[span.end + 1].lower_ == "the")
            if i < len(doc) and doc[i].ent_id_.startswith("state:"):
                state = doc[i].ent_id_
    if state is None or not len(body) or (body_head(body).lower_ not in heads and body_head(body).lower_ not in gaz.lexicon["government_heads"]):
        return None
    return _body_words(body.text, gaz), state.split(":", 1)[1]


def _body_words(text: str, gaz: Gazetteer) -> str:
    """A body's name in canonical words, "government" for a state's government under a plain
    modifier ("the Royal Government of Bhutan", "the Federal Government of Nigeria"; not "the
    Transitional Federal Government")."""
    words = gaz.canonical_words(text)
    *modifiers, head = words.split() or [""]
    return "government" if head == "government" and all(w in gaz.lexicon["state_government_modifiers"] for w in modifiers) else words


def possessing_state(span: Span) -> tuple[str, int] | None:
    """(state id, where its name starts) of a state named in the possessive right before
    ``span``: "Nepal's" + "Parliament", "Sri Lanka's" + "Foreign Ministry"."""
    doc, k = span.doc, span.start - 1
    if k < 1 or doc[k].tag_ != "POS" or not doc[k - 1].ent_id_.startswith("state:"):
        return None
    state, i = doc[k - 1].ent_id_, k - 1
    while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_id_ == state:
        i -= 1
    return state, i


def _state_named(text: str, gaz: Gazetteer) -> str | None:
    key = forms_of(gaz).by_form.get(gaz.canonical_words(text))
    return key if key and key.startswith("state:") else None


def _is_title_words(span: Span, gaz: Gazetteer) -> bool:
    """ "Defense" in "Deputy Defense Minister", "State" in "Secretary of State"."""
    words = set(gaz.lexicon["title_modifiers"]) | gaz.title_words
    head = body_head(span)
    if len(span) > 1 and (head.lower_ in gaz.lexicon["government_heads"] or head.lower_ in gaz.lexicon["organisation_heads"]):
        return False  # "the Russian Foreign Ministry", "Ministry of Foreign Affairs": bodies, even if their words make titles
    return all(fold(t.text) in words or t.is_punct or (i == 0 and fold(t.text) in gaz.demonyms) for i, t in enumerate(span))



def _metonym_is_agent(span: Span, gaz: Gazetteer) -> bool:
    """Does a capital or seat of government act for its state here?

    Subjects, agents of passives, possessors and sources of statements ("according to
    Washington") are the government; after a locative preposition the city is a place.
    """
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "Moscow and Beijing said": the conjuncts share the first one's role
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.dep_ == "agent" or prep.lower_ == "by":
            return True
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        return prep.lower_ in ("for", "with", "against", "between")
    return False


def _polity(span: Span, gaz: Gazetteer) -> bool:
    """A name no gazetteer knows with the shape of a state's: "Kingdom of X", "Sultanate of X",
    "X Empire" (kg/data lexicon ``polity_heads``), the names after its head capitalised."""
    words = [t for t in span if t.lower_ != "the"]
    heads = gaz.lexicon["polity_heads"]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in words):
        return False
    if words[0].lower_ in heads and words[1].lower_ == "of" and len(words) > 2:
        return True  # "Kingdom of Sardinia", "Emirate of Bukhara"
    return words[-1].lower_ in heads and words[-2].lower_ != "of" and words[0].lower_ not in heads  # "Korean Empire"


def classify(span: Span, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """(type, key, label) for an entity span, or None when it is not a graph entity."""
    label = span.label_
    ent_id = span.id_
    if ent_id:
        prefix, _, state = ent_id.partition(":")
        if prefix in ("capital", "seat"):
            state_key = ent_id.split(":", 1)[1]
            if _metonym_is_agent(span, gaz):
                entry = gaz.entries[state_key]
                return "state", state_key, entry.name
            if prefix == "seat":
                return None  # "at the Kremlin": a building, not an actor or a region of interest
            return "place", f"place:{fold(span.text)}", gaz.capital_names.get(fold(span.text), span.text)
        entry = gaz.entries.get(ent_id)
        if entry is None:
            return None
        return entry.type, entry.key, entry.name
    if label == "PERSON" and len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in gaz.lexicon["person_span_organisation_heads"]:
        label = "ORG"  # "Public Radio", "Tasnim News Agency" read as a person's name: no one is called that
    elif label == "PERSON" and len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in gaz.lexicon["person_span_place_heads"] \
            and not is_given_name(span[0].text):
        return "place", f"place:{fold(span.text)}", span.text  # "Walvis Bay" read as a person's name (not "Michael Bay")
    elif label == "PERSON":
        return "person", "", span.text  # key assigned by the person clustering below
    if label in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"):
        return None
    doc = span.doc
    if len(span) == 1 and span.text.isupper() and span.text.lower() in gaz.lexicon["postnominal_letters"] and span.start > 0 \
            and doc[span.start - 1].is_title and doc[span.start - 1].is_alpha and (span.end >= len(doc) or doc[span.end].is_punct):
        return None  # "Patricia Scotland KC", "Jane Doe OBE": honours after a name, no organisation
    text = fold(span.text)
    if text in gaz.demonyms or text in gaz.lexicon["group_adjectives"]:
        return None  # "Kenyan"; "Turkic" of "Turkic countries", "Nordic" of "the Nordic states"
    if label in ("GPE", "LOC", "ORG") and _polity(span, gaz):
        return "state", f"state:{text}", span.text  # "the Kingdom of Sardinia", "the Korean Empire": a state of its time
    if label in ("GPE", "LOC", "FAC") and len(span) > 1 and span[-1].lower_ in gaz.lexicon["organisation_heads"]:
        label = "ORG"  # "the Nile Basin Initiative" is an organisation, whatever the NER says
    if label in ("ORG", "WORK_OF_ART", "PRODUCT") and len(span) > 1 and span[-1].lower_ in gaz.lexicon["treaty_heads"] \
            and span[-1].text[:1].isupper() and span[-1].lower_ not in gaz.lexicon["organisation_heads"]:
        label = "LAW"  # "the Nagoya Protocol", "the Paris Agreement": a treaty, whatever the NER says
    if label == "ORG" and person_shaped(span, gaz, known_names(gaz)):
        return "person", "", span.text  # "Claudia Sheinbaum" read as an organisation (not places: "Chiang Rai", "Santiago de Compostela")
    if label == "ORG":
        if _is_title_words(span, gaz) or all(t.is_lower for t in span if t.is_alpha):
            return None
        return "organisation", f"org:{gaz.canonical_words(span.text)}", span.text
    if label == "GPE":
        return "place", f"place:{text}", span.text
    if label == "LOC":
        return "place", f"place:{text}", span.text
    if label == "FAC":
        if len(span) < 2 or all(t.ent_id_ or fold(t.text) in known_names(gaz) for t in span):
            return None
        return "place", f"place:{text}", span.text
    if label in ("LAW", "EVENT"):
        heads = set(gaz.lexicon["treaty_heads"])
        on = next((t.i for t in span[1:-1] if t.text == "on"), None)
        head = span[-1] if span[-1].lower_ in heads else span.doc[on - 1] if on is not None and span.doc[on - 1].lower_ in heads \
            else body_head(span)  # "... Accord", "(Comprehensive) Agreement on Investment", "Treaty of Paris"
        if head.lower_ in heads and head.text[:1].isupper() and len(span) > 1:
            return "treaty", f"treaty:{text}", span.text
        return None
    return None


_KNOWN_CACHE: dict[int, frozenset[str]] = {}


def known_names(gaz: Gazetteer) -> frozenset[str]:
    names = _KNOWN_CACHE.get(id(gaz))
    if names is None:
        names = frozenset(fold(n) for e in gaz.entries.values() for n in (e.name, *e.aliases))
        _KNOWN_CACHE[id(gaz)] = names
    return names

