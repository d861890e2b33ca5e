"""English shapes hunted on invented multi-outlet piles (reden32): a plan named in a noun phrase against the deed
told done, a tie denial whose "to …" the parse cut off or that rejects reports of the tie, and two penalties for
two offences. Each told the other way round too (one fact in other words, one case misreported), so that the rule
keeps what it must. Articles written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contradictions import _denies_a_link, _en_offences_apart
from tests.claims.helpers import build_outlet_stories, claim

DAY = "2025-03-05"


def _statuses(d: dict[str, Any]) -> list[str]:
    """The status of each group joining two outlets' claims."""
    cl = {c["id"]: c for c in d["claims"]}
    return [g["status"] for g in d["claim_groups"]
            if len({cl[i]["article"] for i in g["claims"]}) > 1]


@pytest.mark.parametrize(("obj", "link"), [
    ("any link", True), ("involvement", True), ("reports of its involvement in that attack", True),
    ("claims of a link to the raid", True), ("reports of the attack", False), ("the report", False),
])
def test_denies_a_link_cut_or_reported(obj: str, link: bool) -> None:
    assert _denies_a_link(claim("a1:c1", "x", predicate="deny", object=obj, language="en")) is link


def test_offences_apart() -> None:
    def pen(cid: str, text: str) -> Any:
        return claim(cid, text, predicate="sentence", object="John Marrow", language="en")

    fraud = pen("a1:c1", "A court sentenced John Marrow to ten years in prison for fraud")
    assault = pen("a2:c1", "A court sentenced John Marrow to two years in prison for assault")
    fraud2 = pen("a3:c1", "A court sentenced John Marrow to two years for fraud")
    bare = pen("a4:c1", "A court sentenced John Marrow to two years")
    robbery = pen("a5:c1", "A court sentenced John Marrow to two years for the robbery")
    raid = pen("a6:c1", "A court sentenced John Marrow to ten years for the raid")
    assert _en_offences_apart(fraud, assault)
    assert not _en_offences_apart(robbery, raid)  # one deed, two names of it
    assert not _en_offences_apart(fraud, fraud2)
    assert not _en_offences_apart(fraud, bare)


@pytest.mark.model
def test_a_planned_act_does_not_confirm_the_act_done(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"tower": [
        ("wire-a.example", "Tower. The council announced a planned demolition of the Hallow tower on Monday.", DAY),
        ("wire-b.example", "Tower. The council carried out the demolition of the Hallow tower on Monday.", DAY)]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
def test_a_plan_still_confirms_the_plan(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the second clause's object is cut by the parse (« voted | against the proposed merger »): its words are read
    d = build_outlet_stories(nlp, tmp_path, {"merger": [
        ("wire-a.example", "Merger. Shareholders of Hallow Bank rejected a proposed merger with Kelby Bank on Monday.",
         DAY),
        ("wire-b.example", "Deal voted down. At a stormy meeting on Monday, Hallow Bank shareholders voted against the "
                           "proposed merger with Kelby Bank.", DAY)]})
    assert "confirmed" in _statuses(d)


@pytest.mark.model
@pytest.mark.parametrize("denial", [
    "Group denies link. The Blue Front denied any link to the attack against the clinic in Hallow on Monday, "
    "its leader said.",
    "Front rejects reports. The Blue Front rejected reports of its involvement in that attack on the clinic in Hallow, "
    "calling them false.",
    "Front denies. The Blue Front called claims of its involvement in that attack on the clinic in Hallow baseless.",
])
def test_a_tie_denial_does_not_dispute_an_agentless_attack(nlp, tmp_path, denial) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"clinic": [
        ("wire-a.example", "Clinic attacked. A clinic in Hallow was attacked on Monday, police said.", DAY),
        ("wire-b.example", denial, DAY)]})
    assert not d["contradictions"]
    cl = {c["id"]: c for c in d["claims"]}
    assert not [g for g in d["claim_groups"] if g["status"] in ("disputed", "contradicted")
                and any(cl[i]["modality"] != "denied" for i in g["claims"])]


@pytest.mark.model
def test_a_tie_denial_still_disputes_the_named_doer(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"clinic": [
        ("wire-a.example", "Clinic attacked. Gunmen of the Blue Front attacked a clinic in Hallow on Monday, police "
                           "said.", DAY),
        ("wire-b.example", "Group denies link. The Blue Front denied any link to the attack against the clinic in "
                           "Hallow on Monday, its leader said.", DAY)]})
    assert [x for x in d["contradictions"] if x["kind"] == "denial"]


@pytest.mark.model
def test_two_offences_are_no_conflicting_figures(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"court": [
        ("wire-a.example", "Sentenced. A court in Hallow sentenced John Marrow to ten years in prison on Monday for "
                           "fraud.", DAY),
        ("wire-b.example", "Sentenced. A court in Hallow sentenced John Marrow to two years in prison on Monday for "
                           "assault.", DAY)]})
    assert not d["contradictions"]


@pytest.mark.model
def test_one_offence_misreported_still_conflicts(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"court": [
        ("wire-a.example", "Sentenced. A court in Hallow sentenced John Marrow to ten years in prison on Monday for "
                           "fraud.", DAY),
        ("wire-b.example", "Sentenced. A court in Hallow sentenced John Marrow to two years in prison on Monday for "
                           "fraud.", DAY)]})
    assert [x for x in d["contradictions"] if x["kind"] == "quantity"]


@pytest.mark.model
def test_one_deed_by_two_names_still_conflicts(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"shop": [
        ("wire-a.example", "Arrests. Police arrested three men on Monday for the robbery of the Hallow jewellery shop, "
                           "officers said.", DAY),
        ("wire-b.example", "Arrests. Police arrested five men on Monday for the raid on the Hallow jewellery shop, "
                           "officers said.", DAY)]})
    assert [x for x in d["contradictions"] if x["kind"] == "quantity"]
