"""Regional bodies, UN and AU bodies, treaties and territories that international news names,
found by the gazetteer's entity ruler (a blank English pipeline, no statistical model), with the
longer name winning over a shorter one inside it.
"""

from __future__ import annotations

import pytest
import spacy

from kg.nlp import ruler_patterns
from kg.resolve import resolve_mentions


@pytest.fixture(scope="module")
def ruler_nlp(gazetteer):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "validate": False})
    ruler.add_patterns(ruler_patterns(gazetteer, nlp.tokenizer))
    return nlp


def keys(nlp, text):
    return {ent.ent_id_ for ent in nlp(text).ents}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("M23 rebels seized the town.", {"org:m23"}, set()),
        ("The March 23 Movement denied it.", {"org:m23"}, set()),
        ("The WCPFC set new tuna catch limits.", {"org:wcpfc"}, set()),
        ("Delegates of the Western and Central Pacific Fisheries Commission met.", {"org:wcpfc"}, set()),
        ("The AUC chairperson visited Pretoria.", {"org:african-union-commission"}, set()),
        ("He chairs the NAM summit.", {"org:non-aligned-movement"}, set()),
        ("Hanoi is the capital of Viet Nam.", {"state:vietnam"}, {"org:non-aligned-movement"}),
        ("The director of ALECSO was re-elected.", {"org:alecso"}, set()),
        ("The AUDA-NEPAD chief executive spoke.", {"org:auda-nepad"}, set()),
        ("The RJMEC and the CTSAMVM reported ceasefire violations.", {"org:rjmec", "org:ctsamvm"}, set()),
        ("The SCO Regional Anti-Terrorist Structure met in Tashkent.", {"org:sco-rats"}, {"org:sco"}),
        ("The Supreme Eurasian Economic Council met in Bishkek.", {"org:supreme-eurasian-economic-council"},
         {"org:eaeu"}),
        ("The Eurasian Economic Commission proposed new tariffs.", {"org:eurasian-economic-commission"}, {"org:eaeu"}),
        ("The Cooperation Council for the Arab Gulf States met.", {"org:gcc"}, set()),
        # a treaty named after an organisation is the treaty, not the organisation
        ("The Treaty on the Eurasian Economic Union came into force in 2015.", {"treaty:eaeu-treaty"}, {"org:eaeu"}),
        ("Dili deposited its instrument of accession to the ASEAN Charter.", {"treaty:asean-charter"}, {"org:asean"}),
        ("They signed the Treaty on the Southeast Asia Nuclear Weapon-Free Zone.", {"treaty:treaty-of-bangkok"}, set()),
        # a treaty whose name holds another treaty's name is the longer one
        ("Chad signed the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading "
         "Treatment or Punishment.", {"treaty:optional-protocol-to-the-convention-against-torture"},
         {"treaty:convention-against-torture"}),
        ("Chad ratified the International Convention for the Protection of All Persons from Enforced Disappearance.",
         {"treaty:convention-on-enforced-disappearance"}, set()),
        ("The Front for the Liberation of Saguia el Hamra and Rio de Oro (Polisario) rejected it.",
         {"org:polisario-front"}, set()),
        # territories
        ("The ministers discussed Greater Tunb, Lesser Tunb and Abu Musa.",
         {"place:greater-tunb", "place:lesser-tunb", "place:abu-musa"}, set()),
        ("Leaders of the Cook Islands, Niue and Tokelau attended.",
         {"state:cook-islands", "state:niue", "place:tokelau"}, set()),
        ("Premiers of the British Virgin Islands and the Turks and Caicos Islands met in Bermuda.",
         {"place:british-virgin-islands", "place:turks-and-caicos-islands", "place:bermuda"}, {"place:virgin islands"}),
        ("Denmark sold the Danish West Indies, now the U.S. Virgin Islands, including St. Croix.",
         {"place:united-states-virgin-islands", "place:saint-croix"}, set()),
        ("French Polynesia and Wallis and Futuna are French territories.",
         {"place:french-polynesia", "place:wallis-and-futuna"}, set()),
        ("He visited the Karabakh region.", {"place:nagorno-karabakh"}, set()),
        ("The president visited Shusha on Friday.", {"place:shusha"}, set()),
    ],
)
def test_names_are_found_and_the_longer_name_wins(ruler_nlp, text, present, absent):
    found = keys(ruler_nlp, text)
    assert present <= found, found
    assert not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a secretariat is a body of its organisation, like a commission or a council
        ("The statement came from the ASEAN Secretariat in Jakarta.", {"org:asean secretariat"}, {"org:asean"}),
        ("The Commonwealth Secretariat sent observers.", {"org:commonwealth secretariat"}, {"org:commonwealth"}),
        # the common noun stays a common noun
        ("The secretariat will publish the report.", set(), {"org:secretariat"}),
    ],
)
def test_a_secretariat_of_a_known_organisation_is_its_own_body(extractor, text, present, absent):
    doc = extractor.nlp(text)
    found = {m.key for m in resolve_mentions(doc, extractor.gazetteer).mentions}
    assert present <= found, found
    assert not (absent & found), found
