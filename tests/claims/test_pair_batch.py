"""The learned pair scorer's probabilities computed for many pairs at once (speed): the same doubles
as one :func:`probability` a pair, bit for bit, whatever the features."""

from __future__ import annotations

import random
import struct

import pytest

from recoupe.claims.pairscore import FEATURES, probabilities, probability


def _bits(values: list[float]) -> list[bytes]:
    return [struct.pack("<d", v) for v in values]


def _row(rng: random.Random) -> list[float]:
    # the features' kinds: fractions, 0/1 flags, a small count, logarithms of lengths, and now and
    # then a value far outside the training range (a long claim), which drives the sum below -30
    row = [rng.choice((0.0, 1.0)) if rng.random() < 0.6 else rng.random() for _ in FEATURES]
    if rng.random() < 0.05:
        row[FEATURES.index("min_length")] = rng.uniform(5.0, 80.0)
    return row


def test_probabilities_are_probability_bit_for_bit() -> None:
    rng = random.Random(20261206)
    rows = [_row(rng) for _ in range(5000)]
    expected = [probability(r) for r in rows]
    assert 0.0 in expected and any(0.0 < p < 1.0 for p in expected)  # both branches met
    assert _bits(probabilities(rows)) == _bits(expected)
    # a batch is no different from its rows scored in smaller batches
    assert _bits(probabilities(rows[:7]) + probabilities(rows[7:])) == _bits(expected)


def test_probabilities_of_nothing_and_of_a_row_of_another_width() -> None:
    assert probabilities([]) == []
    with pytest.raises(ValueError):
        probabilities([[0.0] * (len(FEATURES) - 1)])
