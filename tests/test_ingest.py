"""Tests for kg.ingest: real files written to tmp_path and read back."""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import (
    SUPPORTED_SUFFIXES,
    InputError,
    clean_text,
    load_debris_rules,
    read_documents,
)
from kg.model import Document, Skipped

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SENTENCE = "“Café owners in Kyiv said they would stay open,” the mayor told reporters."
OTHER_SENTENCE = "The talks in Brussels lasted more than three hours, officials said."


def read_all(*paths: str | os.PathLike[str]) -> list[Document | Skipped]:
    return list(read_documents(list(paths)))


def only(results: list[Document | Skipped]) -> Document | Skipped:
    assert len(results) == 1, results
    return results[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text)


# --------------------------------------------------------------------------------------------
# Encodings and bytes


@pytest.mark.parametrize(
    "encoded",
    [
        SENTENCE.encode("utf-8"),
        b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
        b"\xff\xfe" + SENTENCE.encode("utf-16-le"),
        b"\xfe\xff" + SENTENCE.encode("utf-16-be"),
        SENTENCE.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"],
)
def test_each_encoding_decodes_to_the_same_text(tmp_path, encoded):
    path = write(tmp_path / "article.txt", encoded)
    document = only(read_all(path))
    assert document == Document(id="article.txt", text=SENTENCE, path=str(path))


def test_mixed_line_endings_become_newlines_and_paragraphs_stay_apart(tmp_path):
    raw = f"{SENTENCE}\r\n\r\n{OTHER_SENTENCE}\r{SENTENCE}\n\n\n\n{OTHER_SENTENCE}\r\n"
    document = only(read_all(write(tmp_path / "a.txt", raw.encode("utf-8"))))
    assert document.text == f"{SENTENCE}\n\n{OTHER_SENTENCE}\n{SENTENCE}\n\n{OTHER_SENTENCE}"


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00"]
)
def test_empty_or_whitespace_file_is_skipped(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    assert read_all(path) == [Skipped(str(path), "empty file")]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    ],
)
def test_binary_file_named_txt_is_skipped_with_its_kind(tmp_path, content, kind):
    path = write(tmp_path / "report.txt", content)
    assert read_all(path) == [Skipped(str(path), f"binary file (looks like {kind}): expected text")]


def test_nul_bytes_without_byte_order_mark_mean_binary(tmp_path):
    path = write(tmp_path / "data.txt", b"header\x00\x01\x02 payload " * 10)
    assert read_all(path) == [Skipped(str(path), "binary file (contains NUL bytes): expected text")]


def test_utf16_without_byte_order_mark_is_named_as_such(tmp_path):
    path = write(tmp_path / "a.txt", SENTENCE.encode("utf-16-le"))
    (skipped,) = read_all(path)
    assert (
        skipped.reason == "binary file (looks like UTF-16 without a byte-order mark): expected text"
    )


def test_bytes_invalid_in_utf8_and_cp1252_are_read_as_windows_1252(tmp_path):
    # 0xE9 is not UTF-8 on its own; 0x81 is unassigned even in Windows-1252.
    raw = b"\x93Caf\xe9 owners\x94 in Kyiv said they would\x81 stay open, the mayor said."
    document = only(read_all(write(tmp_path / "a.txt", raw)))
    assert document.text == "“Café owners” in Kyiv said they would stay open, the mayor said."


def test_bytes_that_are_mostly_control_characters_are_binary(tmp_path):
    path = write(tmp_path / "a.txt", bytes(range(1, 32)) * 20 + b"some words")
    assert read_all(path) == [
        Skipped(str(path), "binary file (mostly control characters): expected text")
    ]


def test_permission_denied_is_skipped(tmp_path):
    path = write(tmp_path / "secret.txt", SENTENCE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user that reads files whatever their mode (root)")
        assert read_all(path) == [Skipped(str(path), "cannot read: permission denied")]
    finally:
        path.chmod(0o644)


def test_permission_error_while_reading_is_skipped(tmp_path, monkeypatch):
    # The same path as above, for machines where chmod cannot take read access away.
    path = write(tmp_path / "secret.txt", SENTENCE)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert read_all(path) == [Skipped(str(path), "cannot read: permission denied")]


# --------------------------------------------------------------------------------------------
# Paths, folders, order and ids


def test_missing_path_is_skipped_with_its_name(tmp_path):
    missing = str(tmp_path / "nowhere")
    assert read_all(missing) == [Skipped(missing, f"no such file or folder: {missing}")]


def test_empty_folder_is_skipped(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    write(folder / "notes.pdf", b"%PDF-1.4")
    write(folder / ".hidden.txt", SENTENCE)
    assert read_all(folder) == [
        Skipped(str(folder), f"no .txt, .md, .html, .htm or .jsonl files in {folder}")
    ]


def test_unsupported_file_named_explicitly_is_skipped(tmp_path):
    path = write(tmp_path / "x.pdf", b"%PDF-1.4")
    assert read_all(path) == [
        Skipped(
            str(path), f"unsupported input file {path}: expected .txt, .md, .html, .htm or .jsonl"
        )
    ]


def test_unsupported_files_inside_a_folder_are_ignored(tmp_path):
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "b.pdf", b"%PDF-1.4")
    write(tmp_path / "c.docx", b"PK\x03\x04")
    assert [result.id for result in read_all(tmp_path)] == ["a.txt"]


def test_upper_case_suffix_is_supported(tmp_path):
    assert only(read_all(write(tmp_path / "A.TXT", SENTENCE))).id == "A.TXT"


def test_ids_are_posix_paths_relative_to_the_folder_given(tmp_path):
    write(tmp_path / "news" / "b.txt", SENTENCE)
    write(tmp_path / "news" / "2022" / "jan" / "a.txt", SENTENCE)
    direct = write(tmp_path / "elsewhere" / "c.txt", SENTENCE)
    results = read_all(tmp_path / "news", direct)
    assert [(r.id, r.path) for r in results] == [
        ("2022/jan/a.txt", str(tmp_path / "news" / "2022" / "jan" / "a.txt")),
        ("b.txt", str(tmp_path / "news" / "b.txt")),
        ("c.txt", str(direct)),
    ]


def test_clashing_ids_are_qualified_by_path(tmp_path):
    first = write(tmp_path / "a" / "x.txt", SENTENCE)
    second = write(tmp_path / "b" / "x.txt", OTHER_SENTENCE)
    assert [r.id for r in read_all(second, first)] == [first.as_posix(), second.as_posix()]


def test_order_does_not_depend_on_argument_order(tmp_path):
    for name in ["b/2.txt", "a/1.md", "a/3.txt", "c.jsonl"]:
        write(tmp_path / name, SENTENCE if name != "c.jsonl" else json.dumps({"text": SENTENCE}))
    arguments = [tmp_path / "b", tmp_path / "a", tmp_path / "c.jsonl", tmp_path / "missing"]
    forwards = read_all(*arguments)
    backwards = read_all(*reversed(arguments))
    assert forwards == backwards
    assert [getattr(r, "id", r.path) for r in forwards] == [
        str(tmp_path / "missing"),
        "1.md",
        "2.txt",
        "3.txt",
        "c.jsonl#1",
    ]


def test_overlapping_arguments_read_each_file_once(tmp_path):
    path = write(tmp_path / "news" / "a.txt", SENTENCE)
    results = read_all(tmp_path / "news", path, tmp_path, tmp_path / "news")
    assert [r.id for r in results] == ["a.txt"]


def test_symlinked_file_is_read_once(tmp_path):
    write(tmp_path / "a.txt", SENTENCE)
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    assert [r.id for r in read_all(tmp_path)] == ["a.txt"]


def test_symlink_loop_finishes_and_reads_each_file_once(tmp_path):
    folder = tmp_path / "news"
    write(folder / "sub" / "a.txt", SENTENCE)
    os.symlink(folder, folder / "sub" / "loop")
    os.symlink(folder / "sub", folder / "sub" / "self")
    assert [r.id for r in read_all(folder)] == ["sub/a.txt"]


def test_symlink_to_itself_given_explicitly_is_skipped(tmp_path):
    link = tmp_path / "loop.txt"
    os.symlink(link, link)
    (skipped,) = read_all(link)
    assert skipped == Skipped(str(link), f"symbolic link loop: {link} leads back to itself")


def test_broken_symlink_in_a_folder_is_skipped(tmp_path):
    write(tmp_path / "a.txt", SENTENCE)
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    results = read_all(tmp_path)
    assert (
        Skipped(
            str(tmp_path / "b.txt"),
            f"broken symbolic link: {tmp_path / 'b.txt'} points to a missing file",
        )
        in results
    )
    assert [r.id for r in results if isinstance(r, Document)] == ["a.txt"]


def test_fifo_with_a_text_suffix_is_skipped_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read_all(fifo) == [Skipped(str(fifo), f"not a regular file: {fifo}")]
    assert read_all(tmp_path) == [Skipped(str(fifo), f"not a regular file: {fifo}")]


def test_unreadable_folder_is_skipped(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", SENTENCE)

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", denied)
    assert read_all(tmp_path) == [Skipped(str(tmp_path), "cannot read folder: permission denied")]


def test_empty_string_is_a_missing_path_not_the_current_folder():
    assert read_all("") == [Skipped("", "no such file or folder: ")]


@pytest.mark.parametrize("paths", [[], "seeds", Path("seeds")])
def test_unusable_arguments_raise_input_error(paths):
    with pytest.raises(InputError):
        read_documents(paths)


def test_file_of_nothing_but_page_debris_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", "Express & Star\n\nAdvertisement\nLatest Articles\n")
    assert read_all(path) == [
        Skipped(
            str(path),
            "no article text: every line looks like page debris (captions, menus, boilerplate)",
        )
    ]


# --------------------------------------------------------------------------------------------
# JSON lines


def test_jsonl_malformed_line_is_reported_and_other_lines_kept(tmp_path):
    lines = [
        json.dumps({"text": SENTENCE}),
        "",
        '{"text": "unterminated',
        json.dumps({"text": OTHER_SENTENCE}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    first, skipped, last = read_all(path)
    assert (first.id, first.text) == ("feed.jsonl#1", SENTENCE)
    assert skipped.path == f"{path}:3"
    assert skipped.reason.startswith("line 3: not valid JSON (")
    assert (last.id, last.text) == ("feed.jsonl#4", OTHER_SENTENCE)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "No body"}', 'line 1: no "text" field'),
        ('{"text": 12}', 'line 1: "text" must be a string, got a number'),
        ('["text"]', 'line 1: expected an object with a "text" field, got an array'),
        ('{"text": "   "}', 'line 1: "text" is empty or only page debris'),
    ],
)
def test_jsonl_line_without_usable_text_is_skipped(tmp_path, line, reason):
    path = write(tmp_path / "feed.jsonl", line + "\n")
    assert read_all(path) == [Skipped(f"{path}:1", reason)]


def test_jsonl_nested_too_deeply_is_skipped(tmp_path):
    path = write(tmp_path / "feed.jsonl", "[" * 100_000 + "\n" + json.dumps({"text": SENTENCE}))
    skipped, document = read_all(path)
    assert skipped.path == f"{path}:1" and skipped.reason.startswith("line 1: not valid JSON (")
    assert document.id == "feed.jsonl#2"


def test_jsonl_optional_fields_are_kept(tmp_path):
    record = {
        "text": SENTENCE,
        "title": "Nato and Russia talk",
        "date": "2022-01-12T08:30:00Z",
        "url": "https://example.org/a",
        "source": "Example News",
    }
    path = write(tmp_path / "feed.jsonl", json.dumps(record) + "\r\n")
    assert only(read_all(path)) == Document(
        id="feed.jsonl#1",
        text=SENTENCE,
        path=str(path),
        title="Nato and Russia talk",
        date="2022-01-12",
        url="https://example.org/a",
        source="Example News",
    )


def test_jsonl_date_that_is_not_iso_is_dropped(tmp_path):
    path = write(tmp_path / "feed.jsonl", json.dumps({"text": SENTENCE, "date": "12 Jan 2022"}))
    assert only(read_all(path)).date == ""


# --------------------------------------------------------------------------------------------
# HTML

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Nato and Russia hold talks over Ukraine | Example News</title>
  <meta property="og:title" content="Nato and Russia hold talks over Ukraine">
  <meta property="article:published_time" content="2022-01-12">
</head>
<body>
  <header><a href="/">Example News</a></header>
  <nav><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/sport">Sport</a></li>
  </ul></nav>
  <article>
    <h1>Nato and Russia hold talks over Ukraine</h1>
    <p>Senior Nato and Russian officials met in Brussels on Wednesday to try to bridge deep
       differences over the future of Ukraine.</p>
    <figure><img src="stoltenberg.jpg" alt="">
      <figcaption>Jens Stoltenberg in Brussels (Jane Doe/Reuters)</figcaption></figure>
    <p>The talks came during a week of high-stakes diplomacy and a US-led effort to prevent what
       Washington believes could be a Russian invasion.</p>
    <p>Moscow denies it is planning an attack, but its history of military action in Ukraine and
       Georgia worries the alliance.</p>
    <p>Deputy secretary of state Wendy Sherman led the US team at Nato headquarters.</p>
  </article>
  <footer><p>Copyright 2022 Example News. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_article_text_title_and_date_are_extracted(tmp_path, suffix):
    path = write(tmp_path / f"page{suffix}", ARTICLE_HTML)
    document = only(read_all(path))
    assert document.id == f"page{suffix}"
    assert document.title == "Nato and Russia hold talks over Ukraine"
    assert document.date == "2022-01-12"
    paragraphs = document.text.split("\n\n")
    assert (
        "Deputy secretary of state Wendy Sherman led the US team at Nato headquarters."
        in paragraphs
    )
    assert any(
        p.startswith("Senior Nato and Russian officials met in Brussels") for p in paragraphs
    )
    for debris in ["Home", "Sport", "Jane Doe", "All rights reserved", "Privacy"]:
        assert debris not in document.text


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Senior Nato", "“Senior” Nato"
    )
    document = only(read_all(write(tmp_path / "page.html", html.encode("cp1252"))))
    assert "“Senior” Nato and Russian officials" in document.text


def test_html_parser_failure_is_skipped(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("bad tree")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    path = write(tmp_path / "page.html", ARTICLE_HTML)
    assert read_all(path) == [Skipped(str(path), "cannot parse HTML (ValueError: bad tree)")]


def test_html_without_article_text_is_skipped(tmp_path):
    path = write(
        tmp_path / "page.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    assert read_all(path) == [Skipped(str(path), "no article text found in HTML")]


# --------------------------------------------------------------------------------------------
# Markdown

MARKDOWN = """---
title: "Talks in Brussels"
date: 2022-01-12
---
# Nato and Russia hold talks over Ukraine

![Jens Stoltenberg](https://example.org/photo.jpg)
Senior **Nato** and *Russian* officials met in [Brussels](https://example.org/brussels)
on Wednesday to discuss the future of `Ukraine` and ~~nothing~~ more.

```python
print("this is code, not prose")
```

- The talks came during a week of __high-stakes__ diplomacy, officials said.
- Moscow denies it is planning an attack, the spokesman said \\*again\\*.

> Nato is a defensive alliance, its secretary-general told reporters.

| country | troops |
|---------|--------|
| Russia  | 100000 |

[brussels]: https://example.org/brussels
"""


def test_markdown_is_reduced_to_prose(tmp_path):
    document = only(read_all(write(tmp_path / "story.md", MARKDOWN)))
    assert document.title == "Talks in Brussels"
    assert document.date == "2022-01-12"
    assert document.text.split("\n\n") == [
        "Nato and Russia hold talks over Ukraine",
        "Senior Nato and Russian officials met in Brussels on Wednesday to discuss the future of "
        "Ukraine and nothing more.",
        "The talks came during a week of high-stakes diplomacy, officials said.",
        "Moscow denies it is planning an attack, the spokesman said *again*.",
        "Nato is a defensive alliance, its secretary-general told reporters.",
    ]


def test_markdown_title_comes_from_first_heading_without_front_matter(tmp_path):
    text = "Intro line long enough to stay here.\n\n# The real headline of the story\n\n## Sub\n"
    assert only(read_all(write(tmp_path / "s.md", text))).title == "The real headline of the story"


def test_markdown_keeps_snake_case_and_hashtags(tmp_path):
    text = "The #NatoSummit tag and the file_name_here stayed in the text, she said.\n"
    assert only(read_all(write(tmp_path / "s.md", text))).text == text.strip()


# --------------------------------------------------------------------------------------------
# clean_text: general rules on made-up text


@pytest.mark.parametrize(
    "caption",
    [
        "Jens Stoltenberg arrives in Brussels (Jane Doe/AP)",
        "Troops on parade in Moscow (Photo: John Smith)",
        "Protesters outside the embassy on Tuesday (Getty Images)",
        "The minister speaks to reporters (Reuters)",
        "A soldier in the Donetsk region (AP Photo/Evgeniy Maloletka)",
    ],
)
def test_photo_captions_with_credits_are_dropped(caption):
    assert (
        clean_text(f"{SENTENCE}\n\n{caption}\n\n{OTHER_SENTENCE}")
        == f"{SENTENCE}\n\n{OTHER_SENTENCE}"
    )


@pytest.mark.parametrize(
    "line",
    [
        "The alliance was founded in 1949 by twelve countries (including the UK).",
        "Officials said the meeting was constructive (Nato sources).",
    ],
)
def test_prose_with_parentheses_is_kept(line):
    assert clean_text(line) == line


@pytest.mark.parametrize(
    "dateline",
    ["MOSCOW (Reuters) - ", "BRUSSELS, April 4 (Reuters) - ", "MOSCOW/BAKU, Sept 21 (Reuters) - ", "UNITED NATIONS (AP) \u2014 ", "HIROSHIMA, Japan (AP) \u2014 "],
)
def test_wire_datelines_are_cut_and_the_story_kept(dateline):
    story = "Russia said on Monday it would not accept the proposals."
    assert clean_text(dateline + story) == story


@pytest.mark.parametrize("dateline", ["HARARE - ", "BRUSSELS, Belgium - ", "PORT MORESBY \u2014 ", "KYIV -- "])
def test_datelines_without_an_agency_are_cut_from_the_lead(dateline):
    story = "Southern African leaders on Saturday urged Mozambique to open talks with the opposition."
    assert clean_text("Leaders press Mozambique to open talks with opposition\n\n" + dateline + story).endswith("\n\n" + story)


def test_a_short_line_with_a_dash_is_not_a_dateline():
    line = "NATO - Russia talks end without a deal in Geneva"
    assert clean_text(line + "\n\nThe talks ended on Wednesday without agreement on any of the main points.").startswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "- Advertisement -",
        "Related Articles",
        "Please enter your comment!",
        "Please enter your name here",
        "Sorry, we are not accepting comments on this article.",
        "Sign up for our daily newsletter",
        "Share this article on Facebook, Twitter or by email.",
        "We use cookies. Read more.",
        "© 2022 Example Media Ltd. All rights reserved.",
        "Reporting by Jane Doe; Editing by John Smith and Mark Heinrich",
        "Associated Press writers Selin Aksoy in Ankara and Oksana Melnyk in Kyiv contributed to this report.",
        "Jane Doe in Nairobi contributed reporting.",
        "By Moussa Diallo, with Aminata Kone in Bamako",
        "Read more: Niger junta suspends foreign broadcasts for three months",
        "See also: Kenya and Tanzania sign border pact",
    ],
)
def test_boilerplate_lines_are_dropped(line):
    assert clean_text(f"{SENTENCE}\n{line}\n{OTHER_SENTENCE}") == f"{SENTENCE}\n{OTHER_SENTENCE}"


@pytest.mark.parametrize(
    "line",
    [
        "Russia said it would not subscribe to any treaty that limits its forces.",
        "The ministry published a statement, which was later updated with new figures.",
        "He said the advertisement campaign had been paid for by the state broadcaster.",
        "The sanctions contributed to the report's gloomy tone, officials said.",
        "By then, with Russia absent, the talks had stalled for good.",
        "Officials said the decision was read more widely as a snub: the bloc had been warned.",
    ],
)
def test_sentences_that_merely_contain_boilerplate_words_are_kept(line):
    assert clean_text(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Express & Star",
        "Last updated",
        "Ukraine Russia",
        "World news",
        "Updated: 12 January 2022 10:30",
    ],
)
def test_short_lines_without_sentence_punctuation_are_dropped(line):
    assert clean_text(f"{line}\n\n{SENTENCE}") == SENTENCE


def test_glued_navigation_text_is_dropped():
    text = (
        f"{SENTENCE}\nLatest ArticlesExpress & Star\nHomeNewsWorld Business Opinion Sport Culture"
    )
    assert clean_text(text) == SENTENCE


@pytest.mark.parametrize(
    "line",
    [
        "Nato and Russia in high-level talks as Ukraine tensions simmer",
        "He denied it.",
        "Why now?",
        "“We will not back down,” she said.",
    ],
)
def test_headlines_and_short_sentences_are_kept(line):
    assert clean_text(line) == line


def test_whitespace_and_control_characters_are_normalised():
    text = (
        "\ufeff  The\tminister\u00a0said   it\x00 was\x07 over. \r\n\x0c\r\n\n\n"
        "Next\u200b paragraph is here, too.  "
    )
    assert clean_text(text) == "The minister said it was over.\n\nNext paragraph is here, too."


def test_custom_debris_rules_can_be_loaded(tmp_path):
    rules_file = write(tmp_path / "rules.txt", "[phrases]\nbreaking news\n[credits]\nacme wire\n")
    rules = load_debris_rules(rules_file)
    text = f"Breaking news, breaking news!\n{SENTENCE}\nA caption line with a credit (ACME Wire)"
    assert clean_text(text, rules=rules) == SENTENCE
    assert clean_text(text) == text  # the shipped rules know neither phrase


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[phrases]\nunclosed (group\n", "rules.txt:2: not a valid regular expression"),
        ("[menus]\nhome\n", "rules.txt:1: unknown section [menus]"),
    ],
)
def test_bad_debris_rules_raise_input_error(tmp_path, content, message):
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_debris_rules(write(tmp_path / "rules.txt", content))


# --------------------------------------------------------------------------------------------
# The seed articles

SEED_DEBRIS_LINES = {
    "000_997d0466002064fc.txt": [
        "Related Articles",
        "Please enter your comment!",
        "Please enter your name here",
        "- Advertisement -spot_img",
        "Latest Articles",
    ],
    "001_dbcbe255f92276a7.txt": [
        "Express & Star",
        "Last updated",
        "Ukraine Russia",
        "Russian President Vladimir Putin (Sergei Savostyanov/Sputnik/Kremlin Pool Photo/AP)",
        "A Ukrainian soldier in the Donetsk region (Andriy Dubchak/AP)",
        "Sorry, we are not accepting comments on this article.",
    ],
}


@pytest.fixture(scope="module")
def seed_documents() -> dict[str, Document]:
    results = read_all(SEEDS)
    assert all(isinstance(result, Document) for result in results), results
    return {result.id: result for result in results}


def test_seed_ids_and_paths(seed_documents):
    assert sorted(seed_documents) == sorted(SEED_DEBRIS_LINES)
    for document in seed_documents.values():
        assert Path(document.path) == SEEDS / document.id


@pytest.mark.parametrize(
    "debris",
    [
        "Express & Star",
        "Latest Articles",
        "Advertisement",
        "spot_img",
        "Last updated",
        "Related Articles",
        "Please enter your",
        "Sorry, we are not accepting comments",
        "Sergei Savostyanov",
        "Andriy Dubchak",
    ],
)
def test_seed_debris_is_gone(seed_documents, debris):
    for document in seed_documents.values():
        assert debris not in document.text


def test_seed_tag_line_is_gone(seed_documents):
    for document in seed_documents.values():
        assert "Ukraine Russia" not in document.text.split("\n")


@pytest.mark.parametrize("name", sorted(SEED_DEBRIS_LINES))
def test_every_real_seed_paragraph_stays_in_order(seed_documents, name):
    original = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    story = [
        line.strip()
        for line in original
        if line.strip() and line.strip() not in SEED_DEBRIS_LINES[name]
    ]
    assert [line for line in seed_documents[name].text.split("\n") if line] == story


def test_seed_headlines_stay(seed_documents):
    assert seed_documents["000_997d0466002064fc.txt"].text.startswith(
        "Russia and NATO are in High-Level Talks Over Ukraine\n\n"
    )
    assert seed_documents["001_dbcbe255f92276a7.txt"].text.startswith(
        "Nato and Russia in high-level talks as Ukraine tensions simmer\n\n"
    )


# --------------------------------------------------------------------------------------------
# Properties

_AWKWARD = st.sampled_from(
    [
        "\r",
        "\r\n",
        "\n",
        "\t",
        "\x00",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x1f",
        "\x7f",
        "\x85",
        "\x9f",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\u200b",
        "\u00a0",
        "(",
        ")",
        "/",
        ".",
        "(AP)",
        "Advertisement",
    ]
)
_AWKWARD_TEXT = st.lists(
    st.one_of(
        st.text(),
        _AWKWARD,
        st.integers(0, 3000).map(lambda n: " " * n),
        st.integers(0, 3000).map(lambda n: "\n" * n),
        st.integers(1, 20000).map(lambda n: "x" * n),
        st.integers(1, 5000).map(lambda n: "aB" * n),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(_AWKWARD_TEXT)
def test_clean_text_never_raises_and_leaves_no_control_characters(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    assert "\r" not in cleaned
    assert not has_control_characters(cleaned)
    assert clean_text(cleaned) == cleaned


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(st.binary(max_size=4000), _AWKWARD_TEXT.map(str.encode)),
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
)
def test_read_documents_never_raises_on_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        results = read_all(path)
    assert results
    for result in results:
        assert isinstance(result, (Document, Skipped))
        if isinstance(result, Document):
            assert result.text and not has_control_characters(result.text)
        else:
            assert result.reason and "\n" not in result.reason


@pytest.mark.parametrize("slug", ["ANALYSIS-", "EXCLUSIVE-", "UPDATE 2-", "FACTBOX-"])
def test_wire_story_slugs_are_cut_from_headlines(slug):
    headline = "Bigger BRICS struggles to speak with one voice as Brazil takes the helm"
    assert clean_text(slug + headline) == headline


def test_headlines_listed_under_related_articles_are_links_not_story():
    text = ("Kosovo and Serbia met in Brussels on Monday.\n\nRelated Articles\n\n"
            "Bosnian Serb leader Milorad Dodik defies state court ruling\n\n"
            "Montenegro closes two more chapters in EU accession talks\n\n"
            "The talks will resume next month, officials said.")
    assert clean_text(text) == "Kosovo and Serbia met in Brussels on Monday.\n\nThe talks will resume next month, officials said."


def test_a_lone_surrogate_from_a_json_escape_becomes_a_replacement_character(tmp_path):
    # json.loads turns "\ud800" into a string no encoding can write; it must not reach spaCy
    write(tmp_path / "a.jsonl", '{"text": "Estonia \\ud800joined NATO in 2004, officials said on Tuesday."}\n')
    document = only(read_all(tmp_path / "a.jsonl"))
    assert document.text == "Estonia \ufffdjoined NATO in 2004, officials said on Tuesday."


@pytest.mark.parametrize("opening, date", [
    (" date 2019-09-11 ", "2019-09-11"),
    ("Date: 2021-03-05T10:30:00Z\n", "2021-03-05"),
    ("date 2019-13-45 ", ""),  # no such day: the words stay text
])
def test_a_plain_text_page_that_opens_with_its_date_field(tmp_path, opening, date):
    path = tmp_path / "page.txt"
    path.write_text(opening + "The ministers met in Accra on Monday.", encoding="utf-8")
    document = only(read_all(path))
    assert document.date == date
    assert document.text.startswith("The ministers") == bool(date)


def test_a_date_inside_the_first_sentence_stays(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("The date 2019-09-11 was set for the vote.", encoding="utf-8")
    document = only(read_all(path))
    assert (document.date, document.text) == ("", "The date 2019-09-11 was set for the vote.")
