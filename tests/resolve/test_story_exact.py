"""The shortcuts of the story assignment give the floats of the plain formulas, bit for bit
(the re-reading pass and the integration must decide as before)."""

from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np

from recoupe.nlp.meaning import cosine as meaning_cosine
from recoupe.nlp.meaning import sum_to_bytes
from recoupe.resolve.stories import (
    BACKGROUND_DOCS,
    ENTITY_WEIGHT,
    MAX_TERMS,
    _cosine_to,
    article_vector,
    headline_keys,
    headline_share,
    headline_share_of,
    without_posted,
)
from recoupe.storage import Store


def _words(rng: random.Random, n: int) -> list[str]:
    return [f"w{rng.randrange(60)}" for _ in range(n)]


def test_headline_share_of_is_headline_share() -> None:
    rng = random.Random(7)
    for _ in range(300):
        words = frozenset(_words(rng, rng.randrange(1, 9)))
        idf = {w: rng.uniform(0.1, 6.0) for w in words}
        story = {f"h:{w}": rng.choice([1e-6, 2e-6, 5e-6]) for w in _words(rng, rng.randrange(0, 20))}
        if rng.random() < 0.9:
            story["h:*"] = rng.choice([1e-6, 3e-6, 7e-6])
        keys, total = headline_keys(words, idf)
        assert headline_share_of(keys, total, story) == headline_share(words, idf, story)


def test_without_posted_is_the_walk_of_the_whole_story() -> None:
    rng = random.Random(11)
    for _ in range(300):
        story = {f"t{i}": rng.choice([1e-6, rng.uniform(0.01, 3.0)]) for i in rng.sample(range(200), 80)}
        posted = {t: rng.choice([w, w / 2, 1e-6]) for t, w in story.items() if rng.random() < 0.3}
        posted.update({f"x{i}": 0.5 for i in range(3)})  # posted terms the story no longer holds
        if rng.random() < 0.2:
            story["tiny"] = 1e-10  # below what the store keeps: the plain walk drops it
        plain = {t: v for t, w in story.items() if (v := w - posted.get(t, 0.0)) >= 1e-9}
        fast = without_posted(story, posted)
        assert fast == plain and list(fast) == list(plain)
        assert "tiny" not in fast


def test_meaning_cosine_with_kept_norms_is_the_cosine() -> None:
    rng = np.random.default_rng(3)
    for _ in range(100):
        vec = rng.integers(-127, 128, 64).astype(np.int64)
        total = rng.integers(-127 * 9, 127 * 9, 64)
        blob = sum_to_bytes(total)
        assert _cosine_to(vec, int(np.dot(vec, vec)), blob) == meaning_cosine(vec, total.astype(np.int64))
    zero = np.zeros(64, dtype=np.int64)
    assert _cosine_to(zero, 0, sum_to_bytes(np.ones(64))) == 0.0


def test_article_vector_is_the_plain_tf_idf() -> None:
    rng = random.Random(5)
    with Store.open(":memory:") as store:
        store.bump_df([f"L:w{rng.randrange(40)}" for _ in range(500)] + [f"E:e{rng.randrange(10)}" for _ in range(50)])
        for _ in range(30):
            terms = Counter(f"L:w{rng.randrange(300)}" for _ in range(rng.randrange(1, 250)))
            terms.update(f"E:e{rng.randrange(15)}" for _ in range(rng.randrange(0, 8)))
            n = max(store.article_total(), 1)
            df = store.df(list(terms))
            plain = {t: (1 + math.log(tf)) * (math.log((n + BACKGROUND_DOCS) / (df.get(t, 0) + 1)) + 1.0)
                     * (ENTITY_WEIGHT if t.startswith("E:") else 1.0) for t, tf in terms.items()}
            top = dict(sorted(plain.items(), key=lambda kv: -kv[1])[:MAX_TERMS])
            norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
            want = {t: v / norm for t, v in top.items()}
            got = article_vector(store, terms)
            assert got == want and list(got) == list(want)
