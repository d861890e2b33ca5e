"""The scoring primitives of benchmarks/ (a wrong scorer would make every figure wrong)."""

from __future__ import annotations

from benchmarks.scoring import bcubed, match_spans, pairwise, prf_sets, wrong_merges


def test_scoring_prf() -> None:
    r = prf_sets({1, 2, 3}, {2, 3, 4, 5})
    assert (r.tp, r.fp, r.fn) == (2, 1, 2)
    assert round(r.f1, 4) == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 4)


def test_scoring_span_matching_is_one_to_one() -> None:
    assert match_spans([(0, 10), (0, 10)], [(0, 9)]) in ([(0, 0)], [(1, 0)])
    assert match_spans([(0, 10)], [(8, 30)]) == []


def test_scoring_bcubed_and_pairwise_perfect_and_merged() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, gold)["f1"] == 1.0
    merged = {"a": 0, "b": 0, "c": 0}
    assert bcubed(merged, gold)["p"] < 1.0 and bcubed(merged, gold)["r"] == 1.0
    assert pairwise(merged, gold).row()["fp"] == 2
    assert wrong_merges(merged, gold) == [(1, 2)]
