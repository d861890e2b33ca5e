"""A march's crowd told by its gathering (issue #13): « la manifestation a rassemblé 3 000 personnes » in one outlet,
« 900 manifestants ont défilé selon la police » in another, are two versions of one count. A festival's or a
strike's gathering, another year's march, a march of another cause, stay apart (the rows the review of versions33
closed). Each pile built through the real pipeline, in both orders. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

DAY = "2025-03-04"
MARCH = ("journal-a.example", "Manifestation à Rennes contre la réforme. 900 manifestants ont défilé à Rennes selon "
                              "la police.", DAY)
MARCH_SAT = ("journal-a.example", "Manifestation à Rennes. 900 manifestants ont défilé samedi à Rennes selon la "
                                  "police.", DAY)
VERSIONS: dict[str, list[tuple[str, ...]]] = {
    "a-rassemble": [MARCH, ("journal-b.example", "Rennes : la mobilisation continue. La manifestation a rassemblé "
                                                 "3 000 personnes à Rennes selon les syndicats.", DAY)],
    "a-reuni": [MARCH, ("journal-b.example", "Rennes : la mobilisation continue. Le cortège a réuni 3 000 personnes à "
                                             "Rennes selon les syndicats.", DAY)],
}
APART: dict[str, list[tuple[str, ...]]] = {
    "festival": [MARCH, ("journal-b.example", "Rennes : le festival fait le plein. Le festival a rassemblé 3 000 "
                                              "personnes à Rennes selon les organisateurs.", DAY)],
    "greve": [MARCH, ("journal-b.example", "Rennes : la grève suivie. La grève a rassemblé 3 000 grévistes à Rennes "
                                           "selon les syndicats.", DAY)],
    "an-dernier": [MARCH, ("journal-b.example", "Rennes : la mobilisation continue. L'an dernier, la manifestation "
                                                "avait rassemblé 3 000 personnes à Rennes selon les syndicats.", DAY)],
    "autre-ville": [MARCH, ("journal-b.example", "Brest : la mobilisation continue. La manifestation a rassemblé "
                                                 "3 000 personnes à Brest selon les syndicats.", DAY)],
    # the review of fires34: a market, a cultural event, the head of a march, a silent march, a carnival parade
    "marche-couvert": [MARCH_SAT, ("journal-b.example", "Rennes : affluence au centre-ville. Le marché a rassemblé "
                                                        "3 000 personnes samedi à Rennes selon la mairie.", DAY)],
    "salon-du-livre": [MARCH, ("journal-b.example", "Rennes : succès pour le salon du livre. La manifestation a "
                                                    "rassemblé 3 000 personnes à Rennes selon les organisateurs.",
                               DAY)],
    "cortege-de-tete": [MARCH, ("journal-b.example", "Rennes : des heurts en marge du cortège. Le cortège de tête a "
                                                     "réuni 3 000 personnes à Rennes selon la police.", DAY)],
    "marche-blanche": [MARCH, ("journal-b.example", "Rennes : émotion après le drame. La marche blanche a réuni 3 000 "
                                                    "personnes à Rennes selon la police.", DAY)],
    "carnaval": [MARCH_SAT, ("journal-b.example", "Rennes : le carnaval fait le plein. Le défilé du carnaval a "
                                                  "rassemblé 3 000 personnes samedi à Rennes selon la mairie.", DAY)],
}


def _piles() -> dict[str, list[tuple[str, ...]]]:
    piles = {**VERSIONS, **APART}
    return piles | {f"{name}-inverse": list(reversed(arts)) for name, arts in piles.items()}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return {story: build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: arts})
            for story, arts in _piles().items()}


def _count_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in d["contradictions"] if "3 000" in r["explanation"] and "900" in r["explanation"]]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(VERSIONS))
def test_a_marchs_gathering_meets_the_marchers_count(dossiers: dict[str, dict[str, Any]], story: str,
                                                     order: str) -> None:
    rows = _count_rows(dossiers[story + order])
    assert len(rows) == 1 and rows[0]["kind"] == "quantity", dossiers[story + order]["contradictions"]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(APART))
def test_another_gathering_meets_no_march(dossiers: dict[str, dict[str, Any]], story: str, order: str) -> None:
    assert not _count_rows(dossiers[story + order]), dossiers[story + order]["contradictions"]
