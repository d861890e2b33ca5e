from __future__ import annotations

from recoupe.claims.contradictions import compare
from recoupe.model import Claim


def _c(cid: str, **kw) -> Claim:  # type: ignore[no-untyped-def]
    base = dict(id=cid, article_id=cid, text="t", sentence="s", start=0, end=1, subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_contradictions_planned_place_vs_actual_place() -> None:
    a = _c("a", place="Genève", place_entity="e1", planned=True, modality="speculative")
    b = _c("b", place="Vienne", place_entity="e2", planned=False)
    kind, why = compare(a, b)  # type: ignore[misc]
    assert kind == "planned_vs_happened" and "Genève" in why and "Vienne" in why


def test_contradictions_different_places() -> None:
    assert compare(_c("a", place="Lyon", place_entity="e1"), _c("b", place="Nice", place_entity="e2"))[0] == "place"  # type: ignore[index]


def test_contradictions_different_days() -> None:
    assert compare(_c("a", time="2023-09-12"), _c("b", time="2023-09-13"))[0] == "date"  # type: ignore[index]


def test_contradictions_different_numbers_same_unit() -> None:
    hit = compare(_c("a", numbers=["12 morts"]), _c("b", numbers=["15 morts"]))
    assert hit is not None and hit[0] == "number"


def test_contradictions_denial_against_statement_in_one_group() -> None:
    hit = compare(_c("a", modality="denied", group_id="g"), _c("b", modality="reported", group_id="g"))
    assert hit is not None and hit[0] == "direction"


def test_contradictions_agreeing_claims_are_not_flagged() -> None:
    assert compare(_c("a", place="Lyon", place_entity="e1"), _c("b", place="Lyon", place_entity="e1")) is None


def test_contradictions_different_actors_are_not_compared() -> None:
    a = _c("a", place="Lyon", place_entity="e1", subject_entity="p1")
    b = _c("b", place="Nice", place_entity="e2", subject_entity="p2")
    assert compare(a, b) is None
