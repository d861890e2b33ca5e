"""The training script of the learned pair scorer: its regression and AUC on data of our own."""

from __future__ import annotations

import numpy as np
from benchmarks.train_pairs import auc, fit

from recoupe.claims.pairscore import probability


def _data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # feature 0 separates the classes (with two exceptions), feature 1 is noise, feature 2 constant
    x = np.array([[0.9, 0.1, 1.0], [0.8, 0.7, 1.0], [0.7, 0.3, 1.0], [0.2, 0.4, 1.0], [0.1, 0.9, 1.0],
                  [0.3, 0.2, 1.0], [0.75, 0.5, 1.0], [0.25, 0.6, 1.0]])
    y = np.array([1, 1, 1, 0, 0, 0, 0, 1], dtype=float)
    return x, y, np.ones(len(y))


def test_train_pairs_fit_learns_the_separating_feature_deterministically() -> None:
    x, y, w = _data()
    model = fit(x, y, w)
    assert model == fit(x, y, w)
    assert model["coef"][0] > 0 and abs(model["coef"][0]) > abs(model["coef"][1])
    assert model["scale"][2] == 1.0  # a constant feature is not divided by zero
    high = probability([0.9, 0.5, 1.0], model)
    low = probability([0.1, 0.5, 1.0], model)
    assert 0.0 < low < 0.5 < high < 1.0


def test_train_pairs_auc_counts_ties_half_and_weights() -> None:
    y = np.array([1, 0, 1, 0], dtype=float)
    assert auc(np.array([0.9, 0.1, 0.8, 0.2]), y, np.ones(4)) == 1.0
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), y, np.ones(4)) == 0.5
    # the positive ranked below a negative weighs three times as much as the one ranked above
    assert auc(np.array([0.9, 0.5, 0.1, 0.2]), y, np.array([1.0, 1.0, 3.0, 1.0])) == (1 * 2 + 0) / (4 * 2)
