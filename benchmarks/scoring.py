"""Scoring primitives shared by the evaluations: P/R/F1, span matching, B-cubed and pairwise."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PRF:
    tp: float
    fp: float
    fn: float

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def row(self) -> dict[str, float]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def prf_sets(pred: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    p, g = set(pred), set(gold)
    return PRF(len(p & g), len(p - g), len(g - p))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], *,
                min_ratio: float = 0.5) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; a pair needs ``min_ratio`` of the shorter span."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = overlap(p, g)
            shorter = max(1, min(p[1] - p[0], g[1] - g[0]))
            if ov and ov / shorter >= min_ratio:
                cands.append((ov / max(p[1] - p[0], g[1] - g[0], 1), i, j))
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def bcubed(pred: dict[Hashable, Hashable], gold: dict[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed P/R/F1 over the items present in both clusterings (item -> cluster id)."""
    items = [x for x in gold if x in pred]
    if not items:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "items": 0}
    by_p: dict[Hashable, set[Hashable]] = {}
    by_g: dict[Hashable, set[Hashable]] = {}
    for x in items:
        by_p.setdefault(pred[x], set()).add(x)
        by_g.setdefault(gold[x], set()).add(x)
    p = r = 0.0
    for x in items:
        cp, cg = by_p[pred[x]], by_g[gold[x]]
        both = len(cp & cg)
        p += both / len(cp)
        r += both / len(cg)
    p, r = p / len(items), r / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "items": len(items)}


def pairwise(pred: dict[Hashable, Hashable], gold: dict[Hashable, Hashable]) -> PRF:
    """Pairwise P/R/F1: a pair of items is positive when both are in the same cluster."""
    items = sorted((x for x in gold if x in pred), key=repr)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        sp, sg = pred[a] == pred[b], gold[a] == gold[b]
        tp += sp and sg
        fp += sp and not sg
        fn += sg and not sp
    return PRF(tp, fp, fn)


def wrong_merges(pred: dict[Hashable, Hashable], gold: dict[Hashable, Hashable]) -> list[tuple[Hashable, Hashable]]:
    """Pairs of distinct gold entities that the prediction put into one cluster."""
    by_p: dict[Hashable, set[Hashable]] = {}
    for x, c in pred.items():
        if x in gold:
            by_p.setdefault(c, set()).add(gold[x])
    out = []
    for golds in by_p.values():
        out.extend(combinations(sorted(golds, key=repr), 2))
    return out


def write_outputs(res: dict[str, Any], json_path: Path | None, errors_path: Path | None,
                  errors: list[dict[str, Any]] | None) -> None:
    """Print a scorer's figures as JSON; also write them to ``json_path`` and its errors (JSON
    lines) to ``errors_path`` when asked (the ``--json`` / ``--errors`` options)."""
    text = json.dumps(res, indent=2, ensure_ascii=False)
    print(text)
    if json_path:
        json_path.write_text(text, "utf-8")
    if errors_path and errors is not None:
        errors_path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), "utf-8")


def run_splits(argv: list[str] | None, description: str, root: Path, errors_help: str,
               evaluate: Callable[..., dict[str, Any]]) -> int:
    """The command line of a dev/test scorer (``--split``, ``--json``, ``--errors`` for dev):
    ``evaluate(split, errors=list_or_None)`` gives one split's figures, printed as JSON."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--split", choices=["dev", "test", "both"], default="both")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--errors", type=Path, help=errors_help)
    args = ap.parse_args(argv)
    if not root.exists():
        print(f"{root} is absent: nothing to score")
        return 0
    res: dict[str, Any] = {}
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        errors: list[dict[str, Any]] | None = [] if args.errors and split == "dev" else None
        res[split] = evaluate(split, errors=errors)
        if errors is not None:
            args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), "utf-8")
    print(json.dumps(res, indent=2))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2), "utf-8")
    return 0
