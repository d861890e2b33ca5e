"""Which race a headline is about (``stories.race_veto``): one championship's other races are other
stories. Headlines of our own."""

from __future__ import annotations

from recoupe.resolve.stories import race_keys
from tests.resolve.helpers import build_stories


def test_race_keys_name_the_distance_the_stroke_and_the_field_event() -> None:
    assert race_keys("Natation : Paula Roche en finale du 200 m papillon") == {"200m:papillon"}
    assert race_keys("Paula Roche championne d'Europe du 400 m nage libre") == {"400m:libre"}
    assert race_keys("Les Bleues en argent sur le relais 4x100 mètres quatre nages") == {"4x100m:4n"}
    assert race_keys("Médaille de bronze au 10 000 m pour Yanis Corre") == {"10000m"}
    assert race_keys("Athlétisme : Inès Valat sacrée à la perche") == {"perche"}
    # no competition in the headline: a distance is no race
    assert race_keys("Incendie : le feu s'est arrêté à 500 m des maisons") == frozenset()


def _build(items: list[tuple[str, dict[str, int], str]], veto: float) -> list[str]:
    return build_stories(items, per_headline=lambda h: {"races": race_keys(h)}, race_veto=veto)


def test_race_veto_keeps_one_swimmer_s_two_finals_apart() -> None:
    words = {"E:e1": 1, "L:natation": 1, "L:finale": 1}
    items = [("a", {**words, "L:papillon": 1, "L:demi": 1}, "Paula Roche en finale du 200 m papillon"),
             ("b", {**words, "L:libre": 1, "L:record": 1}, "Paula Roche en finale du 400 m nage libre"),
             ("c", {**words, "L:papillon": 1, "L:titre": 1}, "Paula Roche, le titre sur 200 m papillon"),
             ("d", {**words, "L:chaîne": 1}, "Championnats de natation : à quelle heure voir Paula Roche")]
    assert _build(items, 0.0) == ["s1", "s1", "s1", "s1"]
    # the 400 m is another story; the 200 m final and its title are one; a headline naming no race joins
    assert _build(items, 0.3) == ["s1", "s2", "s1", "s1"]
