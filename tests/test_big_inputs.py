"""Big and hostile inputs (issue 15): tokens longer than any word are cut out before anything
reads them, cleaning a text is linear in its length, and a document too long to parse at once is
parsed piece by piece with what the rules need carried from piece to piece."""

from __future__ import annotations

import base64
import random
import re
import string
import time
from pathlib import Path

import pytest

from kg.debris import LONG_TOKEN_CHARS, clean_text, cleaned_text, default_debris_rules
from kg.ingest import read_documents
from kg.model import Document, DocumentExtraction
from kg.pieces import PIECE_CHARS, text_pieces
from kg.runners import BATCH_CHARS, _batches

ROOT = Path(__file__).resolve().parent.parent
PROSE = "The foreign ministers of Kenya and Uganda met in Nairobi on Monday to discuss the border."


def blob(chars: int) -> str:
    return base64.b64encode(random.Random(chars).randbytes(chars * 3 // 4)).decode()[:chars]


# --------------------------------------------------------------------------------------------
# Tokens longer than any word


@pytest.mark.parametrize("token", [
    blob(LONG_TOKEN_CHARS),  # a base64 image pasted into the text
    "".join(random.Random(1).choice(string.ascii_letters) for _ in range(5000)),
    "a=b.c(d);if(e){f[g]=h&&i||j;}" * 5,  # a minified script
    "[" + ",".join(str(i) for i in range(200)) + "]",  # data without spaces
], ids=["base64", "letters", "script", "data"])
def test_a_token_longer_than_any_word_is_cut_out_and_counted(token):
    cleaned = cleaned_text(f"{PROSE} {token} {PROSE}")
    assert cleaned.text == f"{PROSE} {PROSE}"
    assert cleaned.long_tokens == 1
    assert clean_text(f"{PROSE} {token} {PROSE}") == cleaned.text


def test_tokens_up_to_the_limit_are_words_and_stay():
    near = "a" * (LONG_TOKEN_CHARS - 1)
    cleaned = cleaned_text(f"{PROSE} {near} {PROSE}")
    assert cleaned.text == f"{PROSE} {near} {PROSE}"
    assert cleaned.long_tokens == 0


@pytest.mark.parametrize("suffix,content", [
    (".txt", f"{PROSE}\n\n{blob(3000)}\n\n{PROSE} {blob(500)}\n"),
    (".md", f"# Talks\n\n{PROSE} ![chart](data:image/png;base64,{blob(3000)})\n\n{PROSE} {blob(500)}\n"),
    (".jsonl", '{"text": "' + f"{PROSE} {blob(3000)} {PROSE} {blob(500)}" + '"}\n'),
])
def test_readers_count_what_they_cut_in_the_document(tmp_path, suffix, content):
    path = tmp_path / f"a{suffix}"
    path.write_text(content, encoding="utf-8")
    [document] = list(read_documents([path]))
    assert isinstance(document, Document), document
    assert document.long_tokens == 2
    assert PROSE in document.text and "base64" not in document.text.replace("base64,", "")


# --------------------------------------------------------------------------------------------
# Cleaning is linear: no line rule reads a long line once per character


def _shapes(n: int) -> dict[str, str]:
    rng = random.Random(0)
    words = "the minister said talks of and Nato news via reporting by copyright 2020 share on behalf of".split()
    line = " ".join(rng.choice(words) for _ in range(n // 6))
    prose = " ".join([PROSE] * (n // len(PROSE)))
    return {
        "words without a full stop": line,
        "prose on one line": prose,
        "a text wrapped at 72 columns": "\n".join(line[i : i + 72] for i in range(0, len(line), 72)),
        "numbers with commas": ", ".join("1,000" for _ in range(n // 7)),
        "one long token": "x" * n,
    }


@pytest.mark.parametrize("shape", list(_shapes(10)))
def test_cleaning_a_long_line_takes_time_in_proportion_to_it(shape):
    """A quarter of a million characters in a few seconds at most; a rule that reads the line
    once per character takes minutes (the contributor-footer pattern took 100 s at 200,000)."""
    text = _shapes(250_000)[shape]
    started = time.perf_counter()
    clean_text(text)
    assert time.perf_counter() - started < 15


def test_no_debris_phrase_opens_with_an_unbounded_run():
    """A phrase may match anywhere in a line: opening with [^.]* or .* makes the search try it from
    every character to the end of the line (see kg/data/boilerplate.txt)."""
    rules = default_debris_rules()
    opens_unbounded = re.compile(r"^(?:\[(?:\\.|[^\]])*\]|\.)[*+]")
    offenders = [p for p in rules.phrases + rules.credits if opens_unbounded.match(p)]
    assert not offenders


# --------------------------------------------------------------------------------------------
# Long documents: parsed in pieces, with what spans pieces carried over


def test_pieces_end_at_sentence_ends_not_at_abbreviations():
    text = ("The envoy met Mr. Smith and Dr. Jones at the U.S. embassy on Monday. " * 40).strip()
    pieces = text_pieces(text, 500)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 500 for _, piece in pieces)
    assert all(piece.endswith("on Monday. ") for _, piece in pieces[:-1])


def test_a_text_without_any_break_is_still_cut_within_the_limit():
    text = "x" * 1234
    pieces = text_pieces(text, 100)
    assert "".join(piece for _, piece in pieces) == text
    assert max(len(piece) for _, piece in pieces) == 100


def test_batches_hold_a_few_texts_or_fewer_once_they_are_long():
    texts = ["a" * 10] * 5 + ["b" * 40, "c" * 40, "d" * 100, "e" * 10]
    batches = list(_batches(iter(texts), 4, 60))
    assert [b for batch in batches for b in batch] == texts
    assert [len(batch) for batch in batches] == [4, 2, 1, 1, 1]


def _read(extractor, paragraphs: list[str], *, max_chars: int) -> DocumentExtraction:
    [extraction] = list(extractor.extractions([Document("d.txt", "\n\n".join(paragraphs))], max_chars=max_chars))
    return extraction


def _triples(extraction: DocumentExtraction) -> set[tuple[str, str, str]]:
    return {(r.source, r.relation, r.target) for r in extraction.relations}


# Each pair: a first paragraph, and a second that needs it; the limit cuts between them.
ACROSS_PIECES = {
    "a surname": (["Russian President Vladimir Putin met reporters in Moscow on Monday.",
                   "Putin said the talks would go on."], "Putin", "person:vladimir putin"),
    "an acronym": (["The Foo Bar Tariff Council met in Harare on Monday.",
                    "Zimbabwe is a member of the FBTC, officials said."], "FBTC", "org:foo bar tariff council"),
}


@pytest.mark.model
@pytest.mark.parametrize("case", list(ACROSS_PIECES))
def test_a_name_resolves_to_what_another_piece_named_in_full(extractor, case):
    paragraphs, short, key = ACROSS_PIECES[case]
    whole = _read(extractor, paragraphs, max_chars=PIECE_CHARS)
    pieced = _read(extractor, paragraphs, max_chars=len(paragraphs[0]) + 2)
    for extraction in (whole, pieced):
        assert {m.key for m in extraction.mentions if m.text == short} == {key}
    assert _triples(pieced) == _triples(whole)


@pytest.mark.model
def test_the_bloc_in_a_later_piece_is_the_one_an_earlier_piece_named(extractor):
    paragraphs = ["Leaders of the East African Community met in Arusha on Friday.",
                  "Somalia joined the bloc in 2023, officials said."]
    pieced = _read(extractor, paragraphs, max_chars=len(paragraphs[0]) + 2)
    assert ("state:somalia", "member-of", "org:east-african-community") in _triples(pieced)


@pytest.mark.model
@pytest.mark.parametrize("order", ["ended first", "ended last"])
def test_a_membership_the_document_says_ended_is_none_in_any_piece(extractor, order):
    paragraphs = ["Mali quit ECOWAS in January, the junta said.", "Mali is a member of ECOWAS, the statement said."]
    if order == "ended last":
        paragraphs.reverse()
    pieced = _read(extractor, paragraphs, max_chars=len(paragraphs[0]) + 2)
    assert ("state:mali", "member-of", "org:ecowas") not in _triples(pieced)


@pytest.mark.model
def test_a_long_document_is_parsed_in_batches_of_bounded_size(extractor, monkeypatch):
    """Peak memory follows the characters parsed at once, so a long document never passes
    BATCH_CHARS of them to the model together, whatever its length."""
    seen = []
    pipe = extractor.nlp.pipe
    monkeypatch.setattr(extractor.nlp, "pipe", lambda texts, **kw: seen.append(sum(map(len, texts))) or pipe(texts, **kw))
    paragraphs = [PROSE] * (3 * BATCH_CHARS // len(PROSE))
    extraction = _read(extractor, paragraphs, max_chars=PIECE_CHARS)
    assert len(seen) >= 3 and max(seen) <= BATCH_CHARS
    assert {m.key for m in extraction.mentions} >= {"state:kenya", "state:uganda"}
    text = "\n\n".join(paragraphs)
    assert all(text[m.start : m.end] == m.text for m in extraction.mentions if m.start != m.end)


@pytest.mark.model
def test_the_summary_says_how_many_long_tokens_were_cut(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"{PROSE}\n\n{blob(5000)}\n\n{PROSE} {blob(200)}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert f"cut 2 run(s) of {LONG_TOKEN_CHARS} or more characters without a space" in result.output
    assert "out of 1 document(s)" in result.output
