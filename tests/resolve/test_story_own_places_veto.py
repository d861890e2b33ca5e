"""The place-apart veto between two fire stories, article by article, reads the story's own areas: those half its
placed articles name, its countries left out when it names something more precise, and the article's most precise
areas. A fire in the Var is not held by a Landes fire story whose every article said that France asked Portugal for
aircraft (a country is never apart from anything); one fire told by its country alone is still one story, and so is
one fire whose live page named another's département once. Invented piles, built day by day, in either order of a
day's articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.places import located
from recoupe.resolve.stories import AREA_ANY, KEY_WEIGHT, own_areas, precise_areas
from tests.resolve.helpers import build_pile_stories_by_day

D1, D2 = "2026-09-15", "2026-09-16"
DROME = [
    ("m1", D1, "Incendie dans la Drôme : 300 hectares brûlés près de Montélimar",
     "Un incendie a brûlé 300 hectares de pins près de Montélimar, dans la Drôme, selon la préfecture. Quatre cents "
     "pompiers luttent contre les flammes avec des Canadair."),
    ("m2", D1, "Drôme : le feu près de Montélimar reste actif",
     "Le feu qui couvre 300 hectares près de Montélimar reste actif, indiquent les pompiers de la Drôme. Deux "
     "hameaux ont été vidés."),
    ("m3", D1, "Montélimar : des habitants évacués face à l'incendie",
     "Face à l'incendie qui progresse près de Montélimar, dans la Drôme, la préfecture a fait évacuer deux hameaux. "
     "Les Canadair enchaînent les largages."),
    ("m4", D1, "EN DIRECT - Incendies : le feu de la Drôme toujours actif, un départ de feu dans le Var",
     "Le feu qui a brûlé 300 hectares près de Montélimar, dans la Drôme, reste actif, selon les pompiers. Dans le "
     "Var, un départ de feu près de Brignoles mobilise aussi les pompiers. Les Canadair enchaînent les largages."),
    ("m5", D1, "Incendie de la Drôme : les pompiers gagnent du terrain",
     "Les pompiers gagnent du terrain sur l'incendie de la Drôme, qui a brûlé 300 hectares près de Montélimar."),
    ("m6", D2, "Drôme : l'incendie près de Montélimar est fixé",
     "L'incendie qui a brûlé 320 hectares près de Montélimar, dans la Drôme, est fixé, annoncent les pompiers. Les "
     "habitants évacués rentrent."),
]
# A fire in the Landes whose every article says that France asked Portugal for aircraft: the story names two
# countries from its first day, and a country is never apart from anything.
LANDES = [
    ("l1", D1, "Landes : un incendie a brûlé 900 hectares de pins près de Mimizan",
     "Un incendie a brûlé 900 hectares de pins près de Mimizan, dans les Landes, selon la préfecture. La France a "
     "demandé deux avions au Portugal."),
    ("l2", D1, "Incendie près de Mimizan : des campings évacués",
     "Près de Mimizan, la préfecture a fait évacuer trois campings menacés par les flammes. La France a obtenu "
     "deux avions du Portugal."),
    ("l3", D1, "Landes : le feu de Mimizan progresse vers la côte",
     "Le feu de Mimizan progresse vers la côte des Landes, disent les pompiers. Deux avions prêtés par le Portugal "
     "à la France sont attendus."),
    ("l4", D2, "Mimizan : l'incendie des Landes est fixé",
     "L'incendie qui a brûlé 950 hectares près de Mimizan est désormais fixé, dit la préfecture. Les avions du "
     "Portugal quittent la France."),
]
# a fire in the Var the next day, told with the same words and the same aircraft
VAR_FRANCE = [("v1", D2, "Incendie : 600 hectares de pins brûlés près de Brignoles",
               "Un incendie a brûlé 600 hectares de pins près de Brignoles, dans le Var, selon la préfecture. La "
               "France a demandé deux avions au Portugal.")]
# the Landes fire told the next day by its country alone: nothing more precise, nothing apart
LANDES_BY_COUNTRY = [("l5", D2, "France : l'incendie de Mimizan a brûlé 950 hectares de pins",
                      "En France, l'incendie de Mimizan a brûlé 950 hectares de pins avant d'être fixé, annoncent "
                      "les pompiers. Les avions du Portugal repartent.")]


def test_own_areas_drop_what_fewer_than_half_the_placed_articles_name() -> None:
    k = KEY_WEIGHT
    drome, var = f"ar:{located('Drôme')}", f"ar:{located('Var')}"
    story = {AREA_ANY: 5 * k, drome: 5 * k, var: 1 * k, "pl:e9": 1 * k, "ae:burn": 3 * k, "w:feu": 2.0}
    assert own_areas(story) == {AREA_ANY: 5 * k, drome: 5 * k, "pl:e9": 1 * k, "ae:burn": 3 * k, "w:feu": 2.0}


def test_a_story_s_country_is_its_own_place_only_when_it_names_nothing_more_precise() -> None:
    k = KEY_WEIGHT
    france, landes = f"ar:{located('France')}", f"ar:{located('Landes')}"
    story = {AREA_ANY: 4 * k, france: 4 * k, landes: 4 * k}
    assert own_areas(story) == {AREA_ANY: 4 * k, landes: 4 * k}
    assert own_areas({AREA_ANY: 4 * k, france: 4 * k}) == {AREA_ANY: 4 * k, france: 4 * k}
    assert precise_areas(frozenset({located("France"), located("Var")})) == {located("Var")}
    assert precise_areas(frozenset({located("France")})) == {located("France")}


@pytest.mark.model
@pytest.mark.parametrize("reverse", [False, True])
def test_one_fire_whose_live_page_named_another_place_stays_one_story(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, reverse: bool) -> None:
    story = build_pile_stories_by_day(tmp_path, nlp, DROME, reverse=reverse)
    assert len(set(story.values())) == 1


@pytest.mark.model
@pytest.mark.parametrize("reverse", [False, True])
def test_a_fire_elsewhere_is_not_held_by_a_fire_story_that_named_its_country(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, reverse: bool) -> None:
    story = build_pile_stories_by_day(tmp_path, nlp, [*LANDES, *VAR_FRANCE], reverse=reverse)
    assert story["v1"] != story["l1"]
    assert len({story[a] for a, *_ in LANDES}) == 1


@pytest.mark.model
@pytest.mark.parametrize("reverse", [False, True])
def test_a_fire_told_by_its_country_alone_stays_in_its_story(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, reverse: bool) -> None:
    story = build_pile_stories_by_day(tmp_path, nlp, [*LANDES, *LANDES_BY_COUNTRY], reverse=reverse)
    assert len(set(story.values())) == 1
