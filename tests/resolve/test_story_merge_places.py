"""The merge pass's place test (``stories.merge_places``): a story does not go into a bigger one whose
articles do not name its own places, though that story once took a round-up naming them; an event's
follow-ups naming its region or its country still go into it. Invented piles."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.places import located
from recoupe.resolve.stories import AREA_ANY, KEY_WEIGHT, places_held, same_place, site_events, story_merges
from tests.resolve.helpers import build_pile_stories


def _story(*articles: tuple[str, ...], events: tuple[str, ...] = ("burn",)) -> dict[str, float]:
    """A story's ``ar:`` keys as its articles (each the place names it gives) post them, and the ``as:`` keys
    of the site-bound events it tells (a fire's, unless told otherwise: the place test reads only fires)."""
    out: dict[str, float] = {f"as:{e}": KEY_WEIGHT for e in events}
    for names in articles:
        areas = {located(n) for n in names} - {""}
        for area in areas:
            out[f"ar:{area}"] = out.get(f"ar:{area}", 0.0) + KEY_WEIGHT
        if areas:  # as an article posts them: the any-area key only with an area
            out[AREA_ANY] = out.get(AREA_ANY, 0.0) + KEY_WEIGHT
    return out


# a big story of fires in the Drôme that took one round-up naming Greece too
FIRES = _story(*[("Drôme", "Montélimar")] * 5, ("Drôme",) * 1, ("Drôme", "Grèce", "Athènes"), ("France",),
               ("Montélimar",), ("France",))


def test_a_fire_abroad_is_not_held_by_a_story_that_named_its_country_once() -> None:
    greece = _story(("Grèce", "Athènes"), ("Grèce",), ("Athènes",))
    assert not places_held(greece, 3, FIRES, 10, 0.2)


def test_a_country_is_a_story_s_own_place_only_when_it_names_nothing_more_precise() -> None:
    # each article of a fire abroad says the water bombers were lent by France: France is no place of it
    lent = _story(("Grèce", "Athènes", "France"), ("Grèce", "France"), ("Athènes", "France"))
    assert not places_held(lent, 3, FIRES, 10, 0.2)


def test_a_fire_is_told_by_what_burned_not_by_a_verb_of_burning() -> None:
    assert site_events(["feu", "parcourir", "hectare"], []) == {"burn"}
    assert site_events(["détruire"], ["#n:ha"]) == {"burn"}
    assert site_events(["wildfire", "sweep"], []) == {"burn"}
    assert site_events(["tempête", "ravager", "toiture"], []) == set()  # a storm's damage


def test_a_follow_up_naming_the_region_or_the_country_is_held() -> None:
    region = _story(("Auvergne-Rhône-Alpes",), ("Auvergne-Rhône-Alpes", "France"))
    assert places_held(region, 2, FIRES, 10, 0.2)
    country = _story(("France",), ("France", "Valence"))
    assert places_held(country, 2, FIRES, 10, 0.2)


def test_a_story_told_mostly_without_places_holds_a_place_its_few_placed_articles_name() -> None:
    # an attack on a computer system: 20 articles, 4 name a place, 3 of them the town the smaller story names
    attack = _story(*[()] * 16, ("Lyon",), ("Lyon",), ("Lyon", "France"), ("France",))
    aftermath = _story(("Lyon",), ("Lyon",), ())
    assert places_held(aftermath, 3, attack, 20, 0.2)
    assert not places_held(_story(("Lille",), ("Lille",)), 2, attack, 20, 0.2)  # another town


def test_a_story_with_no_own_place_is_held_anywhere() -> None:
    assert places_held(_story(("Grèce",), (), ()), 3, FIRES, 10, 0.2)  # one article of three named a place
    assert places_held({}, 2, FIRES, 10, 0.2)


def test_a_fire_in_another_french_region_is_not_held() -> None:
    aude = _story(("Aude", "Narbonne"), ("Aude",))
    assert not places_held(aude, 2, FIRES, 10, 0.2)


def test_same_place_is_one_country_and_not_apart() -> None:
    drome, montelimar, france = located("Drôme"), located("Montélimar"), located("France")
    assert same_place(drome, montelimar) and same_place(montelimar, drome) and same_place(france, drome)
    assert not same_place(drome, france)  # a story naming France does not say it was in the Drôme
    assert not same_place(located("Grèce"), drome)
    assert not same_place(located("Aude"), drome)  # two French regions


def test_the_merge_pass_refuses_what_the_place_test_refuses_and_sends_it_nowhere_else() -> None:
    scored = {"s1": {"big": 0.6, "other": 0.5}, "s2": {"big": 0.55, "other": 0.5}}
    sizes = {"small": 2, "big": 9, "other": 9}
    merges = story_merges({"small": ["s1", "s2"]}, scored, lambda sid: sizes.get(sid, 0), 0.4, 3.0)
    assert merges == {"small": "big"}
    refused = story_merges({"small": ["s1", "s2"]}, scored, lambda sid: sizes.get(sid, 0), 0.4, 3.0,
                           placed=lambda a, b: b != "big")
    assert refused == {}


# A fire in the Drôme told over three days by eight outlets, the last (a round-up) naming a fire near
# Athens too, which two outlets told the day before. Invented texts.
D1, D2, D3 = "2026-07-20", "2026-07-21", "2026-07-22"
DROME = [
    ("drome-1", D1, "Incendie dans la Drôme : 300 hectares brûlés près de Montélimar",
     "Un incendie a brûlé 300 hectares de pins près de Montélimar, dans la Drôme, selon la préfecture. "
     "Quatre cents sapeurs-pompiers luttent contre les flammes, appuyés par des Canadair."),
    ("drome-2", D1, "Drôme : le feu près de Montélimar reste actif",
     "Le feu qui couvre 300 hectares près de Montélimar reste actif, indiquent les "
     "pompiers de la Drôme. Dans la nuit, deux hameaux ont été vidés."),
    ("drome-3", D1, "Montélimar : des habitants évacués face à l'incendie",
     "Face à l'incendie qui progresse près de Montélimar, dans la Drôme, la préfecture a fait évacuer deux"
     " hameaux. Les Canadair enchaînent les largages."),
    ("drome-4", D1, "Incendie de la Drôme : les pompiers gagnent du terrain",
     "Les sapeurs-pompiers gagnent du terrain sur l'incendie de la Drôme, qui a brûlé 300 hectares près de"
     " Montélimar. Le vent est tombé dans la soirée."),
    ("drome-5", D3, "Drôme : l'incendie près de Montélimar est fixé",
     "L'incendie qui a brûlé 320 hectares près de Montélimar, dans la Drôme, est fixé, annoncent les "
     "pompiers. Les habitants évacués regagnent leurs maisons."),
    ("drome-6", D3, "Feu de Montélimar : le parquet cherche la cause du sinistre",
     "Le parquet cherche la cause du sinistre qui a brûlé 320 hectares près de "
     "Montélimar, dans la Drôme. Les pompiers restent sur place."),
    ("drome-7", D3, "Drôme : les pompiers surveillent les lisières après l'incendie",
     "Après l'incendie de Montélimar, les sapeurs-pompiers de la Drôme surveillent les lisières. Les "
     "Canadair sont repartis."),
    ("recap", D3, "Incendie de Montélimar : la Drôme panse ses plaies, la Grèce face aux flammes",
     "Dans la Drôme, l'incendie de Montélimar a brûlé 320 hectares de pins et les sapeurs-pompiers de la "
     "Drôme surveillent les lisières, selon la préfecture. Les habitants évacués regagnent leurs maisons. "
     "En Grèce, un incendie a aussi brûlé des pins au nord d'Athènes."),
]
GREECE = [
    ("grece-1", D2, "Grèce : 2 000 hectares de pins brûlés au nord d'Athènes",
     "Un incendie a brûlé 2 000 hectares de pins au nord d'Athènes, en Grèce, selon les autorités "
     "grecques. Des habitants sont évacués. Les pompiers luttent contre les flammes, appuyés par des "
     "Canadair."),
    ("grece-2", D2, "Grèce : des habitants évacués au nord d'Athènes",
     "Des habitants sont évacués au nord d'Athènes, en Grèce, où un incendie a brûlé 2 000 hectares de "
     "pins, selon les autorités grecques. Les pompiers luttent contre les flammes avec des Canadair."),
]
# the Drôme fire's follow-ups: the region's aid, naming the region and the country
REGION = [
    ("region-1", D1, "Auvergne-Rhône-Alpes : la région débloque une aide après l'incendie",
     "Le conseil régional d'Auvergne-Rhône-Alpes débloque une aide pour les habitants évacués après le feu ayant "
     "brûlé des hectares de pins, a annoncé son président. Les pompiers luttent contre les flammes, "
     "appuyés par des Canadair."),
    ("region-2", D1, "Incendie : une aide d'Auvergne-Rhône-Alpes pour les habitants évacués",
     "Les habitants évacués face au feu ayant brûlé des hectares de pins recevront une aide du conseil "
     "régional d'Auvergne-Rhône-Alpes, a annoncé son président. En France, les pompiers luttent contre les "
     "flammes avec des Canadair."),
]


@pytest.mark.model
def test_a_fire_abroad_does_not_go_into_the_fire_story_whose_round_up_named_it(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp) -> None:
    story = build_pile_stories(tmp_path, nlp, [*DROME, *GREECE])  # on by default (settings)
    assert story["grece-1"] == story["grece-2"]
    assert story["grece-1"] != story["drome-1"]
    assert story["recap"] == story["drome-1"]
    # what the place test refuses: without it, the merge pass takes the Greek fire into the Drôme's
    merged = build_pile_stories(tmp_path, nlp, [*DROME, *GREECE], merge_places=0.0)
    assert merged["grece-1"] == merged["drome-1"]


# the Greek fire told without a verb of burning, and with the water bombers lent by France in each article
GREECE_SWEPT = [(slug, day, title.replace("brûlés", "parcourus"), text.replace("a brûlé", "a parcouru"))
                for slug, day, title, text in GREECE]
GREECE_LENT = [(slug, day, title, text.replace("Canadair.", "Canadair envoyés par la France."))
               for slug, day, title, text in GREECE]


@pytest.mark.model
@pytest.mark.parametrize("greece", [GREECE_SWEPT, GREECE_LENT], ids=["no-burn-verb", "country-lent"])
def test_a_fire_abroad_told_otherwise_does_not_go_into_the_fire_story(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, greece) -> None:
    story = build_pile_stories(tmp_path, nlp, [*DROME, *greece])
    assert story["grece-1"] == story["grece-2"] != story["drome-1"]


@pytest.mark.model
def test_follow_ups_naming_the_region_and_the_country_still_go_into_their_event(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp) -> None:
    story = build_pile_stories(tmp_path, nlp, [*DROME, *REGION])
    assert story["region-1"] == story["region-2"] == story["drome-1"]
