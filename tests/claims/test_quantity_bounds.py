"""Bounds and approximations read as intervals (issue 13, ``quantity``): the longest phrase before a
figure decides (« pas plus de » is an upper bound though it ends on « plus de »), and a collective
noun after « la », a size adjective or "half" keeps its interval. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.claims.contradictions import Side, check_quantity
from recoupe.claims.quantities import parse
from tests.claims.helpers import claim


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("pas plus de 20 blessés", "fr", 0.0, 20.0),
    ("pas moins de 40 blessés", "fr", 40.0, float("inf")),
    ("un peu plus de 200 personnes", "fr", 200.0, 230.0),
    ("plus de 450 personnes", "fr", 450.0, float("inf")),
    ("moins de 30 blessés", "fr", 0.0, 30.0),
    ("no more than 20 people", "en", 0.0, 20.0),
    ("not more than 20 people", "en", 0.0, 20.0),
    ("not less than 40 people", "en", 40.0, float("inf")),
    ("just under 50 people", "en", 45.0, 50.0),
])
def test_the_longest_bound_phrase_decides(text: str, language: str, low: float, high: float) -> None:
    (q,) = parse(text, language)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(("text", "language", "value", "low", "high"), [
    ("une petite centaine de bénévoles", "fr", 100, 80.0, 100.0),
    ("une bonne centaine de bénévoles", "fr", 100, 100.0, 125.0),
    ("la trentaine de bénévoles présents", "fr", 30, 26.0, 34.0),
    ("une demi-douzaine de bénévoles", "fr", 6, 2.0, 10.0),
    ("half a dozen volunteers", "en", 6, 4.0, 8.0),
    ("two dozen volunteers", "en", 24, 24.0, 24.0),
])
def test_collectives_keep_their_interval(text: str, language: str, value: float, low: float, high: float) -> None:
    (q,) = parse(text, language)
    assert (q.value, q.low, q.high) == pytest.approx((value, low, high))


def test_a_collective_after_la_must_count_something() -> None:
    # an age bracket and a sanitary measure are no counts
    assert parse("Le conducteur, dans la trentaine, a été interpellé") == []
    assert parse("La mairie a levé la quarantaine des passagers") == []


DAY = date(2025, 3, 9)
AT_MOST = claim("a1:c1", "Le carambolage a fait pas plus de 20 blessés selon la préfecture",
                predicate="faire", subject="Le carambolage", modality="asserted")
MANY = claim("b1:c1", "Le carambolage a fait 35 blessés", predicate="faire", subject="Le carambolage",
             modality="asserted")
AT_LEAST = claim("c1:c1", "Le carambolage a fait pas moins de 30 blessés", predicate="faire",
                 subject="Le carambolage", modality="asserted")


def test_an_upper_bound_against_a_higher_figure_conflicts() -> None:
    hit = check_quantity(Side(AT_MOST, outlet="a.fr", published=DAY), Side(MANY, outlet="b.fr", published=DAY))
    assert hit is not None and hit.kind == "quantity"


def test_a_lower_bound_below_the_figure_agrees_with_it() -> None:
    # « pas moins de 30 » holds 35: no version against another (read as « moins de 30 », it was one)
    many = Side(MANY, outlet="b.fr", published=DAY)
    assert check_quantity(Side(AT_LEAST, outlet="c.fr", published=DAY), many) is None
