"""The review of versions33 (issue #13): what two versions of one crowd count must not swallow, and what they
must not hide. A strike's count, a festival's, a public meeting's or a trade fair's is no march's crowd; a figure
« contre 1 500 selon la police l'an dernier » or « selon le même ministère en janvier » is of another moment; one
holder's two counts of yesterday's finished march, told by two outlets an hour apart, are two versions, not an
update; « Pour les syndicats, … » names a holder, not a cause; a cause one side names and the other lacks keeps
« personnes » and « manifestants » apart. And a row of a claim with itself shows both holders, once.
Articles written for the tests, built through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

D1 = "2025-03-04"
STRIKE = "Grève dans l'Éducation nationale. Mardi, le ministère a recensé 30 000 grévistes parmi les enseignants."
MARCH = "Grève dans l'Éducation nationale. Mardi, 8 000 manifestants ont défilé selon la police."

# story -> articles (outlet, text, day published); no row but an update may come out of any
APART: dict[str, list[tuple[str, ...]]] = {
    "grevistes-recenses": [("journal-a.example", STRIKE, D1), ("journal-b.example", MARCH, D1)],
    "grevistes-recenses-inverse": [("journal-b.example", MARCH, D1), ("journal-a.example", STRIKE, D1)],
    "festival": [
        ("journal-a.example", "Week-end chargé à Nantes. Samedi à Nantes, le festival de musique a rassemblé 20 000 "
                              "personnes, selon les organisateurs.", D1),
        ("journal-b.example", "Manifestation à Nantes. Samedi à Nantes, la préfecture a compté 1 500 manifestants.",
         D1)],
    "reunion-publique": [
        ("journal-a.example", "Journée chargée à Rennes. Mardi à Rennes, 300 personnes ont participé à la réunion "
                              "publique sur le tramway.", D1),
        ("journal-b.example", "Journée chargée à Rennes. Mardi à Rennes, la préfecture a compté 1 500 manifestants.",
         D1)],
    "salon-participants": [
        ("journal-a.example", "Week-end chargé à Lyon. Samedi à Lyon, le salon de l'agriculture a enregistré 40 000 "
                              "participants.", D1),
        ("journal-b.example", "Week-end chargé à Lyon. Samedi à Lyon, 800 manifestants ont défilé, selon la police.",
         D1)],
    "une-phrase-l-an-dernier": [
        ("journal-a.example", "Marche pour le climat à Dijon. Samedi à Dijon, les marcheurs étaient 2 000 selon les "
                              "organisateurs, contre 1 500 selon la police l'an dernier.", D1)],
    "une-phrase-meme-ministere": [
        ("journal-a.example", "Grève des enseignants. Mardi, les grévistes étaient 45 000 selon le ministère, contre "
                              "60 000 selon le même ministère en janvier.", D1)],
    "une-phrase-last-year": [
        ("northern-post.example", "Climate march in Leeds. On Saturday in Leeds, marchers numbered 2,000 according "
                                  "to the organisers, against 1,500 according to police last year.", D1)],
    "mot-outil-commun": [
        ("journal-a.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 5 000 personnes ont défilé contre les "
                              "suppressions de postes dans les hôpitaux, selon la CGT.", D1),
        ("journal-b.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 800 manifestants ont défilé pour le "
                              "climat dans les villes, selon la police.", D1)],
    "cause-d-un-seul-cote": [
        ("journal-a.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 5 000 personnes ont défilé en "
                              "solidarité avec l'Ukraine, selon les organisateurs.", D1),
        ("journal-b.example", "Samedi de manifestations à Lyon. Samedi à Lyon, 800 manifestants ont défilé contre la "
                              "réforme des retraites, selon la police.", D1)],
}

# story -> articles whose two figures conflict (a ``quantity`` row, no update)
CONFLICT: dict[str, list[tuple[str, ...]]] = {
    "meme-police-lendemain": [
        ("journal-a.example", "Manifestation à Nantes. Mardi, 3 000 manifestants ont défilé à Nantes selon la police.",
         "2025-03-05T08:00:00+01:00"),
        ("journal-b.example", "Manifestation à Nantes. Mardi, 800 manifestants ont défilé à Nantes selon la police.",
         "2025-03-05T10:00:00+01:00")],
    "pour-les-syndicats": [
        ("journal-a.example", "Retraites : nouvelle journée à Lyon. Pour les syndicats, 5 000 manifestants ont défilé "
                              "samedi à Lyon contre la réforme des retraites.", D1),
        ("journal-b.example", "Retraites : nouvelle journée à Lyon. Samedi à Lyon, 800 manifestants ont défilé contre "
                              "la réforme des retraites, selon la police.", D1)],
    "une-cause-en-d-autres-mots": [
        ("journal-a.example", "Retraites : nouvelle journée à Lyon. Samedi à Lyon, 5 000 manifestants ont défilé "
                              "contre la réforme des retraites, selon la CGT.", D1),
        ("journal-b.example", "Retraites : nouvelle journée à Lyon. Samedi à Lyon, 800 manifestants ont défilé contre "
                              "le report de l'âge légal, selon la police.", D1)],
    # a counter never tells the cause: its lack keeps no crowds apart
    "compte-sans-cause": [
        ("journal-a.example", "Retraites : nouvelle journée à Lyon. Samedi à Lyon, 5 000 personnes ont défilé contre "
                              "la réforme des retraites, selon la CGT.", D1),
        ("journal-b.example", "Retraites : nouvelle journée à Lyon. Samedi à Lyon, la préfecture a compté 800 "
                              "manifestants.", D1)],
    # two nouns, two outlets, the day after: still two versions (either order)
    "lendemain-deux-noms": [
        ("journal-a.example", "Grève à la SNCF à Limoges. Mardi, 3 100 grévistes ont défilé à Limoges selon la CGT.",
         "2025-03-05T08:00:00+01:00"),
        ("journal-b.example", "Limoges : les cheminots dans la rue. Mardi, 850 manifestants ont défilé à Limoges, "
                              "selon la police.", "2025-03-05T09:30:00+01:00")],
    "meme-police-lendemain-inverse": [
        ("journal-b.example", "Manifestation à Nantes. Mardi, 800 manifestants ont défilé à Nantes selon la police.",
         "2025-03-05T10:00:00+01:00"),
        ("journal-a.example", "Manifestation à Nantes. Mardi, 3 000 manifestants ont défilé à Nantes selon la police.",
         "2025-03-05T08:00:00+01:00")],
}

FIGURES: dict[str, tuple[str, str]] = {
    "meme-police-lendemain": ("3 000", "800"), "pour-les-syndicats": ("5 000", "800"),
    "une-cause-en-d-autres-mots": ("5 000", "800"), "compte-sans-cause": ("5 000", "800"),
    "lendemain-deux-noms": ("3 100", "850"), "meme-police-lendemain-inverse": ("3 000", "800")}

ONE_SENTENCE = {"une-phrase": [
    ("le-courrier.example", "Les enseignants en grève à Rennes. Les enseignants ont défilé mardi dans les rues de "
                            "Rennes. Ils étaient 2 400 selon les syndicats, 900 selon la police.", D1)]}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, {**APART, **CONFLICT})


@pytest.mark.parametrize("story", sorted(APART))
def test_another_crowd_or_another_moment_is_no_second_version(dossiers: dict[str, dict[str, Any]],
                                                              story: str) -> None:
    d = dossiers[story]
    assert len(d["claims"]) >= 1
    assert not [r for r in d["contradictions"] if r["kind"] != "update"], d["contradictions"]


@pytest.mark.parametrize("story", sorted(CONFLICT))
def test_two_versions_of_one_finished_march_still_conflict(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    rows = [r for r in d["contradictions"] if r["kind"] == "quantity"]
    assert len(rows) == 1, d["contradictions"]
    assert all(f in rows[0]["explanation"] for f in FIGURES[story]), rows[0]
    assert not [r for r in d["contradictions"] if r["kind"] == "update"], d["contradictions"]


def test_a_claim_with_two_versions_is_shown_once_with_both_holders(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import to_csv
    from recoupe.report.html import render_report
    from recoupe.storage import Store
    from recoupe.web.views import story_view

    (outlet, text, day), = ONE_SENTENCE["une-phrase"]
    item = {"url": f"https://{outlet}/une-phrase", "outlet": outlet, "published": day,
            "title": text.split(". ")[0], "text": text}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as s:
        build(s, [str(path)], fmt="jsonl", nlp=nlp)
        d = build_dossier(s)
        (row,) = [r for r in d["contradictions"] if r["kind"] == "quantity"]
        assert row["holders"] == ["les syndicats", "la police"], row
        (story,) = d["stories"]
        shown = [b for b in story["briefing"] if b["kind"] in {"contradicted", "disputed"}]
        assert shown and all(len(b["citations"]) == 1 for b in shown), shown
        (web,) = [x for x in story_view(s, story["id"])["contradictions"] if x["kind"] == "quantity"]
    assert [side["attributed_to"] for side in web["sides"]] == ["les syndicats / la police"], web
    (line,) = [r for r in to_csv(d, "contradictions").splitlines()[1:] if r.startswith("quantity")]
    assert line.endswith("les syndicats / la police"), line
    html = render_report(d)
    assert "according to les syndicats / la police" in html
    assert html.count("according to la police<") == 0


@pytest.mark.parametrize(("text", "told"), [
    ("Ils étaient 2 000 selon les organisateurs, contre 1 500 selon la police.",
     "2 000 selon les organisateurs, 1 500 selon la police"),
    ("Ils étaient 2 000 selon les organisateurs, contre 1 500 selon la police l'an dernier.", None),
    ("Ils étaient 45 000 selon le ministère, contre 60 000 selon le même ministère en janvier.", None),
    ("Ils étaient 45 000 selon le ministère, contre 60 000 selon les syndicats mardi dernier.", None),
])
def test_a_second_version_is_of_another_holder_at_the_same_moment(text: str, told: str | None) -> None:
    from recoupe.claims.contradictions import versions_told
    from tests.claims.helpers import claim

    hit = versions_told(claim("a1:c1", text, language="fr"))
    assert (hit.explanation if hit else None) == told


def test_last_year_in_english_is_no_second_version() -> None:
    from recoupe.claims.contradictions import versions_told
    from tests.claims.helpers import claim

    said = "Marchers numbered 2,000 according to the organisers, against 1,500 according to police last year."
    assert versions_told(claim("a1:c1", said, language="en")) is None
    said = "Marchers numbered 2,000 according to the organisers, against 1,500 according to police."
    assert versions_told(claim("a1:c1", said, language="en")) is not None


@pytest.mark.parametrize(("text", "cause"), [
    ("Pour les syndicats, 5 000 manifestants ont défilé samedi à Lyon contre la réforme des retraites", True),
    ("Pour les syndicats, 5 000 manifestants ont défilé samedi à Lyon", False),
    ("800 manifestants ont défilé pour la troisième fois en un mois", False),
    ("800 manifestants ont défilé dans les rues, selon la police", False),
])
def test_a_cause_is_read_after_the_march_verb_only(text: str, cause: bool) -> None:
    from recoupe.claims.contradictions import _cause
    from tests.claims.helpers import claim

    assert bool(_cause(claim("a1:c1", text, language="fr"))) is cause
