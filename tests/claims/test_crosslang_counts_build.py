"""One count told in French and in English (crosslang34, issue 13): « 1 400 emplois » and "1,400 jobs" are one
counted thing only when both language packs name it with one key, when "in France" is read at the scope the French
pack gives « en France », and when the two verbs of the deed (« supprimer » / "cut") are of one class. Then one
job cut told in both languages confirms; another firm, place, thing counted or year does not. Articles written
for the test."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.quantities import of_claim
from recoupe.claims.status import same_event
from tests.claims.helpers import build_outlet_stories

DAY = "2025-03-04"
FR, EN = "le-courrier.example", "daily-wire.example"
FR_CUT = "Industrie. Le fabricant Brelix a supprimé mardi 1 400 emplois en France."


def _statuses(d: dict[str, Any]) -> list[str]:
    """The status of each group joining two outlets' claims."""
    cl = {c["id"]: c for c in d["claims"]}
    return [g["status"] for g in d["claim_groups"] if len({cl[i]["article"] for i in g["claims"]}) > 1]


@pytest.mark.parametrize(("fr", "en"), [
    ("1 400 emplois", "1,400 jobs"),
    ("12 sièges", "12 seats"),
    ("34 % des voix", "34 percent of the vote"),
])
def test_counted_nouns_meet_across_languages(fr: str, en: str) -> None:
    (x,), (y,) = of_claim(fr, fr, "fr"), of_claim(en, en, "en")
    assert (x.value, x.unit, x.thing) == (y.value, y.unit, y.thing)


def test_france_named_in_english_is_the_national_scope() -> None:
    (x,) = of_claim("1 400 emplois en France", "", "fr")
    (y,) = of_claim("1,400 jobs in France", "", "en")
    assert x.scope == y.scope == "national"
    (z,) = of_claim("1,400 jobs in Spain", "", "en")
    assert z.scope != "national"


def test_cutting_is_one_event_with_its_french_verb() -> None:
    assert same_event("supprimer", "cut")
    assert not same_event("relever", "cut")


@pytest.mark.parametrize("order", [0, 1])
def test_one_job_cut_told_in_both_languages_confirms(nlp, tmp_path, order: int) -> None:  # type: ignore[no-untyped-def]
    arts = [(FR, FR_CUT, DAY), (EN, "Industry. The maker Brelix cut 1,400 jobs in France on Tuesday.", DAY)]
    d = build_outlet_stories(nlp, tmp_path, {"cuts": arts if order == 0 else arts[::-1]})
    assert "confirmed" in _statuses(d)


@pytest.mark.parametrize("en", [
    "Industry. The maker Tavoni cut 1,400 jobs in France on Tuesday.",  # another firm
    "Industry. The maker Brelix cut 1,400 jobs in Spain on Tuesday.",  # another place
    "Industry. The maker Brelix cut 1,400 contracts in France on Tuesday.",  # another thing counted
    "Industry. The maker Brelix cut 1,400 jobs in France in 2019.",  # another year
])
def test_two_job_cuts_told_alike_do_not_confirm(nlp, tmp_path, en: str) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"cuts": [(FR, FR_CUT, DAY), (EN, en, DAY)]})
    assert "confirmed" not in _statuses(d)
    assert not d["contradictions"]


@pytest.mark.parametrize(("fr", "en"), [
    # one count of one thing under two opposite deeds
    ("Industrie. Le fabricant Brelix a créé mardi 1 400 emplois en France.",
     "Industry. The maker Brelix cut 1,400 jobs in France on Tuesday."),
    (FR_CUT, "Industry. The maker Brelix saved 1,400 jobs in France on Tuesday."),
    ("Municipales. Les Verts ont perdu dimanche 1 200 sièges en France.",
     "Local elections. The Greens won 1,200 seats in France on Sunday."),
    # one count of votes won by two parties
    ("Élections. Le Parti radical a obtenu dimanche 2 400 voix à Valmont.",
     "Elections. The Labour Party won 2,400 votes in Valmont on Sunday."),
])
def test_one_count_of_two_deeds_does_not_confirm(nlp, tmp_path, fr: str, en: str) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"counts": [(FR, fr, DAY), (EN, en, DAY)]})
    assert "confirmed" not in _statuses(d)
