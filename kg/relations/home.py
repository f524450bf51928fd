"""The state an article is set in, read off the whole document: the part of :class:`~kg.relations.context.Context`
that looks at every state the text names (counts, dateline, masthead, states paired side by side)
rather than at one sentence. Rules that give a title or an envoy's host from the setting use it.
The states the document's demonyms name ("Dominican" beside "Dominica") are read here too.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from kg.gazetteer import fold

__all__ = ["HomeState", "OPENING_LINES", "names_head"]

OPENING_LINES = 3  # a page's masthead, headline and dateline: the lines before its story


class HomeState:
    """Mixed into :class:`~kg.relations.context.Context`, whose ``doc``, ``rdoc``, ``gaz``, ``lex``,
    ``knowledge``, ``earlier``, ``found``, ``_home``, ``_state_counts`` and ``_demonyms`` it reads."""

    def home_state(self) -> str | None:
        """The state an article is set in, when it is about one state: the state its names,
        nationality adjectives and cities point to, at least twice, while every other state it
        names is explained by a stated relation (the owner of an office, an envoy's sender: "the
        ambassadors of Canada and Peru") or named at most once, and then only if the home state
        is named three times as often. None for articles about two or more states alike."""
        if self._home is None:
            counts = dict(self.state_counts())
            earlier = self.earlier
            dateline = self.dateline_state() if earlier is None or earlier.pieces == 0 else earlier.dateline
            if earlier is not None:
                for key, n in earlier.state_counts.items():
                    counts[key] = counts.get(key, 0) + n
            if dateline:  # "KUWAIT:", "ADDIS ABABA, June 1 (ENA) -": where the story was filed counts twice
                counts[dateline] = counts.get(dateline, 0) + 2
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            top = ranked[0] if ranked else ("", 0)
            second = ranked[1][1] if len(ranked) > 1 else 0
            dominant = top[1] >= 2 and second <= 1 and top[1] >= 3 * second or top[1] >= 6 and top[1] >= 3 * second or (
                # the only state a page names, once, in its opening lines: the publisher's or the
                # dateline's ("Office of the President of the Republic of Seychelles")
                top[1] == 1 and len(ranked) == 1 and earlier is None and (self._named_in_opening(top[0]) or self._named_in_lede(top[0])))
            # (a state named beside it far less often, "economic ties between Japan and Russia" in a
            # story about Japan's cabinet, leaves it the article's state)
            rivals = {key for key, n in ranked[1:] if 3 * n > top[1] or top[1] < 6}  # (in a short article any pairing counts)
            paired = dominant and (earlier is not None and top[0] in earlier.paired or self.paired(top[0], rivals))
            self._home = top[0] if dominant and not paired else ""
        return self._home or None

    def _named_in_lede(self, key: str) -> bool:
        """Whether the state ``key`` is named in the document's first sentence ("Zimbabwean
        President N on Monday reshuffled his cabinet ..."), the lede a news story of three
        sentences or more opens on."""
        sents = list(itertools.islice(self.doc.sents, 3))
        if len(sents) < 3:
            return False
        first = sents[0]
        return any(m.key == key and first.start_char <= m.start < first.end_char for m in self.rdoc.mentions) \
            or any(self.demonym_state(t) == key for t in first)

    def _named_in_opening(self, key: str) -> bool:
        """Whether the state ``key`` is named in a masthead or headline line of the document's
        first lines (a line that is no sentence: "Office of the President of the Republic of X"),
        before a story of more lines."""
        start, lines, heads = 0, 0, []
        text = self.doc.text
        for line in text.split("\n"):
            if line.strip():
                lines += 1
                if not line.rstrip().endswith((".", "!", "?")):
                    heads.append((start, start + len(line)))
            start += len(line) + 1
            if lines == OPENING_LINES:
                break
        if not text[start:].strip():
            return False  # a text of a few lines has no masthead apart from its story
        return any(m.key == key and a <= m.start < b for m in self.rdoc.mentions for a, b in heads)

    def state_counts(self) -> dict[str, int]:
        """How often the text names each state, by its names, nationality adjectives and cities,
        leaving out the names a stated relation explains (:meth:`_bound_tokens`)."""
        if self._state_counts is None:
            bound = self._bound_tokens()
            counts: dict[str, int] = {}
            for m in self.rdoc.mentions:
                key = m.key if m.type == "state" else self.gaz.capitals.get(fold(m.text)) if m.type == "place" else None
                if key and self.doc.char_span(m.start, m.end, alignment_mode="expand")[0].i not in bound:
                    counts[key] = counts.get(key, 0) + 1
            for ent in self.doc.ents:
                if ent.label_ == "NORP" and ent.start not in bound:
                    key = self.demonyms.get(fold(ent.text))
                    if key:
                        counts[key] = counts.get(key, 0) + 1
            self._state_counts = counts
        return self._state_counts

    def dateline_state(self) -> str | None:
        """The state of a dateline: a line of the first few that opens with a place name in capitals
        followed by a colon, comma or dash ("KUWAIT:", "NAIROBI, May 3 -")."""
        doc = self.doc
        for i in range(min(len(doc), 80)):
            if not (i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_):
                continue
            k = i
            while k < len(doc) and k - i < 4 and doc[k].is_upper and doc[k].is_alpha:
                k += 1
            if k > i and k < len(doc) and doc[k].text in (":", ",", "-", "\u2013", "\u2014", "("):
                key = self.knowledge.state_names.get(fold(doc[i:k].text))
                if key:
                    return key
        return None

    def paired(self, key: str, partners: set[str] | None = None) -> bool:
        """Is the state named side by side with another ("South Korea and Japan", "Kenya-US",
        "S. Korea, Japan"), one of ``partners`` if given? Then the article is about both."""
        doc, rdoc = self.doc, self.rdoc
        for i, m in rdoc.by_token.items():
            if m.key != key or rdoc.spans[i].start != i:
                continue
            span = rdoc.spans[i]
            neighbours = [o for t in span.root.conjuncts if (o := rdoc.mention_at(t)) is not None]
            neighbours += self.list_after(span.end, "state")
            if span.start >= 2 and doc[span.start - 1].lower_ in (",", "and", "or"):
                neighbours += self.listed_before(span.start - 2)[-1:]
            if span.end + 1 < len(doc) and doc[span.end].text in ("-", "/", "\u2013") and (span.end + 1) in rdoc.by_token:
                neighbours.append(rdoc.by_token[span.end + 1])
            if span.start >= 2 and doc[span.start - 1].text in ("-", "/", "\u2013") and (span.start - 2) in rdoc.by_token:
                neighbours.append(rdoc.by_token[span.start - 2])
            if any(o.type == "state" and o.key != key and (partners is None or o.key in partners) for o in neighbours):
                return True
        return False

    def _bound_tokens(self) -> set[int]:
        """Tokens of state names that a stated relation explains: the state of an office the text
        gives explicitly, the states listed after an envoy noun ("ambassadors of A and B"), and
        where the story's people travel to or meet ("left for Laos", "the summit in Laos")."""
        doc, rdoc = self.doc, self.rdoc
        bound: set[int] = set()
        for r in self.found:
            if r.basis != "explicit" or r.relation not in ("holds-office", "ambassador-to", "spokesperson-for"):
                continue
            for i, m in rdoc.by_token.items():
                if m.key == r.target and r.evidence.start <= m.start < r.evidence.end:
                    bound.add(i)
        for i, m in rdoc.by_token.items():
            # "left for Laos", "the ASEAN Summit in Laos", "held in Vientiane, Laos": where the
            # story's people go or meet, which says nothing of where they come from
            t = doc[i]
            if rdoc.spans[i].start != i or t.dep_ != "pobj" or t.head.lower_ not in ("for", "to", "in"):
                continue
            if t.head.head.lemma_.lower() in self.lex["destination_heads"] or t.head.lower_ == "to" \
                    and t.head.head.lemma_.lower() in self.lex["destination_heads_with_to"]:  # "a mission to Guyana" (not "the mission in Iceland")
                bound.update(range(i, rdoc.spans[i].end))
                after = rdoc.spans[i].end
                if after + 1 < len(doc) and doc[after].text == "," and (after + 1) in rdoc.by_token:
                    bound.update(range(after + 1, rdoc.spans[after + 1].end))  # "Vientiane, Laos"
        for token in rdoc.tokens(self.lex["envoy_nouns"]):
            k = token.i + 1
            if k < len(doc) and doc[k].lower_ in ("of", "from"):
                k += 1
                while k < len(doc) and (k in rdoc.by_token or doc[k].lower_ in (",", "and", "the", "as", "well")
                                        or fold(doc[k].text) in self.demonyms):
                    bound.add(k)
                    k += 1
        return bound

    @property
    def demonyms(self) -> dict[str, str]:
        """Folded demonym -> state, as the gazetteer has them, except a demonym two states share
        ("Dominican", "Congolese"): the other state's when the document names it and not the
        state the demonym usually means ("Dominican Prime Minister N" beside "Dominica")."""
        if self._demonyms is None:
            found = self.gaz.demonyms
            named = {m.key for m in self.rdoc.mentions if m.type == "state"}
            for word, others in self.gaz.shared_demonyms.items():
                chosen = [key for key in others if key in named]
                if len(chosen) == 1 and self.gaz.demonyms.get(word) not in named:
                    found = {**found, word: chosen[0]}
            self._demonyms = found
        return self._demonyms

    def demonym_state(self, token: Token) -> str | None:
        """The state a capitalised demonym at ``token`` names, of one word or more: "Kenyan",
        "South African" (the parse hangs either word on the noun), "Papua New Guinean"."""
        if not token.text[:1].isupper():
            return None
        doc = self.doc
        for start, end in ((token.i - 2, token.i + 1), (token.i - 1, token.i + 1), (token.i, token.i + 2),
                           (token.i, token.i + 1)):
            if start < token.sent.start or end > token.sent.end:
                continue
            words = doc[start:end]
            if all(w.text[:1].isupper() for w in words) and (state := self.demonyms.get(fold(words.text))):
                return state
        return None

    def modifier_owners(self, noun: Token) -> set[tuple[str, str]]:
        """The states and organisations the modifiers of ``noun`` name, within three words before
        it: "the Iraqi delegation", "15 Bangladesh ambassadors" (not "the Serbian Permanent
        Mission" read as one name, which is the mission's own)."""
        found = set()
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and noun.i - 3 <= c.i < noun.i:  # not a name far left
                m = self.rdoc.mention_at(c)
                span = self.rdoc.span_at(c) if m is not None else None
                if m is not None and m.type in ("state", "organisation") and span.start >= noun.i - 3 and span.end <= noun.i:
                    found.add((m.key, m.type))
                elif m is None and (state := self.demonym_state(c)):
                    found.add((state, "state"))
        return found

    def modifier_state(self, noun: Token) -> str | None:
        """The one state the modifiers of ``noun`` name: "the Kenyan envoys" (not "the ambassadors of Kenya")."""
        states = {key for key, type_ in self.modifier_owners(noun) if type_ == "state"}
        return states.pop() if len(states) == 1 else None

def names_head(name: str, head: str, lex) -> bool:
    """Does the folded ``name`` end in ``head``, or open with it before "of" ("Council of the Baltic
    Sea States" for "the council")? Not an organ by its last word ("Council of Ministers of the X
    Organization" is no "organization")."""
    before = name.split(" of ")[0].split()[-1]
    return head == before and head in lex["of_named_heads"] or head == name.split()[-1] and (before == head or before not in lex["organ_heads"])
