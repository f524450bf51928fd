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
from kg.model import Document

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
