"""Lines a page broke for width, not for sense: a paragraph wrapped at a fixed width ("... attended
by the" + "leaders of ..."), a comma list wrapped inside a name ("Great" + "Britain, ..."), a name
wrapped in two ("President Serzh" + "Sargsyan and his ..."). :mod:`kg.debris` joins such lines
before it judges them."""

from __future__ import annotations

import re

__all__ = ["CLOSING_MARKS", "double_spaced", "ends_sentence", "hard_wrapped", "wrapped_across_blank"]

CLOSING_MARKS = "\"'”’»)]"
_SENTENCE_ENDS = ".!?…"
#: A line at least this long that stops mid-sentence was wrapped by the page, not ended.
_WRAP_MIN_CHARS = 60

#: A long line that ends on a list item's first capitalised word, and a line that opens with the
#: rest of that item and goes on with the list.
_LIST_ITEM_BROKEN_BEFORE = re.compile(r", [A-Z][\w'\u2019-]*$")
_LIST_ITEM_BROKEN_AFTER = re.compile(r"[A-Z][\w'\u2019-]*, ")


def hard_wrapped(previous: str, line: str, *, wrapped: bool = False) -> bool:
    """Whether a line break only wraps prose: a long line that stops mid-sentence on a lower-case
    word ("... attended by the") or before a line that goes on in lower case. Lines that end on a
    capitalised word may be items of a list of names and offices, and are not joined, unless the
    word opens an item of a comma list that the next line finishes (", Great" + "Britain, ...").

    ``previous`` is the last line kept, or the last part of it when it already joins lines that
    the page wrapped (``wrapped``): it ends as the whole would, and the whole is long."""
    if len(previous) < _WRAP_MIN_CHARS and not wrapped or ends_sentence(previous) or previous[-1] in ":;)]":
        return False
    if previous[-1] == ",":
        return line[:1].islower() or bool(_LIST_ITEM_BROKEN_AFTER.match(line)) and previous.count(",") >= 3  # "Norway," + "the Netherlands, and ..."
    if len(line) < 20:
        # "... read by the Commonwealth Secretary General Don" + "McKinnon.": a sentence's last
        # words wrapped onto a short line of their own, after a line of prose
        return ends_sentence(line) and len(line.split()) <= 3 and not line[:1].islower() and len(previous.split()) >= 8 \
            and sum(w.islower() for w in previous.split()[-8:]) >= 3
    if _LIST_ITEM_BROKEN_BEFORE.search(previous) and _LIST_ITEM_BROKEN_AFTER.match(line):
        return True  # "..., Denmark, Great" + "Britain, the United States, ...": a name of a list wrapped in two
    last = previous.rsplit(" ", 1)[-1]
    if last.isalpha() and last[:1].isupper() and _name_wrapped_in_prose(previous, line):
        return True
    return last.isalpha() and last.islower() or line[:1].islower()


def _name_wrapped_in_prose(previous: str, line: str) -> bool:
    """ "... a telephone conversation between Armenian President Serzh" + "Sargsyan and his Russian
    counterpart N on Wednesday,": a page that wraps its prose at a width broke a name in two. The
    line before is prose (lower-case words among its last ones), the next line goes on in lower
    case after its first word and breaks mid-sentence itself, as the lines of a wrapped paragraph
    do; a caption that ends on a name, then a paragraph of its own, is not joined."""
    before, after = previous.split(), line.split()
    return len(before) >= 8 and sum(w.islower() for w in before[-8:]) >= 3 and len(after) >= 6 and after[0][:1].isupper() \
        and after[1].islower() and not ends_sentence(line) and len(line) >= _WRAP_MIN_CHARS * 2 // 3


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: a full stop, "!", "?" or an ellipsis, closing quotes and
    brackets after it allowed."""
    stripped = line.rstrip(CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in _SENTENCE_ENDS


#: A page double-spaces its wrapped prose when this many of its blocks are one long line that
#: stops mid-sentence on a function word ("... inaugurated the two-day summit of the").
_DOUBLE_SPACED_MIN = 3


def double_spaced(blocks: list[str], function_word) -> bool:
    """Whether the page puts a blank line after every line of its wrapped prose: several blocks
    are one long line that stops mid-sentence on a function word ("... summit of the"), as no
    headline does; ``function_word(word)`` says which words are."""
    found = 0
    for block in blocks:
        line = block.strip()
        if "\n" not in line and len(line) >= _WRAP_MIN_CHARS * 5 // 6 and not ends_sentence(line) \
                and function_word(line.rsplit(" ", 1)[-1]):
            found += 1
    return found >= _DOUBLE_SPACED_MIN


def wrapped_across_blank(line: str) -> bool:
    """On a double-spaced page, whether ``line`` (a block's only line) goes on in the next block:
    it is long, and stops mid-sentence (not on a colon, nor at a sentence's end)."""
    line = line.strip()
    return len(line) >= _WRAP_MIN_CHARS * 5 // 6 and not ends_sentence(line) and line[-1] not in ":;"

