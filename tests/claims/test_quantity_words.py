"""One count told with other words: a dwelling is a house or a home, a flood leaves homes flooded
or « sinistrées » (issue 13, ``quantity``). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, check_quantity, same_action
from recoupe.claims.quantities import of_claim
from tests.claims.helpers import claim

HOUSES = claim("a1:c1", "Crue du Lot : 180 maisons sinistrées mardi à Cahors", subject="180 maisons",
               predicate="sinistrer", modality="asserted")
HOMES = claim("b1:c1", "Près de 450 habitations ont été inondées mardi à Cahors", subject="450 habitations",
              predicate="inonder", modality="asserted")
DRY = claim("c1:c1", "La commune a reconstruit 450 habitations", subject="La commune", predicate="reconstruire",
            modality="asserted")


def test_quantity_dwellings_are_one_thing() -> None:
    assert {q.thing for q in of_claim(HOUSES.text)} == {q.thing for q in of_claim(HOMES.text)} == {"logement"}


def test_quantity_homes_flooded_against_houses_hit() -> None:
    assert same_action(HOUSES, HOMES) and not same_action(HOMES, DRY)
    day = date(2025, 2, 4)
    a, b = Side(HOUSES, outlet="a.fr", published=day), Side(HOMES, outlet="b.fr", published=day)
    hit = check_quantity(a, b)
    assert hit is not None and hit.kind == "quantity"
    # another action on as many homes is another count
    assert check_quantity(a, Side(DRY, outlet="c.fr", published=day)) is None
