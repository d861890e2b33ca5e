"""The same deed, someone else (``stories.actor_veto``): two people arrested, two hosts named, are two
events unless one article names the other's actor. Names, headlines and terms of our own."""

from __future__ import annotations

from recoupe.resolve.stories import headline_acts, surname
from tests.resolve.helpers import build_stories


def test_surname_leaves_suffixes_and_meets_two_spellings() -> None:
    assert surname("Roland T. Marsh Jr.") == surname("Roland Marsh") == "marsh"
    assert surname("Élodie Varenne") == "varenne"
    assert surname("Al") == ""


def test_headline_acts_are_deeds_of_the_people_the_headline_names() -> None:
    mentions = [("e1", "PER", "Roland Marsh"), ("e1", "PER", "Marsh"), ("e2", "PER", "Dana Kwiatek"),
                ("e3", "LOC", "Riverton")]
    claims = [("arrest", "e1"), ("say", "e1"), ("announce", "e1"), ("arrest", "e2"), ("arrest", "")]
    acts, named = headline_acts("Riverton lineman Marsh arrested", mentions, claims)
    # the headline's person only (Kwiatek is named in the text, not the headline); speech is no deed
    assert acts == {"arrest:marsh"}
    assert named == {"marsh", "kwiatek"}


def _build(items: list[tuple[str, dict[str, int], str, list[tuple[str, str, str]], list[tuple[str, str]]]],
           veto: float) -> list[str]:
    by_headline = {h: headline_acts(h, m, c) for _, _, h, m, c in items}
    return build_stories([(a, t, h) for a, t, h, _, _ in items], per_headline=lambda h: {"acts": by_headline[h]},
                         actor_veto=veto)


def test_actor_veto_keeps_two_players_arrested_apart() -> None:
    words = {"E:team": 2, "L:arrest": 2, "L:drive": 2, "L:police": 1, "L:night": 1}
    marsh = [("e1", "PER", "Roland Marsh")]
    kwiatek = [("e2", "PER", "Dana Kwiatek")]
    items = [("a", {**words, "E:e1": 1, "L:receiver": 1}, "Roland Marsh arrested after a night out", marsh,
              [("arrest", "e1")]),
             ("b", {**words, "E:e2": 1, "L:lineman": 1}, "Dana Kwiatek arrested after a night out", kwiatek,
              [("arrest", "e2")]),
             ("c", {**words, "E:e1": 1, "L:bail": 1}, "Roland Marsh released, arrested again", marsh,
              [("arrest", "e1")]),
             # the second arrest again, recalling the first one's actor
             ("d", {**words, "E:e2": 1, "E:e1": 1}, "Dana Kwiatek arrested, weeks after Marsh",
              kwiatek + marsh, [("arrest", "e2")])]
    assert _build(items, 0.0) == ["s1", "s1", "s1", "s1"]
    assert _build(items, 0.5) == ["s1", "s2", "s1", "s2"]
    assert _build([items[0], items[3]], 0.5) == ["s1", "s1"]  # it names the story's actor: the veto holds back
    # no deed in the headline's claims: nothing to compare
    assert _build([items[0], (*items[1][:4], [("say", "e2")])], 0.5) == ["s1", "s1"]


def test_headline_acts_make_the_people_of_a_competition_headline_competitors() -> None:
    dumont, karp = ("e1", "PER", "Léa Dumont"), ("e2", "PER", "Zoé Karp")
    acts, _ = headline_acts("Natation : Léa Dumont en bronze, Zoé Karp qualifiée pour la demi-finale",
                            [dumont, karp], [])
    assert acts == {"compete:dumont", "compete:karp"}
    # no result or stage of a competition in the headline: its people compete in nothing
    assert headline_acts("Or, Léa Dumont quitte la présidence du club", [dumont], [])[0] == frozenset()
    assert headline_acts("Léa Dumont : « Je reviendrai »", [dumont], [])[0] == frozenset()


def test_actor_veto_keeps_two_athletes_medals_of_one_championship_apart() -> None:
    words = {"L:championnat": 2, "L:europe": 2, "L:médaille": 2, "L:natation": 1, "L:bassin": 1}
    dumont, karp = [("e1", "PER", "Léa Dumont")], [("e2", "PER", "Zoé Karp")]
    items = [("a", {**words, "E:e1": 1, "L:dos": 1}, "Championnat d'Europe : Léa Dumont en bronze", dumont, []),
             ("b", {**words, "E:e2": 1, "L:brasse": 1}, "Championnat d'Europe : Zoé Karp en bronze", karp, []),
             ("c", {**words, "E:e1": 1, "L:podium": 1}, "Léa Dumont sur le podium, sa première médaille", dumont, []),
             # the other athlete's medal, recalling the first one's
             ("d", {**words, "E:e2": 1, "E:e1": 1}, "Zoé Karp en bronze à son tour, après Léa Dumont",
              karp + dumont, [])]
    assert _build(items, 0.0) == ["s1", "s1", "s1", "s1"]
    assert _build(items, 0.5) == ["s1", "s2", "s1", "s2"]
    assert _build([items[0], items[3]], 0.5) == ["s1", "s1"]  # it names the story's athlete: the veto holds back
