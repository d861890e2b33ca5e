"""The article-level measures of the `confirmed` diagnosis, on invented texts."""

from __future__ import annotations

from benchmarks.diag_confirm_articles import figures_order, order_agreement, quotations, separation, shared_quotations


def test_order_agreement_one_sequence_and_reversed() -> None:
    a = {"g1": 0, "g2": 10, "g3": 20, "g4": 30}
    assert order_agreement(a, {"g1": 5, "g2": 50, "g3": 90, "g9": 1}) == 1.0
    assert order_agreement(a, {"g1": 90, "g2": 50, "g3": 5}) == 0.0
    # too few shared facts to speak of an order
    assert order_agreement(a, {"g1": 1, "g2": 2}) is None


def test_quotations_kept_when_long_enough_and_shared_when_cut() -> None:
    a = quotations('The keeper said "the lamp went dark before the storm reached the bay" on Friday. '
                   '"No comment," he added.')
    b = quotations("“The lamp went dark before the storm reached the bay,” a keeper told reporters.")
    assert a == {"the lamp went dark before the storm reached the bay"}
    assert shared_quotations(a, b) == 1.0
    assert shared_quotations(a, quotations("“We will rebuild the pier by spring,” the mayor said.")) == 0.0
    assert shared_quotations(a, set()) is None


def test_figures_order() -> None:
    assert figures_order("12 boats, 340 crew and 7 tugs", "7 tugs; 12 boats and 340 crew") == 2 / 3
    assert figures_order("no figure here", "12 boats") is None


def test_separation_counts_false_above_every_true() -> None:
    rows = [{"label": "one_source", "m": 0.9}, {"label": "one_source", "m": 0.4},
            {"label": "true", "m": 0.5}, {"label": "true", "m": 0.1}, {"label": "two_facts", "m": 1.0}]
    out = separation(rows, "m")
    assert out["false_above_every_true"] == 1
    assert out["steps"] == [{"at_least": 0.9, "false": 1, "true": 0}, {"at_least": 0.4, "false": 2, "true": 1}]
