"""An experiment (issue #13, thirtieth session): the sentence encoder's cosine as a feature of the
learned pair scorer (:mod:`recoupe.claims.pairscore`), fit and judged leave-one-gold-out.

    python -m benchmarks.pairs_meaning --keep DIR [--from STORES] [--variants base,cos,...] [--sim]

For each variant (a set of features added to ``pairscore.FEATURES``) and each of the five golds
:mod:`benchmarks.train_pairs` trains on, a model is fit on the other four exactly as the trainer
fits it (:func:`benchmarks.train_pairs.fit`: deterministic Newton steps from zero), and judged on
the one left out: the AUC of its probability on the held-out gold's labelled pairs, and (``--sim``)
the held-out gold's groups F1 and ``confirmed`` precision when its kept store's split pass
(:func:`recoupe.claims.groups.split_groups`, the pipeline's own step) is run again with the fold's
weights and the pipeline's ``LINK``. The same model fit on all five is also judged on the classed
golds the trainer does not read (``heldout5`` .. ``heldout8``). ``base`` is the shipped feature
set refit the same way: the "before" of every figure.

The added features (only for pairs the scorer scores: two opening claims, not vetoed):

* ``cos``: the cosine of the two claims' texts (:func:`recoupe.nlp.meaning.embed`, use-m3);
* ``cos_args``: the cosine of « subject predicate object » (the predicate with its arguments);
* ``cos_x_pred`` / ``cos_x_ent``: ``cos`` times the same-predicate-class / shared-entity flag
  (the cosine counting only where another feature already agrees).

``STORES`` holds ``G/pairs.db`` kept by ``benchmarks.eval_pairs --keep`` (the lead's baseline
stores); they are copied into ``DIR`` and only the copies are read or written. The encoder's
vectors are cached per process by text; the cost is printed per article.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.train_pairs import GOLDS, GoldData, auc, dataset, featurise, fit, gold_path, read_gold

HELD = ("heldout5", "heldout6", "heldout7", "heldout8")  # classed, not trained on by train_pairs
ADDED: dict[str, tuple[str, ...]] = {
    "base": (),
    "cos": ("cos",),
    "args": ("cos_args",),
    "both": ("cos", "cos_args"),
    "gated": ("cos", "cos_x_pred", "cos_x_ent"),
}

_vectors: dict[str, np.ndarray] = {}
_seconds = [0.0]


def vectors(texts: list[str]) -> None:
    """Encode the texts not yet cached (one call: the encoder's bytes do not depend on the batch)."""
    from recoupe.nlp.meaning import embed

    todo = sorted({t for t in texts if t not in _vectors})
    if todo:
        t0 = time.process_time()
        for t, v in zip(todo, embed(todo), strict=True):
            _vectors[t] = v
        _seconds[0] += time.process_time() - t0


def args_text(claim: Any) -> str:
    return " ".join(p for p in (claim.subject, claim.predicate, claim.object) if p)


def cosine(a: str, b: str) -> float:
    vectors([a, b])
    return float(_vectors[a] @ _vectors[b])


def extra(names: tuple[str, ...], fa: Any, fb: Any, base: list[float]) -> list[float]:
    """The added features of one pair (``fa``, ``fb``: :class:`recoupe.claims.groups._Features`)."""
    from recoupe.claims.pairscore import FEATURES

    out = []
    cos = cosine(fa.claim.text, fb.claim.text) if any(n != "cos_args" for n in names) else 0.0
    for n in names:
        if n == "cos":
            out.append(cos)
        elif n == "cos_args":
            out.append(cosine(args_text(fa.claim), args_text(fb.claim)))
        elif n == "cos_x_pred":
            out.append(cos * base[FEATURES.index("same_predicate_class")])
        elif n == "cos_x_ent":
            out.append(cos * base[FEATURES.index("shared_entity")])
    return out


def with_extra(d: GoldData, names: tuple[str, ...]) -> dict[tuple[str, str], list[float]]:
    from recoupe.claims.groups import _Features

    feats = {cid: _Features(c) for cid, c in d.claims.items()}
    return {k: f + extra(names, feats[k[0]], feats[k[1]], f) for k, f in d.pairs.items()}


@contextmanager
def scorer(weights: dict[str, Any], names: tuple[str, ...]) -> Iterator[None]:
    """The pipeline's scorer with these weights (the pipeline's own ``LINK``) and the added features."""
    import recoupe.claims.groups as g
    import recoupe.claims.pairscore as ps

    saved = {k: getattr(ps, k) for k in ("_MEAN", "_SCALE", "_COEF", "_INTERCEPT", "LINK")}
    features: Callable[..., list[float]] = g.pair_features
    ps._MEAN, ps._SCALE, ps._COEF = tuple(weights["mean"]), tuple(weights["scale"]), tuple(weights["coef"])
    ps._INTERCEPT = weights["intercept"]
    ps.LINK = float(weights.get("use_link", ps.LINK))
    if names:
        g.pair_features = lambda a, b: (lambda f: f + extra(names, a, b, f))(features(a, b))
    try:
        yield
    finally:
        g.pair_features = features
        for k, v in saved.items():
            setattr(ps, k, v)


def simulate(name: str, keep: Path, weights: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The gold's split pass run again on a copy of its kept store with these weights; eval_pairs' score."""
    from benchmarks.eval_pairs import score
    from benchmarks.gold.pairs import data_of, load
    from recoupe.claims.groups import split_groups
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    gp = gold_path(name)
    gold, _ = load(gp, data_of(json.loads(gp.read_text("utf-8"))))
    dst = keep / "sim" / f"{name}.db"
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(keep / name / "pairs.db", dst)
    with scorer(weights, names), Store.open(dst) as s:
        sids = [r["id"] for r in s.stories()]
        with s.transaction():
            split_groups(s, sids, linkage=0.1, threshold=0.5, learned=True)
        dossier = build_dossier(s)
    return score(gold, dossier)


def _sim_line(res: dict[str, Any]) -> str:
    g, st = res["groups"]["pairwise"], res["status"]
    return f"F1 {g['f1']:.4f} (tp {g['tp']} fp {g['fp']} fn {g['fn']}) confirmed {st['confirmed_precision']} " \
           f"({st['confirmed_groups_mapped']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, required=True, help="the golds' stores (copied here from --from)")
    ap.add_argument("--from", dest="source", type=Path, help="kept eval_pairs stores to copy (G/pairs.db)")
    ap.add_argument("--variants", default=",".join(ADDED), help="comma-separated: " + ", ".join(ADDED))
    ap.add_argument("--sim", action="store_true", help="also rerun the split pass with each fold's weights")
    ap.add_argument("--links", default="",
                    help="comma-separated LINK grid: each fold's LINK is the best mean simulated F1 of its "
                         "training golds (else the pipeline's LINK)")
    ap.add_argument("--nine", action="store_true",
                    help="leave one out over the nine French golds (trained on the eight others) instead")
    args = ap.parse_args(argv)
    names_all = GOLDS + HELD
    for name in names_all:
        if args.source and not (args.keep / name / "pairs.db").exists():
            (args.keep / name).mkdir(parents=True, exist_ok=True)
            shutil.copy(args.source / name / "pairs.db", args.keep / name / "pairs.db")
    golds = {}
    for name in names_all:
        d = read_gold(name, args.keep)
        featurise(d)
        golds[name] = d
    n_articles = len({d.claims[c].article_id for d in golds.values() for k in d.pairs for c in k})
    if args.sim:
        from recoupe.claims.pair_weights import WEIGHTS

        for name in names_all:
            print(f"shipped {name:9} " + _sim_line(simulate(name, args.keep, WEIGHTS, ())), flush=True)
    for variant in args.variants.split(","):
        names = ADDED[variant]
        t0 = _seconds[0]
        rows = {name: with_extra(d, names) for name, d in golds.items()}
        print(f"== {variant} (+{', '.join(names) or 'nothing'}): encoding {(_seconds[0] - t0) * 1000:.0f} ms "
              f"CPU for {n_articles} articles' scored pairs", flush=True)
        saved = {name: d.pairs for name, d in golds.items()}
        try:
            for name, d in golds.items():
                d.pairs = rows[name]
            pool = names_all if args.nine else GOLDS
            folds = [(held, [golds[n] for n in pool if n != held]) for held in pool]
            if not args.nine:
                folds.append(("five->" + "+".join(HELD), [golds[n] for n in GOLDS]))
            grid = [float(v) for v in args.links.split(",") if v]
            for held, train in folds:
                w = fit(*dataset(train))
                if args.sim and grid:
                    f1s = {}
                    for link in grid:
                        f1s[link] = float(np.mean([simulate(d.name, args.keep, w | {"use_link": link}, names)
                                                   ["groups"]["pairwise"]["f1"] for d in train]))
                    w["use_link"] = max(grid, key=lambda v: (f1s[v], -grid.index(v)))
                    print(f"{variant:6} fold {held}: train F1 by LINK " + ", ".join(
                        f"{v} {f:.4f}" for v, f in f1s.items()) + f" -> LINK {w['use_link']}", flush=True)
                targets = [held] if held in golds else list(HELD)
                for t in targets:
                    x, y, pw = dataset([golds[t]])
                    from recoupe.claims.pairscore import probability
                    p = np.array([probability(f, w) for f in x])
                    line = f"{variant:6} {t:9} AUC {auc(p, y, pw):.4f} ({int(y.sum())}/{len(y)} same)"
                    if args.sim:
                        line += "  " + _sim_line(simulate(t, args.keep, w, names))
                    print(line, flush=True)
                if held not in golds:
                    coef = dict(zip(list(_features()) + list(names), w["coef"], strict=True))
                    print(f"{variant:6} coefficients of the added features (five): "
                          + ", ".join(f"{n} {coef[n]:+.3f}" for n in names), flush=True)
        finally:
            for name, d in golds.items():
                d.pairs = saved[name]
    return 0


def _features() -> tuple[str, ...]:
    from recoupe.claims.pairscore import FEATURES

    return FEATURES


if __name__ == "__main__":
    sys.exit(main())
