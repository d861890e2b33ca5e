"""The review of the described doers (issue #13): a modifier that does not name a level of government (« le maire
sortant » / « le maire socialiste ») describes one person or body, and two such accounts still confirm; a
council is no office of its own (« le conseil municipal » / « la mairie » confirm); two ministries told by their
complements are two doers (« le ministre du logement » / « celui de la jeunesse »); a church and its
cathedral are one building. Articles written for the tests; each pile is built through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.status import _described_doers_apart
from tests.claims.helpers import build_each_story, claim

A, B = "quai-matin.example", "cap-soir.example"
DAY = "2025-03-04"  # a past day: the store drops a publication day after today
# two outlets' frames around the clause (as the first described doers' tests): their own headline and sentence
HEAD_A, TAIL_A = "Émoi à Carvenne. ", " après une inspection. Les familles réclament des explications et une date."
HEAD_B, TAIL_B = ("Carvenne sous le choc. ", " à la suite d'un contrôle, a-t-on appris. Les riverains attendent "
                  "des réponses claires.")


def _pile(clause_a: str, clause_b: str) -> list[tuple[str, ...]]:
    return [(A, HEAD_A + clause_a + TAIL_A, DAY), (B, HEAD_B + clause_b + TAIL_B, DAY)]


def _closed(doer_a: str, doer_b: str, thing: str = "le gymnase des Ormes") -> list[tuple[str, ...]]:
    return _pile(f"{doer_a} a fermé mardi {thing}", f"{doer_b} a fermé mardi {thing}")


ONE_FACT: dict[str, list[tuple[str, ...]]] = {
    "two-descriptions-of-a-mayor": _closed("Le maire sortant", "Le maire socialiste"),
    "two-descriptions-of-a-president": _pile("Le président américain a signé mardi le décret des Ormes",
                                             "Le président sortant a signé mardi le décret des Ormes"),
    "one-local-police": _closed("La police municipale", "La police locale"),
    "municipal-and-communal": _closed("Le conseil municipal", "Le conseil communal"),
    "council-and-town-hall": _closed("Le conseil municipal", "La mairie"),
    "council-and-mayor": _closed("Le conseil municipal", "Le maire"),
    "cathedral-and-church": _pile("Un incendie a ravagé mardi soir la cathédrale Saint-Rémi de Carvenne",
                                  "Un incendie a ravagé mardi soir l'église Saint-Rémi de Carvenne"),
}

TWO_FACTS: dict[str, list[tuple[str, ...]]] = {
    "two-ministers-lowercase": _closed("Le ministre du logement", "Le ministre de la jeunesse",
                                       "le centre des Ormes"),
    "ministry-and-another-minister": _closed("Le ministère du Logement", "Le ministre de la Jeunesse",
                                             "le centre des Ormes"),
    "two-ministries": _closed("Le ministère du Logement", "Le ministère des Sports", "le centre des Ormes"),
    "two-levels-kept": _closed("Le conseil départemental", "Le conseil municipal"),
    # a councillor is not the council
    "councillor-and-council": _closed("Le conseiller municipal", "Le conseil municipal"),
}


@pytest.fixture(scope="module")
def one_fact(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_FACT)


@pytest.fixture(scope="module")
def two_facts(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_FACTS)


def _confirmed(dossier: dict[str, Any]) -> list[list[str]]:
    text = {c["id"]: c["text"] for c in dossier["claims"]}
    return [[text[c] for c in g["claims"]] for g in dossier["claim_groups"] if g["status"] == "confirmed"]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(ONE_FACT))
def test_one_fact_described_two_ways_confirms(one_fact: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed(one_fact[story])


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(TWO_FACTS))
def test_two_doers_by_their_complements_do_not_confirm(two_facts: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed(two_facts[story]) == []


def _fr(cid: str, text: str, subject: str) -> Any:
    return claim(cid, text, subject=subject, predicate="fermer", language="fr")


@pytest.mark.parametrize(("a", "b", "apart"), [
    (("Le maire sortant a fermé le gymnase", "maire"), ("Le maire socialiste a fermé le gymnase", "maire"), False),
    (("La police municipale a fermé le gymnase", "police"), ("La police locale a fermé le gymnase", "police"), False),
    (("Le conseil municipal a fermé le gymnase", "conseil"), ("La mairie a fermé le gymnase", "mairie"), False),
    (("Le conseiller municipal a fermé le gymnase", "conseiller"), ("Le conseil municipal a fermé le gymnase",
                                                                     "conseil"), True),
    (("Le conseil régional a fermé le gymnase", "conseil"), ("Le conseil municipal a fermé le gymnase", "conseil"),
     True),
    (("Le ministre du logement a fermé le centre", "ministre"),
     ("Le ministre de la jeunesse a fermé le centre", "ministre"), True),
    (("Le ministre du Logement a fermé le centre", "ministre"),
     ("Le ministère du Logement a fermé le centre", "ministère"), False),
    # the complements of no office's head: one person, his place described two ways
    (("Le directeur de la clinique a fermé mardi le service", "directeur"),
     ("Le directeur de la structure a fermé mardi le service", "directeur"), False),
    # a place for a complement: one office in two words of its town
    (("Le maire de la ville a fermé le gymnase", "maire"), ("Le maire du village a fermé le gymnase", "maire"),
     False),
])
def test_described_doers_apart_reviewed(a: tuple[str, str], b: tuple[str, str], apart: bool) -> None:
    x, y = _fr("a1:c1", *a), _fr("b1:c1", *b)
    assert _described_doers_apart(x, y) is apart
    assert _described_doers_apart(y, x) is apart


def _groups_of(dossier: dict[str, Any], words: str) -> set[str]:
    ids = {c["id"] for c in dossier["claims"] if words in c["text"]}
    return {g["id"] for g in dossier["claim_groups"] if ids & set(g["claims"])}


@pytest.fixture(scope="module")
def two_doers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, {"mayor-and-prefecture": _closed("Le maire", "La préfecture")})


@pytest.mark.model
def test_two_doers_told_alike_land_in_two_groups(two_doers: dict[str, dict[str, Any]]) -> None:
    # two claims only, linked by their one pair: the veto cuts them (a single-source group of two sources misleads)
    dossier = two_doers["mayor-and-prefecture"]
    mayor, prefecture = _groups_of(dossier, "Le maire a fermé"), _groups_of(dossier, "La préfecture a fermé")
    assert len(mayor) == 1 and len(prefecture) == 1 and mayor != prefecture
