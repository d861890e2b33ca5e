"""Figures of two different events never conflict: two scenes far apart, two years (issue #13, item 5).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare
from recoupe.model import Claim
from recoupe.resolve.places import scenes_apart


def _c(cid: str, text: str, language: str = "en", **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0,
                                end=len(text), subject=kw.pop("subject", "the earthquake"),
                                predicate=kw.pop("predicate", "kill"), language=language)
    base.update(kw)
    return Claim(**base)


def _kind(a: Claim, b: Claim, day_a: str | None = None, day_b: str | None = None, language: str = "en") -> str | None:
    sa = Side(a, outlet="Outlet A", published=date.fromisoformat(day_a) if day_a else None, language=language)
    sb = Side(b, outlet="Outlet B", published=date.fromisoformat(day_b) if day_b else None, language=language)
    hit, back = compare(sa, sb), compare(sb, sa)
    assert hit == back
    return hit.kind if hit else None


def test_two_far_cities_of_one_country_abroad_are_two_scenes() -> None:
    # the place told before the figure, not as the figure's scope (« 40 people in Denver »)
    a = _c("a1:c0", "In Denver, the earthquake killed 40 people")
    b = _c("b1:c0", "In Chicago, the earthquake killed 12 people")
    assert _kind(a, b) is None
    # the same figures with no place: one toll told two ways
    assert _kind(_c("a1:c0", "The earthquake killed 40 people"), _c("b1:c0", "The earthquake killed 12 people")) \
        == "quantity"


def test_two_regions_of_one_country_abroad_are_two_scenes() -> None:
    assert scenes_apart("A quake killed 40 people in Aceh", "A quake killed 12 people in Papua")
    a = _c("a1:c0", "In Aceh, the earthquake killed 40 people")
    b = _c("b1:c0", "In Papua, the earthquake killed 12 people")
    assert _kind(a, b) is None
    assert not scenes_apart("A quake killed 40 people in Aceh", "A quake killed 12 people in Aceh")
    # an English event striking a place names it with no preposition
    assert scenes_apart("A quake of magnitude 6.8 struck Aceh on Tuesday", "A quake of magnitude 5.9 rocked Papua")
    assert scenes_apart("A quake struck off Aceh", "A quake jolted Papua")
    assert not scenes_apart("A quake of magnitude 6.8 struck Aceh", "A quake of magnitude 5.9 hit Aceh")
    assert not scenes_apart("A quake killed 40 people in Aceh", "A quake killed 12 people")  # no place: no evidence


def test_near_cities_and_french_towns_are_not_told_apart_by_the_world_gazetteer() -> None:
    # two cities of one agglomeration may be where one thing was
    assert not scenes_apart("The storm left 40 homes flooded in Dallas",
                            "The storm left 12 homes flooded in Fort Worth")
    # French towns are the communes' gazetteer's business (a homonym abroad stands for them in the world one)
    assert not scenes_apart("La tempête a inondé 40 maisons à Lyon", "La tempête a inondé 12 maisons à Marseille")


def test_french_sentences_about_two_far_cities_abroad_do_not_conflict() -> None:
    a = _c("a1:c0", "À Denver, le séisme a fait 40 morts", "fr", subject="le séisme", predicate="faire")
    b = _c("b1:c0", "À Chicago, le séisme a fait 12 morts", "fr", subject="le séisme", predicate="faire")
    assert _kind(a, b, "2024-03-02", "2024-03-02", "fr") is None
    a2 = _c("a1:c0", "Le séisme a fait 40 morts", "fr", subject="le séisme", predicate="faire")
    b2 = _c("b1:c0", "Le séisme a fait 12 morts", "fr", subject="le séisme", predicate="faire")
    assert _kind(a2, b2, "2024-03-02", "2024-03-02", "fr") == "quantity"


def test_a_figure_anchored_in_a_past_year_is_background_not_a_version() -> None:
    past = _c("a1:c0", "In 2009, the earthquake killed 900 people", time="2009")
    now = _c("b1:c0", "The earthquake killed 15 people")
    assert _kind(past, now) is None  # no publication date: the year alone marks a past occurrence
    assert _kind(past, now, "2021-05-04", "2021-05-04") is None  # published twelve years later
    # published that year, the undated toll may be of that very quake: the figures conflict
    assert _kind(past, now, "2009-10-02", "2009-10-02") == "quantity"
    # with no year, the same two tolls conflict
    assert _kind(_c("a1:c0", "The earthquake killed 900 people"), now) == "quantity"


def test_two_figures_dated_in_two_years_are_of_two_occurrences() -> None:
    a = _c("a1:c0", "En 2017, l'incendie a fait 12 morts", "fr", subject="l'incendie", predicate="faire", time="2017")
    b = _c("b1:c0", "En 2022, l'incendie a fait 30 morts", "fr", subject="l'incendie", predicate="faire",
           time="2022-07")
    assert _kind(a, b, "2024-03-02", "2024-03-02", "fr") is None
    c = _c("c1:c0", "En 2017, l'incendie a fait 30 morts", "fr", subject="l'incendie", predicate="faire", time="2017")
    assert _kind(a, c, "2024-03-02", "2024-03-02", "fr") == "quantity"
