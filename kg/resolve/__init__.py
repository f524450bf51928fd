"""Mentions -> canonical entities within one parsed document.

Each rule here is a habit of news prose:

- a known name, acronym or spelling variant is the gazetteer's entity (Nato = NATO);
- a capital or seat of government acting as an agent stands for its state ("Moscow denies",
  "the Kremlin said"); the same city after a locative preposition stays a place ("in Brussels");
- "Mr Putin" and "Putin" are the document's "Vladimir Putin" once he has been named in full;
- a long name followed by an acronym in brackets defines the acronym ("... Council (NRC)");
- nationality adjectives ("Russian") are not entities: they are looked up by the relation rules;
- words of an office title ("Deputy Secretary of State") are never organisations by themselves.

The stages: :mod:`kg.resolve.spans` cleans the NER's spans and gives each a first type
(:mod:`kg.resolve.classify`); :mod:`kg.resolve.coreference` joins the document's mentions of one
entity under one key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.model import Mention
from kg.resolve.coreference import resolve_candidates
from kg.resolve.spans import entity_candidates
from kg.resolve.text import word_hash_set

__all__ = ["ResolvedDoc", "resolve_mentions"]


@dataclass
class ResolvedDoc:
    """A parsed document's mentions, indexed by token for the relation rules."""

    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[int, Span] = field(default_factory=dict)  # token index -> the mention's span
    _where: dict[int, list[int]] | None = field(default=None, repr=False)  # LOWER hash -> token indices

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def span_at(self, token: Token) -> Span | None:
        return self.spans.get(token.i)

    def tokens(self, words) -> list[Token]:
        """The tokens whose lower-case text is one of ``words``, in document order: the rules look
        up their trigger words here rather than walking every token of the document."""
        if self._where is None:
            self._where = {}
            for i, h in enumerate(self.doc.to_array("LOWER").tolist()):
                self._where.setdefault(h, []).append(i)
        where, hashes = self._where, word_hash_set(words, self.doc.vocab.strings)
        if len(hashes) < len(where):
            found = [where[h] for h in hashes if h in where]
        else:
            found = [at for h, at in where.items() if h in hashes]
        indices = found[0] if len(found) == 1 else sorted(i for at in found for i in at)
        doc = self.doc
        return [doc[i] for i in indices]


def resolve_mentions(doc: Doc, gaz: Gazetteer, *, document: str = "") -> ResolvedDoc:
    """Find the document's entity mentions and give each its canonical key and label."""
    candidates = resolve_candidates(entity_candidates(doc, gaz), doc, gaz)
    resolved = ResolvedDoc(doc)
    for c in candidates:
        span = c.span
        mention = Mention(key=c.key, label=c.label, type=c.type, text=span.text, start=span.start_char,
                          end=span.end_char, alias=c.alias)
        resolved.mentions.append(mention)
        for token in span:
            resolved.by_token[token.i] = mention
            resolved.spans[token.i] = span
    return resolved
