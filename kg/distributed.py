"""Run kg's per-document extraction on a Dask cluster (``kg build --dask ADDRESS``).

This machine still reads the files, keeps the cache and builds the graph; the cluster's workers
only turn documents into extractions, the same :class:`~kg.runners.Extractor` work a local
worker process does, so the graph is the same as a local build's. A worker loads the model once
and keeps it for every later task. Workers need kg, ``distributed`` and the model installed, at
the versions the client runs: each task checks, since a worker running other rules would fill
the cache with extractions the client's rules would not make.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice

from kg.model import Document, DocumentExtraction
from kg.runners import TASK_SIZE, ExtractorSpec, extraction_context, windowed, worker_extractions

__all__ = ["dask_extractions"]


def dask_extractions(items: Iterator[tuple[str, Document]], spec: ExtractorSpec, address) -> Iterator[tuple[str, DocumentExtraction]]:
    """A runner (see :mod:`kg.runners`): ``(tag, extraction)`` for each ``(tag, document)``, in
    order, computed on the cluster whose scheduler is at ``address`` (or by a ``distributed.Client``).
    At most two tasks per worker thread are in flight, so the documents are read only as fast as
    the cluster parses them."""
    first = list(islice(items, TASK_SIZE))
    if not first:
        return  # everything was cached: no need to reach the cluster
    from distributed import Client

    client = address if isinstance(address, Client) else Client(address, set_as_default=False)
    try:
        threads = max(sum(client.nthreads().values()), 1)
        context = extraction_context(spec)

        def submit(documents):
            return client.submit(_remote_extractions, spec, context, documents, pure=False).result

        yield from windowed(chain(first, items), submit, 2 * threads)
    finally:
        if client is not address:
            client.close()


def _remote_extractions(spec: ExtractorSpec, context: str, documents: list[Document]) -> list[DocumentExtraction]:
    """Extractions of ``documents`` on a worker, which must run the client's kg and model."""
    own = extraction_context(spec)
    if own != context:
        raise RuntimeError(
            f"a Dask worker runs a different kg or model than this client ({own} instead of {context}): "
            "install the same versions of kg and the model on the workers"
        )
    return worker_extractions(spec, context, documents)
