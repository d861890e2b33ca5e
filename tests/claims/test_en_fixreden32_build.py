"""The review of reden32 (#13), through the real build: one case whose offence two outlets name in two words (a verb
and its synonym, a noun and its verb) still conflicts on the penalty; a "for" outside the penalty's clause names no
offence; a plan word elsewhere in the other clause does not lift the plan veto; a deed done on « the planned X »
still confirms that deed; a denier named by the other article's text still disputes its attack. Articles written for
the test."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contradictions import _en_offences_apart
from tests.claims.helpers import build_outlet_stories, claim

DAY = "2025-04-08"


def _statuses(d: dict[str, Any]) -> list[str]:
    """The status of each group joining two outlets' claims."""
    cl = {c["id"]: c for c in d["claims"]}
    return [g["status"] for g in d["claim_groups"]
            if len({cl[i]["article"] for i in g["claims"]}) > 1]


def _quantity(d: dict[str, Any]) -> list[Any]:
    return [x for x in d["contradictions"] if x["kind"] == "quantity"]


def _pen(cid: str, text: str) -> Any:
    return claim(cid, text, predicate="jail", object="Paul Verney", language="en")


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("for murdering his brother", "for killing his brother", False),  # verbs: no offence nouns
    ("for theft", "for stealing", False),
    ("for fraud", "for embezzlement", False),  # one family of offences
    ("for murder", "for manslaughter", False),
    ("for fraud", "for assault", True),
    ("for burglary", "for arson", True),
    ("for fraud", "for Dunmore Trust", False),  # a name is no offence
])
def test_offences_apart_only_by_two_offence_nouns(one: str, other: str, apart: bool) -> None:
    a = _pen("a1:c1", f"A judge jailed Paul Verney for nine years {one}")
    b = _pen("a2:c1", f"A judge jailed Paul Verney for four years {other}")
    assert _en_offences_apart(a, b) is apart


def test_a_for_outside_the_penalty_clause_names_no_offence() -> None:
    a = _pen("a1:c1", "Paul Verney, who was once questioned for arson, was jailed for nine years")
    b = _pen("a2:c1", "Paul Verney was jailed for four years for fraud")
    assert not _en_offences_apart(a, b)


@pytest.mark.model
def test_one_killing_told_by_two_verbs_still_conflicts(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"court": [
        ("wire-a.example", "Jailed. A judge in Dunmore jailed Paul Verney for 14 years on Tuesday for murdering his "
                           "brother.", DAY),
        ("wire-b.example", "Jailed. A judge in Dunmore jailed Paul Verney for 16 years on Tuesday for killing his "
                           "brother.", DAY)]})
    assert _quantity(d)


@pytest.mark.model
def test_a_for_elsewhere_in_the_sentence_still_conflicts(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"court": [
        ("wire-a.example", "Jailed. Paul Verney, who worked for Orlac Trust, was jailed for five years on Tuesday by "
                           "a judge in Dunmore.", DAY),
        ("wire-b.example", "Jailed. Paul Verney was jailed for seven years on Tuesday by a judge in Dunmore for "
                           "fraud.", DAY)]})
    assert _quantity(d)


@pytest.mark.model
def test_a_plan_word_elsewhere_does_not_lift_the_veto(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"bridge": [
        ("wire-a.example", "Bridge. The county announced a planned demolition of the Dunmore bridge on Tuesday.", DAY),
        ("wire-b.example", "Bridge. The county carried out the demolition of the Dunmore bridge on Tuesday, as "
                           "expected.", DAY)]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
def test_a_deed_done_on_the_planned_act_still_confirms(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"bank": [
        ("wire-a.example", "Deal done. Dunmore Bank completed its planned takeover of Orlac Bank on Tuesday, the bank "
                           "said.", DAY),
        ("wire-b.example", "Deal closed. Dunmore Bank completed the takeover of Orlac Bank on Tuesday after weeks of "
                           "talks.", DAY)]})
    assert "confirmed" in _statuses(d)


@pytest.mark.model
def test_a_denier_named_in_the_other_article_still_disputes(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"school": [
        ("wire-a.example", "School attacked. A school in Dunmore was attacked on Tuesday. Police said gunmen of the "
                           "Grey League carried out the attack.", DAY),
        ("wire-b.example", "League denies link. The Grey League denied any link to Tuesday's attack on the Dunmore "
                           "school, its leader said.", DAY)]})
    assert [x for x in d["contradictions"] if x["kind"] == "denial"]


# counter-examples: the rules attacked with two facts told alike and one fact told in other words


@pytest.mark.model
def test_a_deed_on_the_planned_act_does_not_confirm_its_announcement(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"bridge": [
        ("wire-a.example", "Bridge. The county announced a planned demolition of the Dunmore bridge on Tuesday.", DAY),
        ("wire-b.example", "Bridge. The county carried out the planned demolition of the Dunmore bridge on "
                           "Tuesday.", DAY)]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
def test_a_denier_named_for_something_else_does_not_dispute(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"depot": [
        ("wire-a.example", "Depot shelled. A fuel depot in Dunmore was shelled on Tuesday. The Grey League said it "
                           "would hold talks with the mayor.", DAY),
        ("wire-b.example", "League denies link. The Grey League denied any link to the shelling of the fuel depot in "
                           "Dunmore on Tuesday, its leader said.", DAY)]})
    assert not [x for x in d["contradictions"] if x["kind"] == "denial"]


@pytest.mark.model
def test_one_offence_family_by_two_names_still_conflicts(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"court": [
        ("wire-a.example", "Jailed. A judge in Dunmore jailed Paul Verney for six years on Tuesday for robbery.", DAY),
        ("wire-b.example", "Jailed. A judge in Dunmore jailed Paul Verney for eight years on Tuesday for burglary.",
         DAY)]})
    assert _quantity(d)


@pytest.mark.model
def test_an_approved_plan_does_not_confirm_the_act_done(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # an approval of « the planned X » is no deed of X (a first version read every verb but a saying as the deed)
    d = build_outlet_stories(nlp, tmp_path, {"bridge": [
        ("wire-a.example", "Bridge. The county approved the planned demolition of the Dunmore bridge on Tuesday.", DAY),
        ("wire-b.example", "Bridge. The county carried out the demolition of the Dunmore bridge on Tuesday.", DAY)]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
def test_a_denier_who_condemned_the_attack_does_not_dispute(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # named beside the deed, but reacting to it (a first version read any sentence naming both)
    d = build_outlet_stories(nlp, tmp_path, {"school": [
        ("wire-a.example", "School attacked. A school in Dunmore was attacked on Tuesday. The Grey League condemned "
                           "the attack.", DAY),
        ("wire-b.example", "League denies link. The Grey League denied any link to Tuesday's attack on the Dunmore "
                           "school, its leader said.", DAY)]})
    assert not [x for x in d["contradictions"] if x["kind"] == "denial"]
