"""One kind of act told in French and in English at two places or on two targets (hunt33): the lemma words of
two languages never meet, so a French account set « à Valmont » and an English one set "in Bergstad", or
sanctions « contre la Valdorie » and sanctions "on Norvia", must not confirm each other; one act told in both
languages with one place written alike or resolved by the gazetteer (« la Russie » / "Russia") still confirms.
Articles written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.status import _places_apart_across
from tests.claims.helpers import build_outlet_stories, claim

DAY = "2025-03-04"
FR, EN = "le-courrier.example", "daily-wire.example"


def _statuses(d: dict[str, Any]) -> list[str]:
    """The status of each group joining two outlets' claims."""
    cl = {c["id"]: c for c in d["claims"]}
    return [g["status"] for g in d["claim_groups"] if len({cl[i]["article"] for i in g["claims"]}) > 1]


@pytest.mark.parametrize(("fr", "en", "apart"), [
    ("Les Verts ont tenu un meeting à Valmont", "The Greens held a rally in Bergstad", True),
    ("Le groupe a imposé des sanctions contre la Valdorie", "The bloc imposed sanctions on Norvia", True),
    ("Le groupe a imposé des sanctions contre la Russie", "The bloc imposed sanctions on Iran", True),
    ("Le groupe a imposé des sanctions contre la Russie", "The bloc imposed sanctions on Russia", False),
    ("Le ministre s'est rendu en Allemagne", "The minister went to Berlin", False),  # one place at two scales
    ("Le ministre s'est rendu à Genève", "The minister went to Geneva", False),  # one city, two spellings
    ("Le ministre s'est rendu en Norvie", "The minister went to Norvia", False),  # a name spelt for each language
    ("Les Verts ont tenu un meeting à Valmont", "The Greens held a rally on Tuesday", False),  # a day is no place
    ("Les Verts ont tenu un meeting à Valmont", "The Greens held a rally", False),  # one side names no place
    # a body named in each language's words: one place (the gazetteer reads both names as two towns)
    ("Le président a reçu son homologue à la Maison Blanche",
     "The president received his counterpart at the White House", False),
    ("Le texte a été adopté à l'Assemblée nationale", "The text was adopted in the National Assembly", False),
    # a body each language names its own way: an acronym, a name opening on an organisation's head noun
    ("Le ministre a parlé mardi à l'ONU", "The minister spoke at the UN on Tuesday", False),
    ("Le gouvernement a adopté le texte en Conseil des ministres", "The government adopted the text in Cabinet", False),
    ("Le texte a été voté à l'Assemblée", "The text was passed in Parliament", False),
    # (review of hunt33) an English short name of a country is a country (2); two countries whose names share
    # their first letters, or a prefix found in another word of the sentence, are two (3); a country of several
    # words is a name (5)
    ("Le bloc a pris des sanctions contre la Turquie", "The bloc took sanctions on Russia", True),
    ("Le bloc a pris des sanctions contre la Chine", "The bloc took sanctions on Britain", True),
    ("Le bloc a pris des sanctions contre le Royaume-Uni", "The bloc took sanctions on Britain", False),
    ("Le bloc a pris des sanctions contre le Niger", "The bloc took sanctions on Nigeria", True),
    ("Le bloc a pris des sanctions contre la Slovaquie", "The bloc took sanctions on Slovenia", True),
    ("Le bloc a pris des sanctions contre la Chine", "The bloc took sanctions on the United States", True),
    ("La présidente a été reçue à Valmont", "The president was received in Preston", True),
    ("Le ministre a été reçu à Douvres", "The minister was received in Calais", True),
    # one name spelt for each language (4), a site inside a country, a feast that the gazetteer places (7)
    ("Le bloc a pris des sanctions contre Poutine", "The bloc took sanctions on Putin", False),
    ("Le bloc a pris des sanctions contre la Tchétchénie", "The bloc took sanctions on Chechnya", False),
    ("Le ministre a été reçu à Douvres", "The minister was received in Dover", False),
    ("Le bloc a pris des sanctions contre le Kremlin", "The bloc took sanctions on Russia", False),
    ("Le ministre a été reçu à Matignon", "The minister was received in Paris", False),
    # a country's name of several words written with small words (« l'Arabie saoudite »), a region's English name
    ("Le bloc a pris des sanctions contre l'Arabie saoudite", "The bloc took sanctions on Saudi Arabia", False),
    ("Le bloc a pris des sanctions contre la Corée du Sud", "The bloc took sanctions on Korea", False),
    ("Le bloc a pris des sanctions contre la Côte d'Ivoire", "The bloc took sanctions on Ivory Coast", False),
    ("Le ministre a été reçu en Bretagne", "The minister was received in Brittany", False),
    ("Le bloc a pris à Noël des sanctions contre la Russie", "The bloc took sanctions on Russia at Christmas", False),
    ("Les Verts ont tenu un meeting à Lorvel", "The Greens held a rally in Dorvel", True),  # two names, not one
    # a month and a name of the other's sentence by its stem are no second place
    ("Le bloc a pris des sanctions contre la Russie", "The bloc took sanctions on Russia in May", False),
    ("Le bloc a pris des sanctions contre les Houthis", "The bloc took sanctions on Yemen's Houthi rebels", False),
])
def test_places_apart_across(fr: str, en: str, apart: bool) -> None:
    a = claim("a1:c1", fr, language="fr")
    b = claim("a2:c1", en, language="en")
    assert _places_apart_across(a, b) is apart
    assert _places_apart_across(b, a) is apart


def test_one_language_is_left_to_its_own_checks() -> None:
    a = claim("a1:c1", "The Greens held a rally in Valmont", language="en")
    b = claim("a2:c1", "The Greens held a rally in Bergstad", language="en")
    assert not _places_apart_across(a, b)


@pytest.mark.model
@pytest.mark.parametrize("order", [1, -1])
def test_two_hosts_in_two_languages_do_not_confirm(nlp, tmp_path, order: int) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"visit": [
        (FR, "Visite. Le président Henri Castel a reçu mardi à Valmont la présidente Ilse Brandt.", DAY),
        (EN, "Visit. President Ilse Brandt received President Henri Castel in Bergstad on Tuesday.", DAY)][::order]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
@pytest.mark.parametrize("target", ["Norvia", "Iran"])
def test_sanctions_on_two_targets_do_not_confirm(nlp, tmp_path, target: str) -> None:  # type: ignore[no-untyped-def]
    fr_target = "la Valdorie" if target == "Norvia" else "la Russie"
    d = build_outlet_stories(nlp, tmp_path, {"sanctions": [
        (FR, f"Mesures. L'Union européenne a imposé mardi de nouvelles sanctions contre {fr_target}.", DAY),
        (EN, f"Measures. The European Union imposed new sanctions on {target} on Tuesday.", DAY)]})
    assert "confirmed" not in _statuses(d)


@pytest.mark.model
def test_sanctions_on_one_target_still_confirm(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"sanctions": [
        (FR, "Mesures. L'Union européenne a imposé mardi de nouvelles sanctions contre la Russie.", DAY),
        (EN, "Measures. The European Union imposed new sanctions on Russia on Tuesday.", DAY)]})
    assert "confirmed" in _statuses(d)


@pytest.mark.model
def test_one_visit_told_in_both_languages_still_confirms(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"visit": [
        (FR, "Visite. Le président Henri Castel a reçu mardi à Valmont la présidente Ilse Brandt.", DAY),
        (EN, "Visit. President Henri Castel received President Ilse Brandt in Valmont on Tuesday.", DAY)]})
    assert "confirmed" in _statuses(d)


@pytest.mark.model
@pytest.mark.parametrize(("fr", "en", "confirms"), [
    ("contre la Turquie", "on Russia", False),  # review of hunt33, finding 2
    ("contre le Niger", "on Nigeria", False),  # 3
    ("contre la Chine", "on the United States", False),  # 5
    ("contre Poutine", "on Putin", True),  # 4
])
def test_sanctions_across_review(nlp, tmp_path, fr: str, en: str, confirms: bool) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"sanctions": [
        (FR, f"Mesures. L'Union européenne a imposé mardi de nouvelles sanctions {fr}.", DAY),
        (EN, f"Measures. The European Union imposed new sanctions {en} on Tuesday.", DAY)]})
    assert ("confirmed" in _statuses(d)) is confirms


@pytest.mark.model
@pytest.mark.parametrize(("fr", "en", "confirms"), [("à Douvres", "in Dover", True), ("à Douvres", "in Calais", False)])
def test_visit_across_review(nlp, tmp_path, fr: str, en: str, confirms: bool) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"visit": [
        (FR, f"Visite. Le président Henri Castel a reçu mardi {fr} la présidente Ilse Brandt.", DAY),
        (EN, f"Visit. President Ilse Brandt received President Henri Castel {en} on Tuesday.", DAY)]})
    assert ("confirmed" in _statuses(d)) is confirms
