"""Mentions -> canonical entities within one parsed document.

Each rule here is a habit of news prose:

- a known name, acronym or spelling variant is the gazetteer's entity (Nato = NATO);
- a capital or seat of government acting as an agent stands for its state ("Moscow denies",
  "the Kremlin said"); the same city after a locative preposition stays a place ("in Brussels");
- "Mr Putin" and "Putin" are the document's "Vladimir Putin" once he has been named in full;
- a long name followed by an acronym in brackets defines the acronym ("... Council (NRC)");
- nationality adjectives ("Russian") are not entities: they are looked up by the relation rules;
- words of an office title ("Deputy Secretary of State") are never organisations by themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, fold
from kg.model import Mention

__all__ = ["ResolvedDoc", "resolve_mentions"]

_NAME_CHARS = re.compile(r"[^\w\s.'\-\u2019&+]")


@dataclass
class ResolvedDoc:
    """A parsed document's mentions, indexed by token for the relation rules."""

    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[int, Span] = field(default_factory=dict)  # token index -> the mention's span
    _lower: numpy.ndarray | None = field(default=None, repr=False)

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def span_at(self, token: Token) -> Span | None:
        return self.spans.get(token.i)

    def tokens(self, words) -> list[Token]:
        """The tokens whose lower-case text is one of ``words``, in document order: the rules look
        up their trigger words here rather than walking every token of the document."""
        if self._lower is None:
            self._lower = self.doc.to_array("LOWER")
        strings = self.doc.vocab.strings
        hashes = numpy.array([strings[w] for w in words if w in strings], dtype=self._lower.dtype)
        return [self.doc[int(i)] for i in numpy.flatnonzero(numpy.isin(self._lower, hashes))]


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


def _is_title_words(span: Span, gaz: Gazetteer) -> bool:
    """ "Defense" in "Deputy Defense Minister", "State" in "Secretary of State"."""
    words = set(gaz.lexicon["title_modifiers"]) | gaz.title_words
    if len(span) > 1 and (span[-1].lower_ in gaz.lexicon["government_heads"] or span[-1].lower_ in gaz.lexicon["organisation_heads"]):
        return False  # "the Russian Foreign Ministry" is a body, even if its words make titles
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


def _classify(span: Span, gaz: Gazetteer) -> tuple[str, str, str] | None:
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
    if label == "PERSON":
        return "person", "", span.text  # key assigned by the person clustering below
    if label in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"):
        return None
    text = fold(span.text)
    if text in gaz.demonyms:
        return None
    if label in ("GPE", "LOC", "FAC") and len(span) > 1 and span[-1].lower_ in gaz.lexicon["organisation_heads"]:
        label = "ORG"  # "the Nile Basin Initiative" is an organisation, whatever the NER says
    if label == "ORG":
        if _is_title_words(span, gaz) or all(t.is_lower for t in span if t.is_alpha):
            return None
        return "organisation", f"org:{gaz.canonical_words(span.text)}", span.text
    if label == "GPE":
        return "place", f"place:{text}", span.text
    if label == "LOC":
        return "place", f"place:{text}", span.text
    if label == "FAC":
        if len(span) < 2 or all(t.ent_id_ or fold(t.text) in _known_names(gaz) for t in span):
            return None
        return "place", f"place:{text}", span.text
    if label in ("LAW", "EVENT"):
        heads = set(gaz.lexicon["treaty_heads"])
        if span[-1].lower_ in heads and span[-1].text[:1].isupper() and len(span) > 1:
            return "treaty", f"treaty:{text}", span.text
        return None
    return None


_KNOWN_CACHE: dict[int, frozenset[str]] = {}


def _known_names(gaz: Gazetteer) -> frozenset[str]:
    names = _KNOWN_CACHE.get(id(gaz))
    if names is None:
        names = frozenset(fold(n) for e in gaz.entries.values() for n in (e.name, *e.aliases))
        _KNOWN_CACHE[id(gaz)] = names
    return names


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def resolve_mentions(doc: Doc, gaz: Gazetteer, *, document: str = "") -> ResolvedDoc:
    """Find the document's entity mentions and give each its canonical key and label."""
    resolved = ResolvedDoc(doc)
    raw: list[tuple[Span, str, str, str, bool]] = []  # span, type, key, label, is_alias
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
            while raw and raw[-1][0].end > first:
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
            while raw and raw[-1][0].end > first:
                raw.pop()
            span, ent_id = Span(doc, first, span.end, label="ORG"), 0
        elif label == "ORG" and ent.id_.startswith("org:") and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.text[:1].isupper() and nxt.lower_ in gaz.lexicon["organisation_heads"] and not nxt.ent_id_:
                # "African Union Commission", "ECOWAS Commission": a body of a known organisation
                span = Span(doc, span.start, span.end + 1, label="ORG")
                skip_until = max(skip_until, span.end)
                ent_id = 0
        if label == "PERSON" and raw and raw[-1][1] == "person" and raw[-1][0].end == span.start:
            # "Mohammed" + "bin Salman", "Mame" + "Mandiaye Niang": two names with nothing
            # between them are one
            previous = raw.pop()[0]
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
        found = _classify(span, gaz)
        if found is None:
            continue
        type_, key, label = found
        is_alias = not (span.id_.startswith(("capital:", "seat:")) and type_ == "state")
        raw.append((span, type_, key, label, is_alias))

    # People: a full name (two or more words) is the entity; one-word mentions ("Putin", and
    # names the NER mistook for places, "Samorukov") join the full name whose last word they are.
    full_names: dict[str, str] = {}  # folded surname -> folded full name
    labels: dict[str, str] = {}
    inner: dict[str, set] = {}  # folded middle word -> full names ("Faki" in "Moussa Faki Mahamat")
    firsts: dict[str, set] = {}
    for span, type_, _, label, _ in raw:
        words = span.text.split()  # "al-Sharif" is one word of a name, whatever the tokenizer says
        if type_ == "person" and len(words) > 1:
            name = fold(span.text)
            labels.setdefault(name, span.text)
            if len(span.text) > len(labels[name]):
                labels[name] = span.text
            full_names.setdefault(fold(words[-1]), name)
            for word in words[1:-1]:
                inner.setdefault(fold(word), set()).add(name)
            if len(words) == 2:
                firsts.setdefault(fold(words[0]), set()).add(name)
    for word, names in inner.items():
        if len(names) == 1 and word not in full_names and word not in set(gaz.lexicon["name_particles"]):
            full_names[word] = next(iter(names))
    given_first = {w: next(iter(n)) for w, n in firsts.items() if len(n) == 1 and w not in full_names}

    # One spelling, one type: the NER may call the same unknown name a place in one sentence and
    # a person or organisation in the next ("Essequibo"); the majority wins, places before
    # organisations before people on a tie.
    votes: dict[str, Counter] = {}
    for span, type_, _, _, _ in raw:
        if not span.id_ and type_ != "person" or (type_ == "person" and fold(span.text) not in full_names and len(span.text.split()) == 1):
            votes.setdefault(fold(span.text), Counter())[type_] += 1
    for n, (span, type_, key, label, is_alias) in enumerate(raw):
        tally = votes.get(fold(span.text))
        if tally and len(tally) > 1 and not span.id_:
            best = max(tally.items(), key=lambda kv: (kv[1], {"place": 2, "organisation": 1}.get(kv[0], 0)))[0]
            if best != type_:
                prefix = {"place": "place", "organisation": "org", "person": "person"}[best]
                key = "" if best == "person" else f"{prefix}:{fold(span.text) if best == 'place' else gaz.canonical_words(span.text)}"
                raw[n] = (span, best, key, label, is_alias)
    # Acronyms defined in brackets: "the Foo Bar Council (FBC)".
    acronyms: dict[str, tuple[str, str]] = {}
    for span, type_, key, label, _ in raw:
        after = doc[span.end : span.end + 3]
        if type_ == "organisation" and len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_upper:
            acronyms.setdefault(after[1].text, (key, label))  # known or not, the text defines its short form
        if type_ == "organisation" and len(span) >= 3:  # "the ISA" after "International Seabed Authority"
            initials = _acronym([t.text for t in span if t.lower_ not in ("of", "and", "for", "the", "in")])
            if len(initials) >= 3:
                acronyms.setdefault(initials, (key, label))

    # "Polisario" after "Polisario Front": a one-word short form of a longer organisation name
    first_words: dict[str, tuple[str, str]] = {}
    last_words: dict[str, set] = {}
    for span, type_, key, label, _ in raw:
        if type_ == "organisation" and not span.id_ and len(span) > 1 and span[0].text[:1].isupper():
            first_words.setdefault(fold(span[0].text), (key, label))
    treaty_first_words: dict[str, tuple[str, str]] = {}  # "Montreux" after "Montreux Convention"
    for span, type_, key, label, _ in raw:
        if type_ == "treaty" and len(span.text.split()) == 2 and span[0].is_title and fold(span[0].text) not in gaz.demonyms:
            treaty_first_words.setdefault(fold(span[0].text), (key, label))
        if type_ == "organisation" and len(span) > 1 and span[-1].lower_ in gaz.lexicon["organisation_heads"]:
            last_words.setdefault(fold(span[-1].text), set()).add((key, label))
        of = next((t.i for t in span[1:] if t.lower_ == "of"), None) if type_ == "organisation" else None
        if of is not None and doc[of - 1].lower_ in gaz.lexicon["organisation_heads"]:
            last_words.setdefault(fold(doc[of - 1].text), set()).add((key, label))  # "the Council" of Europe
    for word, orgs in last_words.items():
        if len(orgs) == 1 and word not in first_words:  # "the Commission" after "European Commission"
            first_words[word] = next(iter(orgs))
    for n, (span, type_, key, label, is_alias) in enumerate(raw):
        short = first_words.get(fold(span.text)) if len(span.text.split()) == 1 and not span.id_ else None
        if short and fold(span.text) not in full_names:
            raw[n] = (span, "organisation", short[0], short[1], is_alias)
        treaty = treaty_first_words.get(fold(span.text)) if len(span) == 1 and not span.id_ and type_ in ("organisation", "place") else None
        if treaty and fold(span.text) not in full_names and not (span.start > 0 and doc[span.start - 1].lower_ in gaz.lexicon["locative_preps"]):
            raw[n] = (span, "treaty", treaty[0], treaty[1], is_alias)

    for span, type_, key, label, is_alias in raw:
        single = len(span.text.split()) == 1
        if type_ in ("place", "organisation") and not span.id_ and single:
            surname_of = full_names.get(fold(span.text))
            if surname_of:
                type_, key, label = "person", "", span.text
        if type_ == "person" and span.id_:
            pass  # a name the user's alias file defines: its key is fixed
        elif type_ == "person":
            name = fold(span.text)
            if single and name in full_names:
                name = full_names[name]
            elif single and name in given_first:
                name = given_first[name]  # "Xi" after "Xi Jinping": surname first
            elif single:
                # A surname never given in full here: the graph joins it to a full name from
                # another document when exactly one person there has it.
                key = f"person:~{name}"
                labels.setdefault(name, span.text)
            key = key or f"person:{name}"
            label = labels.get(name, span.text)
        elif type_ == "organisation" and not span.id_ and span.text in acronyms:
            key, label = acronyms[span.text]
        mention = Mention(
            key=key,
            label=label,
            type=type_,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            alias=is_alias,
        )
        resolved.mentions.append(mention)
        for token in span:
            resolved.by_token[token.i] = mention
            resolved.spans[token.i] = span
    return resolved
