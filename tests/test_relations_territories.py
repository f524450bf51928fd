"""part-of (kg/relations/territories.py): a territory and the state it belongs to, by a possessive
("Moldova's Transnistria region"), a territory noun in apposition ("Abkhazia, a breakaway region
of Georgia,") or in the name ("the Donetsk region of Ukraine"). A place that only modifies what
is possessed ("Russia's Black Sea Fleet") is not the state's territory.

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. Annexations are clause patterns (test_relations_clauses.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence

# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # a possessive over a list of territories; a territory noun in apposition
    ("Russia annexed Ukraine's Donetsk, Luhansk and Kherson regions in 2022.",
     {("place:luhansk", "part-of", "state:ukraine"), ("place:kherson", "part-of", "state:ukraine"), ("state:russia", "annexed", "place:kherson")}, set()),
    ("Transnistria, a breakaway region of Moldova, is tense.", {("place:transnistria", "part-of", "state:moldova")}, set()),
    ("Transnistria, a former region of Moldova, is tense.", set(), {("place:transnistria", "part-of", "state:moldova")}),
    # a name that is no territory
    ("India would not endorse China's Belt and Road Initiative.", set(), {("place:belt and road initiative", "part-of", "state:china")}),
    # "Russia's Black Sea Fleet": the sea names the fleet, it is not Russia's territory
    ("Ukraine struck naval targets in Sevastopol, home to Russia's Black Sea Fleet.",
     set(), {("place:black-sea", "part-of", "state:russia")}),
    # a place that only modifies what is possessed
    ("The gap lies between Belarus and Russia's Baltic exclave of Kaliningrad.", set(), {("place:baltic", "part-of", "state:russia")}),
    ("Khalid Mehmood Shah, Pakistan's Indus commissioner, told the court.", set(), {("place:indus", "part-of", "state:pakistan")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
