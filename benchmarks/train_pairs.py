"""Train the learned pair scorer of claim grouping (:mod:`recoupe.claims.pairscore`) and score it
by leave-one-gold-out.

    python -m benchmarks.train_pairs --folds [--keep DIR]   # train on the others, score the one left out (each way)
    python -m benchmarks.train_pairs --write [--keep DIR]   # train on the five, write claims/pair_weights.py
    python -m benchmarks.train_pairs --lang en --folds [--keep DIR]   # English weights: the two-fold check

**English** (``--lang en``, twentieth session): weights for pairs of English claims, trained on the
two read English golds (``basil``, ``basil3``; ``basilho`` and ``basilho2`` are blind and never read
here); ``--folds`` is the two-fold check (train on one, run the pipeline on the other, against the
shipped French weights on the same gold). It said no (benchmarks/RESULTS.md, twentieth session,
enscorer21): the pipeline reads no English weights and ``--write`` writes none. The golds are full
articles, of which the pipeline scores only the claims of each article's opening
(``pairscore.OPENING``): only the pairs of two such English claims are trained on. The grouping
simulation is the pipeline's own steps (:func:`simulate_en`: ``groups.learned_links`` and
``groups.split`` with these weights; it gives the pipeline's F1 on both golds to the third decimal),
and its grid is of ``LINK`` alone (``HIGH`` / ``LOW`` are not read by the pipeline). The golds are
English only, so the weights are swapped for every pair (:func:`using`).

**Data.** The five *read* issue-13 golds
(``benchmarks/gold/pairs/{rss,heldout,heldout2,heldout3,heldout4}.json``; ``heldout3.json`` was opened
on 2026-12-05, seventh session, ``heldout4.json`` in the eighth; ``heldout5.json`` is blind and never
read here). Each is built into a fresh store as ``benchmarks.eval_pairs`` does; its gold spans are
mapped to recoupe's claims by the same rule (:func:`benchmarks.eval_pairs.map_spans`). A pair of two
different claims is labelled by the gold span pairs it carries (same fact or not; the majority when
they disagree, weighted by how many span pairs it carries). Pairs the frame vetoes
(:func:`recoupe.claims.groups.cannot_be_one_fact`) are left out: they are never scored at run time.

**Model.** A logistic regression on :func:`recoupe.claims.groups.pair_features` (standardised,
L2 penalty 1, Newton's method, a fixed number of steps: deterministic), in numpy.

**Thresholds.** ``LINK`` (a component link besides the lemma rule), ``HIGH`` and ``LOW`` (the
split pass's +1 / -1) are chosen from a small grid by the mean pairwise group F1 of the *training*
golds, each rebuilt by a simulation of grouping: within each recoupe story, the connected
components of "not vetoed, and linked by the rule or by the scorer at LINK", then the library's
:func:`recoupe.claims.groups.split` with the scorer's pair weights. The simulation compares every
pair of a story (the pipeline only the candidates its index returns).

**Folds** (``--folds``): for each read gold, the model and thresholds are trained on the
others, then the *pipeline* (``recoupe.pipeline.build``, the scorer's weights replaced by the fold's)
is run on the held-out gold and scored by :func:`benchmarks.eval_pairs.score`; the rule alone
(``claims.learned_pairs = false``) is scored on the same build for comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.eval_pairs import build_dossier_for, map_spans, score, score_groups
from benchmarks.gold.pairs import Gold, data_of, load

ROOT = Path(__file__).resolve().parent.parent
GOLDS = ("rss", "heldout", "heldout2", "heldout3", "heldout4")  # the read golds (heldout4 since the eighth session)
GOLDS_EN = ("basil", "basil3")  # the read English golds (basilho, basilho2: blind)
WEIGHTS_FILE = ROOT / "src" / "recoupe" / "claims" / "pair_weights.py"
# the span mapping the weights in WEIGHTS_FILE were fit with: the first claim on an overlap tie, not the
# tightest (eval_pairs' default since the twenty-seventh session); True once the weights are retrained
TIGHTEST = False
L2 = 1.0
STEPS = 30
GRID_LINK = (0.15, 0.2, 0.3)
GRID_HIGH = (0.15, 0.2, 0.25, 0.3)
GRID_LOW = (0.0, 0.03, 0.06)
# English: the link threshold the pipeline applies (to mutual best matches: pairscore.LINK)
GRID_LINK_EN = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class GoldData:
    name: str
    gold: Gold
    claims: dict[str, Any]                       # claim id -> Claim
    story: dict[str, str]                        # claim id -> recoupe story id
    spans: dict[str, str | None]                 # gold span id -> claim id
    pairs: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # story claim pairs -> features
    vetoed: set[tuple[str, str]] = field(default_factory=set)
    zero: set[tuple[str, str]] = field(default_factory=set)  # another occurrence: probability 0
    rule: dict[tuple[str, str], bool] = field(default_factory=dict)
    published: dict[str, str] = field(default_factory=dict)  # claim id -> its article's date
    lang: str = "fr"
    opening: set[str] = field(default_factory=set)  # English: the claims the pipeline scores


def gold_path(name: str) -> Path:
    return ROOT / "benchmarks" / "gold" / "pairs" / f"{name}.json"


def read_gold(name: str, keep: Path | None, lang: str = "fr") -> GoldData:
    """Build the gold's items into a store (or reuse ``keep/name/pairs.db``) and read its claims."""
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    path = gold_path(name)
    gold, _ = load(path, data_of(json.loads(path.read_text("utf-8"))))
    work = (keep / name) if keep else Path(tempfile.mkdtemp(prefix="recoupe-train-"))
    try:
        if not (work / "pairs.db").exists():
            work.mkdir(parents=True, exist_ok=True)
            build_dossier_for(gold, work)
        with Store.open(work / "pairs.db") as s:
            dossier = build_dossier(s)
            art_story = {a: st["id"] for st in dossier["stories"] for a in st.get("articles", [])}
            claims = {c.id: c for a in sorted(art_story) for c in s.claims(article_id=a)}
            published = {r["id"]: r["published"] or "" for r in s._rows(
                "SELECT c.id AS id, a.published AS published FROM claims c JOIN articles a ON a.id = c.article_id")}
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    story_of = {cid: art_story[c.article_id] for cid, c in claims.items()}
    return GoldData(name, gold, claims, story_of, span_map(gold, dossier),
                    published={cid: published.get(cid, "") for cid in claims}, lang=lang)


def span_map(gold: Gold, dossier: dict[str, Any]) -> dict[str, str | None]:
    """Gold spans to claims by the mapping the written weights were trained with (``TIGHTEST``)."""
    return map_spans(gold, dossier, tightest=TIGHTEST)


def featurise(d: GoldData) -> None:
    """Features, vetoes and the rule's links of every pair of claims of one recoupe story, and of
    every pair the gold labels."""
    from recoupe.claims.groups import (
        _Features,
        another_occurrence,
        cannot_be_one_fact,
        one_sided_count,
        own_counts,
        pair_features,
        rule_link,
    )
    from recoupe.claims.pairscore import OPENING

    by_story: dict[str, list[str]] = defaultdict(list)
    for cid in sorted(d.claims):
        by_story[d.story[cid]].append(cid)
    if d.lang == "en":
        # as the pipeline reads them (groups.link_learned): the English claims of each article's
        # opening, with their article's date, a story's counts read together
        feats = {cid: _Features(c, d.published[cid]) for cid, c in d.claims.items()}
        for ids in by_story.values():
            story = [feats[c] for c in ids if d.claims[c].start < OPENING and d.claims[c].language == "en"]
            own_counts(story)
            d.opening.update(f.claim.id for f in story)
        wanted = {p for ids in by_story.values() for p in combinations(ids, 2)}
    else:
        feats = {cid: _Features(c) for cid, c in d.claims.items()}
        wanted = {p for ids in by_story.values() for p in combinations(ids, 2)} | set(labelled(d))
    for a, b in sorted(wanted):
        fa, fb = feats[a], feats[b]
        if cannot_be_one_fact(fa, fb):
            d.vetoed.add((a, b))
            continue
        d.rule[(a, b)] = rule_link(fa, fb)
        if d.lang == "en" and not (a in d.opening and b in d.opening):
            continue  # never scored
        if another_occurrence(fa, fb) or one_sided_count(fa, fb) or fa.claim.planned != fb.claim.planned:
            # scored 0 (groups.learned_probability)
            d.zero.add((a, b))
        else:
            d.pairs[(a, b)] = pair_features(fa, fb)


def labelled(d: GoldData) -> dict[tuple[str, str], tuple[float, float]]:
    """Claim pair -> (label, weight): the majority of its gold span pairs, and how many."""
    votes: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for pair, same in d.gold.pairs().items():
        a, b = sorted(pair)
        ca, cb = d.spans.get(a), d.spans.get(b)
        if ca is None or cb is None or ca == cb:
            continue
        x, y = sorted((ca, cb))
        votes[(x, y)].append(same)
    return {k: (float(sum(v) * 2 > len(v)), float(len(v))) for k, v in sorted(votes.items())}


def dataset(golds: list[GoldData]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for d in golds:
        for k, (y, w) in labelled(d).items():
            if k in d.pairs:
                xs.append(d.pairs[k])
                ys.append(y)
                ws.append(w)
    return np.array(xs, dtype=float), np.array(ys), np.array(ws)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict[str, Any]:
    """Weighted L2 logistic regression on standardised features (Newton steps from zero)."""
    mean = x.mean(0)
    scale = x.std(0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    penalty = L2 * np.eye(z.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-z @ beta))
        grad = z.T @ (w * (p - y)) + penalty @ beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + penalty
        beta -= np.linalg.solve(hess, grad)
    return {"mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "coef": [round(float(v), 6) for v in beta[1:]], "intercept": round(float(beta[0]), 6)}


def _union_find(items: Any) -> tuple[dict[str, str], Any]:
    """A parent map over ``items`` and its ``find`` (path halving): the components both simulations build."""
    parent = {c: c for c in items}

    def find(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    return parent, find


def simulate(d: GoldData, weights: dict[str, Any], link: float, high: float, low: float) -> dict[str, Any]:
    """Group F1 of the gold when grouping links and cuts with these weights (see the module doc)."""
    from recoupe.claims.groups import split
    from recoupe.claims.pairscore import probability

    prob = {k: probability(f, weights) for k, f in d.pairs.items()} | dict.fromkeys(d.zero, 0.0)
    parent, find = _union_find(d.claims)

    for (a, b), ruled in d.rule.items():  # every pair not vetoed; a pair the scorer leaves alone has no probability
        p = prob.get((a, b))
        if d.story[a] == d.story[b] and (ruled or (p is not None and p >= link)):
            parent[find(a)] = find(b)
    comps: dict[str, list[Any]] = defaultdict(list)
    for cid in sorted(d.claims):
        comps[find(cid)].append(d.claims[cid])

    def weight(x: Any, y: Any) -> float:
        k = (x.id, y.id) if x.id < y.id else (y.id, x.id)
        if k in d.vetoed:
            return -1.0
        vote = 0.0
        if k in prob:
            p = prob[k]
            vote = 1.0 if p >= high else (-1.0 if p < low else 0.0)
        return (1.0 if d.rule[k] else 0.0) + vote

    group: dict[str, str] = {}
    for comp in comps.values():
        for part in split(comp, weight=weight):
            for c in part:
                group[c.id] = part[0].id
    dossier = {"claims": [{"id": cid, "group": group[cid]} for cid in d.claims]}
    return score_groups(d.gold, dossier, d.spans)["pairwise"]


def simulate_en(d: GoldData, weights: dict[str, Any], link: float) -> dict[str, Any]:
    """Group F1 of an English gold grouped by the pipeline's steps with these weights at ``link``:
    within each recoupe story, the components of the lemma rule's links and of
    :func:`recoupe.claims.groups.learned_links` (mutual best matches, frame and headline links),
    then :func:`recoupe.claims.groups.split` (``learned``: the same links weigh +1). The claims
    past each article's opening are linked by the lemma rule alone, as the pipeline never scores them."""
    from recoupe.claims.groups import _Features, learned_links, own_counts, split

    parent, find = _union_find(d.claims)

    with using(weights | {"link": link}):
        by_story: dict[str, list[str]] = defaultdict(list)
        for cid in sorted(d.claims):
            by_story[d.story[cid]].append(cid)
        for (a, b), ruled in d.rule.items():
            if ruled and d.story[a] == d.story[b]:
                parent[find(a)] = find(b)
        for ids in by_story.values():
            opening = [c for c in ids if c in d.opening]
            feats = [_Features(d.claims[c], d.published[c]) for c in opening]
            own_counts(feats)
            for i, j in learned_links(feats):
                parent[find(opening[i])] = find(opening[j])
        comps: dict[str, list[Any]] = defaultdict(list)
        for cid in sorted(d.claims):
            comps[find(cid)].append(d.claims[cid])
        group: dict[str, str] = {}
        for comp in comps.values():
            for part in split(comp, learned=True, published=d.published):
                for c in part:
                    group[c.id] = part[0].id
    dossier = {"claims": [{"id": cid, "group": group[cid]} for cid in d.claims]}
    return score_groups(d.gold, dossier, d.spans)["pairwise"]


def choose_en(golds: list[GoldData], weights: dict[str, Any]) -> tuple[float, float]:
    """The ``LINK`` of :data:`GRID_LINK_EN` with the best mean :func:`simulate_en` F1 on ``golds``
    (the first on ties)."""
    best: tuple[float, float] | None = None
    for link in GRID_LINK_EN:
        f1 = float(np.mean([simulate_en(d, weights, link)["f1"] for d in golds]))
        if best is None or f1 > best[0] + 1e-12:
            best = (f1, link)
    assert best is not None
    return best[1], best[0]


def choose(golds: list[GoldData], weights: dict[str, Any]) -> tuple[tuple[float, float, float], float]:
    """The grid point with the best mean simulated group F1 on ``golds`` (first in grid order on ties)."""
    best: tuple[float, tuple[float, float, float]] | None = None
    for link in GRID_LINK:
        for high in GRID_HIGH:
            for low in GRID_LOW:
                f1 = float(np.mean([simulate(d, weights, link, high, low)["f1"] for d in golds]))
                if best is None or f1 > best[0] + 1e-12:
                    best = (f1, (link, high, low))
    assert best is not None
    return best[1], best[0]


def train(golds: list[GoldData]) -> dict[str, Any]:
    from recoupe.claims.pairscore import FEATURES

    weights = fit(*dataset(golds))
    if golds and golds[0].lang == "en":
        link, f1 = choose_en(golds, weights)
        high, low = GRID_HIGH[0], GRID_LOW[0]  # not read by the pipeline (module doc): a placeholder
    else:
        (link, high, low), f1 = choose(golds, weights)
    return {"features": list(FEATURES), **weights, "link": link, "high": high, "low": low,
            "trained_on": [d.name for d in golds], "simulated_train_f1": round(f1, 4)}


@contextmanager
def using(weights: dict[str, Any]) -> Iterator[None]:
    """The pipeline with these weights instead of the shipped ones (in this process)."""
    import recoupe.claims.pairscore as ps

    saved = {k: getattr(ps, k) for k in ("_MEAN", "_SCALE", "_COEF", "_INTERCEPT", "LINK")}
    ps._MEAN, ps._SCALE, ps._COEF = tuple(weights["mean"]), tuple(weights["scale"]), tuple(weights["coef"])
    ps._INTERCEPT, ps.LINK = weights["intercept"], weights["link"]
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(ps, k, v)


def run_pipeline(d: GoldData, learned: bool) -> dict[str, Any]:
    """Build the gold's items in a fresh store and score it (eval_pairs' figures)."""
    import recoupe.settings as rs

    work = Path(tempfile.mkdtemp(prefix="recoupe-fold-"))
    saved = rs.DEFAULTS["claims.learned_pairs"]
    rs.DEFAULTS["claims.learned_pairs"] = learned
    try:
        dossier = build_dossier_for(d.gold, work)
    finally:
        rs.DEFAULTS["claims.learned_pairs"] = saved
        shutil.rmtree(work, ignore_errors=True)
    return score(d.gold, dossier, tightest=TIGHTEST)


def _line(name: str, res: dict[str, Any]) -> str:
    g = res["groups"]["pairwise"]
    c = res["contradictions"]["kind_agnostic"]
    st = res["status"]
    return (f"{name:<28} groups P/R/F1 {g['p']:.3f} / {g['r']:.3f} / {g['f1']:.3f}   contradictions P/R "
            f"{c['p']:.3f} / {c['r']:.3f}   confirmed {st['confirmed_precision']} ({st['confirmed_groups_mapped']})")


def auc(scores: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    """Weighted area under the ROC curve (ties count half)."""
    pos, neg = labels == 1, labels == 0
    total = weights[pos].sum() * weights[neg].sum()
    if not total:
        return float("nan")
    won = 0.0
    for s, w in zip(scores[pos], weights[pos], strict=True):
        won += w * (weights[neg][scores[neg] < s].sum() + 0.5 * weights[neg][scores[neg] == s].sum())
    return won / total


def write(weights: dict[str, Any]) -> None:
    body = json.dumps(weights, indent=1)
    WEIGHTS_FILE.write_text(
        '"""Weights of the learned pair scorer (recoupe.claims.pairscore). Generated by\n'
        "``python -m benchmarks.train_pairs --write``: do not edit by hand.\"\"\"\n\n"
        "from typing import Any\n\n"
        f"WEIGHTS: dict[str, Any] = {body}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", action="store_true",
                    help="leave-one-gold-out: train on the others, run the pipeline on the one left out")
    ap.add_argument("--write", action="store_true", help="train on the five read golds and write the weights")
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the golds' training stores here")
    ap.add_argument("--lang", choices=("fr", "en"), default="fr",
                    help="en: the weights of pairs of two English claims, from the read English golds")
    args = ap.parse_args(argv)
    en = args.lang == "en"
    if args.write and en:
        # the two-fold check said no (benchmarks/RESULTS.md, twentieth session, enscorer21): the
        # pipeline reads no English weights, so none are written
        print("--lang en --write: no English weights are shipped (the two-fold check said no); see RESULTS.md")
        return 1
    data = data_of(json.loads(gold_path(GOLDS[0]).read_text("utf-8")))
    if not data.is_dir():
        print(f"eval data not found at {data}: nothing to train on.")
        return 0
    golds = []
    for name in (GOLDS_EN if en else GOLDS):
        d = read_gold(name, args.keep, args.lang)
        featurise(d)
        x, y, _ = dataset([d])
        print(f"{name}: {len(d.claims)} claims, {len(d.pairs)} story pairs scored, {len(x)} labelled pairs "
              f"({int(y.sum())} same fact)")
        golds.append(d)
    if args.folds:
        for held in golds:
            rest = [d for d in golds if d is not held]
            w = train(rest)
            from recoupe.claims.pair_weights import WEIGHTS
            from recoupe.claims.pairscore import FEATURES, LINK, probability

            french = WEIGHTS | {"link": LINK}  # what English pairs were read with before (shipped LINK)
            sim = (simulate_en(held, w, w["link"]) if en else simulate(held, w, w["link"], w["high"], w["low"]))
            if en:
                print(f"  {held.name}: simulated F1 with the French weights {simulate_en(held, french, LINK)['f1']}")

            x, y, pw = dataset([held])
            learned = np.array([probability(f, w) for f in x])
            rule = x[:, FEATURES.index("rule_similarity")]
            shipped = np.array([probability(f) for f in x])
            print(f"pairs of {held.name}: AUC scorer {auc(learned, y, pw):.3f}, shipped weights "
                  f"{auc(shipped, y, pw):.3f}, lemma rule similarity {auc(rule, y, pw):.3f}")
            print(f"fold: train {'+'.join(w['trained_on'])} (simulated train F1 {w['simulated_train_f1']}), "
                  f"LINK {w['link']} HIGH {w['high']} LOW {w['low']}; held out {held.name} simulated F1 {sim['f1']}")
            if en:
                with using(french):
                    print(_line(f"  {held.name}: rule + French weights", run_pipeline(held, learned=True)))
            else:
                print(_line(f"  {held.name}: rule alone", run_pipeline(held, learned=False)))
            with using(w):
                print(_line(f"  {held.name}: rule + scorer", run_pipeline(held, learned=True)))
        if en:  # what shipping would be: trained on both, scored on both (not held out)
            w = train(golds)
            print(f"trained on {'+'.join(w['trained_on'])}: LINK {w['link']}, simulated F1 " + ", ".join(
                f"{d.name} {simulate_en(d, w, w['link'])['f1']} (French weights {simulate_en(d, french, LINK)['f1']})"
                for d in golds))
    if args.write:
        w = train(golds)
        write(w)
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}: LINK {w['link']} HIGH {w['high']} LOW {w['low']}, "
              f"simulated F1 on the five {w['simulated_train_f1']}")
        for d in golds:
            print(f"  {d.name}: simulated F1 {simulate(d, w, w['link'], w['high'], w['low'])['f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
