"""Places a sentence names after a word of place, and sentences that tell of two scenes (issue 13:
figures of two scenes are no contradiction, accounts of two scenes confirm nothing). Sentences
written for the tests."""

from __future__ import annotations

from recoupe.resolve.places import named_apart, places_named


def _names(text: str) -> list[str]:
    return [p.country + ":" + p.kind for p in places_named(text)]


def test_places_are_read_after_a_word_of_place_only() -> None:
    assert _names("Des orages ont frappé la région de Lyon et le sud de l'Italie") == ["FR:city", "IT:country"]
    assert _names("Israël approuve un plan, selon Marine Le Pen") == []  # an actor, a person
    assert _names("Le maire de Moscou a parlé") == ["RU:city"]


def test_two_scenes_apart() -> None:
    kyiv = "Une frappe a fait cinq blessés près de Lviv, en Ukraine"
    moscow = "Des drones ont visé la région de Moscou, faisant deux blessés"
    lviv = "Des sirènes ont retenti en Ukraine toute la nuit"
    assert named_apart(kyiv, moscow)
    assert not named_apart(kyiv, lviv)  # the country holds the city
    assert not named_apart(kyiv, "Une frappe a fait cinq blessés")  # no place named: nothing said
    # towns of one country are not told apart (one name may be several towns)
    assert not named_apart("3 000 manifestants à Paris", "800 manifestants à Saint-Denis")


def test_channels_clubs_and_regions_abroad_are_no_places() -> None:
    assert _names("a confié la ministre sur France Inter") == []
    assert _names("le milieu de terrain du Paris Saint-Germain") == []
    assert _names("des orages dans le quart du Sud-Est") == []
