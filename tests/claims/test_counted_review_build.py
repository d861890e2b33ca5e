"""The review of counted33 (#13), each pile through the real build; articles written for the tests. A sentence's
first word or a function word is no city (« La tempête … » is not Los Angeles); one thing told by its own noun
and by a general one (« un entrepôt » / « un bâtiment »), a bill told as its « projet » and as its « texte », on
two days, is a date row; one group counted under two of its names (« habitants » / « riverains », « personnes » /
« riverains », « pompiers » / « sapeurs-pompiers ») with two figures is a quantity row; a deed on a gymnasium told
undated by a third outlet is not confirmed by the warehouse's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

D1, D3 = "2025-05-13", "2025-05-16"
A, B, C = "rive-gauche.example", "echo-plaine.example", "tour-ville.example"

STORIES: dict[str, list[tuple[str, ...]]] = {
    # the sentence's first word « La » read as a city of the west: no place row
    "first-word-no-city": [
        (A, "Vents violents. La bourrasque a balayé l'est du pays mardi, coupant le courant de nombreux villages.",
         D1),
        (B, "Vents violents. La bourrasque a balayé le pays mardi, coupant le courant de nombreux villages.", D1)],
    # one thing, its own noun and a general one, on two days: a date row
    "warehouse-building-two-days": [
        (A, "Feu à Brévanne. Un incendie a ravagé samedi un entrepôt du parc d'activités de Brévanne.", D3),
        (B, "Feu à Brévanne. Un incendie a ravagé dimanche un bâtiment du parc d'activités de Brévanne.", D3)],
    "bill-two-days": [
        (A, "Logement. Le ministre du Logement a présenté samedi le projet de réforme des loyers au Sénat.", D3),
        (B, "Logement. Le ministre du Logement a présenté dimanche le texte sur les loyers au Sénat.", D3)],
    # one group, two of its names, two figures: a quantity row
    "people-locals": [
        (A, "Inondations à Brévanne. 2 400 personnes ont été évacuées mardi à Brévanne après les pluies.", D1),
        (B, "Inondations à Brévanne. 700 riverains ont été évacués mardi à Brévanne après les pluies.", D1)],
    "residents-locals": [
        (A, "Inondations à Brévanne. 2 400 habitants ont été évacués mardi à Brévanne après les pluies.", D1),
        (B, "Inondations à Brévanne. 700 riverains ont été évacués mardi à Brévanne après les pluies.", D1)],
    # a warehouse undated, a gymnasium dated by one outlet and undated by another: nothing confirmed across
    "warehouse-gym-three-outlets": [
        (A, "Feu à Brévanne. Un incendie a ravagé un entrepôt du parc d'activités de Brévanne.", D1),
        (B, "Feu à Brévanne. Un incendie a ravagé jeudi une salle de sport du quartier nord de Brévanne.", D3),
        (C, "Feu à Brévanne. Un incendie a ravagé une salle de sport du quartier nord de Brévanne, selon la mairie.",
         D3)],
}


@pytest.fixture(scope="module")
def dossiers(nlp: Any, tmp_path_factory: Any) -> dict[str, dict[str, Any]]:
    return build_each_story(nlp, tmp_path_factory, STORIES)


def test_a_sentences_first_word_is_no_city(dossiers: dict[str, dict[str, Any]]) -> None:
    assert not dossiers["first-word-no-city"]["contradictions"], dossiers["first-word-no-city"]["contradictions"]


@pytest.mark.parametrize("story", ["warehouse-building-two-days", "bill-two-days"])
def test_one_thing_told_by_a_general_noun_on_two_days_is_a_date_row(dossiers: dict[str, dict[str, Any]],
                                                                    story: str) -> None:
    assert [x["kind"] for x in dossiers[story]["contradictions"]] == ["date"], dossiers[story]["contradictions"]


@pytest.mark.parametrize("story", ["people-locals", "residents-locals"])
def test_one_group_under_two_names_with_two_figures_is_a_quantity_row(dossiers: dict[str, dict[str, Any]],
                                                                      story: str) -> None:
    assert [x["kind"] for x in dossiers[story]["contradictions"]] == ["quantity"], dossiers[story]["contradictions"]


def test_a_thing_dated_by_another_outlet_confirms_no_deed_on_another_thing(dossiers: dict[str, dict[str, Any]]) -> None:
    d = dossiers["warehouse-gym-three-outlets"]
    texts = {c["id"]: c["text"] for c in d["claims"]}
    for g in d["claim_groups"]:
        if g["status"] == "confirmed":
            shown = " ".join(texts[c] for c in g["confirmed_by"])
            assert not ("entrepôt" in shown and "salle" in shown), [texts[c] for c in g["confirmed_by"]]


@pytest.mark.parametrize(("a", "b"), [
    ("250 pompiers ont été engagés mardi", "500 sapeurs-pompiers ont été engagés mardi"),  # a compound of one
    ("l'explosion a tué 9 salariés mardi", "l'explosion a tué 25 employés mardi"),  # the staff by another name
    ("2 600 personnes ont défilé samedi", "800 participants ont défilé samedi")])  # a march's crowd
def test_one_group_under_two_names_is_not_two_groups(a: str, b: str) -> None:
    from recoupe.claims.groups import counts_apart

    assert not counts_apart("fr", a, "", b, "")


def test_two_figures_of_one_tally_confirm_nothing() -> None:
    from recoupe.claims.status import _one_count_two_figures
    from tests.claims.helpers import claim

    told = claim("a1:c1", "350 interpellations ont eu lieu depuis le début de l'été", language="fr")
    other = claim("b1:c1", "420 personnes ont été interpellées cet été", language="fr")
    rounded = claim("c1:c1", "près de 350 interpellations ont eu lieu cet été", language="fr")
    bare = claim("d1:c1", "au moins 420 personnes, parmi lesquelles 90 femmes, ont été interpellées cet été",
                 language="fr", predicate="interpeller")
    bound = claim("e1:c1", "au moins 300 interpellations ont eu lieu cet été", language="fr")
    assert _one_count_two_figures(told, other)
    assert not _one_count_two_figures(bound, told)  # a lower bound meets a figure above it
    assert _one_count_two_figures(told, bare)
    assert not _one_count_two_figures(told, rounded)


@pytest.mark.parametrize(("a", "b", "predicate"), [
    ("un entrepôt de la zone", "un bâtiment de la zone", "détruire"),  # a general noun may name the other
    ("le projet de réforme des loyers", "le texte sur les loyers", "présenter"),  # no physical deed
    ("la victime", "le jeune homme", "tuer"),  # people, not things
    ("Paul Durand", "le chef du parti", "blesser")])
def test_one_thing_by_two_nouns_is_no_two_deeds(a: str, b: str, predicate: str) -> None:
    from recoupe.claims.groups import deeds_apart

    assert not deeds_apart("fr", "2025-05-10", predicate, a, "2025-05-11", predicate, b)
