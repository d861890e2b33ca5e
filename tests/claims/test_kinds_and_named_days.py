"""Two more kinds of false contradictions read by hand in the French unseen dossiers (issue 13,
benchmarks/gold/dossier/ round 2): tolls of two kinds of accident (a horse-drawn cart against a
motorway crash) and a race named by its day read as a date conflict. Sentences written for the tests;
each check keeps the true conflict beside it."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.claims import contradictions
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
    block = claim("f1:c1", "Un incendie d'habitation cause trois morts et sept blessés dans le Jura",
                  subject="incendie")
    assert _hit(_side(forest, "e.fr"), _side(block, "f.fr")) is None
    # the tolls conflict when the kind is one: the pair above is kept apart by its kinds, not its figures
    home = claim("h1:c1", "Un incendie d'habitation fait deux morts et sept blessés dans le Jura", subject="incendie")
    hit = _hit(_side(home, "h.fr"), _side(block, "f.fr"))
    assert hit is not None and hit.kind == "quantity"
    other_forest = claim("g1:c1", "Un feu de forêt cause deux morts et sept blessés dans le Jura",
                         subject="feu de forêt")
    assert event_kinds(other_forest.text) == event_kinds(forest.text)


def test_a_race_named_by_its_day_is_no_date_of_one_deed() -> None:
    """« Tiercé du jeudi 4 septembre » and « Tiercé du vendredi 5 septembre »: the lemma read is a verb's
    (« tiercer »), the written word its participle form; each names the day's race."""
    kw = {"subject": "tiercé", "predicate": "tiercer", "object": "Vincennes", "place": "Vincennes"}
    thu = claim("a1:c1", "Tiercé du jeudi 4 septembre à Vincennes", time="2031-09-04", **kw)
    fri = claim("b1:c1", "Tiercé du vendredi 5 septembre à Vincennes", time="2031-09-05", **kw)
    assert _dated_by_name(thu) and _dated_by_name(fri)
    # one subject, one object, published one day: the pair reaches the rule, which alone keeps it apart
    assert check_date(_side(thu, "a.fr", day=5), _side(fri, "b.fr", day=5)) is None
    # deeds of one subject on one object two days apart would conflict: the name is what sets them apart
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(contradictions, "_dated_by_name", lambda c: False)
        hit = check_date(_side(thu, "a.fr", day=5), _side(fri, "b.fr", day=5))
    assert hit is not None and hit.kind == "date"
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


def test_a_deed_s_own_day_read_into_its_object_is_still_its_date() -> None:
    """The parser often reads the clause's own day into the object (« a fermé la piscine mardi 9
    septembre pour travaux »): dated near its report, that is the deed's day, and two days conflict. So
    do two objects each dated inside (« a fixé le vote au dimanche 12 octobre » / « au 19 octobre »)."""
    kw = {"subject": "mairie de Corvenne", "predicate": "fermer", "language": "fr"}
    tue = claim("a1:c1", "La mairie de Corvenne a fermé la piscine mardi 9 septembre pour travaux",
                object="la piscine mardi 9 septembre pour travaux", time="2031-09-09", **kw)
    fri = claim("b1:c1", "La mairie de Corvenne a fermé la piscine vendredi 12 septembre pour travaux",
                object="la piscine vendredi 12 septembre pour travaux", time="2031-09-12", **kw)
    assert _dated_in_object(tue) and _dated_in_object(fri)
    hit = check_date(_side(tue, "a.fr", day=13), _side(fri, "b.fr", day=13))
    assert hit is not None and hit.kind == "date"
    kw = {"subject": "conseil", "predicate": "fixer", "language": "fr"}
    one = claim("c1:c1", "Le conseil a fixé le vote au dimanche 12 octobre", object="le vote au dimanche 12 octobre",
                time="2031-10-12", **kw)
    two = claim("d1:c1", "Le conseil a fixé le vote au dimanche 19 octobre", object="le vote au dimanche 19 octobre",
                time="2031-10-19", **kw)
    hit = check_date(_side(one, "c.fr", day=20), _side(two, "d.fr", day=20))
    assert hit is not None and hit.kind == "date"


def test_a_participle_followed_by_a_span_is_no_name() -> None:
    """« a été fermée du lundi 1er au mercredi 3 » is the deed's span, not a name of a day's event: the
    stem cut (« Tiercé du … » read as « tiercer ») holds only for the text's first word."""
    span = claim("a1:c1", "La route du col a été fermée du lundi 1er au mercredi 3 septembre", predicate="fermer",
                 time="2031-09-01")
    assert not _dated_by_name(span)
    meeting = claim("b1:c1", "Le bureau, qui se réunira du lundi 8 septembre, a publié son ordre", predicate="réunir",
                    time="2031-09-08")
    assert _dated_by_name(meeting)  # every form of the verb is tried, not the first word that starts alike


def test_an_accident_s_kind_needs_its_complement_and_two_vehicles_meeting_are_one_accident() -> None:
    """« Un accident, car le moteur a lâché » names no coach; « accident de car » does. A coach hit by a
    train at a level crossing is one accident told as road or as rail: the tolls still conflict."""
    assert event_kinds("Un accident, car le moteur a lâché, fait deux morts") == frozenset()
    assert event_kinds("Un accident de car fait deux morts") == {"road"}
    assert event_kinds("un accident routier sur la nationale") == {"road"}
    coach = claim("a1:c1", "Un accident de car au passage à niveau fait quatre morts et dix blessés dans le Jura",
                  subject="accident de car")
    train = claim("b1:c1", "Un accident de train fait cinq morts et dix blessés dans le Jura",
                  subject="accident de train")
    hit = _hit(_side(coach, "a.fr"), _side(train, "b.fr"))
    assert hit is not None and hit.kind == "quantity"
    plane = claim("c1:c1", "Un accident d'avion fait un mort dans le Jura", subject="accident d'avion")
    engine = claim("d1:c1", "Un accident, car le moteur a lâché, fait deux morts dans le Jura", subject="accident")
    hit = _hit(_side(plane, "c.fr"), _side(engine, "d.fr"))
    assert hit is not None and hit.kind == "quantity"


def test_an_object_s_month_told_days_after_it_ends_or_a_day_to_come_is_not_the_deed_s() -> None:
    """« a annoncé un rachat fin juin » told on 3 July: the month began weeks before the report, so the
    object's date is what is announced, not the announcement's day. « a reporté l'audience au 25
    octobre » told on 14 October: a day after the report is no deed's own day read into its object."""
    kw = {"subject": "brasserie", "predicate": "annoncer", "language": "fr"}
    june = claim("a1:c1", "La brasserie a annoncé un rachat fin juin par un groupe belge",
                 object="un rachat fin juin par un groupe belge", time="2031-06", **kw)
    tuesday = claim("b1:c1", "Mardi, la brasserie a annoncé un rachat par un groupe belge",
                    object="un rachat par un groupe belge", time="2031-07-01", **kw)
    published = date(2031, 7, 3)
    a = Side(june, outlet="a.fr", published=published, headline=june.sentence, language="fr")
    b = Side(tuesday, outlet="b.fr", published=published, headline=tuesday.sentence, language="fr")
    assert check_date(a, b) is None
    kw = {"subject": "tribunal", "predicate": "reporter", "language": "fr"}
    later = claim("c1:c1", "Le tribunal a reporté l'audience au samedi 25 octobre",
                  object="l'audience au samedi 25 octobre", time="2031-10-25", **kw)
    monday = claim("d1:c1", "Lundi, le tribunal a reporté l'audience", object="l'audience", time="2031-10-13", **kw)
    published = date(2031, 10, 14)
    c = Side(later, outlet="c.fr", published=published, headline=later.sentence, language="fr")
    d = Side(monday, outlet="d.fr", published=published, headline=monday.sentence, language="fr")
    assert check_date(c, d) is None
    # the object's day is what keeps them apart: without the rule, the two days conflict
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(contradictions, "_object_dated_earlier", lambda x, y: False)
        assert check_date(a, b) is not None and check_date(c, d) is not None


def test_a_road_collision_does_not_join_a_crash_of_another_kind() -> None:
    """« collision » joins road and rail (a level crossing); a motorbike's collision with a tractor says
    nothing of a helicopter crash: two kinds, two tolls, no conflict."""
    copter = claim("a1:c1", "Un accident d'hélicoptère fait deux blessés en Savoie", subject="accident d'hélicoptère")
    moto = claim("b1:c1", "Un accident de moto fait cinq blessés en Savoie après une collision contre un tracteur",
                 subject="accident de moto")
    assert _hit(_side(copter, "a.fr"), _side(moto, "b.fr")) is None
    # the kinds alone keep them apart: stubbed, the two tolls conflict
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(contradictions, "_kinds_apart", lambda x, y: False)
        hit = _hit(_side(copter, "a.fr"), _side(moto, "b.fr"))
    assert hit is not None and hit.kind == "quantity"


@pytest.mark.parametrize("text", ["Le quinté du samedi 6 septembre à Chantilly",
                                  "Nos pronostics : quinté du samedi 6 septembre à Chantilly",
                                  "Quinté du samedi 6 septembre à Chantilly"])
def test_a_race_named_by_its_day_after_an_article_or_a_rubric(text: str) -> None:
    # the noun read as a verb's form (lemma « quinter »), with an article or a rubric before it, still names
    assert _dated_by_name(claim("a1:c1", text, predicate="quinter", time="2031-09-06"))


def test_a_deed_s_participle_after_its_auxiliary_is_still_no_name() -> None:
    span = claim("a1:c1", "Le pont a été bloqué du mardi 2 au jeudi 4 septembre", predicate="bloquer",
                 time="2031-09-02")
    assert not _dated_by_name(span)
