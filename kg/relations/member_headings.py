"""member-of from a list of members one state a line, under the line that heads it: "Current
OPEC Members" then "- Algeria", "- Angola"; a sentence that ends on the members and a colon ("SADC
is a community of the following Member States:", "... the Founder Members of the Organization:");
and, right under such a list, "These countries were later joined:" and the states joined since
("- Qatar (1961)"). Observers, former or associate members under a heading are not members.
"""

from __future__ import annotations

import re

from kg.model import Mention, Relation
from kg.relations.arguments import YEAR, names_from
from kg.relations.context import Context
from kg.relations.lines import line_of, lines_after
from kg.relations.memberships import members_of

__all__ = ["members_in_a_table", "members_on_a_labelled_line", "members_under_heading"]


def members_under_heading(ctx: Context) -> list[Relation]:
    """A heading line that names an organisation's members ("Current OPEC Members", "Member
    States of ECOWAS"), then one state a line, bullets allowed: each is a member. Observers,
    former or associate members under such a heading are not, and a line that is not a state's
    name alone ends the list."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out = []
    above: tuple[Mention, int] | None = None  # the organisation of the last list read, and where that list ended
    for token in rdoc.tokens(("members", "states", "countries", "joined")):
        start, end = line_of(doc, token.i)
        words = [t for t in doc[start:end] if not t.is_space]
        basis = "explicit"
        if token.lower_ == "joined":
            # "These countries were later joined:" right under a list of an organisation's
            # members: the states listed next joined it too
            if above is None or above[1] != start or not _ends_on_joined(words, token) or not ctx.asserted(token, "negation-only"):
                continue
            org, basis = above[0], "context"
        else:
            # a heading ("Current OPEC Members"), or a sentence that ends on the members' noun and a
            # colon ("SADC is a community of the following Member States:", "... founded in 1960 by
            # five countries, the Founder Members of the Organization:")
            introduced = words[-1].text == ":" and ctx.asserted(token, "negation-only") and (
                len(words) <= 16 and words[-2].i == token.i or _members_of_the_organisation(ctx, words, token))
            if not (2 <= len(words) <= 7 and not any(t.pos_ in ("VERB", "AUX") for t in words) or introduced) or not any(
                    t.lower_ in ("member", "members") for t in words):
                continue
            if any(t.lower_ in lex["non_member_words"] for t in words) or ctx.non_member(token):
                continue
            orgs = {m.key: m for t in words if (m := rdoc.mention_at(t)) is not None and m.type == "organisation"}
            if introduced and len(orgs) > 1:  # "SADC is a Regional Economic Community of ...": the one kg knows
                orgs = {key: m for key, m in orgs.items() if key in ctx.gaz.entries}
            if not orgs and len(words) <= 5 and (bloc := ctx.only_bloc_before(token)) is not None and not _grouping_since(ctx, bloc, start):
                orgs, basis = {bloc.key: bloc}, "context"  # "Founding members:" on a page about the one bloc it named before
            if len(orgs) != 1:
                continue
            org = next(iter(orgs.values()))
        members: list[Mention] = []
        k = end
        for first, stop, items in lines_after(doc, end, lex["list_bullets"]):
            k = first
            while items and items[0].like_num and len(items) > 1:
                items = items[1:]  # "1. Algeria"
            if introduced and items:  # the sentence's list goes on line by line: "Republic of Angola,", "and Zimbabwe."
                names, last = names_from(ctx, items[0].i)
                if not members and len(names) >= 2 and last >= items[-1].i:  # or on one line: "A, B, C and D."
                    members = [m for m in names if m.type == "state"]
                    break
                items = items[items[0].lower_ == "and" :]
                items = items[: -1] if len(items) > 1 and items[-1].text in (",", ";", ".") else items
            left = False
            inner = items[(opening.i - items[0].i) + 1 : -1] if len(items) > 3 and items[-1].text == ")" and (
                opening := next((t for t in reversed(items) if t.text == "("), None)) is not None else []
            year = next((k for k, t in enumerate(inner) if YEAR.match(t.text)), None)
            if year is not None and year <= 3 and all(t.is_lower for t in inner[:year]):
                # "Qatar (1961)", "East Germany (in 1956)", "Germany (1955, as West Germany)": the year it
                # joined; "Albania (left in 1961)": no member since (but "(suspended in 2016)" is one still)
                left = any(t.lemma_.lower() in lex["withdraw_verbs"] and t.lemma_.lower() != "suspend" for t in inner[:year])
                items = items[: opening.i - items[0].i]
            if len(items) > 1 and items[0].lower_ == "the":
                items = items[1:]  # "- The United Arab Emirates"
            m = rdoc.mention_at(items[0]) if items else None
            span = rdoc.span_at(items[0]) if m is not None else None
            # (or the state, a dash and its delegate: "Cambodia \u2013 Prime Minister Hun Sen")
            dashed = span is not None and span.end < items[-1].i and doc[span.end].text in ("-", "\u2013", "\u2014", ":")
            if m is None or m.type != "state" or span.start != items[0].i or span.end != items[-1].i + 1 and not dashed:
                break
            if not left:
                members.append(m)
            k = stop
        if len(members) >= 2 or members and token.lower_ == "joined":  # (one state may join later)
            out += members_of(ctx, members, org, ctx.evidence(token, "members-under-heading"), basis=basis)
            above = (org, k)
    return out


def _grouping_since(ctx: Context, bloc: Mention, start: int) -> bool:
    """Does the text between the bloc's last mention and the heading at ``start`` bring in another
    grouping ("the ministers launched a new shipping initiative")? Its members may be the heading's."""
    last = max((m.end for m in ctx.rdoc.mentions if m.key == bloc.key and m.end <= ctx.doc[start].idx), default=0)
    return any(t.idx >= last and t.lower_ in ctx.lex["new_grouping_nouns"] and t.dep_ != "attr" for t in ctx.doc[:start])  # (not "X is a forum")


def _ends_on_joined(words, token) -> bool:
    """ "These countries were later joined:", "... have since been joined by:", or a bare heading
    of those who joined after the founders: "Joined later:", "Members that joined later:"."""
    if words[-1].text != ":":
        return False
    if {t.lower_ for t in words[:-1]} <= {"joined", "later", "subsequently", "afterwards", "members", "countries", "states", "that", "which", "who"}:
        return True
    return (words[-2].i == token.i or words[-2].lower_ == "by" and words[-3].i == token.i) \
        and any(t.lower_ in ("were", "was", "been") for t in words[:-2])


def _members_of_the_organisation(ctx: Context, words, token) -> bool:
    """A long sentence that ends on "members of" an organisation and a colon: "... by five
    countries, the Founder Members of the Organization:"."""
    rest = [t for t in words[:-1] if t.i > token.i]
    if not rest or rest[0].lower_ != "of":
        return False
    named = rest[-1].i in ctx.rdoc.by_token or rest[-1].lower_ in ctx.lex["generic_bloc_nouns"]
    return named and all(t.lower_ in ("of", "the") or t.i in ctx.rdoc.by_token or t.i == rest[-1].i for t in rest)


def _organisation_heading_above(ctx: Context, start: int, lines: int = 8):
    """The organisation whose name alone makes a line among the ``lines`` lines above token
    ``start`` ("The Arab League", "Asia-Pacific Economic Co-operation (APEC)"), or that opens the
    paragraph right above as its only organisation ("The Arab League is a voluntary association
    ..."): the section a line of a fact sheet belongs to; None if no such line comes first."""
    doc, rdoc = ctx.doc, ctx.rdoc
    k, nearest = start, True
    while k > 0 and lines > 0:
        first, end = line_of(doc, k - 1)
        k = first
        words = [t for t in doc[first:end] if not t.is_space]
        if not words:
            continue
        lines -= 1
        named = {m.key: m for t in words if (m := rdoc.mention_at(t)) is not None}
        rest = [t for t in words if rdoc.mention_at(t) is None and t.lower_ != "the" and t.text not in ("(", ")")]
        opener = words[words[0].lower_ == "the" and len(words) > 1]
        if len(named) == 1 and (not rest or nearest and rdoc.mention_at(opener) is not None):
            m = next(iter(named.values()))
            return m if m.type == "organisation" and ctx.kind(m.key) == "intergovernmental" else None
        nearest = False
    return None


def members_on_a_labelled_line(ctx: Context) -> list[Relation]:
    """A fact sheet's line "Member countries (21): A, B, ...", "Membership (8): ..." or "Members: A, B" under a line that
    names the organisation alone: the states listed are its members (all of them if a count is
    given: a list longer than its count is something else)."""
    doc, rdoc = ctx.doc, ctx.rdoc
    out: list[Relation] = []
    for token in rdoc.tokens(("members", "countries", "states", "nations", "membership")):
        start, end = line_of(doc, token.i)
        words = [t for t in doc[start:end] if not t.is_space]
        if len(words) > 1 and words[0].lower_ == "member" and words[1].i == token.i:
            i = 2
        elif words and words[0].i == token.i and token.lower_ in ("members", "membership"):  # "Membership (8): A, B, ..."
            i = 1
        else:
            continue
        count, colon = None, None
        if i + 2 < len(words) and words[i].text == "(" and words[i + 1].text.isdigit() and words[i + 2].text in (")", "):"):
            count, i = int(words[i + 1].text), i + 3
            colon = words[i - 1].i if words[i - 1].text == "):" else None  # "(21):" may come as one token
        elif i + 1 < len(words) and words[i].text == "(" and words[i + 1].text[:-1].isdigit() and words[i + 1].text[-1] == ")":
            count, i = int(words[i + 1].text[:-1]), i + 2  # "(8):" tokenised "(", "8)", ":"
        if colon is None and i < len(words) and words[i].text in (":", "-", "\u2013"):
            colon = words[i].i
        if not words[0].is_title or colon is None:
            continue
        listed, _ = names_from(ctx, colon + 1)
        members = [m for m in listed if m.type == "state"]
        org = _organisation_heading_above(ctx, start) if len(members) >= 2 and (count is None or len(members) <= count) else None
        if org is not None:
            out += members_of(ctx, members, org, ctx.evidence(token, "members-labelled-line"))
    return out


_CELL = re.compile(r"^(?:[|*:()\u2013-]+|\d{4}\*?|\d{4}[\u2013-]\d{4}|\d{4}[\u2013-])$")  # "|", "---", "1949*", "(", "1951-1991"
_RANGE = re.compile(r"^\d{4}[\u2013-]\d{4}$")


def _row_states(ctx: Context, items) -> tuple[list[Mention], bool] | None:
    """The states a row of a table or grid names ("Albania | 2009 | Lithuania | 2004 |", "Iran
    Japan Korea"), and whether the row holds a span of years ("(1951-1991)": members once); None
    when the row holds anything else. A row of years alone names no state."""
    rdoc = ctx.rdoc
    states: list[Mention] = []
    spanned = False
    k = unknown = 0
    while k < len(items):
        t = items[k]
        if _CELL.match(t.text):
            between = t.text in ("-", "\u2013") and 0 < k < len(items) - 1 and YEAR.match(items[k - 1].text) and YEAR.match(items[k + 1].text)
            spanned = spanned or bool(_RANGE.match(t.text) or between)
            k += 1
            continue
        m = rdoc.mention_at(t)
        span = rdoc.span_at(t) if m is not None else None
        if (m is None or m.type == "place") and t.is_alpha and (t.is_title or t.is_upper) and unknown < 3:
            unknown += 1  # a cell kg cannot name as a state ("Korea" in a grid of names): passed over
            k += 1
            continue
        if m is None or m.type != "state" or span.start != t.i:
            return None
        states.append(m)
        k += sum(1 for u in items[k:] if u.i < span.end)
    return (states, spanned) if len(states) >= 2 or not unknown else None


def members_in_a_table(ctx: Context) -> list[Relation]:
    """A heading that names an organisation's members or countries ("The Colombo Plan Member
    Countries", "Current NATO Countries and the Years They Joined:"), then a table or grid of
    states: rows of names with the years they joined, pipes between cells. A few lines of notes
    or column heads may come first; a row whose years run from one to another ("Canada
    (1951-1991)") names members no longer, and the first other line ends the table."""
    doc, rdoc, lex = ctx.doc, ctx.rdoc, ctx.lex
    out: list[Relation] = []
    for token in rdoc.tokens(("members", "countries", "states", "nations")):
        start, end = line_of(doc, token.i)
        words = [t for t in doc[start:end] if not t.is_space]
        before_verb = words[: next((n for n, t in enumerate(words) if t.pos_ in ("VERB", "AUX")), len(words))]
        if not 2 <= len(words) <= 12 or token not in before_verb or any(t.lower_ in lex["non_member_words"] for t in words):
            continue
        orgs = {m.key: m for t in before_verb if (m := rdoc.mention_at(t)) is not None and m.type == "organisation"}
        if len(orgs) != 1 or ctx.kind(next(iter(orgs))) != "intergovernmental" or ctx.non_member(token):
            continue
        org = next(iter(orgs.values()))
        members: list[Mention] = []
        row: list[Mention] = []
        preamble = 3
        for _first, _stop, items in lines_after(doc, end, lex["list_bullets"]):
            read = _row_states(ctx, items)
            if read is None or not read[0] and not members and not read[1] and not all(_CELL.match(t.text) for t in items):
                if members or preamble == 0 or any(rdoc.mention_at(t) is not None for t in items):
                    break
                preamble -= 1  # "Note: * indicates a founding member", "Country | Joined |"
                continue
            states, spanned = read
            if spanned:
                members = [m for m in members if m not in row]  # the row above them: members from one year to another
            members += states
            row = states or row
        members = list({m.key: m for m in members}.values())
        if len(members) >= 3:
            out += members_of(ctx, members, org, ctx.evidence(token, "members-in-a-table"))
    return out
