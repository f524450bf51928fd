"""Passages in another language on an English page (a Spanish original under its translation, a
French list of titles), on lines written for the test."""

from __future__ import annotations

import pytest

from kg.debris import clean_text, parse_debris_rules

ENGLISH = "The foreign minister of Peru met his counterpart from Chile in Lima on Monday to discuss trade."


@pytest.mark.parametrize("passage", [
    "El canciller de Perú se reunió con su homólogo de Chile en Lima para discutir el comercio bilateral.",
    "Le ministre des Affaires étrangères a reçu les ambassadeurs de trois pays pour une réunion sur la paix.",
    "O presidente do Brasil participou da cimeira dos chefes de Estado em Luanda com os seus homólogos.",
])
def test_a_paragraph_in_another_language_goes(passage):
    cleaned = clean_text(f"{ENGLISH}\n\n{passage}")
    assert cleaned == ENGLISH


@pytest.mark.parametrize("sentence", [
    # names and titles of another language inside English prose stay
    "President Luiz Inacio Lula da Silva met Juan Carlos de la Cruz, head of the Comunidad de Estados "
    "Latinoamericanos y Caribenos, in the capital.",
    "The Organisation internationale de la Francophonie was represented by its secretary-general at the summit.",
    "Abdel Fattah el-Sisi and Marcelo Ebrard de la Garza were among the leaders who arrived for the talks.",
    "Bolivia's envoy Luis de la Fuente met Brazil's Pedro da Costa and Angola's Ana dos Santos.",
    "UN envoy Jean-Pierre Le Roux met UN chief Guterres, AU chief Faki and UN rights chief Turk.",
    "New ambassadors: Maria da Graca dos Santos (Angola), Juan del Castillo (Spain), Pierre Le Blanc (France).",
])
def test_foreign_names_in_an_english_sentence_stay(sentence):
    assert clean_text(f"{ENGLISH}\n\n{sentence}") == f"{ENGLISH}\n\n{sentence}"


def test_the_word_lists_are_data():
    rules = parse_debris_rules("[foreign]\nzz|yy\n[english]\nthe", source="test")
    assert rules.foreign == ("zz|yy",) and rules.english == ("the",)
    with pytest.raises(ValueError, match=r"test:1: unknown section \[francais\]"):
        parse_debris_rules("[francais]\nde", source="test")
