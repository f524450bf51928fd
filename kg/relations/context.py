"""What every relation rule works on: one resolved document and the helpers all rules share.

A rule is a plain function ``(context) -> Iterable[Relation]`` (see ``kg/relations/__init__.py``).
The :class:`Context` holds the parsed document, its mentions indexed by token, what kg knows
(gazetteer and word lists, as :class:`Knowledge`), the relations earlier rules found, and the
small readings of news prose that many rules need: the names in this or the previous sentence, a
list of names after a word, a possessive, a definite description ("the bloc") of an organisation
named before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, fold
from kg.model import Evidence, Mention, Relation
from kg.relations.home import HomeState, names_head
from kg.relations.lines import BareWords
from kg.relations.membership_changes import membership_changes
from kg.relations.modality import asserted
from kg.relations.patterns import SCHEMA
from kg.resolve import ResolvedDoc

__all__ = ["Context", "EarlierPieces", "Knowledge", "is_possessive"]

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def is_possessive(token: Token) -> bool:
    """ "'s", or a bare apostrophe after a plural ("the United States' envoy"), which the
    small models tag as a closing quote."""
    return token.tag_ == "POS" or token.text in ("'s", "\u2019s") or (
        token.text in ("'", "\u2019") and token.i > 0 and token.doc[token.i - 1].text.endswith("s")
        and not token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_alpha)


@dataclass
class Knowledge:
    """What the rules know, loaded once per extractor: the gazetteer, the word lists of
    ``kg/data/lexicon.json`` (lists as sets) and the words that may stand in an office title."""

    gaz: Gazetteer
    lex: dict = field(init=False)
    title_vocab: set = field(init=False)
    patterns: dict = field(default_factory=dict)  # clause pattern id -> Pattern
    matcher: object = None  # the DependencyMatcher of the clause patterns

    honorific_phrases: list = field(init=False)  # word tuples, longest first: ("his", "excellency")
    honorifics_by_first: dict = field(init=False)  # first word -> the phrases above it opens, in their order
    state_names: dict = field(init=False)  # folded name, alias or capital -> state key
    organisation_names: dict = field(init=False)  # folded name or alias -> organisation key

    def __post_init__(self) -> None:
        self.lex = {k: frozenset(v) if isinstance(v, list) else v for k, v in self.gaz.lexicon.items()}
        self.title_vocab = set(self.lex["title_modifiers"]) | self.gaz.title_words
        self.honorific_phrases = sorted((tuple(p.split()) for p in self.lex.get("honorific_phrases", ())),
                                        key=lambda words: (-len(words), words))
        self.honorifics_by_first = {}
        for words in self.honorific_phrases:
            self.honorifics_by_first.setdefault(words[0], []).append(words)
        self.state_names = {fold(n): e.key for e in self.gaz.entries.values() if e.type == "state" for n in (e.name, *e.aliases)}
        self.state_names.update({k: v for k, v in self.gaz.capitals.items() if k not in self.state_names})
        self.organisation_names = {fold(n): e.key for e in self.gaz.entries.values() if e.type == "organisation" for n in (e.name, *e.aliases)}


@dataclass
class EarlierPieces:
    """What the rules keep from the earlier pieces of a document too long to parse at once
    (:mod:`kg.pieces`): the organisations and treaties named so far, for "the bloc" and "the
    treaty" at the start of a piece; the counts behind the article's home state; and the
    memberships the document says ended or resumed. Plain data, a few entries per entity."""

    named: dict[str, dict[str, Mention]] = field(default_factory=lambda: {"organisation": {}, "treaty": {}})
    state_counts: dict[str, int] = field(default_factory=dict)
    dateline: str | None = None
    paired: set[str] = field(default_factory=set)
    ended: set[tuple[str, str]] = field(default_factory=set)
    back: set[tuple[str, str]] = field(default_factory=set)
    pieces: int = 0

    def named_before(self, type_: str) -> list[Mention]:
        """The organisations or treaties named so far, one mention each, the latest named last."""
        return list(self.named[type_].values())

    def add(self, ctx: Context) -> None:
        """Remember what the rules need from the piece ``ctx`` has just read."""
        for m in ctx.rdoc.mentions:
            if m.type in self.named:
                self.named[m.type].pop(m.key, None)
                self.named[m.type][m.key] = m  # in the order of their latest mention
        counts = ctx.state_counts()
        for key, n in counts.items():
            self.state_counts[key] = self.state_counts.get(key, 0) + n
        self.paired.update(key for key in counts if ctx.paired(key))
        if self.pieces == 0:
            self.dateline = ctx.dateline_state()
        ended, back = ctx.membership_changes
        self.ended |= ended
        self.back |= back
        self.pieces += 1


class Context(HomeState):
    """One resolved document as the rules see it."""

    def __init__(self, rdoc: ResolvedDoc, document: str, knowledge: Knowledge):
        self.rdoc = rdoc
        self.doc: Doc = rdoc.doc
        self.document = document
        self.knowledge = knowledge
        self.gaz = knowledge.gaz
        self.lex = knowledge.lex
        self.title_vocab = knowledge.title_vocab
        self.found: list[Relation] = []  # what the rules before the current one found
        self.groups: dict = {}  # named groups and unnamed lists of states (kg.relations.arguments)
        self.earlier: EarlierPieces | None = None  # a piece of a long document: what came before it
        self.clause_titles: dict[int, list[tuple[str, str]]] = {}  # ownerless offices clauses give, by the name's first token
        self._home: str | None = None
        self._state_counts: dict[str, int] | None = None
        self._demonyms: dict[str, str] | None = None

    # ------------------------------------------------------------------ making relations
    def evidence(self, token: Token, rule: str) -> Evidence:
        sent = token.sent
        return Evidence(self.document, sent.text.strip(), sent.start_char, sent.end_char, rule)

    @staticmethod
    def year(token: Token) -> str:
        """A year the sentence states, the one nearest the trigger first."""
        sent = token.sent
        years = [t.text for t in sent if _YEAR.match(t.text) and t.ent_type_ == "DATE"]
        near = [t.text for t in token.subtree if _YEAR.match(t.text) and t.ent_type_ == "DATE"]
        return (near or years or [""])[0]

    def relation(self, rel, source, target, evidence, role="", date="", basis="explicit") -> Relation | None:
        """The relation, or None when its ends are one entity, of types the schema does not join,
        or a membership the document says ended (:attr:`ended_memberships`)."""
        (s_key, s_type), (t_key, t_type) = source, target
        allowed_s, allowed_t = SCHEMA[rel]
        if s_key == t_key or s_type not in allowed_s or t_type not in allowed_t:
            return None
        if rel == "member-of" and s_type == "state":  # "the General Assembly admitted South Sudan": the UN's plenary, the UN's members
            t_key = self.lex["plenary_bodies"].get(t_key, t_key)
        if rel == "member-of" and (s_key, t_key) in self.ended_memberships:  # "Britain left the EU in 2020. Britain was a member"
            return None
        if rel == "member-of" and s_type == "state" and t_key not in self.gaz.entries and t_key.split()[-1] in self.lex["government_heads"]:
            return None  # "members of the South African Government", "the Transitional Federal Government": people, not states
        if t_type == "organisation" and rel in ("holds-office", "affiliated-with", "leads-delegation") and t_key not in self.gaz.entries \
                and t_key.split(":", 1)[1] in self.lex["bare_chamber_words"]:
            return None  # "House Deputy Speaker N": "the House" alone is every legislature's, a node that would join them all
        if t_type == "organisation" and (rel in ("holds-office", "spokesperson-for") and self.unowned_body(t_key) and self.home_state() is None
                                         or rel in ("holds-office", "affiliated-with") and self.household_body(t_key)):
            return None  # "Secretary of the Ministry of Foreign Affairs N" in a story of seven states: whose? "Minister of the Royal Office N": the state's office
        return Relation(s_key, rel, t_key, evidence, role=role, date=date, basis=basis)

    def household_body(self, key: str) -> bool:  # "the Royal Office", "the Office of the President": a ruler's household
        words = key.split(":", 1)[1].split() if key.startswith("org:") and key not in self.gaz.entries else []
        words = words[:1] if len(words) > 3 and words[1:3] == ["of", "the"] and " ".join(words[3:]) in self.gaz.title_words else words
        return bool(words) and words[-1] in self.lex["household_body_heads"] and set(words) <= set(self.lex["household_body_words"])

    def unowned_body(self, key: str) -> bool:
        """A government body the text tied to no state ("the Foreign Ministry"): its node would merge every state's."""
        name = key.split(":", 1)[1] if key.startswith("org:") and key not in self.gaz.entries else ""
        office = re.fullmatch(r"([a-z ]+) s office", name)  # "the Minister's Office": whose minister?
        if office and all(w in self.gaz.title_words for w in office.group(1).split()):
            return True
        return bool(re.fullmatch(r"(?:ministry|department) of (?!the )[a-z ]+|[a-z]+ ministry", name)) and " of " not in name[12:]

    @cached_property
    def bare_words(self) -> BareWords:
        """Every token's lower-case text without its closing stops ("H.E." -> "h.e"), the form
        the honorific phrases are written in."""
        return BareWords(self.doc)

    @cached_property
    def ended_memberships(self) -> set[tuple[str, str]]:
        """(member, organisation) pairs whose membership the document says ended: "Britain left
        the EU", "Mali quit ECOWAS", "Russia was expelled from the Council of Europe", "ECOWAS
        suspended Guinea", "Russia ceases to be a member"; unless it also says the member came back ("rejoined", "was
        readmitted", "lifted Guinea's suspension"). Only asserted acts count ("threatened to
        leave" ends nothing)."""
        ended, back = self.membership_changes
        if self.earlier is not None:
            ended, back = ended | self.earlier.ended, back | self.earlier.back
        return ended - back

    @cached_property
    def membership_changes(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """The (member, organisation) pairs this text says ended, and those it says came back
        (:func:`kg.relations.membership_changes.membership_changes`)."""
        return membership_changes(self)

    def asserted(self, trigger: Token, mode: str = "full", *, scheduled: bool = False) -> bool:
        return asserted(trigger, self.lex, mode, scheduled=scheduled)

    def blocked(self, index: int) -> bool:
        """A title blocker ("former", "ex-", "would-be") in the three words before ``index``;
        "then" only right before it ("the then President", not "He then welcomed President X")."""
        doc = self.doc
        return any(doc[i].lower_ in self.lex["title_blockers"] and (doc[i].lower_ != "then" or self._then_before(i, index))
                   for i in range(max(0, index - 3), index))

    def past_office(self, index: int) -> bool:
        """A title marked as one held before ("former", "ex-", "the late", "the then") in the three
        words before ``index``: still an office held, named as a former one."""
        doc = self.doc
        if any(doc[i].lower_ in self.lex["past_title_markers"] and (doc[i].lower_ != "then" or self._then_before(i, index))
               for i in range(max(0, index - 3), min(index, len(doc)))):
            return True
        k = min(index, len(doc)) - 1  # "ex-South Africa president N": the marker before the title's owner
        while k > 0 and (m := self.rdoc.by_token.get(k)) is not None and m.type in ("state", "organisation"):
            k = self.rdoc.spans[k].start - 1
        return k < index - 1 and k > 0 and doc[k].text == "-" and doc[k - 1].lower_ in self.lex["past_title_markers"]

    def _then_before(self, i: int, index: int) -> bool:
        """ "the then President", "then-Speaker": "then" right before the title or hyphened to it."""
        return i == index - 1 or i + 1 < len(self.doc) and self.doc[i + 1].text == "-"

    def office_blocked(self, index: int) -> bool:
        """A title blocker that is not a mark of the past: the office is not (yet) held."""
        doc = self.doc
        return any(doc[i].lower_ in self.lex["title_blockers"] and doc[i].lower_ not in self.lex["past_title_markers"]
                   for i in range(max(0, index - 3), min(index, len(doc))))  # (a name and a comma may end the text)

    def heads_of_state(self, token: Token) -> bool:
        """ "Heads of State [and Government]" at ``token``, not "heads of delegation"."""
        doc = self.doc
        return token.lower_ == "heads" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" \
            and doc[token.i + 2].lower_ in ("state", "states")

    def non_member(self, token: Token) -> bool:
        """A membership word qualified as something short of membership: "an associate member",
        "the three observer states", "a future member", "non-member states", "candidate members"
        (the three words before it, and the modifiers of the phrase's head)."""
        doc, words = self.doc, self.lex["non_member_qualifiers"]
        kinds = self.lex["members_after_non"]

        def short_of(t) -> bool:  # "non-permanent members" are members; "non-member states" are not
            return t.lower_ in words and not (t.lower_ == "non" and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2010")
                                              and doc[t.i + 2].lower_ in kinds)

        head = token.head if token.dep_ == "compound" else token  # "observer member states"
        return any(short_of(doc[i]) for i in range(max(0, token.i - 3), token.i)) or any(
            short_of(c) for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i)

    # ------------------------------------------------------------------ names near a word
    @staticmethod
    def window_start(token: Token) -> int:
        """The first token of the sentence before ``token``'s (or of its own, the first one)."""
        start = token.sent.start
        return token.doc[start - 1].sent.start if start > 0 else start

    def named_before(self, token: Token, type_: str) -> dict[str, Mention]:
        """The entities of ``type_`` named in this or the previous sentence before ``token``."""
        window = self.window_start(token)
        return {m.key: m for i, m in self.rdoc.by_token.items() if window <= i < token.i and m.type == type_}

    def only_organisation_before(self, token: Token) -> tuple[str, str] | None:
        """ "It" as a subject: the one organisation named in this or the previous sentence."""
        found = self.named_before(token, "organisation")
        if len(found) != 1 or self.named_before(token, "state"):
            return None
        return (next(iter(found)), "organisation")

    def only_state_before(self, token: Token) -> tuple[str, str] | None:
        """ "Its" before a title: the one state named in this or the previous sentence."""
        found = self.named_before(token, "state")
        return (next(iter(found)), "state") if len(found) == 1 else None

    def previous_subject(self, token: Token) -> Mention | None:
        """The named subject of the previous sentence's main verb, for an "it" that opens its
        own sentence before any name: a sentence that goes on about its subject calls it "it"
        ("The CIS was formed in 1991. At first it consisted of ...")."""
        rdoc, start = self.rdoc, token.sent.start
        if start == 0 or any(i in rdoc.by_token for i in range(start, token.i)):
            return None
        root = self.doc[start - 1].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return rdoc.mention_at(subject) if subject is not None else None

    def only_bloc_before(self, token: Token) -> Mention | None:
        """The one intergovernmental organisation the document has named before ``token``."""
        earlier = {m.key: m for m in self.named_in_earlier_pieces("organisation") if self.kind(m.key) == "intergovernmental"}
        earlier.update((m.key, m) for m in self.rdoc.mentions if m.type == "organisation" and m.start < token.idx
                       and self.kind(m.key) == "intergovernmental")
        if len(earlier) == 1 and any(m.type == "treaty" and m.start < token.idx and self._called_a_bloc(m) for m in self.rdoc.mentions):
            return None  # "RCEP, the world's largest trade bloc" is a bloc too: "the grouping" may be either
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _bloc_just_named(self, token: Token) -> Mention | None:
        """ "Moscow hosted a summit of the CSTO. The regional security grouping comprises ...": the
        one intergovernmental organisation the sentence before names (a treaty called a bloc counts
        as another), when the sentence of ``token`` names none before it."""
        doc, sent = self.doc, token.sent
        if sent.start == 0:
            return None
        previous = doc[sent.start - 1].sent
        pacts = {m.key for m in self.rdoc.mentions if m.type == "treaty" and m.start < token.idx and self._called_a_bloc(m)}
        blocs = {m.key: m for m in self.rdoc.mentions if previous.start_char <= m.start < token.idx and (
            m.type == "organisation" and self.kind(m.key) == "intergovernmental" or m.key in pacts)}
        if len(blocs) != 1 or any(m.start >= sent.start_char for m in blocs.values()):
            return None
        named = [m for m in self.rdoc.mentions if m.key in blocs and previous.start_char <= m.start < previous.end_char]
        if not any((span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                   and span.root.dep_ not in ("compound", "poss", "amod", "nmod") for m in named):
            return None  # "The IMF chief spoke.", "UN Secretary-General N attended.": the bloc only qualifies someone
        only = next(iter(blocs.values()))
        return only if only.type == "organisation" else None

    def _called_a_bloc(self, m: Mention) -> bool:
        """A treaty's name followed by an apposition that calls it a bloc ("the Regional Comprehensive
        Economic Partnership (RCEP), the world's largest trade bloc")."""
        doc = self.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        k = self.after_acronym(span.end) if span is not None else len(doc)
        if k >= len(doc) or doc[k].text != ",":
            return False
        for t in doc[k + 1 : min(len(doc), k + 9)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                return False
            if t.lower_ in self.lex["generic_bloc_nouns"]:
                return True
        return False

    def named_in_earlier_pieces(self, type_: str) -> list[Mention]:
        """The organisations or treaties (``type_``) named in the earlier pieces of a long
        document, the latest named last; none for a document read whole."""
        return self.earlier.named_before(type_) if self.earlier is not None else []

    def antecedent(self, token: Token) -> Mention | None:
        """ "He" is the last person named before it in this or the previous sentence, provided
        that only one person was named there (two candidates make the pronoun ambiguous)."""
        people = self.named_before(token, "person")
        return next(iter(people.values())) if len(people) == 1 else None

    def kind(self, key: str) -> str:
        """The gazetteer's kind of a known organisation ("intergovernmental", "ngo", ...), else ""."""
        return getattr(self.gaz.entries.get(key), "kind", "")

    def is_civil(self, key: str) -> bool:
        """Think tanks, NGOs, media, companies and parties employ people; states and
        intergovernmental bodies give them offices. Unknown organisations count as civil."""
        entry = self.gaz.entries.get(key)
        if entry is None:  # an organisation kg does not know: public bodies are named by their head, the last
            name = key.split(":", 1)[-1]  # word ("Foreign Ministry") or the last before "of" ("Sovereignty Council of Sudan")
            words = re.split(r" (?:of|for) ", name, maxsplit=1)[0].split()
            return not words or words[-1] not in self.lex["public_body_heads"]
        return entry.kind not in ("intergovernmental", "agency-or-body", "armed-group", "")

    # ------------------------------------------------------------------ lists and possessives
    def list_after(self, end: int, type_: str) -> list[Mention]:
        """Entities of ``type_`` coordinated after a mention ending at ``end``: ", B, C and D"."""
        doc, rdoc = self.doc, self.rdoc
        found: list[Mention] = []
        k = self.after_acronym(end)  # "Iraq (chair), Saudi Arabia, ...", "the Democratic Republic of the Congo (DRC), Angola"
        semicolons = k < len(doc) and doc[k].text == ";"  # "Australia; Brunei; ...", ended by a clause ("; Malaysia joined")
        while k + 1 < len(doc) and (doc[k].lower_ in (",", "and", "&") or semicolons and doc[k].text == ";"):  # "A, B & C"
            k += 1
            if doc[k].lower_ == "and":
                k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            nxt = rdoc.by_token.get(k)
            if nxt is None and (skip := self._unnamed_item(k)) is not None:
                k = skip  # "the European Union, the Eurozone, NATO": an item that names no entity
                continue
            if nxt is None or nxt.type != type_ and not (type_ == "state" and self.kind(nxt.key) == "territory") or k >= len(doc):
                break  # (a territory among states is passed over: "Tonga, Tokelau, American Samoa and Samoa")
            item = k
            k = self.after_acronym(rdoc.spans[k].end)  # "the Democratic Republic of the Congo (DRC), Angola"
            if k < len(doc) and is_possessive(doc[k]):
                break  # ", Trump's Middle East envoy": a possessor, not a list item
            if k < len(doc) and doc[k].pos_ in ("AUX", "VERB") and (doc[item].dep_ in ("nsubj", "nsubjpass") or semicolons):
                break  # "a member of the EU, IMF is headed by ...": the next clause's subject
            if nxt.type == type_:
                found.append(nxt)
        return found

    def _unnamed_item(self, k: int) -> int | None:
        """The separator after a capitalised list item at ``k`` that is no entity ("the Eurozone",
        "the Schengen Area"): up to three capitalised words, then "," or "and"; else None."""
        doc, rdoc = self.doc, self.rdoc
        for j in range(k + 1, min(k + 4, len(doc) - 1)):
            if doc[j].lower_ in (",", "and"):
                words = doc[k:j]
                if all(t.is_alpha and t.text[:1].isupper() and t.i not in rdoc.by_token and t.pos_ in ("PROPN", "NOUN") for t in words):
                    return j
                return None
        return None

    def after_acronym(self, k: int) -> int:
        """The token after a parenthesised acronym or name at ``k`` ("(DRC)"), else ``k``."""
        doc = self.doc
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and (
                doc[k + 1].text.isupper() or k + 1 in self.rdoc.by_token or doc[k + 1].lower_ in self.lex["bracketed_list_roles"]):
            return k + 3  # also a role in brackets: "Iraq (chair), Saudi Arabia"
        if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].lower_ in ("former", "formerly") and k + 2 in self.rdoc.by_token:
            close = self.rdoc.spans[k + 2].end
            if close < len(doc) and doc[close].text == ")":
                return close + 1  # "Eswatini (formerly Swaziland), Mali": a former name
        return k

    def listed_before(self, index: int) -> list[Mention]:
        """The entities of a list ending at token ``index`` ("Mali and Burkina Faso")."""
        doc, rdoc = self.doc, self.rdoc
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

    def possessed(self, mention_end: int) -> Mention | None:
        """In "annexed Ukraine's Crimean Peninsula" the object is the peninsula, not Ukraine."""
        doc, rdoc = self.doc, self.rdoc
        if mention_end < len(doc) and is_possessive(doc[mention_end]):
            for i in range(mention_end + 1, min(mention_end + 4, len(doc))):
                m = rdoc.by_token.get(i)
                if m:
                    return m
                if not (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].ent_type_ == "NORP"):
                    return None
        return None

    def possessed_list(self, mention_end: int) -> list[Mention]:
        """ "Ukraine's Donetsk, Luhansk and Kherson regions": the possessive covers the whole list."""
        doc, rdoc = self.doc, self.rdoc
        owned = self.possessed(mention_end)
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

    def spaced_dash(self, j: int) -> bool:
        """A dash set off by spaces ("Tuvalu - the three forum members -"), not a hyphen; also a close
        em dash ("states\u2014A and B\u2014") and a hyphen glued before a space ("the member states- A")."""
        doc = self.doc
        if doc[j].text == "\u2014" or doc[j].text == "-" and doc[j].whitespace_ != "" and j > 0 and doc[j - 1].is_alpha:
            return True
        return doc[j].text in ("-", "--", "\u2013") and doc[j].whitespace_ != "" and j > 0 and doc[j - 1].whitespace_ != ""

    def after_based(self, k: int) -> int | None:
        """ "the Almaty-based think-tank": where the text goes on after a name that only says
        where something is, or None when the name at ``k`` is not one."""
        doc, span = self.doc, self.rdoc.spans.get(k)
        if span is not None and span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based":
            return span.end + 2
        return None

    # ------------------------------------------------------------------ definite descriptions
    def described_organisation(self, token: Token) -> Mention | None:
        """The organisation a definite description at ``token`` names ("the council"), as a mention."""
        described = self.nominal(token)
        if described is None or described[1] != "organisation":
            return None
        return Mention(described[0], "", "organisation", token.text, token.idx, token.idx)

    def nominal(self, token: Token) -> tuple[str, str] | None:
        """A definite description of an organisation named earlier in the document:
        "the alliance" is NATO and "the West African bloc" ECOWAS (gazetteer nominals); "the
        council" is the last-named organisation whose name ends in "Council"; "the bloc" or
        "the 15-member bloc" is the last-named intergovernmental organisation.
        """
        rdoc, edge = self.rdoc, token.left_edge
        while edge.i > 0 and edge.pos_ == "ADJ" and self.doc[edge.i - 1].pos_ in ("ADJ", "DET"):
            edge = self.doc[edge.i - 1]  # "The South Asian regional bloc groups": the article hung on the next noun
        definite = any(c.lower_ in ("the", "this") for c in token.children) or (
            token.dep_ == "compound" and any(c.lower_ == "the" for c in token.head.children)) or (  # "the forum members"
            edge.lower_ in ("the", "this") and edge.dep_ == "det"  # "The [regional security] grouping"
            and not any(is_possessive(t) for t in self.doc[edge.i : token.i]))  # not "the organization's agreement"
        if token.pos_ not in ("NOUN", "PROPN") or not definite:
            return None
        if token.pos_ == "PROPN" and token.is_title and token.i > token.sent.start and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ in ("NUM", "PROPN") for g in c.children) for c in token.children):
            return None  # "the Group of 15", "the Organisation of Islamic Cooperation": a name kg does not know, no anaphor
        earlier = self.named_in_earlier_pieces("organisation")
        earlier += [m for m in rdoc.mentions if m.type == "organisation" and m.start < token.idx]
        modifiers = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        compounds = [c for t in modifiers if t.dep_ == "compound" for c in (*[g for g in t.lefts if g.dep_ == "compound"], t)]
        named = [m for t in compounds if (m := rdoc.mention_at(t)) is not None]  # "the AUKUS security partnership"
        if named and (fold(token.text) in self.lex["described_body_heads"] or fold(token.text) in self.lex["time_nouns"]):
            # "the wider CARIFORUM grouping" is CARIFORUM, not the last bloc named before it; "the NATO
            # membership action plan" is no organisation at all ("join the EU days after": a misparse)
            return (named[-1].key, named[-1].type) if named[-1].type == "organisation" else None
        if named:
            return None
        phrase = fold(" ".join([t.text for t in modifiers] + [token.text]))
        for candidate in (phrase, fold(token.text)):
            key = self.gaz.nominals.get(candidate)
            if key and (" " in candidate or any(m.key == key for m in earlier)):
                return (key, "organisation")
        head = fold(token.lemma_ or token.text)
        if fold(token.text) in self.lex["generic_bloc_nouns"]:
            head = fold(token.text)  # "grouping", which the model may lemmatise as "group"
        if head in self.lex["treaty_heads"] and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                rdoc.mention_at(g) is not None for g in c.children) for c in token.children):
            return None  # "the Charter of the Organization of American States": named by what it is of, no anaphor
        if head in self.lex["treaty_heads"]:  # "the treaty, signed by Russia and the United States"
            treaties = self.named_in_earlier_pieces("treaty")
            treaties += [m for m in rdoc.mentions if m.type == "treaty" and m.start < token.idx]
            return (treaties[-1].key, "treaty") if treaties else None
        for m in reversed(earlier):
            entry = self.gaz.entries.get(m.key)  # "the council": the last "... Council" or "Council of ..."
            names = [m.label, *(entry.aliases if entry is not None else ())]  # "the community" for SADC
            if head in self.lex["generic_bloc_nouns"]:
                names = [m.label]  # "the organization" is not the UN for its alias "United Nations Organization"
            if any(names_head(fold(name), head, self.lex) for name in names if name.strip()) \
                    and head not in self.lex["government_heads"] and token.tag_ not in ("NNS", "NNPS"):  # not "the Ministers" for a "Council of Ministers"
                return (m.key, "organisation")
        if head in self.lex["generic_bloc_nouns"]:
            # "the bloc" when the document has named exactly one intergovernmental organisation,
            # or one far more often than any other (the organisation the article is about: "the
            # grouping" of a story that names the G20 five times and the IMF once)
            bloc = self.only_bloc_before(token) or self.dominant_bloc_before(token) or self._bloc_just_named(token)
            if bloc is not None:
                return (bloc.key, "organisation")
        if head in self.lex["near_bloc_nouns"]:  # "this forum": the one bloc named in this sentence or the one before
            near = [k for k in self.named_before(token, "organisation") if self.kind(k) == "intergovernmental"]
            if len(near) == 1:
                return (near[0], "organisation")
        return None

    def dominant_bloc_before(self, token: Token) -> Mention | None:
        """The intergovernmental organisation named before ``token`` at least three times and
        at least twice as often as any other."""
        counts: dict[str, list] = {}
        for m in self.rdoc.mentions:
            if m.type == "organisation" and m.start < token.idx and self.kind(m.key) == "intergovernmental":
                counts.setdefault(m.key, []).append(m)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < 3 or (len(ranked) > 1 and len(ranked[0]) < 2 * len(ranked[1])):
            return None
        return ranked[0][0]

