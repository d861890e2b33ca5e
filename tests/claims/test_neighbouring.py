"""A place the text names as the neighbouring one (« dans le Gers voisin », « in neighbouring Gers »)
is beside the place its article is about: a figure told there does not count what an account that never
names that place counts (issue #13, twoev30). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, compare, neighbouring_areas
from tests.claims.helpers import claim


def _sides(text_a: str, text_b: str, language: str, verb: str, area_a: str, area_b: str) -> tuple[Side, Side]:
    head = "Wildfires: the minister pledges aid" if language == "en" else "Incendies : le ministre promet une aide"
    a = claim("a1:c3", area_a, sentence=text_a, predicate=verb, subject=text_a.split(",")[-1].split()[0],
              language=language)
    b = claim("b1:c5", area_b, sentence=text_b, predicate=verb, subject="", language=language)
    return (Side(a, outlet="west.example", published=date(2025, 8, 14), language=language, headline=head),
            Side(b, outlet="south.example", published=date(2025, 8, 17), language=language, headline=head))


def test_the_neighbouring_places_a_clause_names() -> None:
    assert neighbouring_areas("Dans le Gers voisin, deux incendies sont maîtrisés.") == ("Gers",)
    assert neighbouring_areas("Dans la Dordogne voisine, deux feux ont repris.") == ("Dordogne",)
    assert neighbouring_areas("In neighbouring Gers, two blazes are under control.") == ("Gers",)
    # no place named, a person's name, a commune beside another: not a place set beside the article's
    assert neighbouring_areas("Dans le département voisin, un feu a repris.") == ()
    assert neighbouring_areas("Selon Marie Voisin, le feu a repris.") == ()
    assert neighbouring_areas("La commune voisine de Tarbes a été évacuée.") == ()


def test_a_figure_in_the_neighbouring_department_is_not_the_other_fire_s() -> None:
    fr = _sides("Depuis vendredi, le feu parti de Bagnères-de-Bigorre, au sud de Tarbes, a brûlé 9 000 hectares.",
                "Dans le Gers voisin, le feu a brûlé 600 hectares.", "fr", "brûler",
                "a brûlé 9 000 hectares", "a brûlé 600 hectares")
    en = _sides("Since Friday, the fire near Bagnères-de-Bigorre, south of Tarbes, has burnt 9,000 hectares.",
                "In neighbouring Gers, the fire has burnt 600 hectares.", "en", "burn",
                "has burnt 9,000 hectares", "has burnt 600 hectares")
    for a, b in (fr, en):
        assert compare(a, b) is None and compare(b, a) is None


def test_an_account_that_names_the_neighbouring_department_may_tell_its_fire() -> None:
    a, b = _sides("À Mirande, dans le Gers, le feu a brûlé 1 700 hectares.",
                  "Dans le Gers voisin, le feu a brûlé 1 200 hectares.", "fr", "brûler",
                  "le feu a brûlé 1 700 hectares", "le feu a brûlé 1 200 hectares")
    hit = compare(a, b)
    assert hit is not None and hit.kind == "quantity"
