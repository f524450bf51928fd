"""Reading a build's inputs: documents with their cache keys, and an estimate of how many.

A build reads its paths through :func:`keyed_documents`: what :func:`~kg.ingest.read_documents`
yields, except that a file unchanged since the extraction cache recorded it (same size, times and
inode) whose extractions are all cached is not read again, and its documents are replayed from the
record. Nothing here parses: this is the step before the NLP.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import kg.ingest as ingest
from kg.cache import ExtractionCache, document_key
from kg.debris import default_debris_rules
from kg.ingest import SUPPORTED_SUFFIXES, read_documents
from kg.model import Document, Skipped

__all__ = ["count_documents", "keyed_documents"]


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


def keyed_documents(paths, store: ExtractionCache | None, read: list) -> Iterator[tuple[str | None, Document | Skipped]]:
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
