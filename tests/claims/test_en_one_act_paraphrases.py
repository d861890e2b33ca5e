"""English verbs of one act that the lexicon did not class together (lang/en/predicates.py, read by
groups.main_verb and groups.other_acts): pressing someone to act told with « urged » / « encouraged » /
« called on », a win told by the winner's celebration of it or by « toppled », an office taken told by what
its holder became. Sentences invented."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import _Features, cannot_be_one_fact, frame_link, main_verb, other_acts
from recoupe.lang.fr.predicates import CLASS_OF as FR_CLASS_OF
from recoupe.lang.predicates import CLASS_OF
from recoupe.model import Claim


def _claim(cid: str, text: str, predicate: str, lemmas: list[str]) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, language="en")


@pytest.mark.parametrize(("a", "b"), [("urge", "encourage"), ("urge", "press"), ("encourage", "call_on"),
                                      ("topple", "defeat"), ("unseat", "beat")])
def test_english_words_of_one_act_share_a_class(a: str, b: str) -> None:
    assert CLASS_OF.get(a) is not None and CLASS_OF.get(a) == CLASS_OF.get(b)
    assert a not in FR_CLASS_OF  # an English word that is no French lemma: no French claim classed


@pytest.mark.parametrize(("verb", "text", "action"), [
    ("celebrate", "Councilwoman Reyes celebrated her narrow victory over the incumbent", "win"),
    ("claim", "The Green slate claimed victory in the harbor board vote", "win"),
    ("declare", "Mayor Ortega declared victory shortly after midnight", "win"),
    ("call", "The union called on the county board to reopen the clinic", "call_on"),
    ("become", "Dana Reyes took the oath on Monday to become the 12th governor of the state", "take_office"),
    ("become", "Ortega became prime minister in May after the coalition vote", "take_office"),
])
def test_an_english_phrase_names_the_act(verb: str, text: str, action: str) -> None:
    assert main_verb(verb, text) == action


@pytest.mark.parametrize(("verb", "text"), [
    ("celebrate", "The town celebrated its founding with a parade"),
    ("claim", "The fire claimed three lives on Tuesday"),  # a toll, not a win
    ("declare", "The county declared a drought emergency on Friday"),
    ("call", "The mayor called the plan a waste of money"),
    ("call", "Neighbours called for calm after the flood"),
    ("become", "The storm became the costliest of the decade"),
    ("become", "Reyes became the first governor to veto a school budget"),  # a feat, not the office
])
def test_the_same_verbs_without_the_phrase_keep_their_act(verb: str, text: str) -> None:
    assert main_verb(verb, text) not in ("win", "call_on", "take_office")


def test_an_urging_told_with_two_verbs_is_frame_linked() -> None:
    words = ["senator", "mara", "olsen", "governor", "sign", "meal", "bill", "sunday"]
    urged = _claim("a:c1", "Senator Mara Olsen on Sunday urged the governor to sign the meal bill", "urge",
                   [*words, "urge"])
    encouraged = _claim("b:c1", "Senator Mara Olsen encouraged the governor on Sunday to sign the meal bill",
                        "encourage", [*words, "encourage"])
    a, b = _Features(urged, "2026-03-02"), _Features(encouraged, "2026-03-02")
    assert not cannot_be_one_fact(a, b)
    assert frame_link(a, b)


def test_two_verbs_of_urging_on_two_infinitives_are_two_facts() -> None:
    # what is urged is the fact: urging a signature and pressing for a veto share every other word
    assert other_acts("urge", "sign", "encourage", "veto")
    assert other_acts("press", "sign", "urge", "veto")
    assert not other_acts("urge", "sign", "encourage", "sign")
    assert not other_acts("agree", "sign", "urge", "veto")  # two cues of no one class: left to the other rules


def test_a_win_celebrated_meets_the_defeat_told_by_the_loser_side() -> None:
    words = ["reyes", "incumbent", "dale", "moss", "primary", "tuesday", "county"]
    celebrated = _claim("a:c1", "Reyes celebrated her victory over incumbent Dale Moss in Tuesday's county primary",
                        "celebrate", [*words, "celebrate", "victory"])
    defeated = _claim("b:c1", "Incumbent Dale Moss was defeated by Reyes in Tuesday's county primary", "defeat",
                      [*words, "defeat"])
    assert frame_link(_Features(celebrated, "2026-03-02"), _Features(defeated, "2026-03-02"))


def test_an_office_taken_told_with_become_meets_the_inauguration() -> None:
    words = ["dana", "reyes", "governor", "state", "monday", "12th"]
    became = _claim("a:c1", "to become the 12th governor of the state on Monday", "become", [*words, "become"])
    sworn = _claim("b:c1", "Dana Reyes sworn in as the state's 12th governor on Monday", "swear",
                   [*words, "swear"])
    assert frame_link(_Features(became, "2026-03-02"), _Features(sworn, "2026-03-02"))
