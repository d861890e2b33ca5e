"""benchmarks.diag_stories: the replay of captured story inputs, in other canonical orders."""

from __future__ import annotations

from collections import Counter
from datetime import date

from benchmarks.diag_stories import reorder, replay, scores


def _record(i: int, terms: dict[str, int], published: date | None = None) -> dict:
    return {"article_id": f"a{i:02d}", "url": f"https://example.org/{i}", "published": published,
            "meaning": None, "terms": Counter(terms), "label": f"t{i}", "language": "fr",
            "events": frozenset(), "places": frozenset(), "figures": frozenset()}


def test_reorder_keeps_the_build_order_for_seed_0_and_the_dates_for_the_others() -> None:
    recs = [_record(i, {"L:x": 1}, None if i < 6 else date(2026, 8, 20 - i)) for i in range(10)]
    assert reorder(recs, 0) is recs
    other = reorder(recs, 3)
    assert sorted(r["article_id"] for r in other) == [r["article_id"] for r in recs]  # a permutation
    assert all(r["published"] is None for r in other[:6])  # undated first, as the build sorts
    dated = [r["published"] for r in other[6:]]
    assert dated == sorted(dated)
    assert [r["article_id"] for r in other[:6]] != [r["article_id"] for r in recs[:6]]  # the ties move
    assert reorder(recs, 3) == other  # deterministic


def test_replay_and_scores_of_a_captured_set() -> None:
    shared = {"L:incendie": 2, "L:forêt": 2, "E:e1": 2, "L:hectare": 1}
    recs = [_record(1, shared), _record(2, shared | {"L:pompier": 1}),
            _record(3, {"L:élection": 2, "L:vote": 2, "E:e9": 2})]
    pred = replay(recs, {})
    assert pred["https://example.org/1"] == pred["https://example.org/2"] != pred["https://example.org/3"]
    gold = {"https://example.org/1": "fire", "https://example.org/2": "fire", "https://example.org/3": "vote"}
    assert scores(pred, {"set": "basil", "records": recs, "gold": gold}) == {"basil": 1.0}
    wrong = {"https://example.org/1": "fire", "https://example.org/2": "vote", "https://example.org/3": "vote"}
    assert scores(pred, {"set": "basil", "records": recs, "gold": wrong})["basil"] == 0.0
    again = replay(recs, {"reread": 1})  # re-read against the final stories: the same two stories
    assert again["https://example.org/1"] == again["https://example.org/2"] != again["https://example.org/3"]


def test_breakdown_counts_pairs_by_gold_story_size_and_kind() -> None:
    from benchmarks.diag_stories import breakdown

    gold = {"a": "fire", "b": "fire", "c": "fire", "d": "vote", "e": "quake"}
    days = {"a": "2026-08-14", "b": "2026-08-15", "c": "2026-08-15", "d": "2026-08-14", "e": "2026-08-14"}
    pred = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s3"}
    out = breakdown(pred, gold, days)
    assert out["all"] == {"tp": 1, "fn": 2, "fp": 1}
    assert out["size:2-4"] == {"tp": 1, "fn": 2, "fp": 0.5}  # the fire's pairs, and its half of c-d
    assert out["kind:multi-day"] == {"tp": 1, "fn": 2, "fp": 0.5}
    assert out["kind:singleton"] == {"fp": 0.5}  # the vote's half of the false pair c-d
    assert "size:25+" not in out


def test_components_read_a_story_without_the_article_itself() -> None:
    from benchmarks.diag_stories import components

    shared = {"L:incendie": 2, "L:forêt": 2, "E:e1": 2, "L:hectare": 1}
    recs = [_record(1, shared), _record(2, shared | {"L:pompier": 1}),
            _record(3, {"L:élection": 2, "L:vote": 2, "E:e9": 2})]
    keep: dict = {}
    pred = replay(recs, {}, keep)
    store, posted, p = keep["store"], keep["posted"], keep["params"]
    fire, vote = pred["https://example.org/1"], pred["https://example.org/3"]
    own = components(store, recs[0], fire, posted["a01"], p)  # the fire story without article 1: article 2
    whole = components(store, recs[0], fire, None, p)  # with it
    assert 0.5 < own["tfidf"] < whole["tfidf"] <= 1.0 + 1e-9
    assert own["sim"] == (1 - p["meaning_weight"]) * own["tfidf"]  # no meaning vector, no headline word
    assert components(store, recs[0], vote, None, p)["tfidf"] == 0.0  # nothing shared
    assert components(store, recs[2], vote, posted["a03"], p)["sim"] == 0.0  # alone: nothing left without it


def test_group_merges_moves_a_story_only_when_each_of_its_articles_reaches_the_other() -> None:
    from benchmarks.diag_stories import group_merges

    pred = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s2", "f": "s2", "g": "s2", "h": "s2"}
    scored = {"a": {"s2": 0.5}, "b": {"s2": 0.42}}
    assert group_merges(pred, scored, 0.4, 3) == {x: "s2" for x in pred}
    assert group_merges(pred, scored, 0.45, 3) == pred  # b alone would not have joined
    assert group_merges(pred, scored, 0.4, 4) == pred  # s2 is three times s1, not four
