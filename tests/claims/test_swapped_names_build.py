"""Two French outlets telling one kind of act in near-identical words, with two names in one slot (two departments,
two towns' mayors, two companies' staff, two crimes' suspects) or one count after two kinds of event, tell two facts:
neither confirms the other (issue #13, the shapes lead30's reviews left open). One fact told with one place at two
scales, a name and a title, an acronym, a club and its town still confirms. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.status import _swapped_names, _two_of_a_kind
from tests.claims.helpers import build_outlet_stories, claim

pytestmark = [pytest.mark.model]

A, B = "quai-matin.example", "cap-soir.example"

APART = {
    "two_departments_burnt": [
        (A, "Feux de forêt : 240 hectares de pinède brûlés dans les Landes. Des renforts sont arrivés du nord."),
        (B, "Feux de forêt : 240 hectares de pinède brûlés dans le Var. Des renforts sont arrivés du nord.")],
    "arrests_after_two_events": [
        (A, "Orlac : 4 jeunes interpellés après des heurts au stade. Le préfet a promis des sanctions."),
        (B, "Orlac : 4 jeunes interpellés après l'agression d'un livreur. Le préfet a promis des sanctions.")],
    "two_towns_mayors": [
        (A, "Séisme politique : le maire de Bellerive-sur-Orne a démissionné mercredi. Son adjoint assure "
            "l'intérim."),
        (B, "Séisme politique : le maire de Corvalle a démissionné mercredi. Son adjoint assure l'intérim.")],
    "two_departments_alerted": [
        (A, "Intempéries : le Gard placé sous alerte orange orages. Des cumuls importants sont attendus."),
        (B, "Intempéries : l'Hérault placé sous alerte orange orages. Des cumuls importants sont attendus.")],
    "two_companies_on_strike": [
        (A, "Mobilisation : les salariés de la SNCF en grève jeudi. Le trafic sera très perturbé."),
        (B, "Mobilisation : les salariés de la RATP en grève jeudi. Le trafic sera très perturbé.")],
    "two_crimes_suspects": [
        (A, "Police : le suspect du cambriolage de Corvalle a été arrêté. Il sera jugé en comparution immédiate."),
        (B, "Police : le suspect de l'incendie de Lorvel a été arrêté. Il sera jugé en comparution immédiate.")],
    "two_deaths_kinds": [
        (A, "Montagne : trois alpinistes tués par une avalanche dans les Alpes. Les corps ont été hélitreuillés."),
        (B, "Montagne : trois alpinistes tués par la foudre dans les Alpes. Les corps ont été hélitreuillés.")],
}

SAME = {
    "burnt_by_other_words": [
        (A, "Feux de forêt : 240 hectares de pinède brûlés dans le Var. Des renforts sont arrivés du nord."),
        (B, "Feux de forêt dans le Var : les flammes ont parcouru 240 hectares. Des renforts sont arrivés du nord.")],
    "burnt_town_and_its_department": [
        (A, "Feux de forêt : 240 hectares de pinède brûlés à Lodève. Des renforts sont arrivés du nord."),
        (B, "Feux de forêt : 240 hectares de pinède brûlés dans l'Hérault. Des renforts sont arrivés du nord.")],
    "arrests_by_other_words": [
        (A, "Orlac : 4 jeunes interpellés après des heurts au stade. Le préfet a promis des sanctions."),
        (B, "Orlac : les gendarmes ont interpellé 4 jeunes après des heurts au stade. Le préfet a promis des "
            "sanctions.")],
    "name_and_title": [
        (A, "Réforme : jeudi, Emmanuel Macron a reçu les syndicats agricoles à l'Elysée. Aucun accord n'a été "
            "trouvé."),
        (B, "Réforme : jeudi, le locataire de l'Elysée a reçu les syndicats agricoles à l'Elysée. Aucun accord n'a été "
            "trouvé.")],
    "club_and_its_town": [
        (A, "Ligue 1 : les fans de l'OM ont envahi la pelouse. La rencontre a été interrompue."),
        (B, "Ligue 1 : les fans de Marseille ont envahi la pelouse. La rencontre a été interrompue.")],
    "toll_town_and_department": [
        (A, "Crues : deux morts à Alès. Les pompiers ont effectué des dizaines de sauvetages."),
        (B, "Crues : deux morts dans le Gard. Les pompiers ont effectué des dizaines de sauvetages.")],
}


def _first_sentence_groups(dossier: dict[str, Any], articles: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """The groups of two outlets' claims of the articles' first sentences (the rest is shared filler)."""
    heads = [text.split(". ")[0] for _, text in articles]
    claims = {c["id"]: c for c in dossier["claims"]}
    outlets = {a["id"]: a["outlet"] for a in dossier["articles"]}
    out = []
    for g in dossier["claim_groups"]:
        members = [claims[c] for c in g["claims"]]
        if (len({outlets[m["article"]] for m in members}) > 1
                and all(any(m["text"] in h for h in heads) for m in members)):
            out.append((g["status"], [m["text"] for m in members]))
    return out


@pytest.mark.parametrize("name", sorted(APART))
def test_two_facts_told_alike_confirm_nothing(nlp: Any, tmp_path: Path, name: str) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {name: APART[name]})
    groups = _first_sentence_groups(dossier, APART[name])
    assert all(status != "confirmed" for status, _ in groups), groups


@pytest.mark.parametrize("name", sorted(SAME))
def test_one_fact_told_with_other_names_still_confirms(nlp: Any, tmp_path: Path, name: str) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {name: SAME[name]})
    groups = _first_sentence_groups(dossier, SAME[name])
    assert any(status == "confirmed" for status, _ in groups), groups


def _fr(cid: str, text: str) -> Any:
    return claim(cid, text, language="fr")


@pytest.mark.parametrize("a,b,apart", [
    ("240 hectares de pinède brûlés dans les Landes", "240 hectares de pinède brûlés dans le Var", True),
    ("le maire de Corvalle a démissionné", "le maire de Lorvel a démissionné", True),
    ("les agents de la SNCF en grève", "les agents de la RATP en grève", True),
    ("la ministre de l'Agriculture chiffre un plan", "la ministre des Armées chiffre un plan", True),
    ("240 hectares de pinède brûlés à Lodève", "240 hectares de pinède brûlés dans l'Hérault", False),  # one place
    ("240 hectares de pinède brûlés à Lodève", "240 hectares de pinède brûlés près de Montpellier", False),  # near
    ("les ultras du PSG ont chanté", "les ultras du Paris SG ont chanté", False),  # an acronym
    ("les ultras de l'OM ont chanté", "les ultras de Marseille ont chanté", False),  # a club by its town
    ("jeudi, François Bayrou a dévoilé un gel", "jeudi, le Premier ministre a dévoilé un gel", False),  # a title
    ("le président Macron a reçu les syndicats", "Emmanuel Macron a reçu les syndicats", False),  # one name
])
def test_swapped_names(a: str, b: str, apart: bool) -> None:
    x, y = _fr("a1:c1", a), _fr("a2:c1", b)
    assert _swapped_names(x, y) is apart and _swapped_names(y, x) is apart


def test_english_is_not_read() -> None:
    x = claim("a1:c1", "the mayor of Dunfield resigned", language="en")
    y = claim("a2:c1", "the mayor of Marlow resigned", language="en")
    assert not _swapped_names(x, y)


def test_two_of_a_kind() -> None:
    assert _two_of_a_kind("Landes", "Var") and _two_of_a_kind("SNCF", "RATP")
    assert not _two_of_a_kind("Lodève", "Hérault") and not _two_of_a_kind("OM", "Marseille")
