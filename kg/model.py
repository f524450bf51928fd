"""The hand-off types between kg's stages.

Every stage passes these frozen dataclasses, never raw spaCy objects: ``ingest`` yields
:class:`Document` (or :class:`Skipped`), ``relations`` and ``resolve`` turn a parsed document into a
:class:`DocumentExtraction` of plain strings and offsets, and ``graph`` merges extractions into a
``networkx.MultiDiGraph``. Because extractions hold no spaCy state they can be cached, pickled to
another process and compared for equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "Document",
    "DocumentExtraction",
    "Evidence",
    "Mention",
    "Relation",
    "Skipped",
]

#: The node types of the graph, in display order.
ENTITY_TYPES = ("person", "organisation", "state", "treaty", "place")


@dataclass(frozen=True)
class Document:
    """One article.

    ``id`` is stable and unique within a build: the file name relative to the input root it was
    found under (``"000_ab.txt"``), or ``"file.jsonl#3"`` for the third line of a JSON-lines file.
    """

    id: str
    text: str
    path: str = ""
    title: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) when the source states one
    url: str = ""
    source: str = ""
    long_tokens: int = 0  # runs without a space too long for a word (base64, scripts), cut out of the text


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with a one-line reason meant for people."""

    path: str
    reason: str


@dataclass(frozen=True)
class Mention:
    """A resolved mention of an entity in a document.

    ``key`` is the document-independent identity of the entity (a gazetteer id such as
    ``"state:russia"``, or ``"person:vladimir putin"`` for names outside the gazetteers); the graph
    merges mentions with equal keys across documents.
    """

    key: str
    label: str  # canonical name as known in this document ("Vladimir Putin")
    type: str  # one of ENTITY_TYPES
    text: str  # the surface string ("Mr Putin")
    start: int  # character offsets in Document.text
    end: int
    alias: bool = True  # False for a metonym ("Moscow" for Russia): counted, not listed as an alias


@dataclass(frozen=True)
class Evidence:
    """Where a relation is stated: the sentence, its document and character offsets."""

    document: str
    sentence: str
    start: int
    end: int
    rule: str  # id of the rule that produced the relation


@dataclass(frozen=True)
class Relation:
    """A typed, directed relation between two entity keys, with its evidence."""

    source: str  # Mention.key
    relation: str
    target: str  # Mention.key
    evidence: Evidence
    role: str = ""  # the office for holds-office ("deputy foreign minister")
    date: str = ""  # a year or date the sentence states ("2014")
    basis: str = "explicit"  # "explicit": the sentence states it; "context": it rests on the article's setting


@dataclass(frozen=True)
class DocumentExtraction:
    """All kg learns from one document; the unit of caching and of distributed work."""

    document: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    relations: tuple[Relation, ...] = field(default_factory=tuple)
    date: str = ""
    # The document's own description, for the explorer's list of sources (as the input gave it).
    title: str = ""
    url: str = ""
    source: str = ""
