"""Honorifics and courtesy titles around personal names, and the names they announce.

Official prose puts forms of address before a name: "H.E. Mr", "His Highness the Amir Sheikh",
"Her Excellency Dr.", "Datuk Seri", "Amb. Lt. Gen.", "Prof.". They are never part of the name,
and the capitalised words after them are a person's name even where the NER saw none ("H. E. Mr
Rock Marc Christian Kabore, President of Burkina Faso"). The words are kg/data/lexicon.json's
``honorific_phrases``, ``courtesy_titles`` and ``honorifics``; title abbreviations glued to a name
("PM Kobakhidze", "DG Okonjo-Iweala") are its ``title_abbreviations``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.resolve.given_names import is_given_name
from kg.resolve.text import fold, word_hashes

__all__ = ["Words", "colon_titled_names", "dash_titled_names", "surnames_after_titles", "dash_paired_names", "state_paired_names", "honorific_end", "honorific_names", "is_title_only", "title_names", "words_of"]


@dataclass(frozen=True)
class Words:
    """The word lists resolution reads, as sets, built once per gazetteer."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word -> forms of address it begins, longest first
    phrase_words: frozenset[str]  # every word of those forms
    address: frozenset[str]  # one-word forms of address: "mr", "dr", "sheikh", "h.e"
    dotted: frozenset[str]  # forms of address only with their stop: "Eng." (a surname without it)
    capitals: frozenset[str]  # forms of address in capitals, as printed: "HE" (never the pronoun "he")
    lineage: frozenset[str]  # "bin", "ibn": a patronymic follows a given name, never a title
    honorifics: frozenset[str]  # words of address and rank a name may carry: "king", "general"
    abbreviations: frozenset[str]  # title abbreviations, as printed: "PM", "FM", "DG"
    modifiers: frozenset[str]  # title modifiers: "deputy", "foreign"
    titles: frozenset[str]  # words of office titles and their modifiers
    heads: frozenset[str]  # title words that are an office by themselves: "president", "amir"
    plural_heads: frozenset[str]  # those words and their plurals, which may open a list: "Presidents A of X, B of Y"
    particles: frozenset[str]  # "bin", "de", "al"
    person_nouns: frozenset[str]  # nouns for people before a name: "lawyer", "congressmen"
    complements: frozenset[str]  # words completing a title: "extraordinary", "designate"
    principals: frozenset[str]  # titles whose "for" names a principal or a post: "spokesman", "envoy"
    first_words: frozenset[str]  # every word a form of address can start with, and its dotted form


_WORDS: dict[int, tuple[Gazetteer, Words]] = {}


def words_of(gaz: Gazetteer) -> Words:
    """The :class:`Words` of ``gaz`` (computed once per gazetteer object)."""
    cached = _WORDS.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    lex = gaz.lexicon
    ordered = sorted({tuple(p.split()) for p in lex.get("honorific_phrases", ())}, key=lambda w: (-len(w), w))
    phrases: dict[str, list] = {}
    for phrase in ordered:
        phrases.setdefault(phrase[0], []).append(phrase)
    address = frozenset(lex.get("courtesy_titles", ()))
    modifiers = frozenset(lex["title_modifiers"])
    firsts = set(phrases) | address
    words = Words(
        phrases={first: tuple(found) for first, found in phrases.items()},
        phrase_words=frozenset(w for phrase in ordered for w in phrase),
        address=address,
        dotted=frozenset(lex.get("dotted_courtesy_titles", ())),
        capitals=frozenset(lex.get("address_abbreviations", ())),
        lineage=frozenset(lex.get("patronymic_particles", ())),
        honorifics=frozenset(lex["honorifics"]) | address,
        abbreviations=frozenset(lex.get("title_abbreviations", ())),
        modifiers=modifiers,
        titles=modifiers | gaz.title_words,
        heads=gaz.title_words - modifiers,
        plural_heads=frozenset(gaz.title_words - modifiers) | {h + "s" for h in gaz.title_words - modifiers if h.isalpha()},
        particles=frozenset(lex["name_particles"]),
        person_nouns=frozenset(lex.get("person_nouns", ())),
        complements=frozenset(lex.get("title_complements", ())),
        principals=frozenset(w[-1] for w, title in gaz.titles.items() if title.relation in ("spokesperson-for", "ambassador-to")),
        first_words=frozenset(firsts | {w + "." for w in firsts} | {w.lower() for w in lex.get("address_abbreviations", ())}),
    )
    _WORDS[id(gaz)] = (gaz, words)
    return words


#: Forms of address a ruler's title never follows: "Dr. Sultan", "Mr Amir" are given names.
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "eng", "engr"})


def _word(token: Token) -> str:
    return token.lower_.rstrip(".")


def _address_at(doc: Doc, i: int, end: int, words: Words) -> int:
    """The token after a form of address starting at ``i``, or ``i`` when none starts there."""
    phrases = words.phrases.get(_word(doc[i]), ())
    if phrases:
        longest = max(len(phrase) for phrase in phrases)
        ahead = tuple(_word(t) for t in doc[i : min(end, i + longest)])  # each token read once, not once a phrase
        for phrase in phrases:
            if ahead[: len(phrase)] == phrase:
                return i + len(phrase)
    token = doc[i]
    if _word(token) in words.address and not (token.is_upper and len(token.text) > 1 and not token.text.endswith(".")):
        return i + 1  # "Dr" and "Mr", but not "DR Congo"
    if token.text in words.capitals and i + 1 < end and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_upper:
        return i + 1  # "HE President N", "HE Delcy N"
    if _word(token) in words.dotted and (token.text.endswith(".") or i + 1 < end and doc[i + 1].text == "."):
        return i + 1  # "HE Eng. N", not the surname "Eng"
    return i


def honorific_end(doc: Doc, i: int, end: int, words: Words) -> int:
    """Past the forms of address starting at ``i`` and the ranks and titles they run into, with
    stops and "the" between them: "H. E. Mr", "His Highness the Amir Sheikh", "Amb. Lt. Gen.",
    "His Majesty King"."""
    started = courtesy = False
    while i < end:
        after = _address_at(doc, i, end, words)
        if after > i:
            courtesy = _word(doc[after - 1]) in _COURTESY
            i, started = after, True
            continue
        token = doc[i]
        if token.text == "." and started or token.text in words.abbreviations:
            i += 1
        elif courtesy and is_given_name(token.text) and i + 2 < end and all(t.text[:1].isupper() for t in doc[i + 1 : i + 3]):
            break  # "Dr. Sultan Ahmed Al Jaber": after "Dr." a ruler's title is a given name
        elif started and is_given_name(token.text) and i + 2 < end and doc[i + 1].lower_ in words.lineage:
            break  # "H.E. Sultan bin Saad Al N": a ruler's title before "bin" is a given name
        elif started and (_word(token) in words.honorifics or fold(token.text) in words.heads):
            courtesy = False
            i += 1
        elif started and token.lower_ == "the" and i + 1 < end and (
                _address_at(doc, i + 1, end, words) > i + 1 or fold(doc[i + 1].text) in words.heads):
            i += 1
        else:
            break
    return i


def _is_name_word(token: Token) -> bool:
    """ "Kabore", "KOUPAKI", "O'Neill", "N." and "Jr.", but not "U.S", "The" or "Presents"."""
    text = token.text.rstrip(".")
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", token.text) and not token.ent_id_:
        return True  # "L.P." of "Retno L.P. Marsudi": initials written together
    if not text[:1].isupper() or token.is_stop or not all(c.isalpha() or c in "'\u2019" for c in text):
        return False
    if len(text) == 1:
        return token.text.endswith(".")  # an initial
    return any(c.islower() for c in text) or (len(text) >= 3 and not token.text.endswith("."))


def _glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is written against the one before it ("Ching" + "-te", "Mata" + "'afa")."""
    return i > 0 and not doc[i - 1].whitespace_


def name_end(doc: Doc, i: int, words: Words, *, limit: int = 8) -> int:
    """Where the personal name starting at ``i`` ends: capitalised words (``limit`` at most),
    initials, particles ("bin", "de", "al") between them and hyphens inside them, up to a title,
    a known name, punctuation or a lower-case word."""
    end = i
    count = 0
    while end < len(doc) and count < limit:
        token = doc[end]
        if token.ent_id_ or token.is_space:
            break
        folded = fold(token.text)
        if _is_name_word(token) and folded not in words.heads and folded not in words.modifiers:
            end += 1
            count += 1
        elif end > i and token.lower_ in words.particles:
            end += 1  # "bin", "von der", "al-": kept only if a name word follows (below)
        elif end > i and re.fullmatch(r"(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)", token.text) and _is_name_word(doc[end - 1]):
            end += 1  # a regnal number ends the name: "King Abdullah II", "Mustafa III"
            break
        elif end > i and token.text in ("-", "'", "\u2019") and _glued(doc, end) and end + 1 < len(doc) \
                and _glued(doc, end + 1) and doc[end + 1].is_alpha:
            end += 2  # "Akufo-Addo", "Ching-te", "Mata'afa"
        else:
            break
        if "\n" in doc[end - 1].whitespace_:
            break
    while end > i and (doc[end - 1].lower_ in words.particles or doc[end - 1].text in ("-", "'", "\u2019")):
        end -= 1
    return end


def honorific_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(address start, name start, name end) of every name a form of address announces."""
    words = words_of(gaz)
    lower = doc.to_array("LOWER")
    hashes = word_hashes(words.first_words, doc.vocab.strings)
    found = []
    after = 0
    for i in numpy.flatnonzero(numpy.isin(lower, hashes)):
        i = int(i)
        if i < after or i > 0 and doc[i].ent_iob_ == "I" and _is_name_word(doc[i - 1]) and fold(doc[i - 1].text) not in words.titles \
                and _word(doc[i - 1]) not in words.honorifics:
            continue  # "Hassan Sheikh Mohamud": a word of address inside a name is part of it
        if _address_at(doc, i, len(doc), words) == i:
            continue  # "his", "the": the first word of a form of address, but not one here
        start = honorific_end(doc, i, len(doc), words)
        if start < len(doc) and doc[start].text == "," and doc[start - 1].text.endswith(("E", "E.")):
            start += 1  # "H.E, Olusegun Obasanjo"
        end = name_end(doc, start, words)
        if end > start and doc[start].pos_ == "PROPN":
            found.append((i, start, end))
            after = end
    return found


def title_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(title start, name start, name end) of the names an office spelled out with its owner
    announces: "President of Senegal Pierre Ndiaye", "Secretary-General of the United Nations
    Antonio Guterres", an envoy's host too: "Ambassador to India Eric Garcetti", and the name set
    off by a comma: "the Ambassador of Slovenia, Tomaz Matjasec;". The owner must be a name kg knows (a state or an organisation), and two
    name words at least must follow; the NER misses such names when they end a long phrase."""
    words = words_of(gaz)
    found = []
    after = 0
    for i, token in enumerate(doc):
        if i < after or fold(token.text) not in words.heads:
            continue
        lower = not (token.text[:1].isupper() or token.lower_ in gaz.lexicon["posting_nouns"])  # (news writes "US ambassador to India N")
        k, owner, body = i + 1, False, False
        joins = ("of", "the", "to") if token.lower_ in gaz.lexicon["posting_nouns"] else ("of", "the")  # "Ambassador to India N"
        bodies = set(gaz.lexicon["public_body_heads"]) | set(gaz.lexicon["organisation_heads"])
        while k < len(doc) and k - i < 16:
            t = doc[k]
            if t.ent_id_.startswith(("state:", "org:")) and doc[k - 1].lower_ in joins:
                owner = True
                k += 1
                while k < len(doc) and doc[k].ent_iob_ == "I":
                    k += 1
                if body:
                    break  # "Speaker of the Council of the Republic of Belarus N": the name right after the body's state
                continue
            if not owner and t.is_title and not t.ent_id_ and doc[k - 1].lower_ in ("the", "of"):
                # "Speaker of the Federation Council of the Federal Assembly of the Russian Federation N": a
                # body named in capitals (a body's head word among them) up to the state or organisation it is of
                run = k
                while run < len(doc) and run - k < 12 and not doc[run].ent_id_ and (doc[run].is_title or doc[run].lower_ in ("of", "the", "and") or doc[run].tag_ == "POS"):
                    run += 1
                if run < len(doc) and doc[run].ent_id_.startswith(("state:", "org:")) and doc[run - 1].lower_ in joins \
                        and any(w.lower_ in bodies for w in doc[k:run]):
                    body, k = True, run
                    continue
            if fold(t.text) in words.titles or t.lower_ in ("of", "the", "and", "for") or t.lower_ in joins or t.text == "-" or (
                    owner and t.lower_ in gaz.lexicon["public_body_heads"] and doc[k - 1].ent_id_.startswith(("state:", "org:"))):
                k += 1  # "Speaker of the Sri Lanka Parliament N", "Chairman of the EEC Board N": the body, then the name
                continue
            break
        if lower and not body:
            continue  # a title in lower case only before a body named in full: "chairman of the People's Council of X N"
        comma = owner and k + 1 < len(doc) and doc[k].text == ","
        k += comma  # "the Ambassador of Slovenia, Tomaz Matjasec;": the name set off as an apposition
        if not owner or k >= len(doc) or doc[k].ent_id_ or doc[k].pos_ != "PROPN":
            continue
        start = honorific_end(doc, k, len(doc), words)
        end = name_end(doc, start, words, limit=5)
        if comma and end < len(doc) and not (doc[end].is_punct or doc[end].lower_ == "and"):
            continue  # (the apposition must end with the name)
        if end - start >= 2 and doc[start].pos_ == "PROPN" and not any(doc[j].ent_id_ for j in range(start, end)):
            found.append((start if body else i, start, end))  # (a body's name before it stays the NER's to read)
            after = end
    return found


def dash_paired_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(dash, name start, name end) of the names a list pairs with states by a dash, two pairs
    at least in a row: "the ambassadors of Kyrgyzstan - A B, France - C de D and Japan - E F".
    Translated news writes such lists, and the NER takes the names for nothing. One pair alone
    ("Russia - Ukraine talks", "Germany - Hansa Rostock") names no one."""
    words = words_of(gaz)
    dashes = set(gaz.lexicon["list_dashes"])
    gaps = set(gaz.lexicon["list_pair_gaps"])
    pairs = []
    i = 1
    while i + 2 < len(doc):
        state = doc[i - 1]
        if doc[i].text in dashes and doc[i].whitespace_ and state.whitespace_ and state.ent_id_.startswith("state:") \
                and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I"):
            end = name_end(doc, i + 1, words, limit=6)
            if end - (i + 1) >= 2 and (end == len(doc) or doc[end].lower_ in gaps or doc[end].is_punct or doc[end].is_space):
                first = i - 1
                while first > 0 and doc[first - 1].ent_id_ == state.ent_id_:
                    first -= 1
                pairs.append((first, i, i + 1, end))
                i = end
                continue
        i += 1
    found = []
    for k, (first, dash, start, end) in enumerate(pairs):
        joined_before = k > 0 and all(t.lower_ in gaps for t in doc[pairs[k - 1][3] : first])
        joined_after = k + 1 < len(pairs) and all(t.lower_ in gaps for t in doc[end : pairs[k + 1][0]])
        if joined_before or joined_after:
            found.append((dash, start, end))
    return found


def is_title_only(text: str, gaz: Gazetteer) -> bool:
    """A "name" made of forms of address, nationalities and title words only ("Amir", "H.E. Amb",
    "Georgian FM")."""
    words = words_of(gaz)
    tokens = [w for w in text.replace(".", " ").split() if w]
    if not tokens:
        return True
    roles = gaz.lexicon["generic_role_words"]

    def singular(w: str) -> str:  # "Secretaries" -> "secretary", "Ministers" -> "minister"
        w = fold(w)
        return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w

    return all(
        w.lower() in words.honorifics or w in words.abbreviations or fold(w) in words.titles or fold(w) in gaz.demonyms
        or fold(w) in words.complements or fold(w) in roles
        or fold(w) in words.phrase_words or (len(tokens) > 1 and singular(w) in words.titles) for w in tokens
    )


def state_paired_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(name start, name start, name end) of the names a list of people pairs with their states,
    in brackets or after "from": "Presidents A B from Namibia, C D (DRC) and E F (Zambia)". The NER
    reads most items of such a list and misses one; a capitalised name of two to four words is
    taken for a person when it stands in the list beside an item whose name the NER did read as a
    person (two items at least, joined by commas or "and")."""
    words = words_of(gaz)
    items = []  # (name start, name end, after the state, read as a person)
    for k, token in enumerate(doc):
        opening = token.text == "("
        if not (opening or token.lower_ == "from") or k + 1 >= len(doc) or not doc[k + 1].ent_id_.startswith("state:"):
            continue
        after = k + 1
        while after < len(doc) and doc[after].ent_id_ == doc[k + 1].ent_id_:
            after += 1
        if opening and (after >= len(doc) or doc[after].text != ")"):
            continue
        after += opening
        if k > 0 and doc[k - 1].ent_type_ == "PERSON" and not doc[k - 1].ent_id_:
            start = k - 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            items.append((start, k, after, True))
            continue
        start = k
        while start > 0 and k - start < 4 and not doc[start - 1].ent_type_ and _is_name_word(doc[start - 1]) \
                and fold(doc[start - 1].text) not in words.heads and fold(doc[start - 1].text) not in words.modifiers:
            start -= 1
        while start < k and fold(doc[start].text).rstrip("s") in words.heads:
            start += 1  # "Presidents", "Ambassadors": the list's title, not a name
        if k - start >= 2 and all(doc[j].pos_ == "PROPN" for j in range(start, k)):
            items.append((start, k, after, False))
    def joined(first, second) -> bool:  # nothing but commas and "and" between two items
        return all(t.text in (",", ";") or t.lower_ == "and" for t in doc[first[2] : second[0]])

    found = []
    for n, item in enumerate(items):
        before = items[n - 1] if n > 0 else None
        after = items[n + 1] if n + 1 < len(items) else None
        if not item[3] and (before and before[3] and joined(before, item) or after and after[3] and joined(item, after)):
            found.append((item[0], item[0], item[1]))
    return found


def colon_titled_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(line start, name start, name end) of the names a cabinet or protocol list gives one a line
    after an office and a colon: "Minister of Justice: A B C", "Secretary of State for Trade: D E".
    The line must be an office (a head word in it, no verb), and the name (two to five words) must end it;
    the office before the colon names no one ("Minister of Employment and Vocational Training")."""
    words = words_of(gaz)
    found = []
    for c, token in enumerate(doc):
        if token.text != ":" or c + 2 >= len(doc):
            continue
        first = c
        while first > 0 and not (doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_):
            first -= 1
        while first < c and not doc[first].is_alpha:
            first += 1  # a bullet
        if first >= c or not doc[first].text[:1].isupper() or c - first > 12 or not any(fold(t.text) in words.heads for t in doc[first:c]) \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[first:c]):
            continue  # "Health Minister:", "Minister of Justice:"; not "The minister said:"
        start = honorific_end(doc, c + 1, len(doc), words)
        end = name_end(doc, start, words, limit=5)
        closes = end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_ if end > start else False
        if 2 <= end - start and closes and not any(doc[j].ent_id_ for j in range(start, end)):
            found.append((first, start, end))
    return found


def surnames_after_titles(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(title, name, name end) of a surname alone after a capitalised office title that the NER
    took for nothing: "the delegation led by President Niinisto". One proper noun, not a title
    word or a body's head, and no capitalised word after it (a longer name is the NER's)."""
    words = words_of(gaz)
    heads = set(gaz.lexicon["organisation_heads"]) | set(gaz.lexicon["public_body_heads"])
    found = []
    titles = numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), word_hashes(words.heads, doc.vocab.strings)))
    for k in (int(t) + 1 for t in titles if 0 < t + 1 < len(doc) - 1):  # the word after each title word
        title, token, after = doc[k - 1], doc[k], doc[k + 1]
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or not title.is_title \
                or fold(title.text) not in words.heads:
            continue
        if fold(token.text) in words.titles or fold(token.text)[:-1] in words.titles or token.lower_ in heads or len(token) < 2 \
                or token.lower_ in gaz.lexicon["headline_verbs"] \
                or after.is_alpha and (after.is_title or after.is_upper) or after.lower_ == "for" \
                or k >= 2 and doc[k - 2].lower_ in ("the", "a", "an"):
            continue  # not "the President Hotel", "High Commissioners", "King Hassan II", "Minister Responsible for"
        found.append((k - 1, k, k + 1))
    return found


def full_names_after_titles(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(title, name, name end) of a full name right after a capitalised office title that the NER
    took for nothing: "assisted by the Vice-Chairperson A B C (Algeria)". Two to four name words
    that open with a known first name, then punctuation or a lower-case word (a name running on
    into more capitals is no name this pass can vouch for)."""
    words = words_of(gaz)
    found = []
    # (and after a plural title that opens a list: "Presidents A of Bulgaria, B of Germany")
    titles = numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), word_hashes(words.plural_heads, doc.vocab.strings)))
    for k in (int(t) + 1 for t in titles if 0 < t + 1 < len(doc) - 2):
        title, token = doc[k - 1], doc[k]
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or not title.is_title or not is_given_name(token.text):
            continue
        end = name_end(doc, k, words, limit=4)
        if not 2 <= end - k <= 4 or any(doc[j].ent_type_ for j in range(k, end)) or end < len(doc) and not (
                doc[end].is_punct or doc[end].is_lower or doc[end].is_space):
            continue
        found.append((k - 1, k, end))
    return found


def dash_titled_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(dash, name start, name end) of the names a cabinet list gives one a line before a dash and
    the office: "A B - Minister of Defence", "Dr. C D - Minister of Labour". The name (two to four
    words, forms of address before it allowed) must open its line, and the words after the dash
    must begin with an office's head word ("Minister", "Director-General")."""
    words = words_of(gaz)
    found = []
    dashes = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), word_hashes(("-", "\u2013", "\u2014"), doc.vocab.strings)))
    for d in (int(k) for k in dashes if 2 <= k < len(doc) - 1):
        after = d + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc) or fold(doc[after].text) not in words.heads or not doc[after].is_title:
            continue
        first = d
        while first > 0 and not (doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_):
            first -= 1
        start = honorific_end(doc, first, d, words)
        end = name_end(doc, start, words, limit=4)
        if end == d and 2 <= end - start and not any(doc[j].ent_id_ for j in range(start, end)):
            found.append((d, start, end))
    return found
