"""leads-delegation read through offices (kg/relations/delegations.py): "who led her country's
delegation" (the state whose office she holds), "teams led by Armenian Foreign Minister ..."
(a delegation that names no owner), and the office a delegation's head holds ("The Chilean
delegation was led by Deputy Foreign Minister Ana Torres").

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model. "The Russian delegation was led by X" itself is a clause pattern (test_relations_clauses.py).
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence

# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # the office a delegation's head holds; "her country's delegation"
    ("The Danish delegation was led by Greenland's Prime Minister Jens-Frederik Nielsen.",
     {("person:jens frederik nielsen", "leads-delegation", "state:denmark")}, {("person:jens frederik nielsen", "holds-office", "state:denmark")}),
    ("The Iranian delegation was led by Kazem Gharibabadi, a deputy foreign minister.",
     {("person:kazem gharibabadi", "leads-delegation", "state:iran"), ("person:kazem gharibabadi", "holds-office", "state:iran")}, set()),
    ("Kenya's Health Minister Grace Wambui, who led her country's delegation in Geneva, said the talks were hard.",
     {("person:grace wambui", "leads-delegation", "state:kenya")}, set()),
    ("Kenya's Health Minister Grace Wambui, who did not lead her country's delegation, said the talks were hard.",
     set(), {("person:grace wambui", "leads-delegation", "state:kenya")}),
    # a delegation with no owner is the sender's, or else of the state whose office its leader holds
    ("Czech Prime Minister Petr Fiala stayed in Prague and sent a delegation led by Foreign Minister Jan Lipavsky.",
     {("person:jan lipavsky", "leads-delegation", "state:czech-republic")}, set()),
    ("The text was negotiated by teams led by Armenian Foreign Minister Ararat Mirzoyan.",
     {("person:ararat mirzoyan", "leads-delegation", "state:armenia")}, set()),
    ("A delegation led by Foreign Minister Jan Lipavsky arrived.", set(),
     {("person:jan lipavsky", "leads-delegation", "state:czech-republic")}),
    ("A delegation that would be led by Armenian Foreign Minister Ararat Mirzoyan was proposed.", set(),
     {("person:ararat mirzoyan", "leads-delegation", "state:armenia")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
