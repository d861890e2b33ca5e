"""No one shared term makes a story (``stories.term_spread``): two short articles that share only one
broad name (a continent, a head of state) are two stories, however rare the name is in the
collection; with a second shared term the cap no longer bites. Headlines and terms of our own."""

from __future__ import annotations

import math

import pytest

from recoupe.resolve.stories import cosine, l2_norm, spread_cosine, term_order
from tests.resolve.helpers import build_stories


def test_spread_cosine_caps_the_largest_shared_term_at_spread_times_the_others() -> None:
    a = {"E:e1": 0.8, "L:satellite": 0.6}
    b = {"E:e1": 1.0, "L:prison": 1.0}
    norm = l2_norm(b)
    assert cosine(a, b) == pytest.approx(0.8 / math.sqrt(2))
    assert spread_cosine(a, b, lambda: norm, 2.0) == 0.0  # one shared term: nothing left
    c = {"E:e1": 1.0, "L:satellite": 0.5}
    norm_c = l2_norm(c)
    # products 0.8 and 0.3: the top one counts at most 2 x 0.3
    assert spread_cosine(a, c, lambda: norm_c, 2.0) == pytest.approx((0.3 + 0.6) / norm_c)
    assert spread_cosine(a, c, lambda: norm_c, 10.0) == pytest.approx(cosine(a, c))  # the cap does not bite
    assert spread_cosine(a, {"L:x": 1.0}, lambda: 1.0, 2.0) == 0.0



def test_spread_cosine_with_the_term_order_gives_the_same_float_bit_for_bit() -> None:
    """The shared terms found by a set intersection and summed in ``a``'s order: the same sums as a
    lookup in ``b`` for every term of ``a`` (random vectors: many shared terms, one, none, zero weights)."""
    import random

    rng = random.Random(7)
    words = [f"L:w{i}" for i in range(300)]
    for _ in range(400):
        a = {w: rng.choice([rng.random(), rng.random() * 1e-3, 0.0]) for w in rng.sample(words, rng.randint(0, 100))}
        b = {w: rng.choice([rng.random() * 40, 1e-6, 0.0]) for w in rng.sample(words, rng.randint(0, 250))}
        norm = l2_norm(b)
        for spread in (0.5, 2.0, 10.0):
            plain = spread_cosine(a, b, lambda n=norm: n, spread)
            ordered = spread_cosine(a, b, lambda n=norm: n, spread, term_order(a))
            assert plain == ordered  # not approx: the same float
    a = {"E:e1": 0.8, "L:satellite": 0.6, "L:fusée": 0.1}
    c = {"L:fusée": 2.0, "E:e1": 1.0, "L:satellite": 0.5}  # another order in b: a's order decides the sum
    assert spread_cosine(a, c, lambda: l2_norm(c), 2.0, term_order(a)) == spread_cosine(a, c, lambda: l2_norm(c), 2.0)


_ITEMS = [("a", {"E:e1": 1, "L:satellite": 1, "L:fusée": 1}, "L'Europe manque de fusées pour ses satellites"),
          ("b", {"E:e1": 1, "L:prison": 1, "L:location": 1}, "L'Europe veut louer des cellules hors de ses frontières"),
          ("c", {"E:e1": 1, "L:satellite": 1, "L:lancement": 1}, "L'Europe prépare le lancement de ses satellites")]


def test_stories_one_shared_name_alone_does_not_join_two_articles() -> None:
    assert build_stories(_ITEMS, term_spread=0.0)[:2] == ["s1", "s1"]  # the plain cosine: Europe is enough
    assert build_stories(_ITEMS, term_spread=2.0)[:2] == ["s1", "s2"]


def test_stories_a_second_shared_term_still_joins() -> None:
    assert build_stories(_ITEMS, term_spread=2.0) == ["s1", "s2", "s1"]  # Europe and satellites
