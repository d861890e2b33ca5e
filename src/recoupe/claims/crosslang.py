"""Claims across languages: a French claim and an English claim that state one fact join one group.

Lemma signatures (:mod:`recoupe.claims.groups`) cannot meet across languages: « livrer des obus » and
"deliver shells" share no word. Across languages a claim is compared by

* **language-neutral keys**: the entities it names (resolved across languages: Moscou/Moscow,
  :mod:`recoupe.resolve.crosslang`), its figures (« 3 000 » = "3,000"), the class of its action
  (« livrer » and "deliver" are both ``supply``: :mod:`recoupe.lang.predicates`) and the words both
  texts write alike (names: "Florez", "Bogota");
* **meaning**: the multilingual sentence encoder (:mod:`recoupe.nlp.meaning`, USE v3) on the two
  claim texts. It is only run here, on the candidates of another language, in a story that has
  articles in two languages: a monolingual build never calls it.

A candidate joins when the encoder finds the two texts close (``MEANING_ALONE``), or close enough
(``MEANING_WITH_KEY``) and they share a neutral key; the frame checks of grouping veto it as they
do within a language (another polarity; the same two actors in swapped roles). Both thresholds were
set before the first measured run (``benchmarks/eval_crosslang.py``), from what the encoder gives a
translation (≥ 0.8) and two sentences of one story about different facts (0.3–0.5).
"""

from __future__ import annotations

import json
import re
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

import numpy as np

from recoupe.claims.groups import signature
from recoupe.model import Claim
from recoupe.storage import Store

MEANING_ALONE = 0.75
MEANING_WITH_KEY = 0.55
CANDIDATES = 40

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


def cross_language_matches(store: Store, claim: Claim, story_id: str, sig: AbstractSet[str], language: str,
                           terms: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """The groups of another language's claims that ``claim`` states too: ``(group id, row)`` of
    each candidate that passes (the caller applies the frame vetoes). ``terms`` are the lookup terms
    (the claim's rarest words and classes; its neutral terms are added here)."""
    mine = neutral_terms(claim)
    rows = store.grouped_claims(story_id, sorted(set(terms) | mine), limit=CANDIDATES)
    if not rows:
        return []
    info = store.claims_language([r["id"] for r in rows])
    out = []
    for r in rows:
        other = info.get(r["id"])
        if other is None or not other["language"] or other["language"] == language:
            continue
        theirs = set(json.loads(r["lemmas"] or "[]")) | {r["predicate"]}
        theirs |= {f"@E:{e}" for e in (r["subject_entity"], r["object_entity"], other["place_entity"]) if e}
        theirs |= {f"#{n}" for n in figures(other["text"])}
        theirs |= signature(theirs)
        cos = meaning(claim.id, claim.text, r["id"], other["text"])
        if cos >= MEANING_ALONE or (cos >= MEANING_WITH_KEY and shared_key(set(sig) | mine, theirs)):
            out.append((r["group_id"], dict(r)))
    return out
