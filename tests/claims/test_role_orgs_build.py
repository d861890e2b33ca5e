"""One person's one act at two organisations through a real build (issue #13, roleorg30): « X was sacked as
manager of club A » / « … of club B », « X a été nommé directeur de l'hôpital A » /
« … de la clinique B », « X a signé à A » / « … à B » are two facts, never one confirmed group; one team named
two ways by two outlets, and an appointment to a ministry and to one of its departments, still confirm. Each
story is two invented articles of one pile; articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

# story -> articles (outlet, text); every article is published on one day
STORIES: dict[str, list[tuple[str, str]]] = {
    "two-teams": [
        ("north-wire.example", "Dario Kemp was sacked as manager of the Brackley Otters on Monday. The club "
                               "had lost nine straight games."),
        ("east-post.example", "Dario Kemp was sacked as manager of the Fenmoor Herons on Monday. His assistant "
                              "will lead the team for now."),
    ],
    "fr-deux-hopitaux": [
        ("nord-info.example", "Solène Vautrin a été nommée directrice de l'hôpital Saint-Brieuc de Loubens lundi. "
                              "Elle dirigeait auparavant un service d'urgences."),
        ("ouest-jour.example", "Solène Vautrin a été nommée directrice de la clinique Montravel lundi. Le conseil "
                               "d'administration a voté à l'unanimité."),
    ],
    "fr-deux-clubs": [
        ("nord-info.example", "Le milieu Kylian Ardouin a signé au FC Loubens mardi. Il a paraphé un contrat de "
                              "trois ans."),
        ("ouest-jour.example", "Le milieu Kylian Ardouin a signé à l'AS Montravel mardi. Les supporters ont salué "
                               "son arrivée."),
    ],
    # the guards: one organisation told by two outlets
    "one-team-two-names": [
        ("north-wire.example", "Lars Mott was sacked as manager of the Calder Foxes on Friday. The club had "
                               "lost six straight games. The owner thanked him."),
        ("east-post.example", "The Foxes sacked Lars Mott as manager on Friday after six straight defeats. "
                              "A scout will lead the team for now."),
    ],
    "one-team-short-name": [
        ("north-wire.example", "Rune Tallis was sacked as manager of the Ashby Kestrels by the board on Thursday. "
                               "The club sits last in the table."),
        ("east-post.example", "Rune Tallis was sacked on Thursday as manager of the Kestrels, after a tenth straight "
                              "defeat. Supporters had chanted against him."),
    ],
    "ministry-and-department": [
        ("north-wire.example", "Ines Garrow was appointed director general of the Ministry of Fisheries by the "
                               "cabinet on Tuesday. She ran a harbour authority before."),
        ("east-post.example", "On Tuesday, former harbour master Ines Garrow was appointed to run the inspection "
                              "department of the Ministry of Fisheries. Inspectors welcomed the choice."),
    ],
}


@pytest.fixture(scope="module")
def dossier(nlp, tmp_path_factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return build_outlet_stories(nlp, tmp_path_factory.mktemp("roleorg"), STORIES)


def _first_claims(dossier: dict[str, Any], story: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The group of each of the story's two articles' first claims (its opening sentence's)."""
    article = {a["id"]: a["url"].rsplit("/", 1)[-1] for a in dossier["articles"]}
    group_of = {c: g for g in dossier["claim_groups"] for c in g["claims"]}
    firsts: dict[str, dict[str, Any]] = {}
    for c in sorted(dossier["claims"], key=lambda c: int(c["id"].rsplit(":c", 1)[1])):
        name = article[c["article"]]
        if name.startswith(f"{story}-") and name not in firsts:
            firsts[name] = group_of[c["id"]]
    return firsts[f"{story}-0"], firsts[f"{story}-1"]


@pytest.mark.parametrize("story", ["two-teams", "fr-deux-hopitaux", "fr-deux-clubs"])
def test_one_act_at_two_organisations_is_never_one_confirmed_fact(dossier: dict[str, Any], story: str) -> None:
    a, b = _first_claims(dossier, story)
    assert not (a["id"] == b["id"] and a["status"] == "confirmed"), (a, b)


@pytest.mark.parametrize("story", ["one-team-two-names", "one-team-short-name", "ministry-and-department"])
def test_one_organisation_named_two_ways_or_a_part_of_it_still_confirms(dossier: dict[str, Any],
                                                                         story: str) -> None:
    a, b = _first_claims(dossier, story)
    assert a["id"] == b["id"] and a["status"] == "confirmed", (a, b)
