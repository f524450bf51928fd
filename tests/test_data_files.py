"""The shipped knowledge files in kg/data are well formed and unambiguous.

The resolver trusts these files: a surface form that names two entities, or a demonym claimed by two
states, would silently send mentions to the wrong node. So the tests below check the properties the
resolver relies on, for every entry, rather than a sample.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources

import pytest

DATA = resources.files("kg") / "data"

ENTITY_FILES = {
    "state": "states.jsonl",
    "organisation": "organisations.jsonl",
    "treaty": "treaties.jsonl",
    "place": "places.jsonl",
}

# field -> (type, required)
FIELDS = {
    "state": {
        "id": (str, True),
        "name": (str, True),
        "aliases": (list, True),
        "demonyms": (list, True),
        "capital": (str, True),
        "capital_aliases": (list, False),
        "seats": (list, False),
        "historical": (bool, False),
        "shared_demonyms": (list, False),
    },
    "organisation": {
        "id": (str, True),
        "name": (str, True),
        "aliases": (list, True),
        "kind": (str, True),
        "nominals": (list, False),
    },
    "treaty": {
        "id": (str, True),
        "name": (str, True),
        "aliases": (list, True),
        "year": (int, True),
    },
    "place": {
        "id": (str, True),
        "name": (str, True),
        "aliases": (list, True),
        "kind": (str, True),
    },
}

ORGANISATION_KINDS = {
    "intergovernmental",
    "agency-or-body",
    "ngo",
    "media",
    "think-tank",
    "armed-group",
    "party",
    "company",
}
PLACE_KINDS = {"territory", "region", "city", "sea", "continent"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def fold(text: str) -> str:
    """Compare names the way a forgiving matcher would: no accents, case, punctuation or spaces.

    Deliberately coarser than any matcher kg uses ("U.S." and "US", "Al-Qaeda" and "al Qaeda" are
    one key), so a collision-free file stays collision-free under any of them. "+" is kept so that
    OPEC+ is not OPEC.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^\w+]|_", "", text)


def read_rows(name: str) -> list[dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict]]:
    return {type_: read_rows(name) for type_, name in ENTITY_FILES.items()}


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict[str, dict]]:
    return {type_: {row["id"]: row for row in entries} for type_, entries in rows.items()}


def surface_forms(type_: str, row: dict) -> list[str]:
    """Every string that, on its own in a text, names this entry."""
    forms = [row["name"], *row["aliases"]]
    if type_ == "state":
        forms += row["demonyms"] + row.get("seats", [])
    if type_ == "organisation":
        forms += row.get("nominals", [])
    return forms


def spelling_pairs() -> list[tuple[str, str]]:
    text = (DATA / "spelling.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines()]


# --- file format -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*ENTITY_FILES.values(), "spelling.tsv", "README.md"])
def test_file_is_utf8_text_with_unix_lines_and_final_newline(name):
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    assert not text.startswith("\ufeff"), f"{name} starts with a byte-order mark"
    assert "\r" not in text, f"{name} has CR line endings"
    assert text.endswith("\n"), f"{name} lacks a final newline"


@pytest.mark.parametrize("type_", list(ENTITY_FILES))
def test_every_line_is_one_json_object(type_):
    text = (DATA / ENTITY_FILES[type_]).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        assert line.strip(), f"{ENTITY_FILES[type_]}:{number}: blank line"
        row = json.loads(line)
        assert isinstance(row, dict), f"{ENTITY_FILES[type_]}:{number}: not an object"


@pytest.mark.parametrize("type_", list(ENTITY_FILES))
def test_fields_are_known_present_and_typed(rows, type_):
    spec = FIELDS[type_]
    for row in rows[type_]:
        unknown = set(row) - set(spec)
        assert not unknown, f"{type_} {row.get('id')}: unknown fields {sorted(unknown)}"
        for field, (kind, required) in spec.items():
            if field not in row:
                assert not required, f"{type_} {row.get('id')}: missing {field!r}"
                continue
            value = row[field]
            # bool is an int in Python; a year of true is still wrong
            assert isinstance(value, kind) and not (kind is int and isinstance(value, bool)), (
                f"{type_} {row['id']}: {field!r} should be {kind.__name__}, got {value!r}"
            )
            if kind is list:
                assert all(isinstance(v, str) for v in value), f"{type_} {row['id']}: {field!r}"
                assert len(value) == len(set(value)), f"{type_} {row['id']}: repeated {field!r}"
                if field != "aliases":
                    # an empty optional list should be left out
                    assert value or field == "demonyms", f"{type_} {row['id']}: empty {field!r}"


@pytest.mark.parametrize("type_", list(ENTITY_FILES))
def test_strings_are_trimmed_and_do_not_start_with_the(rows, type_):
    for row in rows[type_]:
        for value in [v for v in row.values() if isinstance(v, (str, list))]:
            for text in value if isinstance(value, list) else [value]:
                assert text and text == text.strip() and "  " not in text, (
                    f"{type_} {row['id']}: badly spaced {text!r}"
                )
                # matchers accept an optional leading "the" themselves
                assert not text.lower().startswith("the "), f"{type_} {row['id']}: {text!r}"


@pytest.mark.parametrize("type_", list(ENTITY_FILES))
def test_ids_are_unique_slugs_in_sorted_order(rows, type_):
    ids = [row["id"] for row in rows[type_]]
    for id_ in ids:
        assert SLUG.fullmatch(id_), f"{type_} id {id_!r} is not a slug of [a-z0-9-]"
    assert len(ids) == len(set(ids)), f"duplicate {type_} ids"
    assert ids == sorted(ids), f"{ENTITY_FILES[type_]} is not sorted by id"


@pytest.mark.parametrize("type_", list(ENTITY_FILES))
def test_name_is_not_repeated_in_aliases(rows, type_):
    for row in rows[type_]:
        assert row["name"] not in row["aliases"], f"{type_} {row['id']} lists its name as alias"


def test_state_ids_are_slugs_of_their_names(rows):
    for row in rows["state"]:
        assert row["id"] == re.sub(r"[^a-z0-9]+", "-", fold_accents(row["name"]).lower()).strip("-")


def fold_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def test_kinds_are_from_the_allowed_sets(rows):
    for row in rows["organisation"]:
        assert row["kind"] in ORGANISATION_KINDS, f"organisation {row['id']}: kind {row['kind']!r}"
    for row in rows["place"]:
        assert row["kind"] in PLACE_KINDS, f"place {row['id']}: kind {row['kind']!r}"


def test_treaty_years_are_plausible(rows):
    for row in rows["treaty"]:
        assert 1600 <= row["year"] <= 2100, f"treaty {row['id']}: year {row['year']}"


# --- ambiguity ---------------------------------------------------------------------------------


def test_no_surface_form_names_two_entities(rows):
    owners = defaultdict(set)
    for type_, entries in rows.items():
        for row in entries:
            for form in surface_forms(type_, row):
                owners[fold(form)].add(f"{type_}:{row['id']}")
    clashes = {form: sorted(keys) for form, keys in owners.items() if len(keys) > 1}
    assert not clashes, f"forms naming more than one entity: {clashes}"


def test_every_demonym_belongs_to_exactly_one_state(rows):
    owners = defaultdict(set)
    for row in rows["state"]:
        for demonym in row["demonyms"]:
            owners[fold(demonym)].add(row["id"])
    assert not {d: ids for d, ids in owners.items() if len(ids) > 1}


def test_a_shared_demonym_is_another_state_s_usual_one(rows):
    usual = {fold(d): row["id"] for row in rows["state"] for d in row["demonyms"]}
    shared = {(fold(d), row["id"]) for row in rows["state"] for d in row.get("shared_demonyms", [])}
    assert shared and all(d in usual and usual[d] != state for d, state in shared), shared


def test_every_nominal_belongs_to_exactly_one_organisation(rows):
    owners = defaultdict(set)
    for row in rows["organisation"]:
        for nominal in row.get("nominals", []):
            owners[fold(nominal)].add(row["id"])
    assert not {n: ids for n, ids in owners.items() if len(ids) > 1}


def test_every_state_has_a_capital(rows):
    for row in rows["state"]:
        assert row["capital"].strip(), f"state {row['id']} has no capital"


def test_capitals_name_one_current_state_and_no_other_entity(rows):
    other = {}
    for type_, entries in rows.items():
        for row in entries:
            for form in surface_forms(type_, row):
                other[fold(form)] = f"{type_}:{row['id']}"
    owner = {}
    for row in rows["state"]:
        if row.get("historical"):
            continue  # the Soviet Union's Moscow is Russia's Moscow
        for capital in [row["capital"], *row.get("capital_aliases", [])]:
            key = fold(capital)
            assert owner.setdefault(key, row["id"]) == row["id"], f"{capital!r}: two states"
            # a city-state's capital may share its name (Singapore), nothing else may
            assert other.get(key, f"state:{row['id']}") == f"state:{row['id']}", (
                f"capital {capital!r} of {row['id']} is also {other[key]}"
            )


def test_the_historical_states_are_the_ones_retrospectives_name(rows):
    historical = sorted(row["id"] for row in rows["state"] if row.get("historical"))
    assert historical == ["austria-hungary", "czechoslovakia", "east-germany", "federation-of-malaya", "gran-colombia", "north-vietnam", "north-yemen",
                          "ottoman-empire", "people-s-republic-of-zanzibar", "prussia", "republic-of-hawaii", "republic-of-texas", "republic-of-venice", "rhodesia",
                          "south-vietnam", "south-yemen", "soviet-union", "tanganyika", "united-arab-republic", "west-germany",
                          "yugoslavia"]
    assert all(row["historical"] is True for row in rows["state"] if "historical" in row)


# --- coverage ----------------------------------------------------------------------------------


def test_every_un_member_and_the_widely_covered_observers_are_present(rows, by_id):
    current = [row for row in rows["state"] if not row.get("historical")]
    # 193 UN members plus Palestine, the Holy See, Kosovo and Taiwan, and the Cook Islands and Niue
    # (in free association with New Zealand, they join organisations and sign treaties themselves),
    # and the Sahrawi Republic (a member of the African Union, which sends and receives envoys)
    assert len(current) == 200
    for id_ in ("palestine", "vatican-city", "kosovo", "taiwan", "soviet-union", "cook-islands", "niue",
                "sahrawi-arab-democratic-republic"):
        assert id_ in by_id["state"]


def test_organisations_cover_the_international_bodies(by_id):
    assert len(by_id["organisation"]) >= 120
    for id_ in ("nato", "european-union", "united-nations", "osce", "opec", "opec-plus", "err"):
        assert id_ in by_id["organisation"]
    assert len(by_id["treaty"]) >= 50


@pytest.mark.parametrize("type_", ["organisation", "treaty"])
def test_british_and_american_spellings_both_listed(rows, type_):
    """An organisation written "Co-operation" in London is "Cooperation" in New York: list both."""
    swap = {}
    for british, american in spelling_pairs():
        swap[british], swap[american] = american, british
    words = "|".join(sorted(map(re.escape, swap), key=len, reverse=True))
    pattern = re.compile(rf"(?<![A-Za-z])({words})(?![A-Za-z])", re.IGNORECASE)

    def recase(original: str, new: str) -> str:
        if original.isupper() and len(original) > 1:
            return new.upper()
        return new[0].upper() + new[1:] if original[0].isupper() else new

    for row in rows[type_]:
        forms = {row["name"], *row["aliases"]}
        for form in forms:
            for match in pattern.finditer(form):
                word = match.group(0)
                other = form[: match.start()] + recase(word, swap[word.lower()]) + form[match.end() :]
                assert other in forms, f"{type_} {row['id']}: {form!r} listed but not {other!r}"


def test_spelling_pairs_are_lower_case_whole_words(rows):
    pairs = spelling_pairs()
    assert len(pairs) >= 20
    for pair in pairs:
        assert len(pair) == 2, f"not british<TAB>american: {pair!r}"
        british, american = pair
        assert british != american
        for word in pair:
            assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word), f"not a lower-case word: {word!r}"
    words = [w for pair in pairs for w in pair]
    assert len(words) == len(set(words)), "a word appears in two pairs"
    for word in ("organisation", "co-operation", "centre", "defence", "programme", "labour"):
        assert word in dict(pairs)


# --- spot checks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "type_, id_, field, value",
    [
        ("state", "united-states", "aliases", "US"),
        ("state", "united-states", "aliases", "U.S."),
        ("state", "united-states", "aliases", "America"),
        ("state", "united-states", "demonyms", "American"),
        ("state", "united-states", "seats", "White House"),
        ("state", "united-states", "capital_aliases", "Washington, D.C."),
        ("state", "united-kingdom", "aliases", "Britain"),
        ("state", "united-kingdom", "demonyms", "Briton"),
        ("state", "russia", "aliases", "Russian Federation"),
        ("state", "russia", "seats", "Kremlin"),
        ("state", "ukraine", "capital_aliases", "Kiev"),
        ("state", "estonia", "aliases", "Republic of Estonia"),
        ("state", "myanmar", "aliases", "Burma"),
        ("state", "turkey", "aliases", "Türkiye"),
        ("state", "czech-republic", "aliases", "Czechia"),
        ("state", "democratic-republic-of-the-congo", "demonyms", "Congolese"),
        ("state", "soviet-union", "aliases", "USSR"),
        ("organisation", "nato", "aliases", "Nato"),
        ("organisation", "nato", "nominals", "alliance"),
        ("organisation", "osce", "aliases", "Organization for Security and Co-operation in Europe"),
        ("organisation", "osce", "aliases", "Organization for Security and Cooperation in Europe"),
        ("organisation", "osce", "aliases", "Organisation for Security and Co-operation in Europe"),
        ("organisation", "european-union", "aliases", "EU"),
        ("organisation", "european-union", "nominals", "bloc"),
        ("organisation", "associated-press", "aliases", "AP"),
        ("organisation", "err", "aliases", "Eesti Rahvusringhääling"),
        ("organisation", "err", "aliases", "Estonian Public Broadcasting"),
        ("organisation", "carnegie-moscow-center", "aliases", "Carnegie Moscow Centre"),
        ("organisation", "nato-russia-council", "aliases", "NRC"),
        ("treaty", "north-atlantic-treaty", "aliases", "Washington Treaty"),
        ("treaty", "north-atlantic-treaty", "aliases", "1949 Washington Treaty"),
        ("treaty", "minsk-agreements", "aliases", "Minsk accords"),
        ("place", "crimea", "aliases", "Crimean Peninsula"),
        ("place", "donbas", "aliases", "Donbass"),
        ("place", "donetsk", "aliases", "Donetsk Oblast"),
        ("place", "gaza-strip", "aliases", "Gaza"),
    ],
)
def test_spot_check(by_id, type_, id_, field, value):
    assert value in by_id[type_][id_].get(field, []), f"{type_} {id_}: {value!r} not in {field}"


def test_spot_check_names_and_kinds(by_id):
    assert by_id["state"]["united-states"]["capital"] == "Washington"
    assert by_id["state"]["ukraine"]["capital"] == "Kyiv"
    assert by_id["organisation"]["nato"]["name"] == "NATO"
    assert by_id["organisation"]["european-union"]["name"] == "European Union"
    assert by_id["organisation"]["opec-plus"]["name"] == "OPEC+"
    assert by_id["organisation"]["err"]["kind"] == "media"
    assert by_id["organisation"]["hamas"]["kind"] == "armed-group"
    assert by_id["treaty"]["north-atlantic-treaty"]["year"] == 1949
    assert by_id["place"]["crimea"]["kind"] == "territory"
    assert by_id["place"]["black-sea"]["kind"] == "sea"
