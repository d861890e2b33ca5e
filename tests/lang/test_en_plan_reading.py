"""What the plan/deed gate of grouping reads of an English claim (``Claim.planned``): a finite clause
under a future keeps its own tense (recoupe.lang.en.claims._own_tense), and an undertaking or a threat
(« vowed to close », « threatened to veto ») tells a plan, as « plans to close » does. Sentences
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _planned(nlp_en: Any, text: str, predicate: str) -> bool:
    claim = next(c for c in nlp_en(text)._.claims if c.predicate == predicate)
    return bool(claim.planned)


def test_a_finite_clause_under_a_future_keeps_its_own_tense(nlp_en: Any) -> None:
    # the arguing is to come, the rise of prices is past: no plan
    assert not _planned(nlp_en, "The finance minister will argue on Monday that bread prices rose last winter.", "rise")
    assert not _planned(nlp_en, "The council will insist that the new ferry works well.", "work")
    # a coordinated clause of the same complement too
    assert not _planned(nlp_en, "The council will insist that the ferry works and that fares fell.", "fall")


def test_an_infinitive_or_a_future_under_a_future_is_still_a_plan(nlp_en: Any) -> None:
    # an infinitive has no tense of its own: it takes its governor's future
    assert _planned(nlp_en, "The harbour authority will try to reopen the old quay.", "reopen")
    # a clause that says « will » itself is a plan whatever governs it
    assert _planned(nlp_en, "The mayor will announce that the old quay will reopen in May.", "reopen")


def test_an_undertaking_or_a_threat_is_a_plan(nlp_en: Any) -> None:
    assert _planned(nlp_en, "The governor vowed to close the coal plant by the spring.", "close")
    assert _planned(nlp_en, "The senator pledged to block the rail bill.", "block")
    assert _planned(nlp_en, "The president threatened to veto the farm budget.", "veto")
    # the deed told as done stays a deed
    assert not _planned(nlp_en, "The governor closed the coal plant on Friday.", "close")


def test_an_undertaking_never_joins_the_deed_it_promises(nlp_en: Any) -> None:
    from recoupe.claims.groups import planned_apart
    from tests.claims.helpers import claim

    plan_text = "The governor vowed to close the coal plant by the spring."
    deed_text = "The governor closed the coal plant."
    plan = claim("a:c1", plan_text, predicate="close", planned=_planned(nlp_en, plan_text, "close"))
    deed = claim("b:c1", deed_text, predicate="close", planned=_planned(nlp_en, deed_text, "close"))
    assert planned_apart(plan, deed)


def test_an_imminent_act_is_a_plan(nlp_en: Any) -> None:
    assert _planned(nlp_en, "The ferry company is poised to cut its winter crossings.", "cut")
    assert _planned(nlp_en, "The harbour board was about to approve the new quay.", "approve")
    assert _planned(nlp_en, "The harbour board is set to approve the new quay.", "approve")
    assert not _planned(nlp_en, "The harbour board approved the new quay.", "approve")
