"""One deed told alike of two doers described by common nouns, or of two things of one kind (issue #13): « le
maire a fermé le gymnase » / « la préfecture a fermé le gymnase », « le conseil départemental » / « le conseil
municipal », « a fermé la piscine » / « a fermé le gymnase » are two facts, and neither confirms the other. One
office told by its title and its body (« le maire » / « la mairie », « le ministre » / « le ministère »), a title
of no body of its own (« l'édile »), two bodies one of which may be the other's service, and a sentence naming both
things still confirm. Articles written for the tests; each pile is built through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.status import _described_doers_apart, _kinds_apart
from tests.claims.helpers import build_each_story, claim

DAY = "2025-03-04"  # a past day: the store drops a publication day after today
A, B = "quai-matin.example", "cap-soir.example"
# two outlets' frames around the clause: their own headline and sentence after it, so no pile reads as one wire text
HEAD_A, TAIL_A = ("Colère à Valbrune. ", " après une inspection. Les parents dénoncent une décision brutale et "
                  "demandent une réunion.")
HEAD_B, TAIL_B = ("Valbrune sous le choc. ", " à la suite d'un contrôle, a-t-on appris. Les clubs sportifs cherchent "
                  "une solution pour la fin de saison.")


def _pile(clause_a: str, clause_b: str) -> list[tuple[str, ...]]:
    return [(A, HEAD_A + clause_a + TAIL_A, DAY), (B, HEAD_B + clause_b + TAIL_B, DAY)]


TWO_FACTS: dict[str, list[tuple[str, ...]]] = {
    "title-vs-body": _pile("Le maire a fermé mardi le gymnase des Tilleuls",
                           "La préfecture a fermé mardi le gymnase des Tilleuls"),
    # the same pile with the outlets' doers swapped: the veto reads no order
    "body-vs-title": _pile("La préfecture a fermé mardi le gymnase des Tilleuls",
                           "Le maire a fermé mardi le gymnase des Tilleuls"),
    "two-titles-with-bodies": _pile("Le maire a fermé mardi le gymnase des Tilleuls",
                                    "Le préfet a fermé mardi le gymnase des Tilleuls"),
    "one-head-two-modifiers": _pile("Le conseil départemental a fermé mardi le gymnase des Tilleuls",
                                    "Le conseil municipal a fermé mardi le gymnase des Tilleuls"),
    "two-facilities-as-object": _pile("Le maire de Valbrune a fermé mardi la piscine des Tilleuls",
                                      "Le maire de Valbrune a fermé mardi le gymnase des Tilleuls"),
    "two-schools-as-subject": _pile("Le lycée des Tilleuls a été évacué mardi matin",
                                    "Le collège des Tilleuls a été évacué mardi matin"),
    # two fuels in one complement, two victims: only the kinds (:func:`_kinds_apart`) keep them apart
    "two-fuels-in-a-complement": _pile("Le prix du gazole a fortement augmenté en mars",
                                       "Le prix de l'électricité a fortement augmenté en mars"),
    "two-victims": _pile("Un cycliste a été tué mardi soir avenue des Tilleuls",
                         "Un piéton a été tué mardi soir avenue des Tilleuls"),
}

ONE_FACT: dict[str, list[tuple[str, ...]]] = {
    "title-and-its-body": _pile("Le maire a fermé mardi le gymnase des Tilleuls",
                                "La mairie a fermé mardi le gymnase des Tilleuls"),
    "ministry-and-its-minister": _pile("Le ministère des Sports a fermé mardi le centre des Tilleuls",
                                       "Le ministre des Sports a fermé mardi le centre des Tilleuls"),
    # a title of no body of its own may name the one the other names
    "named-then-described": _pile("Le maire, Jean Roe, a fermé mardi le gymnase des Tilleuls",
                                  "L'édile a fermé mardi le gymnase des Tilleuls"),
    "body-and-a-service": _pile("La préfecture a fermé mardi le gymnase des Tilleuls",
                                "Les services de l'État ont fermé mardi le gymnase des Tilleuls"),
    "one-modifier-told": _pile("Le maire a fermé mardi le gymnase des Tilleuls",
                               "Le maire de Valbrune a fermé mardi le gymnase des Tilleuls"),
    # the other doer written in the clause: one deed told from its two sides
    "other-doer-in-the-clause": _pile("Le maire a fermé mardi le gymnase des Tilleuls",
                                      "La préfecture a fermé mardi le gymnase des Tilleuls à la demande du maire"),
    # both things in one sentence: the other account tells a part of it
    "both-things-in-one": _pile("Le maire a fermé mardi la piscine et le gymnase des Tilleuls",
                                "Le maire a fermé mardi le gymnase des Tilleuls"),
    "both-victims-in-each": _pile("Un cycliste a été renversé mardi soir par un automobiliste avenue des Tilleuls",
                                  "Un automobiliste a renversé mardi soir un cycliste avenue des Tilleuls"),
}


@pytest.fixture(scope="module")
def two_facts(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_FACTS)


@pytest.fixture(scope="module")
def one_fact(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_FACT)


def _confirmed(dossier: dict[str, Any]) -> list[list[str]]:
    text = {c["id"]: c["text"] for c in dossier["claims"]}
    return [[text[c] for c in g["claims"]] for g in dossier["claim_groups"] if g["status"] == "confirmed"]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(TWO_FACTS))
def test_two_facts_told_alike_do_not_confirm(two_facts: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed(two_facts[story]) == []


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(ONE_FACT))
def test_one_fact_told_two_ways_confirms(one_fact: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed(one_fact[story])


def _fr(cid: str, text: str, subject: str, predicate: str = "fermer") -> Any:
    return claim(cid, text, subject=subject, predicate=predicate, language="fr")


@pytest.mark.parametrize(("a", "b", "apart"), [
    (("Le maire a fermé le gymnase", "maire"), ("La préfecture a fermé le gymnase", "préfecture"), True),
    (("Le conseil municipal a fermé le gymnase", "conseil"),
     ("Le conseil départemental a fermé le gymnase", "conseil départemental"), True),
    (("Le préfet a fermé le gymnase", "préfet"), ("La préfecture a fermé le gymnase", "préfecture"), False),
    (("Le porte-parole a fermé le gymnase", "porte-parole"), ("La préfecture a fermé le gymnase", "préfecture"),
     False),
    # one person described by two words: no party, no office
    (("Un homme armé a fermé le gymnase", "homme armé"), ("Un homme masqué a fermé le gymnase", "homme masqué"),
     False),
    # a name among the words, or a doer told indefinitely: one of them may be the other
    (("L'ex-ministre Roe a fermé le gymnase", "Roe"),
     ("L'ex-ministre ukrainien a fermé le gymnase", "ex-ministre ukrainien"), False),
    (("Un théâtre allemand a fermé le gymnase", "théâtre allemand"),
     ("Le théâtre berlinois a fermé le gymnase", "théâtre berlinois"), False),
    # a subject the clause does not write
    (("fermé par Jean Roe", "ministre ukrainien"), ("Le ministre français a fermé le gymnase", "ministre français"),
     False),
    (("Le conseil a fermé le gymnase", "conseil"), ("Le conseil municipal a fermé le gymnase", "conseil municipal"),
     False),
    # a passive's agent is :func:`_doers_apart`'s; a name may hold any office
    (("Le gymnase a été fermé par le maire", "gymnase"), ("La préfecture a fermé le gymnase", "préfecture"), False),
    (("Jean Roe a fermé le gymnase", "Jean Roe"), ("La préfecture a fermé le gymnase", "préfecture"), False),
])
def test_described_doers_apart(a: tuple[str, str], b: tuple[str, str], apart: bool) -> None:
    x, y = _fr("a1:c1", *a), _fr("b1:c1", *b)
    assert _described_doers_apart(x, y) is apart
    assert _described_doers_apart(y, x) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("Le maire a fermé la piscine", "Le maire a fermé le gymnase", True),
    ("Le prix du gazole a augmenté", "Le prix de l'électricité a augmenté", True),
    ("Les piscines ont fermé", "La piscine a fermé", False),
    # « école » names any school: a word of no exclusive kind
    ("Un homme armé est entré dans l'école Jules-Ferry", "Un homme armé est entré dans un lycée voisin", False),
    ("Le maire a fermé la piscine et le gymnase", "Le maire a fermé le gymnase", False),
    ("Le prix du gazole a augmenté", "Le prix du diesel a augmenté", False),
    # the thing both name is the slot, the others its surroundings
    ("Le maire a fermé le gymnase près de la gare", "Le maire a fermé le gymnase près de l'école", False),
    # two roles of one fact: a victim and a driver
    ("Le jeune cycliste belge a été tué samedi", "Renversé par un automobiliste au cours de la course", False),
    ("Un cycliste a été tué mardi soir", "Un piéton a été tué mardi soir", True),
])
def test_kinds_apart(a: str, b: str, apart: bool) -> None:
    x, y = _fr("a1:c1", a, "x"), _fr("b1:c1", b, "x")
    assert _kinds_apart(x, y) is apart
    assert _kinds_apart(y, x) is apart
