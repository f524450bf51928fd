"""A per-document cache of extractions in an embedded SQLite database.

A re-run of ``kg build`` parses only the documents whose extraction is not cached, and rebuilds the
graph from the cache for the rest. An entry is found by two keys:

- the document key, a hash of the text and the metadata an extraction may read (title, date, URL,
  source), but not its id or path: renaming or moving a file does not invalidate it;
- the context, which names everything else the extraction depends on: the spaCy model's name and
  version, kg's ``EXTRACTION_VERSION``, and a digest of kg's code (every module, subpackages
  included), its data files and the user's alias and pattern files, so editing a rule or an alias
  never serves a stale result.

Each batch is written in one transaction, so a build that is killed leaves the entries of the
batches it finished and nothing half-written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import pickle
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path

import kg.model
from kg.model import Document, DocumentExtraction, Evidence, Mention, Relation

__all__ = ["CacheError", "ExtractionCache", "document_key", "shape_digest"]

#: Bump when the table layout changes; older cache files are then emptied, not misread.
SCHEMA_VERSION = "3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    context TEXT NOT NULL,
    document TEXT NOT NULL,
    extraction BLOB NOT NULL,
    PRIMARY KEY (context, document)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    context TEXT NOT NULL,
    path TEXT NOT NULL,
    id TEXT NOT NULL,
    signature TEXT NOT NULL,
    documents BLOB NOT NULL,
    PRIMARY KEY (context, path, id)
) WITHOUT ROWID;
"""


class CacheError(OSError):
    """The cache file cannot be used (not a kg cache, unreadable, or on a read-only disk)."""


def document_key(document: Document) -> str:
    """The hash that finds ``document``'s extraction: its text and metadata, not its id or path."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (document.text, document.title, document.date, document.url, document.source):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def shape_digest() -> str:
    """A digest of the hand-off types' fields: a cache written for other fields is not read."""
    shape = [
        (cls.__name__, [f.name for f in dataclasses.fields(cls)])
        for cls in (Document, Mention, Evidence, Relation, DocumentExtraction)
    ]
    return hashlib.blake2b(json.dumps(shape).encode(), digest_size=8).hexdigest()


class _Unpickler(pickle.Unpickler):
    """Rebuilds kg's hand-off types and nothing else: a cache file is data, never code."""

    def find_class(self, module: str, name: str):
        if module == "kg.model" and name in _HAND_OFF_TYPES:
            return getattr(kg.model, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not one of kg's hand-off types")


_HAND_OFF_TYPES = frozenset({"Document", "DocumentExtraction", "Evidence", "Mention", "Relation"})


def _encode(extraction: DocumentExtraction) -> bytes:
    # pickle rather than JSON: a warm build decodes thousands of extractions, and the C unpickler
    # does it ten times faster; shape_digest() keeps entries of other field sets apart.
    return zlib.compress(pickle.dumps(extraction, protocol=5), 1)


def _decode(blob: bytes, document: Document) -> DocumentExtraction:
    extraction = _Unpickler(io.BytesIO(zlib.decompress(blob))).load()
    if not isinstance(extraction, DocumentExtraction):
        raise TypeError(f"not an extraction: {type(extraction).__name__}")
    if extraction.document == document.id:
        return extraction
    # The same text under another file name: the extraction and its evidence now cite this one.
    old = extraction.document
    relations = tuple(
        dataclasses.replace(r, evidence=dataclasses.replace(r.evidence, document=document.id))
        if r.evidence.document == old else r
        for r in extraction.relations
    )
    return dataclasses.replace(extraction, document=document.id, relations=relations)


class ExtractionCache:
    """Extractions stored by (context, document key) in the SQLite file ``path``.

    Use as a context manager, or call :meth:`close`. Reads and writes happen in the calling
    thread; one build writes at a time (SQLite serialises concurrent writers).
    """

    def __init__(self, path: str | Path, *, context: str):
        self.path = Path(path)
        self.context = context
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._db:
                self._db.executescript(_SCHEMA)
                row = self._db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
                if row is None or row[0] != SCHEMA_VERSION:
                    self._db.execute("DELETE FROM extractions")
                    self._db.execute("DELETE FROM files")
                    self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except (sqlite3.Error, OSError) as error:
            raise CacheError(
                None, f"cannot use {self.path} as the extraction cache ({error}): delete it or build with --no-cache"
            ) from None

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        """Entries stored for this context."""
        return self._db.execute("SELECT count(*) FROM extractions WHERE context = ?", (self.context,)).fetchone()[0]

    def get_many(self, pairs: list[tuple[str, Document]]) -> list[DocumentExtraction | None]:
        """The cached extraction of each ``(key, document)`` pair, or None where there is none."""
        keys = sorted({key for key, _ in pairs})
        blobs: dict[str, bytes] = {}
        for i in range(0, len(keys), 500):  # stay below SQLite's limit on bound parameters
            chunk = keys[i : i + 500]
            blobs.update(
                self._db.execute(
                    f"SELECT document, extraction FROM extractions WHERE context = ? AND document IN ({','.join('?' * len(chunk))})",
                    (self.context, *chunk),
                ).fetchall()
            )
        found = []
        for key, document in pairs:
            try:
                found.append(_decode(blobs[key], document) if key in blobs else None)
            except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError, zlib.error):
                found.append(None)  # an unreadable entry counts as missing and is rewritten
        return found

    def stored(self, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` have an extraction stored (without reading it)."""
        keys = sorted(set(keys))
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            found.update(
                key for (key,) in self._db.execute(
                    f"SELECT document FROM extractions WHERE context = ? AND document IN ({','.join('?' * len(chunk))})",
                    (self.context, *chunk),
                )
            )
        return found

    def get_files(self, files: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, list]]:
        """``{(path, id): (signature, entries)}`` recorded for the given input files.

        An entry is what reading the file gave: ``["document", key, [the Document's fields but
        its text]]`` or ``["skipped", path, reason]``; see :meth:`put_files`.
        """
        wanted = set(files)
        paths = sorted({path for path, _ in wanted})
        found = {}
        for i in range(0, len(paths), 500):
            chunk = paths[i : i + 500]
            rows = self._db.execute(
                f"SELECT path, id, signature, documents FROM files WHERE context = ? AND path IN ({','.join('?' * len(chunk))})",
                (self.context, *chunk),
            )
            for path, id_, signature, blob in rows:
                if (path, id_) not in wanted:
                    continue
                try:
                    found[(path, id_)] = (signature, json.loads(zlib.decompress(blob)))
                except (ValueError, zlib.error):
                    continue
        return found

    def put_files(self, rows: Iterable[tuple[str, str, str, list]]) -> None:
        """Record ``(path, id, signature, entries)`` for input files, in one transaction. Call it
        only once the extractions of the files' documents are stored."""
        encoded = (
            (self.context, path, id_, signature, zlib.compress(json.dumps(entries, ensure_ascii=False).encode("utf-8"), 1))
            for path, id_, signature, entries in rows
        )
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", encoded)

    def put_many(self, items: Iterable[tuple[str, DocumentExtraction]]) -> None:
        """Store ``(key, extraction)`` pairs in one transaction."""
        rows = ((self.context, key, _encode(extraction)) for key, extraction in items)
        with self._db:  # one transaction: a failure anywhere in the batch stores none of it
            self._db.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", rows)

