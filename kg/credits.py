"""Datelines, bylines and agency credits: who filed a story, from where and when. The agency,
the aggregator and the reporter are no one in the story, so :mod:`kg.debris` drops them; the
place and date stay for the story's setting.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "PLAIN_DATELINE", "SLUG", "agency_credits", "without_credit"]


# A wire dateline opens a story: place in capitals, optional date, the agency in brackets and a
# dash ("BRUSSELS, April 4 (Reuters) -", "UNITED NATIONS (AP) —"). It names no one in the story.
# Wire services tag story types before the headline ("ANALYSIS-Bigger BRICS struggles ...").
SLUG = re.compile(r"^(?:ANALYSIS|EXCLUSIVE|FACTBOX|INSIGHT|EXPLAINER|FEATURE|COLUMN|BREAKINGVIEWS|REFILE|CORRECTED|"
                   r"UPDATE \d+|WRAPUP \d+|WRAPUP|POLL|TIMELINE|QUOTEBOX|BRIEF)-(?=\S)")
DATELINE = re.compile(r"^[A-Z][A-Z.'/\- ]{2,}(?:,[^()\n]{1,40})?\s*\([A-Za-z][\w .&/-]{0,30}\)\s*[-\u2013\u2014]+\s*")

#: A dateline without the agency, at the start of a lead paragraph (never a short headline such
#: as "NATO - Russia talks end"): capitalised place words, an optional ", Country", then a dash.
PLAIN_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s+[-\u2013\u2014]{1,2}\s+(?=[A-Z\"\u201c])"
)


# A dateline in any case credits its agency after the place or date: "Havana, January 29 (RHC) --",
# "Jeddah (Example News - 23th Nov, 2021)", "Cairo, Mar 4, 2020, SPA --", "February 10, 2020
# (SSNN)--", "ABC (August 4, 2014):", "Guatemala City, by Jane Roe -AGN-.", sometimes after an
# aggregator's own credit ("(Aggregator- Example Agency) Cairo, ..."). The agency, the aggregator and
# the reporter are no one in the story: they go, and the place and date stay for the story's setting.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:{_MONTH} ?\d{{1,2}}(?:st|nd|rd|th)?|"
         rf"\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})(?:,? \d{{4}})?")
_PLACE = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?: \[[A-Z][\w ]{1,30}\]|, [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2})?"
_DASH = r"(?:[-\u2013\u2014]+:?|:)"  # "--", ":", and "--:" as some wires print it
_CREDITED = re.compile(
    rf"^(?:\([A-Z][^()]{{1,40}}\) )?(?P<head>{_PLACE}(?P<date>,? {_DATE})?|{_DATE})"
    rf"(?:(?P<paren>,? ?\([A-Z][^()]{{0,60}}\) ?(?P<dash>{_DASH})? ?)"
    rf"|(?P<caps>, [A-Z]{{2,8}} ?{_DASH} ?)"
    rf"|(?P<byline>, by [A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){{0,3}} ?-[A-Z]{{2,8}}-\.? ?))"
    r"(?=[A-Z\"\u201c\u2018'])"
)
# An aggregator's credit that opens a line, its source's acronym in brackets inside it ("(MENAFN-
# Example News Agency (ENA)) Leaders met ..."), and a byline right after it ("... (ENA)) By Jane Roe", "By Ali bin Omar").
_AGGREGATOR = re.compile(r"^\([A-Z]{3,12}- ?[^()]{1,40}(?:\([A-Z]{2,10}\))?\) ?(?:By [A-Z][\w.'\u2019-]+(?: (?:[a-z]{2,3} )?[A-Z][\w.'\u2019-]+){1,3}$)?")
_CREDIT_ONLY = re.compile(rf"^[A-Z]{{2,8}} \((?P<date>{_DATE})\) ?{_DASH} ?(?=[A-Z\"\u201c\u2018'])")
_HAS_DATE = re.compile(_DATE)
# A byline before the dateline ("By Example Online, Kathmandu, Mar. 21: ..."): the writer or the
# outlet is no one in the story; the place and date stay.
_BYLINE_BEFORE_DATELINE = re.compile(rf"^By [A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){{0,3}}, (?={_PLACE},? {_DATE})")


# A wire service's credit that closes a sentence ("... has started its work in Moscow, Kazinform
# reports."): the outlet that reports the story is no actor in it.
_CLOSING_CREDIT = re.compile(r", [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2} (?:reports|reported|writes|informs)\.$")


# A photo credit that closes a caption ("... arrive for the summit. Photo: Jane Roe", "... -
# Picture by John Doe", "... Image Credit: Supplied", "... Courtesy Example Government"): the
# photographer is no one in the story; the caption stays.
_PHOTO_CREDIT = re.compile(r"(?:(?<=[.!?)\u201d\"]) | [-|\u2013\u2014] )(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Pic)(?: [Cc]redits?)? ?(?:by|:|/)"
                           r"|Credits? ?:|Courtesy(?: of)?) ?[A-Z][\w.'\u2019-]*(?: (?:[a-z]{2,3} )?[A-Z][\w.'\u2019-]*){0,3}\.?$")


def agency_credits(agencies: str) -> tuple[re.Pattern[str], ...]:
    """A known agency's name after a dateline's place and date, with no bracket or dash ("Tehran,
    Feb 15, IRNA Iran's ..."; "Geneva, May 3, UN officials said" keeps its "UN"), one glued
    before the place with a hyphen ("APA-Addis Ababa (Ethiopia) Ten countries ...", "APA-Baku:"),
    one after a place in capitals and a full stop ("ASTANA. KAZINFORM The meeting ..."), and one
    between the place's comma and a dash ("Windhoek, SANF \u2013 The summit ...").
    Agency names are matched as written, the place and date as in ``_CREDITED``."""
    name = rf"(?:{agencies})"
    after_date = re.compile(rf"^(?P<head>{_PLACE},? {_DATE}),? {name}(?P<end>,? ?(?:{_DASH} ?)?)(?=[A-Z\"\u201c\u2018'])")
    glued = re.compile(rf"^{name}-(?P<head>{_PLACE}(?: \([A-Z][\w .]{{1,30}}\))?)(?::| ?{_DASH})? (?=[A-Z\"\u201c\u2018'])")
    after_place = re.compile(rf"^(?P<head>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){{0,2}})\. {name}(?P<end>,? ?(?:{_DASH} ?)?) (?=[A-Z\"\u201c\u2018'])")
    # "Windhoek, Southern African News Features \u2013 No matter ...": the place, a comma, the agency and a dash
    place_comma = re.compile(rf"^(?P<head>{_PLACE}), {name} ?{_DASH} ?(?=[A-Z\"\u201c\u2018'])")
    return after_date, glued, after_place, place_comma


def without_credit(line: str, agency: tuple[re.Pattern[str], ...] | None = None) -> str:
    """The line without the agency credit of a dateline it opens with (see above), and without one
    that closes it (", Kazinform reports.")."""
    line = _CLOSING_CREDIT.sub(".", line)
    line = _PHOTO_CREDIT.sub("", line)
    line = _BYLINE_BEFORE_DATELINE.sub("", _AGGREGATOR.sub("", line))
    if agency is not None:
        for pattern in agency:
            found = pattern.match(line)
            if found:
                return f"{found['head']} \u2013 {line[found.end():]}"
    found = _CREDIT_ONLY.match(line)
    if found:
        return f"{found['date']} \u2013 {line[found.end():]}"
    found = _CREDITED.match(line)
    if found is None or found["caps"] and not found["date"]:
        return line
    if found["paren"] and not (found["date"] or _HAS_DATE.search(found["paren"])) and (
            not found["dash"] or found["paren"].strip(" ()-\u2013\u2014:") == "".join(w[0] for w in found["head"].split() if w[0].isupper() and w != "The")):
        return line  # "African Union (AU) Commission ...", "The East African Community (EAC) -": acronyms, not credits
    return f"{found['head']} \u2013 {line[found.end():]}"
