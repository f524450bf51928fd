"""Paths in, :class:`~kg.model.Document` out.

``read_documents`` walks files and folders, reads each file once and hands its bytes to the
reader of its format (:mod:`kg.readers`: plain text, Markdown, HTML, JSON lines), which decodes
them, turns markup into prose and passes the text through :func:`~kg.debris.clean_text`, which
removes the debris that copying a web page leaves behind: captions with photo credits,
comment-form prompts, navigation and tag lines. Whatever cannot be read becomes a
:class:`~kg.model.Skipped` with a reason for people; nothing a user can put on disk raises.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.debris import DebrisRules, clean_text, default_debris_rules, parse_debris_rules
from kg.model import Document, Skipped
from kg.readers import READERS, documents_from_bytes

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DebrisRules",
    "InputError",
    "InputFile",
    "clean_text",
    "documents_from_file",
    "input_files",
    "load_debris_rules",
    "read_documents",
]

#: File suffixes read_documents reads (compared case-insensitively).
SUPPORTED_SUFFIXES = tuple(READERS)

_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " or " + SUPPORTED_SUFFIXES[-1]


class InputError(Exception):
    """The arguments themselves are unusable, so there is nothing to build.

    Raised for an empty list of paths, a single path where a list is expected, or a debris-rules
    file that cannot be loaded. Problems with individual files never raise: they are yielded as
    :class:`~kg.model.Skipped`.
    """


def load_debris_rules(path: str | os.PathLike[str] | None = None) -> DebrisRules:
    """Load debris rules from ``path``, or the ones shipped in ``kg/data/boilerplate.txt``.

    The file has a ``[phrases]`` and a ``[credits]`` section, one regular expression per line.

    Raises:
        InputError: the file cannot be read or a line is not a valid regular expression.
    """
    if path is None:
        return default_debris_rules()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            f"cannot read debris rules {os.fspath(path)}: {_os_reason(error)}"
        ) from None
    try:
        return parse_debris_rules(text, source=os.fspath(path))
    except ValueError as error:
        raise InputError(str(error)) from None


# --------------------------------------------------------------------------------------------
# Finding the input files


@dataclass(frozen=True)
class InputFile:
    """A file to read: where it is, the document id it gives, and which file it is on disk."""

    path: Path
    id: str
    identity: tuple[int, int]  # device and inode: the same file reached by two routes is one


#: Files found for one argument, and the problems met finding them.
_Found = tuple[list[InputFile], list[Skipped]]


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
    rules = rules if rules is not None else default_debris_rules()
    files, problems = input_files(given)
    return _documents(files, problems, rules)


def _documents(
    files: list[InputFile], problems: list[Skipped], rules: DebrisRules
) -> Iterator[Document | Skipped]:
    yield from problems
    for file in files:
        yield from documents_from_file(file, rules)


def input_files(given: list[str]) -> tuple[list[InputFile], list[Skipped]]:
    """The files to read, deduplicated and sorted, and the problems met finding them."""
    found: dict[tuple[int, int], InputFile] = {}
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


def _unique_ids(files: list[InputFile]) -> list[InputFile]:
    """Files whose ids clash ("a/x.txt" and "b/x.txt" given directly) are named by their path."""
    counts: dict[str, int] = {}
    for file in files:
        counts[file.id] = counts.get(file.id, 0) + 1
    return [
        InputFile(file.path, file.path.as_posix(), file.identity) if counts[file.id] > 1 else file
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
    return [InputFile(path, path.name, (status.st_dev, status.st_ino))], []


def _stat_problem(argument: str, error: OSError) -> Skipped:
    if error.errno == errno.ELOOP:
        return Skipped(argument, f"symbolic link loop: {argument} leads back to itself")
    if error.errno == errno.ENOENT and os.path.islink(argument):
        return Skipped(argument, f"broken symbolic link: {argument} points to a missing file")
    if error.errno == errno.ENOENT:
        return Skipped(argument, f"no such file or folder: {argument}")
    return Skipped(argument, f"cannot read: {_os_reason(error)}")


def _files_in_folder(argument: str, root: Path) -> _Found:
    files: list[InputFile] = []
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
                files.append(InputFile(Path(entry.path), prefix + entry.name, identity))
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


def documents_from_file(file: InputFile, rules: DebrisRules) -> Iterator[Document | Skipped]:
    """The documents of one input file, or a :class:`Skipped` saying why it has none."""
    try:
        data = file.path.read_bytes()
    except OSError as error:
        yield Skipped(str(file.path), f"cannot read: {_os_reason(error)}")
        return
    yield from documents_from_bytes(data, path=file.path, file_id=file.id, rules=rules)
