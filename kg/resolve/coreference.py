"""One document's candidates -> one key per real entity: people by their full name, short forms
and acronyms by the long name they stand for, one type for every spelling."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.names import inner_run_of, middle_names_left_out, misspelling
from kg.resolve.classify import Candidate
from kg.resolve.spellings import gazetteer_entry, person_spellings
from kg.resolve.text import fold

__all__ = ["resolve_candidates"]


@dataclass
class _People:
    """The document's people, by the words that name them."""

    full_names: dict[str, str] = field(default_factory=dict)  # folded surname (or inner word) -> folded full name
    labels: dict[str, str] = field(default_factory=dict)  # folded full name -> its longest written form
    given_first: dict[str, str] = field(default_factory=dict)  # "xi" -> "xi jinping"
    spellings: dict[str, str] = field(default_factory=dict)  # "n nazarbayev" -> "nursultan nazarbayev"

    def canonical(self, name: str) -> str:
        """The full name a folded name stands for in this document."""
        seen = {name}
        while name in self.spellings and self.spellings[name] not in seen:
            name = self.spellings[name]
            seen.add(name)
        return name

    def longer_name(self, name: str, particles: set[str]) -> str | None:
        """The one full name of the document that ``name`` (two words or more, read as another
        type) is a compound surname or a shortening of: "Pérez de Ágreda" of "Emilio Pérez de
        Ágreda Záes"."""
        fits = {full for full in self.labels if inner_run_of(name, full, particles=particles) or middle_names_left_out(name, full)}
        return next(iter(fits)) if len(fits) == 1 else None

    def surname(self, word: str) -> str | None:
        """The full name a one-word mention stands for: its surname or inner word, or a surname
        it misspells when only one does ("Shikaliyev" for "... Shikhaliyev")."""
        if word in self.full_names:
            return self.full_names[word]
        close = {n for s, n in self.full_names.items() if misspelling(word, s, min_word=5)}
        return next(iter(close)) if len(close) == 1 else None


def _people(raw: list[Candidate], gaz: Gazetteer) -> _People:
    """A full name (two or more words) is the entity; one-word mentions ("Putin", and names the
    NER mistook for places, "Samorukov") join the full name whose last word they are."""
    people = _People()
    inner: dict[str, set] = {}  # folded middle word -> full names ("Faki" in "Moussa Faki Mahamat")
    firsts: dict[str, set] = {}
    for c in raw:
        words = c.span.text.split()  # "al-Sharif" is one word of a name, whatever the tokenizer says
        if c.type == "person" and len(words) > 1:
            name = fold(c.span.text)
            written = c.span.text.title() if c.span.text.isupper() else c.span.text  # "ANTHONY ALBANESE" in a transcript
            people.labels.setdefault(name, written)
            if len(written) > len(people.labels[name]):
                people.labels[name] = written
            people.full_names.setdefault(fold(words[-1]), name)
            for word in words[1:-1]:
                inner.setdefault(fold(word), set()).add(name)
            first = fold(words[0])  # "Xi" of "Xi Jinping", "Sahle-Work" of "Sahle-Work Zewde"
            firsts.setdefault(first, set()).add(name)
            if " " in first:
                firsts.setdefault(first.split()[0], set()).add(name)  # "Sahle"
    particles = set(gaz.lexicon["name_particles"])
    for word, names in inner.items():
        if len(names) == 1 and word not in people.full_names and word not in particles:
            people.full_names[word] = next(iter(names))
    people.given_first = {w: next(iter(n)) for w, n in firsts.items() if len(n) == 1 and w not in people.full_names}
    counts = Counter(fold(c.span.text) for c in raw if c.type == "person" and len(c.span.text.split()) > 1)
    people.spellings = person_spellings(dict(counts), particles)
    for name, full in people.spellings.items():
        if len(people.labels.get(full, "")) < len(people.labels.get(name, "")) and len(full.split()) == len(name.split()):
            people.labels[full] = people.labels[name]  # "Salman bin Abdulaziz" read as written most
    return people


def _vote_types(raw: list[Candidate], gaz: Gazetteer, full_names: dict[str, str]) -> None:
    """One spelling, one type. A mention whose context marks it as a person or a place (a title,
    a form of address, "in") gives every mention of the spelling its type ("the Chairperson of
    the Commission, Moussa Faki Mahamat," read as an organisation, after "H.E. Moussa Faki
    Mahamat"); otherwise the NER's majority wins ("Essequibo" a place in one sentence and a person
    in the next), places before organisations before people on a tie."""
    votes: dict[str, Counter] = {}
    cues: dict[str, set] = {}
    for c in raw:
        span = c.span
        if c.cue:
            cues.setdefault(fold(span.text), set()).add(c.cue)
        if not span.id_ and c.type != "person" or (c.type == "person" and fold(span.text) not in full_names and len(span.text.split()) == 1):
            votes.setdefault(fold(span.text), Counter())[c.type] += 1
    for c in raw:
        span = c.span
        if span.id_:
            continue
        name = fold(span.text)
        cued = cues.get(name, set())
        tally = votes.get(name)
        if len(cued) == 1:
            best = next(iter(cued))
        elif tally and len(tally) > 1:
            best = max(tally.items(), key=lambda kv: (kv[1], {"place": 2, "organisation": 1}.get(kv[0], 0)))[0]
        else:
            continue
        if best != c.type:
            prefix = {"place": "place", "organisation": "org", "person": "person"}[best]
            c.type = best
            c.key = "" if best == "person" else f"{prefix}:{name if best == 'place' else gaz.canonical_words(span.text)}"


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _of_the_inner_name(span, acronym: str) -> bool:
    """ "the Council of Foreign Ministers of the Economic Cooperation Organization (ECO)": the
    acronym spells the name after the last "of (the)", not the whole, so it is that name's."""
    words = [t.text for t in span]
    cut = max((i for i, w in enumerate(words) if w == "of"), default=None)
    if cut is None or _acronym([w for w in words if w not in ("of", "and", "for", "the", "in")]) == acronym:
        return False
    return _acronym([w for w in words[cut + 1 :] if w not in ("and", "for", "the", "in")]) == acronym


def _acronyms(raw: list[Candidate], doc: Doc) -> dict[str, tuple[str, str]]:
    """Acronyms defined in brackets ("the Foo Bar Council (FBC)") or spelled by a long name's
    initials ("the ISA" after "International Seabed Authority")."""
    acronyms: dict[str, tuple[str, str]] = {}
    for c in raw:
        span = c.span
        after = doc[span.end : span.end + 3]
        if c.type == "organisation" and len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_upper \
                and not _of_the_inner_name(span, after[1].text):
            acronyms.setdefault(after[1].text, (c.key, c.label))  # known or not, the text defines its short form
        if c.type == "organisation" and len(span) >= 3:
            initials = _acronym([t.text for t in span if t.lower_ not in ("of", "and", "for", "the", "in")])
            if len(initials) >= 3:
                acronyms.setdefault(initials, (c.key, c.label))
    return acronyms


def _definitions(raw: list[Candidate], doc: Doc) -> dict[str, list[Candidate]]:
    """Acronyms the text defines in brackets right after an organisation's or a treaty's name
    ("the Canadian International Development Agency (CIDA)") -> every candidate it is defined for."""
    defined: dict[str, list[Candidate]] = {}
    for c in raw:
        after = doc[c.span.end : c.span.end + 3]
        if c.type in ("organisation", "treaty") and len(after) == 3 and after[0].text == "(" and after[2].text == ")" \
                and after[1].is_upper and len(after[1].text) >= 2 and after[1].is_alpha and not _of_the_inner_name(c.span, after[1].text):
            defined.setdefault(after[1].text, []).append(c)
    return defined


def _bracketed(raw: list[Candidate], doc: Doc) -> dict[str, Candidate]:
    """Each acronym the text defines in brackets -> the first name it is defined for."""
    return {acronym: names[0] for acronym, names in _definitions(raw, doc).items()}


def _defined_acronyms(raw: list[Candidate], doc: Doc) -> None:
    """An acronym defined in brackets names what it was defined for wherever it stands, whatever
    the model took it for ("CIDA" read as a person, "TAC" as an organisation of its own)."""
    definitions = _definitions(raw, doc)
    defined = {acronym: names[0] for acronym, names in definitions.items()}
    keys = {acronym: {c.key for c in names} for acronym, names in definitions.items()}  # the keys each is defined for
    for c in raw:
        full = defined.get(c.span.text)
        if full is not None and full is not c and c.cue != "person" and (not c.span.id_ or (
                full.type == "organisation" and c.span.id_.startswith("org:") and (full.span.id_.startswith("org:") or not full.span.id_)
                and len(keys.get(c.span.text, ())) == 1 and _acronym([t.text for t in full.span]) == c.span.text)):
            # (a page that defines "IOC" as the Indian Ocean Commission means that, not the
            # Olympic Committee the gazetteer knows by it)
            c.type, c.key, c.label = full.type, full.key, full.label


def _acronyms_used_alone(raw: list[Candidate], doc: Doc) -> list[Candidate]:
    """An acronym the text defines in brackets after an organisation's name is a mention of it
    wherever it stands alone, though the model tagged it nothing ("the Andean Community (CAN)
    ... The CAN is a community of countries"). Not inside a line of capitals ("WE CAN WIN")."""
    defined = _bracketed(raw, doc)
    if not defined:
        return raw
    covered = {i for c in raw for i in range(c.span.start, c.span.end)}
    added = []
    for token in doc:
        if token.text not in defined or token.i in covered or 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" \
                and doc[token.i + 1].text == ")":
            continue
        neighbours = [t for t in (doc[token.i - 1] if token.i else None, doc[token.i + 1] if token.i + 1 < len(doc) else None)
                      if t is not None and t.is_alpha]
        if any(t.is_upper and len(t) > 1 for t in neighbours):
            continue  # a headline set in capitals
        added.append(Candidate(doc[token.i : token.i + 1], defined[token.text].type, "", token.text))
    return sorted(raw + added, key=lambda c: c.span.start) if added else raw


def _short_forms(raw: list[Candidate], doc: Doc, gaz: Gazetteer, full_names: dict[str, str]) -> None:
    """ "Polisario" after "Polisario Front", "the Commission" after "European Commission",
    "Montreux" after "Montreux Convention": one word standing for a longer name of the document."""
    first_words: dict[str, tuple[str, str]] = {}
    last_words: dict[str, set] = {}
    for c in raw:
        span = c.span
        if c.type == "organisation" and not span.id_ and len(span) > 1 and span[0].text[:1].isupper():
            first_words.setdefault(fold(span[0].text), (c.key, c.label))
    treaty_first_words: dict[str, tuple[str, str]] = {}
    for c in raw:
        span = c.span
        if c.type == "treaty" and len(span.text.split()) == 2 and span[0].is_title and fold(span[0].text) not in gaz.demonyms:
            treaty_first_words.setdefault(fold(span[0].text), (c.key, c.label))
        if c.type == "organisation" and len(span) > 1 and span[-1].lower_ in gaz.lexicon["organisation_heads"]:
            last_words.setdefault(fold(span[-1].text), set()).add((c.key, c.label))
        elif c.type == "organisation" and span.id_ and len(c.label.split()) > 1 and c.label.split()[-1].lower() in gaz.lexicon["organisation_heads"]:
            last_words.setdefault(fold(c.label.split()[-1]), set()).add((c.key, c.label))  # "the Movement" after "NAM"
        of = next((t.i for t in span[1:] if t.lower_ == "of"), None) if c.type == "organisation" else None
        if of is not None and doc[of - 1].lower_ in gaz.lexicon["organisation_heads"]:
            last_words.setdefault(fold(doc[of - 1].text), set()).add((c.key, c.label))  # "the Council" of Europe
    for word, orgs in last_words.items():
        if len(orgs) == 1 and word not in first_words:
            first_words[word] = next(iter(orgs))
        elif word in first_words and first_words[word] not in orgs and any(c.span.id_ for c in raw if (c.key, c.label) in orgs):
            del first_words[word]  # "the Movement" beside NAM and the "Movement for Democratic Change": either
    polities: dict[str, tuple[str, str]] = {}  # "Sardinia" of "the Kingdom of Sardinia", "Korea" of "the Korean Empire"
    for c in raw:
        words = [t for t in c.span if t.lower_ != "the"]
        if c.type != "state" or c.span.id_ or len(words) < 2:
            continue
        if words[1].lower_ == "of" and len(words) > 2:
            polities.setdefault(fold(" ".join(t.text for t in words[2:])), (c.key, c.label))
        elif len(words) == 2 and words[0].text.endswith("n"):
            polities.setdefault(fold(words[0].text[:-1]), (c.key, c.label))
            polities.setdefault(fold(words[0].text[:-2]), (c.key, c.label))
    for c in raw:
        span = c.span
        polity = polities.get(fold(span.text)) if not span.id_ and c.type in ("place", "organisation") else None
        if polity and fold(span.text) not in full_names:
            c.type, c.key, c.label = "state", polity[0], polity[1]
            continue
        short = first_words.get(fold(span.text)) if len(span.text.split()) == 1 and not span.id_ and not c.body else None
        if short and fold(span.text) not in full_names:
            c.type, c.key, c.label = "organisation", short[0], short[1]
        treaty = treaty_first_words.get(fold(span.text)) if len(span) == 1 and not span.id_ and c.type in ("organisation", "place") else None
        if treaty and fold(span.text) not in full_names and not (span.start > 0 and doc[span.start - 1].lower_ in gaz.lexicon["locative_preps"]):
            c.type, c.key, c.label = "treaty", treaty[0], treaty[1]


def _known_longer_names(raw: list[Candidate], doc: Doc, gaz: Gazetteer, full_names: dict[str, str]) -> None:
    """ "the Sahara" after "Western Sahara" or "Spanish Sahara", "the Visegrad countries" after "the
    Visegrad Group": a one-word place or organisation no gazetteer knows that ends the name of the
    one known place, or begins the name of the one known organisation, that the document names in
    more words. A place after a locative preposition stays a place ("the SCO met in Shanghai")."""
    place_ends: dict[str, set] = {}
    org_starts: dict[str, set] = {}
    for c in raw:
        words = c.span.text.split()
        if len(words) < 2 or c.key not in gaz.entries:
            continue
        if c.type == "place":
            place_ends.setdefault(fold(words[-1]), set()).add((c.type, c.key, c.label))
        elif c.type == "organisation" and words[0][:1].isupper():
            org_starts.setdefault(fold(words[0]), set()).add((c.type, c.key, c.label))
    if not place_ends and not org_starts:
        return
    locative = gaz.lexicon["locative_preps"]
    for c in raw:
        span = c.span
        if len(span) != 1 or span.id_ or c.key in gaz.entries or c.type not in ("place", "organisation") \
                or fold(span.text) in full_names or c.body:  # "Georgia's Parliament" is not the Parliament of Latvia
            continue
        word = fold(span.text)
        found = place_ends.get(word, set()) if c.type == "place" else set()
        if not found and not (span.start > 0 and doc[span.start - 1].lower_ in locative):
            found = org_starts.get(word, set())
        if len(found) == 1:
            c.type, c.key, c.label = next(iter(found))


def _known_first_words(raw: list[Candidate], gaz: Gazetteer) -> None:
    """ "the Commonwealth" in a story about the "Commonwealth of Independent States": a known
    one-word name that heads the name of another organisation the document names ("X of ...")
    is that organisation, unless the document also names the one-word name's own entity in full."""
    named: dict[str, set] = {}  # first word -> organisations the document names
    full = set()  # organisations named in more than one word
    for c in raw:
        entry = gaz.entries.get(c.key)
        if entry is None or entry.type != "organisation":
            continue
        if len(c.span.text.split()) > 1:
            full.add(entry.key)
        words = fold(entry.name).split()
        if len(words) > 2 and words[1] == "of":  # the head of "Commonwealth of ...", not "NATO-Russia Council"
            named.setdefault(words[0], set()).add(entry.key)
    for c in raw:
        own = gaz.entries.get(c.key)
        if own is None or own.type != "organisation" or c.key in full or fold(own.name) != fold(c.span.text) or " " in fold(own.name):
            continue  # only a one-word name as its entity's own name: "Commonwealth", not "UN"
        others = named.get(fold(c.span.text), set()) - {c.key}
        if len(others) == 1:
            entry = gaz.entries[next(iter(others))]
            c.type, c.key, c.label = entry.type, entry.key, entry.name


_SAME_NAME = 70  # rapidfuzz ratio at which a long name before a known acronym is another spelling of its name


def _acronym_start(span, acronym: str) -> int | None:
    """Where the long name an acronym in brackets stands for begins, when ``span`` is only its end:
    back over capitalised words whose initials spell the rest of the acronym ("Arab League
    Education, Culture, and" + "Scientific Organization (ALECSO)"); None when the initials do not
    spell it."""
    doc = span.doc
    own = _acronym([t.text for t in span if t.lower_ not in ("of", "and", "for", "the", "in")])
    if not own or not acronym.endswith(own):
        return None
    rest, i = acronym[: len(acronym) - len(own)], span.start
    while rest and i > 0:
        token = doc[i - 1]
        if token.text in (",", "&") or token.lower_ in ("and", "of", "the", "for"):
            i -= 1
        elif token.text[:1] == rest[-1] and token.text[:1].isupper():
            rest, i = rest[:-1], i - 1
        else:
            break
    return None if rest else i


def _known_spellings(raw: list[Candidate], gaz: Gazetteer, full_names: dict[str, str]) -> None:
    """A name the rulers missed that is another spelling of one gazetteer entity ("REPUBLIC OF
    ZIMBABWE", "Portugaol", "East African Communty") is that entity, as is an organisation's name
    followed by a known acronym in brackets ("the Arab League Education, Culture, and Scientific
    Organization (ALECSO)")."""
    for c in raw:
        span = c.span
        after = span.doc[span.end : span.end + 3]
        if c.type in ("organisation", "place") and not span.id_ and not c.body and len(after) == 3 and after[0].text == "(" \
                and after[2].text == ")" and after[1].ent_id_.startswith("org:"):  # ("Pacific States" of a name the model cut at its commas)
            entry = gaz.entries[after[1].ent_id_]  # "... and Scientific Organization (ALECSO)": named by its known acronym
            start = _acronym_start(span, after[1].text)
            if start is None:
                continue  # the acronym names what the name ends with ("the Authority of ... of ECOWAS (ECOWAS)")
            if max(fuzz.ratio(fold(span.doc[start : span.end].text), fold(n)) for n in (entry.name, *entry.aliases)) < _SAME_NAME:
                continue  # "the Arab Parliament (AP)": the text's own short form, not the Associated Press
            for other in raw:  # "Arab League" of "Arab League Education, Culture, and ... (ALECSO)"
                if other is c or start <= other.span.start and other.span.end <= span.start:
                    other.type, other.key, other.label = entry.type, entry.key, entry.name
                    other.alias = False  # a piece of the name, not a name to label it by
            continue
        if span.id_ or c.body or c.cue == "person" or c.type == "person" and (len(span) > 1 or fold(span.text) in full_names):
            continue
        entry = gazetteer_entry(span.text, gaz)
        if entry is not None:
            c.type, c.key, c.label = entry.type, entry.key, entry.name


def _state_bodies(raw: list[Candidate], gaz: Gazetteer) -> None:
    """ "the Sovereignty Council" after "the Sudanese Sovereignty Council": a body named without
    its state is the one body of that name the document gave a state."""
    owned: dict[str, set] = {}
    first_owned: dict[str, int] = {}
    for c in raw:
        if c.body:
            owned.setdefault(c.body, set()).add((c.key, c.label))
            first_owned[c.body] = min(first_owned.get(c.body, c.span.start), c.span.start)
    first_bare: dict[str, Candidate] = {}
    for c in raw:
        if c.type == "organisation" and not c.span.id_ and not c.body:
            name = gaz.canonical_words(c.span.text)
            if name not in first_bare or c.span.start < first_bare[name].span.start:
                first_bare[name] = c
    counts: dict[str, int] = {}  # how often each state is named, counted once when first needed
    for c in raw:
        if c.type != "organisation" or c.span.id_ or c.body:
            continue
        name = gaz.canonical_words(c.span.text)
        found = owned.get(name, ())
        if len(found) != 1:
            continue
        key, label = next(iter(found))
        owner = "state:" + key.rsplit(" of ", 1)[-1]
        bare = first_bare[name].span
        doc, at = bare.doc, first_owned[name]
        titled = at >= 3 and [t.lower_ for t in doc[at - 2 : at]] == ["of", "the"] and fold(doc[at - 3].text) in gaz.title_words
        if bare.start < at and (bare.sent == doc[at].sent and titled
                                or not _most_named(counts := counts or _state_name_counts(raw, gaz), owner)):
            # "Senate President N opened the session in Abuja. ... the Senate of Liberia": named bare first, the text's own
            # (and always when the sentence that names it bare goes on to another's officer of the other state's:
            # "National Assembly Chairwoman N hosted the Vice President of the Armenian National Assembly")
            continue
        if name.split(" of ")[0].split()[-1] in gaz.lexicon["government_heads"] and \
                _states_in_sentence(c, raw, gaz) - {"state:" + key.rsplit(" of ", 1)[-1]}:
            continue  # every state has a "Ministry of Foreign Affairs": beside another state's team it is not this one
        c.key, c.label = key, label


def _state_name_counts(raw: list[Candidate], gaz: Gazetteer) -> dict[str, int]:
    """How often the text names each state, by its name, its nationality ("Sudanese") or its
    capital ("Abuja")."""
    counts: dict[str, int] = {}
    for c in raw:
        if c.type == "state":
            counts[c.key] = counts.get(c.key, 0) + 1
    for t in raw[0].span.doc if raw else ():
        key = gaz.demonyms.get(fold(t.text), "") if t.text[:1].isupper() else ""
        if not key and t.ent_iob_ == "B" and t.ent_id_.startswith("capital:"):
            key = t.ent_id_.split(":", 1)[1]
        if key.startswith("state:"):
            counts[key] = counts.get(key, 0) + 1
    return counts


def _most_named(counts: dict[str, int], state: str) -> bool:
    """Whether ``state`` is named more often than any other state (:func:`_state_name_counts`)."""
    own = counts.get(state, 0)
    return own > 0 and all(n < own for key, n in counts.items() if key != state)


def _states_in_sentence(c: Candidate, raw: list[Candidate], gaz: Gazetteer) -> set[str]:
    """The states the sentence of ``c`` names, by name or nationality ("Bhutanese")."""
    sent = c.span.sent
    found = {other.key for other in raw if other.type == "state" and sent.start <= other.span.start < sent.end}
    found |= {key for t in sent if t.text[:1].isupper() and (key := gaz.demonyms.get(fold(t.text), "")).startswith("state:")}
    return found


def _state_forms(raw: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """ "the Kingdom", "the Sultanate" alone: the state whose formal name is "Kingdom of ..." among
    the states the document names (Saudi Arabia in a story that says "the Kingdom of Saudi Arabia"
    or "Saudi Arabia"), else the only state in the gazetteer with such a name ("the Sultanate" is
    Oman); with several and none named, no entity at all (never an organisation "Kingdom")."""
    forms = set(gaz.lexicon["state_form_nouns"])
    lone = [c for c in raw if not c.span.id_ and c.type in ("organisation", "place", "state") and fold(c.span.text) in forms]
    if not lone:
        return raw
    by_form: dict[str, set[str]] = {}
    for entry in gaz.entries.values():
        if entry.type == "state":
            for alias in entry.aliases:
                head, of, _ = fold(alias).partition(" of ")
                if of and head in forms:
                    by_form.setdefault(head, set()).add(entry.key)
    named = {c.key for c in raw if c.type == "state"}
    dropped = []
    for c in lone:
        options = by_form.get(fold(c.span.text), set())
        found = options & named if len(options & named) == 1 else set(options) if len(options) == 1 else set()
        if len(found) == 1:
            key = found.pop()  # a copy: the options serve every later "the Sultanate" too
            c.type, c.key, c.label = "state", key, gaz.entries[key].name
        else:
            dropped.append(c)
    return [c for c in raw if not any(c is d for d in dropped)]


def _final_keys(raw: list[Candidate], gaz: Gazetteer, people: _People, acronyms: dict[str, tuple[str, str]]) -> None:
    """People's keys from their full names; acronyms' from the names they stand for."""
    particles = set(gaz.lexicon["name_particles"])
    for c in raw:
        span = c.span
        single = len(span.text.split()) == 1
        if c.type in ("place", "organisation") and not span.id_ and single and c.key not in gaz.entries and (
                fold(span.text) in people.full_names or fold(span.text) in people.given_first and span[0].pos_ == "PROPN"
                and fold(span.text) not in gaz.demonyms and c.cue != "place" and span.text not in gaz.capital_forms):
            c.type, c.key, c.label = "person", "", span.text  # "Prasas" after "Ambassador Prasas Prasasvinitchai"
        elif c.type in ("place", "organisation") and not span.id_ and not single and c.key not in gaz.entries and not c.body \
                and span[-1].lower_ not in gaz.lexicon["organisation_heads"] and people.longer_name(fold(span.text), particles):
            c.type, c.key, c.label = "person", "", span.text  # "the Spanish Pérez de Ágreda" read as an organisation
        if c.type == "person" and span.id_:
            pass  # a name the user's alias file defines: its key is fixed
        elif c.type == "person":
            name = people.canonical(fold(span.text))
            if not single and name not in people.labels:
                name = people.longer_name(name, particles) or name
            elif not single and name.split()[0] in particles:  # "Van Rompuy" after "Herman Van Rompuy"
                longer = [full for full in people.labels if full.endswith(" " + name)]
                name = longer[0] if len(longer) == 1 else name
            if single and people.surname(name):
                name = people.canonical(people.surname(name))  # "Iribarne": the full name his shorter ones stand for
            elif single and name in people.given_first:
                name = people.canonical(people.given_first[name])  # "Xi" after "Xi Jinping": surname first
            elif single:
                # A surname never given in full here: the graph joins it to a full name from
                # another document when exactly one person there has it.
                c.key = f"person:~{name}"
                people.labels.setdefault(name, span.text)
            c.key = c.key or f"person:{name}"
            c.label = people.labels.get(name, span.text)
        elif c.type == "organisation" and not span.id_ and span.text in acronyms:
            c.key, c.label = acronyms[span.text]


def _modifiers_only(raw: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Without the regions and seas the document only names as a modifier of a common noun, as
    it names nationalities: "Middle East countries", "joint Gulf action", "the Gulf common
    market" are about countries, action and a market, not about a place. States, cities and
    territories are left alone ("the Kenya office" still names Kenya)."""
    def vague(c: Candidate) -> bool:
        entry = gaz.entries.get(c.key)
        return c.type == "place" and (entry is None and not c.span.id_ or entry is not None and entry.kind in ("region", "sea", "continent"))

    def modifier(c: Candidate) -> bool:
        root = c.span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "African, European and Middle East countries"
        head = root.head
        return root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.is_lower \
            and head.i >= c.span.end and head.lower_ not in territory and head.lemma_ not in territory  # "Jizzakh region" is the place

    territory = set(gaz.lexicon["territory_heads"])
    named = {}
    for c in raw:
        if vague(c):
            named[c.key] = named.get(c.key, True) and modifier(c)
    return [c for c in raw if not named.get(c.key)]


def _generic(raw: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Without the candidates that are a generic word no longer name of the document stood
    behind: a head word alone ("the Council", "the Treaty", "the Summit"), a plural of "state"
    ("its 47 member States"), a point of the compass ("South and North share a destiny"), and a
    capitalised word the tagger reads as a common noun or an adjective wherever the document
    uses it ("Remarks were delivered by", "the Day of Remembrance", an "Invitee") or, read as an
    organisation, as a plural ("attended as Observers"; surnames in -s are plurals to it too).
    A word its context marks as a person's or a place's name stays ("Commissioner Navracsics")."""
    lex = gaz.lexicon
    generic = set(lex["organisation_heads"]) | set(lex["treaty_heads"]) | set(lex["event_heads"]) \
        | set(lex["state_nouns_plural"]) | set(lex["compass_words"])
    lone = [c for c in raw if not c.span.id_ and c.key not in gaz.entries and len(c.span) == 1
            and fold(c.label) == fold(c.span.text)]
    common: dict[str, bool] = {}
    for c in lone:
        token = c.span[0]
        word = token.lower_
        looks_common = token.is_title and not c.cue and (token.tag_ in ("NN", "NNS", "JJ") or token.tag_ == "NNPS" and c.type == "organisation")
        common[word] = common.get(word, True) and (looks_common or word in generic)
    return [c for c in raw if not (c in lone and common[c.span[0].lower_])]


def resolve_candidates(raw: list[Candidate], doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Give every candidate of ``doc`` its document-level type, key and label; the candidates
    that name something are returned."""
    people = _people(raw, gaz)
    _vote_types(raw, gaz, people.full_names)
    _known_spellings(raw, gaz, people.full_names)
    _state_bodies(raw, gaz)
    raw = _state_forms(raw, gaz)
    acronyms = _acronyms(raw, doc)
    raw = _acronyms_used_alone(raw, doc)
    _defined_acronyms(raw, doc)
    _short_forms(raw, doc, gaz, people.full_names)
    _known_first_words(raw, gaz)
    _known_longer_names(raw, doc, gaz, people.full_names)
    _final_keys(raw, gaz, people, acronyms)
    _shared_short_names(raw, gaz)
    return _modifiers_only(_generic(raw, gaz), gaz)


def _shared_short_names(raw: list[Candidate], gaz: Gazetteer) -> None:
    """A short name two states share ("Congo": the Republic of the Congo by default, the
    Democratic Republic when the document names only it in full) is the one the document names."""
    shared = gaz.lexicon["shared_state_names"]
    named = {c.key for c in raw if fold(c.span.text) not in shared}
    for c in raw:
        options = shared.get(fold(c.span.text))
        if not options or c.key != options[0]:
            continue
        others = [k for k in options[1:] if k in named]
        if options[0] not in named and len(others) == 1:
            c.key = others[0]
            c.label = gaz.entries[others[0]].name
