"""The one place that chains kg's stages: ingest -> nlp -> resolve/relations -> graph -> export."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.extract import extract_document
from kg.gazetteer import load_gazetteer
from kg.graph import build_graph
from kg.ingest import read_documents
from kg.model import Document, DocumentExtraction, Skipped
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.relations import RelationExtractor, load_patterns

__all__ = ["BuildResult", "Extractor", "build", "build_graph_from_paths"]

#: Bump when extraction rules change, so cached extractions are recomputed.
EXTRACTION_VERSION = "1"


class Extractor:
    """A loaded spaCy pipeline with kg's rulers and rules: documents in, extractions out."""

    def __init__(self, model: str = DEFAULT_MODEL, *, aliases=None, patterns=None):
        self.model = model
        self.gazetteer = load_gazetteer(extra_aliases=aliases)
        self.nlp = load_pipeline(model, gazetteer=self.gazetteer)
        rules = load_patterns()
        if patterns:
            rules += load_patterns(patterns)
        self.relations = RelationExtractor(self.nlp.vocab, self.gazetteer, rules)

    @property
    def model_version(self) -> str:
        return f"{self.nlp.meta.get('name', self.model)}-{self.nlp.meta.get('version', '')}"

    def extractions(self, documents: Iterable[Document], *, batch_size: int = 32) -> Iterator[DocumentExtraction]:
        """Parse ``documents`` as a stream and yield one extraction per document, in order."""
        documents = iter(documents)
        pending: list[Document] = []

        def texts():
            for document in documents:
                pending.append(document)
                yield document.text

        for doc in self.nlp.pipe(texts(), batch_size=batch_size):
            document = pending.pop(0)
            yield extract_document(doc, document, gazetteer=self.gazetteer, extractor=self.relations)


@dataclass
class BuildResult:
    """What a build produced, for the CLI's summary and for callers."""

    graph: nx.MultiDiGraph
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    cached: int = 0


def build_graph_from_paths(
    paths: Iterable[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    aliases=None,
    patterns=None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildResult:
    """Read, parse and merge; no files written."""
    started = time.perf_counter()
    result = BuildResult(graph=nx.MultiDiGraph())
    extractor = Extractor(model, aliases=aliases, patterns=patterns)

    def documents() -> Iterator[Document]:
        for item in read_documents(paths):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            result.documents += 1
            if on_document is not None:
                on_document(item)
            yield item

    result.graph = build_graph(extractor.extractions(documents()))
    result.seconds = time.perf_counter() - started
    return result


def build(
    paths: Iterable[str | Path],
    *,
    out_dir: str | Path = "output",
    model: str = DEFAULT_MODEL,
    formats: Iterable[str] | None = None,
    aliases=None,
    patterns=None,
    max_nodes: int | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildResult:
    """Build the graph of ``paths`` and write it to ``out_dir`` (all formats unless ``formats``)."""
    from kg.export import FORMATS, write_outputs

    result = build_graph_from_paths(paths, model=model, aliases=aliases, patterns=patterns, on_document=on_document)
    if result.documents:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        result.outputs = write_outputs(
            result.graph, Path(out_dir), formats=tuple(formats or FORMATS), max_nodes=max_nodes
        )
    return result
