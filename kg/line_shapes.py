"""The shapes of a page's lines that debris cleaning reads: a list's items and bullets, a table's
rows, and the short lines that are page furniture rather than prose (kg.debris decides what goes)."""

from __future__ import annotations

import re

from kg.wrapping import ends_sentence

__all__ = ["BULLET", "LIST_ITEM", "NOTE", "YEARS_ROW", "is_furniture", "next_delegate_item", "table_row"]

_LETTER = re.compile(r"[^\W\d_]")
# A lower-case letter run straight into a capitalised word: the trace of two page elements
# ("Latest Articles" and "Express & Star") whose text was concatenated without a space.
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]")
#: Fewer words than this on a line without sentence-final punctuation make it page furniture.
_MIN_WORDS = 5
#: Lines longer than this are prose even with two words run together.
_GLUED_MAX_WORDS = 12


# A table's row under a heading of members: short cells between bars ("Albania | 2009 | Lithuania |
# 2004 |", "---|---|"), and a note on the table's marks ("Note: * indicates a founding member")
def table_row(line: str) -> bool:
    cells = [c.strip() for c in line.split("|")]
    return line.count("|") >= 2 and any(cells) and all(len(c) <= 40 and len(c.split()) <= 4 for c in cells)


YEARS_ROW = re.compile(r"^\s*(?:\(\d{4}(?:\s*[-\u2013]\s*\d{4})?\)\s*)+$")
NOTE = re.compile(r"^(?:note|notes|key)\s*:", re.IGNORECASE)


# One name a line under a heading of members, a bullet or a number before it allowed
# (an envoy's state may follow in brackets: "Anna Berg (Sweden)", or a member's year: "Qatar (1961)")
_BULLETS = r"[-\u2013\u2022*\u00b7\u25aa]"
# A bullet before a list's own heading ("  • Current members:"), as before its items.
BULLET = re.compile(rf"^{_BULLETS}\s*")
LIST_ITEM = re.compile(rf"^({_BULLETS}|\d{{1,3}}[.)])?\s*[^\W\d_a-z][\w.'\u2019-]*(?: (?:[^\W\d_a-z]|of |and |the |de |del |da |dos |van |von |bin |al )[\w.'\u2019-]*){{0,4}}"
                        r"(?: \((?:(?:[^\W\d_a-z][\w.'\u2019-]*)(?: (?:[^\W\d_a-z]|of |and |the )[\w.'\u2019-]*){0,4}|(?:[a-z]+ ){0,3}\d{4}(?:, [^()]{1,40})?)\))?"
                        r"(?:(?: [\u2013\u2014-]|:) [^\W\d_a-z][^\n]{0,80})?[,;]?$")  # (or "Cambodia \u2013 Prime Minister N": the state and its delegate)


def next_delegate_item(kept: list[list[str]], line: str) -> bool:
    """Whether ``line`` is one more item of a bulleted list of states and their delegates whose
    item before it was kept: "* Namibia: President N, Chairperson of SADC" + "* Zambia: President M"
    (a short item stays, though a wrapped item before it ended the list's heading's reach)."""
    if not kept or not (bullet := BULLET.match(line)) or not _DELEGATE.search(line):
        return False
    before = kept[-1][0]
    return before.startswith(bullet.group().strip()) and bool(_DELEGATE.search(before))


_DELEGATE = re.compile(r"^\S+\s*[^\W\d_a-z][\w .'\u2019-]{1,40}(?::| [\u2013\u2014-]) [^\W\d_a-z]")


def is_furniture(line: str) -> bool:
    """Whether the line has the shape of page furniture rather than of a sentence or headline."""
    if ends_sentence(line):
        return False
    words = sum(1 for token in line.split() if _LETTER.search(token))
    # glued words mark a short line of furniture; a long line with one ("AkufoAddo") is prose
    return words < _MIN_WORDS or words <= _GLUED_MAX_WORDS and bool(_GLUED_WORDS.search(line))
