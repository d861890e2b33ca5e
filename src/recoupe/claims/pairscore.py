"""A learned pair scorer: the probability that two claims of one story state the same fact.

A logistic regression over cheap features each claim already carries
(:func:`recoupe.claims.groups.pair_features`: lemma overlap, the lemma rule's similarity and link,
predicate, subject, object and place entities, shared figures, dates, polarity and modality, same
article, headlines, lengths, attributed source). Its weights are data
(:mod:`recoupe.claims.pair_weights`), written by ``python -m benchmarks.train_pairs --write``
from the gold claim pairs of the read issue-13 golds (``benchmarks/gold/pairs/{rss,heldout,
heldout2,heldout3}.json``), deterministically; the same script scores it by leave-one-gold-out.

At the end of a build, :func:`recoupe.claims.groups.link_learned` joins the components of a story
that some pair of their claims links (:func:`recoupe.claims.groups.learned_links`: a probability of
at least ``LINK``, each claim the other's best match in its article; every pair of the story: the
links do not depend on arrival order); in the split pass (:func:`recoupe.claims.groups.pair_weight`)
those pairs weigh +1 like the lemma rule's. The frame vetoes stay hard: a pair that cannot be one
fact is never scored, a count against a claim without one scores 0, and only claims of an article's
opening (``OPENING``) are scored. A group's `confirmed` never rests on the scorer's links
(:func:`recoupe.claims.status.cohesive_sources`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from recoupe.claims.pair_weights import WEIGHTS

VERSION = "pairs.v1"
FEATURES: tuple[str, ...] = (
    "jaccard", "containment", "rule_similarity", "rule_link", "same_predicate_class", "same_predicate",
    "same_subject", "other_subjects", "same_object", "same_place", "shared_key", "shared_numbers",
    "numbers_apart", "same_day", "other_days", "same_polarity", "same_modality", "hedged", "same_article",
    "two_headlines", "one_headline", "min_length", "length_gap", "same_source", "shared_words", "shared_entity",
)
_MEAN: tuple[float, ...] = tuple(WEIGHTS["mean"])
_SCALE: tuple[float, ...] = tuple(WEIGHTS["scale"])
_COEF: tuple[float, ...] = tuple(WEIGHTS["coef"])
_INTERCEPT: float = float(WEIGHTS["intercept"])
# The threshold of use, not of training: the trained grid (``WEIGHTS["link"]`` 0.2) links pairs of
# which most are two facts of one story, and their groups came out `confirmed` wrongly. Chosen by a
# leave-one-gold-out simulation over the six issue-13 golds (benchmarks/RESULTS.md, ninth session,
# groups9): a link only at 0.4 or more, and only between mutual best matches
# (:func:`recoupe.claims.groups.learned_links`); the same pairs weigh +1 in the split pass, and the
# lemma rule's links stand (no -1 vote). ``WEIGHTS["high"]`` / ``["low"]`` are the trainer's grid only.
LINK: float = 0.4
# The scorer was trained on feed items (a headline and its summary: every claim of the six golds
# starts within their first 1,200 characters). It reads only the claims that start there in any
# article: in the body of a long article it met the sample's five articles of one story and joined
# their claims by chance (sample groups precision 0.42 -> 0.15 without this bound).
OPENING: int = 1200
if tuple(WEIGHTS["features"]) != FEATURES:  # weights trained on another feature layout: retrain them
    raise ImportError("recoupe.claims.pair_weights does not match pairscore.FEATURES; "
                      "run `python -m benchmarks.train_pairs --write`")


def probability(features: Sequence[float], weights: dict[str, Any] | None = None) -> float:
    """P(same fact) for one pair's features; ``weights`` replaces the shipped ones (training)."""
    if weights is None:
        mean, scale, coef, z = _MEAN, _SCALE, _COEF, _INTERCEPT
    else:
        mean, scale, coef, z = weights["mean"], weights["scale"], weights["coef"], float(weights["intercept"])
    for f, m, s, c in zip(features, mean, scale, coef, strict=True):
        z += c * (f - m) / s
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def probabilities(rows: Sequence[Sequence[float]]) -> list[float]:
    """:func:`probability` (the shipped weights) of each of ``rows``, the same doubles: the sum is made
    one feature at a time over a column of all the rows, each row's terms the same operations in the
    same order as :func:`probability`'s loop (IEEE operations element by element, correctly rounded
    either way), and ``math.exp`` is kept per row (numpy's ``exp`` may round otherwise). Why: the
    split pass scores ~60,000 pairs a bench build, and the Python loop over 26 features is ~2 µs of
    each."""
    if not rows:
        return []
    columns = np.array(rows, dtype=np.float64).T
    if columns.shape[0] != len(_COEF):
        raise ValueError(f"{columns.shape[0]} features, the weights have {len(_COEF)}")
    z = np.full(columns.shape[1], _INTERCEPT)
    for f, m, s, c in zip(columns, _MEAN, _SCALE, _COEF, strict=True):
        z += c * (f - m) / s
    exp = math.exp
    return [0.0 if v < -30 else 1.0 / (1.0 + exp(-v)) for v in z.tolist()]
