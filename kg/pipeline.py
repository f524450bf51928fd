"""The one place that chains kg's stages: ingest -> nlp -> resolve/relations -> graph -> export.

A build is a stream: documents are read one at a time (:mod:`kg.sources`), looked up in the
extraction cache in batches, and the misses are parsed by ``nlp.pipe`` (in this process, in
``jobs`` worker processes, or on a Dask cluster: the runners of :mod:`kg.runners` and
:mod:`kg.distributed`) and reduced to small :class:`~kg.model.DocumentExtraction` records as they
arrive. Only extractions are kept, so memory grows with what the graph will hold, not with the
text read. Whatever runs the NLP, the graph is the same: :func:`~kg.graph.graph_from_extractions`
does not depend on the order extractions arrive in, and every runner uses the same
:class:`~kg.runners.Extractor`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.cache import ExtractionCache
from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.graph import graph_from_extractions
from kg.model import Document, DocumentExtraction, Skipped
from kg.nlp import DEFAULT_MODEL
from kg.runners import (
    EXTRACTION_VERSION,
    Extractor,
    ExtractorSpec,
    Progress,
    Runner,
    cached_extractions,
    extraction_context,
    in_process_extractions,
    process_extractions,
    start_method,
)
from kg.sources import count_documents, keyed_documents

__all__ = [
    "CACHE_NAME",
    "EXTRACTION_VERSION",
    "BuildResult",
    "Extractor",
    "ExtractorSpec",
    "Progress",
    "build",
    "build_graph",
    "build_graph_from_paths",
    "count_documents",
    "document_extractions",
]

#: File name of the extraction cache inside the output folder.
CACHE_NAME = "kg-cache.sqlite"


def document_extractions(
    documents: Iterable[Document],
    *,
    spec: ExtractorSpec | None = None,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    dask=None,
    progress: Progress | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    extractor: Extractor | None = None,
) -> Iterator[tuple[DocumentExtraction, bool]]:
    """Yield ``(extraction, from_cache)`` for every document, as a stream.

    Cached extractions come from ``cache``; the rest are computed in this process (``jobs=1``),
    in ``jobs`` worker processes, or on the Dask cluster at ``dask`` (an address or a
    ``distributed.Client``), and stored in ``cache`` one transaction per batch. The order of the
    output is not the order of the input; the graph does not depend on it.
    """
    return cached_extractions(((None, d) for d in documents), runner=_runner(jobs=jobs, dask=dask, extractor=extractor),
                              spec=spec, cache=cache, progress=progress, on_progress=on_progress)


def _runner(*, jobs: int, dask, extractor: Extractor | None) -> Runner:
    """The runner for these options; kg.distributed (and Dask) is imported only for a cluster."""
    if dask is not None:
        from kg.distributed import dask_extractions

        return functools.partial(dask_extractions, address=dask)
    if jobs > 1:
        return functools.partial(process_extractions, jobs=jobs)
    return functools.partial(in_process_extractions, extractor=extractor)


# ---------------------------------------------------------------------------------------------
# Builds


@contextlib.contextmanager
def _without_gc_pauses():
    """Python's cycle collector off for the length of a build. A build makes hundreds of thousands
    of small objects that live to its end (extractions, graph attributes, output text), and the
    collector would scan them again and again: a warm re-run spends a third of its time there.
    The few small cycles parsing leaves (the parser's step models) are collected every 1024 parsed
    documents and after the build; worker processes run with the collector on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class BuildResult:
    """What a build produced, for the CLI's summary and for callers."""

    graph: nx.MultiDiGraph
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    cached: int = 0  # documents whose extraction came from the cache
    below_confidence: int = 0  # relations left out for a confidence under the threshold
    long_tokens: int = 0  # runs too long for a word (base64, scripts) cut out of the documents' text
    long_token_documents: int = 0  # the documents they were cut from


def build_graph(paths: Iterable[str | Path], **options) -> nx.MultiDiGraph:
    """The knowledge graph of the articles in ``paths`` (files and folders), nothing written.

    The one call for notebooks: ``kg.build_graph(["seeds"])``. ``options`` are those of
    :func:`build_graph_from_paths` (``model``, ``aliases``, ``patterns``, ``jobs``, ``cache``,
    ``dask``, ...), which also says how many documents were read and which were skipped.
    """
    return build_graph_from_paths(paths, **options).graph


def build_graph_from_paths(
    paths: Iterable[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    aliases=None,
    patterns=None,
    on_document: Callable[[Document], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike | None = None,
    dask=None,
    on_progress: Callable[[Progress], None] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> BuildResult:
    """Read, parse and merge; no files written except the extraction cache at ``cache``, if given.

    ``jobs`` worker processes (or the Dask cluster at ``dask``) run the NLP; the graph is the same
    either way. ``on_progress`` is called with a :class:`Progress` as documents are done. Edges
    whose confidence is below ``min_confidence`` are left out (0 keeps every edge).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence}")
    with _without_gc_pauses():
        return _build_graph_from_paths(
            paths, model=model, aliases=aliases, patterns=patterns, on_document=on_document,
            jobs=jobs, cache=cache, dask=dask, on_progress=on_progress, min_confidence=min_confidence,
        )


def _build_graph_from_paths(paths, *, model, aliases, patterns, on_document, jobs, cache, dask, on_progress,
                            min_confidence) -> BuildResult:
    started = time.perf_counter()
    result = BuildResult(graph=nx.MultiDiGraph())
    spec = ExtractorSpec.from_options(model, aliases=aliases, patterns=patterns)
    progress = Progress(total=count_documents(paths) if on_progress is not None else 0)
    store = ExtractionCache(cache, context=extraction_context(spec)) if cache is not None else None

    read: list[tuple[str, str, str, list]] = []  # the input files read (not replayed) this time

    def documents() -> Iterator[tuple[str | None, Document]]:
        for key, item in keyed_documents(paths, store, read):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            result.documents += 1
            result.long_tokens += item.long_tokens
            result.long_token_documents += item.long_tokens > 0
            if on_document is not None:
                on_document(item)
            yield key, item

    def extractions() -> Iterator[DocumentExtraction]:
        for extraction, from_cache in cached_extractions(
            documents(), runner=_runner(jobs=jobs, dask=dask, extractor=None), spec=spec, cache=store,
            progress=progress, on_progress=on_progress,
        ):
            result.cached += from_cache
            yield extraction

    try:
        result.graph = graph_from_extractions(extractions())
        below = [(u, v, k) for u, v, k, c in result.graph.edges(keys=True, data="confidence") if c < min_confidence]
        result.graph.remove_edges_from(below)
        result.below_confidence = len(below)
        if store is not None:
            store.put_files(read)  # now that every extraction they name is stored
    finally:
        if store is not None:
            store.close()
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
    jobs: int = 1,
    cache: str | os.PathLike | bool = True,
    dask=None,
    on_progress: Callable[[Progress], None] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> BuildResult:
    """Build the graph of ``paths`` and write it to ``out_dir`` (all formats unless ``formats``).

    ``cache`` is the extraction cache's file: ``True`` for ``out_dir/kg-cache.sqlite``, ``False``
    for none. ``jobs``, ``dask``, ``on_progress`` and ``min_confidence`` are as for
    :func:`build_graph_from_paths`.
    """
    with _without_gc_pauses():
        return _build(paths, out_dir=out_dir, model=model, formats=formats, aliases=aliases, patterns=patterns,
                      max_nodes=max_nodes, on_document=on_document, jobs=jobs, cache=cache, dask=dask,
                      on_progress=on_progress, min_confidence=min_confidence)


def _build(paths, *, out_dir, model, formats, aliases, patterns, max_nodes, on_document, jobs, cache, dask, on_progress,
           min_confidence) -> BuildResult:
    from kg.export import FORMATS, write_outputs

    started = time.perf_counter()
    if cache is True:
        cache = Path(out_dir) / CACHE_NAME
    result = build_graph_from_paths(
        paths,
        model=model,
        aliases=aliases,
        patterns=patterns,
        on_document=on_document,
        jobs=jobs,
        cache=cache or None,
        dask=dask,
        on_progress=on_progress,
        min_confidence=min_confidence,
    )
    if result.documents:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        formats = tuple(dict.fromkeys(formats or FORMATS))
        if (jobs > 1 and dask is None and len(formats) > 1 and set(formats) <= set(FORMATS) and start_method() == "fork"
                and result.graph.number_of_edges() <= PARALLEL_EXPORT_MAX_EDGES):
            result.outputs = _write_in_processes(result.graph, Path(out_dir), formats, max_nodes, jobs)
        else:
            result.outputs = write_outputs(result.graph, Path(out_dir), formats=formats, max_nodes=max_nodes)
    result.seconds = time.perf_counter() - started
    return result


#: Larger graphs are written one format after another: each forked writer holds its whole
#: serialised file (about 0.3-0.45 GB per writer at 56,000 edges), so two at a time would set
#: the build's peak memory for a few seconds saved.
PARALLEL_EXPORT_MAX_EDGES = 25_000

_EXPORTING: tuple = ()  # (graph, folder, max_nodes), inherited by the forked writers


def _write_one(fmt: str, positions: dict | None = None) -> Path:
    from kg.export import stage_output

    graph, folder, max_nodes = _EXPORTING
    return stage_output(graph, folder, fmt, max_nodes=max_nodes, positions=positions)


def _write_in_processes(graph, folder: Path, formats: tuple, max_nodes, jobs: int) -> dict[str, Path]:
    """The output files written by ``jobs`` forked processes, one format each: the formats are
    independent, so this is ``write_outputs`` in less time. Each writer leaves its file under a
    temporary name; they are renamed only once all are complete, and if one fails, none is.

    The explorer and GEXF share one layout: the forked writers start on the formats without
    one while this process computes it, then write those two with it."""
    from kg.export import discard_outputs, publish_outputs
    from kg.export.layout import layout_positions

    global _EXPORTING
    _EXPORTING = (graph, folder, max_nodes)
    laid_out = [fmt for fmt in ("html", "gexf") if fmt in formats]
    plain = [fmt for fmt in formats if fmt not in laid_out]
    staged: dict[str, Path] = {}
    failure: BaseException | None = None
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(formats))) as pool:
            pending = {fmt: pool.apply_async(_write_one, (fmt,)) for fmt in plain}
            try:
                positions = layout_positions(graph) if len(laid_out) == 2 and max_nodes is None else None
                pending.update({fmt: pool.apply_async(_write_one, (fmt, positions)) for fmt in laid_out})
            except Exception as error:  # noqa: BLE001 -- raised below, once the writers are done
                failure = error
            for fmt, result in pending.items():  # every writer ends, removing its file if it fails
                try:
                    staged[fmt] = result.get()
                except Exception as error:  # noqa: BLE001 -- raised below
                    failure = failure or error
    finally:
        _EXPORTING = ()
    if failure is not None:
        discard_outputs(staged.values())
        raise failure
    return publish_outputs({fmt: staged[fmt] for fmt in formats}, folder)
