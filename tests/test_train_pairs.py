"""The training script of the learned pair scorer: its regression and AUC, and its English training
(``--lang en``), on data of our own."""

from __future__ import annotations

import numpy as np
from benchmarks.gold.pairs import Gold, Span
from benchmarks.train_pairs import GRID_LINK_EN, GoldData, auc, featurise, fit, main, simulate_en, train

from recoupe.claims.pairscore import probability
from recoupe.model import Claim


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


# --- English (``--lang en``): a story of three invented articles, one fact told three ways and another

_EN = [  # id, text, predicate, lemmas, fact
    ("a:c1", "The harbour authority closed the northern pier", "close",
     ["harbour", "authority", "northern", "pier"], "F1"),
    ("b:c1", "Officials shut the north pier of the harbour", "shut", ["official", "north", "pier", "harbour"], "F1"),
    ("c:c1", "Port officials sealed off the northern pier", "seal", ["port", "official", "northern", "pier"], "F1"),
    ("c:c2", "The town council approved a larger school budget", "approve", ["town", "council", "school", "budget"],
     "F2"),
]


def _english_gold() -> GoldData:
    claims = {cid: Claim(id=cid, article_id=cid.split(":")[0], text=t, sentence=t, start=0, end=len(t), subject="",
                         predicate=p, lemmas=lem, language="en") for cid, t, p, lem, _ in _EN}
    spans = {f"s{k}": Span(f"s{k}", "S", cid.split(":")[0], 0, 1, "", fact, "asserted", "positive", "", "o")
             for k, (cid, _, _, _, fact) in enumerate(_EN)}
    return GoldData("invented", Gold(spans=spans), claims, dict.fromkeys(claims, "story1"),
                    {f"s{k}": cid for k, (cid, *_) in enumerate(_EN)}, published=dict.fromkeys(claims, "2026-01-02"),
                    lang="en")


def test_train_pairs_english_training_is_deterministic_and_reads_the_opening_pairs() -> None:
    d = _english_gold()
    featurise(d)
    assert d.opening == set(d.claims)  # every claim starts in its article's opening: all are scored
    assert d.pairs  # the labelled pairs of two English claims
    w = train([d])
    assert w == train([d])
    assert w["link"] in GRID_LINK_EN and w["trained_on"] == ["invented"]


def test_train_pairs_english_simulation_links_by_the_weights_it_is_given() -> None:
    d = _english_gold()
    featurise(d)
    w = train([d])
    always = w | {"coef": [0.0] * len(w["coef"]), "intercept": 30.0}  # every scored pair: probability ~1
    never = w | {"coef": [0.0] * len(w["coef"]), "intercept": -30.0}
    linked, alone = simulate_en(d, always, 0.5), simulate_en(d, never, 0.5)
    assert linked["tp"] > alone["tp"]
    assert simulate_en(d, always, 0.5) == linked  # a function of its inputs


def test_train_pairs_english_write_is_refused() -> None:
    # the two-fold check said no: no English weights file is written
    assert main(["--lang", "en", "--write"]) == 1


def test_train_pairs_maps_spans_as_its_weights_were_fit() -> None:
    # the written weights were fit with the first claim on an overlap tie: training keeps that mapping
    # until they are retrained, not eval_pairs' tightest one (review revd28, finding 4)
    from benchmarks.train_pairs import TIGHTEST, span_map

    from tests.test_eval_pairs import claim, dossier, tiny_gold

    claims = [claim("c-main", "art-a", 0, 28), claim("c-rel", "art-a", 0, 20)]
    assert not TIGHTEST
    assert span_map(tiny_gold(), dossier(claims))["a1"] == "c-main"
