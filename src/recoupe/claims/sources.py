"""Independent sources: articles that reuse the same wire copy count as one source; and how each
article sources its claims (:func:`sourcing`: claims per kind of source, anonymous voices counted).

MinHash signatures (datasketch) of each article's 5-word shingles are banded into LSH buckets
kept in the store, so a new article is compared only with the articles that share a bucket.
An article that shares at least ``threshold`` (estimated Jaccard) of its passages with an earlier
one is folded into that article's source, and the reason is recorded.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
from datasketch import MinHash

from recoupe.model import Claim
from recoupe.storage import Store

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard meet in a bucket with high probability
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


_EMPTY = MinHash(num_perm=NUM_PERM, seed=7)  # its random permutations are drawn once, not per article


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    m = _EMPTY.copy()
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode() for s in shingles])
    return m


def buckets(m: MinHash) -> list[tuple[int, str]]:
    rows = NUM_PERM // BANDS
    hv = m.hashvalues
    return [(b, hashlib.blake2b(hv[b * rows:(b + 1) * rows].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def fold_source(store: Store, article_id: str, text: str, *, threshold: float = 0.5,
                m: MinHash | None = None) -> tuple[str, str]:
    """Record the article's source id (its own id, or the earlier article whose copy it reuses).

    ``m`` is the text's :func:`signature` when already computed (by the per-article stage, in a
    worker process)."""
    m = m if m is not None else signature(text)
    bks = buckets(m)
    best, best_j = None, 0.0
    for other in store.lsh_candidates(bks):
        if other == article_id:
            continue
        sig = store.minhash(other)
        if sig is None:
            continue
        j = float(np.mean(np.frombuffer(sig, dtype=m.hashvalues.dtype) == m.hashvalues))
        if j > best_j:
            best, best_j = other, j
    store.add_lsh(article_id, bks, m.hashvalues.tobytes())
    if best is not None and best_j >= threshold:
        source = store.source_of(best)
        reason = f"shares about {best_j:.0%} of its 5-word passages with article {best}"
        store.set_source(article_id, source, reason)
        return source, reason
    store.set_source(article_id, article_id, "")
    return article_id, ""


SOURCE_TYPES = ("person", "organisation", "media", "anonymous", "document")


def sourcing(claims: list[Claim]) -> dict[str, Any]:
    """How one article sources what it reports: its attributed claims per kind of source
    (person, organisation, media, anonymous, document) and how many distinct anonymous voices
    (« un diplomate européen », « une source proche du dossier ») it leans on; analysts weigh
    anonymous sourcing."""
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    anonymous: set[str] = set()
    for c in claims:
        if not c.attributed_to:
            continue
        if c.source_type in by_type:
            by_type[c.source_type] += 1
        if c.source_type == "anonymous":
            anonymous.add(c.attributed_to.casefold())
    return {"claims_by_source_type": by_type, "anonymous_sources": len(anonymous),
            "anonymous_share": round(by_type["anonymous"] / max(1, sum(by_type.values())), 3)}
