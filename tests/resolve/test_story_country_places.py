"""Places apart when a story also names whole countries (``stories.place_apart_veto``,
:func:`recoupe.resolve.stories.story_apart`): a fire story that named « France », or the country that
lent it planes, is still where its own towns are, so a fire of the same days in another region is another
story; while one fire told by a country and by its towns, or a story that names no place within a
country, stays one, and so does a storm told from two regions and the country (a storm's toll spans regions, a
fire burns where it is). Invented piles, run through the real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.places import located
from recoupe.resolve.stories import AREA_ANY, KEY_WEIGHT, story_apart
from tests.resolve.helpers import build_pile_stories
from tests.resolve.test_story_places_apart import FOLLOW_UP, HERAULT, LANDES

# the Landes fire told by the planes a neighbour lends to France (names two countries beside its towns)
LENT = ("landes-5", "2026-08-03", "Feu de forêt près de Mimizan : l'Italie prête deux Canadair à la France",
        "L'Italie a prêté lundi deux avions Canadair à la France pour combattre l'incendie de forêt qui a détruit 450 "
        "hectares de pins près de Mimizan, dans les Landes, selon la préfecture. Les sapeurs-pompiers restent "
        "mobilisés.")
# the same fire told by the country alone, then by a town of its department (not apart)
NATIONAL = ("landes-6", "2026-08-04", "Feu de forêt : la France a perdu 450 hectares de pins en un jour",
            "Le feu de forêt a détruit 450 hectares de pins en France, annonce mardi le ministère. Les "
            "sapeurs-pompiers ont maîtrisé les flammes avec des bombardiers d'eau.")


def _story(*names: str) -> dict[str, float]:
    story = {f"ar:{located(n)}": KEY_WEIGHT for n in names}
    story[AREA_ANY] = KEY_WEIGHT
    return story


def test_a_country_a_story_names_does_not_hold_its_towns_elsewhere() -> None:
    herault = frozenset({located("Lodève"), located("Hérault")})
    assert story_apart(herault, _story("Mimizan", "Landes", "France", "Italie"), local=True)
    assert story_apart(frozenset({*herault, located("France")}), _story("Landes", "France"), local=True)
    # a town of the story's department, the story's country alone, a country against towns: not apart
    assert not story_apart(frozenset({located("Mimizan")}), _story("Landes", "France", "Italie"), local=True)
    assert not story_apart(herault, _story("France", "Italie"), local=True)
    assert not story_apart(frozenset({located("Italie")}), _story("Mimizan", "Landes"), local=True)
    assert not story_apart(frozenset({located("Alep"), located("Syrie")}), _story("Turquie"), local=True)
    # an event that spans regions (a storm's toll): the country the story named still holds its places
    assert not story_apart(herault, _story("Mimizan", "Landes", "France"))


@pytest.mark.model
def test_a_fire_elsewhere_stays_apart_from_a_story_that_named_countries(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = build_pile_stories(tmp_path, nlp, [*LANDES, LENT, *HERAULT])
    assert story["landes-1"] == story["landes-2"] == story["landes-3"] == story["landes-5"]
    assert story["herault-1"] == story["herault-2"]
    assert story["herault-1"] != story["landes-1"]


@pytest.mark.model
def test_one_fire_told_by_its_country_and_its_towns_stays_one(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = build_pile_stories(tmp_path, nlp, [*LANDES, LENT, NATIONAL, FOLLOW_UP])
    assert len({story[s] for s in ("landes-1", "landes-2", "landes-3", "landes-4", "landes-5", "landes-6")}) == 1


# one storm told from two regions, the country named by the first two accounts (invented texts)
STORM = [
    ("storm-1", "2026-11-02", "Tempête : un mort à Brest, la France balayée par des vents violents",
     "La tempête a tué un automobiliste à Brest jeudi matin, écrasé par un arbre. La France est balayée par "
     "des vents violents, jusqu'à 150 km/h selon Météo-France."),
    ("storm-2", "2026-11-02", "Tempête en France : un automobiliste tué à Brest",
     "Un automobiliste a été tué jeudi à Brest par la chute d'un arbre pendant la tempête qui balaie la France."),
    ("storm-3", "2026-11-02", "Tempête : un mort au Havre, des rafales à 150 km/h",
     "La tempête a tué un passant au Havre jeudi, écrasé par un arbre, selon les pompiers. Des rafales de "
     "150 km/h ont balayé la côte."),
]


@pytest.mark.model
def test_one_storm_told_from_two_regions_and_the_country_stays_one(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = build_pile_stories(tmp_path, nlp, STORM)
    assert story["storm-1"] == story["storm-2"] == story["storm-3"]
