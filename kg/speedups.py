"""Faster stand-ins, with identical results, for the parts of spaCy's pipeline kg runs.

Measured on news articles with ``en_core_web_sm`` and kg's rulers, three things cost more than
the statistical models themselves, and none of them needs to:

- spaCy's token ``Matcher`` starts every pattern at every token, so its cost grows with the number
  of patterns: kg's ~1,900 gazetteer patterns made the entity ruler slower than tagger, parser and
  NER together, and the relation rules' ``DependencyMatcher`` (one matcher pattern per node, plus
  an ancestor walk per candidate) came next. Patterns made of plain token predicates
  (``{"LOWER": "nato"}``, ``{"TAG": {"IN": [...]}}``, ``{"LOWER": {"REGEX": ...}}``) need no
  state machine: :class:`IndexedMatcher` looks each token up once by the value a pattern's first
  token must have and returns the same matches in the same order, so the rulers keep their own
  logic (longest match first, later rules win) and nothing downstream changes.
  :class:`IndexedDependencyMatcher` also hands spaCy's tree search only the sentences where some
  pattern has a candidate for every node.
- The lemmatizer recomputes a lemma per token through Python attribute access; a lemma depends
  only on (word, part of speech, morphology), so :func:`lemmatize_docs` looks each triple up once.
- thinc's default matrix multiplication (blis) runs at about a third of the speed of numpy's
  OpenBLAS on common x86 CPUs; :func:`numpy_blas_ops` gives the models numpy's BLAS, held to one
  thread because kg parallelises with processes (``--jobs``).

:func:`speed_up` installs the first two wherever every pattern is supported and leaves spaCy's
own code elsewhere; ``tests/test_speedups.py`` checks each against spaCy itself.

Checked on spaCy 3.8.18 (thinc 8.3.14): the equivalence tests, including a property test over
sentences of every article set, pass on that version. The stand-ins read spaCy's private matcher
state (``Matcher._patterns``, ``_callbacks`` and ``_filter``; ``DependencyMatcher._raw_patterns``,
``_tokens_to_key``, ``_get_keys_to_position_maps``), which a release may change, so
``pyproject.toml`` pins ``spacy>=3.8.18,<3.9``; move the pin only once those tests pass on the new
version.
"""

from __future__ import annotations

import ctypes
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import HEAD, IDS, LEMMA, MORPH, ORTH, POS
from spacy.matcher import DependencyMatcher, Matcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span

__all__ = ["IndexedDependencyMatcher", "IndexedMatcher", "lemmatize_docs", "numpy_blas_ops", "speed_up"]

# Token attributes a plain predicate may test: read with Doc.to_array exactly as the Matcher reads
# them (lexeme flags included), and, for REGEX, printable through the StringStore.
_STRING_ATTRS = {"ORTH", "LOWER", "NORM", "LEMMA", "TAG", "POS", "DEP", "ENT_TYPE", "SHAPE", "PREFIX", "SUFFIX"}
_FLAG_ATTRS = {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
               "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_BRACKET", "IS_QUOTE",
               "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY"}
# Attributes with many values, worth an index: a token's word or lemma selects few patterns.
_LEXICAL = {IDS[name] for name in ("ORTH", "LOWER", "NORM", "LEMMA", "PREFIX", "SUFFIX", "SHAPE")}
# What Matcher checks is annotated before it matches (allow_missing=False).
_ANNOTATION_ATTRS = ("TAG", "POS", "LEMMA", "DEP")


class _Unsupported(Exception):
    """A pattern uses something only spaCy's own matcher does (operators, extensions, ...)."""


class _Check:
    """One predicate on one attribute of one token."""

    __slots__ = ("cache", "column", "ids", "kind", "value")

    def __init__(self, column: int, kind: str, value):
        self.column = column
        self.kind = kind  # eq | in | not_in | regex
        self.value = value
        self.cache: dict[int, bool] = {}
        self.ids = np.array(sorted(value), dtype=np.uint64) if kind in ("in", "not_in") else None

    def mask(self, column: np.ndarray, strings) -> np.ndarray:
        """The check over a whole column of token values."""
        if self.kind == "eq":
            return column == self.value
        if self.kind == "in":
            return np.isin(column, self.ids)
        if self.kind == "not_in":
            return ~np.isin(column, self.ids)
        values, inverse = np.unique(column, return_inverse=True)
        return np.array([self(v, strings) for v in values.tolist()], dtype=bool)[inverse.reshape(-1)]

    def __call__(self, value: int, strings) -> bool:
        if self.kind == "eq":
            return value == self.value
        if self.kind == "in":
            return value in self.value
        if self.kind == "not_in":
            return value not in self.value
        found = self.cache.get(value)
        if found is None:
            found = self.cache[value] = bool(self.value.search(strings[value]))
        return found


def _hashable(value):
    return value.pattern if isinstance(value, re.Pattern) else value


class _Pattern:
    __slots__ = ("anchored_only", "index", "key", "length", "tokens")

    def __init__(self, key: int, index: int, tokens: list[list[_Check]]):
        self.key = key
        self.index = index  # the pattern's position in the Matcher, for its match order
        self.tokens = tokens
        self.length = len(tokens)
        self.anchored_only = False  # one token whose one check is the index's: a hit is a match


class IndexedMatcher:
    """A drop-in for a ``spacy.matcher.Matcher`` whose patterns are all plain token predicates.

    Build it with :meth:`from_matcher`, which returns None when some pattern needs spaCy's state
    machine (an ``OP``, an extension attribute, a fuzzy or comparison predicate, a callback, greedy
    filtering). Calls on a ``Span`` or with alignments are passed to the original matcher.

    Matches that end and start at the same tokens come in the order of their patterns as
    ``Matcher._patterns`` lists them, key by key. That is spaCy's order unless the patterns of one
    key were added in several ``add`` calls with other keys' in between, which spaCy's rulers
    and ``DependencyMatcher`` never do (and the entity ruler sorts its matches itself).
    """

    def __init__(self, original: Matcher, patterns: list[tuple[int, list[dict]]]):
        self.original = original
        self.vocab = original.vocab
        strings = self.vocab.strings
        self._columns: dict[int, int] = {}
        self._seen = set()
        self._checks: dict[tuple, _Check] = {}
        compiled = []
        for index, (key, pattern) in enumerate(patterns):
            compiled.append(_Pattern(key, index, [self._compile(spec, strings) for spec in pattern]))
        self._attrs = list(self._columns)
        # Patterns whose first token must have one of a few values of a many-valued attribute (a
        # word, a lemma) are looked up by that value; the rest (a tag, a dependency label, any
        # token) are evaluated over the whole document at once with numpy.
        self._index: dict[int, dict[int, list[_Pattern]]] = defaultdict(lambda: defaultdict(list))
        self._dense: list[_Pattern] = []
        for p in compiled:
            anchors = [c for c in p.tokens[0] if c.kind in ("eq", "in") and self._attrs[c.column] in _LEXICAL]
            anchor = min(anchors, key=lambda c: c.kind != "eq", default=None)
            if anchor is None:
                self._dense.append(p)
            else:
                p.anchored_only = p.length == 1 and p.tokens[0] == [anchor]
                for value in sorted(anchor.value) if anchor.kind == "in" else [anchor.value]:
                    self._index[anchor.column][value].append(p)
        self._keys = {column: np.array(sorted(values), dtype=np.uint64) for column, values in self._index.items()}
        keys = [p.key for p in compiled]
        self._repeated_keys = len(set(keys)) != len(keys)
        self.single_tokens = not self._repeated_keys and all(p.length == 1 for p in compiled)
        self.sparse_keys = {p.key for patterns in self._index.values() for ps in patterns.values() for p in ps}
        self._dense_by_key = {p.key: p for p in self._dense}

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_matcher(cls, matcher: Matcher) -> IndexedMatcher | None:
        """An indexed copy of ``matcher``, or None when it has patterns this class cannot run."""
        if any(matcher._callbacks.values()) or any(matcher._filter.values()):
            return None
        patterns = [(key, pattern) for key, pats in matcher._patterns.items() for pattern in pats]
        try:
            return cls(matcher, patterns)
        except _Unsupported:
            return None

    def _column(self, name: str) -> int:
        attr = IDS[name]
        if name in _ANNOTATION_ATTRS:
            self._seen.add(name)
        return self._columns.setdefault(attr, len(self._columns))

    def _compile(self, spec: dict, strings) -> list[_Check]:
        if not isinstance(spec, dict):
            raise _Unsupported(spec)
        checks: list[_Check] = []
        for name, value in spec.items():
            name = name.upper() if isinstance(name, str) else name
            name = "ORTH" if name == "TEXT" else name
            if name not in _STRING_ATTRS and name not in _FLAG_ATTRS:
                raise _Unsupported(name)  # OP, _, MORPH, ENT_IOB, LENGTH, SENT_START, ...
            column = self._column(name)
            if isinstance(value, bool):
                checks.append(_Check(column, "eq", int(value)))
            elif isinstance(value, str) and name in _STRING_ATTRS:
                checks.append(_Check(column, "eq", strings.add(value)))
            elif isinstance(value, int) and not isinstance(value, bool):
                checks.append(_Check(column, "eq", value))
            elif isinstance(value, dict) and value:
                for op, arg in value.items():
                    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                        ids = frozenset(strings.add(v) for v in arg)
                        checks.append(_Check(column, op.lower(), ids))
                    elif op == "REGEX" and isinstance(arg, str) and name in _STRING_ATTRS:
                        checks.append(_Check(column, "regex", re.compile(arg)))
                    else:
                        raise _Unsupported(op)
            else:
                raise _Unsupported(value)
        # one object per distinct check, so a document computes each mask once
        return [self._checks.setdefault((c.column, c.kind, _hashable(c.value)), c) for c in checks]

    # ------------------------------------------------------------------ matching
    def __len__(self) -> int:
        return len(self.original)

    def __contains__(self, key) -> bool:
        return key in self.original

    def get(self, key, default=None):
        return self.original.get(key, default)

    def __call__(self, doclike, *, as_spans=False, allow_missing=False, with_alignments=False):
        if not isinstance(doclike, Doc) or (with_alignments and not as_spans):
            return self.original(doclike, as_spans=as_spans, allow_missing=allow_missing, with_alignments=with_alignments)
        doc = doclike
        if not allow_missing:
            for name in self._seen:
                if not doc.has_annotation(name):
                    # let spaCy raise its own error about the missing annotation
                    return self.original(doc, as_spans=as_spans)
        matches = self._matches(doc)
        if as_spans:
            return [Span(doc, start, end, label=key) for key, start, end in matches]
        return matches

    def _array(self, doc: Doc) -> np.ndarray:
        n = len(doc)
        # (patterns of empty token specs alone test no attribute, and match every token)
        return doc.to_array(self._attrs).reshape(n, len(self._attrs)) if self._attrs else np.zeros((n, 0), dtype=np.uint64)

    def _sparse(self, array: np.ndarray, strings):
        """Yield (pattern, start positions) for every indexed pattern that matches somewhere."""
        n = len(array)
        columns = [array[:, c].tolist() for c in range(len(self._attrs))]
        for column, keys in self._keys.items():
            index = self._index[column]
            values = columns[column]
            starts: dict[_Pattern, list[int]] = {}
            for i in np.flatnonzero(np.isin(array[:, column], keys)).tolist():
                for p in index[values[i]]:
                    if p.anchored_only or self._fits(p, i, n, columns, strings):
                        starts.setdefault(p, []).append(i)
            yield from starts.items()

    @staticmethod
    def _dense_starts(p: _Pattern, array: np.ndarray, strings, masks: dict[int, np.ndarray]) -> np.ndarray:
        """Start positions of a pattern evaluated over the whole document (``masks`` caches each
        check's column mask for the document)."""
        n = len(array)
        if p.length > n:
            return np.zeros(0, dtype=np.int64)
        fits = np.ones(n - p.length + 1, dtype=bool)
        for offset, checks in enumerate(p.tokens):
            for check in checks:
                mask = masks.get(id(check))
                if mask is None:
                    mask = masks[id(check)] = check.mask(array[:, check.column], strings)
                fits &= mask[offset : offset + len(fits)]
        return np.flatnonzero(fits)

    def _found(self, doc: Doc):
        """Yield (pattern, start positions) for every pattern that matches somewhere in ``doc``."""
        if len(doc) == 0:
            return
        array = self._array(doc)
        strings = self.vocab.strings
        yield from self._sparse(array, strings)
        masks: dict[int, np.ndarray] = {}
        for p in self._dense:
            found = self._dense_starts(p, array, strings, masks)
            if len(found):
                yield p, found

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = []
        for p, starts in self._found(doc):
            length, index, key = p.length, p.index, p.key
            found += [(i + length, i, index, key) for i in np.asarray(starts).tolist()]
        # spaCy's Matcher reports a match when its last token is read, older states (earlier
        # starts) first, then in pattern order; it drops repeats of the same (key, start, end),
        # which only a key with several patterns can produce.
        found.sort()
        if not self._repeated_keys:
            return [(key, start, end) for end, start, _, key in found]
        seen = set()
        matches = []
        for end, start, _, key in found:
            match = (key, start, end)
            if match not in seen:
                seen.add(match)
                matches.append(match)
        return matches

    def positions(self, doc: Doc) -> dict[int, np.ndarray]:
        """Key -> ascending token positions, for a matcher of one single-token pattern per key."""
        return {p.key: np.asarray(starts, dtype=np.int64) for p, starts in self._found(doc)}

    def lazy_positions(self, doc: Doc) -> _LazyPositions:
        """Like :meth:`positions`, as a lookup ``key -> positions or None`` that evaluates the
        indexed patterns at once and each whole-document pattern only when its key is asked for."""
        return _LazyPositions(self, doc)

    @staticmethod
    def _fits(p: _Pattern, i: int, n: int, columns, strings) -> bool:
        if i + p.length > n:
            return False
        for offset, checks in enumerate(p.tokens):
            for check in checks:
                if not check(columns[check.column][i + offset], strings):
                    return False
        return True


class _LazyPositions:
    """The positions of an :class:`IndexedMatcher`'s single-token patterns in one document:
    ``found`` holds every indexed pattern's at once; calling with a key adds a whole-document
    pattern's the first time it is asked for (None where a pattern matches nowhere)."""

    def __init__(self, matcher: IndexedMatcher, doc: Doc):
        self.matcher = matcher
        self.array = matcher._array(doc) if len(doc) else None
        self.masks: dict[int, np.ndarray] = {}
        self.found: dict[int, np.ndarray | None] = {} if self.array is None else {
            p.key: np.asarray(starts, dtype=np.int64) for p, starts in matcher._sparse(self.array, matcher.vocab.strings)}

    def __call__(self, key: int) -> np.ndarray | None:
        if key not in self.found:
            p = self.matcher._dense_by_key.get(key)
            where = None if p is None or self.array is None else \
                self.matcher._dense_starts(p, self.array, self.matcher.vocab.strings, self.masks)
            self.found[key] = where if where is not None and len(where) else None
        return self.found[key]


def _roots(doc: Doc) -> np.ndarray:
    """The root of each token's tree (the token whose head is itself), by pointer jumping."""
    n = len(doc)
    roots = np.arange(n, dtype=np.int64) + doc.to_array([HEAD]).reshape(n).view(np.int64)
    for _ in range(n):
        jumped = roots[roots]
        if np.array_equal(jumped, roots):
            break
        roots = jumped
    return roots


class IndexedDependencyMatcher(DependencyMatcher):
    """A ``DependencyMatcher`` that finds its node candidates with an :class:`IndexedMatcher`.

    spaCy's version matches every node pattern against every token, walks each candidate's
    ancestors to find its tree, then searches each tree for each pattern. A pattern can only match
    in a tree where each of its nodes has a candidate, and most sentences hold no trigger word
    ("lead", "annex", "member"): this version finds candidates by index and trees by pointer
    jumping over the heads, and hands spaCy's tree search only the trees where some pattern has
    every node, listed in the order spaCy would list them. The tree search itself is spaCy's.
    """

    @classmethod
    def from_matcher(cls, matcher: DependencyMatcher) -> IndexedDependencyMatcher | None:
        copy = cls(matcher.vocab)
        for key, patterns in matcher._raw_patterns.items():
            copy.add(key, patterns, on_match=matcher._callbacks.get(key))
        nodes = IndexedMatcher.from_matcher(copy._matcher)
        if nodes is None or not nodes.single_tokens:
            return None
        copy._kg_nodes = nodes
        # each pattern's node keys, the selective (indexed) ones first
        copy._kg_patterns = [
            sorted(node_keys, key=lambda k: k not in nodes.sparse_keys)
            for key in copy._patterns
            for node_keys in copy._tokens_to_key[key]
        ]
        # every pattern has a node found by index: no indexed match, no match at all
        copy._kg_anchored = all(keys and keys[0] in nodes.sparse_keys for keys in copy._kg_patterns)
        return copy

    def _get_keys_to_position_maps(self, doc):
        nodes = self.__dict__.get("_kg_nodes")
        if nodes is None:
            return super()._get_keys_to_position_maps(doc)
        maps = defaultdict(lambda: defaultdict(list))
        positions = nodes.lazy_positions(doc)
        if not positions.found and self._kg_anchored:
            return maps
        roots = _roots(doc)
        trees: dict[int, set] = {}

        def trees_of(key) -> set:
            found = trees.get(key)
            if found is None:
                where = positions(key)
                found = trees[key] = set(roots[where].tolist()) if where is not None else set()
            return found

        # A pattern's whole-document nodes (a dependency label, a tag) are looked at only in
        # patterns whose indexed nodes share a tree: a tree no pattern has every node in holds no
        # match, so the keys never asked for change nothing.
        kept: set[int] = set()
        for node_keys in self._kg_patterns:
            common = None
            for key in node_keys:
                common = trees_of(key) if common is None else common & trees_of(key)
                if not common:
                    break
            if common:
                kept |= common
        if not kept:
            return maps
        in_kept = np.isin(roots, np.fromiter(kept, dtype=np.int64, count=len(kept)))
        selected = {key: where[in_kept[where]] for key, where in positions.found.items() if where is not None}
        # spaCy lists trees in the order of their first candidate token; a tree is a sentence, a
        # run of consecutive tokens, so that is the order of any token of each tree
        every = np.sort(np.concatenate(list(selected.values())))
        tree_of_every = roots[every]
        _, first = np.unique(tree_of_every, return_index=True)
        for root in tree_of_every[np.sort(first)].tolist():
            maps[root]
        for key, where in selected.items():
            for position, root in zip(where.tolist(), roots[where].tolist()):
                maps[root][key].append(position)
        return maps


def lemmatize_docs(lemmatizer: Lemmatizer, docs: Iterable[Doc], **_) -> Iterator[Doc]:
    """What ``lemmatizer.pipe(docs)`` yields, computing each (word, POS, morphology) once.

    spaCy's rule and lookup lemmatizers read nothing else of a token, so a lemma is a function of
    that triple; the table lives on the lemmatizer and grows with the vocabulary, not the corpus.
    """
    table = lemmatizer.__dict__.setdefault("_kg_lemmas", {})
    strings = lemmatizer.vocab.strings
    overwrite = lemmatizer.overwrite
    for doc in docs:
        n = len(doc)
        if n:
            array = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(n, 4)
            lemmas = array[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
                if overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    found = table.get(key)
                    if found is None:
                        found = table[key] = lemmatizer.lemmatize(doc[i])[0]
                    # the string, not its hash, is kept: a memory zone may free the string
                    lemmas[i] = strings.add(found)
            doc.from_array([LEMMA], lemmas.reshape(n, 1))
        yield doc


_OPENBLAS_THREADS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                     "openblas_set_num_threads64_", "openblas_set_num_threads")


def _openblas_single_threaded() -> bool:
    """Hold every OpenBLAS loaded in this process to one thread; False when there is none."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    except OSError:
        return False
    pinned = False
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _OPENBLAS_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                pinned = True
                break
    return pinned


def numpy_blas_ops():
    """thinc ops that multiply matrices with numpy's BLAS, or None to keep thinc's default.

    Only OpenBLAS is used, and only once it is held to one thread per process: ``--jobs 1`` must
    mean one core, and ``--jobs N`` processes must not each start N threads.
    """
    from thinc.api import NumpyOps

    if not _openblas_single_threaded():
        return None
    return NumpyOps(use_blis=False)


def speed_up(nlp, *, dependency_matchers: Iterable[object] = ()) -> list[str]:
    """Install the indexed matchers and the lemma table in ``nlp``, in place; return what changed.

    ``dependency_matchers`` are objects with a ``matcher`` attribute holding a
    ``DependencyMatcher`` (kg's relation extractor), whose matcher is replaced likewise.
    """
    changed = []
    for name, component in nlp.pipeline:
        if type(component).__module__.startswith("spacy.") and isinstance(component, Lemmatizer) and component.mode in ("rule", "lookup"):
            # Language.pipe calls component.pipe: an instance attribute takes precedence
            component.pipe = lambda docs, _lemmatizer=component, **kwargs: lemmatize_docs(_lemmatizer, docs)
            changed.append(name)
            continue
        matcher = getattr(component, "matcher", None)
        if isinstance(matcher, Matcher):
            indexed = IndexedMatcher.from_matcher(matcher)
            if indexed is not None:
                component.matcher = indexed
                changed.append(name)
    for owner in dependency_matchers:
        matcher = getattr(owner, "matcher", None)
        if isinstance(matcher, DependencyMatcher) and not isinstance(matcher, IndexedDependencyMatcher):
            indexed = IndexedDependencyMatcher.from_matcher(matcher)
            if indexed is not None:
                owner.matcher = indexed
                changed.append(type(owner).__name__)
    return changed
