"""A denial of a failure to do something (« skipped an inspection ») agrees with a claim that the thing was
done (« the site passed an inspection »); it conflicts with a claim of the failure. Sentences written for
the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_denial
from tests.claims.helpers import claim

DENIED_EN = claim("a1:c1", "that it had skipped a safety inspection at the riverside silo in March", predicate="skip",
                  subject="it", modality="denied", cue="deny", attributed_to="Calder Grain", language="en")
PASSED_EN = claim("a2:c1", "the riverside silo had passed a safety inspection in March", predicate="pass",
                  subject="riverside silo", modality="reported", attributed_to="Calder Grain", language="en")
SKIPPED_EN = claim("a3:c1", "the firm skipped a safety inspection at the riverside silo in March", predicate="skip",
                   subject="the firm", modality="reported", attributed_to="a union official", language="en")
DENIED_FR = claim("b1:c1", "avoir négligé une inspection de sécurité du silo portuaire en mars", predicate="négliger",
                  modality="denied", cue="démentir", attributed_to="Calder Grain")
PASSED_FR = claim("b2:c1", "le silo portuaire a réussi une inspection de sécurité en mars", predicate="réussir",
                  subject="silo portuaire", modality="reported", attributed_to="Calder Grain")


def _side(c):  # type: ignore[no-untyped-def]
    return Side(c, outlet=f"outlet {c.article_id}", language=c.language)


def test_denied_failure_agrees_with_the_deed_done() -> None:
    assert check_denial(_side(DENIED_EN), _side(PASSED_EN)) is None
    assert check_denial(_side(PASSED_EN), _side(DENIED_EN)) is None
    assert check_denial(_side(DENIED_FR), _side(PASSED_FR)) is None


def test_denied_failure_conflicts_with_the_failure_told() -> None:
    found = check_denial(_side(DENIED_EN), _side(SKIPPED_EN))
    assert found is not None and found.kind == "denial"
