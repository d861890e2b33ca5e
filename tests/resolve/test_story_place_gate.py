"""The merge pass's place test reads only two stories that both tell a fire (``SITE_EVENTS``): one storm,
strike or war is told from several towns and its country; and a bigger story with fewer than two placed
articles says nothing of where it is. Invented piles."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.stories import places_held
from tests.resolve.helpers import build_pile_stories
from tests.resolve.test_story_merge_places import _story


def test_a_town_s_story_is_held_by_a_story_of_its_country_when_neither_tells_a_fire() -> None:
    # power cuts in a country (and a neighbour), one town's account of them
    grid = _story(*[("Ukraine", "Russie")] * 7, ("Ukraine", "Kiev"), events=("kill",))
    assert places_held(_story(("Kiev",), ("Kiev",), events=("kill",)), 2, grid, 8, 0.2)
    strike = _story(*[("France",)] * 8, ("France", "Paris"), events=())
    assert places_held(_story(("Marseille",), ("Marseille",), events=()), 2, strike, 9, 0.2)
    storm = _story(*[("United Kingdom",)] * 6, ("London", "United Kingdom"), events=("injure",))
    assert places_held(_story(("London",), ("London",), events=("injure",)), 2, storm, 7, 0.2)


def test_a_fire_in_another_town_is_still_not_held_by_a_fire_story() -> None:
    lyon_fire = _story(*[("Lyon",)] * 6)
    assert not places_held(_story(("Lille",), ("Lille",)), 2, lyon_fire, 6, 0.2)
    # a fire's story is not held by a storm's story naming other towns either way round: only one tells a fire
    assert places_held(_story(("Lille",), ("Lille",)), 2, _story(*[("Lyon",)] * 6, events=("kill",)), 6, 0.2)


def test_a_story_with_fewer_than_two_placed_articles_holds_any_place() -> None:
    mine = _story(("Lyon",), ("Lyon",))
    assert places_held(mine, 2, _story(*[()] * 12), 12, 0.2)  # no placed article
    assert places_held(mine, 2, _story(*[()] * 11, ("Lille",)), 12, 0.2)  # one, elsewhere
    assert not places_held(mine, 2, _story(*[()] * 10, ("Lille",), ("Lille",)), 12, 0.2)  # two, elsewhere


# One storm told from two towns the same day (six outlets from Brest, two from Le Havre) and a round-up of
# both the day after (the review's pile). Invented texts.
D1, D2 = "2026-11-02", "2026-11-03"
BREST = [
    ("brest-1", D1, "Tempête : un automobiliste tué à Brest",
     "La tempête a tué un automobiliste à Brest jeudi matin, écrasé par un arbre, selon les pompiers. Des "
     "rafales à 150 km/h ont été relevées."),
    ("brest-2", D1, "Brest : un mort dans la tempête",
     "Un automobiliste a été tué jeudi à Brest par la chute d'un arbre pendant la tempête, indiquent les "
     "pompiers. Les rafales sont montées à 150 km/h."),
    ("brest-3", D1, "Tempête : Brest pleure un automobiliste",
     "À Brest, la tempête a tué un automobiliste jeudi, écrasé par un arbre. Les pompiers ont mené des "
     "centaines d'interventions."),
    ("brest-4", D1, "Tempête : les pompiers de Brest débordés",
     "Les pompiers de Brest ont mené des centaines d'interventions jeudi pendant la tempête, qui a tué un "
     "automobiliste écrasé par un arbre."),
    ("brest-5", D1, "Tempête : le maire de Brest décrète un deuil",
     "Le maire de Brest décrète un jour de deuil après la mort d'un automobiliste tué par la chute d'un arbre "
     "pendant la tempête."),
    ("brest-6", D1, "Tempête : des écoles fermées à Brest",
     "Les écoles de Brest sont fermées vendredi après la tempête, qui a tué un automobiliste jeudi, écrasé "
     "par un arbre."),
]
HAVRE = [
    ("havre-1", D1, "Tempête : un passant tué au Havre",
     "La tempête a tué un passant au Havre jeudi, écrasé par un arbre, selon les pompiers. Des rafales à "
     "140 km/h ont été relevées."),
    ("havre-2", D1, "Le Havre : un mort dans la tempête",
     "Un passant a été tué jeudi au Havre par la chute d'un arbre pendant la tempête, indiquent les pompiers."),
]
ROUND_UP = [("recap", D2, "Tempête : deux morts, à Brest et au Havre",
             "La tempête a tué deux personnes jeudi, un automobiliste à Brest et un passant au Havre, tous deux "
             "écrasés par un arbre, selon les pompiers. Des rafales à 150 km/h ont été relevées à Brest.")]


@pytest.mark.model
def test_one_storm_told_from_two_towns_stays_one_story(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = build_pile_stories(tmp_path, nlp, [*BREST, *HAVRE, *ROUND_UP])  # the place test on by default
    assert story["havre-1"] == story["brest-1"] == story["recap"]


@pytest.mark.model
def test_a_storm_that_ravaged_roofs_is_no_fire_and_stays_one_story(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp) -> None:
    # « ravager » is a verb of burning too: the storm is still no fire, the place test does not read it
    pile = [(slug, day, title, text + " La tempête a ravagé des toitures.")
            for slug, day, title, text in [*BREST, *HAVRE, *ROUND_UP]]
    story = build_pile_stories(tmp_path, nlp, pile)
    assert story["havre-1"] == story["brest-1"] == story["recap"]
