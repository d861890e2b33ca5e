"""Two more kinds of false contradictions read by hand in the French unseen dossiers (issue 13,
benchmarks/gold/dossier/ round 2): tolls of two kinds of accident (a horse-drawn cart against a
motorway crash) and a race named by its day read as a date conflict. Sentences written for the tests;
each check keeps the true conflict beside it."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, _dated_by_name, _dated_in_object, check_date, compare, event_kinds
from recoupe.model import Claim
from tests.claims.helpers import claim


def _side(c: Claim, outlet: str, day: int = 3, language: str = "fr") -> Side:
    return Side(c, outlet=outlet, published=date(2031, 9, day), headline=c.sentence, language=language)


def _hit(a: Side, b: Side):  # type: ignore[no-untyped-def]
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit


def test_the_kind_an_accident_or_a_fire_is_named_by() -> None:
    assert event_kinds("Un accident de tracteur a fait deux blessés") == {"road"}
    assert event_kinds("l'accident de la circulation de mardi") == {"road"}
    assert event_kinds("Trois victimes après un accident d'hélicoptère") == {"air"}
    assert event_kinds("un accident ferroviaire près de la gare") == {"rail"}
    assert event_kinds("L'incendie d'un entrepôt a mobilisé 60 pompiers") == {"industry"}
    assert event_kinds("Les feux de forêt ont parcouru 300 hectares") == {"land"}
    assert event_kinds("Un grave accident a fait deux blessés") == frozenset()
    assert event_kinds("des coups de feu ont retenti près du stade") == frozenset()


CART = claim("a1:c1", "Un accident d'attelage fait un mort et neuf blessés dans le Jura",
             subject="accident d'attelage")
ROAD = claim("b1:c1", "Un accident de la circulation cause un mort et deux blessés dans le Jura",
             subject="accident de la circulation")
CAR = claim("c1:c1", "Un accident de voiture fait un mort et cinq blessés dans le Jura", subject="accident de voiture")


def test_tolls_of_two_kinds_of_accident_are_two_events() -> None:
    assert _hit(_side(CART, "a.fr"), _side(ROAD, "b.fr", day=5)) is None
    assert _hit(_side(CART, "a.fr"), _side(CAR, "c.fr")) is None
    # one kind told two ways (a car crash is a road accident): the two tolls still conflict
    hit = _hit(_side(CAR, "c.fr"), _side(ROAD, "b.fr"))
    assert hit is not None and hit.kind == "quantity"
    # a side that names no kind is not told apart
    bare = claim("d1:c1", "Un accident fait un mort et neuf blessés dans le Jura", subject="accident")
    hit = _hit(_side(bare, "d.fr"), _side(ROAD, "b.fr"))
    assert hit is not None and hit.kind == "quantity"


def test_fires_of_a_forest_and_of_a_building_are_two_events() -> None:
    forest = claim("e1:c1", "Un incendie de forêt fait deux morts et sept blessés dans le Jura",
                   subject="incendie de forêt")
    block = claim("f1:c1", "L'incendie d'une maison cause deux morts et sept blessés dans le Jura", subject="incendie")
    assert _hit(_side(forest, "e.fr"), _side(block, "f.fr")) is None
    other_forest = claim("g1:c1", "Un feu de forêt cause deux morts et sept blessés dans le Jura",
                         subject="feu de forêt")
    assert event_kinds(other_forest.text) == event_kinds(forest.text)


def test_a_race_named_by_its_day_is_no_date_of_one_deed() -> None:
    """« Tiercé du jeudi 4 septembre » and « Tiercé du vendredi 5 septembre »: the lemma read is a verb's
    (« tiercer »), the written word its participle form; each names the day's race."""
    thu = claim("a1:c1", "Tiercé du jeudi 4 septembre à Vincennes", predicate="tiercer", time="2031-09-04",
                place="Vincennes")
    fri = claim("b1:c1", "Tiercé du vendredi 5 septembre à Vincennes", predicate="tiercer", time="2031-09-05",
                place="Vincennes")
    assert _dated_by_name(thu) and _dated_by_name(fri)
    assert check_date(_side(thu, "a.fr", day=4), _side(fri, "b.fr", day=5)) is None
    # a deed's verb followed by its complement is no name: « arrivé du Mali » names no day
    deed = claim("c1:c1", "Le convoi est arrivé du Mali jeudi 4 septembre", predicate="arriver", time="2031-09-04")
    assert not _dated_by_name(deed)


def test_a_date_inside_the_object_is_not_the_deed_s() -> None:
    """« a revendiqué une intrusion fin mars dans le réseau » dates the intrusion, not its claim: against
    « Jeudi, un groupe a revendiqué une intrusion dans le réseau », no date conflict; two deeds dated
    outside their objects still conflict."""
    inside = claim("a1:c1", "Un groupe a revendiqué une intrusion fin mars dans le réseau de la mutuelle",
                   subject="groupe", predicate="revendiquer",
                   object="une intrusion fin mars dans le réseau de la mutuelle", time="2031-03", language="fr")
    thursday = claim("b1:c1", "Jeudi, un groupe a revendiqué une intrusion dans le réseau de la mutuelle",
                     subject="groupe", predicate="revendiquer", object="une intrusion dans le réseau de la mutuelle",
                     time="2031-09-04", language="fr")
    assert _dated_in_object(inside) and not _dated_in_object(thursday)
    assert check_date(_side(inside, "a.fr", day=5), _side(thursday, "b.fr", day=5)) is None
    march = claim("c1:c1", "Fin mars, un groupe a revendiqué une intrusion dans le réseau de la mutuelle",
                  subject="groupe", predicate="revendiquer", object="une intrusion dans le réseau de la mutuelle",
                  time="2031-03", language="fr")
    assert not _dated_in_object(march)
    hit = check_date(_side(march, "c.fr", day=5), _side(thursday, "b.fr", day=5))
    assert hit is not None and hit.kind == "date"
