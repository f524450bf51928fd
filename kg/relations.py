"""Parsed sentences + resolved mentions -> typed relations with evidence.

Two kinds of rule, both general patterns of news prose:

- clause patterns, kept as data (``kg/data/patterns.jsonl``): spaCy DependencyMatcher patterns
  whose nodes named ``source``, ``target`` and ``trigger`` give the relation's ends and the word
  whose modality decides whether the text asserts it ("will be led by", "are members of");
- noun-phrase rules, here in code with their word lists in ``kg/data/lexicon.json`` and
  ``titles.jsonl``: a title before a name ("Estonian defence minister Kalle Laanet"), a title in
  apposition ("Julianne Smith, the US ambassador to NATO"), a name with its institution
  ("Maksim Samorukov of the Carnegie Moscow Center"), a territory with its owner ("Ukraine's
  Crimean Peninsula").

Arguments are mapped to entities through the resolved mentions, nationality adjectives
("Russian delegation" -> Russia), group references the text spells out ("Estonia, like its
Baltic neighbours Latvia and Lithuania ... the three Baltic countries"), and coordination (both
conjuncts get the edge).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import DataFileError, Gazetteer, fold
from kg.model import Evidence, Mention, Relation
from kg.resolve import ResolvedDoc

__all__ = ["Pattern", "RelationExtractor", "SCHEMA", "load_patterns"]

SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (frozenset(ends[0]), frozenset(ends[1]))
    for name, ends in json.loads(
        (resources.files("kg") / "data" / "schema.json").read_text(encoding="utf-8")
    )["relations"].items()
}

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def _is_possessive(token: Token) -> bool:
    """ "'s", or a bare apostrophe after a plural ("the United States' envoy"), which the
    small models tag as a closing quote."""
    return token.tag_ == "POS" or token.text in ("'s", "\u2019s") or (
        token.text in ("'", "\u2019") and token.i > 0 and token.doc[token.i - 1].text.endswith("s")
        and not token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_alpha
    )


@dataclass(frozen=True)
class Pattern:
    id: str
    relation: str
    pattern: list
    modality: str = "full"  # full | negation-only | none
    title_required: bool = False  # holds-office only for a source with an ownerless office title
    shared: tuple = ()  # derived: "subject" / "object" the trigger verb shares with the verb it is conjoined to


def _shared_argument_variants(p: Pattern) -> list[Pattern]:
    """Patterns for a trigger verb conjoined to the verb that carries its subject or object:
    "Finland applied in 2022 and joined NATO in 2023" (the subject), "the Golan Heights, which
    Israel seized in 1967 and annexed in 1981" (subject and object), "Morocco left the OAU and
    was readmitted to the AU" (an active subject for a passive verb). Derived from any pattern
    whose source is the trigger's subject or whose target is its object."""
    nodes = p.pattern
    if not nodes or nodes[0].get("RIGHT_ID") != "trigger" or "DEP" in nodes[0].get("RIGHT_ATTRS", {}):
        return []

    def child_of_trigger(name: str, deps: tuple[str, ...]):
        node = next((n for n in nodes if n.get("RIGHT_ID") == name), None)
        if node is None or node.get("LEFT_ID") != "trigger" or node.get("REL_OP") != ">":
            return None
        return node if node.get("RIGHT_ATTRS", {}).get("DEP") in deps else None

    subject = child_of_trigger("source", ("nsubj", "nsubjpass"))
    obj = child_of_trigger("target", ("dobj",))
    variants = []
    for moved, shares in (((subject,), "subject"), ((obj,), "object"), ((subject, obj), "subject+object")):
        if not all(moved):
            continue
        trigger = {**nodes[0], "RIGHT_ATTRS": {**nodes[0]["RIGHT_ATTRS"], "DEP": "conj"}}
        first = {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "first", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}}
        rest = []
        for n in nodes[1:]:
            if n is subject and subject in moved:
                n = {**n, "LEFT_ID": "first", "RIGHT_ATTRS": {**n["RIGHT_ATTRS"], "DEP": {"IN": ["nsubj", "nsubjpass"]}}}
            elif n is obj and obj in moved:
                n = {**n, "LEFT_ID": "first", "RIGHT_ATTRS": {**n["RIGHT_ATTRS"], "DEP": "dobj"}}
            rest.append(n)
        variants.append(Pattern(f"{p.id}+shared-{shares}", p.relation, [trigger, first, *rest], p.modality,
                                p.title_required, tuple(shares.split("+"))))
    return variants


def load_patterns(path=None) -> list[Pattern]:
    """Read relation patterns (JSON lines); errors name the file and line."""
    source = path if path is not None else resources.files("kg") / "data" / "patterns.jsonl"
    text = Path(source).read_text(encoding="utf-8") if path is not None else source.read_text(encoding="utf-8")
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}: line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataFileError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(row, dict) or not {"id", "relation", "pattern"} <= row.keys():
            raise DataFileError(f"{where}: expected an object with id, relation and pattern")
        if row["relation"] not in SCHEMA:
            raise DataFileError(f"{where}: unknown relation {row['relation']!r}: expected one of {', '.join(SCHEMA)}")
        names = {node.get("RIGHT_ID") for node in row["pattern"] if isinstance(node, dict)}
        if not {"source", "target"} <= names:
            raise DataFileError(f"{where}: the pattern needs nodes named 'source' and 'target'")
        if row.get("modality", "full") not in ("full", "negation-only", "none"):
            raise DataFileError(f"{where}: modality must be full, negation-only or none")
        patterns.append(Pattern(row["id"], row["relation"], row["pattern"], row.get("modality", "full"),
                                bool(row.get("title_required", False))))
    return patterns


class RelationExtractor:
    """Extract relations from one resolved document at a time."""

    def __init__(self, vocab, gaz: Gazetteer, patterns: list[Pattern]):
        self.gaz = gaz
        self.lex = {k: set(v) if isinstance(v, list) else v for k, v in gaz.lexicon.items()}
        patterns = [*patterns, *(v for p in patterns for v in _shared_argument_variants(p))]
        self.patterns = {p.id: p for p in patterns}
        self.matcher = DependencyMatcher(vocab, validate=True)
        for p in patterns:
            try:
                self.matcher.add(p.id, [p.pattern])
            except ValueError as error:
                first = str(error).strip().splitlines()[0]
                raise DataFileError(f"pattern {p.id!r} is not a valid DependencyMatcher pattern: {first}") from None
        self.title_vocab = set(self.lex["title_modifiers"]) | gaz.title_words

    # ------------------------------------------------------------------ arguments
    def _groups(self, rdoc: ResolvedDoc) -> dict[str, list[str]]:
        """Named groups the text spells out: "Estonia, like its Baltic neighbours Latvia and
        Lithuania" makes the Baltic group {Estonia, Latvia, Lithuania}; so do "the Baltic states
        of Estonia, Latvia and Lithuania" and "Estonia, Latvia and Lithuania, the Baltic states"."""
        groups: dict[str, list[str]] = {}
        for token in rdoc.tokens(self.lex["group_nouns"]):
            names = [c for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
            if not names:
                continue
            members: list[str] = []
            heads = [c for c in token.children if c.dep_ == "appos"]
            heads += [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if token.dep_ == "appos":
                heads.append(token.head)
            for head in heads:
                for t in (head, *head.conjuncts):
                    m = rdoc.mention_at(t)
                    if m and m.type == "state" and m.key not in members:
                        members.append(m.key)
            # "Estonia, like its neighbours ...": the clause's subject belongs to the group too
            if token.dep_ == "pobj" and token.head.lower_ in ("like", "as", "unlike") and token.head.lower_ != "unlike":
                for c in token.head.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        m = rdoc.mention_at(c)
                        if m and m.type == "state" and m.key not in members:
                            members.insert(0, m.key)
            if len(members) >= 2:
                groups[fold(names[0].text)] = members
        # Unnamed lists ("Poland, Lithuania, Latvia and Estonia said"), by position, for "all four
        # countries"
        lists: dict[int, list[str]] = {}
        seen: set[int] = set()
        for i, m in sorted(rdoc.by_token.items()):
            span = rdoc.spans[i]
            if m.type != "state" or i != span.start or i in seen:
                continue
            keys = [m.key] + [o.key for o in self._list_after(rdoc, span.end, "state")]
            for k in range(i, rdoc.spans[i].end):
                seen.add(k)
            if len(keys) >= 2:
                lists[i] = list(dict.fromkeys(keys))
                end = span.end
                for _ in keys[1:]:
                    nxt = next((t for t in range(end, len(rdoc.doc)) if t in rdoc.by_token), None)
                    if nxt is None:
                        break
                    seen.update(range(nxt, rdoc.spans[nxt].end))
                    end = rdoc.spans[nxt].end
        groups[None] = lists  # type: ignore[index]  # no folded name is None
        return groups

    def _undone(self, trigger: Token) -> bool:
        """A coordinated clause takes the act back or leaves it incomplete: "but later withdrew
        from it", "but has yet to ratify it"."""
        for c in trigger.children:
            if c.dep_ != "conj":
                continue
            if c.lemma_.lower() in self.lex["withdraw_verbs"]:
                return True
            clause = list(c.subtree)
            if any(t.lemma_.lower() == "ratify" for t in clause) and any(
                t.lower_ in ("yet", "not", "never", "n't") for t in clause
            ):
                return True
        return False

    def _counted_list_of(self, token: Token, groups, n: int, since: int = 0) -> list[str]:
        """The last list of exactly ``n`` states before ``token`` (and from token ``since`` on)."""
        for start in sorted(groups.get(None, {}), reverse=True):
            members = groups[None][start]
            if since <= start < token.i and len(members) == n:
                return list(members)
        return []

    @staticmethod
    def _window_start(token: Token) -> int:
        """The first token of the sentence before ``token``'s (or of its own, the first one)."""
        start = token.sent.start
        return token.doc[start - 1].sent.start if start > 0 else start

    def _named_before(self, rdoc: ResolvedDoc, token: Token, type_: str) -> dict[str, Mention]:
        """The entities of ``type_`` named in this or the previous sentence before ``token``."""
        window = self._window_start(token)
        return {m.key: m for i, m in rdoc.by_token.items() if window <= i < token.i and m.type == type_}

    def _only_organisation_before(self, rdoc: ResolvedDoc, token: Token) -> tuple[str, str] | None:
        """ "It" as a subject: the one organisation named in this or the previous sentence."""
        found = self._named_before(rdoc, token, "organisation")
        if len(found) != 1 or self._named_before(rdoc, token, "state"):
            return None
        return (next(iter(found)), "organisation")

    def _only_state_before(self, rdoc: ResolvedDoc, token: Token) -> tuple[str, str] | None:
        """ "Its" before a title: the one state named in this or the previous sentence."""
        found = self._named_before(rdoc, token, "state")
        return (next(iter(found)), "state") if len(found) == 1 else None

    def _described_organisation(self, rdoc: ResolvedDoc, token: Token) -> Mention | None:
        """The organisation a definite description at ``token`` names ("the council"), as a mention."""
        described = self._nominal(rdoc, token)
        if described is None or described[1] != "organisation":
            return None
        return Mention(described[0], "", "organisation", token.text, token.idx, token.idx)

    def _only_bloc_before(self, rdoc: ResolvedDoc, token: Token) -> Mention | None:
        """The one intergovernmental organisation the document has named before ``token``."""
        earlier = {m.key: m for m in rdoc.mentions if m.type == "organisation" and m.start < token.idx
                   and getattr(self.gaz.entries.get(m.key), "kind", "") == "intergovernmental"}
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _counted_list(self, token: Token, groups) -> list[str]:
        """ "All four countries" / "the two states": the last list of exactly that many states."""
        counts = [c for c in token.children if c.dep_ in ("nummod", "det", "predet", "quantmod") and (
            c.lower_ in self.lex["numbers"] or c.text.isdigit())]
        if not counts:
            return []
        n = self.lex["numbers"].get(counts[0].lower_) or int(counts[0].text)
        if any(c.dep_ in ("amod", "compound") and not self._regional(c) for c in token.children):
            # "the three coastal states" describes the list only soon after it: in this
            # sentence or the two before
            doc = token.doc
            near = token.sent.start
            for _ in range(2):
                near = doc[near - 1].sent.start if near > 0 else near
            return self._counted_list_of(token, groups, n, since=near)
        return self._counted_list_of(token, groups, n)  # "the three Baltic states", "all four countries"

    def _regional(self, token: Token) -> bool:
        """A proper adjective of a region ("Baltic", "Nordic", "Gulf"), not a state's demonym."""
        return token.dep_ == "amod" and token.text[:1].isupper() and fold(token.text) not in self.gaz.demonyms

    def _group_members(self, token: Token, groups) -> list[str]:
        if token.lower_ not in self.lex["group_nouns"]:
            return []
        if token.lower_ in ("countries", "states", "nations"):
            counted = self._counted_list(token, groups)
            if counted:
                return counted
        for child in token.children:
            members = groups.get(fold(child.text)) if fold(child.text) else None
            if members:
                counts = [c for c in token.children if c.dep_ == "nummod"]
                if counts:
                    n = self.lex["numbers"].get(counts[0].lower_) or (int(counts[0].text) if counts[0].text.isdigit() else None)
                    if n != len(members):
                        return []
                return list(members)
        return []

    def _possessed(self, rdoc: ResolvedDoc, mention_end: int) -> Mention | None:
        """In "annexed Ukraine's Crimean Peninsula" the object is the peninsula, not Ukraine."""
        doc = rdoc.doc
        if mention_end < len(doc) and _is_possessive(doc[mention_end]):
            for i in range(mention_end + 1, min(mention_end + 4, len(doc))):
                m = rdoc.by_token.get(i)
                if m:
                    return m
                if not (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].ent_type_ == "NORP"):
                    return None
        return None

    def _list_after(self, rdoc: ResolvedDoc, end: int, type_: str) -> list[Mention]:
        """Entities of ``type_`` coordinated after a mention ending at ``end``: ", B, C and D"."""
        doc = rdoc.doc
        found: list[Mention] = []
        k = end
        while k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
            k += 1
            if doc[k].lower_ == "and":
                k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            nxt = rdoc.by_token.get(k)
            if nxt is None or nxt.type != type_ or k >= len(doc):
                break
            k = rdoc.spans[k].end
            if k < len(doc) and _is_possessive(doc[k]):
                break  # ", Trump's Middle East envoy": a possessor, not a list item
            found.append(nxt)
        return found

    def _same_clause_conjunct(self, rdoc: ResolvedDoc, token: Token, conj: Token) -> bool:
        """Only plain coordination shares a role: in "headed by Healey, and Germany's by
        Pistorius" the second name belongs to another (elided) clause."""
        doc = rdoc.doc
        start = rdoc.span_at(conj).start if rdoc.span_at(conj) is not None else conj.i
        previous = [c for c in (token, *token.conjuncts) if c.i < conj.i]
        left = max(c.i for c in previous) + 1 if previous else token.i + 1
        allowed = {",", "and", "or", "the", "both", "as", "well", "also"}
        return all(
            t.lower_ in allowed or fold(t.text) in self.title_vocab or t.i in rdoc.by_token
            or fold(t.text) in self.gaz.demonyms
            for t in doc[left:start]
        )

    def _possessed_list(self, rdoc: ResolvedDoc, mention_end: int) -> list[Mention]:
        """ "Ukraine's Donetsk, Luhansk and Kherson regions": the possessive covers the whole list."""
        doc = rdoc.doc
        owned = self._possessed(rdoc, mention_end)
        if owned is None:
            return []
        found = [owned]
        k = next(t for t in range(mention_end, len(doc)) if rdoc.by_token.get(t) is owned)
        k = rdoc.spans[k].end
        while k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
            k += 1 + (doc[k + 1].lower_ == "and")
            nxt = rdoc.by_token.get(k)
            if nxt is None or nxt.type != owned.type:
                break
            found.append(nxt)
            k = rdoc.spans[k].end
        return found

    def _entities(self, rdoc: ResolvedDoc, token: Token, groups, *, possessive_hop=False) -> list[tuple[str, str]]:
        """(key, type) pairs a pattern node stands for, coordination included."""
        found: list[tuple[str, str]] = []
        if token.lower_ in ("which", "who", "whom", "whose", "that") and token.dep_ != "det":
            # "Russia, which annexed Crimea", "CARICOM, of which Guyana is a member", "a bloc whose
            # members include ...": the antecedent of the relative clause
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is None:
                return []
            token = clause.head
            if rdoc.mention_at(token) is None and token.dep_ == "appos":
                # "IGAD, an East African bloc whose ...": the name right before the apposition
                k = token.left_edge.i - 1
                while k >= 0 and rdoc.doc[k].text in (",", ")", "("):
                    k -= 1
                if k >= 0 and rdoc.by_token.get(k) is not None:
                    token = rdoc.doc[k]
        if token.lower_ in self.lex["numbers"] and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NUM":
            counted = self._counted_list_of(token, groups, self.lex["numbers"][token.lower_])
            if counted:  # "All four joined the European Union in 2004"
                return [(k, "state") for k in counted]
        if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
            organisation = self._only_organisation_before(rdoc, token)
            return [organisation] if organisation else []
        if token.lower_ in ("he", "she"):
            person = self._antecedent(rdoc, token)
            return [(person.key, "person")] if person is not None else []
        coordinated = [c for c in token.conjuncts if self._same_clause_conjunct(rdoc, token, c)]
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            # "to A and to B", but not "to A but not to B"
            coordinated += [g for p in token.head.conjuncts for g in p.children if g.dep_ == "pobj" and not (
                any(c.dep_ == "neg" for c in p.children) or (p.i > 0 and p.doc[p.i - 1].lower_ in self.lex["negators"]))]
        if token.dep_ == "dobj" and rdoc.mention_at(token) is not None:
            # "joined NATO in 2009 and the European Union in 2013": the model hangs the gapped
            # second object on the verb; a name of the same kind there is another object
            kind = rdoc.mention_at(token).type
            coordinated += [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i and c.pos_ == "PROPN"
                            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
                            and (m := rdoc.mention_at(c)) is not None and m.type == kind]
        for t in (token, *coordinated):
            members = self._group_members(t, groups)
            if members:  # "the three Baltic countries" once the text has listed them
                found.extend((k, "state") for k in members)
                continue
            m = rdoc.mention_at(t)
            if m is not None and t is token:
                # "Saudi Arabia, Iraq, the UAE and Kuwait are ...": the parse of long lists is
                # unreliable, so the list is read off word order as well
                span = rdoc.span_at(t)
                found.extend((o.key, o.type) for o in self._list_after(rdoc, span.end, m.type))
            if m is not None:
                if possessive_hop:
                    span = rdoc.span_at(t)
                    owned = self._possessed_list(rdoc, span.end) if span is not None else []
                    if owned:
                        found.extend((o.key, o.type) for o in owned)
                        continue
                found.append((m.key, m.type))
                continue
            state = self.gaz.demonyms.get(fold(t.text))
            if state and t.text[:1].isupper():
                found.append((state, "state"))
                continue
            named = [m for c in t.children if c.dep_ == "appos" and (m := rdoc.mention_at(c)) is not None and m.type == "person"]
            if named and fold(t.text) in self.gaz.title_words:
                # "headed by Burkina Faso's foreign minister, Karamoko Traore": the title's holder
                found.append((named[0].key, "person"))
                continue
            described = self._nominal(rdoc, t)
            if described:
                found.append(described)
        seen, unique = set(), []
        for item in found:
            if item not in seen:
                seen.add(item)
                unique.append(item)
        return unique

    def _antecedent(self, rdoc: ResolvedDoc, token: Token) -> Mention | None:
        """ "He" is the last person named before it in this or the previous sentence, provided
        that only one person was named there (two candidates make the pronoun ambiguous)."""
        people = self._named_before(rdoc, token, "person")
        return next(iter(people.values())) if len(people) == 1 else None

    def _nominal(self, rdoc: ResolvedDoc, token: Token) -> tuple[str, str] | None:
        """A definite description of an organisation named earlier in the document.

        "the alliance" is NATO and "the West African bloc" ECOWAS (gazetteer nominals); "the
        council" is the last-named organisation whose name ends in "Council"; "the bloc" or
        "the 15-member bloc" is the last-named intergovernmental organisation.
        """
        definite = any(c.lower_ == "the" for c in token.children) or (
            token.dep_ == "compound" and any(c.lower_ == "the" for c in token.head.children))  # "the forum members"
        if token.pos_ not in ("NOUN", "PROPN") or not definite:
            return None
        earlier = [m for m in rdoc.mentions if m.type == "organisation" and m.start < token.idx]
        modifiers = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        compounds = [c for t in modifiers if t.dep_ == "compound" for c in (*[g for g in t.lefts if g.dep_ == "compound"], t)]
        named = [m for t in compounds if (m := rdoc.mention_at(t)) is not None]  # "the AUKUS security partnership"
        if named:  # "the wider CARIFORUM grouping" is CARIFORUM, not the last bloc named before it
            return (named[-1].key, named[-1].type) if named[-1].type == "organisation" else None
        phrase = fold(" ".join([t.text for t in modifiers] + [token.text]))
        for candidate in (phrase, fold(token.text)):
            key = self.gaz.nominals.get(candidate)
            if key and (" " in candidate or any(m.key == key for m in earlier)):
                return (key, "organisation")
        head = fold(token.lemma_ or token.text)
        if head in self.lex["treaty_heads"]:  # "the treaty, signed by Russia and the United States"
            treaties = [m for m in rdoc.mentions if m.type == "treaty" and m.start < token.idx]
            return (treaties[-1].key, "treaty") if treaties else None
        for m in reversed(earlier):
            # "the council" is the last-named "... Council"; "the national government" is a
            # state's government, not an organisation called "... Government"
            entry = self.gaz.entries.get(m.key)
            names = [m.label, *(entry.aliases if entry is not None else ())]  # "the community" for SADC
            if any(fold(name).split()[-1:] == [head] for name in names) and head not in self.lex["government_heads"]:
                return (m.key, "organisation")
        if head in self.lex["generic_bloc_nouns"]:
            # "the bloc" when the document has named exactly one intergovernmental organisation
            bloc = self._only_bloc_before(rdoc, token)
            if bloc is not None:
                return (bloc.key, "organisation")
        return None

    # ------------------------------------------------------------------ modality
    def asserted(self, trigger: Token, mode: str = "full") -> bool:
        """Does the text assert the clause headed by ``trigger``?

        Negation always blocks. With ``full`` also modal verbs ("would have to agree"),
        conditions ("if"), questions, and a governing verb or noun of proposal, demand, denial or
        aspiration ("denies that", "proposals to") block; "will" does not (a scheduled fact).
        """
        doc = trigger.doc
        # "not a member", "a former member", "never joined": the words right before the trigger
        before = doc[max(0, trigger.i - 3) : trigger.i]
        if any(t.lower_ in self.lex["negators"] or t.lower_ in self.lex["title_blockers"] for t in before):
            return False
        if mode == "none":
            return not any(c.dep_ == "neg" for c in trigger.children)
        sentence = trigger.sent
        chain = [trigger]
        node = trigger
        while node.dep_ in ("conj", "xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj", "attr") and node.head is not node:
            node = node.head
            chain.append(node)
        # "was not headed by A, but by B": the negation is the first conjunct's, "but" corrects it
        contrasted = trigger.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < trigger.i for c in trigger.head.children)
        for t in chain[:3]:
            if contrasted and t.i == trigger.head.i:
                continue
            for c in t.children:
                if c.dep_ == "neg" or c.lower_ in self.lex["negators"] and c.dep_ in ("neg", "advmod", "det", "preconj"):
                    return False
        if mode == "negation-only":
            return True
        if sentence.text.rstrip().rstrip("\"”’'").endswith("?"):
            return False
        for t in chain:
            for c in t.children:
                if c.dep_ == "aux" and c.lower_ in self.lex["modal_blockers"]:
                    return False
                if c.dep_ == "mark" and c.lower_ in self.lex["condition_markers"]:
                    return False
        for below, t in pairwise(chain):
            if below.dep_ == "conj":
                continue  # "applied in May and joined in April": a coordinated verb does not govern
            if t.lemma_.lower() in self.lex["nonfactive_heads"] or t.lower_ in self.lex["nonfactive_nouns"]:
                return False
        return True

    # ------------------------------------------------------------------ helpers
    def _evidence(self, document: str, token: Token, rule: str) -> Evidence:
        sent = token.sent
        return Evidence(document, sent.text.strip(), sent.start_char, sent.end_char, rule)

    @staticmethod
    def _year(token: Token) -> str:
        sent = token.sent
        years = [t.text for t in sent if _YEAR.match(t.text) and t.ent_type_ == "DATE"]
        near = [t.text for t in token.subtree if _YEAR.match(t.text) and t.ent_type_ == "DATE"]
        return (near or years or [""])[0]

    def _relation(self, rel, source, target, evidence, role="", date="") -> Relation | None:
        (s_key, s_type), (t_key, t_type) = source, target
        allowed_s, allowed_t = SCHEMA[rel]
        if s_key == t_key or s_type not in allowed_s or t_type not in allowed_t:
            return None
        return Relation(s_key, rel, t_key, evidence, role=role, date=date)

    # ------------------------------------------------------------------ rules
    def extract(self, rdoc: ResolvedDoc, document: str) -> list[Relation]:
        groups = self._groups(rdoc)
        out: list[Relation] = []
        out += self._clause_relations(rdoc, document, groups)
        out += self._title_relations(rdoc, document)
        out += self._affiliation_relations(rdoc, document)
        out += self._territory_relations(rdoc, document)
        out += self._member_compound_relations(rdoc, document)
        out += self._appositive_membership(rdoc, document)
        out += self._groups_including(rdoc, document)
        out += self._memberships_from_context(rdoc, document, out)
        out += self._own_country_delegations(rdoc, document, groups, out)
        out += self._delegations_of_office(rdoc, document, groups, out)
        out += self._delegation_titles(rdoc, document, out)
        unique, seen = [], set()
        for r in out:
            ident = (r.source, r.relation, r.target, r.role, r.evidence.start)
            if ident not in seen:
                seen.add(ident)
                unique.append(r)
        return unique

    def _clause_relations(self, rdoc, document, groups) -> list[Relation]:
        doc = rdoc.doc
        out = []
        for match_id, token_ids in self.matcher(doc):
            pattern = self.patterns[doc.vocab.strings[match_id]]
            named = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern.pattern, token_ids)}
            trigger = named.get("trigger", named["source"])
            if "subject" in pattern.shared and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
                continue  # "Russia objected and Finland joined": the conjoined verb has its own subject
            if "object" in pattern.shared and any(c.dep_ in ("dobj", "attr") for c in trigger.children):
                continue  # "seized Crimea and annexed it": its own object
            if not self.asserted(trigger, pattern.modality):
                continue
            if pattern.relation in ("party-to", "member-of") and self._undone(trigger):
                continue  # "signed the original treaty but later withdrew from it", "has yet to ratify it"
            by = named.get("by")
            if by is not None and any(c.dep_ == "agent" and c.i < by.i for c in by.head.children):
                continue  # "headed by A, and Germany's by B": a gapped second clause with its own owner
            prep = named["target"].head
            if prep.dep_ == "prep" and (any(c.dep_ == "neg" for c in prep.children) or doc[prep.i - 1].lower_ in self.lex["negators"]):
                continue  # "belongs to CARIFORUM but not to CARICOM"
            hop = pattern.relation in ("annexed", "party-to", "member-of")
            sources = self._entities(rdoc, named["source"], groups)
            targets = self._entities(rdoc, named["target"], groups, possessive_hop=hop)
            evidence = self._evidence(document, trigger, pattern.id)
            date = self._year(trigger)
            if pattern.title_required:
                # "Turkey was represented by Foreign Minister Hakan Fidan": the office is the state's
                span = rdoc.span_at(named["source"])
                title = self._ownerless_title(rdoc, span) if span is not None else None
                if not title or title[0] != "holds-office":
                    continue
                for s in sources[:1]:
                    for t in targets:
                        r = self._relation(pattern.relation, s, t, evidence, role=title[1])
                        if r:
                            out.append(r)
                continue
            for s in sources:
                for t in targets:
                    r = self._relation(pattern.relation, s, t, evidence, date=date)
                    if r:
                        out.append(r)
        return out

    def _owner_before(self, rdoc, index: int) -> tuple[str, str] | None:
        """The title's owner right before position ``index``: an entity ("Nato", "the United
        States'") or a nationality adjective ("Estonian")."""
        doc = rdoc.doc
        i = index - 1
        if i >= 0 and _is_possessive(doc[i]):
            i -= 1
        if i < 0:
            return None
        m = rdoc.by_token.get(i)
        if m is not None and m.type in ("state", "organisation", "person"):
            return self._government_of(rdoc, i) or (m.key, m.type)
        if doc[i].lower_ in ("his", "her") and doc[i].dep_ == "poss":
            # "Guterres was disappointed, his spokesman Stephane Dujarric said"
            person = self._antecedent(rdoc, doc[i])
            return (person.key, "person") if person is not None else None
        if doc[i].ent_id_.startswith(("seat:", "capital:")):
            # "Kremlin spokesman", "Washington envoy": the seat of government modifies the title
            return (doc[i].ent_id_.split(":", 1)[1], "state")
        state = self.gaz.demonyms.get(fold(doc[i].text))
        if state and doc[i].text[:1].isupper():
            if i > 0 and (fold(doc[i - 1].text) in self.gaz.demonyms or doc[i - 1].lower_ == "ethnic"):
                return None  # "Bosnian Serb leader", "ethnic Albanian": a people, not a state
            return (state, "state")
        return None

    def _skip_government_words(self, doc, i: int) -> int:
        """Past "'s Foreign Ministry" or "government's" after a state: the state's own bodies."""
        j = i + (1 if i < len(doc) and _is_possessive(doc[i]) else 0)
        k = j
        while k < len(doc) and (fold(doc[k].text) in self.title_vocab or doc[k].lower_ in self.lex["government_heads"]) and not (
            fold(doc[k].text) in self.gaz.title_words and fold(doc[k].text) not in self.lex["title_modifiers"]
        ):
            k += 1
        if k > j and k < len(doc) and any(t.lower_ in self.lex["government_heads"] for t in doc[j:k]):
            return k + (1 if _is_possessive(doc[k]) else 0)
        return j if j > i and k == j else i if j == i else j

    def _government_of(self, rdoc, index: int) -> tuple[str, str] | None:
        """ "the Chinese Foreign Ministry", "the Russian government": a state's own ministry or
        government speaks for the state."""
        span = rdoc.spans.get(index)
        m = rdoc.by_token.get(index)
        if span is None or m is None or m.type != "organisation" or m.key in self.gaz.entries:
            return None
        state = self.gaz.demonyms.get(fold(span[0].text))
        if state is None and span.start > 0:  # "Iranian" + "Foreign Ministry"
            state = self.gaz.demonyms.get(fold(rdoc.doc[span.start - 1].text))
        if state and span[-1].lower_ in self.lex["government_heads"]:
            return (state, "state")
        return None

    def _title_at(self, tokens: list[Token]):
        """(relation, role) when ``tokens`` end in a known title ("deputy foreign minister")."""
        words = [fold(t.text) for t in tokens if not t.is_punct]
        words = [w for w in words if w]
        while words and words[0] in ("of", "and"):
            words.pop(0)
        for size in range(min(len(words), 5), 0, -1):
            title = self.gaz.titles.get(tuple(words[-size:]))
            if title:
                british = {a: b for b, a in self.gaz.spelling.items()}  # one spelling per office
                role = " ".join(british.get(w, w) for w in words).replace("secretary general", "secretary-general")
                return title.relation, role
        return None

    def _blocked(self, doc: Doc, index: int) -> bool:
        return any(doc[i].lower_ in self.lex["title_blockers"] for i in range(max(0, index - 3), index))

    def _title_relations(self, rdoc, document) -> list[Relation]:
        doc = rdoc.doc
        out = []
        people = sorted({(rdoc.spans[i].start, rdoc.spans[i].end) for i, m in rdoc.by_token.items() if m.type == "person"})
        inherited: dict[int, tuple[str, str]] = {}  # person span end -> owner, for coordination
        for start, end in people:
            person = rdoc.by_token[start]
            p = (person.key, "person")
            # Title before the name: "Russian President Vladimir Putin".
            i = start
            while i > 0 and (fold(doc[i - 1].text) in self.title_vocab or (doc[i - 1].text == "-" and i > 1)) and (i - 1) not in rdoc.by_token:
                i -= 1
            while i < start and doc[i].lower_ in ("and", "of", "-"):
                i += 1  # "A and deputy minister B": the "and" joins two people, not two titles
            region = list(doc[i:start])
            if not region and start >= 2 and doc[start - 1].text == "," and (end >= len(doc) or doc[end].is_punct):
                # "Switzerland's U.N. ambassador, Pascale Baeriswyl,": the title, then the name
                i = start - 1
                while i > 0 and (fold(doc[i - 1].text) in self.title_vocab or doc[i - 1].text == "-") and (i - 1) not in rdoc.by_token:
                    i -= 1
                region = list(doc[i : start - 1])
            found = self._title_at(region) if region else None
            if found and not self._blocked(doc, i):
                relation, role = found
                owner = self._owner_before(rdoc, i)
                if relation == "ambassador-to" and owner is not None and owner[1] == "organisation":
                    # "Russia's U.N. ambassador": posted to the organisation, sent by the state;
                    # "EU envoy Peter Sorensen" with no state before it: an office of the EU
                    span = next((rdoc.spans[k] for k in range(i - 1, -1, -1) if k in rdoc.spans), None)
                    sender = self._owner_before(rdoc, span.start) if span is not None and span.end == i else None
                    if sender is None and span is not None and span.end == i and span.start > 0 and doc[span.start - 1].lower_ in ("its", "their"):
                        # "Algeria abstained. Its U.N. ambassador, Amar Bendjama,": the state just named
                        sender = self._only_state_before(rdoc, doc[span.start - 1]) or ("", "")
                    if sender is not None and sender[1] in ("state", ""):
                        ev = self._evidence(document, doc[start], "title-before-name:ambassador-to")
                        posted = self._relation("ambassador-to", p, owner, ev)
                        if posted:
                            out.append(posted)
                        owner = sender if sender[0] else None
                if owner is None and i >= 2 and doc[i - 1].lower_ in ("and", ","):
                    owner = inherited.get(i - 1)  # "Russian minister A and deputy minister B"
                if owner is not None:
                    inherited[end] = owner
                    inherited[end + 1] = owner
                    rel = "holds-office" if relation == "ambassador-to" else relation
                    r = self._relation(rel, p, owner, self._evidence(document, doc[start], f"title-before-name:{rel}"), role=role)
                    if r:
                        out.append(r)
            out += self._title_with_object_before_name(rdoc, document, p, start, end)
            # Title in apposition: "Julianne Smith, the US ambassador to NATO,".
            found_here = self._appositive_title(rdoc, document, p, end)
            out += found_here or self._appositive_institution(rdoc, document, p, end)
        return out

    def _appositive_title(self, rdoc, document, person, end) -> list[Relation]:
        doc = rdoc.doc
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        i = end + 1
        if doc[i].lower_ in ("a", "an", "the"):
            i += 1
        if self._blocked(doc, i + 1) or (i < len(doc) and doc[i].lower_ in self.lex["title_blockers"]):
            return []
        owner = None
        if i < len(doc) and i in rdoc.by_token:
            span = rdoc.spans[i]
            m = rdoc.by_token[i]
            if m.type in ("state", "organisation"):
                owner = (m.key, m.type)
                i = span.end + (1 if span.end < len(doc) and _is_possessive(doc[span.end]) else 0)
        elif i < len(doc) and doc[i].ent_id_.startswith(("seat:", "capital:")):
            owner = (doc[i].ent_id_.split(":", 1)[1], "state")  # "the White House national security adviser"
            i += 1
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
        elif i < len(doc) and self.gaz.demonyms.get(fold(doc[i].text)) and doc[i].text[:1].isupper():
            owner = (self.gaz.demonyms[fold(doc[i].text)], "state")
            i += 1
        if owner is not None and owner[1] == "state":
            i = self._skip_government_words(doc, i)  # "the Iranian government's spokeswoman"
        posted = None
        if i < len(doc) and i in rdoc.by_token and rdoc.by_token[i].type == "organisation":
            government = self._government_of(rdoc, i)
            if government is not None and owner is None:
                owner = government  # "the Russian Foreign Ministry's spokeswoman"
                i = self._skip_government_words(doc, rdoc.spans[i].end)
            else:
                posted = (rdoc.by_token[i].key, "organisation")  # "Russia's U.N. ambassador"
                i = rdoc.spans[i].end
        j = i
        while j < len(doc) and (fold(doc[j].text) in self.title_vocab or doc[j].text == "-") and j not in rdoc.by_token:
            j += 1
        # "of" inside a title ("secretary of state") was consumed; a trailing "of" is a preposition
        while j > i and doc[j - 1].lower_ in ("of", "and", "-"):
            j -= 1
        found = self._title_at(list(doc[i:j])) if j > i else None
        if not found:
            return []
        relation, role = found
        obj = None
        k = j
        if k < len(doc) and doc[k].lower_ in ("of", "for", "to", "at", "with"):
            prep = doc[k].lower_
            k += 1
            while k < len(doc):
                based = self._after_based(rdoc, k)
                if based is not None:
                    k = based
                elif k not in rdoc.by_token and (
                    doc[k].lower_ in ("the", "a", "an") or fold(doc[k].text) in self.title_vocab
                    or (self.gaz.demonyms.get(fold(doc[k].text)) and doc[k].text[:1].isupper())
                ):
                    k += 1
                else:
                    break
            if k < len(doc) and k in rdoc.by_token:
                m = rdoc.by_token[k]
                obj = (prep, self._government_of(rdoc, k) or (m.key, m.type))
                k = rdoc.spans[k].end
                if k < len(doc) and doc[k].lower_ == "secretariat" and m.type == "organisation":
                    k += 1  # "a spokeswoman for the SADC secretariat": the organisation's own staff
                if m.type == "state" and k < len(doc) and _is_possessive(doc[k]):
                    k = self._skip_government_words(doc, k)  # "spokesman for Qatar's Foreign Ministry"
            elif owner is not None and (k >= len(doc) or doc[k].is_punct or doc[k].is_lower):
                # "the EU's spokesperson for foreign affairs": a portfolio, not an object
                while k < len(doc) and not doc[k].is_punct:
                    k += 1
            else:
                return []
        # an apposition closes with punctuation or the end of the sentence
        if k < len(doc) and not (doc[k].is_punct or doc[k].is_sent_start):
            return []
        ev = self._evidence(document, doc[end], "title-apposition")
        out = []

        def add(rel, target, role_=""):
            r = self._relation(rel, person, target, ev, role=role_)
            if r:
                out.append(r)

        if posted is not None and relation != "ambassador-to":
            if owner is None:
                owner = posted  # "a Crisis Group analyst"
            else:
                return []  # "Russia's Gazprom chief": the office is the organisation's, not the state's
        if relation == "ambassador-to":
            if obj and obj[0] == "to":
                add("ambassador-to", obj[1])
            elif posted is not None:
                add("ambassador-to", posted)
            if owner:
                add("holds-office", owner, role)
        elif relation == "spokesperson-for":
            target = obj[1] if obj and obj[0] == "for" else owner
            if target:
                add("spokesperson-for", target)
        elif relation == "affiliated-with":
            target = obj[1] if obj and obj[0] in ("of", "at", "with") else owner
            if target:
                add("affiliated-with", target)
        else:
            target = obj[1] if obj and obj[0] in ("of", "at") else owner
            if target and target[1] == "organisation" and self._is_civil(target[0]):
                add("affiliated-with", target)  # "executive director of the Arms Control Association"
            elif target:
                add("holds-office", target, role)
        return out

    def _title_with_object_before_name(self, rdoc, document, person, start, end) -> list[Relation]:
        """ "Britain's ambassador to the UN, Barbara Woodward," and "A spokeswoman for the
        European Commission, Nabila Massrali,": title, its object, then the name in apposition."""
        doc = rdoc.doc
        if start < 4 or doc[start - 1].text != "," or (end < len(doc) and not doc[end].is_punct):
            return []
        obj = rdoc.by_token.get(start - 2)
        if obj is None:
            return []
        k = rdoc.spans[start - 2].start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ not in ("to", "for"):
            return []
        prep = doc[k].lower_
        i = k
        while i > 0 and (fold(doc[i - 1].text) in self.title_vocab or doc[i - 1].text == "-") and (i - 1) not in rdoc.by_token:
            i -= 1
        found = self._title_at(list(doc[i:k])) if i < k else None
        if not found or self._blocked(doc, i):
            return []
        relation, role = found
        ev = self._evidence(document, doc[start], "title-object-then-name")
        out = []
        if relation == "ambassador-to" and prep == "to":
            out.append(self._relation("ambassador-to", person, (obj.key, obj.type), ev))
            owner = self._owner_before(rdoc, i)
            if owner is not None:
                out.append(self._relation("holds-office", person, owner, ev, role=role))
        elif relation == "spokesperson-for" and prep == "for":
            out.append(self._relation("spokesperson-for", person, (obj.key, obj.type), ev))
        return [r for r in out if r]

    def _appositive_institution(self, rdoc, document, person, end) -> list[Relation]:
        """ "Mary Wareham, deputy director of the arms division at Human Rights Watch," and
        "Oliver Stuenkel, an associate professor at the Getulio Vargas Foundation in Sao Paulo,":
        a job in apposition whose last institution is the employer."""
        doc = rdoc.doc
        if end + 2 >= len(doc) or doc[end].text != ",":
            return []
        heads = [t for t in doc[end + 1 : min(len(doc), end + 14)]]
        title_head, org, k = None, None, None
        modifiers = set(self.lex["title_modifiers"])
        for t in heads:
            if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "\"", "\u201c", "\u201d") or (
                t.i in rdoc.by_token and rdoc.by_token[t.i].type == "person"
            ):
                break
            w = fold(t.text)
            if title_head is None and w in self.gaz.title_words and w not in modifiers:
                if self._blocked(doc, t.i):
                    return []
                title_head = t
            if title_head is not None and t.lower_ in ("at", "of", "with") and t.i + 1 < len(doc):
                j = t.i + 1 + (doc[t.i + 1].lower_ == "the")
                based = self._after_based(rdoc, j)
                if based is not None:  # "at the Almaty-based think-tank PaperLab": the name after
                    j = based
                    while j < len(doc) and j not in rdoc.by_token and j < t.i + 9 and (doc[j].is_lower or doc[j].text == "-"):
                        j += 1
                m = rdoc.by_token.get(j)
                if m is not None and m.type == "organisation":
                    org, k = m, rdoc.spans[j].end
        if title_head is None or org is None:
            return []
        # the apposition may name the institution's city, then it closes
        if k < len(doc) and doc[k].lower_ == "in" and k + 1 in rdoc.by_token:
            k = rdoc.spans[k + 1].end
        if k < len(doc) and not (doc[k].is_punct or doc[k].lower_ == "and" or doc[k].is_space):
            return []
        title = self.gaz.titles.get((fold(title_head.text),))
        relation = title.relation if title else "holds-office"
        if relation == "affiliated-with" or (relation == "holds-office" and self._is_civil(org.key)):
            r = self._relation("affiliated-with", person, (org.key, "organisation"),
                               self._evidence(document, doc[end], "institution-apposition"))
            return [r] if r else []
        return []

    def _is_civil(self, key: str) -> bool:
        """Think tanks, NGOs, media, companies and parties employ people; states and
        intergovernmental bodies give them offices. Unknown organisations count as civil."""
        entry = self.gaz.entries.get(key)
        if entry is None:  # an organisation kg does not know: public bodies are named by their head
            head = key.rsplit(" ", 1)[-1]
            return head not in self.lex["public_body_heads"]
        return entry.kind not in ("intergovernmental", "agency-or-body", "armed-group", "")

    def _affiliation_relations(self, rdoc, document) -> list[Relation]:
        """ "Maksim Samorukov of the Carnegie Moscow Center": a person and the (non-governmental)
        institution they speak from."""
        doc = rdoc.doc
        out = []
        for i, m in rdoc.by_token.items():
            span = rdoc.spans[i]
            if m.type != "person" or i != span.end - 1 or span.end + 1 >= len(doc):
                continue
            prep = doc[span.end]
            if prep.lower_ not in ("of", "at", "from"):
                continue
            k = span.end + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            target = rdoc.by_token.get(k)
            if target is None or target.type != "organisation":
                continue
            entry = self.gaz.entries.get(target.key)
            if entry is not None and entry.kind in ("intergovernmental", "agency-or-body"):
                continue  # an official "of NATO" holds an office; the title rules say which
            r = self._relation("affiliated-with", (m.key, "person"), (target.key, "organisation"),
                               self._evidence(document, doc[i], "name-of-institution"))
            if r:
                out.append(r)
        return out

    def _territory_relations(self, rdoc, document) -> list[Relation]:
        """ "Ukraine's Crimean Peninsula" and "the Donetsk region of Ukraine": part-of."""
        doc = rdoc.doc
        out = []
        seen_spans = set()
        for i, m in sorted(rdoc.by_token.items()):
            span = rdoc.spans[i]
            if (span.start, span.end) in seen_spans:
                continue
            seen_spans.add((span.start, span.end))
            if m.type == "state":
                places = [o for o in self._possessed_list(rdoc, span.end) if o.type == "place" and not any(
                    w in self.lex["organisation_heads"] for w in fold(o.label).split()) and not self._names_something(doc, o)]
                for place in places:
                    r = self._relation("part-of", (place.key, "place"), (m.key, "state"),
                                       self._evidence(document, doc[i], "possessive-territory"))
                    if r:
                        out.append(r)
            if m.type == "place" and i == span.start and span.end + 3 < len(doc) and doc[span.end].text == ",":
                # "Transnistria, a breakaway region of Moldova": a territory noun in apposition
                k = span.end + 1
                while k < min(len(doc), span.end + 5) and doc[k].lower_ not in self.lex["territory_heads"] and not (
                    doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or k in rdoc.by_token
                ):
                    k += 1
                if k + 2 < len(doc) and doc[k].lower_ in self.lex["territory_heads"] and doc[k + 1].lower_ == "of":
                    k2 = k + 2 + (doc[k + 2].lower_ == "the")
                    owner = rdoc.by_token.get(k2)
                    if owner is not None and owner.type == "state" and not self._blocked(doc, k):
                        r = self._relation("part-of", (m.key, "place"), (owner.key, "state"),
                                           self._evidence(document, doc[i], "territory-apposition"))
                        if r:
                            out.append(r)
            if m.type == "place" and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
                if span[-1].lower_ in self.lex["territory_heads"]:
                    owner = rdoc.by_token.get(span.end + 1)
                    if owner is not None and owner.type == "state":
                        r = self._relation("part-of", (m.key, "place"), (owner.key, "state"),
                                           self._evidence(document, doc[i], "territory-of-state"))
                        if r:
                            out.append(r)
        return out

    def _names_something(self, doc: Doc, mention: Mention) -> bool:
        """ "Russia's Black Sea Fleet", "Pakistan's Indus commissioner", "Russia's Baltic exclave of
        Kaliningrad": the place only modifies what is possessed."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].pos_ not in ("PROPN", "NOUN"):
            return False
        nxt = doc[span.end]
        if nxt.is_title:
            return True
        # "Ukraine's Donetsk region" is Donetsk; "the Baltic exclave of Kaliningrad" is Kaliningrad
        heads = self.lex["territory_heads"]
        return (nxt.lower_ not in heads and nxt.lemma_.lower() not in heads) or (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "of")

    def _member_compound_relations(self, rdoc, document) -> list[Relation]:
        """The organisation, then its members named in the same noun phrase: "Nato member
        Turkey", "EU member states Hungary and Poland", "five EU members - Spain, Slovakia and
        Cyprus -", "Mercosur's four founding members, Argentina, Brazil, Paraguay and Uruguay", and
        "the six-member Gulf Cooperation Council - Saudi Arabia, ..., Bahrain and Oman -"."""
        doc = rdoc.doc
        out = []
        dashes = ("-", "\u2013", "\u2014", ":", "(")
        candidates = {t.i for t in rdoc.tokens(("member", "members", "ally", "allies"))}
        candidates |= {i for i, span in rdoc.spans.items() if span.end == i + 1 < len(doc) and doc[i + 1].text in dashes}
        for token in (doc[i] for i in sorted(candidates)):
            org = None
            j = None
            if token.lower_ in ("member", "members", "ally", "allies"):
                k = token.i - 1
                while k >= 0 and (doc[k].lower_ in ("founding", "full", "permanent", "fellow") or doc[k].pos_ == "NUM"):
                    k -= 1
                if k >= 0 and _is_possessive(doc[k]):
                    k -= 1
                    org = rdoc.by_token.get(k)
                    if org is None and doc[k].pos_ == "NOUN":  # "The council's eight members - ..."
                        org = self._described_organisation(rdoc, doc[k])
                else:
                    org = rdoc.by_token.get(k)
                j = token.i + 1
                if j < len(doc) and doc[j].lower_ in ("state", "states", "country", "countries", "nation", "nations"):
                    if org is None and k >= 0 and doc[k].lower_ in ("the", "its"):
                        org = self._only_bloc_before(rdoc, token)  # "The four member countries, Chile, ..."
                    j += 1
                if j < len(doc) and (doc[j].text in dashes or (doc[j].text == "," and doc[j - 1].lower_.endswith("s"))):
                    j += 1  # the list follows in apposition
                if self._blocked(doc, k if k >= 0 else 0) or not self.asserted(token, "negation-only"):
                    continue
            elif token.i in rdoc.by_token and rdoc.spans[token.i].end == token.i + 1 and token.i + 1 < len(doc):
                m = rdoc.by_token[token.i]
                entry = self.gaz.entries.get(m.key)
                if m.type == "organisation" and entry is not None and entry.kind == "intergovernmental" and doc[token.i + 1].text in dashes:
                    org, j = m, token.i + 2
            if org is None or org.type != "organisation" or j is None or j >= len(doc):
                continue
            first = rdoc.by_token.get(j) or (rdoc.by_token.get(j + 1) if doc[j].lower_ == "the" else None)
            if first is None or first.type not in ("state", "organisation"):
                continue
            start = j if j in rdoc.by_token else j + 1
            members = [first] + self._list_after(rdoc, rdoc.spans[start].end, first.type)
            if token.lower_ not in ("member", "members", "ally", "allies") and len(members) < 2:
                continue  # "ECOWAS - Nigeria": a list, not a single name, stands for the members
            ev = self._evidence(document, token, "organisation-member-name")
            for member in members:
                r = self._relation("member-of", (member.key, member.type), (org.key, "organisation"), ev)
                if r:
                    out.append(r)
        return out

    def _groups_including(self, rdoc, document) -> list[Relation]:
        """ "IGAD groups eight states in the Horn of Africa, including South Sudan, Kenya and
        Uganda": an organisation, a grouping verb, a count of states, then "including" a list.
        Read off word order, since the model often misparses an acronym before "groups"."""
        doc = rdoc.doc
        out = []
        for token in rdoc.tokens(("including", "among")):
            among = token.lower_ == "among" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "them"
            if (token.lower_ != "including" and not among) or token.i < 4 or doc[token.i - 1].text != ",":
                continue
            sent = token.sent
            first = next((i for i in range(sent.start, token.i) if i in rdoc.by_token), None)
            if first is None or rdoc.by_token[first].type != "organisation":
                continue
            org, verb = rdoc.by_token[first], doc[rdoc.spans[first].end] if rdoc.spans[first].end < len(doc) else None
            if verb is None or verb.lower_ not in ("groups", "includes", "comprises", "unites", "grouped", "included", "comprised", "united"):
                continue
            counted = [t for t in doc[verb.i + 1 : token.i] if t.lower_ in ("states", "countries", "nations", "members")]
            if not counted or not self.asserted(verb, "negation-only") or any(t.lower_ in self.lex["modal_blockers"] for t in doc[sent.start : verb.i]):
                continue
            start = token.i + 1 + among
            start += start < len(doc) and doc[start].lower_ == "the"
            head = rdoc.by_token.get(start)
            if head is None or head.type != "state":
                continue
            members = [head] + self._list_after(rdoc, rdoc.spans[start].end, "state")
            ev = self._evidence(document, verb, "organisation-groups-including")
            for member in members:
                r = self._relation("member-of", (member.key, member.type), (org.key, "organisation"), ev)
                if r:
                    out.append(r)
        return out

    def _listed_before(self, rdoc, index: int) -> list[Mention]:
        """The entities of a list ending at token ``index`` ("Mali and Burkina Faso")."""
        doc = rdoc.doc
        found: list[Mention] = []
        i = index
        while i >= 0 and i in rdoc.by_token:
            span = rdoc.spans[i]
            found.insert(0, rdoc.by_token[i])
            i = span.start - 1
            if i >= 0 and doc[i].lower_ == "the":
                i -= 1  # "Palau, the Marshall Islands and Tuvalu"
            if i >= 0 and doc[i].lower_ in ("and", ","):
                i -= 1
                if i >= 0 and doc[i].text == "," and i - 1 >= 0:
                    i -= 1  # serial comma: "A, B, and C"
            else:
                break
        return found

    def _appositive_membership(self, rdoc, document) -> list[Relation]:
        """ "Finland and Sweden, both members of the European Union," and "Mali and Burkina Faso,
        both ECOWAS members": a membership noun phrase set off by commas after a list of states.
        Built on word order because the parse of such appositions is unreliable."""
        doc = rdoc.doc
        out = []
        for token in rdoc.tokens(("member", "members", "states", "countries", "nations")):
            member_states = token.lower_ in ("states", "countries", "nations") and token.i > 0 and doc[token.i - 1].lower_ == "member"
            if (token.lower_ not in ("member", "members") and not member_states) or token.i < 3:
                continue
            j = token.i - 1 - member_states  # "member states": the phrase's head is "states"
            targets: list[Mention] = []
            if j in rdoc.by_token and rdoc.by_token[j].type == "organisation":
                targets.append(rdoc.by_token[j])
                j = rdoc.spans[j].start - 1
            steps = 0
            if not targets and j >= 1 and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound":
                described = self._described_organisation(rdoc, doc[j])  # "the three forum members"
                if described is not None:
                    targets.append(described)
                    j -= 1
            while j >= 0 and steps < 7 and not self._spaced_dash(doc, j) and (
                doc[j].lower_ in ("a", "an", "both", "all", "each", "fellow", "full", "founding", "one", "of", "the")
                or doc[j].pos_ in ("ADJ", "NUM") or doc[j].text == "-" or (doc[j].tag_ == "VBN" and doc[j].is_lower)
                or (j + 1 < len(doc) and doc[j + 1].text == "-") or (j > 0 and doc[j - 1].text == "-")
                or (not targets and _is_possessive(doc[j]) and j > 0)
            ):
                if not targets and _is_possessive(doc[j]):
                    # "one of the bloc's 16 member states": the possessor is the organisation
                    owner = rdoc.by_token.get(j - 1)
                    if owner is not None and owner.type == "organisation":
                        targets.append(owner)
                        j = rdoc.spans[j - 1].start
                    else:
                        described = self._described_organisation(rdoc, doc[j - 1])
                        if described is None:
                            break
                        targets.append(described)
                        j -= 1
                j -= 1  # "one of five veto-wielding permanent members of the council"
                steps += 1
            if j >= 1 and doc[j].lower_ == "and":
                # "Indonesia, the region's largest economy and one of ASEAN's five founding members,":
                # the membership is the second of two descriptions in the apposition
                opening = next((c for c in range(j - 1, max(0, j - 9), -1) if doc[c].text == ","), None)
                if opening is not None and all(doc[c].pos_ not in ("VERB", "AUX") and doc[c].text not in ("(", ")", "-", "\u2014")
                                               for c in range(opening + 1, j)):
                    j = opening
            if j < 1 or not (doc[j].text == "," or self._spaced_dash(doc, j)) or self._blocked(doc, token.i):
                continue
            if not targets and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("of", "in"):
                k = token.i + 2
                if k < len(doc) and doc[k].lower_ == "the":
                    k += 1
                first = rdoc.by_token.get(k)
                if first is not None:
                    targets = [first] + [m for t in doc[k:rdoc.spans[k].end].root.conjuncts if (m := rdoc.mention_at(t))]
                else:
                    head = next((t for t in doc[k : k + 4] if t.pos_ in ("NOUN", "PROPN")), None)
                    described = self._described_organisation(rdoc, head) if head is not None else None  # "of the council"
                    if described is not None:
                        targets = [described]
            members = self._listed_before(rdoc, j - 1)
            ev = self._evidence(document, token, "membership-apposition")
            for member in members:
                for target in targets:
                    r = self._relation("member-of", (member.key, member.type), (target.key, target.type), ev)
                    if r:
                        out.append(r)
        return out

    @staticmethod
    def _spaced_dash(doc: Doc, j: int) -> bool:
        """A dash set off by spaces ("Tuvalu - the three forum members -"), not a hyphen."""
        return doc[j].text in ("-", "--", "\u2013", "\u2014") and doc[j].whitespace_ != "" and j > 0 and doc[j - 1].whitespace_ != ""

    @staticmethod
    def _after_based(rdoc, k: int) -> int | None:
        """ "the Almaty-based think-tank": where the text goes on after a name that only says
        where something is, or None when the name at ``k`` is not one."""
        doc, span = rdoc.doc, rdoc.spans.get(k)
        if span is not None and span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based":
            return span.end + 2
        return None

    def _context_organisation(self, rdoc, token: Token, found: list[Relation], *, stated_only=False) -> tuple[str, str] | None:
        """The organisation a membership without one means: the one whose membership the text
        stated in this or the previous sentence, or else the one intergovernmental organisation
        named there."""
        doc = rdoc.doc
        sent = token.sent
        window = self._window_start(token)
        orgs = {r.target for r in found if r.relation == "member-of" and r.target.startswith("org:")
                and doc[window].idx <= r.evidence.start <= token.idx}
        if not orgs and not stated_only:
            # organs count as candidates too: "a permanent member" beside the UN and its Security
            # Council is ambiguous, so nothing
            orgs = {m.key for i, m in rdoc.by_token.items() if window <= i < sent.end and m.type == "organisation"
                    and getattr(self.gaz.entries.get(m.key), "kind", "") in ("intergovernmental", "agency-or-body")}
            if any(getattr(self.gaz.entries.get(k), "kind", "") != "intergovernmental" for k in orgs):
                return None
        return (orgs.pop(), "organisation") if len(orgs) == 1 else None

    def _memberships_from_context(self, rdoc, document, found: list[Relation]) -> list[Relation]:
        """Memberships whose organisation the text gave a moment before (see
        :meth:`_context_organisation`): "IGAD groups eight states ... . Sudan, also a member, froze
        its participation"; "accusing fellow member Rwanda"; "The Philippines and Vietnam, both
        members with claims in the sea,"; "Bolivia became a full member in July"; "the remaining
        members, among them Nigeria and Ghana,"; "Several member states - Hungary and Serbia among
        them -"; "India and Pakistan were admitted in 2017, and Iran joined last year"."""
        doc = rdoc.doc
        out = []
        closers = (",", "-", "\u2013", "\u2014")  # what ends an apposition or opens a list
        words = ("member", "members", "join", "joins", "joined", "rejoin", "rejoins", "rejoined", "admitted", "readmitted")
        for token in rdoc.tokens(words):
            members: list[Mention] = []
            rule = "membership-in-context"
            if token.lemma_.lower() in ("join", "rejoin", "admit") and token.pos_ == "VERB":
                members, rule = self._joined_without_object(rdoc, token), "join-in-context"
            elif token.lower_ in ("member", "members") and token.i >= 2:
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                head = token
                if after is not None and after.lower_ in ("state", "states", "country", "countries", "nation", "nations"):
                    head, after = after, (doc[after.i + 1] if after.i + 1 < len(doc) else None)
                if after is not None and after.lower_ in ("of", "to"):
                    continue  # the organisation is named: the other rules' business
                k = token.i - 1
                while k >= 0 and (doc[k].lower_ in ("a", "an", "both", "all", "also", "full", "founding", "permanent", "the", "remaining", "several", "other")
                                  or doc[k].tag_ in ("JJ", "CD") and doc[k].is_lower):
                    k -= 1
                if k >= 0 and (k in rdoc.by_token or _is_possessive(doc[k]) or doc[k].lower_ in ("its", "their")):
                    continue  # "NATO member", "the bloc's members", "its members": an owner is named
                if doc[token.i - 1].lower_ == "fellow" and after is not None and after.i in rdoc.by_token:
                    first = rdoc.by_token[after.i]  # "accusing fellow member Rwanda"
                    members = [first] + self._list_after(rdoc, rdoc.spans[after.i].end, first.type)
                elif head.dep_ == "attr" and head.head.lemma_ in ("be", "become") and head.lower_ in ("member", "members"):
                    if not self.asserted(head.head):  # "Haiti is also a member", "Bolivia became a full member in July"
                        continue
                    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                    members = [m for t in ((subject, *subject.conjuncts) if subject is not None else ())
                               if (m := rdoc.mention_at(t)) is not None]
                elif k >= 1 and doc[k].text == "," and after is not None and (after.text in closers or after.lower_ in ("with", "since", "and")):
                    if not self.asserted(token, "negation-only"):  # "Sudan, also a member,"
                        continue
                    members = self._listed_before(rdoc, k - 1)
                elif after is not None and after.text in closers and head.i + 3 < len(doc):
                    # "the remaining members, among them Nigeria and Ghana," / "member states - A and B among them -"
                    j = head.i + 2
                    if doc[j].lower_ in ("among", "including") or (doc[j].lower_ == "such" and doc[j + 1].lower_ == "as"):
                        j += 1 + (doc[j].lower_ in ("among", "such"))
                    first = rdoc.by_token.get(j)
                    if first is None or first.type != "state" or not self.asserted(head, "negation-only"):
                        continue
                    listed = [first] + self._list_after(rdoc, rdoc.spans[j].end, "state")
                    last = max(i for i, m in rdoc.by_token.items() if m is listed[-1] and i >= j)
                    closing = doc[last + 1 : last + 3]
                    if doc[head.i + 2].lower_ in ("among", "including", "such") or [t.lower_ for t in closing] == ["among", "them"]:
                        members = listed
            if not members or self._blocked(doc, token.i) or (token.i > 0 and doc[token.i - 1].lower_ == "permanent"):
                continue  # "a permanent member" holds a council seat, whatever organisation is near
            sent = token.sent
            if any(t.lemma_.lower() in self.lex["withdraw_verbs"] or (t.lower_ in ("will", "would") and t.dep_ == "aux") for t in sent):
                continue  # "Mauritania, a founding member, quit in 2000"; "Sweden will become a member"
            target = self._context_organisation(rdoc, token, found, stated_only=rule == "join-in-context")
            if target is None:
                continue
            ev = self._evidence(document, token, rule)
            for member in members:
                r = self._relation("member-of", (member.key, member.type), target, ev)
                if r:
                    out.append(r)
        return out

    def _joined_without_object(self, rdoc, verb: Token) -> list[Mention]:
        """ "Iran joined last year", "India and Pakistan were admitted in 2017": a state that joins
        with no object, no "to" and nothing else the verb could be about."""
        children = list(verb.children)
        passive = any(c.dep_ == "auxpass" for c in children)
        if (verb.lemma_.lower() == "admit") != passive:
            return []  # "were admitted", "joined"; not "admitted" (confessed) or "was joined by"
        for c in children:
            if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "npadvmod", "punct", "cc", "conj", "neg"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("in", "on") and any(g.ent_type_ == "DATE" for g in c.children):
                continue  # "in 2017"
            return []
        if verb.tag_ not in ("VBD", "VBN", "VBZ") or not self.asserted(verb):
            return []
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return []
        found = [m for t in (subject, *subject.conjuncts) if (m := rdoc.mention_at(t)) is not None]
        return found if found and all(m.type == "state" for m in found) else []

    def _ownerless_title(self, rdoc, span: Span):
        """The office title a person carries without saying whose: before the name ("Deputy
        Foreign Minister Alexander Grushko") or in apposition ("Kazem Gharibabadi, a deputy
        foreign minister,"). None when the title names its owner."""
        doc = rdoc.doc
        j = span.start
        while j > 0 and (fold(doc[j - 1].text) in self.title_vocab or doc[j - 1].text == "-") and (j - 1) not in rdoc.by_token:
            j -= 1
        title = self._title_at(list(doc[j:span.start])) if j < span.start else None
        has_owner = self._owner_before(rdoc, j) is not None or (j >= 2 and _is_possessive(doc[j - 1])) or (j - 1) in rdoc.by_token
        if title and not has_owner and not self._blocked(doc, j):
            return title
        if title is None and span.end + 2 < len(doc) and doc[span.end].text == ",":
            k = span.end + 1 + (doc[span.end + 1].lower_ in ("a", "an"))
            e = k
            while e < len(doc) and fold(doc[e].text) in self.title_vocab and e not in rdoc.by_token:
                e += 1
            if e > k and e < len(doc) and doc[e].is_punct and not self._blocked(doc, k):
                return self._title_at(list(doc[k:e]))
        return None

    def _own_country_delegations(self, rdoc, document, groups, found: list[Relation]) -> list[Relation]:
        """ "Kenya's Health Minister Grace Wambui, who led her country's delegation": the country
        is the one state whose office the person holds."""
        out = []
        for token in rdoc.tokens(self.lex["delegation_nouns"]):
            verb = token.head
            if token.dep_ != "dobj" or verb.lemma_.lower() not in ("lead", "head"):
                continue
            country = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("country", "nation")), None)
            if country is None or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in country.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            people = self._entities(rdoc, subject, groups) if subject is not None else []
            if len(people) != 1 or people[0][1] != "person" or not self.asserted(verb):
                continue
            state = self._office_state(people[0][0], found)
            if state is not None:
                r = self._relation("leads-delegation", people[0], (state, "state"),
                                   self._evidence(document, verb, "delegation-of-own-country"))
                if r:
                    out.append(r)
        return out

    def _office_state(self, person: str, found: list[Relation]) -> str | None:
        """The one state whose office ``person`` holds, by the relations found so far."""
        states = {r.target for r in found if r.source == person and r.relation == "holds-office" and r.target.startswith("state:")}
        return states.pop() if len(states) == 1 else None

    def _delegations_of_office(self, rdoc, document, groups, found: list[Relation]) -> list[Relation]:
        """A delegation that names no owner, "led by" someone: it is the state of whoever sent it
        ("Somali President Hassan Sheikh Mohamud sent a delegation led by Defence Minister Ahmed
        Fiqi") or else of the office its leader holds ("teams led by Armenian Foreign Minister
        Ararat Mirzoyan")."""
        out = []
        for token in rdoc.tokens(("delegation", "delegations", "team", "teams", "side")):
            if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.i in rdoc.by_token or c.text[:1].isupper() or c.dep_ == "poss")
                   for c in token.children) or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
                continue  # "the Chinese delegation", "its delegation", "a delegation of US lawmakers": owned
            led = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head") and c.tag_ == "VBN"), None)
            by = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is None or not self.asserted(led):
                continue
            leaders = [p for p in self._entities(rdoc, pobj, groups) if p[1] == "person"]
            sender = None
            if token.dep_ == "dobj" and token.head.lemma_.lower() in ("send", "dispatch"):
                verb = token.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None and verb.dep_ == "conj":  # "Fiala stayed in Prague and sent ..."
                    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                senders = self._entities(rdoc, subject, groups) if subject is not None else []
                if len(senders) == 1 and senders[0][1] == "person":
                    sender = self._office_state(senders[0][0], found)
                elif senders:
                    continue  # a state or organisation that sends is the clause rules' business
            ev = self._evidence(document, led, "delegation-of-office")
            for leader in leaders:
                state = sender or self._office_state(leader[0], found)
                r = self._relation("leads-delegation", leader, (state, "state"), ev) if state else None
                if r:
                    out.append(r)
        return out

    def _delegation_titles(self, rdoc, document, found: list[Relation]) -> list[Relation]:
        """Someone with an office title who leads a state's delegation holds that state's office
        ("The Russian delegation will be led by Deputy Foreign Minister Alexander Grushko")."""
        doc = rdoc.doc
        out = []
        for r in found:
            if r.relation != "leads-delegation" or not r.target.startswith("state:"):
                continue
            for i, m in rdoc.by_token.items():
                span = rdoc.spans[i]
                if m.key != r.source or i != span.start or not (r.evidence.start <= span.start_char < r.evidence.end):
                    continue
                title = self._ownerless_title(rdoc, span)
                if title and title[0] == "holds-office":
                    rel = self._relation("holds-office", (m.key, "person"), (r.target, "state"),
                                         self._evidence(document, doc[i], "title-of-delegation-head"), role=title[1])
                    if rel:
                        out.append(rel)
        return out
