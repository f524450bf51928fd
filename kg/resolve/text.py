"""Folded names (:func:`kg.gazetteer.fold`, memoised there: resolution folds the same few thousand
words again and again) and the word hashes that find words in a document's columns."""

from __future__ import annotations

import numpy

from kg.gazetteer import fold

__all__ = ["fold", "word_hash_set", "word_hashes"]

_HASHES: dict[frozenset | tuple, numpy.ndarray] = {}


def word_hashes(words, strings) -> numpy.ndarray:
    """The hashes of ``words``, to find them in a document's ``LOWER`` column, computed once per
    word list (the rules and the resolver ask for the same lists in every document). A word no
    token has cannot match, so a word's hash is all it takes: no lookup in the StringStore."""
    key = words if isinstance(words, (frozenset, tuple)) else frozenset(words)
    found = _HASHES.get(key)
    if found is None:
        if len(_HASHES) > 4096:
            _HASHES.clear()
        found = _HASHES[key] = numpy.array(sorted({strings[w] for w in key}), dtype=numpy.uint64)
    return found


_HASH_SETS: dict[frozenset | tuple, frozenset] = {}


def word_hash_set(words, strings) -> frozenset:
    """The hashes of ``words`` as a set of ints, for lookups one hash at a time."""
    key = words if isinstance(words, (frozenset, tuple)) else frozenset(words)
    found = _HASH_SETS.get(key)
    if found is None:
        if len(_HASH_SETS) > 4096:
            _HASH_SETS.clear()
        found = _HASH_SETS[key] = frozenset(word_hashes(key, strings).tolist())
    return found
