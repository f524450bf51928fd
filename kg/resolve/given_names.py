"""Is a name the NER took for an organisation a person's? "Claudia Sheinbaum" and
"Enrique Pena Nieto" come out of the small English model as ORG often enough to matter.

A span is person-shaped when it is two to four capitalised words, the first a given name known to
gender-guesser's dictionary of first names from many countries, and no word is one that names a
body, a treaty, an event, a territory, a state, a place or a people ("Jordan Times", "Victoria
Falls", "Georgia State University" stay what they are).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.resolve.text import fold

__all__ = ["is_given_name", "person_shaped"]

_HEAD_LISTS = ("organisation_heads", "treaty_heads", "government_heads", "public_body_heads", "event_heads",
               "people_group_heads", "territory_heads", "document_heads", "geographic_heads", "not_given_names")


@cache
def _given_names() -> frozenset[str]:
    """The first names of gender-guesser's dictionary, lower-cased, as its detector reads them
    ("+" joins the words of a compound name, which it stores bare, spaced and hyphenated), without
    the per-country figures it also parses: a tenth of the detector's start-up in every worker."""
    from importlib.resources import files

    names = set()
    with (files("gender_guesser") / "data" / "nam_dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in ("#", "=") or not line.strip():
                continue
            name = line.split()[1].lower()
            names.update({name.replace("+", r) for r in ("", " ", "-")} if "+" in name else {name})
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """``word`` is a first name in gender-guesser's dictionary (its detector's answer is not "unknown")."""
    return word.lower() in _given_names()


def person_shaped(span: Span, gaz: Gazetteer, known: frozenset[str]) -> bool:
    """See the module's docstring; ``known`` holds the folded names of the gazetteer's entries."""
    lex = gaz.lexicon
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 5 or fold(span.text) in known:
        return False
    particles = set(lex["name_particles"])
    initial = lambda t: len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."  # "Fernando E. Guachalla"
    if any(not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()) and t.lower_ not in particles and not initial(t) for t in words[1:-1]) \
            or any(not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()) for t in (words[0], words[-1])) \
            or words[0].lower_ in particles or words[-1].lower_ in particles:
        return False  # "Luiz Inacio Lula da Silva": capitalised words, a particle between them
    if any(t.lower_ in lex[name] for t in words for name in _HEAD_LISTS):
        return False
    if any(fold(t.text) in known or fold(t.text) in gaz.demonyms or fold(t.text) in gaz.title_words for t in words):
        return False  # "Georgia", "Chad", "Israel": given names that are also states; "Kenyan"; "President"
    return is_given_name(words[0].text)
