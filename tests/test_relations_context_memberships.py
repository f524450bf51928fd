"""member-of whose organisation the text gave a moment before (kg/relations/context_memberships.py),
on the real model. Sentences are made up for the patterns."""

from __future__ import annotations

import pytest

from conftest import assert_sentence

OIC = "org:oic"


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # "The following member states <did something>:" and a list: the list is of the members
    ("OIC foreign ministers met in Dakar. The following member states attended the session: Senegal, Mali, Niger and Chad.",
     {("state:senegal", "member-of", OIC), ("state:chad", "member-of", OIC)}, set()),
    # an organ kg does not know by name stands for its organisation
    ("The Council of Foreign Ministers of the OIC met in Dakar. The following member states attended the session: Senegal, Mali and Chad.",
     {("state:senegal", "member-of", OIC), ("state:mali", "member-of", OIC)}, set()),
    # observers, a denial, a meeting to come: no members listed
    ("OIC foreign ministers met in Dakar. The following observer states attended the session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
    ("OIC foreign ministers met in Dakar. The following member states did not attend the session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
    ("OIC foreign ministers met in Dakar. The following member states may attend the next session: Senegal and Mali.",
     set(), {("state:senegal", "member-of", OIC)}),
], ids=["following-member-states", "organ-of-the-organisation", "observer-states", "did-not-attend", "may-attend"])
def test_the_following_member_states(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
