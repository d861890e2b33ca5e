"""Claims across articles: claims that state the same thing are grouped, incrementally.

A new claim is compared with the grouped claims of its story that share most of its terms (an
inverted index in the store, so the cost does not grow with the story), and
joins the group of the most similar one above ``threshold``, or starts a group. Similarity is the
Jaccard overlap of content lemmas, where each predicate also stands for its class of paraphrases
(« obtenir » / « acquérir », « livrer » / « fournir »: ``lexicons/fr/predicates.py``), raised when
the predicate class or the subject entity is the same. Comparing with members, not with a union
of the group's words, keeps groups from snowballing.

In a story with articles in two languages, a claim is also compared with the claims of the other
language, by language-neutral keys and meaning (:mod:`recoupe.claims.crosslang`); the same frame
vetoes apply. Claims of another language never count in the lemma comparison.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from recoupe.lang.predicates import CLASS_OF
from recoupe.model import Claim
from recoupe.storage import Store

THRESHOLD = 0.5
# actions two parties do together: swapped actors tell the same fact (« A rencontre B »)
MUTUAL_CLASSES = frozenset({"meet", "cooperate"})
MIN_CONTENT_OVERLAP = 0.2
RAREST_TERMS = 6


def signature(lemmas: set[str]) -> set[str]:
    """Content lemmas plus the paraphrase class of each."""
    return set(lemmas) | {f"~{CLASS_OF[lem]}" for lem in lemmas if lem in CLASS_OF}


@lru_cache(maxsize=1 << 15)  # ~40 MB at most: the claims of the stories being updated
def _stored_signature(lemmas_json: str, predicate: str) -> frozenset[str]:
    """The signature of a stored claim (its lemmas as the store keeps them): the same claims are
    read again and again as candidates of their story, so each is parsed once."""
    return frozenset(signature(set(json.loads(lemmas_json)) | {predicate}))


def similarity(sig: AbstractSet[str], other: AbstractSet[str], same_predicate: bool, same_subject: bool) -> float:
    """Jaccard of signatures, raised by the same predicate class or subject; 0 below a floor of
    shared content, so that two claims never group on their verb alone."""
    if not sig or not other:
        return 0.0
    j = len(sig & other) / len(sig | other)
    if j < MIN_CONTENT_OVERLAP:
        return 0.0
    return j + (0.15 if same_predicate else 0.0) + (0.1 if same_subject else 0.0)


def polarity(modality: str, negated: bool) -> str:
    """A claim's polarity: a denial (« dément avoir bombardé ») and a negated statement (« n'a pas
    bombardé ») never join the group of the claim they reject: that would count the denial as
    corroboration."""
    if modality == "denied":
        return "denied"
    return "negative" if negated else "positive"


def same_fact_possible(a_pred: str, a_subj: str, a_obj: str, a_pol: str,
                       b_pred: str, b_subj: str, b_obj: str, b_pol: str) -> bool:
    """Frame checks that veto grouping whatever the words shared:
    - another polarity (a claim and its denial or negation);
    - the same two actors in swapped roles (« A fournit des obus à B » / « B livre des obus à A »),
      unless the action is mutual (a meeting, a negotiation: « A rencontre B » / « B rencontre A »).
    Two different subject entities are not a veto: metonyms (Moscou, le Kremlin, la Russie) are
    resolved apart, and vetoing them cost 3 of 12 true pairs on the sample for no false pair."""
    if a_pol != b_pol:
        return False
    mutual = CLASS_OF.get(a_pred) in MUTUAL_CLASSES or CLASS_OF.get(b_pred) in MUTUAL_CLASSES
    return not (a_subj and a_obj and a_subj == b_obj and a_obj == b_subj and a_subj != a_obj and not mutual)


def _same_predicate(a: str, b: str) -> bool:
    return a == b or (a in CLASS_OF and CLASS_OF.get(a) == CLASS_OF.get(b))


def _rarest(store: Store, sig: set[str], k: int = RAREST_TERMS, df: dict[str, int] | None = None) -> list[str]:
    """The claim's ``k`` rarest terms (by document frequency): their postings are short, and a
    paraphrase shares rare words and classes, not common ones. ``df`` may hold the frequencies
    already read for the article's claims (one query per article instead of one per claim)."""
    words = [t for t in sig if not t.startswith("~")]
    if df is None or any(f"L:{t}" not in df for t in words):
        df = store.df([f"L:{t}" for t in words])
    rare = sorted(words, key=lambda t: (df.get(f"L:{t}", 0), t))[:k]
    return sorted(set(rare) | {t for t in sig if t.startswith("~")})


def assign_group(store: Store, claim: Claim, story_id: str, lemmas: set[str], *, threshold: float = THRESHOLD,
                 df: dict[str, int] | None = None, language: str = "", peers: Sequence[str] = ()) -> str:
    """Put ``claim`` in the group of the claims it matches; if it matches claims of several
    groups, those groups become one. Groups are thus the connected components of the graph
    "similar above threshold", which do not depend on the order the articles arrive in.

    ``language`` is the claim's article's; ``peers`` are articles of another language in the story
    (:func:`recoupe.claims.crosslang.peer_articles`), whose claims are then compared by
    :mod:`recoupe.claims.crosslang`."""
    from recoupe.claims.crosslang import cross_language_matches

    sig = signature(lemmas | {claim.predicate})
    matched: list[str] = []
    pol = polarity(claim.modality, claim.negated)
    terms = _rarest(store, sig, df=df)
    rows: list[Any] = store.grouped_claims(story_id, terms)
    across: set[str] = set()  # ids of the other language's claims that state the same fact
    if peers:
        info = store.claims_language([r["id"] for r in rows])
        rows = [r for r in rows if r["id"] not in info or info[r["id"]]["language"] in {language, ""}]
        found = cross_language_matches(store, claim, sig, peers)
        across = {r["id"] for r in found}
        rows += found
    for other in rows:
        if not same_fact_possible(claim.predicate, claim.subject_entity, claim.object_entity, pol,
                                  other["predicate"], other["subject_entity"] or "", other["object_entity"] or "",
                                  polarity(other["modality"], bool(other["negated"]))):
            continue
        osig = _stored_signature(other["lemmas"], other["predicate"])
        same_subject = bool(claim.subject_entity) and claim.subject_entity == other["subject_entity"]
        sim = similarity(sig, osig, _same_predicate(claim.predicate, other["predicate"]), same_subject)
        if (sim >= threshold or other["id"] in across) and other["group_id"] not in matched:
            matched.append(other["group_id"])
    if matched:
        gid = min(matched, key=lambda g: int(g[1:]) if g[1:].isdigit() else 0)  # the oldest group survives
        for other_gid in matched:
            if other_gid != gid:
                store.merge_groups(other_gid, into=gid)
    else:
        gid = f"g{store.claim_number(claim.id)}"  # named after its founding claim: never reused after a merge
        store.create_group(gid, story_id, claim.predicate, claim.text[:300], sorted(lemmas))
    store.set_claim_group(claim.id, gid, sorted(lemmas))
    store.index_claim_terms(story_id, claim.id, sig)
    claim.group_id = gid
    return gid
