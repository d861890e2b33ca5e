"""Stories: articles about the same event or developing situation share a story id.

Incremental single-pass clustering (the classic topic-detection-and-tracking set-up): a new
article is compared with the stories that share its rarest terms and were active within
``window_days`` of it, and joins the most similar one above ``threshold`` or starts a story.
Term weights are tf-idf with document frequencies kept in the store, so nothing is recomputed
over the whole collection. Terms are entity ids (weighted up: the same people and places are the
strongest signal of the same story) and content lemmas.

With a meaning vector (:mod:`recoupe.nlp.meaning`: the multilingual sentence encoder on the
headline and lead), the similarity is a blend: ``(1 - meaning_weight) * tf-idf cosine +
meaning_weight * cosine(article vector, story centroid)``. The centroid is the integer sum of the
members' stored int8 vectors (exact, so it does not depend on the order they were added in).

Independence of input order comes from the build (:func:`recoupe.pipeline.build` integrates the
articles of a build in a canonical order: publication date, then content hash), not from this
function: single-pass clustering is order-dependent by nature, and the order-free alternatives
measured on our labels were worse (connected components of article pairs: pairwise F1 0.32 against
0.44; ``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from recoupe.nlp.meaning import cosine as meaning_cosine
from recoupe.nlp.meaning import from_bytes, sum_from_bytes, sum_to_bytes
from recoupe.storage import Store

ENTITY_WEIGHT = 2.0
MAX_TERMS = 100
# Pseudo-documents added to the collection size in idf: in a small collection every shared term
# would otherwise get the minimum weight and the article's one-off words would dominate.
BACKGROUND_DOCS = 50
# Stories scored exactly (cosine) per article: the ones sharing most weight of its top terms.
CANDIDATES = 20


def article_vector(store: Store, terms: Counter[str]) -> dict[str, float]:
    """tf-idf weights of an article's terms (its document frequency already counted), L2-normed."""
    if not terms:
        return {}
    n = max(store.article_total(), 1)
    df = store.df(list(terms))
    vec = {}
    for t, tf in terms.items():
        idf = math.log((n + BACKGROUND_DOCS) / (df.get(t, 0) + 1)) + 1.0
        vec[t] = (1 + math.log(tf)) * idf * (ENTITY_WEIGHT if t.startswith("E:") else 1.0)
    top = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:MAX_TERMS])
    norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
    return {t: v / norm for t, v in top.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / nb


def assign_story(store: Store, article_id: str, terms: Counter[str], published: date | None, label: str,
                 *, threshold: float = 0.3, window_days: int = 21, meaning: bytes | None = None,
                 meaning_weight: float = 0.0) -> tuple[str, float]:
    """Put the article in a story; return the story id and the similarity that decided it.

    ``meaning`` is the article's stored meaning vector (:func:`recoupe.nlp.meaning.to_bytes`);
    with ``meaning_weight`` > 0 it is blended into the similarity (see the module docstring)."""
    store.bump_df(terms)
    vec = article_vector(store, terms)
    mvec = from_bytes(meaning) if meaning is not None and meaning_weight > 0 else None
    since = (published - timedelta(days=window_days)).isoformat() if published else None
    best, best_sim = None, 0.0
    for sid in store.story_candidates(sorted(vec, key=lambda t: -vec[t])[:15], since, limit=CANDIDATES):
        sim = cosine(vec, store.story_terms(sid))
        if mvec is not None:
            blob = store.story_meaning(sid)
            msim = meaning_cosine(mvec, sum_from_bytes(blob)) if blob else 0.0
            sim = (1 - meaning_weight) * sim + meaning_weight * msim
        if sim > best_sim or (sim == best_sim and best is not None and sid < best):
            best, best_sim = sid, sim
    if best is None or best_sim < threshold:
        best = f"s{store.next_story_number()}"
        store.create_story(best, label)
        best_sim = 1.0
    store.add_to_story(best, article_id, vec, published)
    if meaning is not None:
        blob = store.story_meaning(best)
        total = from_bytes(meaning) + (sum_from_bytes(blob) if blob else 0)
        store.set_story_meaning(best, sum_to_bytes(total))
    return best, best_sim
