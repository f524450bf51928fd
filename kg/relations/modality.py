"""Does the text assert a clause? Negation, modality, conditions, questions and governing words.

Only what the text asserts becomes an edge: "Finland joined NATO" does, "Finland would join",
"if Finland joins", "Russia denies that Finland joined" and "did Finland join?" do not.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

__all__ = ["asserted", "scheduled", "undone"]

#: The dependency labels a clause climbs to find what governs it.
_CHAIN_DEPS = ("conj", "xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj", "attr")


def _backshifted(verb: Token, lex: dict) -> bool:
    """ "Oman announced that N would lead the delegation": the "would" of a past announcement is
    its "will", a scheduled fact (for the relations where "will" is one)."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in lex["announcement_verbs"]


def asserted(trigger: Token, lex: dict, mode: str = "full", *, scheduled: bool = False) -> bool:
    """Does the text assert the clause headed by ``trigger``?

    Negation always blocks. With ``full`` also modal verbs ("would have to agree"), conditions
    ("if"), questions, and a governing verb or noun of proposal, demand, denial or aspiration
    ("denies that", "proposals to") block; "will" does not (a scheduled fact), nor, with
    ``scheduled``, the "would" of a past announcement ("announced that N would lead"). ``negation-only``
    checks negation alone; ``none`` only a negation of the trigger itself and the words before it.
    """
    doc = trigger.doc
    # "not a member", "a former member", "never joined": the words right before the trigger
    before = doc[max(0, trigger.i - 3) : trigger.i]
    if any(t.lower_ in lex["negators"] or t.lower_ in lex["title_blockers"] for t in before):
        return False
    if mode == "none":
        return not any(c.dep_ == "neg" for c in trigger.children)
    sentence = trigger.sent
    chain = [trigger]
    node = trigger
    while node.dep_ in _CHAIN_DEPS and node.head is not node:
        node = node.head
        chain.append(node)
    # "was not headed by A, but by B": the negation is the first conjunct's, "but" corrects it
    contrasted = trigger.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < trigger.i for c in trigger.head.children)
    for t in chain[:3]:
        if contrasted and t.i == trigger.head.i:
            continue
        for c in t.children:
            if c.dep_ == "neg" or c.lower_ in lex["negators"] and c.dep_ in ("neg", "advmod", "det", "preconj"):
                return False
    if mode == "negation-only":
        return True
    if sentence.text.rstrip().rstrip("\"”’'").endswith("?"):
        return False
    for t in chain:
        # "It should be noted that the Alliance was formed by A, B": a frame that asserts what follows
        frame = t is not trigger and t.lemma_.lower() in lex["factive_frame_verbs"] and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children)
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in lex["modal_blockers"] and not frame and not (
                    scheduled and c.lower_ == "would" and _backshifted(t, lex)):
                return False
            if c.dep_ == "mark" and c.lower_ in lex["condition_markers"]:
                return False
    for t in chain[:2]:
        # "will be led by A if the talks go ahead", "joins NATO unless Turkey objects" (not "even if")
        for c in t.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex["conditional_clause_markers"]
                                         and not (g.i > 0 and doc[g.i - 1].lower_ in ("even", "as")) for g in c.children):
                return False
    for below, t in pairwise(chain):
        if below.dep_ == "conj":
            continue  # "applied in May and joined in April": a coordinated verb does not govern
        if t.lemma_.lower() in lex["nonfactive_heads"] or t.lower_ in lex["nonfactive_nouns"]:
            return False
        if t.lemma_.lower() in lex["purpose_heads"] and t.tag_ in ("VB", "VBG") and below.tag_ not in ("VBD", "VBN"):
            return False  # "doing everything to ensure that Iran becomes a member" (but "ensured that X became", "to ensure that Morocco rejoined in 2017")
    return True


def undone(trigger: Token, lex: dict) -> bool:
    """A coordinated clause takes the act back or leaves it incomplete: "but later withdrew
    from it", "but has yet to ratify it"."""
    for c in trigger.children:
        if c.dep_ != "conj":
            continue
        if c.lemma_.lower() in lex["withdraw_verbs"]:
            return True
        clause = list(c.subtree)
        if any(t.lemma_.lower() in lex["ratify_verbs"] for t in clause) and any(
            t.lower_ in lex["incompletion_words"] for t in clause
        ):
            return True
    return False


def scheduled(trigger: Token, lex: dict) -> bool:
    """A membership still to come: "will be a member", "will officially become members" (the
    auxiliary on the trigger or on its verb), "is set to join", "is due to become a member"."""
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in ("attr", "pobj", "dobj") and trigger.head.pos_ in ("VERB", "AUX") else [])
    if any(v.lemma_ in lex["continuing_verbs"] for v in verbs):
        return False  # "will remain a member": one already
    for verb in verbs:
        if any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in verb.children):
            return True
        head = verb.head
        if verb.dep_ == "xcomp" and head.lower_ in lex["scheduled_heads"] and (
                any(c.lemma_ == "be" for c in head.children) or head.dep_ == "acomp" and head.head.lemma_ == "be"):
            return True
    return False
