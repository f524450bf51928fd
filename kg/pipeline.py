"""The one place that chains kg's stages: ingest -> nlp -> resolve/relations -> graph -> export.

A build is a stream: documents are read one at a time, looked up in the extraction cache in
batches, and the misses are parsed by ``nlp.pipe`` (in this process, in ``jobs`` worker processes,
or on a Dask cluster) and reduced to small :class:`~kg.model.DocumentExtraction` records as they
arrive. Only extractions are kept, so memory grows with what the graph will hold, not with the
text read. Whatever runs the NLP, the graph is the same: ``build_graph`` does not depend on the
order extractions arrive in, and every runner uses the same :class:`Extractor`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import importlib.resources
import multiprocessing
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import networkx as nx

import kg.ingest as ingest
from kg.cache import ExtractionCache, document_key, shape_digest
from kg.debris import LONE_SURROGATES, default_debris_rules
from kg.extract import extract_document
from kg.gazetteer import load_gazetteer
from kg.graph import build_graph
from kg.ingest import SUPPORTED_SUFFIXES, read_documents
from kg.model import Document, DocumentExtraction, Skipped
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.relations import RelationExtractor, load_patterns

__all__ = [
    "CACHE_NAME",
    "EXTRACTION_VERSION",
    "BuildResult",
    "Extractor",
    "ExtractorSpec",
    "Progress",
    "build",
    "build_graph_from_paths",
    "count_documents",
    "document_extractions",
]

#: Bump when extraction rules change, so cached extractions are recomputed. (The cache also keys
#: on a digest of kg's rule modules and data files, so a forgotten bump cannot serve stale results.)
EXTRACTION_VERSION = "1"

#: File name of the extraction cache inside the output folder.
CACHE_NAME = "kg-cache.sqlite"

#: Documents per ``nlp.pipe`` batch. The models' working memory grows with the batch (about
#: 350 MB more per 16 news articles with en_core_web_sm) while throughput stops growing at ~16.
BATCH_SIZE = 16
#: Documents (or pieces of long ones) parsed in one spaCy memory zone.
ZONE_SIZE = 256
#: Documents per task sent to a worker process or Dask worker.
TASK_SIZE = 16
#: Documents per cache lookup and per cache transaction.
CACHE_BATCH = 64

# The modules whose code decides what an extraction contains, and ingest, which decides what a
# file's documents are (the cache replays unchanged files without reading them).
_RULE_MODULES = (
    "extract.py", "gazetteer.py", "aliases.py", "nlp.py", "relations.py", "resolve.py", "speedups.py", "model.py", "ingest.py",
    "debris.py", "readers.py",
)


class Extractor:
    """A loaded spaCy pipeline with kg's rulers and rules: documents in, extractions out.

    The pipeline runs with :mod:`kg.speedups` installed (identical results, less time) and with
    numpy's BLAS held to one thread, since kg parallelises with processes.
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, aliases=None, patterns=None):
        from thinc.api import get_current_ops, set_current_ops

        from kg.speedups import numpy_blas_ops, speed_up

        self.model = model
        self.gazetteer = load_gazetteer(extra_aliases=aliases)
        ops, previous = numpy_blas_ops(), get_current_ops()
        if ops is not None:
            set_current_ops(ops)  # the models keep the ops they are created with
        try:
            self.nlp = load_pipeline(model, gazetteer=self.gazetteer)
        finally:
            set_current_ops(previous)
        self.blas = "numpy" if ops is not None else "blis"
        rules = load_patterns()
        if patterns:
            rules += load_patterns(patterns)
        self.relations = RelationExtractor(self.nlp.vocab, self.gazetteer, rules)
        self.speedups = speed_up(self.nlp, dependency_matchers=[self.relations])

    @property
    def model_version(self) -> str:
        return f"{self.nlp.meta.get('name', self.model)}-{self.nlp.meta.get('version', '')}"

    def extractions(
        self, documents: Iterable[Document], *, batch_size: int = BATCH_SIZE, max_chars: int | None = None
    ) -> Iterator[DocumentExtraction]:
        """Parse ``documents`` as a stream and yield one extraction per document, in order.

        A text longer than ``max_chars`` (default: the pipeline's ``max_length``) is parsed in
        pieces cut at paragraph breaks, and the pieces' extractions are merged with their offsets
        restored.
        """
        limit = max_chars or self.nlp.max_length
        pending: deque[tuple[Document, int, int]] = deque()  # document, piece offset, pieces left

        def texts() -> Iterator[str]:
            for document in documents:
                text = LONE_SURROGATES.sub("\ufffd", document.text)  # the tokenizer cannot encode them
                pieces = _pieces(text, limit) if len(text) > limit else [(0, text)]
                for n, (offset, text) in enumerate(pieces):
                    pending.append((document, offset, len(pieces) - n - 1))
                    yield text

        parts: list[DocumentExtraction] = []
        stream = texts()
        while True:
            parsed = 0
            # The words of each stretch of documents are forgotten after it: spaCy's vocabulary
            # would otherwise grow with every new name in the corpus (hundreds of MB at 10,000
            # articles). Extractions hold plain strings, so nothing of a zone outlives it.
            with self.nlp.memory_zone():
                for doc in self.nlp.pipe(islice(stream, ZONE_SIZE), batch_size=batch_size):
                    parsed += 1
                    document, offset, left = pending.popleft()
                    piece = document if offset == 0 and left == 0 and not parts else dataclasses.replace(document, text=doc.text)
                    extraction = extract_document(doc, piece, gazetteer=self.gazetteer, extractor=self.relations)
                    parts.append(_shifted(extraction, offset) if offset else extraction)
                    if left == 0:
                        yield parts[0] if len(parts) == 1 else _merged(parts)
                        parts = []
            if not parsed:
                return


def _pieces(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` cut into ``(offset, piece)`` pairs of at most ``limit`` characters, at paragraph
    breaks where possible, else at line breaks, sentence ends or spaces."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        for separator in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(separator)
            if cut > 0:
                cut += len(separator)
                break
        else:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shifted(extraction: DocumentExtraction, offset: int) -> DocumentExtraction:
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


def _merged(parts: list[DocumentExtraction]) -> DocumentExtraction:
    return dataclasses.replace(
        parts[0],
        mentions=tuple(m for p in parts for m in p.mentions),
        relations=tuple(r for p in parts for r in p.relations),
    )


# ---------------------------------------------------------------------------------------------
# Who runs the NLP: this process, worker processes, or a Dask cluster. Each runner takes
# (tag, document) pairs and yields (tag, extraction) pairs in the same order.


@dataclass(frozen=True)
class ExtractorSpec:
    """What it takes to build the same :class:`Extractor` in another process or on another host:
    the model name and the contents (not the paths) of the user's alias and pattern files."""

    model: str = DEFAULT_MODEL
    aliases: bytes | None = None
    patterns: bytes | None = None

    @classmethod
    def from_options(cls, model: str = DEFAULT_MODEL, *, aliases=None, patterns=None) -> ExtractorSpec:
        return cls(
            model,
            Path(aliases).read_bytes() if aliases else None,
            Path(patterns).read_bytes() if patterns else None,
        )

    def digest(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        for part in (self.model.encode(), self.aliases or b"", self.patterns or b""):
            h.update(len(part).to_bytes(8, "little") + part)
        return h.hexdigest()

    def extractor(self) -> Extractor:
        """Build the extractor, writing the user's files to a private folder if there are any."""
        if not (self.aliases or self.patterns):
            return Extractor(self.model)
        folder = Path(tempfile.mkdtemp(prefix="kg-spec-"))
        paths = {}
        for name in ("aliases", "patterns"):
            data = getattr(self, name)
            if data:
                paths[name] = folder / f"{name}.jsonl"
                paths[name].write_bytes(data)
        return Extractor(self.model, aliases=paths.get("aliases"), patterns=paths.get("patterns"))


# The process's loaded Extractor, reused by later builds with the same context (tests, notebooks,
# worker processes): loading the model and the gazetteer patterns is the cost of a small build.
_LOADED: dict[str, Extractor | Exception] = {}


def _loaded_extractor(spec: ExtractorSpec, context: str | None = None) -> Extractor:
    """The Extractor for ``spec`` in this process, loaded once; a load error is kept and raised
    again, so a worker whose model is missing fails every task the same way."""
    context = context or extraction_context(spec)
    if context not in _LOADED:
        _LOADED.clear()
        try:
            _LOADED[context] = spec.extractor()
        except Exception as error:  # noqa: BLE001 -- kept and raised to every caller alike
            _LOADED[context] = error
    found = _LOADED[context]
    if isinstance(found, Exception):
        raise found
    return found


def _in_process(items: Iterator, spec: ExtractorSpec, extractor: Extractor | None = None):
    first = next(items, None)
    if first is None:
        return  # everything was cached: no model to load
    extractor = extractor or _loaded_extractor(spec)
    tags: deque = deque()

    def documents() -> Iterator[Document]:
        for tag, document in _chain([first], items):
            tags.append(tag)
            yield document

    for extraction in extractor.extractions(documents()):
        yield tags.popleft(), extraction


def _worker_start(spec: ExtractorSpec, context: str) -> None:
    gc.enable()  # a forked worker inherits the build's paused collector; it parses for long
    with contextlib.suppress(Exception):  # kept, and raised by the first task, where the parent sees it
        _loaded_extractor(spec, context)


def _worker_extractions(spec: ExtractorSpec, context: str, documents: list[Document]) -> list[DocumentExtraction]:
    extractor = _loaded_extractor(spec, context)
    return list(extractor.extractions(documents, batch_size=max(len(documents), 1)))


def _windowed(items: Iterator, submit: Callable, window: int) -> Iterator:
    """Submit batches of TASK_SIZE items, keeping at most ``window`` in flight, and yield the
    results in order: the input is read only as fast as the workers consume it."""
    flight: deque = deque()
    while True:
        while len(flight) < window:
            batch = list(islice(items, TASK_SIZE))
            if not batch:
                break
            tags = [tag for tag, _ in batch]
            flight.append((tags, submit([document for _, document in batch])))
        if not flight:
            return
        tags, result = flight.popleft()
        yield from zip(tags, result(), strict=True)


def _start_method() -> str:
    # fork: workers start at once and share the parent's imports (kg runs no threads of its own
    # by then); where there is no fork, spawn, and each worker imports kg itself.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _in_processes(items: Iterator, spec: ExtractorSpec, jobs: int):
    context = extraction_context(spec)
    # Started before the first document is read, so the workers load the model while this
    # process reads files and looks up the cache.
    with multiprocessing.get_context(_start_method()).Pool(jobs, initializer=_worker_start, initargs=(spec, context)) as pool:

        def submit(documents):
            return pool.apply_async(_worker_extractions, (spec, context, documents)).get

        yield from _windowed(items, submit, 2 * jobs)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


# ---------------------------------------------------------------------------------------------
# The stream: cache lookups, extraction, cache writes, progress.


@dataclass
class Progress:
    """How far a build is, for progress bars: ``total`` is an estimate from the input files."""

    total: int = 0
    done: int = 0
    cached: int = 0


def extraction_context(spec: ExtractorSpec) -> str:
    """Everything besides the text that an extraction depends on, as one string (the cache's
    context key): model name and version, kg's extraction version, and a digest of kg's rule
    code, its data files, the hand-off types and the user's alias and pattern files."""
    import spacy.util

    try:  # the model's meta.json, without loading the model
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(spec.model))
    except (ImportError, OSError, ValueError):
        try:
            meta = spacy.util.get_model_meta(Path(spec.model))
        except (OSError, ValueError):
            meta = load_pipeline(spec.model, gazetteer=load_gazetteer()).meta  # raises ModelNotFound
    h = hashlib.blake2b(digest_size=16)
    package = importlib.resources.files("kg")
    for name in _RULE_MODULES:
        resource = package / name
        if resource.is_file():
            h.update(name.encode() + b"\0" + resource.read_bytes())
    for resource in sorted((package / "data").iterdir(), key=lambda r: r.name):
        if resource.is_file():
            h.update(resource.name.encode() + b"\0" + resource.read_bytes())
    h.update(spec.aliases or b"")
    h.update(b"\0")
    h.update(spec.patterns or b"")
    return f"{meta.get('lang', '')}_{meta.get('name', spec.model)}-{meta.get('version', '')}|kg-{EXTRACTION_VERSION}|{shape_digest()}|{h.hexdigest()}"


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
    return _extractions(((None, d) for d in documents), spec=spec, jobs=jobs, cache=cache, dask=dask,
                        progress=progress, on_progress=on_progress, extractor=extractor)


def _extractions(
    pairs: Iterable[tuple[str | None, Document]],
    *,
    spec: ExtractorSpec | None,
    jobs: int,
    cache: ExtractionCache | None,
    dask,
    progress: Progress | None,
    on_progress: Callable[[Progress], None] | None,
    extractor: Extractor | None,
) -> Iterator[tuple[DocumentExtraction, bool]]:
    """:func:`document_extractions` of ``(key, document)`` pairs whose key may already be known."""
    spec = spec or ExtractorSpec()
    progress = progress or Progress()
    ready: deque[tuple[DocumentExtraction, bool]] = deque()

    def report() -> None:
        if on_progress is not None:
            progress.total = max(progress.total, progress.done)
            on_progress(progress)

    def misses() -> Iterator[tuple[str, Document]]:
        pairs_ = iter(pairs)
        while batch := [(key or document_key(d), d) for key, d in islice(pairs_, CACHE_BATCH)]:
            found = cache.get_many(batch) if cache is not None else [None] * len(batch)
            for (key, document), extraction in zip(batch, found):
                if extraction is None:
                    yield key, document
                else:
                    ready.append((extraction, True))
                    progress.done += 1
                    progress.cached += 1
            if any(e is not None for e in found):
                report()

    if dask is not None:
        from kg.distributed import dask_extractions

        computed = dask_extractions(misses(), spec, dask)
    elif jobs > 1:
        computed = _in_processes(misses(), spec, jobs)
    else:
        computed = _in_process(misses(), spec, extractor)
    unsaved: list[tuple[str, DocumentExtraction]] = []
    for parsed, (key, extraction) in enumerate(computed, 1):
        while ready:
            yield ready.popleft()
        if parsed % 1024 == 0:
            gc.collect()  # the parser leaves a few small cycles per batch; builds pause the collector
        progress.done += 1
        report()
        if cache is not None:
            unsaved.append((key, extraction))
            if len(unsaved) >= CACHE_BATCH:
                cache.put_many(unsaved)
                unsaved = []
        yield extraction, False
    if unsaved:
        cache.put_many(unsaved)
    while ready:
        yield ready.popleft()


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


def _signature(path: Path) -> str | None:
    """What says a file is unchanged since it was last read: size, times, inode. None for a file
    changed in the last two seconds, whose modification time may not yet tell a later change."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - st.st_mtime_ns < 2_000_000_000:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


_DOCUMENT_FIELDS = [f.name for f in dataclasses.fields(Document) if f.name != "text"]


def _read(paths, store: ExtractionCache | None, read: list) -> Iterator[tuple[str | None, Document | Skipped]]:
    """``(key, item)`` for what :func:`~kg.ingest.read_documents` yields, reading only files that
    changed since the cache recorded them.

    A file whose size, times and inode are as recorded, and whose documents' extractions are all
    in the cache, is not read again: its documents are replayed from the record, without their
    text (which nothing downstream needs once the extraction is cached). The files read are
    appended to ``read`` as ``(path, id, signature, entries)`` for :meth:`ExtractionCache.put_files`.
    """
    items = read_documents(paths)  # checks the arguments and lists the files
    if store is None:
        for item in items:
            yield (None, item)
        return
    files, problems = ingest.input_files([os.fsdecode(p) for p in paths])
    rules = default_debris_rules()
    known = store.get_files((str(file.path), file.id) for file in files)
    stored = store.stored(entry[1] for _, entries in known.values() for entry in entries if entry[0] == "document")
    for problem in problems:
        yield None, problem
    for file in files:
        signature = _signature(file.path)
        record = known.get((str(file.path), file.id))
        if (
            signature is not None
            and record is not None
            and record[0] == signature
            and all(entry[1] in stored for entry in record[1] if entry[0] == "document")
        ):
            for entry in record[1]:
                if entry[0] == "document":
                    yield entry[1], Document(text="", **dict(zip(_DOCUMENT_FIELDS, entry[2], strict=True)))
                else:
                    yield None, Skipped(*entry[1:])
            continue
        entries = []
        for item in ingest.documents_from_file(file, rules):
            if isinstance(item, Document):
                key = document_key(item)
                entries.append(["document", key, [getattr(item, name) for name in _DOCUMENT_FIELDS]])
                yield key, item
            else:
                entries.append(["skipped", item.path, item.reason])
                yield None, item
        if signature is not None:
            read.append((str(file.path), file.id, signature, entries))


def count_documents(paths: Iterable[str | Path]) -> int:
    """An estimate of how many documents ``paths`` hold (files, and lines of JSON-lines files),
    for a progress bar's ETA; unreadable entries are counted as they are found."""
    total = 0

    def visit(path: Path) -> None:
        nonlocal total
        if path.suffix.lower() == ".jsonl":
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            total += 1

    for given in paths:
        given = Path(given)
        if given.is_dir():
            for root, dirs, files in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith("."):
                        visit(Path(root, name))
        else:
            visit(given)
    return total


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
) -> BuildResult:
    """Read, parse and merge; no files written except the extraction cache at ``cache``, if given.

    ``jobs`` worker processes (or the Dask cluster at ``dask``) run the NLP; the graph is the same
    either way. ``on_progress`` is called with a :class:`Progress` as documents are done.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    with _without_gc_pauses():
        return _build_graph_from_paths(
            paths, model=model, aliases=aliases, patterns=patterns, on_document=on_document,
            jobs=jobs, cache=cache, dask=dask, on_progress=on_progress,
        )


def _build_graph_from_paths(paths, *, model, aliases, patterns, on_document, jobs, cache, dask, on_progress) -> BuildResult:
    started = time.perf_counter()
    result = BuildResult(graph=nx.MultiDiGraph())
    spec = ExtractorSpec.from_options(model, aliases=aliases, patterns=patterns)
    progress = Progress(total=count_documents(paths) if on_progress is not None else 0)
    store = ExtractionCache(cache, context=extraction_context(spec)) if cache is not None else None

    read: list[tuple[str, str, str, list]] = []  # the input files read (not replayed) this time

    def documents() -> Iterator[tuple[str | None, Document]]:
        for key, item in _read(paths, store, read):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            result.documents += 1
            if on_document is not None:
                on_document(item)
            yield key, item

    def extractions() -> Iterator[DocumentExtraction]:
        for extraction, from_cache in _extractions(
            documents(), spec=spec, jobs=jobs, cache=store, dask=dask, progress=progress,
            on_progress=on_progress, extractor=None,
        ):
            result.cached += from_cache
            yield extraction

    try:
        result.graph = build_graph(extractions())
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
) -> BuildResult:
    """Build the graph of ``paths`` and write it to ``out_dir`` (all formats unless ``formats``).

    ``cache`` is the extraction cache's file: ``True`` for ``out_dir/kg-cache.sqlite``, ``False``
    for none. ``jobs``, ``dask`` and ``on_progress`` are as for :func:`build_graph_from_paths`.
    """
    with _without_gc_pauses():
        return _build(paths, out_dir=out_dir, model=model, formats=formats, aliases=aliases, patterns=patterns,
                      max_nodes=max_nodes, on_document=on_document, jobs=jobs, cache=cache, dask=dask,
                      on_progress=on_progress)


def _build(paths, *, out_dir, model, formats, aliases, patterns, max_nodes, on_document, jobs, cache, dask, on_progress) -> BuildResult:
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
    )
    if result.documents:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        formats = tuple(dict.fromkeys(formats or FORMATS))
        if (jobs > 1 and dask is None and len(formats) > 1 and set(formats) <= set(FORMATS) and _start_method() == "fork"
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
    from kg.export import write_outputs

    graph, folder, max_nodes = _EXPORTING
    return write_outputs(graph, folder, formats=(fmt,), max_nodes=max_nodes, positions=positions)[fmt]


def _write_in_processes(graph, folder: Path, formats: tuple, max_nodes, jobs: int) -> dict[str, Path]:
    """The output files written by ``jobs`` forked processes, one format each: the formats are
    independent and each is written atomically, so this is ``write_outputs`` in less time.

    The explorer and GEXF share one layout: the forked writers start on the formats without
    one while this process computes it, then write those two with it."""
    from kg.export.layout import layout_positions

    global _EXPORTING
    _EXPORTING = (graph, folder, max_nodes)
    laid_out = [fmt for fmt in ("html", "gexf") if fmt in formats]
    plain = [fmt for fmt in formats if fmt not in laid_out]
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(formats))) as pool:
            pending = {fmt: pool.apply_async(_write_one, (fmt,)) for fmt in plain}
            positions = layout_positions(graph) if len(laid_out) == 2 and max_nodes is None else None
            pending.update({fmt: pool.apply_async(_write_one, (fmt, positions)) for fmt in laid_out})
            paths = {fmt: result.get() for fmt, result in pending.items()}
    finally:
        _EXPORTING = ()
    return {fmt: paths[fmt] for fmt in formats}
