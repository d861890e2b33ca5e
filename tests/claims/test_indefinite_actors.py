"""An indefinite pronoun or noun of a person (« someone fleeing … », « a person ») describes no
actor: against « a woman fleeing … » it is no second actor, so the described-actors rule (actors30) does not cut
the link; two descriptions (« parents » / « the union ») still tell two actors (issue #13, the ECB+ shape actors30
left open). Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.claims.status import _indefinite_person, _other_described_actors
from recoupe.model import Claim
from tests.claims.helpers import claim


def _flee(cid: str, subject: str, text: str) -> Claim:
    return claim(cid, text, subject=subject, predicate="flee", object="the depot", language="en")


@pytest.mark.parametrize(("a", "b"), [
    (("someone", "someone fleeing the depot behind the bakery"),
     ("woman", "a woman fleeing the depot behind the bakery")),
    (("a person", "a person fleeing the depot on Hale Street"), ("teenager", "a teenager fleeing the depot")),
    (("somebody", "somebody fleeing the depot"), ("a man in a red coat", "a man in a red coat fleeing the depot")),
])
def test_an_indefinite_person_is_no_other_actor(a: tuple[str, str], b: tuple[str, str]) -> None:
    ca, cb = _flee("a1:c1", *a), _flee("a2:c1", *b)
    shared = {"flee", "depot"}
    assert not _other_described_actors(ca, cb, shared)
    assert not _other_described_actors(cb, ca, shared)


def test_two_descriptions_are_still_two_actors() -> None:
    ca = claim("a1:c1", "Parents urge the closure of the schools", subject="Parents", predicate="urge",
               object="the closure of the schools", language="en")
    cb = claim("a2:c1", "The union urges the closure of the schools", subject="The union", predicate="urge",
               object="the closure of the schools", language="en")
    assert _other_described_actors(ca, cb, {"urge", "closure", "schools"})


@pytest.mark.parametrize(("phrase", "indefinite"), [
    ("someone", True), ("Somebody", True), ("a person", True), ("an individual", True), ("no one", True),
    ("a woman", False), ("parents", False), ("the union", False), ("personnel", False), ("one of the guards", False),
])
def test_indefinite_person(phrase: str, indefinite: bool) -> None:
    assert _indefinite_person(phrase) is indefinite


@pytest.mark.parametrize(("phrase", "language", "indefinite"), [
    ("individual investors", "en", False), ("Individual savers", "en", False), ("person", "en", False),
    ("an individual wearing a mask", "en", True), ("a person fleeing", "en", True),
    ("someone", "fr", False),
])
def test_a_person_noun_heads_the_phrase_after_its_article(phrase: str, language: str, indefinite: bool) -> None:
    assert _indefinite_person(phrase, language) is indefinite


def test_individual_investors_and_pension_funds_are_two_actors() -> None:
    ca = claim("a1:c1", "On Monday, individual investors urged the sale of Dunmore Bank",
               subject="individual investors", predicate="urge", object="the sale of Dunmore Bank", language="en")
    cb = claim("a2:c1", "Fearing losses, pension funds urged the sale of Dunmore Bank on Monday",
               subject="pension funds", predicate="urge", object="the sale of Dunmore Bank", language="en")
    assert _other_described_actors(ca, cb, {"urge", "sale", "dunmore", "bank"})
    assert _other_described_actors(cb, ca, {"urge", "sale", "dunmore", "bank"})
