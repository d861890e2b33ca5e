"""The learned pair scorer made cheaper (speed), with the same doubles: probabilities computed for
many pairs at once are one :func:`probability` a pair, bit for bit, whatever the features; the
pair features written without ``float(bool(...))`` are the values that reference gives."""

from __future__ import annotations

import random
import struct

import pytest

from recoupe.claims.groups import _HEDGED, MIN_CONTENT_OVERLAP, THRESHOLD, _Features, _same_day, pair_features
from recoupe.claims.pairscore import FEATURES, probabilities, probability
from recoupe.model import Claim


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


def _reference_features(a: _Features, b: _Features) -> list[float]:
    """The pair features as first written (one ``float(bool(...))`` a flag, each part read again)."""
    x, y = a.claim, b.claim
    na_sig, nb_sig = len(a.signature), len(b.signature)
    shared = len(a.signature & b.signature)
    union = na_sig + nb_sig - shared
    same_subject = bool(x.subject_entity) and x.subject_entity == y.subject_entity
    same_pred = a.verb == b.verb or (a.in_class and a.verb_class == b.verb_class)
    sim = 0.0
    if na_sig and nb_sig:
        j = shared / union
        if j >= MIN_CONTENT_OVERLAP:
            sim = j + (0.15 if same_pred else 0.0) + (0.1 if same_subject else 0.0)
    common = a.keys & b.keys
    keyed = bool(common) and any(not k.startswith("#e:") or _same_day(x.time, y.time) for k in common)
    both_timed = bool(x.time) and bool(y.time)
    na, nb = len(a.words), len(b.words)
    in_both = a.numbers & b.numbers
    return [
        shared / union if union else 0.0, shared / min(na_sig, nb_sig) if na_sig and nb_sig else 0.0, sim,
        float(keyed or sim >= THRESHOLD), float(same_pred), float(a.verb == b.verb), float(same_subject),
        float(bool(x.subject_entity) and bool(y.subject_entity) and x.subject_entity != y.subject_entity),
        float(bool(x.object_entity) and x.object_entity == y.object_entity),
        float(bool(x.place_entity) and x.place_entity == y.place_entity), float(keyed),
        float(min(len(in_both), 2)), float(bool(a.numbers) and bool(b.numbers) and not in_both),
        float(both_timed and x.time[:10] == y.time[:10]), float(both_timed and x.time[:10] != y.time[:10]),
        float(a.polarity == b.polarity), float(x.modality == y.modality),
        float(x.modality in _HEDGED or y.modality in _HEDGED), float(x.article_id == y.article_id),
        float(x.start == 0 and y.start == 0), float((x.start == 0) != (y.start == 0)),
        a.log_words if na <= nb else b.log_words, abs(a.log_words - b.log_words),
        float(bool(x.attributed_entity) and x.attributed_entity == y.attributed_entity),
        min(len(a.words & b.words), 6) / 6, float(bool(a.entities & b.entities)),
    ]


def _c(cid: str, text: str, predicate: str, lemmas: list[str], **kw: object) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=kw.pop("start", 0),  # type: ignore[arg-type]
                 end=len(text), subject="", predicate=predicate, lemmas=lemmas, **kw)  # type: ignore[arg-type]


# invented accounts of a small story (a ferry held in port by a storm), with every part a feature
# reads set on some and empty on others: entities, places, sources, figures, days, modalities
FERRY = [
    _c("a:c1", "Le ferry reste à quai à cause de la tempête", "rester", ["ferry", "quai", "tempête"],
       subject_entity="e1", place_entity="e5", time="2026-02-11"),
    _c("a:c2", "Deux cents passagers attendent au terminal", "attendre", ["passager", "terminal"],
       numbers=["200"], start=60, time="2026-02-11T08:00"),
    _c("b:c1", "La compagnie a annulé la traversée du ferry", "annuler", ["compagnie", "traversée", "ferry"],
       subject_entity="e2", object_entity="e1", attributed_entity="e7", time="2026-02-11"),
    _c("b:c2", "Le ferry pourrait repartir demain selon la compagnie", "repartir", ["ferry", "demain"],
       subject_entity="e1", modality="conditional", attributed_entity="e7", start=80, time="2026-02-12"),
    _c("c:c1", "Le ferry n'a pas quitté le port", "quitter", ["ferry", "port"], subject_entity="e1",
       negated=True, place_entity="e5"),
    _c("c:c2", "Environ 200 passagers sont bloqués au terminal", "bloquer", ["passager", "terminal"],
       numbers=["200"], subject_entity="e3", time="2026-02-11"),
    _c("d:c1", "Cent cinquante passagers ont été relogés à l'hôtel", "reloger", ["passager", "hôtel"],
       numbers=["150"], modality="reported", time="2026-02-12"),
]


def test_pair_features_are_the_reference_values_and_floats() -> None:
    feats = [_Features(c, "2026-02-11") for c in FERRY]
    pairs = [(a, b) for a in feats for b in feats if a is not b]
    seen: set[tuple[int, float]] = set()
    for a, b in pairs:
        got, want = pair_features(a, b), _reference_features(a, b)
        assert [type(v) for v in got] == [float] * len(FEATURES)  # never a bool or an int
        assert got == want
        seen.update(enumerate(got))
    # the flags met both values across these pairs (else the comparison would say little)
    for name in ("same_subject", "other_subjects", "same_place", "same_day", "other_days", "hedged",
                 "same_article", "one_headline", "same_source", "numbers_apart", "shared_numbers"):
        k = FEATURES.index(name)
        assert {v for i, v in seen if i == k} >= {0.0, 1.0}, name
