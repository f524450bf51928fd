"""holds-office from lists of office holders: each line headed by its state ("Angola: H.E. President
N"), each name under its office ("Minister of Finance:" over "Honourable N, M.P."), or an
organisation's office holders under a heading sentence.

Retrospectives and an organisation's own pages list who has held its top post: "Since the
establishment of FAO in 1945, there have been eight Directors-General:" and then one line each,
"N, United Kingdom, 1945-1948". Each line that opens with a person names one holder of the office
the heading names in the plural, for the one intergovernmental organisation the heading names. The
state on a holder's line is their nationality, not an office's owner, so it gives nothing.
"""

from __future__ import annotations

from kg.model import Relation
from kg.relations.context import Context
from kg.relations.lines import line_of
from kg.relations.offices import already_found, phrase_relations
from kg.relations.title_phrases import TitlePhrase, title_phrases
from kg.relations.titles import honorific_end, honorific_start

__all__ = ["holders_listed_under_heading", "listed_under_state", "office_line_above", "names_under_offices"]


def office_line_above(ctx: Context, span) -> list[TitlePhrase]:
    """The title phrases of the line above a name when that line is an office and a colon ("3.
    Minister of Finance, Economic Planning and Development:") and the name's line holds the name
    alone: forms of address before it, post-nominal letters after it ("Honourable N, M.P."), as
    cabinet lists are printed. [] otherwise."""
    doc = ctx.doc
    start = honorific_start(ctx, span.start)
    first, last = line_of(doc, span.start)
    while first < start and doc[first].is_space:
        first += 1
    while last > span.end and (doc[last - 1].is_space or doc[last - 1].text in (".", ";")):
        last -= 1
    if last > span.end + 1 and doc[span.end].text == "," and all(
            t.text.replace(".", "") in ctx.lex["post_nominal_letters"] for t in doc[span.end + 1 : last]):
        last = span.end
    colon = first - 1
    while colon > 0 and doc[colon].is_space:
        colon -= 1
    if first != start or last != span.end or colon <= 0 or doc[colon].text != ":":
        return []
    top = line_of(doc, colon)[0]
    while top < colon and (doc[top].is_space or doc[top].like_num or doc[top].text in (".", ")") or doc[top].text in ctx.lex["list_bullets"]):
        top += 1  # the item's number: "3.", "2)"
    phrases = title_phrases(ctx, top, colon)
    return phrases if phrases and phrases[0].start == top and phrases[-1].end == colon else []


def names_under_offices(ctx: Context) -> list[Relation]:
    """A cabinet list printed office over name ("Vice President of the Republic of Malawi:" over
    "Right Honourable Dr. N"): the person holds the office, and the owner it names. An office
    that names no owner is the setting's (:mod:`kg.relations.setting`)."""
    rdoc = ctx.rdoc
    out: list[Relation] = []
    for i, m in sorted(rdoc.by_token.items()):
        span = rdoc.spans[i]
        if m.type != "person" or i != span.start:
            continue
        phrases = office_line_above(ctx, span)
        if phrases and any(p.owner is not None for p in phrases):
            out += phrase_relations(ctx, (m.key, "person"), phrases, ctx.doc[i], "name-under-office")
    return out


def _heading(ctx: Context, colon: int) -> tuple[str, str] | None:
    """(organisation key, singular title) when the words before the colon at ``colon`` end a
    sentence on an office's plural ("there have been eight Directors-General:") in a sentence that
    names one intergovernmental organisation."""
    doc, rdoc = ctx.doc, ctx.rdoc
    plurals = ctx.lex["organisation_office_plurals"]
    k = colon
    words = []  # the last three words before the colon, hyphens kept: "directors - general"
    while k > 0 and (doc[k - 1].text == "-" or len(words) < 3 and not doc[k - 1].is_punct):
        k -= 1
        words.insert(0, doc[k].lower_)
    phrases = (" ".join(words[n:]).replace(" - ", "-") for n in range(len(words)))
    title = next((plurals[p] for p in phrases if p in plurals), None)
    if title is None:
        return None
    sent = doc[colon].sent
    orgs = {m.key for i, m in rdoc.by_token.items() if sent.start <= i < colon and m.type == "organisation"
            and ctx.kind(m.key) in ("intergovernmental", "agency-or-body")}
    return (orgs.pop(), title) if len(orgs) == 1 else None


def holders_listed_under_heading(ctx: Context) -> list[Relation]:
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for colon in (t.i for t in rdoc.tokens((":",))):
        heading = _heading(ctx, colon)
        if heading is None or "\n" not in doc.text[doc[colon].idx : doc[colon].idx + 3]:
            continue  # the list starts on the next line
        org, title = heading
        k = colon + 1
        while k < len(doc):
            if doc[k].is_space:
                k += 1
                continue
            first, end = line_of(ctx.doc, k)
            start = next((j for j in range(first, end) if not (doc[j].is_space or doc[j].is_punct or doc[j].text in ("•", "·"))), None)
            if start is None:
                k = max(end, k + 1)
                continue
            start = honorific_end(ctx, start, end)
            while start + 1 < end and doc[start].lower_.rstrip(".") in ctx.lex["honorifics"] and start not in rdoc.by_token:
                start += 1  # "Sir N", "Dr N"
            person = rdoc.by_token.get(start)
            if person is None or person.type != "person" or rdoc.spans[start].start != start:
                if doc[start].is_title and any(doc[j].text == "," and (m := rdoc.by_token.get(j + 1)) is not None and m.type == "state"
                                               for j in range(start, end - 1)):
                    k = max(end, k + 1)
                    continue  # a line of the same shape whose name the NER missed: the list goes on
                break  # the list ends at the first line that does not open with a name
            r = ctx.relation("holds-office", (person.key, "person"), (org, "organisation"),
                             ctx.evidence(doc[start], "holder-listed-under-office"), role=title, basis="context")
            if r:
                out.append(r)
            k = max(end, k + 1)
    return out


def listed_under_state(ctx: Context) -> list[Relation]:
    """Attendance lists that head each line with its state: "Angola: H.E. President N",
    "Zambia: Honourable Mr. N, Minister of Foreign Affairs": the state owns the office the line
    gives without an owner."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    headings = []  # (state token, the token after the heading)
    for token in rdoc.tokens((":",)):
        state = rdoc.by_token.get(token.i - 1)
        if state is not None and state.type == "state":
            headings.append((token.i - 1, token.i + 1))
    if len(headings) >= 2:  # in such a list a heading may lose its colon: "Malawi H.E. President N"
        for i, m in rdoc.by_token.items():
            span = rdoc.spans[i]
            if m.type == "state" and i == span.start and span.end < len(doc) and doc[span.end].text != ":" \
                    and honorific_end(ctx, span.end, len(doc)) > span.end:
                headings.append((span.end - 1, span.end))
    for k, after in sorted(set(headings)):
        state = rdoc.by_token[k]
        first = rdoc.spans[k].start
        if first > 0 and not (doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_ or doc[first - 1].text in ("\n", ";")):
            continue  # the state must begin its line
        start = honorific_end(ctx, after, len(doc))
        phrases = title_phrases(ctx, start, len(doc))
        name_at = honorific_end(ctx, phrases[-1].end, len(doc)) if phrases else start
        if phrases and name_at < len(doc) and doc[name_at].text == "," and phrases[-1].end == name_at:
            name_at = honorific_end(ctx, name_at + 1, len(doc))  # "Deputy Prime Minister, N, Minister of ..."
        person = rdoc.by_token.get(name_at)
        if person is None or person.type != "person" or rdoc.spans[name_at].start != name_at:
            continue
        roles = [p.role for p in phrases if p.owner is None and p.relation in ("holds-office", "ambassador-to")]
        end = rdoc.spans[name_at].end
        if not phrases and end + 1 < len(doc) and doc[end].text == ",":
            trailing = title_phrases(ctx, end + 1, doc[end].sent.end)
            roles = [p.role for p in trailing if p.owner is None and p.relation in ("holds-office", "ambassador-to")][:1]
        # a capital before the colon is a dateline ("New Delhi: External Affairs Minister N left for
        # Tashkent"): the sender's capital in a ministry's release, the venue in an agency's report
        # ("Riyadh: N, Minister of Foreign Affairs, took part"), so the office rests on the setting
        dateline = not state.alias
        ev = ctx.evidence(doc[name_at], "title-under-dateline" if dateline else "title-under-state-heading")
        for role in roles[:1]:
            if not already_found(ctx, person.key, "holds-office", state.key, ev.start):
                r = ctx.relation("holds-office", (person.key, "person"), (state.key, "state"), ev, role=role,
                                 basis="context" if dateline else "explicit")
                if r:
                    out.append(r)
    return out
