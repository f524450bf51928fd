"""When two spellings name one entity: misspellings, initials and short forms of names.

Pages misspell names beside the right spelling ("Portugaol", "East African Communty", "Salman bin
Abulaziz", "Shikaliyev"), abbreviate them ("N. Nazarbayev", "S. Korea") and shorten Arabic names
to the given and father's names ("Nasser Al-Mohammad" for "Nasser Mohammad Al-Ahmad Al-Sabah").
These functions say when two folded names (see :func:`kg.gazetteer.fold`) are one, word by word:

- a misspelling is one edit (rapidfuzz's optimal string alignment distance, where two letters
  swapped are one edit: "Bashrili"/"Bashirli") in a word of six letters or more,
  the other words equal; a word that is itself a known name or nationality is no misspelling of
  another ("Gambian"/"Zambian", "Niger"/"Nigeria", "Austria"/"Australia" stay apart);
- an initial stands for a word it begins ("n" for "nursultan") when the other words are equal;
- a short form is the first words of a longer name, "al" prefixes aside;
- an inner run of a name is the same person: "Lacalle Pou" of "Luis Lacalle Pou", "Pérez de Ágreda"
  of "Emilio Pérez de Ágreda Záes" (compound and double surnames), unless a patronymic particle
  comes before it ("Hamad Al Thani" in "Tamim bin Hamad Al Thani" is his father);
- a name with middle names left out is the same person: "Alberto Bautista Iribarne" of "Alberto
  Juan Bautista Iribarne", but not when an initial is left out ("George W. Bush" is not "George H.
  W. Bush").

No spaCy here: :mod:`kg.resolve` uses them within a document and :mod:`kg.graph` across documents.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA

__all__ = ["adjective_variant", "initials_match", "number_variant", "inner_run_of", "middle_names_left_out", "misspelling", "short_form_of", "spelling_groups"]

#: Words that say "son of" or "daughter of": the name after one is a parent's.
PATRONYMICS = frozenset({"bin", "bint", "ibn", "ben", "ould", "mint", "binti"})

#: The shortest word a misspelling may be found in: shorter names differ by a letter too often
#: ("Mali"/"Bali", "Maria"/"Mario").
MIN_WORD = 6


def _close(a: str, b: str, known: frozenset[str] | set[str], min_word: int) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < min_word or a[0] != b[0] or (a in known and b in known):
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def misspelling(a: str, b: str, *, known: frozenset[str] | set[str] = frozenset(), min_word: int = MIN_WORD,
                keep_first: bool = False) -> bool:
    """Are the folded names ``a`` and ``b`` one name, one of them misspelt in one word? With
    ``keep_first`` the first words must be equal: "maria lopez" and "mario lopez" are two people."""
    if a == b:
        return False
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or keep_first and wa[0] != wb[0]:
        return False
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(differ) == 1 and _close(*differ[0], known, min_word)


def _one_word_apart(a: str, b: str, min_words: int) -> tuple[str, str] | None:
    """The differing word of two names of ``min_words`` words or more that differ in exactly
    one, shorter form first; None otherwise."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < min_words:
        return None
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    return tuple(sorted(differ[0], key=len)) if len(differ) == 1 else None


def number_variant(a: str, b: str) -> bool:
    """Are the folded names ``a`` and ``b`` of four words or more one name with one word's plural
    written as a singular or the other way round ("league of arab state")? Shorter names may be
    two bodies ("council of state", "council of states")."""
    pair = _one_word_apart(a, b, 4)
    return pair is not None and len(pair[0]) >= 4 and pair[1] == pair[0] + "s"


def adjective_variant(a: str, b: str) -> bool:
    """Are the folded names ``a`` and ``b`` of three words or more one name with a place written
    as its adjective or the other way round ("africa continental free trade agreement",
    "asia development bank")? One word differs, by a trailing "n" or "an"."""
    pair = _one_word_apart(a, b, 3)
    return pair is not None and len(pair[0]) >= 4 and pair[1] in (pair[0] + "n", pair[0] + "an")


def initials_match(short: str, full: str) -> bool:
    """ "n nazarbayev" for "nursultan nazarbayev", "s korea" for "south korea": each one-letter
    word of ``short`` begins the word of ``full`` in its place, the other words are equal."""
    ws, wf = short.split(), full.split()
    if len(ws) != len(wf) or ws == wf:
        return False
    initials = 0
    for x, y in zip(ws, wf):
        if len(x) == 1 and len(y) > 1 and y.startswith(x):
            initials += 1
        elif x != y:
            return False
    return 0 < initials < len(ws)


def _content(words: list[str], particles: frozenset[str] | set[str]) -> list[str]:
    return [w for w in words if w not in particles]


def short_form_of(short: str, full: str, *, particles: frozenset[str] | set[str] = frozenset({"al", "el"})) -> bool:
    """ "nasser al mohammad" for "nasser mohammad al ahmad al sabah": two or more words that
    begin a name of at least one word more (particles such as "al" aside)."""
    ws, wf = _content(short.split(), particles), _content(full.split(), particles)
    return 2 <= len(ws) < len(wf) and wf[: len(ws)] == ws


def inner_run_of(short: str, full: str, *, particles: frozenset[str] | set[str] = frozenset({"al", "el"})) -> bool:
    """ "lacalle pou" of "luis lacalle pou", "perez de agreda" of "emilio perez de agreda zaes": two
    or more content words that run inside a longer name, after its first word, and not after a
    patronymic ("hamad al thani" of "tamim bin hamad al thani" names his father)."""
    ws, wf = short.split(), full.split()
    if len(_content(ws, particles)) < 2 or len(ws) >= len(wf):
        return False
    n = len(ws)
    return any(wf[k : k + n] == ws and wf[k - 1] not in PATRONYMICS for k in range(1, len(wf) - n + 1))


def middle_names_left_out(short: str, full: str) -> bool:
    """ "alberto bautista iribarne" of "alberto juan bautista iribarne": the same first and last
    words, the shorter's words in the longer's order, and every word left out a name or a
    particle, not an initial ("george w bush" is not "george h w bush"; "hamad al thani" is
    "hamad bin khalifa al thani")."""
    ws, wf = short.split(), full.split()
    if len(ws) < 2 or len(ws) >= len(wf) or ws[0] != wf[0] or ws[-1] != wf[-1]:
        return False
    k = 0
    for word in wf:
        if k < len(ws) and word == ws[k]:
            k += 1
        elif len(word) < 2:
            return False
    return k == len(ws)


def spelling_groups(names: Iterable[str], *, weight: dict[str, int] | None = None,
                    known: frozenset[str] | set[str] = frozenset(), min_word: int = MIN_WORD,
                    keep_first: bool = False) -> dict[str, str]:
    """Each misspelt name -> the spelling it is one edit from: the better-attested (``weight``),
    then the longer, then the first in order. Names that differ in one word share the rest, so
    they are compared only within groups of names alike but for the word at one place: the work
    stays near-linear in the number of names."""
    weight = weight or {}
    groups: dict[tuple, list[str]] = {}
    for name in sorted(set(names)):
        words = name.split()
        for i in range(1 if keep_first else 0, len(words)):
            if len(words[i]) >= min_word:
                groups.setdefault((i, *words[:i], "", *words[i + 1 :], words[i][0]), []).append(name)
    mapping: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        ranked = sorted(group, key=lambda n: (-weight.get(n, 0), -len(n), n))
        for i, name in enumerate(ranked):
            if name in mapping:
                continue
            for other in ranked[i + 1 :]:
                if other not in mapping and misspelling(name, other, known=known, min_word=min_word, keep_first=keep_first):
                    mapping[other] = name
    for name in list(mapping):  # a spelling mapped on to one itself mapped: follow to the end
        seen = {name}
        while mapping[name] in mapping and mapping[name] not in seen:
            seen.add(mapping[name])
            mapping[name] = mapping[mapping[name]]
    return mapping
