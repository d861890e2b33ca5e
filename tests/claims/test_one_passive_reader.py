"""One reader of the passive (``claims/passive.py``, issue #13) for the contest outcome, the doer of the
status and the one deed of the contradictions: the readings where the contest's own reader was wrong
(« était battue » read active, « are beating » read passive), the English « getting » it alone had, and the
pipeline on small piles (one deed told with an adverb before its participle; what must stay apart).
Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contest import LOSS, WIN, outcome
from recoupe.claims.passive import passive_agent, told_passive
from recoupe.claims.status import _passive_doer
from tests.claims.helpers import build_each_story, claim


@pytest.mark.parametrize(("language", "predicate", "text", "told"), [
    # an imperfect or future auxiliary: the subject is the beaten side
    ("fr", "battre", "L'équipe de Varenne était battue dimanche à domicile", LOSS),
    ("fr", "battre", "Les Verts seraient battus sans surprise samedi", LOSS),
    # any word between the auxiliary and the participle, not only an adverb in -ment / -ly
    ("en", "beat", "Haddon were then beaten 3-0 at home", LOSS),
    ("en", "beat", "Haddon kept getting beaten at home", LOSS),
    # a progressive is active: the subject beats
    ("en", "beat", "Corby Wanderers are beating Haddon at half-time", WIN),
    # the headline's bare participle before its agent still tells the loser
    ("fr", "battre", "Varenne battu par Sorbiers en finale", LOSS),
])
def test_the_outcome_reads_the_one_passive(language: str, predicate: str, text: str, told: str) -> None:
    assert outcome(language, predicate, False, [predicate], text) == told


def test_the_doer_reads_getting_as_an_auxiliary() -> None:
    c = claim("a1:c1", "The Linden gym kept getting closed by the county", subject="gym", predicate="close",
              language="en")
    assert _passive_doer(c) == (True, frozenset({"county"}))


def test_a_headline_participle_tells_a_passive_but_no_agent() -> None:
    # « a fermé par arrêté » sets a participle before « par » too: the bare form is never read for a doer
    assert told_passive("en", "defeat", "Tarn Mayor Defeated by Newcomer in Primary")
    assert passive_agent("en", "defeat", "Tarn Mayor Defeated by Newcomer in Primary") == (False, [])
    assert passive_agent("fr", "fermer", "Le maire a fermé par arrêté le gymnase de Lormes") == (False, [])
    assert passive_agent("fr", "fermer", "Le gymnase a été fermé par la mairie de Lormes") == (
        True, ["la", "mairie", "de", "Lormes"])


D3 = "2025-03-12"  # a past day: the store drops a publication day after today

CONFLICTS: dict[str, list[tuple[str, ...]]] = {
    # « enfin » between the auxiliary and the participle: still the passive of the other's deed
    "date-passif-enfin": [
        ("journal-a.example", "Le nouveau pont de Varenne. Le pont a été enfin inauguré le 12 février par le "
                              "maire de Varenne. Le chantier avait duré trois ans.", D3),
        ("journal-b.example", "Varenne inaugure son nouveau pont. Le maire de Varenne a inauguré le nouveau pont "
                              "le 19 février. Le chantier a duré trois ans.", D3)],
}
# the same pile in the other order
CONFLICTS["date-passif-enfin-inverse"] = CONFLICTS["date-passif-enfin"][::-1]

APART: dict[str, list[tuple[str, ...]]] = {
    # a state in the imperfect (« était fermé »: it stood closed) and a deed on another day: no one deed, and
    # no place complement to keep them apart but the state itself
    "etat-et-acte": [
        ("journal-a.example", "Crue à Varenne. Le pont était fermé le 12 février.", D3),
        ("journal-b.example", "Crue à Varenne. Le maire a fermé le pont le 19 février.", D3)],
    # a copula before the participle (« est resté fermé »): a state too
    "etat-reste-et-acte": [
        ("journal-a.example", "Crue à Varenne. Le pont est resté fermé le 12 février.", D3),
        ("journal-b.example", "Crue à Varenne. Le maire a fermé le pont le 19 février.", D3)],
    # two bridges named apart, the passive told with an adverb
    "deux-ponts-enfin": [
        ("journal-a.example", "Lormes et ses ponts. Le pont des Saules a été enfin inauguré le 12 février par le "
                              "maire de Lormes.", D3),
        ("journal-b.example", "Lormes et ses ponts. Le maire de Lormes a inauguré le pont des Tanneurs le 19 "
                              "février.", D3)],
    # another agent than the active's doer, the passive in the imperfect
    "autre-agent-imparfait": [
        ("journal-a.example", "Le nouveau pont de Varenne. Le pont était béni le 12 février par l'évêque de "
                              "Varenne.", D3),
        ("journal-b.example", "Le nouveau pont de Varenne. Le maire de Varenne a inauguré le nouveau pont le 19 "
                              "février.", D3)],
    # a future passive (« seront accueillis ») whose agent is another school's head than the active's doer
    "deux-directeurs": [
        ("journal-a.example", "Rentrée à Varenne. Les élèves seront accueillis le 2 septembre par le directeur de "
                              "l'école Jaurès.", D3),
        ("journal-b.example", "Rentrée à Varenne. Le directeur de l'école Ferry a accueilli les élèves le 4 "
                              "septembre.", D3)],
    # one club beaten by two others on two days: two matches
    "deux-defaites": [
        ("journal-a.example", "Football : Varenne en difficulté. Varenne était battu par Lormes le 12 février.", D3),
        ("journal-b.example", "Football : Varenne en difficulté. Sorbiers a battu Varenne le 19 février.", D3)],
}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, {**CONFLICTS, **APART})


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(CONFLICTS))
def test_one_deed_told_in_the_passive_with_an_adverb_conflicts_on_its_date(
        dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    rows = [r for r in d["contradictions"] if r["kind"] == "date"]
    assert len(rows) == 1, d["contradictions"]
    assert "12" in rows[0]["explanation"] and "19" in rows[0]["explanation"]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(APART))
def test_what_the_passive_does_not_join_is_no_contradiction(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    assert len({a["outlet"] for a in d["articles"]}) == 2 and len(d["claims"]) >= 2
    assert not [r for r in d["contradictions"] if r["kind"] != "update"], d["contradictions"]
    text_of = {c["id"]: c["text"] for c in d["claims"]}
    # the headline both outlets share may confirm itself; no deed of the two accounts confirms the other
    assert not [g for g in d["claim_groups"] if g["status"] == "confirmed" and len(g["claims"]) > 1
                and any(str(y) in text_of[c] for c in g["claims"] for y in (12, 19))], d["claim_groups"]
