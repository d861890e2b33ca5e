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


# a headline's topic before its colon, read as the subject, does not act (« Cahors : ... »); a country that
# delivers does
TOPIC = claim("d1:c1", "Cahors : près de 450 habitations inondées", subject="Cahors", predicate="inonder",
              modality="asserted")
TOPIC_OTHER = claim("e1:c1", "Crue du Lot : 180 maisons sinistrées", subject="Crue", predicate="sinistrer",
                    modality="asserted")
GIVER_A = claim("f1:c1", "La Norvège a livré 30 canots", subject="La Norvège", subject_entity="e1",
                predicate="livrer", modality="asserted")
GIVER_B = claim("g1:c1", "La Suède a livré 12 canots", subject="La Suède", subject_entity="e2",
                predicate="livrer", modality="asserted")


def test_quantity_a_headline_topic_is_no_doer() -> None:
    day = date(2025, 2, 4)
    hit = check_quantity(Side(TOPIC, outlet="d.fr", published=day), Side(TOPIC_OTHER, outlet="e.fr", published=day))
    assert hit is not None and hit.kind == "quantity"
    a, b = Side(GIVER_A, outlet="f.fr", published=day), Side(GIVER_B, outlet="g.fr", published=day)
    assert check_quantity(a, b) is None
