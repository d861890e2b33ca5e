"""Claims across articles: claims that state the same thing are grouped, incrementally.

A new claim is compared with the groups of its story only. Similarity is the Jaccard overlap of
content lemmas (the claim's words minus function words), raised when the predicate lemma or the
subject entity is the same. A group keeps the union of its members' lemmas as its signature.
"""

from __future__ import annotations

import json

from recoupe.model import Claim
from recoupe.storage import Store

THRESHOLD = 0.34


MIN_CONTENT_OVERLAP = 0.2


def similarity(sig: set[str], other: set[str], same_predicate: bool, same_subject: bool) -> float:
    """Jaccard of content lemmas, raised by the same predicate or subject; 0 below a floor of
    shared content, so that two claims never group on their verb alone."""
    if not sig or not other:
        return 0.0
    j = len(sig & other) / len(sig | other)
    if j < MIN_CONTENT_OVERLAP:
        return 0.0
    return j + (0.15 if same_predicate else 0.0) + (0.1 if same_subject else 0.0)


def assign_group(store: Store, claim: Claim, story_id: str, lemmas: set[str], *, threshold: float = THRESHOLD) -> str:
    """Put ``claim`` in the best matching group of its story, or in a new group."""
    best, best_sim = None, 0.0
    for g in store.groups(story_id):
        gsig = set(json.loads(g["signature"]))
        sim = similarity(lemmas, gsig, g["predicate"] == claim.predicate, False)
        if sim > best_sim:
            best, best_sim = g, sim
    if best is not None and best_sim >= threshold:
        gid = best["id"]
        merged = sorted(set(json.loads(best["signature"])) | lemmas)
        store.db.execute("UPDATE claim_groups SET signature=? WHERE id=?", (json.dumps(merged, ensure_ascii=False), gid))
    else:
        gid = f"g{store.next_group_number()}"
        store.create_group(gid, story_id, claim.predicate, claim.text[:300], sorted(lemmas))
    store.set_claim_group(claim.id, gid)
    claim.group_id = gid
    return gid
