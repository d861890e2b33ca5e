"""The ECB+ dev modality scorer: claims found by span, else by their span's hash; confusion and per-label P/R."""

from __future__ import annotations

from benchmarks.eval_ecb_modality import score


def test_score_finds_by_span_then_hash_and_counts_the_missing() -> None:
    gold = {"items": [
        {"n": 0, "label": "asserted", "claim": ["d1", 0, 10, "aaa"]},
        {"n": 1, "label": "reported", "claim": ["d1", 20, 30, "bbb"]},  # moved: found by its hash
        {"n": 2, "label": "reported", "claim": ["d2", 5, 9, "ccc"]},
        {"n": 3, "label": "speculative", "claim": ["d2", 50, 60, "ddd"]},  # no longer cut
    ]}
    found = {("d1", (0, 10)): "asserted", ("d1", "bbb"): "reported", ("d2", (5, 9)): "asserted"}
    res = score(gold, found)
    assert res["n"] == 3 and res["right"] == 2 and res["missing"] == [3]
    assert res["confusion"] == {"asserted>asserted": 1, "reported>asserted": 1, "reported>reported": 1}
    assert res["per_label"]["asserted"]["p"] == 0.5 and res["per_label"]["reported"]["r"] == 0.5
