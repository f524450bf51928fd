"""The extraction cache: a real SQLite file written, closed, reopened and read back."""

from __future__ import annotations

import sqlite3

import pytest

import kg.cache
from kg.cache import CacheError, ExtractionCache, document_key
from kg.model import Document, DocumentExtraction, Evidence, Mention, Relation

CONTEXT = "en_core_web_sm-3.8.0|kg-1|test"


def extraction(doc_id: str = "a.txt", *, date: str = "2022-01-12") -> DocumentExtraction:
    evidence = Evidence(doc_id, "Russia annexed Ukraine’s Crimean peninsula in 2014.", 10, 61, "annexed-active")
    return DocumentExtraction(
        document=doc_id,
        mentions=(
            Mention("state:russia", "Russia", "state", "Russia", 10, 16),
            Mention("state:russia", "Russia", "state", "Moscow", 70, 76, alias=False),
            Mention("person:vladimir putin", "Vladimir Putin", "person", "Mr Putin", 80, 88),
        ),
        relations=(
            Relation("state:russia", "annexed", "place:crimea", evidence, date="2014"),
            Relation("person:vladimir putin", "holds-office", "state:russia", evidence, role="president"),
        ),
        date=date,
    )


def document(doc_id: str = "a.txt", text: str = "Russia annexed Crimea.", **meta) -> Document:
    return Document(doc_id, text, path=f"/corpus/{doc_id}", **meta)


def test_extractions_survive_closing_and_reopening_the_file(tmp_path):
    path = tmp_path / "cache.sqlite"
    doc = document()
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(doc), extraction())])
    assert path.is_file()
    with ExtractionCache(path, context=CONTEXT) as cache:
        assert len(cache) == 1
        assert cache.get_many([(document_key(doc), doc)]) == [extraction()]


def test_a_missing_entry_is_none_and_order_follows_the_request(tmp_path):
    a, b = document("a.txt", "One."), document("b.txt", "Two.")
    with ExtractionCache(tmp_path / "c.sqlite", context=CONTEXT) as cache:
        cache.put_many([(document_key(b), extraction("b.txt"))])
        assert cache.get_many([(document_key(a), a), (document_key(b), b)]) == [None, extraction("b.txt")]


def test_the_key_is_the_text_and_metadata_not_the_file_name():
    assert document_key(document("a.txt")) == document_key(document("renamed/b.txt"))
    assert document_key(document(text="Russia annexed Crimea!")) != document_key(document())
    assert document_key(document(date="2022-01-12")) != document_key(document(date="2022-01-13"))
    assert document_key(document(title="Talks")) != document_key(document())


def test_the_same_text_under_another_name_cites_the_new_name(tmp_path):
    original, copy = document("a.txt"), document("copies/a-copy.txt")
    with ExtractionCache(tmp_path / "c.sqlite", context=CONTEXT) as cache:
        cache.put_many([(document_key(original), extraction("a.txt"))])
        [found] = cache.get_many([(document_key(copy), copy)])
    assert found.document == "copies/a-copy.txt"
    assert {r.evidence.document for r in found.relations} == {"copies/a-copy.txt"}
    assert found.mentions == extraction().mentions


def test_another_context_does_not_see_the_entries(tmp_path):
    doc = document()
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(doc), extraction())])
    with ExtractionCache(path, context="en_core_web_lg-3.8.0|kg-1|test") as other:
        assert len(other) == 0
        assert other.get_many([(document_key(doc), doc)]) == [None]


def test_a_batch_is_stored_whole_or_not_at_all(tmp_path, monkeypatch):
    """A build killed while writing a batch leaves the batches before it and nothing partial."""
    docs = [document(f"{i}.txt", f"Text {i}.") for i in range(6)]
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(d), extraction(d.id)) for d in docs[:3]])
        encode = kg.cache._encode
        calls = []

        def failing(value):
            calls.append(value)
            if len(calls) == 2:
                raise KeyboardInterrupt  # the user pressed Ctrl-C halfway through the batch
            return encode(value)

        monkeypatch.setattr(kg.cache, "_encode", failing)
        with pytest.raises(KeyboardInterrupt):
            cache.put_many([(document_key(d), extraction(d.id)) for d in docs[3:]])
    with ExtractionCache(path, context=CONTEXT) as cache:
        found = cache.get_many([(document_key(d), d) for d in docs])
    assert [f is not None for f in found] == [True, True, True, False, False, False]


def test_an_unreadable_entry_counts_as_missing(tmp_path):
    doc = document()
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(doc), extraction())])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extractions SET extraction = ?", (b"not zlib",))
    with ExtractionCache(path, context=CONTEXT) as cache:
        assert cache.get_many([(document_key(doc), doc)]) == [None]


def test_a_cache_of_another_schema_version_is_emptied(tmp_path, monkeypatch):
    doc = document()
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(doc), extraction())])
    monkeypatch.setattr(kg.cache, "SCHEMA_VERSION", "999")
    with ExtractionCache(path, context=CONTEXT) as cache:
        assert len(cache) == 0


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a cache\n" * 100)
    with pytest.raises(CacheError, match="notes.txt.*--no-cache"):
        ExtractionCache(path, context=CONTEXT)
    assert path.read_text().startswith("these are my notes")


def test_an_entry_that_would_run_code_is_refused(tmp_path):
    """Entries are pickles of kg's hand-off types only; anything else is treated as missing."""
    import pickle
    import zlib

    doc = document()
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, context=CONTEXT) as cache:
        cache.put_many([(document_key(doc), extraction())])
    evil = zlib.compress(pickle.dumps(print, protocol=5))  # a reference to a callable
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extractions SET extraction = ?", (evil,))
    with ExtractionCache(path, context=CONTEXT) as cache:
        assert cache.get_many([(document_key(doc), doc)]) == [None]


# ------------------------------------------------------------------ the context key


@pytest.fixture
def package_copy(tmp_path):
    """A copy of kg's package folder, compiled files and all, to change without touching kg."""
    import importlib.resources
    import shutil

    root = tmp_path / "kg"
    shutil.copytree(str(importlib.resources.files("kg")), root)
    (root / "__pycache__").mkdir(exist_ok=True)
    return root


def test_every_module_and_data_file_keys_the_cache_subpackages_included(package_copy):
    from kg.runners import code_digest

    before = code_digest(package_copy)
    (package_copy / "relations").mkdir(exist_ok=True)
    (package_copy / "relations" / "new_family.py").write_text("RULES = []\n", encoding="utf-8")
    after_new_module = code_digest(package_copy)
    assert after_new_module != before
    (package_copy / "export" / "graphml.py").write_text("# changed\n", encoding="utf-8")
    assert code_digest(package_copy) != after_new_module
    changed_export = code_digest(package_copy)
    (package_copy / "data" / "extra").mkdir()
    (package_copy / "data" / "extra" / "words.txt").write_text("word\n", encoding="utf-8")
    assert code_digest(package_copy) != changed_export
    with_extra = code_digest(package_copy)
    table = package_copy / "data" / "rule_precision.json"  # a regenerated table of rule precisions
    table.write_text(table.read_text(encoding="utf-8").replace('"strength"', '"strength" ', 1), encoding="utf-8")
    assert code_digest(package_copy) != with_extra


def test_compiled_files_and_non_python_files_outside_data_do_not_key_the_cache(package_copy):
    from kg.runners import code_digest

    before = code_digest(package_copy)
    (package_copy / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0compiled")
    (package_copy / "export" / "notes.txt").write_text("not code\n", encoding="utf-8")
    assert code_digest(package_copy) == before


@pytest.mark.model
def test_the_context_key_of_a_build_follows_the_package_files(package_copy, monkeypatch):
    import kg.runners

    spec = kg.runners.ExtractorSpec()
    monkeypatch.setattr(kg.runners, "_package_root", lambda: package_copy)
    before = kg.runners.extraction_context(spec)
    (package_copy / "relations").mkdir(exist_ok=True)
    (package_copy / "relations" / "new_family.py").write_text("RULES = []\n", encoding="utf-8")
    assert kg.runners.extraction_context(spec) != before
