"""Two groups counted by two outlets are two facts, neither one confirmed fact nor a conflict (counted32, #13):
« 1 200 habitants » / « 300 touristes » évacués, « une quarantaine d'élèves » / « une dizaine d'enseignants », the
strike of one trade's drivers against another's, a fire of a warehouse on Monday and of a gymnasium on Friday. And
what must still hold: one group counted in other words confirms, one group given two figures conflicts, one
warehouse burnt on two days conflicts; « l'ouest du pays » against a city of the east is a place row, against
one of the west a confirmation. Each pile built through the real pipeline; articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

D1, D3 = "2025-03-04", "2025-03-12"
A, B = "quai-matin.example", "cap-soir.example"

STORIES: dict[str, list[tuple[str, ...]]] = {
    # two groups: apart
    "residents-tourists": [
        (A, "Crue à Lormont-sur-Lys. À Lormont-sur-Lys, 1 200 habitants ont été évacués jeudi après la crue de la "
            "rivière.", D1),
        (B, "Crue à Lormont-sur-Lys. À Lormont-sur-Lys, 300 touristes ont été évacués jeudi après la crue de la "
            "rivière.", D1)],
    "pupils-teachers": [
        (A, "Alerte dans un collège de Vernay. Une quarantaine d'élèves ont été évacués mardi matin.", D1),
        (B, "Alerte dans un collège de Vernay. Une dizaine d'enseignants ont été évacués mardi matin.", D1)],
    "bus-tram-strike": [
        (A, "Transports à Cassagne. Le débrayage des chauffeurs de bus a rassemblé 300 grévistes lundi à Cassagne.",
         D1),
        (B, "Transports à Cassagne. Le débrayage des chauffeurs de tramway a rassemblé 90 grévistes lundi à "
            "Cassagne.", D1)],
    # one group in other words: confirmed
    "residents-told-twice": [
        (A, "Crue à Lormont-sur-Lys. À Lormont-sur-Lys, 1 200 habitants ont été évacués jeudi après la crue de la "
            "rivière.", D1),
        (B, "Lormont-sur-Lys sous les eaux. Jeudi, les secours ont évacué 1 200 habitants à Lormont-sur-Lys après "
            "la crue de la rivière.", D1)],
    "pupils-other-word": [
        (A, "Alerte dans un collège de Vernay. Une quarantaine d'élèves ont été évacués mardi matin.", D1),
        (B, "Alerte au collège de Vernay. Mardi matin, une quarantaine d'écoliers ont été évacués.", D1)],
    # one group, two figures: a conflict
    "residents-two-figures": [
        (A, "Crue à Lormont-sur-Lys. À Lormont-sur-Lys, 1 200 habitants ont été évacués jeudi après la crue de la "
            "rivière.", D1),
        (B, "Crue à Lormont-sur-Lys. À Lormont-sur-Lys, 400 habitants ont été évacués jeudi après la crue de la "
            "rivière.", D1)],
    "bus-strike-two-figures": [
        (A, "Transports à Cassagne. Le débrayage des chauffeurs de bus a rassemblé 300 grévistes lundi à Cassagne.",
         D1),
        (B, "Transports à Cassagne. Le débrayage des chauffeurs de bus a rassemblé 90 grévistes lundi à Cassagne.",
         D1)],
    # a deed's verb on two things, each on its day: two events, no date row; one thing on two days: a date row
    "two-fires": [
        (A, "Sinistre à Cassagne. Un incendie a détruit lundi un entrepôt de la zone artisanale de Cassagne.", D1),
        (B, "Sinistre à Cassagne. Un incendie a détruit vendredi un gymnase du centre de Cassagne.", D3)],
    "one-fire-two-days": [
        (A, "Sinistre à Cassagne. Un incendie a détruit lundi un entrepôt de la zone artisanale de Cassagne.", D1),
        (B, "Cassagne : un entrepôt ravagé. Un incendie a détruit dimanche un entrepôt de la zone artisanale de "
            "Cassagne.", D1)],
    # « l'ouest du pays » against a city of the east: a place row, not a confirmation; a city of the west confirms
    "west-against-east-city": [
        (A, "Orages en France. Les orages ont frappé jeudi l'ouest du pays.", D1),
        (B, "Orages en France. Jeudi, les orages ont frappé Strasbourg.", D1)],
    "west-and-west-city": [
        (A, "Orages en France. Les orages ont frappé jeudi l'ouest du pays.", D1),
        (B, "Orages en France. Jeudi, les orages ont frappé Brest.", D1)],
}
APART = ("residents-tourists", "pupils-teachers", "bus-tram-strike")
SAME = ("residents-told-twice", "pupils-other-word")
CONFLICT = ("residents-two-figures", "bus-strike-two-figures")


@pytest.fixture(scope="module")
def dossiers(nlp: Any, tmp_path_factory: Any) -> dict[str, dict[str, Any]]:
    return build_each_story(nlp, tmp_path_factory, STORIES)


def _counted_groups(dossier: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Status and texts of each group holding a claim with a figure (the counted claims, not the headlines)."""
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    groups = [(g["status"], [texts[c] for c in g["claims"]]) for g in dossier["claim_groups"]]
    return [(s, t) for s, t in groups if any(any(ch.isdigit() for ch in x) or "aine d" in x for x in t)]


@pytest.mark.parametrize("story", APART)
def test_two_groups_counted_are_neither_confirmed_nor_conflicting(dossiers: dict[str, dict[str, Any]],
                                                                   story: str) -> None:
    d = dossiers[story]
    assert not [t for s, t in _counted_groups(d) if s in ("confirmed", "contradicted")], _counted_groups(d)
    assert not d["contradictions"], d["contradictions"]


@pytest.mark.parametrize("story", SAME)
def test_one_group_counted_in_other_words_confirms(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    assert any(s == "confirmed" and len(t) >= 2 for s, t in _counted_groups(d)), _counted_groups(d)
    assert not d["contradictions"], d["contradictions"]


@pytest.mark.parametrize("story", CONFLICT)
def test_one_group_given_two_figures_conflicts(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    assert [x["kind"] for x in dossiers[story]["contradictions"]] == ["quantity"]


def test_one_verb_on_two_things_on_two_days_is_two_events(dossiers: dict[str, dict[str, Any]]) -> None:
    d = dossiers["two-fires"]
    texts = {c["id"]: c["text"] for c in d["claims"]}
    deeds = [[texts[c] for c in g["claims"]] for g in d["claim_groups"]
             if any("a détruit" in texts[c] for c in g["claims"])]
    assert deeds and all(len(t) == 1 for t in deeds), deeds
    assert not d["contradictions"], d["contradictions"]


def test_one_thing_given_two_days_conflicts(dossiers: dict[str, dict[str, Any]]) -> None:
    assert [x["kind"] for x in dossiers["one-fire-two-days"]["contradictions"]] == ["date"]


def test_the_west_of_the_country_against_a_city_of_the_east_is_a_place_row(dossiers: dict[str, dict[str, Any]]) -> None:
    d = dossiers["west-against-east-city"]
    texts = {c["id"]: c["text"] for c in d["claims"]}
    struck = [g["status"] for g in d["claim_groups"] if any("frappé" in texts[c] for c in g["claims"])]
    assert "confirmed" not in struck, struck
    assert [x["kind"] for x in d["contradictions"]] == ["place"]


def test_the_west_of_the_country_and_a_city_of_the_west_confirm(dossiers: dict[str, dict[str, Any]]) -> None:
    d = dossiers["west-and-west-city"]
    texts = {c["id"]: c["text"] for c in d["claims"]}
    assert any(g["status"] == "confirmed" and len(g["claims"]) >= 2 for g in d["claim_groups"]
               if any("frappé" in texts[c] for c in g["claims"]))
    assert not d["contradictions"], d["contradictions"]
