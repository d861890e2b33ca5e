"""Gazetteer containment and relative directions, as the place checks of contradictions use them."""

from __future__ import annotations

import pytest

from recoupe.resolve.places import contains, is_landmark, lookup, opposite, region_of, relative_region


@pytest.mark.parametrize(("outer", "inner", "inside"), [
    ("Paris", "la tour Eiffel à Paris", True),
    ("Marseille", "le Vieux-Port de Marseille", True),
    ("France", "Lyon", True),
    ("la Russie", "Vladivostok", True),
    ("Lyon", "Paris", False),
    ("Espagne", "Lyon", False),
    ("Lyon", "l'aéroport de Lyon", True),
])
def test_places_containment(outer: str, inner: str, inside: bool) -> None:
    assert contains(outer, inner) is inside


def test_places_landmarks_are_told_apart_from_cities() -> None:
    assert is_landmark("la tour Eiffel") and is_landmark("le stade de France")
    assert not is_landmark("Paris") and not is_landmark("Vladivostok")


@pytest.mark.parametrize(("text", "direction", "country"), [
    ("Il doit rencontrer le président dans l'ouest du pays", (0, -1), ""),
    ("un port spatial situé dans l'est de la Russie", (0, 1), "RU"),
    ("des frappes dans le nord-est de la Syrie", (1, 1), "SY"),
    ("il sera reçu dans l'Extrême-Orient russe", (0, 1), ""),
    ("des combats dans le sud de l'Ukraine", (-1, 0), "UA"),
])
def test_places_relative_regions(text: str, direction: tuple[int, int], country: str) -> None:
    assert relative_region(text) == (direction, country)


@pytest.mark.parametrize("text", [
    "au nord de Kiev, les combats continuent",  # relative to a city, not a region of a country
    "il l'est vraiment",
    "le sommet est prévu à Paris",
])
def test_places_no_relative_region(text: str) -> None:
    assert relative_region(text) is None


def test_places_where_a_city_lies_in_its_country() -> None:
    vladivostok, kaliningrad = lookup("Vladivostok"), lookup("Kaliningrad")
    assert vladivostok is not None and kaliningrad is not None
    east, west = region_of(vladivostok), region_of(kaliningrad)
    assert east is not None and east[1] == 1 and west is not None and west[1] == -1
    assert opposite((0, -1), east) and not opposite((0, -1), west)
    strasbourg, marseille = lookup("Strasbourg"), lookup("Marseille")
    assert strasbourg is not None and region_of(strasbourg) is not None
    assert opposite((0, -1), region_of(strasbourg))  # type: ignore[arg-type]
    assert marseille is not None and opposite((1, 0), region_of(marseille))  # type: ignore[arg-type]
