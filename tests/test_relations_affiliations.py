"""affiliated-with (kg/relations/affiliations.py, and the job titles of kg/relations/offices.py): a
person and the non-governmental institution they speak from. "Ivan Petrov of the Carnegie Moscow
Center", "Mary Lund, a director of the legal team at Human Rights Watch,", "Olga Rus, a senior
analyst at the International Crisis Group,". States and intergovernmental bodies give offices,
not affiliations.

Hand-built parses first (the rule, not the model, is under test), then sentences on the real
model.
"""

from __future__ import annotations

import pytest

from conftest import assert_sentence

# ------------------------------------------------------------------ the real model
MODEL_CASES = [
    # "the Almaty-based think-tank PaperLab": the place says where, the name is the employer
    ('"It is bigger," said Askar Nurbekov, a political analyst at the Almaty-based think-tank PaperLab.',
     {("person:askar nurbekov", "affiliated-with", "org:paperlab")}, {("person:askar nurbekov", "affiliated-with", "org:almaty")}),
    # a job in apposition, a former one, and "Name of Institution"
    ("Olesya Vartanyan, a senior analyst at the International Crisis Group, said talks failed.",
     {("person:olesya vartanyan", "affiliated-with", "org:crisis-group")}, set()),
    ("Mary Wareham, deputy director of the arms division at Human Rights Watch, said it was a step backwards.",
     {("person:mary wareham", "affiliated-with", "org:human-rights-watch")}, set()),
    ("Alexander Gabuev, director of the Carnegie Russia Eurasia Center in Berlin, said Moscow valued the summits.",
     {("person:alexander gabuev", "affiliated-with", "org:carnegie-russia-eurasia-center")}, set()),
    ("John Smith, a former analyst at the Brookings Institution, said so.", set(),
     {("person:john smith", "affiliated-with", "org:brookings")}),
    ("The deal was criticised by Maksim Samorukov of the Carnegie Moscow Center.",
     {("person:maksim samorukov", "affiliated-with", "org:carnegie-moscow-center")}, set()),
]


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", MODEL_CASES, ids=[c[0][:40] for c in MODEL_CASES])
def test_sentence_to_triples(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
