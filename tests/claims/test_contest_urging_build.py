"""A contest's outcome and an urged act through a real build (issue #13, review revb29): « X declared victory »
/ « X lost », « X won » / « X lost », a claimed win against the result, two rival claims of victory, and « the
board urged X to resign » / « X resigned » are two facts, never one confirmed group; « A beat B » / « B lost to A »
is one fact, and two outlets telling one win, one resignation or one urging still confirm it. Each story is two
invented articles of one pile; articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

# story -> articles (outlet, text); every article is published on one day
STORIES: dict[str, list[tuple[str, str]]] = {
    "declared-lost": [
        ("north-wire.example", "Mira Dolt declared victory in the Kestrel governor race on Tuesday night. Her "
                               "supporters sang in the square."),
        ("east-post.example", "Mira Dolt lost the Kestrel governor race to Hal Brenner on Tuesday night. Brenner "
                              "thanked his volunteers."),
    ],
    "celebrated-lost": [
        ("north-wire.example", "Oxley Athletic celebrated their victory over Penwick in the shield final. The "
                               "players sprayed champagne."),
        ("east-post.example", "Oxley Athletic lost to Penwick in the shield final on Saturday. The Penwick keeper "
                              "saved a penalty."),
    ],
    "won-lost": [
        ("north-wire.example", "Rosa Imbert won the Dunmore mayoral race on Sunday. Her campaign cost little."),
        ("east-post.example", "Rosa Imbert lost the Dunmore mayoral race on Sunday. Turnout fell sharply."),
    ],
    "claimed-won": [
        ("north-wire.example", "Piet Garrow claimed victory in the Selby senate race on Thursday. A recount looms."),
        ("east-post.example", "Piet Garrow won the Selby senate race on Thursday, officials said. He is 41."),
    ],
    "beaten-claimed": [
        ("north-wire.example", "Nell Quarry was beaten by Tobin Ash in the Ferrow council race on Friday. Ash "
                               "ran on housing."),
        ("east-post.example", "Nell Quarry claimed victory over Tobin Ash in the Ferrow council race on Friday. "
                              "Her aides cited early tallies."),
    ],
    "fr-revendique-perdu": [
        ("nord-info.example", "Léa Morvan a revendiqué la victoire à l'élection municipale de Plouvan dimanche. "
                              "Ses partisans ont chanté devant la mairie."),
        ("ouest-jour.example", "Léa Morvan a perdu l'élection municipale de Plouvan dimanche face à Inès Caro. "
                               "La participation a baissé."),
    ],
    "urge-act": [
        ("north-wire.example", "The county board urged Sheriff Ada Pell to resign over the jail audit. The vote "
                               "was unanimous."),
        ("east-post.example", "Sheriff Ada Pell resigned over the jail audit on Monday. Her deputy takes charge."),
    ],
    "rivals": [
        ("north-wire.example", "Cora Linde claimed victory in the Welby mayoral election on Sunday. Her staff "
                               "danced in the hall."),
        ("east-post.example", "Arno Teague claimed victory in the Welby mayoral election on Sunday. The count "
                              "resumes on Monday."),
    ],
    # the guards: one fact told by two outlets
    "beat-lost-to": [
        ("north-wire.example", "Corby Wanderers beat Haddon 2-1 in the plate final on Saturday. Fans invaded the "
                               "pitch. The captain lifted the plate."),
        ("east-post.example", "Haddon lost 2-1 to Corby Wanderers in the plate final on Saturday. Their coach "
                              "blamed the referee. The club will appeal a red card."),
    ],
    "two-wins": [
        ("north-wire.example", "Ilse Varga won the Marlow assessor race on Tuesday. Turnout reached a record. Her "
                               "rival conceded at midnight."),
        ("east-post.example", "Ilse Varga won Tuesday's assessor race in Marlow, taking 54 percent of the vote. "
                              "Voters queued for hours in the rain. Varga takes office in January."),
    ],
    "fr-deux-victoires": [
        ("nord-info.example", "Anaïs Feral a remporté dimanche la finale du tournoi de Quillan. Le public a envahi "
                              "le court. Elle jouera à Nantes en mai."),
        ("ouest-jour.example", "La joueuse Anaïs Feral a remporté le tournoi de Quillan en battant Zoé Marc en "
                               "trois sets. Son entraîneur a salué son courage. La pluie a retardé le match."),
    ],
    "two-resign": [
        ("north-wire.example", "Treasurer Bo Lindqvist resigned on Monday. His deputy takes charge until a vote. "
                               "The audit found gaps in the ledgers."),
        ("east-post.example", "Bo Lindqvist, the town treasurer, resigned on Monday after an audit of the pension "
                              "fund found missing ledgers. The town will hold a vote in June."),
    ],
    "two-urge": [
        ("north-wire.example", "The harbour commission urged Director Emil Saro to resign over the dredging deal. "
                               "Saro declined to comment. The deal cost twice its estimate."),
        ("east-post.example", "On Monday the port's harbour commission urged Emil Saro, its director, to resign, "
                              "citing the dredging deal. Dock workers had complained for months."),
    ],
}


@pytest.fixture(scope="module")
def dossier(nlp, tmp_path_factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return build_outlet_stories(nlp, tmp_path_factory.mktemp("contest"), STORIES)


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


@pytest.mark.parametrize("story", ["declared-lost", "celebrated-lost", "won-lost", "beaten-claimed",
                                   "fr-revendique-perdu", "urge-act", "rivals"])
def test_a_win_and_a_loss_of_one_contestant_or_an_urging_and_its_act_are_two_facts(dossier: dict[str, Any],
                                                                                   story: str) -> None:
    a, b = _first_claims(dossier, story)
    assert a["id"] != b["id"], (a, b)


def test_a_claimed_victory_never_confirms_the_win(dossier: dict[str, Any]) -> None:
    a, b = _first_claims(dossier, "claimed-won")
    assert a["status"] != "confirmed" and b["status"] != "confirmed", (a, b)


def test_a_beating_told_by_the_loser_is_still_one_fact(dossier: dict[str, Any]) -> None:
    a, b = _first_claims(dossier, "beat-lost-to")
    assert a["id"] == b["id"], (a, b)


@pytest.mark.parametrize("story", ["two-wins", "fr-deux-victoires", "two-resign", "two-urge"])
def test_two_outlets_telling_one_win_resignation_or_urging_still_confirm_it(dossier: dict[str, Any],
                                                                            story: str) -> None:
    a, b = _first_claims(dossier, story)
    assert a["id"] == b["id"] and a["status"] == "confirmed", (a, b)
