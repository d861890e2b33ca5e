"""A report of the day before cannot tell an event dated to the afternoon or evening of the next day
(issue 13, ``quantity``): two tolls of one noun, one of them dated « mardi soir » and told in the
report of Tuesday, the other undated in Monday's report, are two events. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, check_quantity
from recoupe.model import Claim
from tests.claims.helpers import claim

MONDAY = claim("a1:c2", "11 blessés",
               sentence="Un éboulement sur la route du col a tué un automobiliste, et fait 11 blessés.",
               predicate="blessé", modality="asserted", group_id="g1")


def _tuesday(time: str) -> Claim:
    return claim("b1:c3", "trois blessés mardi soir", predicate="blessé", modality="asserted", group_id="g1",
                 sentence="Un nouvel éboulement dans la vallée a fait trois blessés mardi soir, selon la mairie.",
                 time=time)


def test_a_toll_of_the_next_evening_is_another_event() -> None:
    a = Side(MONDAY, outlet="a.fr", published=date(2025, 3, 10))
    b = Side(_tuesday("2025-03-11TEV"), outlet="b.fr", published=date(2025, 3, 11))
    assert check_quantity(a, b) is None


def test_a_toll_of_the_next_day_alone_keeps_the_slack() -> None:
    # a bare day may be a time zone or a late edition off the report's: the two stay one version against another
    a = Side(MONDAY, outlet="a.fr", published=date(2025, 3, 10))
    b = Side(_tuesday("2025-03-11"), outlet="b.fr", published=date(2025, 3, 11))
    hit = check_quantity(a, b)
    assert hit is not None and hit.kind == "quantity"
