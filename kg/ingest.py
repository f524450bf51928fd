"""Paths in, :class:`~kg.model.Document` out.

``read_documents`` walks files and folders, decodes each file (UTF-8, UTF-16 with a byte-order mark
or Windows-1252), turns Markdown and HTML into plain prose, splits JSON-lines files into one
document per line and passes every text through :func:`clean_text`, which removes the debris that
copying a web page leaves behind: captions with photo credits, comment-form prompts, navigation
and tag lines. Whatever cannot be read becomes a :class:`~kg.model.Skipped` with a reason for
people; nothing a user can put on disk raises.
"""

from __future__ import annotations

import datetime
import errno
import functools
import importlib.resources
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Document, Skipped

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DebrisRules",
    "InputError",
    "clean_text",
    "load_debris_rules",
    "read_documents",
]

#: File suffixes read_documents reads (compared case-insensitively).
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " or " + SUPPORTED_SUFFIXES[-1]


class InputError(Exception):
    """The arguments themselves are unusable, so there is nothing to build.

    Raised for an empty list of paths, a single path where a list is expected, or a debris-rules
    file that cannot be loaded. Problems with individual files never raise: they are yielded as
    :class:`~kg.model.Skipped`.
    """


class _Unreadable(Exception):
    """A whole file cannot become a document; ``reason`` says why, for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------------------------
# Debris rules


@dataclass(frozen=True)
class DebrisRules:
    """What :func:`clean_text` treats as web-page debris, usually loaded from a data file.

    Both are regular expressions matched as whole words against the lower-cased line.

    Attributes:
        phrases: boilerplate phrases; a line mostly made of them is dropped.
        credits: words that make a parenthesis at the end of a line a photo credit.
    """

    phrases: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()


def load_debris_rules(path: str | os.PathLike[str] | None = None) -> DebrisRules:
    """Load debris rules from ``path``, or the ones shipped in ``kg/data/boilerplate.txt``.

    The file has a ``[phrases]`` and a ``[credits]`` section, one regular expression per line.

    Raises:
        InputError: the file cannot be read or a line is not a valid regular expression.
    """
    if path is None:
        return _default_debris_rules()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            f"cannot read debris rules {os.fspath(path)}: {_os_reason(error)}"
        ) from None
    return _parse_debris_rules(text, source=os.fspath(path))


@functools.cache
def _default_debris_rules() -> DebrisRules:
    resource = importlib.resources.files("kg") / "data" / "boilerplate.txt"
    return _parse_debris_rules(
        resource.read_text(encoding="utf-8"), source="kg/data/boilerplate.txt"
    )


def _parse_debris_rules(text: str, *, source: str) -> DebrisRules:
    sections: dict[str, list[str]] = {"phrases": [], "credits": []}
    section = "phrases"
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            if section not in sections:
                expected = "expected [phrases] or [credits]"
                raise InputError(f"{source}:{number}: unknown section [{section}]: {expected}")
            continue
        try:
            re.compile(line)
        except re.error as error:
            raise InputError(
                f"{source}:{number}: not a valid regular expression ({error})"
            ) from None
        sections[section].append(line)
    return DebrisRules(phrases=tuple(sections["phrases"]), credits=tuple(sections["credits"]))


@dataclass(frozen=True)
class _Matchers:
    phrases: tuple[re.Pattern[str], ...]
    any_phrase: re.Pattern[str] | None  # a quick screen: most lines hold no phrase at all
    credit: re.Pattern[str] | None


@functools.lru_cache(maxsize=16)
def _matchers(rules: DebrisRules) -> _Matchers:
    # Patterns run on the lower-cased line rather than with re.IGNORECASE, which is several
    # times slower; the screen also leaves out the word-boundary look-arounds, for speed.
    def whole_words(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")

    def either(patterns: tuple[str, ...]) -> str:
        return "|".join(f"(?:{pattern})" for pattern in patterns)

    return _Matchers(
        phrases=tuple(whole_words(pattern) for pattern in rules.phrases),
        any_phrase=re.compile(either(rules.phrases)) if rules.phrases else None,
        credit=whole_words(either(rules.credits)) if rules.credits else None,
    )


# --------------------------------------------------------------------------------------------
# Cleaning

# Unicode and ASCII separators that mean "new line" although they are not "\n".
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# The C0 and C1 control characters other than tab and newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Zero-width characters and the soft hyphen, which split words invisibly.
_INVISIBLES = re.compile("[\u00ad\u200b\u2060\ufeff]")
#: Halves of UTF-16 surrogate pairs standing alone (a JSON "\\ud800" escape makes one): no
#: encoding can write them, so they become U+FFFD, one character for one, offsets unchanged.
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{2,}")
_LETTER = re.compile(r"[^\W\d_]")
# A lower-case letter run straight into a capitalised word: the trace of two page elements
# ("Latest Articles" and "Express & Star") whose text was concatenated without a space.
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]")
_CLOSING_MARKS = "\"'”’»)]"
_SENTENCE_ENDS = ".!?…"
#: Fewer words than this on a line without sentence-final punctuation make it page furniture.
_MIN_WORDS = 5


def clean_text(text: str, *, rules: DebrisRules | None = None) -> str:
    """Normalise line endings and whitespace and drop web-page debris, line by line.

    A line is debris when it is a photo caption (it ends with a parenthesised credit such as
    "(Jane Doe/AP)" or "(Getty Images)"), when boilerplate phrases cover most of it ("Please
    enter your comment!"), or when its shape is that of page furniture: fewer than five words and
    no sentence-final punctuation ("Express & Star", "Last updated", a tag line "Ukraine Russia"),
    or words glued together by a lost line break ("Latest ArticlesExpress & Star"). Paragraphs
    that remain are separated by one blank line; lines within a paragraph by one newline.

    Args:
        text: any text.
        rules: the debris rules; by default those in ``kg/data/boilerplate.txt``.

    Returns:
        The cleaned text, with no carriage returns or control characters other than ``"\\n"``.
    """
    matchers = _matchers(rules if rules is not None else _default_debris_rules())
    paragraphs = []
    in_links = False
    for block in _BLANK_LINES.split(_normalised(text)):
        kept = []
        for line in block.split("\n"):
            if not line:
                continue
            if _LINK_HEADING.match(line.strip()):
                in_links = True  # "Related Articles": the headlines below it link to other stories
                continue
            if in_links and not _ends_sentence(line):
                continue
            in_links = False
            if not _is_debris(line, matchers):
                line = _SLUG.sub("", _DATELINE.sub("", line))
                if len(paragraphs) < 3 and len(line) >= 60:
                    line = _PLAIN_DATELINE.sub("", line)  # "HARARE - Southern African leaders ..."
                kept.append(line)
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


_LINK_HEADING = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage| news)?|read more|more (?:on this|stories|from \w+)|"
    r"recommended(?: for you)?|most (?:read|popular)|you may also like|latest (?:articles|news|stories)|see also|trending)\s*:?$",
    re.IGNORECASE,
)


# A wire dateline opens a story: place in capitals, optional date, the agency in brackets and a
# dash ("BRUSSELS, April 4 (Reuters) -", "UNITED NATIONS (AP) —"). It names no one in the story.
# Wire services tag story types before the headline ("ANALYSIS-Bigger BRICS struggles ...").
_SLUG = re.compile(r"^(?:ANALYSIS|EXCLUSIVE|FACTBOX|INSIGHT|EXPLAINER|FEATURE|COLUMN|BREAKINGVIEWS|REFILE|CORRECTED|"
                   r"UPDATE \d+|WRAPUP \d+|WRAPUP|POLL|TIMELINE|QUOTEBOX|BRIEF)-(?=\S)")
_DATELINE = re.compile(r"^[A-Z][A-Z.'/\- ]{2,}(?:,[^()\n]{1,40})?\s*\([A-Za-z][\w .&/-]{0,30}\)\s*[-\u2013\u2014]+\s*")

#: A dateline without the agency, at the start of a lead paragraph (never a short headline such
#: as "NATO - Russia talks end"): capitalised place words, an optional ", Country", then a dash.
_PLAIN_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s+[-\u2013\u2014]{1,2}\s+(?=[A-Z\"\u201c])"
)


def _normalised(text: str) -> str:
    """Text with "\\n" line endings, single spaces, no control characters, no blank-only lines."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLES.sub("", _CONTROLS.sub("", LONE_SURROGATES.sub("\ufffd", text)))
    text = _HORIZONTAL_SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")


def _is_debris(line: str, matchers: _Matchers) -> bool:
    return (
        _is_photo_caption(line, matchers)
        or _is_boilerplate(line.lower(), matchers)
        or _is_furniture(line)
    )


def _is_photo_caption(line: str, matchers: _Matchers) -> bool:
    """Whether the line ends with a parenthesised photo credit, the signature of a caption."""
    if not line.endswith(")"):
        return False
    opening = line.rfind("(")
    if opening < 0:
        return False
    credit = line[opening + 1 : -1]
    # "Name/Agency" is how agencies credit photographers; prose rarely ends on a slash inside
    # parentheses without a full stop after it.
    return "/" in credit or bool(matchers.credit and matchers.credit.search(credit.lower()))


def _is_boilerplate(line: str, matchers: _Matchers) -> bool:
    """Whether boilerplate phrases cover at least half of the line's letters and digits."""
    if not (matchers.any_phrase and matchers.any_phrase.search(line)):
        return False
    covered = bytearray(len(line))
    for pattern in matchers.phrases:
        for match in pattern.finditer(line):
            covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    total = hits = 0
    for character, hit in zip(line, covered, strict=True):
        if character.isalnum():
            total += 1
            hits += hit
    return total > 0 and 2 * hits >= total


def _is_furniture(line: str) -> bool:
    """Whether the line has the shape of page furniture rather than of a sentence or headline."""
    if _ends_sentence(line):
        return False
    words = sum(1 for token in line.split() if _LETTER.search(token))
    return words < _MIN_WORDS or bool(_GLUED_WORDS.search(line))


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in _SENTENCE_ENDS


# --------------------------------------------------------------------------------------------
# Finding the input files


@dataclass(frozen=True)
class _InputFile:
    path: Path
    id: str
    identity: tuple[int, int]  # device and inode: the same file reached by two routes is one


#: Files found for one argument, and the problems met finding them.
_Found = tuple[list[_InputFile], list[Skipped]]


def read_documents(
    paths: Iterable[str | os.PathLike[str]], *, rules: DebrisRules | None = None
) -> Iterator[Document | Skipped]:
    """Read articles from files and folders, one :class:`Document` per article.

    Folders are walked recursively (hidden entries skipped, each directory visited once, so
    symbolic-link loops end); files with other suffixes inside folders are ignored. Every file
    is read once even when several paths reach it. Problems with the paths come first, then the
    files in order of their document id, so the output does not depend on the order of
    ``paths``.

    Args:
        paths: files and folders.
        rules: debris rules for :func:`clean_text`; by default the shipped ones.

    Returns:
        An iterator of documents, and of :class:`Skipped` for inputs that could not be read.

    Raises:
        InputError: ``paths`` is empty, or a single path rather than a list of paths.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise InputError(f"expected a list of paths, got the single path {os.fsdecode(paths)!r}")
    given = []
    for path in paths:
        try:
            given.append(os.fsdecode(path))
        except TypeError:
            raise InputError(f"not a path: {path!r}") from None
    if not given:
        raise InputError("no input paths: expected at least one file or folder")
    rules = rules if rules is not None else _default_debris_rules()
    files, problems = _input_files(given)
    return _documents(files, problems, rules)


def _documents(
    files: list[_InputFile], problems: list[Skipped], rules: DebrisRules
) -> Iterator[Document | Skipped]:
    yield from problems
    for file in files:
        yield from _documents_from_file(file, rules)


def _input_files(given: list[str]) -> tuple[list[_InputFile], list[Skipped]]:
    """The files to read, deduplicated and sorted, and the problems met finding them."""
    found: dict[tuple[int, int], _InputFile] = {}
    problems: set[Skipped] = set()
    for argument in given:
        files, argument_problems = _files_under(argument)
        problems.update(argument_problems)
        for file in files:
            # Keep the same route to a file whatever the order of the arguments.
            earlier = found.get(file.identity)
            if earlier is None or (file.id, str(file.path)) < (earlier.id, str(earlier.path)):
                found[file.identity] = file
    files = _unique_ids(list(found.values()))
    files.sort(key=lambda file: (file.id, str(file.path)))
    return files, sorted(problems, key=lambda problem: (problem.path, problem.reason))


def _unique_ids(files: list[_InputFile]) -> list[_InputFile]:
    """Files whose ids clash ("a/x.txt" and "b/x.txt" given directly) are named by their path."""
    counts: dict[str, int] = {}
    for file in files:
        counts[file.id] = counts.get(file.id, 0) + 1
    return [
        _InputFile(file.path, file.path.as_posix(), file.identity) if counts[file.id] > 1 else file
        for file in files
    ]


def _files_under(argument: str) -> _Found:
    try:
        status = os.stat(argument)  # not Path(argument): Path("") means the current folder
    except OSError as error:
        return [], [_stat_problem(argument, error)]
    except ValueError:  # an embedded NUL byte
        return [], [Skipped(argument, f"not a valid path: {argument!r}")]
    path = Path(argument)
    if stat.S_ISDIR(status.st_mode):
        return _files_in_folder(argument, path)
    if not stat.S_ISREG(status.st_mode):
        return [], [Skipped(argument, f"not a regular file: {argument}")]
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return [], [
            Skipped(argument, f"unsupported input file {argument}: expected {_SUFFIX_LIST}")
        ]
    return [_InputFile(path, path.name, (status.st_dev, status.st_ino))], []


def _stat_problem(argument: str, error: OSError) -> Skipped:
    if error.errno == errno.ELOOP:
        return Skipped(argument, f"symbolic link loop: {argument} leads back to itself")
    if error.errno == errno.ENOENT and os.path.islink(argument):
        return Skipped(argument, f"broken symbolic link: {argument} points to a missing file")
    if error.errno == errno.ENOENT:
        return Skipped(argument, f"no such file or folder: {argument}")
    return Skipped(argument, f"cannot read: {_os_reason(error)}")


def _files_in_folder(argument: str, root: Path) -> _Found:
    files: list[_InputFile] = []
    problems: list[Skipped] = []
    visited: set[tuple[int, int]] = set()
    pending = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            status = folder.stat()
            if (status.st_dev, status.st_ino) in visited:
                continue  # reached again through a symbolic link: a loop or a second route
            visited.add((status.st_dev, status.st_ino))
            with os.scandir(folder) as scan:
                # Sorted, so that which route through symbolic links reaches a folder first
                # (and so names its files) does not depend on the file system's order.
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(Skipped(str(folder), f"cannot read folder: {_os_reason(error)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            supported = Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES
            try:
                status = os.stat(entry.path)
            except OSError as error:
                if supported:
                    problems.append(_stat_problem(entry.path, error))
                continue
            if stat.S_ISDIR(status.st_mode):
                pending.append((Path(entry.path), f"{prefix}{entry.name}/"))
            elif supported and stat.S_ISREG(status.st_mode):
                identity = (status.st_dev, status.st_ino)
                files.append(_InputFile(Path(entry.path), prefix + entry.name, identity))
            elif supported:
                problems.append(Skipped(entry.path, f"not a regular file: {entry.path}"))
    if not files and not problems:
        problems.append(Skipped(argument, f"no {_SUFFIX_LIST} files in {argument}"))
    return files, problems


def _os_reason(error: Exception) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


# --------------------------------------------------------------------------------------------
# Reading one file


def _documents_from_file(file: _InputFile, rules: DebrisRules) -> Iterator[Document | Skipped]:
    try:
        data = file.path.read_bytes()
    except OSError as error:
        yield Skipped(str(file.path), f"cannot read: {_os_reason(error)}")
        return
    reader = _READERS[file.path.suffix.lower()]
    try:
        yield from reader(file, data, rules)
    except _Unreadable as problem:
        yield Skipped(str(file.path), problem.reason)


def _text_documents(file: _InputFile, data: bytes, rules: DebrisRules) -> Iterator[Document]:
    text = clean_text(_decoded(data), rules=rules)
    if not text:
        raise _Unreadable(_NOTHING_LEFT)
    yield Document(id=file.id, text=text, path=str(file.path))


def _markdown_documents(file: _InputFile, data: bytes, rules: DebrisRules) -> Iterator[Document]:
    prose, fields = _markdown_to_text(_decoded(data))
    text = clean_text(prose, rules=rules)
    if not text:
        raise _Unreadable(_NOTHING_LEFT)
    yield Document(
        id=file.id,
        text=text,
        path=str(file.path),
        title=fields.get("title", ""),
        date=_iso_date(fields.get("date", "")),
        url=fields.get("url", ""),
        source=fields.get("source", ""),
    )


def _html_documents(file: _InputFile, data: bytes, rules: DebrisRules) -> Iterator[Document]:
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
    text = clean_text(body.replace("\n", "\n\n"), rules=rules)
    if not text:
        raise _Unreadable("no article text found in HTML")
    yield Document(
        id=file.id,
        text=text,
        path=str(file.path),
        title=_one_line(getattr(article, "title", None) or ""),
        date=_iso_date(getattr(article, "date", None) or ""),
        url=getattr(article, "url", None) or "",
        source=_one_line(getattr(article, "sitename", None) or ""),
    )


def _jsonl_documents(
    file: _InputFile, data: bytes, rules: DebrisRules
) -> Iterator[Document | Skipped]:
    for number, line in enumerate(_decoded(data).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{file.path}:{number}"
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
        text = clean_text(body, rules=rules)
        if not text:
            yield Skipped(where, f'line {number}: "text" is empty or only page debris')
            continue
        yield Document(
            id=f"{file.id}#{number}",
            text=text,
            path=str(file.path),
            title=_one_line(_string_field(record, "title")),
            date=_iso_date(_string_field(record, "date")),
            url=_string_field(record, "url").strip(),
            source=_one_line(_string_field(record, "source")),
        )


_READERS = {
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
    return " ".join(_CONTROLS.sub(" ", text).split())


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
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
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
    if len(_BINARY_CONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
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
    markdown = _LINE_BREAKS.sub("\n", markdown).lstrip("\ufeff")
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
