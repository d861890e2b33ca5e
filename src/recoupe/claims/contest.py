"""Two readings that look like one fact and are two: a contest's outcome for one contestant (« A won » /
« A lost », « A declared victory » / « A lost »), and an act asked for against the act done (« the council
urged X to resign » / « X resigned »). The grouping vetoes them (``groups.cannot_be_one_fact``) and the status
never lets one confirm the other (``status.same_frame``); the language data lies in each pack's
``predicates`` module."""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType

from recoupe.claims.passive import told_passive
from recoupe.model import Claim

WIN, LOSS, CLAIMED = "win", "loss", "claimed"


def _pack(language: str) -> ModuleType | None:
    if language == "en":
        from recoupe.lang.en import predicates as en

        return en
    if language == "fr":
        from recoupe.lang.fr import predicates as fr

        return fr
    return None


def outcome(language: str, predicate: str, negated: bool, lemmas: Iterable[str], text: str) -> str:
    """What a claim (its parts: a stored row's too) tells of a contest for its subject: :data:`WIN`
    (« won the race », « beat X »), :data:`LOSS` (« lost the race », « was beaten by X »),
    :data:`CLAIMED` (a victory proclaimed or celebrated: « declared victory »), "" for anything else or
    a negated claim."""
    pack = _pack(language)
    if pack is None or negated or not predicate:
        return ""
    if predicate in pack.VICTORY_CLAIM_VERBS and not pack.VICTORY_NOUNS.isdisjoint(lemmas):
        return CLAIMED
    if predicate in pack.BEATING_VERBS and told_passive(language, predicate, text, affirmed=True):
        return LOSS
    if predicate in pack.WIN_VERBS:
        return WIN
    return LOSS if predicate in pack.LOSS_VERBS else ""


def claim_outcome(c: Claim) -> str:
    """:func:`outcome` of a claim."""
    return outcome(c.language, c.predicate, c.negated, c.lemmas, c.text)


def one_contestant(a_subject: str, a_entity: str, b_subject: str, b_entity: str) -> bool:
    """Do two claims' subjects name one contestant: one entity, or the name words of one within the
    other's (« Velko » / « Ana Velko »)?"""
    if a_entity and a_entity == b_entity:
        return True
    from recoupe.claims.groups import _name_words

    wa, wb = _name_words(a_subject), _name_words(b_subject)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def outcomes_apart(a_outcome: str, a_subject: str, a_entity: str,
                   b_outcome: str, b_subject: str, b_entity: str) -> bool:
    """Does one contestant win (or proclaim a win) in one claim and lose in the other? Two facts that
    cannot both hold. « A beat B » / « B lost to A » name two contestants, one fact. Two contestants
    each proclaiming victory (two resolved subjects, two entities) are rival claims: two facts, a
    dispute, never one confirmed claim."""
    if a_outcome == b_outcome == CLAIMED:
        return (bool(a_entity) and bool(b_entity) and a_entity != b_entity
                and not one_contestant(a_subject, a_entity, b_subject, b_entity))
    told = {a_outcome, b_outcome}
    return LOSS in told and bool(told & {WIN, CLAIMED}) and one_contestant(a_subject, a_entity, b_subject, b_entity)


def claims_outcomes_apart(a: Claim, b: Claim) -> bool:
    """:func:`outcomes_apart` of two claims."""
    return outcomes_apart(claim_outcome(a), a.subject, a.subject_entity, claim_outcome(b), b.subject, b.subject_entity)


def claim_against_result(a: Claim, b: Claim) -> bool:
    """Is one claim a victory proclaimed and the other a result (a win or a loss)? The proclamation
    is the contestant's word: it never confirms the result, whoever's (rival claims of victory are a
    dispute for the reader to see)."""
    told = {claim_outcome(a), claim_outcome(b)}
    return CLAIMED in told and bool(told & {WIN, LOSS})


def asked_act(text: str, language: str) -> bool:
    """Does a clause tell its act as asked for rather than done (« to resign », « X should resign »:
    :data:`recoupe.lang.en.predicates.ASKED_ACT`)? Then it retells an urging, in other words."""
    if language != "en":
        return False
    from recoupe.lang.en.predicates import ASKED_ACT

    return ASKED_ACT.search(text) is not None


# what may open a claim before the infinitive its urging verb governs, once folded: its preposition
_INFINITIVE_LEAD = re.compile(r"^(?:(?:a|de|d|to)\s+)?")


def urged_infinitive(c: Claim) -> bool:
    """Is the claim the infinitive an urging verb of its sentence governs (« le maire appelle la préfète à
    « suspendre les travaux » », « urged the council to close the schools »: the pack's
    ``URGED_INFINITIVE``, the forms of :func:`urging`'s verbs)? Its act is asked for, not done: the
    urging told by its object (:func:`asked_act` in other words), no one's deed."""
    pack = _pack(c.language)
    if pack is None or not c.sentence or not c.predicate:
        return False
    from recoupe.resolve.names import fold

    sentence, text = fold(c.sentence), fold(c.text)
    at = sentence.find(text)
    lead = _INFINITIVE_LEAD.match(text)
    if at < 0 or lead is None:
        return False
    rest = text[lead.end():].split(maxsplit=1)
    # the infinitive is the claim's own verb (not a finite clause after « à » or « to »)
    if not rest or rest[0] != fold(c.predicate):
        return False
    before = sentence[:at + lead.end()]
    raw_at = c.sentence.find(c.text)
    if raw_at >= 0:
        # only the words since the last comma, colon or semicolon: « Firefighters, called at midnight, managed
        # to put out the fire » is no call to put it out (the folded text has no punctuation left)
        tail = re.split(r"[,;:]", c.sentence[:raw_at])[-1]
        before = f"{fold(tail)} {text[:lead.end()]}".rstrip() + " "
    return pack.URGED_INFINITIVE.search(before) is not None


def urging(verb: str, language: str) -> bool:
    """Is ``verb`` a verb that presses someone to act (« urge », « appeler »)?"""
    pack = _pack(language)
    return pack is not None and verb in pack.URGING_VERBS
