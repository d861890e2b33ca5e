"""A contest's outcome read for a claim's subject, and the urging veto (``claims/contest.py``,
``groups.urged_and_done``). Invented sentences."""

from __future__ import annotations

import pytest

from recoupe.claims.contest import CLAIMED, LOSS, WIN, claim_against_result, outcome, outcomes_apart
from recoupe.claims.groups import urged_and_done


@pytest.mark.parametrize(("language", "predicate", "lemmas", "text", "told"), [
    ("en", "win", ["win", "race"], "Rosa Imbert won the Dunmore race", WIN),
    ("en", "beat", ["beat"], "Corby Wanderers beat Haddon 2-1", WIN),
    ("en", "beat", ["beat"], "Haddon were narrowly beaten by Corby Wanderers", LOSS),
    ("en", "defeat", ["defeat"], "Tarn Mayor Defeated by Newcomer in Primary", LOSS),
    ("en", "lose", ["lose"], "Haddon lost to Corby Wanderers", LOSS),
    ("en", "declare", ["declare", "victory"], "Mira Dolt declared victory in the race", CLAIMED),
    ("en", "declare", ["declare", "emergency"], "The governor declared an emergency", ""),
    ("fr", "remporter", ["remporter", "finale"], "Anaïs Feral a remporté la finale", WIN),
    ("fr", "battre", ["battre"], "Zoé Marc a été battue par Anaïs Feral", LOSS),
    ("fr", "perdre", ["perdre"], "Zoé Marc a perdu la finale", LOSS),
    ("fr", "revendiquer", ["revendiquer", "victoire"], "Léa Morvan a revendiqué la victoire", CLAIMED),
])
def test_the_outcome_for_the_subject(language: str, predicate: str, lemmas: list[str], text: str, told: str) -> None:
    assert outcome(language, predicate, False, lemmas, text) == told


def test_a_negated_win_tells_no_outcome() -> None:
    assert outcome("en", "win", True, ["win"], "Rosa Imbert did not win the race") == ""


def test_one_contestant_winning_and_losing_is_apart_two_contestants_are_not() -> None:
    assert outcomes_apart(WIN, "Rosa Imbert", "", LOSS, "Imbert", "")
    assert outcomes_apart(CLAIMED, "Mira Dolt", "e1", LOSS, "the candidate", "e1")
    # « A beat B » / « B lost to A »: one fact
    assert not outcomes_apart(WIN, "Corby Wanderers", "", LOSS, "Haddon", "")
    assert not outcomes_apart(WIN, "Rosa Imbert", "", WIN, "Imbert", "")


def test_rival_claims_of_victory_are_apart_one_claimant_told_twice_is_not() -> None:
    assert outcomes_apart(CLAIMED, "Cora Linde", "e1", CLAIMED, "Arno Teague", "e2")
    assert not outcomes_apart(CLAIMED, "Cora Linde", "e1", CLAIMED, "Linde", "e1")
    assert not outcomes_apart(CLAIMED, "Her rival Arno Teague", "e3", CLAIMED, "Arno Teague", "e2")
    assert not outcomes_apart(CLAIMED, "She", "", CLAIMED, "Arno Teague", "e2")  # unresolved: no rival known


def test_a_proclaimed_victory_is_never_the_result() -> None:
    from recoupe.model import Claim

    def claim(predicate: str, lemmas: list[str], text: str) -> Claim:
        return Claim(id="a:c1", article_id="a", text=text, sentence=text, start=0, end=len(text),
                     subject="Piet Garrow", predicate=predicate, lemmas=lemmas, language="en")

    claimed = claim("claim", ["claim", "victory", "race"], "Piet Garrow claimed victory in the race")
    won = claim("win", ["win", "race"], "Piet Garrow won the race")
    assert claim_against_result(claimed, won)
    assert not claim_against_result(claimed, claimed)


URGED = "The board urged Sheriff Pell to resign"
DONE = "Sheriff Pell resigned on Monday"


def test_an_urging_and_the_act_it_urges_are_apart() -> None:
    assert urged_and_done("en", "urge", "urge", "resign", URGED, "resign", "resign", "", DONE)
    assert urged_and_done("en", "resign", "resign", "", DONE, "urge", "urge", "resign", URGED)
    # two urgings, two accounts of the act, an urging of another act: not vetoed here
    assert not urged_and_done("en", "urge", "urge", "resign", URGED, "urge", "urge", "resign", URGED)
    assert not urged_and_done("en", "resign", "resign", "", DONE, "resign", "resign", "", DONE)
    assert not urged_and_done("en", "urge", "urge", "sign", URGED, "resign", "resign", "", DONE)


@pytest.mark.parametrize("asked", ["to resign over the audit", "Sheriff Pell should resign", "Pell must resign now"])
def test_the_act_told_as_asked_for_is_the_urging_again(asked: str) -> None:
    assert not urged_and_done("en", "urge", "urge", "resign", URGED, "resign", "resign", "", asked)
