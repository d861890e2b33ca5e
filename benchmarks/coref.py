"""Coreference metrics: MUC, B³, CEAF-e and their mean, the CoNLL F1.

Written here after the definitions of the CoNLL-2012 reference scorer (Pradhan et al. 2014,
*Scoring coreference partitions of predicted mentions: a reference implementation*), because no
well-kept scorer is on the package index (``coval`` is not packaged; the packages named after B³
score B³ alone). Clusterings are ``mention -> cluster id`` maps. Mentions of the key that the
response lacks count as response singletons and vice versa, as in the reference scorer. CEAF-e
uses the entity similarity φ4 = 2|K ∩ R| / (|K| + |R|) and the optimal one-to-one alignment
(scipy's ``linear_sum_assignment``, the Kuhn-Munkres algorithm the reference scorer also uses).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np

Clustering = Mapping[Hashable, Hashable]


@dataclass(frozen=True)
class Score:
    p: float
    r: float

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def row(self) -> dict[str, float]:
        return {"p": round(100 * self.p, 2), "r": round(100 * self.r, 2), "f1": round(100 * self.f1, 2)}


def clusters(assign: Clustering) -> list[frozenset[Hashable]]:
    """The clusters of ``mention -> id``, in a deterministic order (by their smallest mention)."""
    by: dict[Hashable, set[Hashable]] = {}
    for m, c in assign.items():
        by.setdefault(c, set()).add(m)
    return sorted((frozenset(s) for s in by.values()), key=lambda s: min(map(repr, s)))


def _muc_recall(key: Clustering, response: Clustering) -> tuple[float, float]:
    num = den = 0.0
    for k in clusters(key):
        parts = {response.get(m, ("__single__", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def muc(key: Clustering, response: Clustering) -> Score:
    """Links: recall = Σ(|K| - |partitions of K by the response|) / Σ(|K| - 1); precision the
    other way round. Singletons count for nothing (0 when there is no link)."""
    rn, rd = _muc_recall(key, response)
    pn, pd = _muc_recall(response, key)
    return Score(pn / pd if pd else 0.0, rn / rd if rd else 0.0)


def b_cubed(key: Clustering, response: Clustering) -> Score:
    """Per mention: the share of its response cluster in its key cluster (precision) and the
    reverse (recall), averaged over the mentions of each side."""
    kc = {m: c for c in clusters(key) for m in c}
    rc = {m: c for c in clusters(response) for m in c}
    p = sum(len(rc[m] & kc.get(m, frozenset({m}))) / len(rc[m]) for m in rc)
    r = sum(len(kc[m] & rc.get(m, frozenset({m}))) / len(kc[m]) for m in kc)
    return Score(p / len(rc) if rc else 0.0, r / len(kc) if kc else 0.0)


def ceaf_e(key: Clustering, response: Clustering) -> Score:
    """Entity-based CEAF: the best one-to-one alignment of key and response clusters by φ4."""
    from scipy.optimize import linear_sum_assignment

    ks, rs = clusters(key), clusters(response)
    if not ks or not rs:
        return Score(0.0, 0.0)
    index: dict[Hashable, int] = {}
    for j, r in enumerate(rs):
        for m in r:
            index[m] = j
    sim = np.zeros((len(ks), len(rs)))
    for i, k in enumerate(ks):
        for m in k:
            if m in index:
                sim[i, index[m]] += 1
    sizes_k = np.array([len(k) for k in ks], dtype=float)[:, None]
    sizes_r = np.array([len(r) for r in rs], dtype=float)[None, :]
    phi = 2 * sim / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(phi, maximize=True)
    total = float(phi[rows, cols].sum())
    return Score(total / len(rs), total / len(ks))


def conll(key: Clustering, response: Clustering) -> dict[str, dict[str, float]]:
    """MUC, B³, CEAF-e (P/R/F1 in percent) and the CoNLL F1, their mean F1."""
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceaf_e": ceaf_e(key, response)}
    out = {name: s.row() for name, s in scores.items()}
    out["conll"] = {"f1": round(100 * sum(s.f1 for s in scores.values()) / 3, 2)}
    return out
