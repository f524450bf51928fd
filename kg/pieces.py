"""A document too long to parse at once, read piece by piece.

spaCy's working memory follows the length of what it parses at once (about 15 KB a token with
en_core_web_sm), and some readings of a document look at all of its names, so one long report or a
transcript without paragraph breaks would set a build's memory and time. A text longer than
:data:`PIECE_CHARS` is cut at paragraph breaks (else at line breaks, sentence ends or spaces,
:func:`text_pieces`); each piece is parsed, resolved and read by the rules on its own, and only
what spans pieces is kept:

- for the rules, :class:`~kg.relations.context.EarlierPieces`: the organisations and treaties
  named so far ("the bloc" at the start of a piece), the counts behind the article's home state,
  the memberships the document says ended;
- for resolution, the names themselves: once every piece is read, :func:`merged_extraction` gives
  a surname the person the document names in full elsewhere ("Putin" in one piece, "Vladimir
  Putin" in another) and a short form or acronym the organisation another piece resolved it to.

Documents up to :data:`PIECE_CHARS` (nearly every news article) are read whole, as before.
"""

from __future__ import annotations

import dataclasses
import re

from kg.gazetteer import Gazetteer
from kg.model import DocumentExtraction, Mention
from kg.relations import EarlierPieces

__all__ = ["PIECE_CHARS", "merged_extraction", "shifted", "text_pieces"]

#: Texts longer than this many characters (about 3,500 words; a long feature) are parsed in pieces
#: of at most this length.
PIECE_CHARS = 20_000

# A sentence ends after a word of two or more small letters or digits ("in 2014. The"), not after
# "Mr." or "U.S.", and the next one starts with a capital, possibly after a quotation mark.
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9]{2}[.!?])|(?<=[a-z0-9]{2}[.!?][\"'\u201d\u2019)])) (?=[\"'\u201c\u2018(]?[A-Z])")


def text_pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """``text`` cut into ``(offset, piece)`` pairs of at most ``limit`` characters, at the last
    paragraph break that fits, else the last line break, sentence end or space."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next((found + len(sep) for sep in ("\n\n", "\n") if (found := window.rfind(sep)) > 0), 0)
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ") + 1 or limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def shifted(extraction: DocumentExtraction, offset: int) -> DocumentExtraction:
    """A piece's extraction with its offsets moved to where the piece starts in the document."""
    if not offset:
        return extraction
    return dataclasses.replace(
        extraction,
        mentions=tuple(dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in extraction.mentions),
        relations=tuple(
            dataclasses.replace(
                r, evidence=dataclasses.replace(r.evidence, start=r.evidence.start + offset, end=r.evidence.end + offset)
            )
            for r in extraction.relations
        ),
    )


def merged_extraction(parts: list[DocumentExtraction], earlier: EarlierPieces, gaz: Gazetteer) -> DocumentExtraction:
    """One extraction for the document whose pieces gave ``parts`` (offsets already shifted).

    Names resolve across pieces (:func:`_names_across_pieces`), and a membership the document
    says ended anywhere is no membership anywhere in it, as when the document is read whole.
    """
    mentions = [m for p in parts for m in p.mentions]
    mapping = _names_across_pieces(mentions, gaz)
    labels = {m.key: m.label for m in mentions if m.key in mapping.values()}
    ended = earlier.ended - earlier.back

    def canon(key: str) -> str:
        return mapping.get(key, key)

    relations = []
    for r in (r for p in parts for r in p.relations):
        source, target = canon(r.source), canon(r.target)
        if source == target or r.relation == "member-of" and (source, target) in ended:
            continue
        relations.append(r if (source, target) == (r.source, r.target) else dataclasses.replace(r, source=source, target=target))
    return dataclasses.replace(
        parts[0],
        mentions=tuple(dataclasses.replace(m, key=mapping[m.key], label=labels[mapping[m.key]]) if m.key in mapping else m
                       for m in mentions),
        relations=tuple(relations),
    )


def _names_across_pieces(mentions: list[Mention], gaz: Gazetteer) -> dict[str, str]:
    """Keys one piece could not resolve -> the keys the document's other pieces give them: a
    surname alone ("person:~putin") -> the one person of the document with that surname or given
    name first ("Xi" for "Xi Jinping"); an organisation's name left as itself ("org:nrc") -> the
    one other entity that the same words name elsewhere in the document ("the Commission" after
    "the European Commission"), or whose initials it is ("NRC" after "the NATO-Russia Council")."""
    keys = {m.key for m in mentions}
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}  # surname first: "Xi" for "Xi Jinping"
    for key in keys:
        if key.startswith("person:") and not key.startswith("person:~"):
            words = key.removeprefix("person:").split(" ")
            by_surname.setdefault(words[-1], set()).add(key)
            by_first.setdefault(words[0], set()).add(key)
    mapping = {}
    for key in keys:
        name = key.removeprefix("person:~")
        found = by_surname.get(name) or by_first.get(name, set()) if key.startswith("person:~") else set()
        if len(found) == 1:
            mapping[key] = next(iter(found))
    named: dict[str, set[str]] = {}  # an organisation's words -> the keys they resolved to
    initials: dict[str, set[str]] = {}  # "FBTC" -> the keys of "Foo Bar Tariff Council"
    for m in mentions:
        if m.type == "organisation":
            named.setdefault(gaz.canonical_words(m.text), set()).add(m.key)
            words = [w for w in _WORDS.split(m.text) if w.lower() not in _SMALL_WORDS]
            if len(words) >= 3:
                initials.setdefault("".join(w[0] for w in words if w[:1].isupper()), set()).add(m.key)
    for m in mentions:
        own = f"org:{gaz.canonical_words(m.text)}"
        if m.type != "organisation" or m.key != own or own in gaz.entries or own in mapping:
            continue
        others = named.get(gaz.canonical_words(m.text), set()) - {own}
        if not others and m.text.isupper():
            others = initials.get(m.text, set()) - {own}
        if len(others) == 1:
            mapping[own] = next(iter(others))
    return mapping


_WORDS = re.compile(r"[\s-]+")
_SMALL_WORDS = frozenset(("of", "and", "for", "the", "in"))
