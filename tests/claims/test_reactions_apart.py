"""A reaction to a fact (an accusation, a criticism, a jeer) is not the fact it reacts to
(groups.reaction_apart, read by cannot_be_one_fact). Sentences invented."""

from __future__ import annotations

from recoupe.claims.groups import _Features, cannot_be_one_fact, reaction_apart, split
from recoupe.model import Claim


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], language: str = "en") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, language=language)


BLAME = _claim("a:1", "Olsen blames the board for the flooded tunnel", "blame",
               ["olsen", "blame", "board", "flood", "tunnel"])
FLOOD = _claim("b:1", "the board flooded the tunnel", "flood", ["board", "flood", "tunnel"])


def test_an_accusation_and_the_deed_it_names_are_two_facts() -> None:
    a, b = _Features(BLAME), _Features(FLOOD)
    assert reaction_apart(a, b)
    assert not reaction_apart(b, a)  # the deed is no reaction
    assert cannot_be_one_fact(a, b) and cannot_be_one_fact(b, a)


def test_two_accounts_of_one_criticism_stay_one_fact() -> None:
    other = _Features(_claim("c:1", "Olsen slammed the water board over the flooded tunnel", "slam",
                             ["olsen", "slam", "water", "board", "flood", "tunnel"]))
    assert not reaction_apart(_Features(BLAME), other)
    assert not cannot_be_one_fact(_Features(BLAME), other)


def test_a_claim_that_names_the_reaction_with_a_noun_is_that_reaction() -> None:
    criticized = _Features(_claim("a:1", "Water board criticized over flooded tunnel", "criticize",
                                  ["water", "board", "criticize", "flood", "tunnel"]))
    drew = _Features(_claim("b:1", "The water board drew sharp criticism for the flooded tunnel", "draw",
                            ["water", "board", "draw", "sharp", "criticism", "flood", "tunnel"]))
    assert not reaction_apart(criticized, drew)
    assert not reaction_apart(drew, criticized)


def test_french_accusations_are_left_as_they_were() -> None:
    accuse = _Features(_claim("a:1", "le maire accuse la régie d'avoir inondé le tunnel", "accuser",
                              ["maire", "accuser", "régie", "inonder", "tunnel"], language="fr"))
    flood = _Features(_claim("b:1", "la régie a inondé le tunnel", "inonder", ["régie", "inonder", "tunnel"],
                             language="fr"))
    assert not reaction_apart(accuse, flood)


def test_the_split_keeps_the_accusation_apart_from_the_deed() -> None:
    # two accounts of the deed and the accusation: the lemma rule links the accusation to the first
    # account (half their words shared), which would join the three without the veto
    flood2 = _claim("c:1", "the board flooded the tunnel overnight", "flood", ["board", "flood", "tunnel", "overnight"])
    parts = split([BLAME, FLOOD, flood2])
    assert [sorted(c.id for c in p) for p in parts] == [["a:1"], ["b:1", "c:1"]]


def test_a_deed_told_as_alleged_is_the_deed_not_the_accusation() -> None:
    # « alleged » lemmatised « allege », a word of the accusation's class: here a hedge on the deed
    alleged = _Features(_claim("b:1", "the board flooded the tunnel in an alleged cover-up", "flood",
                               ["board", "flood", "tunnel", "allege", "cover"]))
    assert reaction_apart(_Features(BLAME), alleged)
