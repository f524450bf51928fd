"""Reading office titles: which title ends here, whose office it is, and titles without an owner.

"Estonian defence minister", "the United States' envoy", "Kremlin spokesman", "the Chinese
Foreign Ministry's spokeswoman": a title (``kg/data/titles.jsonl``) and the state or organisation
before it. The rules that turn titles into relations are in :mod:`kg.relations.offices`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.gazetteer import fold
from kg.relations.context import Context, is_possessive

__all__ = ["base_title", "government_of", "honorific_end", "honorific_start", "is_title_word", "owner_after", "owner_before", "ownerless_title",
           "two_word_nationality",
           "skip_government_words", "title_at", "title_start"]


def is_title_word(ctx: Context, token: Token) -> bool:
    """A word that may stand in an office title ("deputy", "foreign", "minister"), and the
    preposition of a hyphenated one ("Chairman-in-Office", "Ambassador-at-Large")."""
    if token.lower_ in ("in", "at") and 0 < token.i < len(token.doc) - 1:
        return token.doc[token.i - 1].text == "-" == token.doc[token.i + 1].text
    return fold(token.text) in ctx.title_vocab


def title_start(ctx: Context, end: int) -> int:
    """Where the title words running back from ``end`` begin (no mention among them)."""
    doc, i = ctx.doc, end
    while i > 0 and (is_title_word(ctx, doc[i - 1]) or doc[i - 1].text == "-") and (i - 1) not in ctx.rdoc.by_token:
        i -= 1
    return i


def owner_before(ctx: Context, index: int) -> tuple[str, str] | None:
    """The title's owner right before position ``index``: an entity ("Nato", "the United
    States'") or a nationality adjective ("Estonian")."""
    doc, rdoc = ctx.doc, ctx.rdoc
    i = index - 1
    if i >= 0 and is_possessive(doc[i]):
        i -= 1
    if i < 0:
        return None
    m = rdoc.by_token.get(i)
    if m is not None and m.type in ("state", "organisation", "person"):
        k = rdoc.spans[i].start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        if k >= 0 and doc[k].lower_ == "to" and index < len(doc) and doc[index].lower_ in ("and", "&"):
            return None  # "Ambassador to Egypt and Permanent Representative to the League": Egypt is the host, no owner
        return government_of(ctx, i) or (m.key, m.type)
    if doc[i].lower_ in ("his", "her") and doc[i].dep_ == "poss":
        # "Guterres was disappointed, his spokesman Stephane Dujarric said"
        person = ctx.antecedent(doc[i])
        return (person.key, "person") if person is not None else None
    if doc[i].ent_id_.startswith(("seat:", "capital:")):
        # "Kremlin spokesman", "Washington envoy": the seat of government modifies the title
        return (doc[i].ent_id_.split(":", 1)[1], "state")
    if i > 0 and (state := two_word_nationality(ctx, i - 1)):
        return (state, "state")
    state = ctx.demonyms.get(fold(doc[i].text))
    if state and doc[i].text[:1].isupper():
        if i > 0 and (fold(doc[i - 1].text) in ctx.demonyms or doc[i - 1].lower_ == "ethnic"):
            return None  # "Bosnian Serb leader", "ethnic Albanian": a people, not a state
        return (state, "state")
    return None


def two_word_nationality(ctx: Context, first: int) -> str | None:
    """The state of a nationality of two words from ``first`` ("South Korean", "West German"), or None."""
    doc = ctx.doc
    return ctx.demonyms.get(fold(doc[first : first + 2].text)) if first + 1 < len(doc) and doc[first].is_title else None


def owner_after(ctx: Context, end: int) -> bool:
    """A state or an organisation named right after the name ending at ``end``, by "of (the)":
    "President Yoweri Museveni of Uganda" carries its own owner."""
    doc = ctx.doc
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    m = ctx.rdoc.by_token.get(k) if end < len(doc) and doc[end].lower_ == "of" else None
    return m is not None and m.type in ("state", "organisation")


def skip_government_words(ctx: Context, i: int) -> int:
    """Past "'s Foreign Ministry" or "government's" after a state: the state's own bodies."""
    doc, lex, gaz = ctx.doc, ctx.lex, ctx.gaz
    j = i + (1 if i < len(doc) and is_possessive(doc[i]) else 0)
    k = j
    while k < len(doc) and (fold(doc[k].text) in ctx.title_vocab or doc[k].lower_ in lex["government_heads"]) and not (
        fold(doc[k].text) in gaz.title_words and fold(doc[k].text) not in lex["title_modifiers"]
    ):
        k += 1
    if k > j and k < len(doc) and any(t.lower_ in lex["government_heads"] for t in doc[j:k]):
        return k + (1 if is_possessive(doc[k]) else 0)
    return j if j > i and k == j else i if j == i else j


def base_title(role: str) -> str:
    """ "minister of state for foreign affairs" -> "minister of state"; the office without its portfolio."""
    for sep in (" for ", " of "):
        if sep in role and not role.startswith(("secretary of state", "minister of state")):
            role = role.split(sep)[0]
    return role


def honorific_end(ctx: Context, i: int, end: int) -> int:
    """Past honorifics and courtesy titles at ``i`` ("H.E.", "His Excellency", "Dr.", "Amb."), and
    the capitalised "HE" before a capitalised word (never the pronoun)."""
    words = ctx.bare_words
    phrases = ctx.knowledge.honorifics_by_first
    courtesy = ctx.lex["courtesy_titles"]
    while i < end:
        word = words[i]
        for phrase in phrases.get(word, ()):
            n = len(phrase)
            if i + n <= end and all(words[i + k] == w for k, w in enumerate(phrase)):
                i += n
                break
        else:
            if word in courtesy or (word == "" and i > 0 and ctx.doc[i].text == "." and _abbreviation(ctx, i - 1)) \
                    or word in ctx.lex["dotted_courtesy_titles"] and (
                    ctx.doc[i].text.endswith(".") or i + 1 < end and ctx.doc[i + 1].text == ".") or (
                    ctx.doc[i].text in ctx.lex["address_abbreviations"] and i + 1 < end and ctx.doc[i + 1].text[:1].isupper() and not ctx.doc[i + 1].is_upper):
                i += 1
                continue
            return i
    return i


def _abbreviation(ctx: Context, k: int) -> bool:
    """Is the token at ``k`` one a stop after it abbreviates ("Dr", "Amb", "H.E", an initial)? A
    sentence's last word is not: "... as Minister of Health. N said" gives N no title."""
    word, text = ctx.bare_words[k], ctx.doc[k].text
    return word in ctx.lex["courtesy_titles"] or word in ctx.lex["dotted_courtesy_titles"] or "." in text \
        or len(text) == 1 and text.isupper()


def honorific_start(ctx: Context, start: int) -> int:
    """Where the honorifics right before a name begin ("Deputy Prime Minister Sayyid N": at "Sayyid")."""
    i = start
    while i > 0 and honorific_end(ctx, i - 1, start) == start:
        i -= 1
    return i


def government_of(ctx: Context, index: int) -> tuple[str, str] | None:
    """ "the Chinese Foreign Ministry", "the Russian government": a state's own ministry or
    government speaks for the state."""
    rdoc = ctx.rdoc
    span = rdoc.spans.get(index)
    m = rdoc.by_token.get(index)
    if span is None or m is None or m.type != "organisation" or m.key in ctx.gaz.entries:
        return None
    state = ctx.demonyms.get(fold(span[0].text))
    if state is None and span.start > 0:  # "Iranian" + "Foreign Ministry"
        state = ctx.demonyms.get(fold(rdoc.doc[span.start - 1].text))
    if state and span[-1].lower_ in ctx.lex["government_heads"]:
        return (state, "state")
    return None


def title_at(ctx: Context, tokens: list[Token]):
    """(relation, role) when ``tokens`` end in a known title ("deputy foreign minister")."""
    gaz = ctx.gaz
    words = [fold(t.text) for t in tokens if not t.is_punct]
    words = [w for w in words if w]
    while words and words[0] in ("of", "and"):
        words.pop(0)
    for size in range(min(len(words), 5), 0, -1):
        title = gaz.titles.get(tuple(words[-size:]))
        if title:
            british = {a: b for b, a in gaz.spelling.items()}  # one spelling per office
            role = " ".join(british.get(w, w) for w in words).replace("secretary general", "secretary-general")
            return title.relation, role
    return None


def ownerless_title(ctx: Context, span: Span):
    """The office title a person carries without saying whose: before the name ("Deputy
    Foreign Minister Alexander Grushko") or in apposition ("Kazem Gharibabadi, a deputy
    foreign minister,"). None when the title names its owner."""
    doc, rdoc = ctx.doc, ctx.rdoc
    name_start = honorific_start(ctx, span.start)
    j = title_start(ctx, name_start)
    while j < name_start and doc[j].lower_ in ("and", "&"):
        j += 1  # "A and Economy Secretary B": a list, not a title that runs on from A
    title = title_at(ctx, list(doc[j:name_start])) if j < name_start else None
    has_owner = owner_before(ctx, j) is not None or (j >= 2 and is_possessive(doc[j - 1])) or (j - 1) in rdoc.by_token
    if title and not has_owner and not ctx.blocked(j):
        return title
    if title is None and span.end + 2 < len(doc) and doc[span.end].text == ",":
        k = span.end + 1 + (doc[span.end + 1].lower_ in ("a", "an"))
        e = k
        while e < len(doc) and fold(doc[e].text) in ctx.title_vocab and e not in rdoc.by_token:
            e += 1
        if e > k and e < len(doc) and doc[e].is_punct and not ctx.blocked(k):
            return title_at(ctx, list(doc[k:e]))
    return None
