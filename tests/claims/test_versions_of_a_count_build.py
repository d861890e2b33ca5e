"""Two versions of one count, each held by its own source (issue #13, versions33): « 2 400 selon les
syndicats, 900 selon la police » told in one sentence, in two sentences of one article, or by two outlets
with two crowd nouns (« grévistes » / « manifestants »). Each comes out as one row naming both figures and who
holds each, and the briefing says so. And what must not conflict: two marches (two towns, two days, a city
and the whole country), a figure and its update hours later, a total and its part, two things counted.
Articles written for the tests, built through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

D1 = "2025-03-04"

# story -> articles (outlet, text, day published); a pile each
VERSIONS: dict[str, list[tuple[str, ...]]] = {
    "une-phrase": [
        ("le-courrier.example", "Les enseignants en grève à Rennes. Les enseignants ont défilé mardi dans les rues "
                                "de Rennes. Ils étaient 2 400 selon les syndicats, 900 selon la police.", D1)],
    "deux-phrases": [
        ("le-courrier.example", "Marche pour le climat à Grenoble. Samedi, 5 000 personnes ont marché dans le "
                                "centre de Grenoble, selon les organisateurs. La préfecture a compté 1 800 "
                                "participants.", D1)],
    "deux-titres-deux-noms": [
        ("journal-a.example", "Grève à la SNCF : les cheminots défilent à Limoges. Mardi, 3 100 grévistes ont "
                              "défilé à Limoges selon la CGT.", D1),
        ("journal-b.example", "Limoges : les cheminots dans la rue. Mardi, 850 manifestants ont défilé à Limoges, "
                              "selon la police.", D1)],
    "personnes-participants": [
        ("journal-a.example", "Les agriculteurs manifestent à Agen. Jeudi, 1 500 personnes ont manifesté devant la "
                              "préfecture d'Agen, selon la FNSEA.", D1),
        ("journal-b.example", "Colère agricole à Agen. Jeudi, 400 participants ont manifesté devant la préfecture "
                              "d'Agen, selon les gendarmes.", D1)],
    # the same two outlets in the other order
    "deux-titres-ordre-inverse": [
        ("journal-b.example", "Limoges : les cheminots dans la rue. Mardi, 850 manifestants ont défilé à Limoges, "
                              "selon la police.", D1),
        ("journal-a.example", "Grève à la SNCF : les cheminots défilent à Limoges. Mardi, 3 100 grévistes ont "
                              "défilé à Limoges selon la CGT.", D1)],
    "une-phrase-en": [
        ("northern-post.example", "Nurses strike in Leeds. Nurses marched through the centre of Leeds on Tuesday. "
                                  "There were 3,000 according to the unions, 800 according to police.", D1)],
}

# story -> (the two figures, a holder of each)
EXPECTED: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "une-phrase": (("2 400", "900"), ("syndicats", "police")),
    "deux-phrases": (("5 000", "1 800"), ("organisateurs", "préfecture")),
    "deux-titres-deux-noms": (("3 100", "850"), ("CGT", "police")),
    "personnes-participants": (("1 500", "400"), ("FNSEA", "gendarmes")),
    "deux-titres-ordre-inverse": (("3 100", "850"), ("CGT", "police")),
    "une-phrase-en": (("3,000", "800"), ("unions", "police")),
}

APART: dict[str, list[tuple[str, ...]]] = {
    "deux-villes": [
        ("journal-a.example", "Les enseignants en grève. Mardi, 3 000 grévistes ont défilé à Rennes selon les "
                              "syndicats.", D1),
        ("journal-b.example", "Les enseignants en grève. Mardi, 800 manifestants ont défilé à Brest selon la "
                              "police.", D1)],
    "deux-jours": [
        ("journal-a.example", "Les enseignants en grève à Rennes. Mardi, 3 000 grévistes ont défilé à Rennes selon "
                              "les syndicats.", D1),
        ("journal-b.example", "Les enseignants en grève à Rennes. Jeudi, 800 manifestants ont défilé à Rennes selon "
                              "la police.", "2025-03-06")],
    "paris-france": [
        ("journal-a.example", "Journée de grève des fonctionnaires. Mardi, 3 000 grévistes ont défilé en France "
                              "selon les syndicats.", D1),
        ("journal-b.example", "Journée de grève des fonctionnaires. Mardi, 800 manifestants ont défilé à Paris "
                              "selon la police.", D1)],
    "total-et-part": [
        ("journal-a.example", "Journée de grève des fonctionnaires. Mardi, 3 000 grévistes ont manifesté en "
                              "France selon la CGT, dont 800 à Paris.", D1)],
    "deux-choses-comptees": [
        ("journal-a.example", "Grève des dockers au Havre. Mardi, 3 000 grévistes ont défilé au Havre selon la "
                              "CGT.", D1),
        ("journal-b.example", "Grève des dockers au Havre. Mardi, 800 policiers ont été mobilisés au Havre selon "
                              "la préfecture.", D1)],
    # one sentence: two towns, two years, two things counted
    "une-phrase-deux-villes": [
        ("journal-a.example", "Les enseignants en grève en Bretagne. Les enseignants ont défilé mardi à Rennes et à "
                              "Brest. Ils étaient 3 000 à Rennes selon les syndicats, 800 à Brest selon la police.",
         D1)],
    "une-phrase-l-an-dernier": [
        ("journal-a.example", "Marche pour le climat à Dijon. Samedi, ils étaient 2 000 selon les organisateurs, "
                              "contre 1 500 l'an dernier selon la police.", D1)],
    "une-phrase-deux-choses": [
        ("journal-a.example", "Grève des dockers au Havre. Mardi au Havre, on comptait 3 000 grévistes selon la "
                              "CGT, 800 policiers selon la préfecture.", D1)],
    # two marches of one day in one city, for two causes
    "deux-causes": [
        ("journal-a.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 5 000 personnes ont défilé contre la "
                              "réforme des retraites, selon la CGT.", D1),
        ("journal-b.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 800 manifestants ont défilé pour le "
                              "climat, selon la police.", D1)],
    "mise-a-jour": [
        ("journal-a.example", "Manifestation à Nantes. Mardi à midi, 1 000 manifestants défilaient à Nantes selon "
                              "la police.", "2025-03-04T12:30:00+01:00"),
        ("journal-b.example", "Manifestation à Nantes. Mardi en fin de journée, 4 000 manifestants avaient défilé "
                              "à Nantes selon la police.", "2025-03-04T19:00:00+01:00")],
}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, {**VERSIONS, **APART})


@pytest.mark.parametrize("story", sorted(VERSIONS))
def test_two_versions_of_a_count_come_out_with_who_holds_each(dossiers: dict[str, dict[str, Any]],
                                                             story: str) -> None:
    d = dossiers[story]
    versions, holders = EXPECTED[story]
    rows = [r for r in d["contradictions"] if r["kind"] == "quantity"]
    assert len(rows) == 1, d["contradictions"]
    told = rows[0]["explanation"]
    assert all(v in told for v in versions) and all(h in told for h in holders), told
    (s,) = d["stories"]
    assert any(b["kind"] in {"contradicted", "disputed"} and told in b["text"] for b in s["briefing"]), s["briefing"]
    both = set(rows[0]["claims"])
    assert not [g for g in d["claim_groups"] if g["status"] == "confirmed" and set(g["claims"]) >= both]


@pytest.mark.parametrize("story", sorted(APART))
def test_two_marches_a_part_or_an_update_are_no_contradiction(dossiers: dict[str, dict[str, Any]],
                                                              story: str) -> None:
    d = dossiers[story]
    assert len(d["claims"]) >= 1
    assert not [r for r in d["contradictions"] if r["kind"] != "update"], d["contradictions"]


@pytest.mark.parametrize(("text", "told"), [
    ("Ils étaient 2 400 selon les syndicats, 900 selon la police", "2 400 selon les syndicats, 900 selon la police"),
    ("Ils étaient 2 400 selon les syndicats et 900 selon la police", "2 400 selon les syndicats, 900 selon la police"),
    ("Ils étaient 3 000 à Rennes selon les syndicats, 800 à Brest selon la police", None),
    ("Ils étaient 3 000 selon la CGT, dont 800 à Paris selon la préfecture", None),
    ("Ils étaient 2 000 selon les organisateurs, contre 1 500 l'an dernier selon la police", None),
    ("On comptait 3 000 grévistes selon la CGT, 800 policiers selon la préfecture", None),
    ("Ils étaient 2 400 selon la police, 900 selon la police", None),
])
def test_versions_in_one_sentence_only_when_each_figure_has_its_own_source(text: str, told: str | None) -> None:
    from recoupe.claims.contradictions import versions_told
    from tests.claims.helpers import claim

    hit = versions_told(claim("a1:c1", text, language="fr"))
    assert (hit.explanation if hit else None) == told
