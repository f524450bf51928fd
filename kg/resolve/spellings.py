"""Other spellings of the gazetteers' names and of the document's own names.

The rulers match a known name as the gazetteer writes it (first word case-sensitive). A page may
print it in capitals ("REPUBLIC OF ZIMBABWE"), misspell it ("Portugaol", "East African Communty",
"Republic of Kribati") or abbreviate it ("S. Korea"); such a name is the gazetteer's entity when
exactly one entity has a name it is a spelling of (:mod:`kg.names`). Within a document, a
person's misspelt, initialled or shortened name joins the one full name it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.gazetteer import Entry, Gazetteer
from kg.names import adjective_variant, initials_match, inner_run_of, middle_names_left_out, misspelling, number_variant, short_form_of

__all__ = ["Forms", "forms_of", "gazetteer_entry", "person_spellings"]


@dataclass(frozen=True)
class Forms:
    """The gazetteers' names, folded and with British/American spellings unified."""

    by_form: dict[str, str]  # form -> entry key (forms of one entity only)
    buckets: dict[tuple[int, str], tuple[str, ...]]  # (word count, first letter) -> forms
    words: frozenset[str]  # every word of every form, and every demonym: never a misspelling


_FORMS: dict[int, tuple[Gazetteer, Forms]] = {}


def forms_of(gaz: Gazetteer) -> Forms:
    cached = _FORMS.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    owners: dict[str, set] = {}
    for key, entry in gaz.entries.items():
        for name in (entry.name, *entry.aliases):
            owners.setdefault(gaz.canonical_words(name), set()).add(key)
    by_form = {form: next(iter(keys)) for form, keys in owners.items() if len(keys) == 1 and form}
    buckets: dict[tuple[int, str], list[str]] = {}
    for form in sorted(by_form):
        buckets.setdefault((len(form.split()), form[0]), []).append(form)
    words = {w for form in owners for w in form.split()} | set(gaz.demonyms)
    forms = Forms(by_form, {k: tuple(v) for k, v in buckets.items()}, frozenset(words))
    _FORMS[id(gaz)] = (gaz, forms)
    return forms


def gazetteer_entry(text: str, gaz: Gazetteer) -> Entry | None:
    """The one gazetteer entity ``text`` is another spelling of (case, a misspelling, initials),
    or None."""
    forms = forms_of(gaz)
    name = gaz.canonical_words(text)
    if not name:
        return None
    key = forms.by_form.get(name)
    if key is None:
        close = {forms.by_form[f] for f in forms.buckets.get((len(name.split()), name[0]), ())
                 if misspelling(name, f, known=forms.words) or initials_match(name, f) or adjective_variant(name, f)
                 or number_variant(name, f)}
        key = next(iter(close)) if len(close) == 1 else None
    return gaz.entries.get(key) if key else None


def _joined_the_same(name: str, other: str) -> bool:
    """ "ramchandra paudel" and "ram chandra paudel": one name, its words split or joined."""
    return len(name.split()) != len(other.split()) and name.replace(" ", "").replace("-", "") == other.replace(" ", "").replace("-", "")


def person_spellings(names: dict[str, int], particles: frozenset[str]) -> dict[str, str]:
    """Each folded person name of a document -> the full name it is another spelling of: a
    misspelling ("salman bin abulaziz"), initials ("n nazarbayev"), a short form ("nasser al
    mohammad"), a compound surname alone ("lacalle pou"), a name without its middle names, when
    exactly one name of the document fits. ``names`` counts the mentions."""
    full = sorted(names, key=lambda n: (-len(n.split()), -names[n], n))
    mapping: dict[str, str] = {}
    for name in full:
        if len(name.split()) < 2:
            continue
        fits = [other for other in full if other != name and other not in mapping and (
            (misspelling(name, other, min_word=5) and (names[other], len(other), other) > (names[name], len(name), name))
            or initials_match(name, other) or short_form_of(name, other, particles=particles)
            or inner_run_of(name, other, particles=particles) or middle_names_left_out(name, other)
            or _joined_the_same(name, other) and (names[other], len(other), other) > (names[name], len(name), name))]
        if len(fits) == 1:
            mapping[name] = fits[0]
    return mapping
