"""Helpers the exporters share: where bytes go, stable order, list flattening and dates."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, TextIO, Union

PathOrFile = Union[str, os.PathLike, BinaryIO, TextIO]

# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Characters that xml_text / xml_attr must escape or replace.
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ATTR_SPECIAL = re.compile("[&<>\r\"\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# An XML NMTOKEN, near enough: letters and digits of any script, '.', '-', '_', ':'.
_NMTOKEN = re.compile(r"^[\w.\-:]+$")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def write_bytes(path_or_file: PathOrFile, data: bytes) -> None:
    """Write ``data`` to a file object, or atomically to a path.

    A path is written through a temporary file in the same directory and ``os.replace``, so a
    reader never sees half a file and a failed export leaves the previous one in place. A text
    file object gets the data decoded as UTF-8.
    """
    if hasattr(path_or_file, "write"):
        if isinstance(path_or_file, io.TextIOBase):
            path_or_file.write(data.decode("utf-8"))
        else:
            path_or_file.write(data)
        return
    path = Path(path_or_file)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def read_bytes(path_or_file: PathOrFile) -> bytes:
    """The whole content of a path or a (binary or text) file object."""
    if hasattr(path_or_file, "read"):
        data = path_or_file.read()
        return data.encode("utf-8") if isinstance(data, str) else data
    return Path(path_or_file).read_bytes()


def sorted_nodes(graph) -> list[tuple[Any, dict]]:
    """Nodes with their data, ordered by id as a string: output does not depend on insert order."""
    return sorted(graph.nodes(data=True), key=lambda item: str(item[0]))


def sorted_edges(graph) -> list[tuple[Any, Any, Any, dict]]:
    """``(source, target, key, data)`` ordered by source, target and key as strings."""
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    return sorted(edges, key=lambda e: (str(e[0]), str(e[1]), "" if e[2] is None else str(e[2])))


def join_list(values) -> str:
    """``["Mr Putin", "Putin"]`` -> ``"Mr Putin;Putin"``.

    A ``;`` or ``\\`` inside a value is escaped with a backslash (``"a\\;b"``) so that
    :func:`split_list` gives the same list back; values without them read as plain ``;``-joined.
    """
    return ";".join(str(v).replace("\\", "\\\\").replace(";", "\\;") for v in values)


def split_list(text: str | None) -> list[str]:
    """Inverse of :func:`join_list`; the empty string is the empty list."""
    if not text:
        return []
    values, current, chars = [], [], iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == ";":
            values.append("".join(current))
            current = []
        else:
            current.append(char)
    values.append("".join(current))
    return values


def xml_text(value: Any) -> str:
    """A value as XML character data: escaped, and without the characters XML 1.0 forbids.

    ``\\r`` is written as a character reference, because parsers turn a literal one into ``\\n``.
    """
    text = str(value)
    if not _TEXT_SPECIAL.search(text):
        return text  # most names and sentences: nothing to escape
    text = _XML_INVALID.sub("\ufffd", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def xml_attr(value: Any) -> str:
    """A value as a double-quoted XML attribute value."""
    text = str(value)
    if not _ATTR_SPECIAL.search(text):
        return text
    return (
        xml_text(text)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


def check_xml_id(node, what: str = "node id") -> str:
    """``str(node)`` if it is an XML NMTOKEN, else a ValueError naming it."""
    text = str(node)
    if not _NMTOKEN.match(text):
        raise ValueError(
            f"{what} {text!r} is not an XML NMTOKEN: expected a slug of letters, digits, "
            "'-', '_', '.' or ':' (put display text in the 'label' attribute)"
        )
    return text


def iso_date(value: Any) -> str:
    """A year or ISO date as a full ``YYYY-MM-DD`` (``"2014"`` -> ``"2014-01-01"``), else ``""``.

    A bare year or year-month stands for its first day, which is where a timeline should place
    the first moment the relation is known to hold.
    """
    match = _ISO_DATE.match(str(value or "").strip())
    if not match:
        return ""
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""
    return f"{year}-{month}-{day}"


def edge_start_date(data: dict, document_dates: dict | None = None) -> str:
    """When an edge starts to hold, for timelines: its own ``date``, else the earliest date of
    the documents its evidence comes from (``graph.graph["document_dates"]``), else ``""``."""
    own = iso_date(data.get("date"))
    if own:
        return own
    if not document_dates:
        return ""
    dates = sorted(
        d
        for d in (iso_date(document_dates.get(ev.get("document"))) for ev in evidence_of(data))
        if d
    )
    return dates[0] if dates else ""


def evidence_of(data: dict) -> list[dict]:
    """The edge's evidence as a list of dicts (``kg.model.Evidence`` instances are converted)."""
    items = []
    for ev in data.get("evidence") or []:
        if dataclasses.is_dataclass(ev) and not isinstance(ev, type):
            ev = dataclasses.asdict(ev)
        if isinstance(ev, dict):
            items.append(ev)
    return items


def edge_documents(data: dict) -> list[str]:
    """Sorted, distinct document ids of an edge's evidence."""
    return sorted({str(ev.get("document")) for ev in evidence_of(data) if ev.get("document")})


def edge_rules(data: dict) -> list[str]:
    """Sorted, distinct rule ids of an edge's evidence."""
    return sorted({str(ev.get("rule")) for ev in evidence_of(data) if ev.get("rule")})


def as_list(value: Any) -> list:
    """A list attribute as a list (a lone string becomes a one-item list)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return list(value)
