"""Folded names, memoised: resolution folds the same few thousand words again and again (every
mention's words, against titles, demonyms and names), and :func:`kg.gazetteer.fold` is pure."""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer import fold as _fold

__all__ = ["fold"]

fold = lru_cache(maxsize=1 << 16)(_fold)
