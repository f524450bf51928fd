"""The knowledge kg ships as data: states, organisations, treaties, places, titles and spellings.

Everything here is read from ``kg/data`` (and a user's alias file) and turned into plain lookup tables.
No spaCy: the tables are used by :mod:`kg.nlp` to build rulers and by :mod:`kg.resolve` and
:mod:`kg.relations` to interpret what the rulers found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.model import ENTITY_TYPES

__all__ = ["DataFileError", "Entry", "Gazetteer", "Title", "apply_alias_file", "fold", "load_gazetteer", "read_jsonl"]


class DataFileError(ValueError):
    """A data file (shipped or user-supplied) is malformed; the message names file and line."""


@dataclass(frozen=True)
class Entry:
    """A known entity: its key (``type:id``), type, display name and every alias."""

    key: str
    type: str
    name: str
    aliases: tuple[str, ...]
    kind: str = ""


@dataclass(frozen=True)
class Title:
    """An office or job title and the relation a title-holder has to the title's owner."""

    words: tuple[str, ...]  # folded tokens, e.g. ("foreign", "minister")
    relation: str  # holds-office, spokesperson-for, ambassador-to, affiliated-with


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for comparison: accents, case, curly quotes, punctuation, a leading "the".
    Memoised: the rules fold the same few thousand words again and again, and folding is pure."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'")
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[^\w+]+", " ", text)
    return " ".join(text.split())


def read_jsonl(path, *, required=("id",)) -> list[dict]:
    """Read a JSON-lines data file, naming the file and line of the first bad record."""
    rows = []
    text = Path(path).read_text(encoding="utf-8") if not hasattr(path, "read_text") else path.read_text(
        encoding="utf-8"
    )
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataFileError(f"{path}: line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise DataFileError(f"{path}: line {number}: expected a JSON object")
        missing = [name for name in required if name not in row]
        if missing:
            raise DataFileError(f"{path}: line {number}: missing field {missing[0]!r}")
        rows.append(row)
    return rows


def _data(name: str):
    return resources.files("kg") / "data" / name


@dataclass
class Gazetteer:
    """Lookup tables built from the data files."""

    entries: dict[str, Entry] = field(default_factory=dict)  # key -> Entry
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> state key
    shared_demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded demonym -> its other states
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> state key
    capital_names: dict[str, str] = field(default_factory=dict)  # folded capital -> display name
    capital_forms: dict[str, str] = field(default_factory=dict)  # written form -> state key
    seats: dict[str, str] = field(default_factory=dict)  # folded seat of government -> state key
    seat_names: dict[str, str] = field(default_factory=dict)  # folded seat -> display name
    nominals: dict[str, str] = field(default_factory=dict)  # "alliance" -> organisation key
    titles: dict[tuple[str, ...], Title] = field(default_factory=dict)
    title_words: frozenset[str] = frozenset()
    affiliation_titles: frozenset[str] = frozenset()
    spelling: dict[str, str] = field(default_factory=dict)  # british word -> american word
    lexicon: dict[str, list[str]] = field(default_factory=dict)  # named word lists (lexicon.json)
    ignored: set[str] = field(default_factory=set)  # folded names a user keeps out of the graph

    def canonical_words(self, text: str) -> str:
        """Fold and unify British/American spellings so "Co-operation" meets "Cooperation"."""
        words = fold(text).split()
        joined = " ".join(self.spelling.get(w, w) for w in words)
        # "co operation" (folded hyphen) and "cooperation" are one word
        return joined.replace("co operation", "cooperation")


def _state_rows(gaz: Gazetteer, rows: list[dict]) -> None:
    # Current states first: a historical state (the Soviet Union) must not claim Moscow or "Russian".
    for row in sorted(rows, key=lambda r: bool(r.get("historical"))):
        key = f"state:{row['id']}"
        aliases = row.get("aliases", ())
        # formal names drop their article as often as not: "Republic of Marshall Islands"
        aliases = tuple(dict.fromkeys([*aliases, *(a.replace(" of the ", " of ") for a in aliases)]))
        gaz.entries[key] = Entry(key, "state", row["name"], aliases)
        if row.get("historical"):
            for demonym in row.get("demonyms", ()):
                gaz.demonyms.setdefault(fold(demonym), key)
            continue
        for demonym in row.get("demonyms", ()):
            gaz.demonyms[fold(demonym)] = key
        for demonym in row.get("shared_demonyms", ()):  # "Dominican": the Dominican Republic's, and Dominica's when a text names only Dominica
            gaz.shared_demonyms[fold(demonym)] = (*gaz.shared_demonyms.get(fold(demonym), ()), key)
        for capital in [row.get("capital", "")] + list(row.get("capital_aliases", ())):
            if capital:
                gaz.capitals[fold(capital)] = key
                gaz.capital_names[fold(capital)] = row.get("capital", capital)
                gaz.capital_forms[capital] = key
        for seat in row.get("seats", ()):
            gaz.seats[fold(seat)] = key
            gaz.seat_names[fold(seat)] = seat


def _entity_rows(gaz: Gazetteer, rows: list[dict], type_: str, prefix: str) -> None:
    for row in rows:
        key = f"{prefix}:{row['id']}"
        gaz.entries[key] = Entry(key, type_, row["name"], tuple(row.get("aliases", ())), row.get("kind", ""))
        for nominal in row.get("nominals", ()):
            gaz.nominals[fold(nominal)] = key


def load_gazetteer(*, extra_aliases: str | Path | None = None) -> Gazetteer:
    """Load the shipped data files (and optionally a user's alias file) into a :class:`Gazetteer`."""
    return _load(str(extra_aliases) if extra_aliases else None)


@lru_cache(maxsize=4)
def _load(extra_aliases: str | None) -> Gazetteer:
    gaz = Gazetteer()
    _state_rows(gaz, read_jsonl(_data("states.jsonl"), required=("id", "name")))
    _entity_rows(gaz, read_jsonl(_data("organisations.jsonl"), required=("id", "name")), "organisation", "org")
    _entity_rows(gaz, read_jsonl(_data("treaties.jsonl"), required=("id", "name")), "treaty", "treaty")
    _entity_rows(gaz, read_jsonl(_data("places.jsonl"), required=("id", "name")), "place", "place")
    for line in _data("spelling.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            british, american = line.split("\t")[:2]
            gaz.spelling[british.strip()] = american.strip()
    for row in read_jsonl(_data("titles.jsonl"), required=("title", "relation")):
        words = tuple(fold(row["title"]).split())
        gaz.titles[words] = Title(words, row["relation"])
    # "ambassador-at-large", "chairman-in-office" must not make "at" or "in" title words: prepositions end a title region
    gaz.title_words = frozenset(w for words in gaz.titles for w in words if w not in ("at", "to", "for", "with", "the", "a", "in"))
    gaz.affiliation_titles = frozenset(
        words[-1] for words, title in gaz.titles.items() if title.relation == "affiliated-with"
    )
    gaz.lexicon = json.loads(_data("lexicon.json").read_text(encoding="utf-8"))
    if extra_aliases:
        apply_alias_file(gaz, extra_aliases)
    return gaz


# ---------------------------------------------------------------------------------------------
# A user's alias file (``kg build --aliases FILE``), JSON lines, one instruction per line::
#
#     {"name": "Vladimir Putin", "type": "person", "aliases": ["V. Putin", "Vladimir V. Putin"]}
#     {"distinct": ["Smith", "Julianne Smith"], "type": "person"}
#     {"ignore": "Sputnik"}
#
# ``name`` + ``aliases`` makes every listed name one entity (types: person, organisation, state,
# treaty, place); ``distinct`` makes each listed name an entity of its own, so no rule joins them;
# ``ignore`` keeps a name out of the graph.

_PREFIX = {"person": "person", "organisation": "org", "state": "state", "treaty": "treaty", "place": "place"}


def _check_type(path, number, row) -> str:
    type_ = row.get("type")
    if type_ not in ENTITY_TYPES:
        raise DataFileError(f"{path}: line {number}: type must be one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
    return type_


def apply_alias_file(gaz: Gazetteer, path: str | Path) -> None:
    """Add the instructions in ``path`` to ``gaz``; errors name the file and line."""
    rows = read_jsonl(path, required=())
    for number, row in enumerate(rows, 1):
        if "ignore" in row:
            if not isinstance(row["ignore"], str) or not row["ignore"].strip():
                raise DataFileError(f"{path}: line {number}: 'ignore' takes a name")
            gaz.ignored.add(fold(row["ignore"]))
        elif "distinct" in row:
            names = row["distinct"]
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise DataFileError(f"{path}: line {number}: 'distinct' takes a list of names")
            type_ = _check_type(path, number, row)
            for name in names:
                key = f"{_PREFIX[type_]}:{fold(name)}"
                gaz.entries[key] = Entry(key, type_, name, ())
        elif "name" in row:
            if not isinstance(row["name"], str) or not row["name"].strip():
                raise DataFileError(f"{path}: line {number}: 'name' must be a non-empty string")
            aliases = row.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise DataFileError(f"{path}: line {number}: 'aliases' must be a list of strings")
            type_ = _check_type(path, number, row)
            existing = next(
                (e for e in gaz.entries.values() if e.type == type_ and fold(row["name"]) in {fold(n) for n in (e.name, *e.aliases)}),
                None,
            )
            if existing is not None:
                gaz.entries[existing.key] = Entry(existing.key, type_, existing.name, tuple(existing.aliases) + tuple(aliases), existing.kind)
            else:
                key = f"{_PREFIX[type_]}:{fold(row['name'])}"
                gaz.entries[key] = Entry(key, type_, row["name"], tuple(aliases))
        else:
            raise DataFileError(f"{path}: line {number}: expected one of the fields name, distinct or ignore")
