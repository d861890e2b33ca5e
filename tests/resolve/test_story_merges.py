"""The merge pass after the re-reading pass (``stories.merge_ratio``): a small story all of whose
articles would each have joined a much bigger one goes into it. Stories and terms of our own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from recoupe.model import Article
from recoupe.nlp.meaning import sum_from_bytes, sum_to_bytes
from recoupe.resolve.stories import merge_story, rare_entity_shared, story_merges
from recoupe.storage import Store

SIZES = {"big": 9, "small": 3, "pair": 2, "peer": 4}


def _merges(scored: dict[str, dict[str, float]], members: dict[str, list[str]] | None = None,
            ratio: float = 3.0, sizes: dict[str, int] | None = None) -> dict[str, str]:
    members = members or {"small": ["s1", "s2", "s3"]}
    known = sizes or SIZES
    return story_merges(members, scored, lambda sid: known.get(sid, 0), 0.4, ratio)


def test_a_small_story_whose_every_article_would_join_a_big_one_goes_into_it() -> None:
    scored = {"s1": {"big": 0.52, "peer": 0.45}, "s2": {"big": 0.47}, "s3": {"big": 0.41, "peer": 0.6}}
    assert _merges(scored) == {"small": "big"}  # the lowest score to "big" is 0.41, over the threshold


def test_one_article_below_the_threshold_keeps_the_story_apart() -> None:
    scored = {"s1": {"big": 0.52}, "s2": {"big": 0.47}, "s3": {"big": 0.39}}
    assert _merges(scored) == {}
    scored["s3"] = {}  # or scored it not at all
    assert _merges(scored) == {}


def test_the_story_taken_is_the_one_whose_lowest_score_is_highest() -> None:
    scored = {"s1": {"big": 0.9, "other": 0.6}, "s2": {"big": 0.41, "other": 0.6}, "s3": {"big": 0.9, "other": 0.6}}
    assert _merges(scored, sizes=SIZES | {"other": 10}) == {"small": "other"}


def test_a_peer_story_is_not_big_enough() -> None:
    scored = {"s1": {"peer": 0.6}, "s2": {"peer": 0.6}, "s3": {"peer": 0.6}}
    assert _merges(scored) == {}  # 4 articles are not three times 3
    assert _merges(scored, ratio=1.0) == {"small": "peer"}


def test_a_story_not_wholly_re_read_or_alone_stays() -> None:
    scored = {"s1": {"big": 0.6}, "s2": {"big": 0.6}}
    assert _merges(scored, {"small": ["s1", "s2"]}) == {}  # "small" holds a third article no pass re-read
    assert _merges({"p1": {"big": 0.6}}, {"pair": ["p1"]}, sizes={"pair": 1, "big": 9}) == {}  # a lone article


def test_one_hop_a_story_that_takes_another_does_not_move() -> None:
    members = {"small": ["s1", "s2", "s3"], "big": [f"b{i}" for i in range(9)]}
    scored = {x: {"big": 0.5} for x in members["small"]} | {x: {"huge": 0.5} for x in members["big"]}
    out = _merges(scored, members, ratio=1.0, sizes=SIZES | {"huge": 30})
    assert out == {"big": "huge"}  # "small" would go into "big", which goes on: it stays where it is


def test_merge_story_adds_terms_meaning_size_and_dates_and_drops_the_story() -> None:
    vec = {"a1": np.arange(4, dtype=np.int64), "a2": np.ones(4, dtype=np.int64), "b1": np.full(4, 5, dtype=np.int64)}
    with Store.open(":memory:") as s, s.transaction():
        for aid in ("b1", "a1", "a2"):
            s.add_article(Article(id=aid, origin=aid, text=aid, title=f"title {aid}"), [], "")
        s.create_story("big", "title b1")
        s.add_to_story("big", "b1", {"L:crue": 1.0, "E:e1": 2.0}, date(2026, 3, 3))
        s.set_story_meaning("big", sum_to_bytes(vec["b1"]))
        s.create_story("small", "title a1")
        s.add_to_story("small", "a1", {"L:crue": 0.5, "L:digue": 1.0}, date(2026, 3, 1))
        s.add_to_story("small", "a2", {"L:digue": 1.0}, date(2026, 3, 5))
        s.set_story_meaning("small", sum_to_bytes(vec["a1"] + vec["a2"]))
        moved = merge_story(s, "small", "big")
        assert moved == ["a1", "a2"]
        assert s.story("small") is None and s.story_terms("small") == {}
        assert s.story_terms("big") == {"L:crue": 1.5, "E:e1": 2.0, "L:digue": 2.0}
        assert list(sum_from_bytes(s.story_meaning("big") or b"")) == list(vec["a1"] + vec["a2"] + vec["b1"])
        assert s.story_size("big") == 3
        assert s.story_dates("big") == ("2026-03-01", "2026-03-05")
        assert s.story("big")["label"] == "title b1"  # the first article stored
        assert {r["id"]: r["story_id"] for r in s.article_rows()} == {"b1": "big", "a1": "big", "a2": "big"}


def _assigned_and_reread(terms: dict[str, dict[str, int]], settings: Any) -> Store:
    """A store where each article of ``terms`` (id -> its terms, all of one day) was assigned a story
    as the build does, then the re-reading pass ran over them (with its merge pass)."""
    from collections import Counter

    import recoupe.pipeline as pipeline
    from recoupe.resolve.stories import assign_story

    s = Store.open(":memory:")
    inputs = []
    with s.transaction():
        for aid, t in terms.items():
            s.add_article(Article(id=aid, origin=aid, text=aid, published=date(2026, 4, 2)), [], "")
            posted: dict[str, float] = {}
            assign_story(s, aid, Counter(t), date(2026, 4, 2), aid, posted=posted, **pipeline.story_settings(settings))
            inputs.append(pipeline.StoryInput(aid, Counter(t), date(2026, 4, 2), aid, None, {}, posted))
    pipeline.reread_stories(s, inputs, settings)
    return s


def test_the_re_reading_pass_hands_each_article_s_story_and_scores_to_the_merge_pass(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What the merge pass reads (``last``) is where each article is after the passes and the other
    stories it scored at the threshold or more."""

    import recoupe.pipeline as pipeline
    from recoupe.settings import Settings

    seen: dict[str, tuple[str, dict[str, float]]] = {}

    def spy(store, last, threshold, ratio, settings, terms=None):  # type: ignore[no-untyped-def]
        seen.update(last)
        assert (threshold, ratio) == (settings["stories.threshold"], 3.0)
        assert terms is None  # stories.merge_share off: no entity is read
        return 0, set(), set()

    monkeypatch.setattr(pipeline, "merge_stories", spy)
    flood = {"E:e1": 3, "L:crue": 3, "L:digue": 2}
    terms = {"m1": flood, "m2": {**flood, "L:vallée": 1}, "m3": {**flood, "L:pluie": 1},
             "v1": {"L:vendange": 3, "L:raisin": 3}, "v2": {"L:vendange": 3, "L:raisin": 2, "L:cave": 1}}
    settings = Settings.load(stories__merge_ratio=3.0, stories__merge_share=1.0)
    s = _assigned_and_reread(terms, settings)
    where = {r["id"]: r["story_id"] for r in s.article_rows()}
    assert set(seen) == set(terms) and {a: sid for a, (sid, _) in seen.items()} == where
    assert where["m1"] == where["m3"] != where["v1"] == where["v2"]
    for sid, scores in seen.values():
        assert sid not in scores and all(v >= settings["stories.threshold"] for v in scores.values())
    assert seen["v1"][1] == {}  # the harvest is far from the flood
    s.close()


def test_the_best_story_is_taken_among_those_big_enough_and_still_there() -> None:
    """A story dropped since a reading (size 0) or too small scores highest: the merge goes to the
    best story that can take it, it is not blocked."""
    scored = {x: {"gone": 0.9, "peer": 0.8, "big": 0.5} for x in ("s1", "s2", "s3")}
    assert _merges(scored) == {"small": "big"}  # "gone" holds nothing, "peer" 4 < 3 x 3


def test_merge_reads_forget_the_stories_dropped_or_created_after_a_reading() -> None:
    from recoupe.resolve.stories import MergeReads

    reads = MergeReads()
    reads.read("a1", "s1", {"s1": 0.9, "s2": 0.6, "s3": 0.5, "s4": 0.3}, 0.4, created=False)
    reads.dropped("s2")  # emptied after a1 was read
    reads.read("a2", "s3", {"s2": 0.7}, 0.4, created=True)  # a new story under a dropped id? here s3, new
    reads.read("a3", "s2", {"s3": 0.8}, 0.4, created=True)  # s2 again: another story under the old id
    assert reads.last() == {"a1": ("s1", {}), "a2": ("s3", {}), "a3": ("s2", {"s3": 0.8})}


def _saga(gap: int, decay: float) -> dict[str, str]:
    """A story of 9 articles on a dam's failure and one of 3 on its expert report, ``gap`` days
    later; the re-reading and merge passes run; returns article -> story."""
    from collections import Counter

    import recoupe.pipeline as pipeline
    from recoupe.settings import Settings

    settings = Settings.load(stories__merge_ratio=3.0, stories__time_decay=decay)
    day = date(2026, 5, 4)
    failure = {"E:e7": 3, "L:barrage": 3, "L:rupture": 2, "L:vallée": 2, "L:pluie": 2}
    report = {"E:e7": 3, "L:barrage": 3, "L:rupture": 2, "L:expertise": 4, "L:juge": 4}
    arts = [(f"b{i}", "big", {**failure, f"L:x{i}": 1}, day) for i in range(9)]
    arts += [(f"s{i}", "small", report, day + timedelta(days=gap)) for i in range(3)]
    inputs = []
    with Store.open(":memory:") as s:
        with s.transaction():
            s.create_story("big", "big")
            s.create_story("small", "small")
            for aid, sid, terms, published in arts:
                s.add_article(Article(id=aid, origin=aid, text=aid, published=published), [], "")
                posted = {k: float(v) for k, v in terms.items()}
                s.add_to_story(sid, aid, posted, published)
                s.bump_df(Counter(terms))
                inputs.append(pipeline.StoryInput(aid, Counter(terms), published, aid, None, {}, posted))
        pipeline.reread_stories(s, inputs, settings)
        return {r["id"]: r["story_id"] for r in s.article_rows()}


def test_the_merge_pass_reads_the_time_decay_a_story_far_in_time_takes_no_merge() -> None:
    assert {_saga(1, 0.02)[f"s{i}"] for i in range(3)} == {"big"}  # the next day: the report joins the failure
    assert {_saga(18, 0.0)[f"s{i}"] for i in range(3)} == {"big"}  # 18 days later, no decay: it would
    assert {_saga(18, 0.02)[f"s{i}"] for i in range(3)} == {"small"}  # with the decay: another event of the saga


def test_decayed_scores_take_the_decay_off_every_story_over_the_threshold_and_change_nothing_else() -> None:
    from collections import Counter

    from recoupe.resolve.stories import reread_story

    day = date(2026, 5, 4)
    with Store.open(":memory:") as s, s.transaction():
        members = (("n1", "near", day), ("n2", "near", day), ("f1", "far", day - timedelta(days=20)),
                   ("f2", "far", day - timedelta(days=20)), ("x", "near", day))
        for aid, _, published in members:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=published), [], "")
        terms = {"near": Counter({"E:e3": 3, "L:incendie": 3, "L:forêt": 2}),
                 "far": Counter({"E:e3": 3, "L:incendie": 3, "L:forêt": 1, "L:village": 1})}
        posted_x = {k: float(v) for k, v in terms["near"].items()}
        for sid in ("near", "far"):
            s.create_story(sid, sid)
        for aid, sid, published in members:
            s.add_to_story(sid, aid, {k: float(v) for k, v in terms[sid].items()}, published)
            s.bump_df(terms[sid])
        runs = {}
        for decay in (0.0, 0.02):
            scored: dict[str, float] = {}
            decayed: dict[str, float] = {}
            where = reread_story(s, "x", "near", posted_x, terms["near"], day, "x", scored=scored, decayed=decayed,
                                 threshold=0.4, window_days=21, time_decay=decay, time_grace_days=3)
            runs[decay] = (where, dict(scored), dict(decayed))
        (w0, _, d0), (w1, sc1, d1) = runs[0.0], runs[0.02]
        assert w0 == w1 == "near" and d0["near"] == d1["near"] == sc1["near"]
        assert d0["far"] >= 0.4 and d1["far"] == pytest.approx(d0["far"] - 0.02 * (20 - 3))


def _anchored_merges(scored: dict[str, dict[str, float]], members: dict[str, list[str]], anchored: set[str],
                     share: float = 0.5) -> dict[str, str]:
    sizes = {"small": len(members.get("small", [])), "pair": 2, "big": 12}
    return story_merges(members, scored, lambda sid: sizes.get(sid, 0), 0.4, 3.0,
                        lambda a, b: a in anchored and b == "big", share)


def test_part_of_a_story_over_the_threshold_moves_it_when_every_article_names_a_rare_entity_of_the_big_one() -> None:
    """stories.merge_share: a sub-event's story (a borrowed water bomber's three pieces beside a
    forest fire's story) whose articles read closer to each other than to the event, some of them
    under the threshold, moves when all of them name one of the event's rare entities."""
    members = {"small": ["s1", "s2", "s3", "s4"]}
    scored = {"s1": {"big": 0.45}, "s2": {"big": 0.5}, "s3": {}, "s4": {"big": 0.3}}
    scored["s4"] = {}  # what MergeReads hands on: only the stories at the threshold or more
    assert _anchored_merges(scored, members, {"s1", "s2", "s3", "s4"}) == {"small": "big"}
    assert _anchored_merges(scored, members, {"s1", "s2", "s3"}) == {}  # one article names none of them
    assert _anchored_merges(scored, members, {"s1", "s2", "s3", "s4"}, share=1.0) == {}  # the setting off
    assert _anchored_merges(scored, members, {"s1", "s2", "s3", "s4"}, share=0.75) == {}  # 2 of 4 < 3 of 4


def test_one_article_over_the_threshold_is_not_its_story_s_reading() -> None:
    """Two at least must have scored the big story: one article of three, or of a pair, is not enough."""
    every = {"s1", "s2", "s3", "p1", "p2"}
    three = {"small": ["s1", "s2", "s3"]}
    assert _anchored_merges({"s1": {"big": 0.6}, "s2": {}, "s3": {}}, three, every) == {}
    assert _anchored_merges({"s1": {"big": 0.6}, "s2": {"big": 0.41}, "s3": {}}, three, every) == {"small": "big"}
    assert _anchored_merges({"p1": {"big": 0.6}, "p2": {}}, {"pair": ["p1", "p2"]}, every) == {}


def test_a_story_every_article_scored_still_goes_by_the_first_rule_with_no_entity() -> None:
    members = {"small": ["s1", "s2", "s3"]}
    scored = {x: {"big": 0.5} for x in members["small"]}
    assert _anchored_merges(scored, members, set()) == {"small": "big"}


def test_a_rare_entity_is_one_few_articles_name_and_the_story_names() -> None:
    with Store.open(":memory:") as s, s.transaction():
        for i in range(300):
            s.add_article(Article(id=f"a{i}", origin=f"a{i}", text="x", title="t"), [], "")
        s.bump_df(["E:country"] * 1 + ["E:valley"])
        for _ in range(40):
            s.bump_df(["E:country"])  # a country most stories of the topic name
        s.create_story("fire", "t")
        s.add_to_story("fire", "a0", {"E:country": 1.0, "E:valley": 2.0, "L:feu": 1.0}, None)
        assert rare_entity_shared(s, ["E:valley", "L:feu"], "fire", 0.01)  # 1 article of 300 names it
        assert not rare_entity_shared(s, ["E:country"], "fire", 0.01)  # 41 of 300
        assert rare_entity_shared(s, ["E:country"], "fire", 0.2)  # under a looser cap
        assert not rare_entity_shared(s, ["E:other", "L:feu"], "fire", 0.01)  # a rare entity the story never names
        assert not rare_entity_shared(s, ["L:feu"], "fire", 0.01)  # no entity at all


def test_the_build_hands_the_entities_of_stories_of_three_or_more_to_the_merge_pass(monkeypatch) -> None:  # type: ignore[no-untyped-def]

    import recoupe.pipeline as pipeline
    from recoupe.settings import Settings

    seen: dict[str, list[str]] = {}

    def spy(store, last, threshold, ratio, settings, terms=None):  # type: ignore[no-untyped-def]
        seen.update(terms or {})
        return 0, set(), set()

    monkeypatch.setattr(pipeline, "merge_stories", spy)
    flood = {"E:e1": 3, "L:crue": 3, "L:digue": 2}
    terms = {"m1": flood, "m2": {**flood, "L:vallée": 1}, "m3": {**flood, "E:e2": 1},
             "v1": {"L:vendange": 3, "L:raisin": 3, "E:e3": 1}, "v2": {"L:vendange": 3, "L:raisin": 2}}
    settings = Settings.load(stories__merge_ratio=3.0, stories__merge_share=0.5)
    s = _assigned_and_reread(terms, settings)
    assert {a: sorted(v) for a, v in seen.items()} == {"m1": ["E:e1"], "m2": ["E:e1"], "m3": ["E:e1", "E:e2"]}
    s.close()
