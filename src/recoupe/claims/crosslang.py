"""Claims across languages: a French claim and an English claim that state one fact join one group.

Lemma signatures (:mod:`recoupe.claims.groups`) cannot meet across languages: « livrer des obus » and
"deliver shells" share no word. Across languages a claim is compared by

* **language-neutral keys**: the entities it names (resolved across languages: Moscou/Moscow,
  :mod:`recoupe.resolve.crosslang`), its figures (« 3 000 » = "3,000"), the class of its action
  (« livrer » and "deliver" are both ``supply``: :mod:`recoupe.lang.predicates`) and the words both
  texts write alike (names: "Florez", "Bogota");
* **meaning**: the multilingual sentence encoder (:mod:`recoupe.nlp.meaning`, USE v3) on the two
  claim texts. It is only run here, on the claims of the few articles of the other language
  closest to the claim's article (``PEERS``, by their stored headline-and-lead vectors), in a story
  that has articles in two languages: a monolingual build never calls it.

A candidate joins when the encoder finds the two texts close (``MEANING_ALONE``), or close enough
(``MEANING_WITH_KEY``) and they share a neutral key; the frame checks of grouping veto it as they
do within a language (another polarity; the same two actors in swapped roles). The thresholds were
first set a priori (0.75 alone, 0.55 with a key: aligned pairs sharing a group 0.680 on WMT14), then
chosen on the docs first written in English only (``benchmarks/eval_crosslang.py``, the French
originals held out): at 0.6 / 0.5, 85-90 % of a sentence and its translation have a claim pair above
them, and 0.6-1.5 % of two different sentences of one article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

import numpy as np

from recoupe.claims.groups import signature
from recoupe.model import Claim
from recoupe.storage import Store

MEANING_ALONE = 0.6
MEANING_WITH_KEY = 0.5
PEERS = 3  # articles of the other language whose claims a claim is compared with

_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?")


def figures(text: str) -> set[str]:
    """The figures of a text, written one way whatever the language: « 3 000 », "3,000" -> "3000";
    « 1,5 », "1.5" -> "1.5". A group of three digits after a separator is thousands, else decimals."""
    out = set()
    for m in _FIGURE.finditer(text):
        raw = m.group(0)
        parts = re.split(r"[ \u00a0\u202f.,]", raw)
        if len(parts) > 1 and len(parts[-1]) != 3:
            whole, dec = "".join(parts[:-1]), parts[-1]
            out.add(f"{int(whole)}.{dec}".rstrip("0").rstrip(".") if whole else dec)
        else:
            out.add(str(int("".join(parts))))
    return out


def neutral_terms(claim: Claim) -> set[str]:
    """The keys a claim is filed under for claims of other languages: ``@E:`` entity ids and
    ``#`` figures (its action class is filed already, as ``~class``, by grouping)."""
    terms = {f"@E:{e}" for e in (claim.subject_entity, claim.object_entity, claim.place_entity) if e}
    return terms | {f"#{n}" for n in figures(claim.text)}


@lru_cache(maxsize=1 << 14)  # a story's claims are candidates of many claims: each encoded once (2 KiB)
def _vector(claim_id: str, text: str) -> np.ndarray:
    from recoupe.nlp.meaning import embed

    return embed([text])[0]


def meaning(a_id: str, a_text: str, b_id: str, b_text: str) -> float:
    """Cosine of two claim texts through the multilingual encoder (symmetric)."""
    return float(np.dot(_vector(a_id, a_text), _vector(b_id, b_text)))


def shared_key(a_terms: AbstractSet[str], b_terms: AbstractSet[str]) -> bool:
    """Do two claims share a language-neutral key: an entity, a figure, an action class, or a word
    of four letters or more written alike in both (a name)?"""
    common = a_terms & b_terms
    return any(t[0] in "@#~" or len(t) >= 4 for t in common)


def peer_articles(store: Store, article_id: str, story_id: str, language: str, meaning_blob: bytes | None,
                  *, limit: int = PEERS) -> list[str]:
    """The articles of another language in ``article_id``'s story whose claims its claims are
    compared with: the ``limit`` closest by the meaning of headline and lead (the stored article
    vectors), ties by id. [] in a story of one language."""
    from recoupe.nlp.meaning import cosine, from_bytes

    others = [r["id"] for r in store.article_rows(story_id)
              if r["id"] != article_id and r["language"] and r["language"] != language]
    if not others:
        return []
    if meaning_blob is None:
        return sorted(others)[:limit]
    mine = from_bytes(meaning_blob)

    def closeness(aid: str) -> float:
        stored = store.article_meaning(aid)
        return cosine(mine, from_bytes(stored[1])) if stored else 0.0

    return sorted(others, key=lambda aid: (-closeness(aid), aid))[:limit]


def cross_language_matches(store: Store, claim: Claim, sig: AbstractSet[str],
                           peers: Sequence[str]) -> list[dict[str, Any]]:
    """The claims of the ``peers`` (articles of another language) that state what ``claim``
    states, as grouping rows (the caller applies the frame vetoes)."""
    mine = set(sig) | neutral_terms(claim)
    out = []
    for r in store.grouped_claims_of_articles(peers):
        theirs = set(json.loads(r["lemmas"] or "[]")) | {r["predicate"]}
        theirs = signature(theirs)
        theirs |= {f"@E:{e}" for e in (r["subject_entity"], r["object_entity"], r["place_entity"]) if e}
        theirs |= {f"#{n}" for n in figures(r["text"])}
        cos = meaning(claim.id, claim.text, r["id"], r["text"])
        if cos >= MEANING_ALONE or (cos >= MEANING_WITH_KEY and shared_key(mine, theirs)):
            out.append(dict(r))
    return out
