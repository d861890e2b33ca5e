"""The ECB+ pile scorer counts as false what spans two events, and only that."""

from __future__ import annotations

from benchmarks.eval_ecb_piles import _detok, score


def test_score_counts_what_spans_two_events() -> None:
    records = [{"url": "u1", "event": "1ecb"}, {"url": "u2", "event": "1ecb"}, {"url": "u3", "event": "1ecbplus"}]
    dossier = {
        "articles": [{"id": "a1", "url": "u1", "story": "s1"}, {"id": "a2", "url": "u2", "story": "s1"},
                     {"id": "a3", "url": "u3", "story": "s1"}],
        "claims": [{"id": "c1", "article": "a1"}, {"id": "c2", "article": "a2"}, {"id": "c3", "article": "a3"}],
        "contradictions": [{"kind": "quantity", "claims": ["c1", "c2"]}, {"kind": "quantity", "claims": ["c1", "c3"]},
                           {"kind": "date", "claims": ["c3", "c2"]}],
        "claim_groups": [{"status": "confirmed", "claims": ["c1", "c2"]},
                         {"status": "confirmed", "claims": ["c2", "c3"]},
                         {"status": "single_source", "claims": ["c3"]}],
    }
    got = score(dossier, records)
    assert got["contradictions"] == {"quantity": 2, "date": 1}
    assert got["contradictions_across_events"] == {"quantity": 1, "date": 1}
    assert got["groups_across_events"] == {"confirmed": 1}
    assert got["stories"] == 1 and got["stories_across_events"] == 1


def test_detok_joins_what_the_corpus_split() -> None:
    assert _detok(["a", "6", ".", "1", "magnitude", "quake", ",", "14", "-", "year", "-", "old"]) == \
        "a 6.1 magnitude quake, 14-year-old"
