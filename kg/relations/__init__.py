"""Parsed sentences + resolved mentions -> typed relations with evidence.

Every rule is a general pattern of news prose, written as a plain function
``(Context) -> Iterable[Relation]`` in the module of its family, and registered in :data:`RULES`,
which :class:`RelationExtractor` runs in order for each document:

- ``clauses``: the clause patterns kept as data (``kg/data/patterns.jsonl``), spaCy
  DependencyMatcher patterns whose nodes ``source``, ``target`` and ``trigger`` give the relation's
  ends and the word whose modality decides whether the text asserts it;
- ``offices``: titles before a name or in apposition ("Russian President Vladimir Putin",
  "Julianne Smith, the US ambassador to NATO");
- ``affiliations``: a person and their institution ("Maksim Samorukov of the Carnegie Moscow
  Center");
- ``territories``: a territory and its state ("Ukraine's Crimean Peninsula");
- ``memberships``: memberships in noun phrases and appositions ("EU member states Hungary and
  Poland"); ``context_memberships``: those whose organisation the text gave a moment before
  ("Sudan, also a member,"); ``compositions``: what an organisation is made of
  ("SAARC is made up of A, B and C"); ``member_lists``: lists of members after a membership noun
  ("the member states of ECOWAS: A, B and C"), founders; ``member_headings``: one member a line or a table of them
  under the line that heads the list; ``defined_lists``: states a relative clause defines, then a
  copula lists ("the countries that joined the EU in 2004 were A, B");
  ``candidacies``: seeks-membership from a candidacy or an aim to become a member ("Ukraine, an EU
  candidate country,");
- ``delegations``: delegations read through offices ("who led her country's delegation").

A rule sees what the rules before it found (``context.found``), so later rules may build on
earlier ones. The shared readings (names near a word, lists, possessives, definite descriptions)
are in :mod:`kg.relations.context`; which entities an argument stands for in
:mod:`kg.relations.arguments`; whether a clause is asserted in :mod:`kg.relations.modality`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable

from spacy.matcher import DependencyMatcher

from kg.gazetteer import DataFileError, Gazetteer
from kg.model import Relation
from kg.relations import (
    affiliations, attendance, bodies, candidacies, chairs, clause_offices, clauses, compositions, context_memberships, counterparts, defined_lists, delegations, envoy_lists, founders, member_headings, member_lists, memberships, office_lists, offices, representation, setting,
    territories, treaties, unowned_delegations,
)
from kg.relations.arguments import named_groups
from kg.relations.context import Context, EarlierPieces, Knowledge
from kg.relations.patterns import SCHEMA, Pattern, load_patterns, with_shared_arguments
from kg.resolve import ResolvedDoc

__all__ = ["RULES", "SCHEMA", "Context", "EarlierPieces", "Pattern", "RelationExtractor", "Rule", "RuleFailed", "load_patterns"]

Rule = Callable[[Context], Iterable[Relation]]


class RuleFailed(RuntimeWarning):
    """A rule raised on one document: its relations there are left out and the build goes on, so
    one page no rule foresaw costs that rule's edges on that page, not the whole graph. The tests
    turn this warning into an error (pyproject.toml), so a failing rule never passes unseen."""

#: The rules, in the order they run.
RULES: tuple[Rule, ...] = (
    clauses.clause_relations,
    offices.person_titles,
    offices.titles_in_full,
    offices.name_of_state,
    office_lists.listed_under_state,
    office_lists.holders_listed_under_heading,
    office_lists.names_under_offices,
    clause_offices.offices_in_clauses,
    counterparts.counterparts,
    envoy_lists.envoys_in_turn,
    envoy_lists.envoys_with_states_in_brackets,
    envoy_lists.envoys_posted,
    envoy_lists.envoys_under_heading,
    envoy_lists.envoys_presenting_credentials,
    envoy_lists.offices_by_state_lines,
    envoy_lists.titles_closing_lines,
    affiliations.name_of_institution,
    affiliations.party_candidates,
    territories.territories,
    territories.annexed_by_rulers,
    treaties.treaty_parties,
    treaties.founding_treaty_members,
    treaties.founding_charter_signatories,
    treaties.signed_alliance_pacts,
    treaties.members_by_founding_treaty,
    memberships.member_compounds,
    memberships.appositive_memberships,
    memberships.groups_including,
    compositions.compositions,
    compositions.bloc_of_states,
    compositions.members_it_has,
    compositions.members_of_a_bloc_in_brackets,
    member_lists.members_of_listed,
    memberships.as_members,
    memberships.granted_memberships,
    memberships.lifted_suspensions,
    memberships.welcomed_back,
    memberships.past_accessions,
    memberships.named_after_joining,
    founders.founding_states,
    member_lists.joined_in_turn,
    member_lists.joined_along_with,
    member_lists.joined_before_the_clause,
    member_lists.joined_by,
    member_lists.states_that_make_up,
    member_lists.members_of_the_subject,
    member_headings.members_under_heading,
    member_headings.members_on_a_labelled_line,
    member_headings.members_in_a_table,
    member_lists.members_labelled_in_brackets,
    member_lists.counted_members_listed,
    member_lists.members_bracketed_in_context,
    member_lists.members_among,
    member_lists.members_and_the_others,
    defined_lists.states_a_clause_defines,
    candidacies.candidacies,
    candidacies.aspired_memberships,
    candidacies.accession_talks,
    candidacies.aspirants_listed,
    candidacies.paths_to_membership,
    context_memberships.memberships_from_context,
    context_memberships.members_before_the_ordinal,
    context_memberships.its_members_which_are,
    context_memberships.joined_by_new_members,
    context_memberships.admitted_were,
    bodies.delegations_of_state_bodies,
    delegations.own_country_delegations,
    unowned_delegations.delegations_of_office,
    delegations.respective_delegations,
    delegations.heading_delegations,
    delegations.leading_it_was,
    delegations.as_head_of_delegation,
    delegations.described_heads,
    delegations.gapped_delegations,
    delegations.heads_of_delegations,
    delegations.led_by_the_name_before,
    delegations.delegation_titles,
    delegations.delegation_members,
    delegations.delegations_headed_in_turn,
    delegations.heads_of_delegation_listed,
    delegations.the_delegation_led_by,
    representation.represented_in_turn,
    bodies.heads_of_ministries,
    setting.offices_from_setting,
    setting.offices_of_the_organisation,
    bodies.offices_in_state_bodies,
    bodies.offices_in_organs,
    setting.ambassador_hosts,
    setting.envoys_of_the_setting,
    attendance.summit_members,
    attendance.represented_members,
    attendance.member_state_leaders,
    attendance.organisation_leaders_listed,
    attendance.officials_of_member_states_including,
    attendance.states_parties,
    chairs.rotating_chairs,
    chairs.chairs_held_by_states,
    chairs.elected_to_lead,
    chairs.chaired_organisations,
    chairs.chairs_in_apposition,
)


class RelationExtractor:
    """Extract relations from one resolved document at a time, with ``rules`` (default
    :data:`RULES`) over a gazetteer and clause patterns."""

    def __init__(self, vocab, gaz: Gazetteer, patterns: list[Pattern], *, rules: Iterable[Rule] = RULES):
        self.knowledge = Knowledge(gaz)
        self.gaz = gaz
        self.rules = tuple(rules)
        patterns = with_shared_arguments(patterns)
        self.patterns = {p.id: p for p in patterns}
        self.matcher = DependencyMatcher(vocab, validate=True)
        for p in patterns:
            try:
                self.matcher.add(p.id, [p.pattern])
            except ValueError as error:
                first = str(error).strip().splitlines()[0]
                raise DataFileError(f"pattern {p.id!r} is not a valid DependencyMatcher pattern: {first}") from None
        self.knowledge.patterns = self.patterns

    @property
    def matcher(self):
        """The clause patterns' DependencyMatcher, the one the rules run (``ctx.knowledge.matcher``):
        :func:`kg.speedups.speed_up` replaces it here with its indexed matcher, and the rules must
        then run that one."""
        return self.knowledge.matcher

    @matcher.setter
    def matcher(self, value) -> None:
        self.knowledge.matcher = value

    def context(self, rdoc: ResolvedDoc, document: str) -> Context:
        """The context the rules see for ``rdoc``, with its named groups read."""
        ctx = Context(rdoc, document, self.knowledge)
        ctx.groups = named_groups(ctx)
        return ctx

    def extract(self, rdoc: ResolvedDoc, document: str, *, earlier: EarlierPieces | None = None) -> list[Relation]:
        """Every rule's relations for one document, in rule order, each stated once per sentence.

        A piece of a document too long to parse at once passes what the rules kept from the pieces
        before it (``earlier``), which then takes in what they need from this one.
        """
        ctx = self.context(rdoc, document)
        ctx.earlier = earlier
        for rule in self.rules:
            try:
                ctx.found.extend(rule(ctx))
            except Exception as error:  # noqa: BLE001 - any bug in one rule; reported, not hidden
                name = getattr(rule, "__name__", repr(rule))
                warnings.warn(RuleFailed(f"{document}: the rule {name} failed ({type(error).__name__}: {error}); "
                                         f"its relations in this document are left out (please report it)"), stacklevel=2)
        if earlier is not None:
            earlier.add(ctx)
        unique, seen = [], set()
        for r in ctx.found:
            ident = (r.source, r.relation, r.target, r.role, r.evidence.start)
            if ident not in seen:
                seen.add(ident)
                unique.append(r)
        return unique
