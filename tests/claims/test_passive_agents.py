"""One deed told with two doers, one of them the agent of a passive (issue #13): « le maire …, qui a fermé le
gymnase » / « le gymnase a été fermé par la préfecture » are two accounts of who closed it, and neither confirms
the other; the passive's subject is the deed's patient, so the guards that compare subjects did not see its
doer. One doer told both ways (« la préfecture …, qui a fermé » / « fermé par la préfecture de la Creuse »),
one body named by two derived words (« la police » / « les policiers ») and a « par » that names no doer
(« par précaution ») still confirm. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.status import _doers_apart, _passive_doer
from tests.claims.helpers import build_each_story, claim

DAY = "2025-03-04"  # a past day: the store drops a publication day after today
A, B, C = "quai-matin.example", "cap-soir.example", "rive-info.example"

TWO_DOERS: dict[str, list[tuple[str, ...]]] = {
    "fr-relative-vs-passive": [
        (A, "Le préfet a suspendu mardi le maire de Valbrune, qui a fermé le gymnase des Tilleuls sans vote du "
            "conseil municipal. La mairie conteste.", DAY),
        (B, "Le maire de Valbrune a démissionné mercredi soir, alors que le gymnase des Tilleuls a été fermé par "
            "la préfecture de la Creuse. Son adjoint assure l'intérim.", DAY),
        (C, "Les écoles de Valbrune ont rouvert mercredi matin, alors que le gymnase des Tilleuls a été fermé par "
            "la préfecture de la Creuse. Les cours reprennent.", DAY),
    ],
    "en-active-vs-passive": [
        (A, "Anger in Kelby. The mayor of Kelby closed the Linden gym on Tuesday after a long row.", DAY),
        (B, "Tension in Kelby. The Linden gym was closed on Tuesday by the county council, parents said.", DAY),
    ],
    "fr-passive-vs-passive": [
        (A, "Colère à Valbrune. Le gymnase des Tilleuls a été fermé mardi par le maire de Valbrune.", DAY),
        (B, "Tension à Valbrune. Le gymnase des Tilleuls a été fermé mardi par la préfecture de la Creuse.", DAY),
    ],
    # a place named in both accounts, « of Kelby » kept with the mayor: the doers are the mayor and the council
    "en-place-in-both": [
        (A, "Anger in Kelby. The mayor of Kelby closed the Kelby gym on Tuesday after a long row.", DAY),
        (B, "Tension in Kelby. The Kelby gym was closed on Tuesday by the county council, parents said.", DAY),
    ],
    # one head noun, two bodies or offices told apart by their modifiers
    "en-city-vs-county": [
        (A, "Anger in Kelby. The city council closed the Linden gym on Tuesday after a long row.", DAY),
        (B, "Tension in Kelby. The Linden gym was closed on Tuesday by the county council, parents said.", DAY),
    ],
    "en-health-vs-interior": [
        (A, "Anger in Kelby. The health minister closed the Linden clinic on Tuesday after a long row.", DAY),
        (B, "Tension in Kelby. The Linden clinic was closed on Tuesday by the interior minister, staff said.", DAY),
    ],
    "fr-departemental-vs-municipal": [
        (A, "Colère à Valbrune. Le conseil départemental a fermé mardi le gymnase des Tilleuls après un long "
            "conflit.", DAY),
        (B, "Tension à Valbrune. Le gymnase des Tilleuls a été fermé mardi par le conseil municipal, selon les "
            "parents.", DAY),
    ],
    # two nouns that share a start but name two parties
    "en-governor-vs-government": [
        (A, "Anger in Kelby. The governor closed the Linden gym on Tuesday after a long row.", DAY),
        (B, "Tension in Kelby. The Linden gym was closed on Tuesday by the government, parents said.", DAY),
    ],
}

ONE_DOER: dict[str, list[tuple[str, ...]]] = {
    # a body and a name (who may head it or speak for it): not two doers
    "fr-ministry-vs-name": [
        (A, "Colère à Valbrune. La mosquée des Tilleuls a été fermée mardi par le ministère de la Culture.",
         DAY),
        (B, "Tension à Valbrune. La mosquée des Tilleuls a été fermée mardi par Gérald Dupin.", DAY),
    ],
    # two bodies named by common nouns, one may be the other's service: not two doers
    "fr-prefecture-vs-services": [
        (A, "Colère à Valbrune. Le gymnase des Tilleuls a été fermé mardi par la préfecture.", DAY),
        (B, "Tension à Valbrune. Le gymnase des Tilleuls a été fermé mardi par les services locaux de l'État.", DAY),
    ],
    "fr-relative-same-doer": [
        (A, "Le préfet a suspendu mardi le maire de Valbrune. La préfecture de la Creuse, qui a fermé le gymnase "
            "des Tilleuls sans vote du conseil municipal, se justifie.", DAY),
        (B, "Le maire de Valbrune a démissionné mercredi soir, alors que le gymnase des Tilleuls a été fermé par "
            "la préfecture de la Creuse. Son adjoint assure l'intérim.", DAY),
    ],
    "fr-police-policiers": [
        (A, "Colère à Valbrune. Les policiers ont évacué mardi le gymnase des Tilleuls occupé par des squatteurs.",
         DAY),
        (B, "Tension à Valbrune. Le gymnase des Tilleuls, occupé par des squatteurs, a été évacué mardi par la "
            "police.", DAY),
    ],
    "fr-par-precaution": [
        (A, "Colère à Valbrune. Le maire de Valbrune a fermé mardi le gymnase des Tilleuls par précaution.", DAY),
        (B, "Tension à Valbrune. Le gymnase des Tilleuls a été fermé mardi par précaution, après la tempête.", DAY),
    ],
}


@pytest.fixture(scope="module")
def two_doers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_DOERS)


@pytest.fixture(scope="module")
def one_doer(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_DOER)


def _closing_confirmed(dossier: dict[str, Any]) -> list[str]:
    """The `confirmed` groups whose members tell the deed of the piles (« fermer », « évacuer », close)."""
    verb = {c["id"]: c["predicate"] for c in dossier["claims"]}
    return [g["id"] for g in dossier["claim_groups"] if g["status"] == "confirmed"
            and any(verb[c] in {"fermer", "close", "évacuer"} for c in g["claims"])]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(TWO_DOERS))
def test_two_doers_do_not_confirm(two_doers: dict[str, dict[str, Any]], story: str) -> None:
    assert _closing_confirmed(two_doers[story]) == []


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(ONE_DOER))
def test_one_doer_still_confirms(one_doer: dict[str, dict[str, Any]], story: str) -> None:
    assert _closing_confirmed(one_doer[story])


@pytest.mark.parametrize(("language", "predicate", "text", "agent"), [
    ("fr", "fermer", "Le gymnase a été fermé mardi par la préfecture de la Creuse, selon les parents",
     {"prefecture", "creuse"}),
    ("fr", "fermer", "Le gymnase a été fermé par Jean Roe", {"jean", "roe"}),
    ("en", "close", "The gym was closed by Acme Corp on Monday", {"acme", "corp"}),
    # a passive that names no doer: no agent, not a doer apart from anyone's
    ("fr", "fermer", "Le gymnase a été fermé mardi sans vote", set()),
    ("fr", "fermer", "Le gymnase a été fermé par arrêté", set()),
    ("en", "cut", "Prices were cut by 5 percent", set()),
    ("en", "close", "The gym was closed by Friday", set()),
    # an active clause whose object a passive describes (« run by »): the claim's verb is no passive
    ("en", "close", "The county council is closing the Linden gym run by the YMCA", None),
])
def test_passive_agent(language: str, predicate: str, text: str, agent: set[str] | None) -> None:
    passive, words = _passive_doer(claim("a1:c1", text, subject="x", predicate=predicate, language=language))
    assert (passive and words == agent) if agent is not None else not passive


def _pair(lang: str, pred: str, first: tuple[str, str], second: tuple[str, str]) -> bool:
    a = claim("a1:c1", first[1], subject=first[0], predicate=pred, language=lang)
    b = claim("b1:c1", second[1], subject=second[0], predicate=pred, language=lang)
    return _doers_apart(a, b)


def test_doers_apart() -> None:
    passive = ("gymnase", "Le gymnase a été fermé mardi par la préfecture")
    assert _pair("fr", "fermer", ("maire", "qui a fermé le gymnase mardi"), passive)
    # one actor by two derived words, a title against a name, one doer both ways, no doer: not apart
    assert not _pair("fr", "fermer", ("préfet", "Le préfet a fermé le gymnase mardi"), passive)
    assert not _pair("fr", "fermer", ("maire", "Le maire a fermé le gymnase"),
                     ("gymnase", "Le gymnase a été fermé par Jean Roe"))
    assert not _pair("fr", "fermer", ("gymnase", "Le gymnase a été fermé mardi"), ("maire", "Le maire l'a fermé"))
    # one doer named with the other's body; a place before a body's noun makes it no name
    assert not _pair("en", "close", ("police chief", "The police chief closed the road on Tuesday"),
                     ("road", "The road was closed on Tuesday by the police"))
    assert _pair("en", "close", ("city council", "The city council closed the gym on Tuesday"),
                 ("gym", "The gym was closed on Tuesday by the Kelby county council"))
    # the doer is read at its own « par », not at a « par » before it
    assert _pair("fr", "fermer", ("gymnase", "Le gymnase, occupé par des squatteurs, a été fermé par Jean Roe"),
                 ("gymnase", "Le gymnase a été fermé par Marc Lenz"))
    assert not _pair("en", "flood", ("storm", "The storm flooded two villages"),
                     ("two villages", "Two villages were flooded by the storm"))
    # a cause, no party, named by two words (« le feu » / « les flammes »): not two doers
    assert not _pair("fr", "détruire", ("incendie", "qui a détruit la grange d'Orlac mardi"),
                     ("grange", "alors que la grange d'Orlac a été détruite mardi par le feu"))
    # two accounts in two languages: their words never meet
    fr = claim("a1:c1", "Le maire a fermé le gymnase", subject="maire", predicate="fermer", language="fr")
    en = claim("b1:c1", "The gym was closed by the prefecture", subject="gym", predicate="close", language="en")
    assert _doers_apart(fr, claim("c1:c1", "Le gymnase a été fermé par la préfecture", subject="gymnase",
                                  predicate="fermer", language="fr"))
    assert not _doers_apart(fr, en)
