"""Page debris: what copying a web page leaves around an article, and :func:`clean_text`, which
drops it.

A line is debris when it is a photo caption (a parenthesised credit at its end), when boilerplate
phrases cover most of it ("Please enter your comment!", "Advertisement"), or when it has the shape
of page furniture (a site name, a tag line, a "Related Articles" list). The phrases and the credit
words are data, in ``kg/data/boilerplate.txt``; the shapes are here. :func:`clean_text` also
normalises line endings, spaces and control characters, so every reader hands on the same kind of
text.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass
from typing import NamedTuple

from kg.credits import DATELINE, PLAIN_DATELINE, SLUG, agency_credits, without_credit
from kg.line_shapes import BULLET, LIST_ITEM, NOTE, YEARS_ROW, is_furniture, next_delegate_item, table_row
from kg.wrapping import CLOSING_MARKS, double_spaced, ends_sentence, hard_wrapped, wrapped_across_blank

__all__ = [
    "CONTROLS",
    "LINE_BREAKS",
    "LONE_SURROGATES",
    "LONG_TOKEN_CHARS",
    "CleanText",
    "DebrisRules",
    "clean_text",
    "cleaned_text",
    "without_long_tokens",
    "default_debris_rules",
    "ends_sentence",
    "parse_debris_rules",
]

# --------------------------------------------------------------------------------------------
# Debris rules


@dataclass(frozen=True)
class DebrisRules:
    """What :func:`clean_text` treats as web-page debris, usually loaded from a data file.

    All are regular expressions matched against the lower-cased line, except ``agencies``, which
    are matched as written.

    Attributes:
        phrases: boilerplate phrases (whole words); a line mostly made of them is dropped.
        credits: words that make a parenthesis at the end of a line a photo credit.
        headings: a whole line that heads a block of links to other stories ("Related
            articles", "Must read"); the teasers under it are dropped up to the next sentence.
        names: how a line that names a person or an office opens ("His Excellency",
            "Ambassador of"); such a line is never furniture, however short.
        agencies: news agencies whose name, right after a dateline's date or glued before its
            place ("Tehran, Feb 15, IRNA Iran's ...", "APA-Baku:"), is a credit.
        lists: a whole line that heads a list of an organisation's members ("Current OPEC
            Members"); it and the short lines under it (one name each) are kept.
        endings: a whole line that opens what follows a story, readers' comments above all ("3
            Responses to ...", "Leave a Reply"); after three sentences of story, it and the rest go.
        positions: where someone stands in a photo ("l", "2nd r", "front"); a bracket made of
            them in a caption kept for its news ("President A (L, Front) greets B (R)") is dropped.
        foreign: function words of the other languages pages mix into English stories ("de",
            "los", "pour"); a line of mostly these is a passage in another language, dropped.
        english: English function words ("the", "of"), which such a passage lacks.
        unfinished: the words no line of prose ends on ("of", "and", "to"): a short line after a
            long one that ends on one is the rest of a wrapped line, not furniture.
    """

    phrases: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    glued: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    foreign: tuple[str, ...] = ()
    english: tuple[str, ...] = ()
    unfinished: tuple[str, ...] = ()


@functools.cache
def default_debris_rules() -> DebrisRules:
    """The rules shipped in ``kg/data/boilerplate.txt`` (``[phrases]``, ``[credits]``,
    ``[headings]``, ``[names]``, ``[agencies]``, ``[lists]``, ``[glued]``, ``[endings]``, ``[positions]``, ``[foreign]``, ``[english]`` and ``[unfinished]`` sections, one regular expression
    per line)."""
    resource = importlib.resources.files("kg") / "data" / "boilerplate.txt"
    return parse_debris_rules(
        resource.read_text(encoding="utf-8"), source="kg/data/boilerplate.txt"
    )


def parse_debris_rules(text: str, *, source: str) -> DebrisRules:
    """Debris rules from the text of a rules file; ``source`` names it in errors.

    Raises:
        ValueError: an unknown section or a line that is not a valid regular expression, named
            by ``source`` and line number.
    """
    sections: dict[str, list[str]] = {"phrases": [], "credits": [], "headings": [], "names": [], "agencies": [], "lists": [], "glued": [],
                                      "endings": [], "positions": [], "foreign": [], "english": [], "unfinished": []}
    section = "phrases"
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            if section not in sections:
                expected = "expected [phrases], [credits], [headings], [names], [agencies], [lists], [glued], [endings], [positions], [foreign], [english] or [unfinished]"
                raise ValueError(f"{source}:{number}: unknown section [{section}]: {expected}")
            continue
        try:
            re.compile(line)
        except re.error as error:
            raise ValueError(
                f"{source}:{number}: not a valid regular expression ({error})"
            ) from None
        sections[section].append(line)
    return DebrisRules(phrases=tuple(sections["phrases"]), credits=tuple(sections["credits"]),
                       headings=tuple(sections["headings"]), names=tuple(sections["names"]),
                       agencies=tuple(sections["agencies"]), lists=tuple(sections["lists"]), glued=tuple(sections["glued"]),
                       endings=tuple(sections["endings"]), positions=tuple(sections["positions"]),
                       foreign=tuple(sections["foreign"]), english=tuple(sections["english"]),
                       unfinished=tuple(sections["unfinished"]))


@dataclass(frozen=True)
class _Matchers:
    phrases: tuple[re.Pattern[str], ...]
    any_phrase: re.Pattern[str] | None  # a quick screen: most lines hold no phrase at all
    credit: re.Pattern[str] | None
    heading: re.Pattern[str] | None  # a whole line
    name: re.Pattern[str] | None  # the start of a line
    agency: tuple[re.Pattern[str], ...] | None  # after a dateline's date or place; glued before its place
    agency_closing: re.Pattern[str] | None  # a caption's last word: "... for the summit. Reuters"
    list_heading: re.Pattern[str] | None  # a whole line: "Current OPEC Members"
    glued: re.Pattern[str] | None  # a title a page ran into the name before it: "Jan BergAmbassador"
    ending: re.Pattern[str] | None  # a whole line: "3 Responses to ...", "Leave a Reply"
    position: re.Pattern[str] | None  # a bracket in a caption: "(L, Front)", "(2nd R)"
    foreign: re.Pattern[str] | None  # a function word of another language: "de", "los", "pour"
    english: re.Pattern[str] | None  # an English function word: "the", "of"
    unfinished: re.Pattern[str] | None  # a line's last word that leaves it unfinished: "... Ambassador to"


@functools.lru_cache(maxsize=16)
def _matchers(rules: DebrisRules) -> _Matchers:
    # Patterns run on the lower-cased line rather than with re.IGNORECASE, which is several
    # times slower. The screen keeps the look-behind of whole words: without it the engine tries
    # every phrase at every character (four times slower); with it, only where a word starts.
    # A phrase found as a whole word starts where the screen looks, so the screen misses none.
    def whole_words(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")

    def either(patterns: tuple[str, ...]) -> str:
        return "|".join(f"(?:{pattern})" for pattern in patterns)

    return _Matchers(
        phrases=tuple(whole_words(pattern) for pattern in rules.phrases),
        any_phrase=re.compile(rf"(?<!\w)(?:{either(rules.phrases)})") if rules.phrases else None,
        credit=whole_words(either(rules.credits)) if rules.credits else None,
        heading=re.compile(rf"^(?:{either(rules.headings)})\s*:?$") if rules.headings else None,
        name=re.compile(rf"^(?:{either(rules.names)})") if rules.names else None,
        agency=agency_credits(either(rules.agencies)) if rules.agencies else None,
        # "... summit. Reuters", "... in Kathmandu. \u2014 AFP", "... in Moscow. Picture: AFP."
        agency_closing=re.compile(rf"(?<=[.!?\u201d\"]) ?(?:[-\u2013\u2014]+ ?|(?:[Pp]icture|[Pp]hoto|[Ii]mage|[Cc]redit)s?: )?"
                                  rf"(?:{either(rules.agencies)})\.?$") if rules.agencies else None,
        list_heading=re.compile(rf"^(?:{either(rules.lists)})\s*:?$") if rules.lists else None,
        glued=re.compile(rf"([^\W\d_])((?:{either(rules.glued)})(?!\w))") if rules.glued else None,
        ending=re.compile(rf"^(?:{either(rules.endings)})\s*:?$") if rules.endings else None,
        position=re.compile(rf" ?\((?:{either(rules.positions)})(?:, ?(?:{either(rules.positions)}))*\)", re.IGNORECASE)
        if rules.positions else None,
        # a lower-case word standing alone, as written (not "UN", "AU" or the "El" of a name, nor the
        # "el" of "el-Sisi" or a web address), and not a particle before a name ("de la Cruz", "da Silva")
        foreign=re.compile(rf"(?<![\w'’.-])(?:{either(rules.foreign)})(?![\w'’.-])(?! [A-Z])") if rules.foreign else None,
        english=re.compile(rf"(?<![\w'’.-])(?:{either(rules.english)})(?![\w'’.-])") if rules.english else None,
        unfinished=re.compile(rf"(?<![\w'’.-])(?:{either(rules.unfinished)})$") if rules.unfinished else None,
    )


# --------------------------------------------------------------------------------------------
# Cleaning

#: Unicode and ASCII separators that mean "new line" although they are not "\n".
LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: The C0 and C1 control characters other than tab and newline.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Zero-width characters and the soft hyphen, which split words invisibly.
_INVISIBLES = re.compile("[\u00ad\u200b\u2060\ufeff]")
#: Halves of UTF-16 surrogate pairs standing alone (a JSON "\\ud800" escape makes one): no
#: encoding can write them, so they become U+FFFD, one character for one, offsets unchanged.
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
# A low-9 quotation mark right after a word and before a space is a comma some publishing systems
# mis-encode ("Botswana\u201a Namibia and Swaziland"); as an opening quote it stands before a word.
_LOW_NINE_COMMA = re.compile("(?<=[^\\W_])\u201a(?= )")
_BLANK_LINES = re.compile(r"\n{2,}")
#: Lines of story, each ending a sentence, before a line such as "Leave a Reply" can end it.
_TOLD_BEFORE_ENDING = 3


#: A run of this many characters without a space is longer than any word: an image or a file
#: encoded in base64, a minified script or data, a long link. Such runs are cut out before anything
#: else reads the text (the longest English words have about 45 letters).
LONG_TOKEN_CHARS = 100
# Starts only where a run starts, so a run is scanned once however long it is.
_LONG_TOKEN = re.compile(rf"(?<!\S)\S{{{LONG_TOKEN_CHARS},}}")


class CleanText(NamedTuple):
    """What :func:`cleaned_text` returns: the clean text and how many over-long tokens it cut out."""

    text: str
    long_tokens: int


def without_long_tokens(text: str) -> CleanText:
    """``text`` with every run of :data:`LONG_TOKEN_CHARS` or more characters without a space
    replaced by a space, and how many there were."""
    text, cut = _LONG_TOKEN.subn(" ", text)
    return CleanText(text, cut)


def cleaned_text(text: str, *, rules: DebrisRules | None = None) -> CleanText:
    """:func:`clean_text`, and how many over-long tokens it cut out, for the build's summary."""
    text, cut = without_long_tokens(text)
    return CleanText(_clean(text, rules), cut)


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

    Runs of :data:`LONG_TOKEN_CHARS` or more characters without a space (a base64 image, a
    minified script) are cut out first: no word is that long, and the line rules below need never
    read them.

    Returns:
        The cleaned text, with no carriage returns or control characters other than ``"\\n"``.
    """
    return cleaned_text(text, rules=rules).text


def _clean(text: str, rules: DebrisRules | None) -> str:
    matchers = _matchers(rules if rules is not None else default_debris_rules())
    paragraphs = []
    in_links = ended = False
    told = 0  # the story's lines that end a sentence, so far
    listing = None  # under a heading of members ("Current OPEC Members", then "- Algeria", ...): start, bullets, plain
    blocks = _BLANK_LINES.split(_normalised(text))
    spaced = matchers.english is not None and double_spaced(blocks, lambda word: bool(matchers.english.fullmatch(word)))
    # (a page that wraps its prose with a blank line after each line)
    for block in blocks:  # (a list may put a blank line between its items)
        kept = []
        dropped = False
        lines = _offices_joined_to_names(block.split("\n"), matchers)
        for n, line in enumerate(lines):
            if not line:
                continue
            if matchers.ending is not None and told >= _TOLD_BEFORE_ENDING and matchers.ending.match(line.strip().lower()):
                ended = True  # "3 Responses to ...": readers' comments below, not the story
                break
            if matchers.glued is not None:
                line = matchers.glued.sub(_unglued, line)
            if matchers.list_heading is not None and matchers.list_heading.match(BULLET.sub("", line.strip()).lower()):
                listing = "start"
                kept.append([line])
                continue
            if listing and YEARS_ROW.match(line):
                kept.append([line])  # a grid's row of years under its row of names: "(1963)  (1950)  (1951-1991)"
                continue
            if listing in ("start", "table") and (table_row(line) or listing == "start" and NOTE.match(line)):
                listing = "table" if table_row(line) else listing  # "Albania | 2009 | Lithuania | 2004 |"
                kept.append([line])
                continue
            item = LIST_ITEM.match(line) if listing or next_delegate_item(kept, line) else None
            style = ("bullets" if item.group(1) else "plain") if item else None
            if item and (listing in ("start", style) or not listing):
                listing = style  # the first item says whether the list has bullets
                kept.append([line])
                continue
            if kept and not dropped and _unfinished(kept[-1][-1], matchers) and not _is_debris_besides_shape(line, matchers):
                # "... Madagascar Ambassador to" + "South Africa": a short line that ends a line the
                # page wrapped is its last words, not furniture (and a list goes on after it)
                kept[-1].append(line)
                told += ends_sentence(line)
                listing = "start" if line.rstrip().endswith(":") else listing
                continue
            if (listing in ("plain", "bullets") or kept and _list_item_kept(kept[-1][-1], matchers)) \
                    and is_furniture(line) and not _is_debris_besides_shape(line, matchers) and line.strip()[:1].isupper() \
                    and _list_item_kept(next((later for later in lines[n + 1 :] if later.strip()), ""), matchers):
                listing = None  # "Dialogue partners" between two lists of delegates: the next group's heading, which ends the members
                kept.append([line])
                continue
            listing = None
            if matchers.heading is not None and matchers.heading.match(line.strip().lower()):
                in_links = True  # "Related Articles": the headlines below it link to other stories
                continue
            if in_links and (not ends_sentence(line) or line.rstrip(CLOSING_MARKS).endswith(("...", "\u2026"))):
                continue  # a headline, or a teaser cut off with an ellipsis
            in_links = False
            caption = _caption_text(line, matchers)
            if caption:
                line = caption  # a caption that says who is pictured is news; its credit is not
            if _is_debris(line, matchers):
                dropped = True  # "01:55" between two teaser headlines: the lines around it are not one wrapped line
            else:
                line = without_credit(SLUG.sub("", DATELINE.sub("", line)), matchers.agency)
                if matchers.agency_closing is not None:
                    line = matchers.agency_closing.sub("", line)  # a caption's credit: "... summit. Reuters"
                if len(paragraphs) < 3 and len(line) >= 60:
                    line = PLAIN_DATELINE.sub("", line)  # "HARARE - Southern African leaders ..."
                if kept and kept[-1][-1] == line:
                    continue  # a gallery's caption twice over (its image's text, then the caption)
                if kept and not dropped and hard_wrapped(kept[-1][-1], line, wrapped=len(kept[-1]) > 1):
                    kept[-1].append(line)  # "... the French" + "Polynesia and ...": one line wrapped
                else:
                    kept.append([line])
                dropped = False
                told += ends_sentence(line)
                if line.rstrip().endswith(":"):
                    listing = "start"  # "attended by the following Heads of State:" + "* Botswana: President N"
        if kept:  # lines as lists of the page's lines they join, joined once at the end
            if paragraphs and paragraphs[-1] and (paragraphs[-1][-1][-1].endswith(",") or spaced and len(paragraphs) >= 2 and len(
                    paragraphs[-1]) == 1 and wrapped_across_blank(paragraphs[-1][-1][-1])) and kept[0][0][:1].isalpha():
                # "... Mr Rune Skinnebach," + blank line + "Ambassador of the European Union, ...": a
                # sentence the page broke in two; no paragraph ends on a comma. On a page that
                # double-spaces its wrapped lines, a long line that ends mid-sentence goes on below
                paragraphs[-1][-1].extend(kept[0])
                kept = kept[1:]
            if kept:
                paragraphs.append(kept)
        if ended:
            break
    _drop_closing_headlines(paragraphs)
    # (a text wrapped at 72 columns may be one paragraph of a million lines: each joined once)
    return "\n\n".join(text for text in ("\n".join(" ".join(parts) for parts in lines if parts) for lines in paragraphs) if text)


# A page that ends in a block of other stories' headlines with no heading above it ("Fire brigade
# holds group wedding", "Tourists enjoy ice sculptures in ..."): three lines or more after the last
# sentence (or the last long line, a paragraph the page cut short), none ending one, most with two or more lower-case words of four letters or more.
# The items of a list of names and offices ("H.E. Mr N, Minister of Foreign Affairs") have none,
# and a list that a colon announces, or whose items open with a bullet or in lower case, stays.
_CLOSING_HEADLINES_MIN = 3
_HEADLINE_MAX_WORDS = 30  # two headlines the page ran together on one line stay under it
_HEADLINE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}(?![\w'’-])")


def _drop_closing_headlines(paragraphs: list[list[list[str]]]) -> None:
    """``paragraphs``: each a list of lines, each the list of the page's lines it joins (headlines
    that run on without a stop look like one wrapped line: each is judged alone)."""
    run = []  # (paragraph, line, page line) from the last back
    for p in range(len(paragraphs) - 1, -1, -1):
        for i in range(len(paragraphs[p]) - 1, -1, -1):
            parts = paragraphs[p][i]
            if sum(len(part.split()) for part in parts) > _HEADLINE_MAX_WORDS and len(parts) == 1:
                return _drop_run(paragraphs, run, announced=False)  # a paragraph the page cut short
            for k in range(len(parts) - 1, -1, -1):
                line = parts[k]
                if not any(c.isalpha() for c in line):
                    continue  # "...", "* * *": no words, neither the story's end nor a headline
                if ends_sentence(line) or line.endswith(":") or len(line.split()) > _HEADLINE_MAX_WORDS:
                    # the story's last line: a sentence, a list's announcement, or a paragraph the page cut short
                    return _drop_run(paragraphs, run, announced=line.endswith(":"))
                run.append((p, i, k))
    # no sentence at all: not a page that ends in headlines


def _drop_run(paragraphs: list[list[list[str]]], run: list[tuple[int, int, int]], *, announced: bool) -> None:
    if announced or len(run) < _CLOSING_HEADLINES_MIN:
        return
    lines = [paragraphs[p][i][k] for p, i, k in run]
    if any(not line[:1].isupper() or len(line.split()) > _HEADLINE_MAX_WORDS for line in lines):
        return
    if 2 * sum(len(_HEADLINE_WORD.findall(line)) >= 2 for line in lines) < len(lines):
        return
    for p, i, k in run:  # from the end back: deleting keeps the earlier indices
        del paragraphs[p][i][k]


#: Cyrillic and Greek letters drawn like Latin ones. A word of Latin letters with one of these in it
#: ("Мoldova" with a Cyrillic "М", typed on a Russian keyboard or copied from a mixed source) is
#: the Latin word: every name matcher compares characters, and would see two names.
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсуухіјѕІЈЅԁԛԝҮһѴѵ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοντ",
    "ABEKMHOPCTXaeopcyyxijsIJSdqwYhVv" "ABEZHIKMNOPTYXovt",
)
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]|[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f][A-Za-z]")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


def _latin_word(match: re.Match[str]) -> str:
    word = match.group(0)
    folded = word.translate(_HOMOGLYPHS)
    others = sum(1 for c in word if "\u0370" <= c <= "\u052f")
    return folded if others and len(_LATIN.findall(word)) >= others and not _MIXED_SCRIPT.search(folded) else word


def _unglued(match: re.Match[str]) -> str:
    """ "BergAmbassador" -> "Berg Ambassador": only after a lower-case letter ("HIGHAmbassador" stays)."""
    letter, word = match.group(1), match.group(2)
    return f"{letter} {word}" if letter.islower() else match.group(0)


def _normalised(text: str) -> str:
    """Text with "\\n" line endings, single spaces, no control characters, no blank-only lines,
    and no Cyrillic or Greek look-alike letter inside a Latin word."""
    text = LINE_BREAKS.sub("\n", text)
    if _MIXED_SCRIPT.search(text):
        text = _WORD.sub(_latin_word, text)
    text = _INVISIBLES.sub("", CONTROLS.sub("", LONE_SURROGATES.sub("\ufffd", text)))
    text = _LOW_NINE_COMMA.sub(",", _HORIZONTAL_SPACE.sub(" ", text))
    text = _GLUED_SENTENCE.sub(" ", text)
    if _LOST_SPACE.search(text):  # "opened?on Thursday": the page's non-breaking spaces became "?"
        text = _LOST_SPACE_AFTER_STOP.sub("", _LOST_SPACE.sub(" ", text))
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")


# A question or an exclamation glued to the next sentence ("... regaining consciousness?ECCAS is
# composed of"): the page lost the space, and the parser would read one sentence.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[?!])(?=[A-Z][A-Za-z])")

# A "?" between two lower-case words is a space the page's encoding lost; on such a page a "?"
# right after a full stop ("... and Vietnam.?") is one too, not a question.
_LOST_SPACE = re.compile(r"(?<![./=&]\w)(?<![./=&]\w\w)(?<![./=&]\w\w\w)(?<=[a-z]{2})\?(?=[a-z]{2,}\b(?![=.]))")  # not "index.php?id=3"
_LOST_SPACE_AFTER_STOP = re.compile(r"(?<=[a-z]\.)\?(?=\s|$)")


_TICKER_SEPARATORS = re.compile(r"\s+[\u2022\u00b7|]\s+")
_TICKER_LINE = re.compile(r"^\s*[\u2022\u00b7]\s*(\S.*?)\s+\|\s*$")


def _offices_joined_to_names(lines: list[str], matchers: _Matchers) -> list[str]:
    """A cabinet or protocol list that puts each office on a line ending in a colon and the name on
    the next ("Health Minister:" / "Ana Soto Ruiz"): each pair as one line, "Health Minister: Ana
    Soto Ruiz", which the shape rules keep (alone, both lines would look like furniture)."""
    if matchers.name is None or not any(line.rstrip().endswith(":") for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line.endswith(":") and i + 1 < len(lines) and LIST_ITEM.match(lines[i + 1].strip()):
            joined = f"{line.strip()} {lines[i + 1].strip()}"
            if matchers.name.match(joined.lower()):
                out.append(joined)
                i += 2
                continue
        out.append(lines[i])
        i += 1
    return out


def _is_ticker(line: str) -> bool:
    """A line of three or more headlines run together by bullets or bars ("Kenya, Sudan sign deal
    to boost tea trade  \u2022 Malaysian central bank maintains key rate  \u2022 ..."): none of its
    parts is a sentence, and they are headlines' length. A ticker may also give one headline a
    line, between a bullet and a bar ("\u2022 Bank approves $250m for ports     |")."""
    one = _TICKER_LINE.match(line)
    if one is not None:
        return not ends_sentence(one.group(1)) and 4 <= len(one.group(1).split()) <= 16
    parts = [p.strip() for p in _TICKER_SEPARATORS.split(line) if p.strip()]
    return len(parts) >= 3 and not any(ends_sentence(p) for p in parts) and all(len(p.split()) <= 16 for p in parts) \
        and sum(len(p.split()) >= 4 for p in parts) >= 2  # headlines, not a table's row of short cells ("Albania | 2009 | Lithuania")


def _unfinished(line: str, matchers: _Matchers) -> bool:
    """Whether a line of prose stops on a word no sentence ends on ("... Minister of Foreign
    Affairs of the", "... Heads of State and"): the page wrapped it."""
    return matchers.unfinished is not None and len(line) >= _UNFINISHED_MIN_CHARS and bool(matchers.unfinished.search(line.lower()))


#: A line this long or longer is prose when it stops on an unfinished word (a menu's "News and" is not).
_UNFINISHED_MIN_CHARS = 30


def _is_debris(line: str, matchers: _Matchers) -> bool:
    return _is_debris_besides_shape(line, matchers) or is_furniture(line) and not (matchers.name and matchers.name.match(line.lower()))


def _list_item_kept(line: str, matchers: _Matchers) -> bool:
    """A list's item that stays: "Indonesia \u2013 President N" (an item's shape, and not furniture or a name the rules keep)."""
    return bool(LIST_ITEM.match(line)) and not _is_debris(line, matchers)


def _is_debris_besides_shape(line: str, matchers: _Matchers) -> bool:
    """Debris by what the line says (another language, a ticker, a photo credit, boilerplate), not by its shape alone."""
    return _is_foreign(line, matchers) or _is_ticker(line) or _is_photo_caption(line, matchers) or _is_boilerplate(line.lower(), matchers)


#: A line with this many function words of another language (lower case, not before a name), and
#: fewer than a third as many English ones, is a passage in that language (a Spanish paragraph
#: below the English story); names ("Juan de la Cruz", "UN envoy Le Roux") count none.
_FOREIGN_MIN_WORDS = 4


def _is_foreign(line: str, matchers: _Matchers) -> bool:
    if matchers.foreign is None:
        return False
    foreign = len(matchers.foreign.findall(line))
    if foreign < _FOREIGN_MIN_WORDS:
        return False
    english = len(matchers.english.findall(line.lower())) if matchers.english is not None else 0
    return foreign >= 3 * english


def _caption_text(line: str, matchers: _Matchers) -> str:
    """A photo caption's own sentence, its credit dropped: "From left, Nepal Prime Minister A, ...
    pose for a photograph during the summit in Bangkok on Friday. (Example Ministry via AP)" keeps
    all but the bracket; "" when the line is no caption or what is left is no full sentence."""
    if not _is_photo_caption(line, matchers):
        return ""
    text = line[: line.rfind("(" if line.endswith(")") else "[")].rstrip()
    if matchers.position is not None:
        text = matchers.position.sub("", text)  # "President A (L, Front) greets B (R)"
    return text if len(text.split()) >= 12 and text.endswith(".") and text[:1].isupper() else ""


def _is_photo_caption(line: str, matchers: _Matchers) -> bool:
    """Whether the line ends with a parenthesised photo credit, the signature of a caption."""
    if not line.endswith((")", "]")):
        return False
    opening = line.rfind("(" if line.endswith(")") else "[")  # "(Reuters/Name)", "[Photo/Xinhua]"
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


