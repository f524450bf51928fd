"""Running the extraction: the :class:`Extractor` (a spaCy pipeline with kg's rulers and rules),
what identifies it (:class:`ExtractorSpec`, :func:`extraction_context`), the runners that apply it
to a stream of documents, and the cached stream a build consumes.

A runner is a function ``runner(items, spec)`` that takes ``(tag, document)`` pairs and yields
``(tag, extraction)`` pairs in the same order, reading its input only as fast as it parses.
Two live here, :func:`in_process_extractions` and :func:`process_extractions` (worker
processes); :func:`kg.distributed.dask_extractions` is the third, built on this module's
:func:`windowed` and :func:`worker_extractions`. :func:`cached_extractions` looks documents up in
the extraction cache, sends the misses to a runner and stores what comes back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import importlib.resources
import multiprocessing
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from kg.cache import ExtractionCache, document_key, shape_digest
from kg.debris import LONE_SURROGATES
from kg.extract import extract_document
from kg.gazetteer import DataFileError, load_gazetteer
from kg.model import Document, DocumentExtraction
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.pieces import PIECE_CHARS, merged_extraction, shifted, text_pieces
from kg.relations import EarlierPieces, RelationExtractor, load_patterns

__all__ = [
    "BATCH_CHARS",
    "BATCH_SIZE",
    "CACHE_BATCH",
    "EXTRACTION_VERSION",
    "TASK_SIZE",
    "ZONE_SIZE",
    "Extractor",
    "ExtractorSpec",
    "Progress",
    "Runner",
    "cached_extractions",
    "code_digest",
    "extraction_context",
    "in_process_extractions",
    "loaded_extractor",
    "process_extractions",
    "start_method",
    "windowed",
    "worker_extractions",
]

#: Bump when extraction rules change, so cached extractions are recomputed. (The cache also keys
#: on a digest of kg's code and data files, so a forgotten bump cannot serve stale results.)
EXTRACTION_VERSION = "1"

#: Documents per ``nlp.pipe`` batch. The models' working memory grows with the batch (about
#: 15 KB a token with en_core_web_sm: 16 news articles of 2,000 characters take 90 MB) while
#: throughput stops growing at ~16.
BATCH_SIZE = 16
#: Characters per ``nlp.pipe`` batch at most (a longer text or piece is a batch by itself): 16
#: long features must not take the memory of 16 x 20,000 characters at once.
BATCH_CHARS = 50_000
#: Documents (or pieces of long ones) parsed in one spaCy memory zone.
ZONE_SIZE = 256
#: Documents per task sent to a worker process or Dask worker.
TASK_SIZE = 16
#: Documents per cache lookup and per cache transaction.
CACHE_BATCH = 64


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
        self, documents: Iterable[Document], *, batch_size: int = BATCH_SIZE, max_chars: int = PIECE_CHARS
    ) -> Iterator[DocumentExtraction]:
        """Parse ``documents`` as a stream and yield one extraction per document, in order.

        A text longer than ``max_chars`` is parsed in pieces (:mod:`kg.pieces`), each read with
        what the rules kept from the pieces before it, and their extractions are merged with their
        offsets restored. A batch holds ``batch_size`` texts, or fewer when they would pass
        :data:`BATCH_CHARS` characters: spaCy's working memory follows the length of a batch.
        """
        pending: deque[tuple[Document, int, int]] = deque()  # document, piece offset, pieces left

        def texts() -> Iterator[str]:
            for document in documents:
                text = LONE_SURROGATES.sub("\ufffd", document.text)  # the tokenizer cannot encode them
                pieces = text_pieces(text, max_chars) if len(text) > max_chars else [(0, text)]
                for n, (offset, text) in enumerate(pieces):
                    pending.append((document, offset, len(pieces) - n - 1))
                    yield text

        parts: list[DocumentExtraction] = []
        earlier: EarlierPieces | None = None
        stream = texts()
        while True:
            parsed = 0
            # The words of each stretch of documents are forgotten after it: spaCy's vocabulary
            # would otherwise grow with every new name in the corpus (hundreds of MB at 10,000
            # articles). Extractions hold plain strings, so nothing of a zone outlives it.
            with self.nlp.memory_zone():
                for batch in _batches(islice(stream, ZONE_SIZE), batch_size, BATCH_CHARS):
                    for doc in self.nlp.pipe(batch, batch_size=len(batch)):
                        parsed += 1
                        document, offset, left = pending.popleft()
                        if offset == 0 and left == 0:  # read whole, as nearly every article is
                            yield extract_document(doc, document, gazetteer=self.gazetteer, extractor=self.relations)
                            continue
                        earlier = earlier or EarlierPieces()
                        piece = dataclasses.replace(document, text=doc.text)
                        extraction = extract_document(doc, piece, gazetteer=self.gazetteer, extractor=self.relations,
                                                      earlier=earlier)
                        parts.append(shifted(extraction, offset))
                        if left == 0:
                            yield merged_extraction(parts, earlier, self.gazetteer)
                            parts, earlier = [], None
            if not parsed:
                return


def _batches(texts: Iterable[str], size: int, chars: int) -> Iterator[list[str]]:
    """``texts`` in lists of ``size``, or fewer once they hold ``chars`` characters."""
    batch: list[str] = []
    held = 0
    for text in texts:
        if batch and (len(batch) == size or held + len(text) > chars):
            yield batch
            batch, held = [], 0
        batch.append(text)
        held += len(text)
    if batch:
        yield batch


@dataclass(frozen=True)
class ExtractorSpec:
    """What it takes to build the same :class:`Extractor` in another process or on another host:
    the model name and the contents (not the paths) of the user's alias and pattern files."""

    model: str = DEFAULT_MODEL
    aliases: bytes | None = None
    patterns: bytes | None = None
    names: tuple[str, str] = ("", "")  # the user's file names, for error messages only

    @classmethod
    def from_options(cls, model: str = DEFAULT_MODEL, *, aliases=None, patterns=None) -> ExtractorSpec:
        return cls(
            model,
            Path(aliases).read_bytes() if aliases else None,
            Path(patterns).read_bytes() if patterns else None,
            (str(aliases or ""), str(patterns or "")),
        )

    def digest(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        for part in (self.model.encode(), self.aliases or b"", self.patterns or b""):
            h.update(len(part).to_bytes(8, "little") + part)
        return h.hexdigest()

    def extractor(self) -> Extractor:
        """Build the extractor. The user's files, if there are any, are written to a private folder
        for the loaders to read, which is removed once they have (the extractor keeps what they
        read, not the files)."""
        if not (self.aliases or self.patterns):
            return Extractor(self.model)
        with tempfile.TemporaryDirectory(prefix="kg-spec-") as name:
            folder = Path(name)
            paths = {}
            for kind in ("aliases", "patterns"):
                data = getattr(self, kind)
                if data:
                    paths[kind] = folder / f"{kind}.jsonl"
                    paths[kind].write_bytes(data)
            try:
                return Extractor(self.model, aliases=paths.get("aliases"), patterns=paths.get("patterns"))
            except DataFileError as error:  # name the user's file, not the private copy
                message = str(error)
                for kind, shown in zip(("aliases", "patterns"), self.names):
                    if kind in paths and shown:
                        message = message.replace(str(paths[kind]), shown)
                raise DataFileError(message) from None


def extraction_context(spec: ExtractorSpec) -> str:
    """Everything besides the text that an extraction depends on, as one string (the cache's
    context key): model name and version, kg's extraction version, the hand-off types, a digest
    of kg's code and data files (:func:`code_digest`) and the user's alias and pattern files."""
    import spacy.util

    try:  # the model's meta.json, without loading the model
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(spec.model))
    except (ImportError, OSError, ValueError):
        try:
            meta = spacy.util.get_model_meta(Path(spec.model))
        except (OSError, ValueError):
            meta = load_pipeline(spec.model, gazetteer=load_gazetteer()).meta  # raises ModelNotFound
    h = hashlib.blake2b(digest_size=16)
    h.update(code_digest(_package_root()).encode())
    h.update(spec.aliases or b"")
    h.update(b"\0")
    h.update(spec.patterns or b"")
    return f"{meta.get('lang', '')}_{meta.get('name', spec.model)}-{meta.get('version', '')}|kg-{EXTRACTION_VERSION}|{shape_digest()}|{h.hexdigest()}"


def _package_root():
    """kg's package folder (a function, so a test can point the cache key at a copy)."""
    return importlib.resources.files("kg")


def code_digest(root) -> str:
    """A digest of every ``.py`` file under ``root`` (kg's package folder, subpackages included)
    and of every file under ``root/data``, by path relative to ``root`` in sorted order.

    Any of them may decide what an extraction contains or what a file's documents are (the cache
    replays unchanged files without reading them), so all of them key the cache: a new module or
    data file anywhere in the package is never served stale extractions. Compiled files
    (``__pycache__``) are left out.
    """
    h = hashlib.blake2b(digest_size=16)
    for relative, resource in sorted(_package_files(root, ""), key=lambda item: item[0]):
        data = resource.read_bytes()
        h.update(len(relative.encode()).to_bytes(8, "little") + relative.encode())
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def _package_files(folder, prefix: str) -> Iterator[tuple[str, object]]:
    for entry in folder.iterdir():
        relative = prefix + entry.name
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _package_files(entry, relative + "/")
        elif entry.is_file() and (relative.endswith(".py") or relative.startswith("data/")):
            yield relative, entry


# ---------------------------------------------------------------------------------------------
# Who runs the NLP: this process or worker processes (kg.distributed adds a Dask cluster).

#: A runner: ``runner(items, spec)`` takes ``(tag, document)`` pairs and yields ``(tag,
#: extraction)`` pairs in the same order, computed by the :class:`Extractor` that ``spec`` names.
Runner = Callable[[Iterator[tuple[str, Document]], ExtractorSpec], Iterator[tuple[str, DocumentExtraction]]]

# The process's loaded Extractor, reused by later builds with the same context (tests, notebooks,
# worker processes): loading the model and the gazetteer patterns is the cost of a small build.
_LOADED: dict[str, Extractor | Exception] = {}


def loaded_extractor(spec: ExtractorSpec, context: str | None = None) -> Extractor:
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


def in_process_extractions(items: Iterator, spec: ExtractorSpec, *, extractor: Extractor | None = None):
    """A runner: the extractions computed in this process, by ``extractor`` if given, else by the
    process's loaded :class:`Extractor` for ``spec``, loaded only when some document needs it."""
    first = next(items, None)
    if first is None:
        return  # everything was cached: no model to load
    extractor = extractor or loaded_extractor(spec)
    tags: deque = deque()

    def documents() -> Iterator[Document]:
        for tag, document in chain([first], items):
            tags.append(tag)
            yield document

    for extraction in extractor.extractions(documents()):
        yield tags.popleft(), extraction


def _worker_start(spec: ExtractorSpec, context: str) -> None:
    gc.enable()  # a forked worker inherits the build's paused collector; it parses for long
    with contextlib.suppress(Exception):  # kept, and raised by the first task, where the parent sees it
        loaded_extractor(spec, context)


def worker_extractions(spec: ExtractorSpec, context: str, documents: list[Document]) -> list[DocumentExtraction]:
    """One task of a worker process or Dask worker: the extractions of ``documents``, in order."""
    extractor = loaded_extractor(spec, context)
    return list(extractor.extractions(documents, batch_size=max(len(documents), 1)))


def windowed(items: Iterator, submit: Callable, window: int) -> Iterator:
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


def start_method() -> str:
    """How this platform starts worker processes."""
    # fork: workers start at once and share the parent's imports (kg runs no threads of its own
    # by then); where there is no fork, spawn, and each worker imports kg itself.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def process_extractions(items: Iterator, spec: ExtractorSpec, *, jobs: int):
    """A runner: the extractions computed by ``jobs`` worker processes, each with its own model."""
    context = extraction_context(spec)
    # Started before the first document is read, so the workers load the model while this
    # process reads files and looks up the cache.
    with multiprocessing.get_context(start_method()).Pool(jobs, initializer=_worker_start, initargs=(spec, context)) as pool:

        def submit(documents):
            return pool.apply_async(worker_extractions, (spec, context, documents)).get

        yield from windowed(items, submit, 2 * jobs)


# ---------------------------------------------------------------------------------------------
# The stream: cache lookups, extraction, cache writes, progress.


@dataclass
class Progress:
    """How far a build is, for progress bars: ``total`` is an estimate from the input files."""

    total: int = 0
    done: int = 0
    cached: int = 0


def cached_extractions(
    pairs: Iterable[tuple[str | None, Document]],
    *,
    runner: Runner,
    spec: ExtractorSpec | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> Iterator[tuple[DocumentExtraction, bool]]:
    """Yield ``(extraction, from_cache)`` for every ``(key, document)`` pair, as a stream.

    A pair's key is the document's cache key, or None to compute it. Cached extractions come from
    ``cache``; ``runner`` computes the rest, which are stored in ``cache`` one transaction per
    batch. The order of the output is not the order of the input; the graph does not depend on it.
    ``on_progress`` is called with ``progress`` as documents are done.
    """
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

    computed = runner(misses(), spec)
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
