"""One file's bytes -> its documents, per format: plain text, Markdown, HTML and JSON lines.

Each reader decodes the bytes (UTF-8, UTF-16 or UTF-32 with a byte-order mark, or Windows-1252),
turns the format's markup into plain prose with one blank line between paragraphs, and passes it
through :func:`~kg.debris.clean_text`. A new input format is a reader here and an entry in
:data:`READERS`; :mod:`kg.ingest` reads every suffix listed there.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.debris import CONTROLS, LINE_BREAKS, DebrisRules, cleaned_text, without_long_tokens
from kg.model import Document, Skipped

__all__ = ["READERS", "documents_from_bytes"]


class _Unreadable(Exception):
    """A whole file cannot become a document; ``reason`` says why, for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def documents_from_bytes(data: bytes, *, path: Path, file_id: str, rules: DebrisRules) -> Iterator[Document | Skipped]:
    """The documents in ``data``, the contents of the file at ``path`` (read by its suffix), whose
    document ids start from ``file_id``; a file that holds no article is one :class:`Skipped`."""
    reader = READERS[path.suffix.lower()]
    try:
        yield from reader(data, path, file_id, rules)
    except _Unreadable as problem:
        yield Skipped(str(path), problem.reason)


# A plain-text copy of a page may open with the page's date as a field ("date 2019-09-11 ...",
# "Date: 2019-09-11"): it is the document's date, not a word of its first sentence.
_LEADING_DATE = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s)",
                           re.IGNORECASE)


def _text_documents(data: bytes, path: Path, file_id: str, rules: DebrisRules) -> Iterator[Document]:
    raw = _decoded(data)
    date = ""
    if (field := _LEADING_DATE.match(raw)) is not None and (date := _iso_date(field.group(1))):
        raw = raw[field.end():]
    text, cut = cleaned_text(raw, rules=rules)
    if not text:
        raise _Unreadable(_NOTHING_LEFT)
    yield Document(id=file_id, text=text, path=str(path), date=date, long_tokens=cut)


def _markdown_documents(data: bytes, path: Path, file_id: str, rules: DebrisRules) -> Iterator[Document]:
    markdown, cut = without_long_tokens(_decoded(data))  # before the inline markup is read
    prose, fields = _markdown_to_text(markdown)
    text, also_cut = cleaned_text(prose, rules=rules)
    if not text:
        raise _Unreadable(_NOTHING_LEFT)
    yield Document(
        id=file_id,
        text=text,
        path=str(path),
        title=fields.get("title", ""),
        date=_iso_date(fields.get("date", "")),
        url=fields.get("url", ""),
        source=fields.get("source", ""),
        long_tokens=cut + also_cut,
    )


def _html_documents(data: bytes, path: Path, file_id: str, rules: DebrisRules) -> Iterator[Document]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = _decoded(data, declared=_declared_charset(data))
    try:
        article = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # noqa: BLE001 - a third-party parser's failure on one bad page
        raise _Unreadable(f"cannot parse HTML ({type(error).__name__}: {error})") from None
    body = getattr(article, "text", None) or ""
    # trafilatura puts one paragraph on each line; blank lines keep them apart after cleaning.
    text, cut = cleaned_text(body.replace("\n", "\n\n"), rules=rules)
    if not text:
        raise _Unreadable("no article text found in HTML")
    yield Document(
        id=file_id,
        text=text,
        path=str(path),
        title=_one_line(getattr(article, "title", None) or ""),
        date=_iso_date(getattr(article, "date", None) or ""),
        url=getattr(article, "url", None) or "",
        source=_one_line(getattr(article, "sitename", None) or ""),
        long_tokens=cut,
    )


def _jsonl_documents(
    data: bytes, path: Path, file_id: str, rules: DebrisRules
) -> Iterator[Document | Skipped]:
    for number, line in enumerate(_decoded(data).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(
                where, f"line {number}: not valid JSON ({error.msg} at column {error.colno})"
            )
            continue
        except (ValueError, RecursionError) as error:  # too deeply nested, too long a number
            yield Skipped(where, f"line {number}: not valid JSON ({error})")
            continue
        if not isinstance(record, dict):
            kind = _json_type(record)
            yield Skipped(
                where, f'line {number}: expected an object with a "text" field, got {kind}'
            )
            continue
        body = record.get("text")
        if body is None:
            yield Skipped(where, f'line {number}: no "text" field')
            continue
        if not isinstance(body, str):
            kind = _json_type(body)
            yield Skipped(where, f'line {number}: "text" must be a string, got {kind}')
            continue
        text, cut = cleaned_text(body, rules=rules)
        if not text:
            yield Skipped(where, f'line {number}: "text" is empty or only page debris')
            continue
        yield Document(
            id=f"{file_id}#{number}",
            text=text,
            path=str(path),
            title=_one_line(_string_field(record, "title")),
            date=_iso_date(_string_field(record, "date")),
            url=_string_field(record, "url").strip(),
            source=_one_line(_string_field(record, "source")),
            long_tokens=cut,
        )


#: The reader of each file suffix (lower case), in the order the suffixes are listed to users.
READERS: dict[str, Callable[[bytes, Path, str, DebrisRules], Iterator[Document | Skipped]]] = {
    ".txt": _text_documents,
    ".md": _markdown_documents,
    ".html": _html_documents,
    ".htm": _html_documents,
    ".jsonl": _jsonl_documents,
}

_NOTHING_LEFT = "no article text: every line looks like page debris (captions, menus, boilerplate)"


def _string_field(record: dict[str, object], name: str) -> str:
    value = record.get(name)
    return value if isinstance(value, str) else ""


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true or false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def _one_line(text: str) -> str:
    return " ".join(CONTROLS.sub(" ", text).split())


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: str) -> str:
    """The YYYY-MM-DD date that ``value`` starts with ("2022-01-12T09:00:00Z"), else ""."""
    match = _ISO_DATE.match(value)
    if not match:
        return ""
    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return ""


# --------------------------------------------------------------------------------------------
# Decoding

_MAGIC_NUMBERS = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "gzip"),
)
# UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# More control characters than this share of the text means the bytes were never text.
_MAX_CONTROL_SHARE = 0.05
_BINARYCONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_UNDECODED_BYTE = re.compile("[\udc80-\udcff]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decoded(data: bytes, *, declared: str | None = None) -> str:
    """The text of a file: UTF-8, UTF-16 or UTF-32 with a byte-order mark, or Windows-1252.

    Raises:
        _Unreadable: the bytes are binary or hold no text at all.
    """
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise _Unreadable(f"binary file (looks like {kind}): expected text")
    text = _decoded_by_byte_order_mark(data)
    if text is None:
        if b"\x00" in data:
            raise _Unreadable(f"binary file ({_nul_byte_reason(data)}): expected text")
        text = _decoded_without_mark(data, declared)
    if not text.strip():
        raise _Unreadable("empty file")
    if len(_BINARYCONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise _Unreadable("binary file (mostly control characters): expected text")
    return text


def _decoded_by_byte_order_mark(data: bytes) -> str | None:
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark) :].decode(codec, errors="replace")
    return None


def _nul_byte_reason(data: bytes) -> str:
    # Text in UTF-16 without a byte-order mark has a NUL in every other byte.
    if len(data) >= 4 and (data[1::2].count(0) > 0.9 * (len(data) // 2)):
        return "looks like UTF-16 without a byte-order mark"
    return "contains NUL bytes"


def _decoded_without_mark(data: bytes, declared: str | None) -> str:
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 as browsers decode it: its five unassigned bytes fall back to Latin-1, which
    # maps them to control characters that clean_text then removes.
    text = data.decode("cp1252", errors="surrogateescape")
    return _UNDECODED_BYTE.sub(lambda match: chr(ord(match.group()) - 0xDC00), text)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    # HTML treats a declared Latin-1 or ASCII as Windows-1252, as pages labelled so usually are.
    if name in {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        return "cp1252"
    return name


# --------------------------------------------------------------------------------------------
# Markdown

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n(.*?)\n(?:---|\+\+\+|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(\w+)\s*[:=]\s*(.*?)\s*$", re.MULTILINE)
_FRONT_MATTER_NAMES = {
    "title": "title",
    "date": "date",
    "url": "url",
    "link": "url",
    "source": "source",
}
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?")
_LINK = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_STRIKETHROUGH = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
# Escaped characters hide in a private-use plane while markup is removed, so "\*" stays a star.
_HIDDEN = 0xF0000
_HIDDEN_CHARACTER = re.compile("[\U000f0000-\U000f00ff]")


def _markdown_to_text(markdown: str) -> tuple[str, dict[str, str]]:
    """The prose of a Markdown article, one paragraph per block, and its front-matter fields.

    Headings become paragraphs of their own (the first level-1 heading is also the title),
    list items paragraphs of their own, links their text; images, code blocks, tables, HTML
    comments and tags go.
    """
    markdown = LINE_BREAKS.sub("\n", markdown).lstrip("\ufeff")
    fields: dict[str, str] = {}
    front_matter = _FRONT_MATTER.match(markdown)
    if front_matter:
        for name, value in _FRONT_MATTER_FIELD.findall(front_matter.group(1)):
            if name.lower() in _FRONT_MATTER_NAMES:
                fields[_FRONT_MATTER_NAMES[name.lower()]] = value.strip("\"'")
        markdown = markdown[front_matter.end() :]
    markdown = _HTML_COMMENT.sub("", markdown)

    paragraphs: list[list[str]] = [[]]
    fence = ""
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            paragraphs.append([])
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            words = heading.group(2) or ""
            if heading.group(1) == "#" and "title" not in fields and words:
                fields["title"] = _inline_text(words)
            paragraphs.extend([[words], []])
        elif _UNDERLINE.match(line):
            # A setext heading's underline, or a thematic break: either way the paragraph ends.
            if line.strip().startswith("=") and "title" not in fields and paragraphs[-1]:
                fields["title"] = _inline_text(" ".join(paragraphs[-1]))
            paragraphs.append([])
        elif _TABLE_ROW.match(line) or _LINK_DEFINITION.match(line) or not line.strip():
            paragraphs.append([])
        elif _LIST_ITEM.match(line):
            paragraphs.append([_LIST_ITEM.sub("", line)])
        else:
            paragraphs[-1].append(_QUOTE_MARKS.sub("", line).strip())
    text = "\n\n".join(_inline_text(" ".join(lines)) for lines in paragraphs if any(lines))
    return text, fields


def _inline_text(markdown: str) -> str:
    """Markdown inline markup reduced to its text."""
    text = _ESCAPED.sub(lambda match: chr(_HIDDEN + ord(match.group(1))), markdown)
    text = _CODE_SPAN.sub(r"\2", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda match: match.group(1) or match.group(2), text)
    text = _STRIKETHROUGH.sub(r"\1", text)
    text = _HIDDEN_CHARACTER.sub(lambda match: chr(ord(match.group()) - _HIDDEN), text)
    return " ".join(text.split())
