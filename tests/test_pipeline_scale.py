"""Builds at scale: streaming, long documents, the cache, worker processes, progress, CLI.

Whatever runs the NLP and whatever the cache holds, the graph files are the same bytes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.graphml import graphml_bytes
from kg.model import Document
from kg.pipeline import CACHE_NAME, build, build_graph_from_paths, count_documents, document_extractions
from kg.pieces import text_pieces as _pieces
from kg.runners import CACHE_BATCH

ROOT = Path(__file__).resolve().parent.parent

SHORT = [
    "Russia annexed Ukraine’s Crimean peninsula in 2014.",
    "Estonia, Latvia and Lithuania are members of NATO and the European Union.",
    "The Russian delegation will be led by Deputy Foreign Minister Alexander Grushko.",
    "Julianne Smith, the US ambassador to NATO, said the alliance was ready to talk.",
    "Finland joined NATO in April 2023, and Sweden followed a year later.",
    "Jens Stoltenberg, the NATO secretary-general, met officials in Brussels.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    for i, text in enumerate(SHORT):
        (folder / f"short-{i}.txt").write_text(f"News {i}\n\n{text}\n", encoding="utf-8")
    return folder


def files_of(result) -> dict[str, bytes]:
    return {fmt: path.read_bytes() for fmt, path in result.outputs.items()}


# ------------------------------------------------------------------ long documents


def test_pieces_are_cut_at_paragraph_breaks_and_cover_the_text():
    paragraphs = [f"Paragraph {i} says something about NATO and Russia." for i in range(40)]
    text = "\n\n".join(paragraphs)
    pieces = _pieces(text, 300)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 300 for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentences_then_spaces():
    text = "One sentence here. " * 30 + "x" * 50
    pieces = _pieces(text, 100)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    assert all(p.endswith(". ") for _, p in pieces[:-2])


@pytest.mark.model
def test_a_long_document_is_parsed_in_pieces_with_its_offsets_restored(extractor):
    text = "\n\n".join(SHORT * 3)
    document = Document("long.txt", text)
    [whole] = extractor.extractions([document])
    [pieced] = extractor.extractions([document], max_chars=len(text) // 4)
    assert pieced.document == "long.txt"
    for m in pieced.mentions:
        if m.start != m.end:
            assert text[m.start : m.end] == m.text
    for r in pieced.relations:
        assert text[r.evidence.start : r.evidence.end].strip() == r.evidence.sentence
    # paragraphs are independent here, so the pieces find what the whole finds
    assert {(r.source, r.relation, r.target) for r in pieced.relations} == {
        (r.source, r.relation, r.target) for r in whole.relations
    }
    assert {m.key for m in pieced.mentions} == {m.key for m in whole.mentions}


# ------------------------------------------------------------------ streaming


@pytest.mark.model
def test_the_stream_reads_only_a_batch_ahead_of_what_it_has_parsed(extractor):
    pulled = 0

    def documents():
        nonlocal pulled
        for i in range(5 * CACHE_BATCH):
            pulled += 1
            yield Document(f"{i:04d}.txt", SHORT[i % len(SHORT)])

    stream = document_extractions(documents(), extractor=extractor)
    _, from_cache = next(stream)
    assert not from_cache
    assert pulled <= 2 * CACHE_BATCH
    assert 1 + sum(1 for _ in stream) == 5 * CACHE_BATCH


# ------------------------------------------------------------------ the cache


@pytest.mark.model
def test_a_rerun_reads_every_document_from_the_cache_and_writes_the_same_files(corpus, tmp_path):
    first = build([corpus], out_dir=tmp_path / "out")
    assert first.cached == 0
    assert (tmp_path / "out" / CACHE_NAME).is_file()
    again = build([corpus], out_dir=tmp_path / "out")
    assert again.cached == again.documents == first.documents
    assert files_of(again) == files_of(first)
    without = build([corpus], out_dir=tmp_path / "fresh", cache=False)
    assert without.cached == 0
    assert not (tmp_path / "fresh" / CACHE_NAME).exists()
    assert files_of(without) == files_of(first)


@pytest.mark.model
def test_a_changed_or_new_document_is_the_only_one_parsed_again(corpus, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in corpus.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    cache = tmp_path / "elsewhere" / "cache.sqlite"
    before = build_graph_from_paths([folder], cache=cache)
    (folder / "short-0.txt").write_text("News 0\n\nRussia annexed Crimea in 2014.\n", encoding="utf-8")
    (folder / "new.txt").write_text("New\n\nSweden joined NATO in 2024.\n", encoding="utf-8")
    after = build_graph_from_paths([folder], cache=cache)
    assert after.documents == before.documents + 1
    assert after.cached == before.documents - 1
    assert graphml_bytes(after.graph) == graphml_bytes(build_graph_from_paths([folder]).graph)


@pytest.mark.model
def test_unchanged_files_are_replayed_from_the_cache_without_reading_them(corpus, tmp_path, monkeypatch):
    import kg.ingest

    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in corpus.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "feed.jsonl").write_text(
        '{"text": "Finland joined NATO in 2023.", "title": "Finland", "date": "2023-04-04"}\n'
        "not json\n"
        '{"text": "Sweden joined NATO in 2024.", "url": "https://example.org/sweden"}\n',
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    hour_ago = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (hour_ago, hour_ago))  # files changed just now are always read again
    cache = tmp_path / "cache.sqlite"

    def metadata(seen):
        return lambda d: seen.append((d.id, d.path, d.title, d.date, d.url, d.source))

    first_seen, second_seen, read = [], [], []
    first = build_graph_from_paths([folder], cache=cache, on_document=metadata(first_seen))
    original = kg.ingest.documents_from_file
    monkeypatch.setattr(kg.ingest, "documents_from_file", lambda file, rules: (read.append(file.id), original(file, rules))[1])
    (folder / "short-1.txt").write_text("News 1\n\nEstonia is a member of the European Union.\n", encoding="utf-8")
    os.utime(folder / "short-1.txt", (hour_ago, hour_ago + 1))
    second = build_graph_from_paths([folder], cache=cache, on_document=metadata(second_seen))
    assert read == ["short-1.txt"]
    assert second_seen == first_seen
    assert second.documents == first.documents == 10
    assert second.skipped == first.skipped and len(first.skipped) == 2  # the bad JSON line, the empty file
    assert second.cached == second.documents - 1
    monkeypatch.setattr(kg.ingest, "documents_from_file", original)
    assert graphml_bytes(second.graph) == graphml_bytes(build_graph_from_paths([folder]).graph)


@pytest.mark.model
def test_a_killed_build_leaves_a_cache_the_next_build_can_use(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3 * CACHE_BATCH):
        (folder / f"{i:04d}.txt").write_text(f"Item {i}\n\n{SHORT[i % len(SHORT)]} ({i})\n", encoding="utf-8")
    cache = tmp_path / "cache.sqlite"
    script = "import sys; from kg.pipeline import build_graph_from_paths; build_graph_from_paths([sys.argv[1]], cache=sys.argv[2])"
    process = subprocess.Popen([sys.executable, "-c", script, str(folder), str(cache)])
    stored = 0
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            if cache.exists():
                try:
                    with sqlite3.connect(cache) as db:
                        stored = db.execute("SELECT count(*) FROM extractions").fetchone()[0]
                except sqlite3.Error:
                    continue
                if stored:
                    break
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert stored, "the build should have stored a batch before it was killed"
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = db.execute("SELECT count(*) FROM extractions").fetchone()[0]
    assert kept % CACHE_BATCH == 0 or kept == 3 * CACHE_BATCH  # whole batches only
    resumed = build_graph_from_paths([folder], cache=cache)
    assert resumed.cached == kept
    assert graphml_bytes(resumed.graph) == graphml_bytes(build_graph_from_paths([folder]).graph)


# ------------------------------------------------------------------ who runs the NLP


@pytest.mark.model
def test_two_worker_processes_build_the_same_graph(corpus):
    one = build_graph_from_paths([corpus])
    two = build_graph_from_paths([corpus], jobs=2)
    assert two.documents == one.documents
    assert graphml_bytes(two.graph) == graphml_bytes(one.graph)


def test_jobs_must_be_at_least_one(corpus):
    with pytest.raises(ValueError, match="jobs must be at least 1, got 0"):
        build_graph_from_paths([corpus], jobs=0)


# ------------------------------------------------------------------ progress


@pytest.mark.model
def test_progress_counts_every_document_and_the_cached_ones(corpus, tmp_path):
    seen = []
    build_graph_from_paths([corpus], cache=tmp_path / "c.sqlite", on_progress=lambda p: seen.append((p.total, p.done, p.cached)))
    assert seen[-1] == (8, 8, 0)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)
    seen.clear()
    build_graph_from_paths([corpus], cache=tmp_path / "c.sqlite", on_progress=lambda p: seen.append((p.total, p.done, p.cached)))
    assert seen[-1] == (8, 8, 8)


def test_the_progress_total_counts_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    assert count_documents([tmp_path]) == 5


# ------------------------------------------------------------------ command line


@pytest.mark.model
def test_cli_build_with_jobs_and_a_cache_path(corpus, tmp_path):
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2", "--cache", str(tmp_path / "c.sqlite")]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "from the cache" not in first.output
    assert (tmp_path / "c.sqlite").is_file()
    assert not (tmp_path / "out" / CACHE_NAME).exists()
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "Read 8 document(s), 8 from the cache in" in second.output


@pytest.mark.model
def test_cli_no_cache_writes_no_cache_file(corpus, tmp_path):
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-q", "-f", "graphml"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.graphml"]


def test_cli_names_a_cache_file_it_cannot_use(corpus, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 50)
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--cache", str(notes)])
    assert result.exit_code == 2
    assert "notes.txt" in result.output and "--no-cache" in result.output


def test_cli_build_options_have_help():
    result = CliRunner().invoke(app, ["build", "--help"])
    for option in ("--jobs", "--cache", "--no-cache", "--dask"):
        assert option in result.output


def test_words_of_a_long_stream_do_not_stay_in_the_vocabulary(extractor):
    from kg.model import Document
    from kg.runners import ZONE_SIZE

    sentence = "The Russian delegation was led by Deputy Foreign Minister Sergei Ryabkov."
    texts = [f"Zorblatt{i} Quexford{i} visited Flimzonia{i}. {sentence}" for i in range(ZONE_SIZE + 40)]
    before = len(extractor.nlp.vocab.strings)
    found = [{(r.source, r.relation, r.target) for r in e.relations}
             for e in extractor.extractions(Document(id=f"d{i}", text=t) for i, t in enumerate(texts))]
    # 3 new words per document would add hundreds of strings; each memory zone forgets them
    assert len(extractor.nlp.vocab.strings) < before + 3 * ZONE_SIZE // 4
    # and what was learnt in one zone (lemmas, matches) still holds in the next
    assert ("person:sergei ryabkov", "leads-delegation", "state:russia") in found[0]
    assert found[0] == found[ZONE_SIZE + 10] == found[-1]


def test_lone_surrogates_are_parsed_as_replacement_characters_with_offsets_kept(extractor):
    text = "\ud800\ud800 Estonia joined NATO in 2004 \udfff."
    (result,) = list(extractor.extractions([Document(id="s", text=text)]))
    assert ("state:estonia", "member-of", "org:nato") in {(r.source, r.relation, r.target) for r in result.relations}
    estonia = next(m for m in result.mentions if m.key == "state:estonia")
    assert text[estonia.start : estonia.end] == "Estonia"
