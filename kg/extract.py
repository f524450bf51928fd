"""One parsed document -> a :class:`~kg.model.DocumentExtraction` of plain data.

This is the unit of work a cache stores and a worker process or Dask task computes: it holds no
spaCy objects, so it pickles small and compares equal across runs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.model import Document, DocumentExtraction, Mention
from kg.relations import EarlierPieces, RelationExtractor
from kg.resolve import resolve_mentions

__all__ = ["extract_document"]


def extract_document(doc: Doc, document: Document, *, gazetteer: Gazetteer, extractor: RelationExtractor,
                     earlier: EarlierPieces | None = None) -> DocumentExtraction:
    """Resolve the mentions of ``doc`` (the parse of ``document.text``) and extract its relations;
    ``earlier`` is what the rules kept from the earlier pieces of a long document (:mod:`kg.pieces`)."""
    resolved = resolve_mentions(doc, gazetteer, document=document.id)
    relations = extractor.extract(resolved, document.id, earlier=earlier)
    mentions = list(resolved.mentions)
    # A relation may reach an entity only through a nationality adjective ("the Russian
    # delegation"): the entity still needs a node, but "Russian" is not one of its names.
    known = {m.key for m in mentions}
    for relation in relations:
        for key in (relation.source, relation.target):
            entry = gazetteer.entries.get(key)
            if key not in known and entry is not None:
                known.add(key)
                start = relation.evidence.start
                mentions.append(Mention(key, entry.name, entry.type, entry.name, start, start, alias=False))
    return DocumentExtraction(
        document=document.id,
        mentions=tuple(mentions),
        relations=tuple(relations),
        date=document.date,
        title=document.title,
        url=document.url,
        source=document.source,
    )
