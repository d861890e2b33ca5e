from __future__ import annotations

from collections import Counter
from datetime import date

from recoupe.model import Article
from recoupe.resolve.stories import assign_story
from recoupe.storage import Store


def _add(store: Store, aid: str, terms: dict[str, int], day: int) -> str:
    store.add_article(Article(id=aid, origin=aid, text=aid, published=date(2026, 8, day)), [], "")
    return assign_story(store, aid, Counter(terms), date(2026, 8, day), aid)[0]


def test_stories_related_articles_share_a_story_and_others_do_not(store: Store) -> None:
    quake = {"E:e1": 3, "L:séisme": 4, "L:magnitude": 2, "L:secours": 2, "E:e2": 1}
    s1 = _add(store, "a", quake, 14)
    s2 = _add(store, "b", {**quake, "L:bilan": 3}, 15)
    s3 = _add(store, "c", {"E:e9": 3, "L:football": 4, "L:transfert": 3, "L:mercato": 2}, 15)
    assert s1 == s2 != s3
    assert store.story_size(s1) == 2


def test_stories_window_closes_old_stories(store: Store) -> None:
    terms = {"E:e1": 3, "L:grève": 4, "L:syndicat": 2}
    s1 = _add(store, "a", terms, 1)
    s2 = _add(store, "b", terms, 28)  # three weeks later: a new story
    assert s1 != s2
