"""Facts a headline packs beside its clause: a toll after the colon, counts led by « près de » /
« plus de », a participle the parser tags as an adjective (sentences written for the tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _claims(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[c.start:c.end].text, c.predicate) for c in sorted(doc._.claims, key=lambda c: c.start)]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


@pytest.mark.parametrize(("text", "expected"), [
    ("Un tracteur percute une voiture près de Vannes : deux morts",
     [("Un tracteur percute une voiture près de Vannes", "percuter"), ("deux morts", "mort")]),
    ("Un camion heurte un autocar dans les Vosges : un mort",
     [("Un camion heurte un autocar dans les Vosges", "heurter"), ("un mort", "mort")]),
])
def test_a_toll_after_the_colon_is_a_claim_of_its_own(nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a verbless headline is already one claim on its toll
    "Explosion dans une raffinerie : quatre morts",
    # not a toll: a count of something else after the colon
    "La préfète ferme trois collèges : 900 élèves concernés",
])
def test_no_toll_claim_without_a_clause_or_a_toll(nlp: Any, text: str) -> None:
    assert len(_claims(nlp, text)) == 1


def test_counts_led_by_an_approximation_are_parts(nlp: Any) -> None:
    got = _claims(nlp, "Crue dans l'Aude : la digue a cédé dans la soirée, près de 200 maisons inondées "
                       "et plus de 80 personnes évacuées")
    assert [t for t, _ in got] == ["Crue dans l'Aude : la digue a cédé dans la soirée", "près de 200 maisons inondées",
                                   "plus de 80 personnes évacuées"]
    assert [pred for _, pred in got][1:] == ["inonder", "évacuer"]


def test_an_irregular_participle_tagged_as_adjective_states_a_part(nlp: Any) -> None:
    got = _claims(nlp, "Le maire et la préfète condamnent des tags injurieux sur une mairie, une enquête ouverte")
    assert got[-1] == ("une enquête ouverte", "ouvrir")


def test_english_toll_after_the_colon(nlp_en: Any) -> None:
    got = _claims(nlp_en, "Tractor hits car near the harbour: two dead")
    assert got == [("Tractor hits car near the harbour", "hit"), ("two dead", "dead")]


@pytest.mark.parametrize(("text", "predicate"), [
    ("Mort de la chanteuse Lina Ferrat à 88 ans : une voix s'éteint", "mort"),
    ("Démission du maire de Vaucourt après 12 ans de mandat", "démission"),
])
def test_an_age_or_a_length_of_time_is_not_what_a_headline_counts(nlp: Any, text: str, predicate: str) -> None:
    assert [p for _, p in _claims(nlp, text)][:1] == [predicate]


def test_a_headline_still_counts_its_toll(nlp: Any) -> None:
    assert [p for _, p in _claims(nlp, "Éboulement dans les Alpes : trois morts")] == ["mort"]
