"""Clause patterns (kg/relations/clauses.py, kg/data/patterns.jsonl): "X joined Y", "X is a member of
Y", "Y was annexed by X", "X was represented by <title> Y"; and the pattern files themselves.

Hand-built parses first (the pattern, not the model, is under test), then sentences on the real
model. Negation and modality are in test_relations_modality.py, what an argument stands for
(lists, pronouns, "the bloc") in test_relations_arguments.py.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence, hand_parse
from kg.gazetteer import DataFileError
from kg.relations import load_patterns
from kg.resolve import resolve_mentions

# (word, head, dep, tag, pos, lemma)
ANNEX = [
    ("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
    ("annexed", 1, "ROOT", "VBD", "VERB", "annex"),
    ("Ukraine", 4, "poss", "NNP", "PROPN", "Ukraine"),
    ("'s", 2, "case", "POS", "PART", "'s"),
    ("Crimea", 1, "dobj", "NNP", "PROPN", "Crimea"),
    ("in", 1, "prep", "IN", "ADP", "in"),
    ("2014", 5, "pobj", "CD", "NUM", "2014"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def test_annexation_takes_the_possessed_territory_and_gives_part_of(blank_vocab, rules, gazetteer):
    doc = hand_parse(
        blank_vocab,
        ANNEX,
        ents=[(0, 1, "GPE", "state:russia"), (2, 3, "GPE", "state:ukraine"), (4, 5, "LOC", "place:crimea"), (6, 7, "DATE", None)],
    )
    relations = rules.extract(resolve_mentions(doc, gazetteer), "d")
    got = {(r.source, r.relation, r.target) for r in relations}
    assert ("state:russia", "annexed", "place:crimea") in got
    assert ("place:crimea", "part-of", "state:ukraine") in got
    assert ("state:russia", "annexed", "state:ukraine") not in got
    annexed = next(r for r in relations if r.relation == "annexed")
    assert annexed.date == "2014"
    assert annexed.evidence.rule == "annexed-active"
    assert annexed.evidence.sentence.startswith("Russia annexed")


def test_user_patterns_must_name_source_and_target(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text('{"id": "x", "relation": "member-of", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}]}\n')
    with pytest.raises(DataFileError, match=r"line 1: .*source.*target"):
        load_patterns(bad)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", r"line 1: not valid JSON"),
        ('{"id": "x", "relation": "likes", "pattern": []}', r"line 1: unknown relation 'likes'"),
        ('["a list"]', r"line 1: expected an object"),
    ],
)
def test_bad_pattern_files_name_the_line(tmp_path, line, message):
    bad = tmp_path / "p.jsonl"
    bad.write_text(line + "\n")
    with pytest.raises(DataFileError, match=message):
        load_patterns(bad)


# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # leads-delegation: passive with coordination, active
    ("The Russian delegation will be led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.",
     {("person:alexander grushko", "leads-delegation", "state:russia"), ("person:alexander fomin", "leads-delegation", "state:russia")}, set()),
    ("Deputy Secretary of State Wendy Sherman led the US team at the talks.",
     {("person:wendy sherman", "leads-delegation", "state:united-states")}, set()),
    # member-of: assertion vs aspiration
    ("Estonia, Latvia and Lithuania are members of the European Union.",
     {("state:estonia", "member-of", "org:european-union"), ("state:lithuania", "member-of", "org:european-union")}, set()),
    ("Ukraine is pushing for eventual NATO membership.",
     {("state:ukraine", "seeks-membership", "org:nato")}, {("state:ukraine", "member-of", "org:nato")}),
    # a verb conjoined to the one with the subject shares it; one with its own subject does not
    ("Russia seized the peninsula in 2014 and annexed Crimea weeks later.", {("state:russia", "annexed", "place:crimea")}, set()),
    ("Serbia did not join NATO but joined the Collective Security Treaty Organization in 2002.",
     {("state:serbia", "member-of", "org:csto")}, {("state:serbia", "member-of", "org:nato")}),
    ("Russia objected and Finland joined NATO in April 2023.", {("state:finland", "member-of", "org:nato")},
     {("state:russia", "member-of", "org:nato")}),
    # a verb conjoined to the one that has the subject and the object; an active subject for a passive verb
    ("Washington recognised Israeli sovereignty over the Golan Heights, which Israel seized from Syria in 1967 and annexed in 1981.",
     {("state:israel", "annexed", "place:golan-heights")}, set()),
    ("Finland applied in May 2022 and joined NATO in April 2023.", {("state:finland", "member-of", "org:nato")}, set()),
    ("Morocco left the OAU in 1984 in protest and was readmitted to the African Union in 2017.",
     {("state:morocco", "member-of", "org:african-union")}, set()),
    # other ways of listing members
    ("South Africa was the only African member of the G20, which brings together 19 countries and the European Union.",
     {("org:european-union", "member-of", "org:g20")}, set()),
    ("The G7 groups the United States, Japan and Germany.",
     {("state:japan", "member-of", "org:g7"), ("state:germany", "member-of", "org:g7")}, set()),
    ("The UN Security Council met on Friday. Russia and China are among the council's five permanent members.",
     {("state:russia", "member-of", "org:un-security-council"), ("state:china", "member-of", "org:un-security-council")}, set()),
    ("ASEAN groups Brunei, Cambodia and Laos.",
     {("state:brunei", "member-of", "org:asean"), ("state:laos", "member-of", "org:asean")}, set()),
    ("Indonesia became the 10th full member of BRICS on Jan. 6.", {("state:indonesia", "member-of", "org:brics")}, set()),
    ("Morocco rejoined the African Union in 2017.", {("state:morocco", "member-of", "org:african-union")}, set()),
    # other ways of stating a delegation, a membership, an office
    ("The Ukrainian delegation was led by Olha Stefanishyna, while Moldova's was headed by Cristina Gherasimov.",
     {("person:olha stefanishyna", "leads-delegation", "state:ukraine"), ("person:cristina gherasimov", "leads-delegation", "state:moldova")},
     {("person:cristina gherasimov", "leads-delegation", "state:ukraine")}),
    ("Croatia was the last country to join the EU, in 2013.", {("state:croatia", "member-of", "org:european-union")}, set()),
    ("Montenegro will be the next country to join the EU.", set(), {("state:montenegro", "member-of", "org:european-union")}),
    ("Oman was represented by Deputy Prime Minister Sayyid Shihab bin Tarik.",
     {("person:sayyid shihab bin tarik", "holds-office", "state:oman")}, {("person:sayyid shihab bin tarik", "leads-delegation", "state:oman")}),
    ("Ukraine sent Deputy Foreign Minister Mariana Betsa.", {("person:mariana betsa", "holds-office", "state:ukraine")}, set()),
    ("Ukraine sent Mariana Betsa.", set(), {("person:mariana betsa", "holds-office", "state:ukraine")}),
    ("Kenya, which angered the army, sent a delegation led by Prime Cabinet Secretary Musalia Mudavadi.",
     {("person:musalia mudavadi", "leads-delegation", "state:kenya")}, set()),
    ("Armenia remains a member of the Eurasian Economic Union.", {("state:armenia", "member-of", "org:eaeu")}, set()),
    ("The Council of the Baltic Sea States, founded in 1992, groups Denmark, Estonia and Finland.",
     {("state:denmark", "member-of", "org:council-of-the-baltic-sea-states"), ("state:finland", "member-of", "org:council-of-the-baltic-sea-states")}, set()),
    ("Ethiopia, Uganda and Rwanda are the only parties to the Entebbe Agreement and the founding members of the Nile River Basin Commission.",
     {("state:uganda", "member-of", "org:nile river basin commission")}, set()),
    # annexed: the annexed territory behind a possessive
    ("Russia annexed Ukraine's Crimean Peninsula in 2014.",
     {("state:russia", "annexed", "place:crimea"), ("place:crimea", "part-of", "state:ukraine")}, {("state:russia", "annexed", "state:ukraine")}),
    # leads-delegation: the represented state's official "who led its delegation", an official
    # sent "to head its delegation"
    ("Turkey was represented by Deputy Foreign Minister Murat Ozcan, who led its delegation.",
     {("person:murat ozcan", "leads-delegation", "state:turkey")}, set()),
    ("Mexico sent Deputy Foreign Minister Valeria Ortiz to head its delegation.",
     {("person:valeria ortiz", "leads-delegation", "state:mexico")}, set()),
    # "became the alliance's 32nd member"; "has N members: ..."
    ("Finland joined NATO in April 2023. Sweden became the alliance's 32nd member in March 2024.",
     {("state:sweden", "member-of", "org:nato"), ("state:finland", "member-of", "org:nato")}, set()),
    ("The Shanghai Cooperation Organisation met in Astana. The organisation has four members: China, Russia, India and Pakistan.",
     {("state:china", "member-of", "org:sco"), ("state:pakistan", "member-of", "org:sco")}, set()),
    # an organisation named after a state is not the state
    ("The Upper Chad Valley Commission met on Monday. The commission has six members: Cameroon, Central African Republic, Chad, Libya, Niger and Nigeria.",
     {("state:chad", "member-of", "org:upper chad valley commission"), ("state:cameroon", "member-of", "org:upper chad valley commission")}, set()),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
