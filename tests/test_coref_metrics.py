"""The coreference metrics of benchmarks.coref on partitions scored by hand."""

import pytest
from benchmarks.coref import b_cubed, ceaf_e, conll, muc

KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
RESPONSE = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}


def test_coref_muc_counts_links_by_hand() -> None:
    # key {abc}{de}: {abc} is cut in two by the response -> 1 of 2 links; {de} whole -> 1 of 1
    s = muc(KEY, RESPONSE)
    assert s.r == pytest.approx(2 / 3)
    assert s.p == pytest.approx(2 / 3)  # response {ab}: 1 of 1; {cde}: cut in two by the key -> 1 of 2


def test_coref_b_cubed_by_hand() -> None:
    s = b_cubed(KEY, RESPONSE)
    # precision per mention: a 1, b 1, c 1/3, d 2/3, e 2/3; recall: a 2/3, b 2/3, c 1/3, d 1, e 1
    assert s.p == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert s.r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_coref_ceaf_e_takes_the_best_alignment() -> None:
    # phi4({abc},{ab}) = 4/5, phi4({de},{cde}) = 4/5: the best alignment sums 1.6 over 2 clusters a side
    s = ceaf_e(KEY, RESPONSE)
    assert s.p == pytest.approx(0.8)
    assert s.r == pytest.approx(0.8)


def test_coref_perfect_response_scores_100_and_singletons_leave_muc_at_0() -> None:
    assert conll(KEY, dict(KEY))["conll"]["f1"] == 100.0
    singletons = {m: m for m in "abc"}
    out = conll(singletons, dict(singletons))
    assert out["muc"]["f1"] == 0.0  # no link to find
    assert out["b3"]["f1"] == 100.0 and out["ceaf_e"]["f1"] == 100.0


def test_coref_all_in_one_against_singletons() -> None:
    key = {m: m for m in "abcd"}
    resp = {m: 0 for m in "abcd"}
    assert muc(key, resp).r == 0.0 and muc(key, resp).p == 0.0
    s = b_cubed(key, resp)
    assert s.r == 1.0 and s.p == pytest.approx(0.25)
    c = ceaf_e(key, resp)  # one response cluster aligned with one key singleton: phi4 = 2/5
    assert c.p == pytest.approx(0.4) and c.r == pytest.approx(0.1)


def test_coref_missing_response_mentions_are_singletons() -> None:
    s = muc(KEY, {"a": "x", "b": "x"})
    assert s.r == pytest.approx(1 / 3) and s.p == 1.0
