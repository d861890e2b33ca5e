"""When an ongoing event began, told by how long it has lasted or by its start date (issue 13,
``date``). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, check_start, compare, conflict_keys, starts
from recoupe.model import Claim
from tests.claims.helpers import claim as _c
from tests.claims.helpers import keys_meet


def _side(c: Claim, day: str, outlet: str = "journal.fr") -> Side:
    return Side(c, outlet=outlet, published=date.fromisoformat(day))


TEN_DAYS = _c("a1:c1", "Depuis dix jours, les sapeurs-pompiers combattent le feu des Maures",
              subject="les sapeurs-pompiers", predicate="combattre")
TWO_MONTHS = _c("b1:c1", "Le feu des Maures a été maîtrisé après deux mois de lutte",
                subject="Le feu des Maures", predicate="maîtriser")
STARTED = _c("c1:c1", "Le feu avait éclaté le 2 juin près de Collobrières", subject="Le feu",
             predicate="éclater", time="2025-06-02")
THREE_WEEKS = _c("d1:c1", "La grève dure depuis près de trois semaines dans les dépôts", subject="La grève",
                 predicate="durer")



def test_the_start_is_the_report_day_less_the_length_widened_by_its_approximation() -> None:
    (s,) = starts(TEN_DAYS, date(2025, 6, 20))
    assert s.event == "feu" and (s.first, s.last) == (date(2025, 6, 9), date(2025, 6, 11))
    (near,) = starts(THREE_WEEKS, date(2025, 6, 22))  # « près de trois semaines »: 16.8 to 21 days
    assert near.event == "greve" and (near.first, near.last) == (date(2025, 6, 1), date(2025, 6, 6))
    (dated,) = starts(STARTED, None)
    assert (dated.first, dated.last) == (date(2025, 6, 2), date(2025, 6, 2))


def test_two_starts_of_one_fire_weeks_apart_conflict_as_a_date() -> None:
    # ten days by 28 June (17 to 19 June) against two months by 31 July (20 May to 13 June)
    hit = compare(_side(TEN_DAYS, "2025-06-28"), _side(TWO_MONTHS, "2025-07-31", "autre.fr"))
    assert hit is not None and hit.kind == "date"
    assert "autre.fr" in hit.explanation
    assert check_start(_side(TEN_DAYS, "2025-06-28"), _side(STARTED, "2025-07-08", "autre.fr")) is not None
    assert keys_meet(TEN_DAYS, TWO_MONTHS) and keys_meet(TEN_DAYS, STARTED)


def test_lengths_that_agree_on_the_start_do_not_conflict() -> None:
    # two months by 31 July and a start on 2 June agree
    assert check_start(_side(TWO_MONTHS, "2025-07-31"), _side(STARTED, "2025-07-08", "autre.fr")) is None
    # « depuis dix jours » told on the 12th: the 2nd, the same start
    assert check_start(_side(TEN_DAYS, "2025-06-12"), _side(STARTED, "2025-06-20", "autre.fr")) is None


def test_starts_of_different_events_or_unstated_ones_do_not_conflict() -> None:
    # a strike's length against a fire's start
    assert check_start(_side(THREE_WEEKS, "2025-07-08"), _side(STARTED, "2025-07-08", "autre.fr")) is None
    # no event named: a length alone says nothing of which event began when
    alone = _c("e1:c1", "Depuis deux mois, les habitants attendent une réponse", subject="les habitants",
               predicate="attendre")
    assert starts(alone, date(2025, 7, 8)) == []
    # a negated or hedged length is not a start
    hedged = _c("f1:c1", "Le feu pourrait durer depuis trois jours", modality="speculative")
    assert starts(hedged, date(2025, 7, 8)) == []


def test_a_length_told_of_another_day_is_not_counted_back_from_the_report() -> None:
    then = _c("g1:c1", "En mai, la grève durait depuis trois semaines", subject="la grève", predicate="durer",
              time="2025-05")
    assert starts(then, date(2025, 7, 8)) == []
    today = _c("h1:c1", "La grève dure depuis trois semaines", subject="la grève", predicate="durer",
               time="2025-07-08")
    assert len(starts(today, date(2025, 7, 8))) == 1
    burning = _c("i1:c1", "Le feu brûle depuis trois semaines", subject="Le feu", predicate="brûler", time="2025-07-08")
    assert conflict_keys(burning)[0] & conflict_keys(TEN_DAYS)[1]  # keyed whatever its date


def test_a_start_verb_dates_the_event_named_before_it_only() -> None:
    rain = _c("e1:c1", "L'averse, qui a débuté mardi, a aidé les pompiers à contenir le brasier",
              subject="L'averse", predicate="aider", time="2025-06-14")
    assert starts(rain, date(2025, 6, 15)) == []
    sentence = "Le brasier des Maures, qui avait éclaté mardi, a parcouru 300 hectares."
    relative = _c("f1:c2", "qui avait éclaté mardi", sentence=sentence, predicate="éclater", time="2025-06-12")
    (s,) = starts(relative, date(2025, 6, 14))
    assert s.event == "feu" and s.first == date(2025, 6, 12)


def test_a_clause_naming_two_days_dates_no_start() -> None:
    both = _c("g1:c1", "Le brasier, qui avait éclaté mardi, restait actif ce vendredi soir", subject="Le brasier",
              predicate="être", time="2025-06-14")
    assert starts(both, date(2025, 6, 14)) == []


def test_one_week_is_a_round_length() -> None:
    week = _c("h1:c1", "Le feu des Maures sévit depuis une semaine", subject="Le feu des Maures", predicate="sévir")
    (s,) = starts(week, date(2025, 6, 20))
    # five days to eleven: a start on the 10th is within it, so no conflict with « le 10 juin »
    assert s.first <= date(2025, 6, 10) <= s.last


# -- two fires placed in two departments are two fires -------------------------------------------------
def test_starts_of_fires_placed_in_two_departments_do_not_conflict() -> None:
    month = _c("e1:c1", "Dans le Gard, le feu des garrigues maîtrisé après trente jours de combat",
               predicate="maîtriser", place="Gard")
    week = _c("f1:c1", "brûlant depuis six jours sur la lande", subject="feu", predicate="brûler",
              sentence="Dans la Manche, le feu, brûlant depuis six jours sur la lande, gagne du terrain")
    same_dept = _c("g1:c1", "brûlant depuis six jours sur la lande", subject="feu", predicate="brûler",
                   sentence="Dans le Gard, le feu, brûlant depuis six jours sur la lande, gagne du terrain")
    town = _c("h1:c1", "brûlant depuis six jours", subject="feu", predicate="brûler",
              sentence="À Cherbourg, le feu, brûlant depuis six jours, gagne du terrain")
    no_place = _c("i1:c1", "brûlant depuis six jours", subject="feu", predicate="brûler",
                  sentence="Le feu, brûlant depuis six jours, gagne du terrain")
    day = "2025-08-19"
    assert check_start(_side(month, day), _side(week, day, "autre.fr")) is None  # Gard / Manche
    assert check_start(_side(month, day), _side(town, day, "autre.fr")) is None  # Gard / a town of Normandy
    for other in (same_dept, no_place):  # one department, or nothing to tell them apart
        hit = check_start(_side(month, day), _side(other, day, "autre.fr"))
        assert hit is not None and hit.kind == "date"
    # a clause that names no place is placed by its article's headline
    elsewhere = Side(no_place, outlet="autre.fr", published=date.fromisoformat(day),
                     headline="Incendies : le feu de lande au nord de Brest est fixé")
    assert check_start(_side(month, day), elsewhere) is None
    near = Side(no_place, outlet="autre.fr", published=date.fromisoformat(day),
                headline="Incendies : le feu de garrigue au nord de Nîmes est fixé")
    assert check_start(_side(month, day), near) is not None


def test_places_named_as_departments_regions_and_towns() -> None:
    from recoupe.resolve.places import areas_apart, areas_named

    assert areas_named("Dans le Gard, le feu progresse vers la Lozère") == ("Gard", "Lozère")
    assert areas_named("la Macédoine du Nord ou la Corée du Nord") == ()  # the tail of another name
    assert areas_named("Le Gard brûle") == ()  # no word of place before it
    assert areas_apart(("Gard",), ("Manche",))
    assert areas_apart(("Gard",), ("Lozère",))  # two departments of one region
    assert not areas_apart(("Gard",), ("Occitanie",))  # the region around it
    assert not areas_apart(("Gard",), ())  # nothing on one side
    assert not areas_apart(("Gard",), ("Gard", "Manche"))
