"""A veto of a pair alone cuts no group (counted33, #13). Two groups counted (« 1 200 habitants » / « 300
touristes ») or one verb on two things on two days are never linked nor confirmed as a pair, but the split
pass does not weigh them: a group other links hold stays whole, instead of falling into pieces that each
confirm on their own what the whole did not. And one deed's verb on two things (« a détruit un entrepôt » /
« … un gymnase ») confirms nothing, whichever of the two gives its day. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.groups import _Features, cannot_be_one_fact, pair_apart, split
from recoupe.claims.status import _one_deed_on_two_things
from recoupe.model import Claim
from tests.claims.helpers import build_outlet_stories, claim

D1, D3 = "2025-03-04", "2025-03-12"
A, B, C = "quai-matin.example", "cap-soir.example", "val-info.example"


def _evacuated(cid: str, text: str) -> Claim:
    return claim(cid, text, predicate="évacuer", language="fr", time="2025-03-06")


HELD = [_evacuated("a1:c1", "1 200 habitants ont été évacués jeudi à Lormont-sur-Lys après la crue"),
        _evacuated("b1:c1", "300 touristes ont été évacués jeudi à Lormont-sur-Lys après la crue"),
        _evacuated("c1:c1", "jeudi, quelques centaines d'habitants ont dû être évacués à Lormont-sur-Lys "
                            "après la crue")]


def test_the_pair_is_vetoed() -> None:
    residents, tourists, crowd = HELD
    assert pair_apart(residents, tourists)
    assert not cannot_be_one_fact(_Features(residents), _Features(tourists))  # a veto of the pair alone
    assert not pair_apart(residents, crowd)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_group_other_links_hold_is_not_cut_by_a_pair_veto(order: tuple[int, ...]) -> None:
    parts = split([HELD[k] for k in order])
    assert [[c.id for c in p] for p in parts] == [["a1:c1", "b1:c1", "c1:c1"]]


STORIES: dict[str, list[tuple[str, ...]]] = {
    # the gymnasium told undated by a third outlet: the warehouse's deed is not confirmed by it
    "fires-one-undated": [
        (A, "Sinistre à Cassagne. Un incendie a détruit lundi un entrepôt de la zone artisanale de Cassagne.", D1),
        (B, "Sinistre à Cassagne. Un incendie a détruit vendredi un gymnase du centre de Cassagne.", D3),
        (C, "Sinistre à Cassagne. Un incendie a détruit un gymnase du centre de Cassagne, selon les pompiers.", D3)],
}


def _pile(nlp: Any, tmp_path_factory: Any, name: str, articles: list[tuple[str, ...]]) -> dict[str, Any]:
    return build_outlet_stories(nlp, tmp_path_factory.mktemp(name), {name: articles})


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("reverse", [False, True])
def test_one_verb_on_two_things_confirms_nothing(nlp: Any, tmp_path_factory: Any, story: str,
                                                 reverse: bool) -> None:
    articles = STORIES[story][::-1] if reverse else STORIES[story]
    d = _pile(nlp, tmp_path_factory, story, articles)
    texts = {c["id"]: c["text"] for c in d["claims"]}
    for g in d["claim_groups"]:
        if g["status"] == "confirmed":
            shown = " ".join(texts[c] for c in g["confirmed_by"])
            assert not ("entrepôt" in shown and "gymnase" in shown), [texts[c] for c in g["confirmed_by"]]


def _deed(cid: str, obj: str, predicate: str = "détruire", time: str = "2025-03-03") -> Claim:
    return claim(cid, f"le feu a {predicate} {obj}", object=obj, predicate=predicate, language="fr", time=time)


@pytest.mark.parametrize(("a", "b"), [
    ("un entrepôt de la zone artisanale", "un gymnase du centre-ville"),
    ("l'entrepôt de la coopérative", "son hangar à bateaux")])
def test_two_things_are_two_deeds(a: str, b: str) -> None:
    assert _one_deed_on_two_things(_deed("a1:c1", a), _deed("b1:c1", b, time=""))


@pytest.mark.parametrize(("a", "b", "predicate"), [
    ("un entrepôt de la zone artisanale", "l'entrepôt de la coopérative", "détruire"),  # one thing
    ("un premier recours du syndicat", "un deuxième recours du syndicat", "rejeter"),  # a rank, not a thing
    ("un troisième", "un 3e pour l'automne", "préparer"),
    ("que", "le budget de la commune", "préparer"),  # a clause
    ("l'ouest du pays", "Brest", "frapper"),  # a name: the place rules judge it
    ("ce mardi", "la digue du port", "inspecter"),  # a day read as the object
    ("d'évacuer les campings", "la fermeture des plages", "permettre"),
    ("le droit de partir", "un congé de trois jours", "avoir")])  # a general verb
def test_one_thing_or_no_thing_named_is_left_to_the_other_rules(a: str, b: str, predicate: str) -> None:
    assert not _one_deed_on_two_things(_deed("a1:c1", a, predicate), _deed("b1:c1", b, predicate))


def test_two_undated_accounts_are_left_to_the_other_rules() -> None:
    # one fact told with two nouns as often (« annonce son adieu » / « annonce son retrait »)
    assert not _one_deed_on_two_things(_deed("a1:c1", "son adieu aux courts", "annoncer", ""),
                                       _deed("b1:c1", "son départ du club", "annoncer", ""))
    assert _one_deed_on_two_things(_deed("a1:c1", "un entrepôt"), _deed("b1:c1", "un gymnase", time="2025-03-07"))
