"""Attacks on the merge pass's place test (``stories.merge_places``), built day by day as a desk builds:
one fire told from the two banks of a river that is a regional border, a town's fire told later by its
département and its region, a follow-up that names no place. Each must stay one story, in either order
of a day's articles. Guards, not fixes: the built piles are one story with the place test off too; they keep it
from splitting one event.
Invented piles."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.places import located
from recoupe.resolve.stories import places_held
from tests.resolve.helpers import build_pile_stories_by_day
from tests.resolve.test_story_merge_places import _story

D1, D2 = "2026-09-08", "2026-09-09"
# One fire in the scrub on the Rhône, told from the Gard bank (Occitanie) and the Vaucluse bank (Provence), ten
# kilometres apart but in two regions: places apart for the place test.
WEST_BANK = [
    ("ouest-1", D1, "Incendie : 400 hectares de garrigue brûlés près de Pont-Saint-Esprit",
     "Un incendie a brûlé 400 hectares de garrigue près de Pont-Saint-Esprit, dans le Gard, selon la préfecture. "
     "Trois cents pompiers combattent les flammes avec des Canadair."),
    ("ouest-2", D1, "Gard : le feu de Pont-Saint-Esprit toujours actif",
     "Le feu qui a couvert 400 hectares de garrigue près de Pont-Saint-Esprit reste actif, disent les pompiers du "
     "Gard. Des maisons ont été évacuées."),
    ("ouest-3", D1, "Pont-Saint-Esprit : des habitants évacués face aux flammes",
     "Face aux flammes qui avancent près de Pont-Saint-Esprit, dans le Gard, la préfecture a fait évacuer des "
     "maisons. Les Canadair multiplient les largages."),
    ("ouest-4", D1, "Incendie dans le Gard : les pompiers gagnent du terrain",
     "Les pompiers gagnent du terrain sur l'incendie du Gard, qui a brûlé 400 hectares de garrigue près de "
     "Pont-Saint-Esprit."),
    ("ouest-5", D2, "Pont-Saint-Esprit : le feu est fixé",
     "Le feu qui a brûlé 420 hectares de garrigue près de Pont-Saint-Esprit, dans le Gard, est fixé, annoncent "
     "les pompiers."),
]
EAST_BANK = [
    ("est-1", D1, "Bollène : l'incendie de l'autre rive inquiète",
     "Un incendie a brûlé 400 hectares de garrigue en face de Bollène, dans le Vaucluse, selon la préfecture. Les "
     "pompiers combattent les flammes avec des Canadair."),
    ("est-2", D1, "Vaucluse : la fumée de l'incendie recouvre Bollène",
     "La fumée de l'incendie qui a brûlé 400 hectares de garrigue près de Bollène recouvre la ville, disent les "
     "pompiers du Vaucluse."),
    ("est-3", D2, "Bollène : l'incendie est fixé, la fumée se dissipe",
     "L'incendie qui a brûlé 420 hectares de garrigue près de Bollène est fixé, annoncent les pompiers du "
     "Vaucluse."),
]


def test_the_two_banks_are_places_apart_for_the_place_test() -> None:
    # what makes the pile below an attack: each bank's story does not hold the other's places
    west = _story(*[("Gard", "Pont-Saint-Esprit")] * 4)
    east = _story(("Vaucluse", "Bollène"), ("Bollène",))
    assert located("Pont-Saint-Esprit") and located("Bollène")
    assert not places_held(east, 2, west, 4, 0.2)


@pytest.mark.model
@pytest.mark.parametrize("reverse", [False, True])
def test_one_fire_told_from_the_two_banks_of_a_regional_border_stays_one_story(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, reverse: bool) -> None:
    story = build_pile_stories_by_day(tmp_path, nlp, [*WEST_BANK, *EAST_BANK], reverse=reverse)
    assert len(set(story.values())) == 1


def test_a_town_s_fire_is_held_by_its_departement_s_and_its_region_s_fire_story() -> None:
    town = _story(("Brignoles",), ("Brignoles",), ("Brignoles",))
    assert places_held(town, 3, _story(*[("Var",)] * 4), 4, 0.2)
    assert places_held(town, 3, _story(*[("Provence-Alpes-Côte d'Azur",)] * 4), 4, 0.2)
    # and the other way: the département's story into the town's
    assert places_held(_story(("Var",), ("Var",)), 2, _story(*[("Brignoles",)] * 4), 4, 0.2)


# One fire near a town, told on the second day by its département and its region, then by the prosecutor with no
# place at all.
TOWN = [
    ("ville-1", D1, "Incendie : 250 hectares de pins brûlés près de Brignoles",
     "Un incendie a brûlé 250 hectares de pins près de Brignoles, selon la préfecture. Deux cents pompiers "
     "combattent les flammes avec des Canadair."),
    ("ville-2", D1, "Brignoles : le feu reste actif, des maisons évacuées",
     "Le feu qui a brûlé 250 hectares de pins près de Brignoles reste actif, disent les pompiers. Des maisons ont "
     "été évacuées."),
    ("ville-3", D1, "Brignoles : les Canadair multiplient les largages",
     "Près de Brignoles, les Canadair multiplient les largages sur le feu qui a brûlé 250 hectares de pins, selon "
     "les pompiers."),
]
WIDER = [
    ("dep-1", D2, "Var : le feu de 250 hectares de pins est fixé",
     "Les pompiers du Var annoncent que l'incendie de 250 hectares de pins est fixé. Les maisons évacuées "
     "retrouvent leurs habitants."),
    ("dep-2", D2, "Incendie du Var : les habitants évacués rentrent chez eux",
     "Les habitants évacués face au feu qui a brûlé 250 hectares de pins dans le Var rentrent chez eux, selon la "
     "préfecture."),
    ("nulle-1", D2, "Incendie : le feu a été allumé volontairement, dit le parquet",
     "Le feu qui a brûlé 250 hectares de pins a été allumé volontairement, selon le parquet. Les pompiers "
     "surveillent les lisières."),
]


@pytest.mark.model
def test_the_place_test_splits_no_town_s_fire_from_its_departement_s_or_placeless_follow_ups(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp) -> None:
    on = build_pile_stories_by_day(tmp_path, nlp, [*TOWN, *WIDER])
    off = build_pile_stories_by_day(tmp_path, nlp, [*TOWN, *WIDER], merge_places=0.0)
    # the place test never keeps apart what the build joins without it
    assert all(on[a] == on[b] for a in off for b in off if off[a] == off[b])
