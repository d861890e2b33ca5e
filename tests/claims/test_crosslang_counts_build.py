"""One count told in French and in English (crosslang34, issue 13; its review, fixcrosslang34): « 1 400 emplois »
and "1,400 jobs" are one counted thing, both language packs naming it with one key. "Cut" is not a cancellation
(a tax cut is no postponement) and France named in an English sentence is not the national scope (a firm "based in
France", a "nationwide" count in another country): two deeds, places or countries told alike neither confirm nor
clash. Articles written for the test."""

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


def test_france_named_in_english_is_not_the_national_scope() -> None:
    # the English pack's "nationwide" is the article's own country, not the French pack's « en France »
    (y,) = of_claim("1,400 jobs in France", "", "en")
    (z,) = of_claim("1,400 jobs in Germany, a maker based in France", "", "en")
    assert "national" not in (y.scope, z.scope)


def test_cutting_is_no_cancellation() -> None:
    # "cut" mostly reduces (a tax, a rate): of the class of "postpone" it joined a tax cut to a postponed reform
    assert not same_event("postpone", "cut")
    assert not same_event("supprimer", "cut")


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


def _confirmed_texts(d: dict[str, Any]) -> list[str]:
    """The text of every claim in a confirmed group."""
    cl = {c["id"]: c for c in d["claims"]}
    return [cl[i]["text"] for g in d["claim_groups"] if g["status"] == "confirmed" for i in g["claims"]]


@pytest.mark.parametrize("order", [0, 1])
def test_a_tax_cut_does_not_confirm_a_postponed_reform(nlp, tmp_path, order: int) -> None:  # type: ignore[no-untyped-def]
    arts = [("morning-post.example", "Politics. The government postponed the pension reform on Tuesday.", DAY),
            ("evening-star.example", "Fuel. On Tuesday the government cut its tax on fuel, ministers said.", DAY),
            (EN, "Politics. The government cut the fuel tax on Tuesday.", DAY)]
    d = build_outlet_stories(nlp, tmp_path, {"gov": arts if order == 0 else arts[::-1]})
    assert not any("postponed" in t for t in _confirmed_texts(d))


@pytest.mark.parametrize("order", [0, 1])
@pytest.mark.parametrize("verb", ["annulé", "reporté"])
def test_a_job_cut_undone_does_not_confirm_the_job_cut(nlp, tmp_path, verb: str, order: int) -> None:  # type: ignore[no-untyped-def]
    arts = [(FR, f"Industrie. Le fabricant Brelix a {verb} mardi la suppression de 1 400 emplois en France.", DAY),
            (EN, "Industry. The maker Brelix cut 1,400 jobs in France on Tuesday.", DAY)]
    d = build_outlet_stories(nlp, tmp_path, {"cuts": arts if order == 0 else arts[::-1]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.parametrize("order", [0, 1])
def test_a_count_in_france_and_one_nationwide_elsewhere_do_not_clash(nlp, tmp_path, order: int) -> None:  # type: ignore[no-untyped-def]
    arts = [("morning-post.example", "Industry. The carmaker Brelix cut 1,400 jobs in France on Tuesday.", DAY),
            (EN, "Industry. Inside the United States, the carmaker Brelix cut 900 jobs nationwide on Tuesday.", DAY)]
    d = build_outlet_stories(nlp, tmp_path, {"cuts": arts if order == 0 else arts[::-1]})
    assert not d["contradictions"]
    assert "confirmed" not in _statuses(d)


@pytest.mark.parametrize("order", [0, 1])
def test_a_firm_based_in_france_cutting_elsewhere_does_not_confirm(nlp, tmp_path, order: int) -> None:  # type: ignore[no-untyped-def]
    en = "Industry. Brelix, a maker based in France, cut 1,400 jobs in Germany on Tuesday."
    arts = [(FR, FR_CUT, DAY), (EN, en, DAY)]
    d = build_outlet_stories(nlp, tmp_path, {"cuts": arts if order == 0 else arts[::-1]})
    assert "confirmed" not in _statuses(d)
