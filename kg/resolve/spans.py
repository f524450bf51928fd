"""Entity spans as the NER and the rulers left them -> cleaned spans with a first type.

Each fix is a habit of news prose the small NER model gets wrong: determiners and honorifics
taken into a name, a name cut short or run on, a title read as an organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, fold
from kg.resolve.classify import Candidate, classify

__all__ = ["entity_candidates"]

_NAME_CHARS = re.compile(r"[^\w\s.'\-\u2019&+]")


def _strip(span: Span, gaz: Gazetteer) -> Span:
    """Drop leading determiners and honorifics, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _strip_honorific(span: Span, gaz: Gazetteer) -> Span:
    """ "Mr Putin" -> "Putin"; "Azerbaijani President Ilham Aliyev" -> "Ilham Aliyev": the NER
    sometimes takes a title or nationality into the name."""
    start = span.start
    doc = span.doc
    skip = set(gaz.lexicon["honorifics"]) | set(gaz.lexicon["title_modifiers"]) | gaz.title_words
    while start < span.end and (
        doc[start].lower_.rstrip(".") in skip or fold(doc[start].text) in gaz.demonyms or doc[start].is_punct
    ):
        start += 1
    return doc[start : span.end]


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
    if end == span.end or doc[end - 1].lower_ not in _NAMED_BODY_HEADS:
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
    i = 0
    while i < len(span) and (fold(span[i].text) in vocab or fold(span[i].text) in gaz.demonyms):
        i += 1
    rest = span[i:]
    heads = gaz.title_words - set(gaz.lexicon["title_modifiers"])
    return 0 < i and 2 <= len(rest) <= 4 and any(fold(t.text) in heads for t in span[:i]) and all(
        t.text[:1].isupper() or t.text == "-" for t in rest
    ) and rest[-1].lower_ not in gaz.lexicon["organisation_heads"]


def _place_as_first_name(ent: Span, gaz: Gazetteer) -> bool:
    doc = ent.doc
    if not ent.id_.startswith(("capital:", "place:", "state:")) or ent.start == 0 or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    before = fold(doc[ent.start - 1].text)
    return (
        len(ent) == 1 and nxt.is_title and nxt.pos_ == "PROPN" and not nxt.ent_id_
        and before in gaz.title_words and before not in set(gaz.lexicon["title_modifiers"])
    )


def _complete_name(span: Span) -> Span:
    """The NER sometimes stops an organisation's name early ("Armed Forces of the" +
    "Philippines"): carry a name that ends in "of", "the", "for" or "and" on over the capitalised
    words that follow."""
    doc = span.doc
    end = span.end
    if doc[end - 1].lower_ not in ("of", "the", "for", "and"):
        return span
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ in ("of", "the", "and")):
        end += 1
    while end > span.end and doc[end - 1].lower_ in ("of", "the", "and"):
        end -= 1
    return Span(doc, span.start, end, label=span.label, span_id=span.id)


def _after_title(span: Span, gaz: Gazetteer) -> bool:
    """A capitalised name right after an office title is a person ("Chancellor Olaf Scholz"),
    whatever label the NER gave it."""
    particles = set(gaz.lexicon["name_particles"])
    if not 2 <= len(span) <= 4 or not all(t.text[:1].isupper() or t.lower_ in particles for t in span if t.is_alpha):
        return False
    before = fold(span.doc[span.start - 1].text) if span.start else ""
    if before == "" and span.start >= 2 and span.doc[span.start - 1].text == ",":
        before = fold(span.doc[span.start - 2].text)  # "Switzerland's U.N. ambassador, Pascale Baeriswyl,"
    if before in gaz.title_words and before not in set(gaz.lexicon["title_modifiers"]):
        return True
    words = [fold(t.text) for t in span.doc[max(0, span.start - 4) : span.start] if not t.is_punct]
    if any(tuple(words[k:]) in gaz.titles for k in range(len(words))):
        return True  # "GCC Secretary-General Jasem Mohamed Albudaiwi"
    # "Olesya Vartanyan, a senior analyst at ...": a title in apposition follows a person
    doc = span.doc
    if span[-1].lower_ in gaz.lexicon["organisation_heads"] or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    i = span.end + 1
    if doc[i].lower_ in ("a", "an", "the"):
        i += 1
    vocab = set(gaz.lexicon["title_modifiers"]) | gaz.title_words
    modifiers = set(gaz.lexicon["title_modifiers"])
    while i < len(doc) and i < span.end + 7 and (
        fold(doc[i].text) in vocab or fold(doc[i].text) in gaz.demonyms
        or doc[i].ent_type_ in ("GPE", "ORG", "NORP") or doc[i].tag_ == "POS"  # "Russia's U.N. ambassador"
    ):
        if fold(doc[i].text) in gaz.title_words and fold(doc[i].text) not in modifiers:
            return True
        i += 1
    return False


def _looks_like_name(span: Span) -> bool:
    text = span.text
    if not text or "\n" in text or "/" in text or "@" in text or _NAME_CHARS.search(text):
        return False
    if not any(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    return not any(t.like_num for t in span)


def entity_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """The document's entity spans, cleaned and classified, in document order."""
    raw: list[Candidate] = []
    particles = set(gaz.lexicon["name_particles"])
    skip_until = 0
    for ent in doc.ents:
        if ent.start < skip_until:
            continue
        span = _strip(ent, gaz)
        if not len(span):
            continue
        label = ent.label_
        ent_id = ent.id
        if _place_as_first_name(ent, gaz):
            # "President Santiago Pena": a place name is someone's first name after a title
            end = ent.end + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            span, label, ent_id = doc[ent.start : end], "PERSON", 0
            skip_until = end
        named_body = _organisation_named_after(span, gaz) if label in ("GPE", "LOC") and ent.id_.startswith(("state:", "place:")) else None
        if named_body is not None:
            first, skip_until = named_body
            while raw and raw[-1].span.end > first:
                raw.pop()
            span, label, ent_id = Span(doc, first, skip_until, label="ORG"), "ORG", 0
        if label in ("ORG", "GPE", "LOC", "FAC", "NORP") and not ent.id_ and _after_title(span, gaz):
            label = "PERSON"
        if label != "PERSON" and not ent.id_ and len(span) >= 2 and span[0].lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "mx", "dr"):
            label = "PERSON"  # "Ms Arslan" read as an organisation: a courtesy title names a person
        if label == "ORG" and not ent.id_ and _titled_name(span, gaz):
            label = "PERSON"  # "Kazakh President Kassym-Jomart Tokayev" read as one organisation
        if label == "ORG" and not ent.id_:
            span = _complete_name(span)
            skip_until = max(skip_until, span.end)
        elif label == "ORG" and ent.id_.startswith("org:") and _longer_local_name(span, gaz) < span.start:
            # "Philippine National" + "Security Council": a national body, not the UN's
            first = _longer_local_name(span, gaz)
            while raw and raw[-1].span.end > first:
                raw.pop()
            span, ent_id = Span(doc, first, span.end, label="ORG"), 0
        elif label == "ORG" and ent.id_.startswith("org:") and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.text[:1].isupper() and nxt.lower_ in gaz.lexicon["organisation_heads"] and not nxt.ent_id_:
                # "African Union Commission", "ECOWAS Commission": a body of a known organisation
                span = Span(doc, span.start, span.end + 1, label="ORG")
                skip_until = max(skip_until, span.end)
                ent_id = 0
        if label == "PERSON" and raw and raw[-1].type == "person" and raw[-1].span.end == span.start:
            # "Mohammed" + "bin Salman", "Mame" + "Mandiaye Niang": two names with nothing
            # between them are one
            previous = raw.pop().span
            span = doc[previous.start : span.end]
        if label == "ORG" and not ent_id and len(span) > 2 and span[-1].lower_ in ("party", "movement") and span[-1].is_lower:
            span = doc[span.start : span.end - 1]  # "Georgian Dream party" is "Georgian Dream"
        span = Span(doc, span.start, span.end, label=label, span_id=ent_id)
        if label == "PERSON":
            span = _strip_honorific(span, gaz)
            start = span.start
            # "Shafqat" + "Ali Khan", "Ana Beatriz" + "Moreira": capitalised words the NER left out
            # right before a name (two at most: names run to four words)
            while len(span) and start > 0 and start > span.end - 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_id_ and doc[start - 1].ent_type_ in ("", "PERSON") and fold(doc[start - 1].text) not in gaz.demonyms \
                    and fold(doc[start - 1].text) not in gaz.title_words and fold(doc[start - 1].text) not in set(gaz.lexicon["title_modifiers"]) \
                    and doc[start - 1].lower_.rstrip(".") not in set(gaz.lexicon["honorifics"]) and span.start - start < 2:
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
            # "Espen Barth" + "Eide": a capitalised word the NER left out right after a name
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_id_ and doc[end].ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP") and len(span) >= 2 and doc[end].ent_iob_ != "I" and (end + 1 >= len(doc) or not doc[end + 1].is_title):
                if fold(doc[end].text) not in gaz.demonyms:
                    end += 1
            skip_until = end
            span = Span(doc, span.start, end, label="PERSON", span_id=ent_id)
        if not span.id_ and not _looks_like_name(span):
            continue
        if fold(span.text) in gaz.ignored:
            continue
        found = classify(span, gaz)
        if found is None:
            continue
        type_, key, label = found
        is_alias = not (span.id_.startswith(("capital:", "seat:")) and type_ == "state")
        raw.append(Candidate(span, type_, key, label, is_alias))

    return raw
