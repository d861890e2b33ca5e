"""A second annotator on the cross-checking gold (issue 13): blank spans, then agreement.

    python -m benchmarks.gold.pairs_agree blank --gold benchmarks/gold/pairs/heldout4.json --out DIR
    python -m benchmarks.gold.pairs_agree agree A.json B.json [--db STORE] [--json OUT]

Second annotations live in ``benchmarks/gold/pairs/second/`` under their first gold's name (not
beside it: the pair golds' tests read ``pairs/*.json`` as sets of disjoint items).

How far two careful annotators agree on which spans state the same fact bounds what recoupe's
claim groups can reach against one of them (the #13 target is pairwise F1 >= 0.75).

``blank`` writes a stored gold's stories as ``.ann`` files (outside the repository: they hold the
item texts) with every span kept (same offsets) but nothing the first annotator decided about it:
span lines read ``span sN ITEM _ _ | text``, relabelled ``s1, s2, …`` in text order (the first
annotator's labels and their order can tell the facts), no story description, and no ``fact``, ``copy``, ``confirmed``,
``X`` or ``U`` line. The second annotator replaces ``_ _`` by ``FACT MOD[:SOURCE] [neg]`` and adds
copies, contradictions and updates as §12 says; ``pairs anchor`` stores the result (``pairs/second/X.json``).

``agree`` matches the two golds' spans by item and offsets and scores B against A with
``eval_pairs``' pair definition (every pair of annotated spans of one story; same fact =
positive): P = of B's same-fact pairs, how many A has; R = of A's, how many B has; per story and
overall. Also agreement (and Cohen's kappa) on modality, polarity and on whether the span's fact is
``confirmed``. With ``--db`` (a store that ``eval_pairs --keep`` built on A's items), recoupe's
pairwise figure against A, against B, and on the pairs both annotators label alike.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from benchmarks.gold.pairs import ROOT, Gold, to_gold, to_scratch

Key = tuple[str, int, int]  # (item link, start, end): a span whatever its label


def blank(stored: dict[str, Any], data: Path | None = None) -> dict[str, str]:
    """story id -> a ``.ann`` text with the stored spans and items only (see the module doc)."""
    out = {}
    for sid, text in to_scratch(stored, data).items():
        start = {sp["id"].split(".", 1)[1]: sp["start"] for sp in stored["spans"] if sp["story"] == sid}
        head, spans = [], []
        for line in text.splitlines():
            words = line.split()
            if words[0] == "story":  # its description lists the facts the first annotator saw
                head.append(f"story {sid} | ")
            elif words[0] == "item":
                head.append(line)
            elif words[0] == "span":
                spans.append((int(words[2]), start[words[1]], line.split(" | ", 1)[1]))
        spans.sort()  # text order: the first annotator's order follows his facts
        lines = head + [f"span s{n} {item} _ _ | {rest}" for n, (item, _, rest) in enumerate(spans, start=1)]
        out[sid] = "\n".join(lines) + "\n"
    return out


def keyed(g: Gold) -> dict[Key, Any]:
    return {(s.item, s.start, s.end): s for s in g.spans.values()}


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def kappa(pairs: list[tuple[str, str]]) -> dict[str, float | int]:
    """Observed agreement and Cohen's kappa of two labellings of the same units."""
    n = len(pairs)
    if not n:
        return {"n": 0, "agree": 0.0, "kappa": 0.0}
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return {"n": n, "agree": round(po, 3), "kappa": round((po - pe) / (1 - pe), 3) if pe < 1 else 1.0}


def labelled_pairs(g: Gold, keys: set[Key]) -> dict[frozenset[Key], bool]:
    """Every pair of spans of one story among ``keys``: True = same fact (eval_pairs' definition)."""
    by_story: dict[str, list[Any]] = defaultdict(list)
    for s in g.spans.values():
        if (s.item, s.start, s.end) in keys:
            by_story[s.story].append(s)
    out = {}
    for spans in by_story.values():
        for a, b in combinations(spans, 2):
            out[frozenset(((a.item, a.start, a.end), (b.item, b.start, b.end)))] = a.fact == b.fact
    return out


def agreement(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """B scored against A (both stored golds); see the module doc."""
    ga, gb = to_gold(a, {}), to_gold(b, {})
    ka, kb = keyed(ga), keyed(gb)
    common = set(ka) & set(kb)
    pa, pb = labelled_pairs(ga, common), labelled_pairs(gb, common)
    story_of = {k: ka[k].story for k in common}
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for pair, same_a in pa.items():
        same_b = pb.get(pair, False)
        c = per[story_of[next(iter(pair))]]
        c["tp"] += same_a and same_b
        c["fp"] += same_b and not same_a
        c["fn"] += same_a and not same_b
    total = sum(per.values(), Counter())
    facts = {"a": len({ka[k].fact for k in common}), "b": len({kb[k].fact for k in common})}
    conf = [(str(bool(a["facts"][ka[k].fact].get("confirmed"))), str(bool(b["facts"][kb[k].fact].get("confirmed"))))
            for k in common]
    return {"spans": {"a": len(ka), "b": len(kb), "common": len(common)}, "facts": facts,
            "pairs": len(pa), "same_a": sum(pa.values()), "same_b": sum(pb.get(p, False) for p in pa),
            "groups": prf(total["tp"], total["fp"], total["fn"]),
            "per_story": {sid: prf(c["tp"], c["fp"], c["fn"]) for sid, c in sorted(per.items())},
            "modality": kappa([(ka[k].modality, kb[k].modality) for k in common]),
            "modality_confusion": dict(Counter(f"{ka[k].modality}>{kb[k].modality}" for k in common
                                               if ka[k].modality != kb[k].modality)),
            "polarity": kappa([(ka[k].polarity, kb[k].polarity) for k in common]),
            "confirmed_span": kappa(conf)}


def recoupe_pairs(a: dict[str, Any], db: Path) -> dict[frozenset[Key], bool]:
    """recoupe's same-group decision on every pair of A's spans, read from a store built on A's
    items (``eval_pairs --keep``), mapped as eval_pairs maps them."""
    from benchmarks.eval_pairs import map_spans
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    ga = to_gold(a, {})
    with Store.open(db) as s:
        dossier = build_dossier(s)
    m = map_spans(ga, dossier)
    group = {c["id"]: (c["group"] or c["id"]) for c in dossier["claims"]}
    ka = keyed(ga)
    out = {}
    for pair in labelled_pairs(ga, set(ka)):
        x, y = (m.get(ka[k].id) for k in pair)
        out[pair] = x is not None and y is not None and group.get(x, x) == group.get(y, y)
    return out


def recoupe_against(pred: dict[frozenset[Key], bool], a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """recoupe's pairwise P/R/F1 against A, against B, and on the pairs A and B label alike."""
    ga, gb = to_gold(a, {}), to_gold(b, {})
    common = set(keyed(ga)) & set(keyed(gb))
    pa, pb = labelled_pairs(ga, common), labelled_pairs(gb, common)

    def score(gold: dict[frozenset[Key], bool]) -> dict[str, Any]:
        tp = sum(pred[p] and s for p, s in gold.items())
        fp = sum(pred[p] and not s for p, s in gold.items())
        fn = sum(s and not pred[p] for p, s in gold.items())
        return {**prf(tp, fp, fn), "pairs": len(gold), "same": sum(gold.values())}

    agreed = {p: s for p, s in pa.items() if pb.get(p, False) == s}
    return {"vs_a": score(pa), "vs_b": score({p: pb.get(p, False) for p in pa}), "vs_agreed": score(agreed)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    bl = sub.add_parser("blank", help="a gold's spans without their labels, as .ann files (outside the repository)")
    bl.add_argument("--gold", type=Path, required=True)
    bl.add_argument("--out", type=Path, required=True)
    ag = sub.add_parser("agree", help="score a second annotation B against A")
    ag.add_argument("a", type=Path)
    ag.add_argument("b", type=Path)
    ag.add_argument("--db", type=Path, help="a store eval_pairs --keep built on A's items: recoupe against both")
    ag.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "blank":
        if ROOT in args.out.resolve().parents or args.out.resolve() == ROOT:
            sys.exit("write outside the repository: the eval texts may not be committed")
        args.out.mkdir(parents=True, exist_ok=True)
        for sid, text in blank(json.loads(args.gold.read_text("utf-8"))).items():
            (args.out / f"{sid}.ann").write_text(text, "utf-8")
        return 0
    a, b = (json.loads(p.read_text("utf-8")) for p in (args.a, args.b))
    res = agreement(a, b)
    if args.db:
        res["recoupe"] = recoupe_against(recoupe_pairs(a, args.db), a, b)
    g = res["groups"]
    print(f"spans A {res['spans']['a']} B {res['spans']['b']} common {res['spans']['common']}; facts A "
          f"{res['facts']['a']} B {res['facts']['b']}; pairs {res['pairs']}, same A {res['same_a']} B {res['same_b']}")
    print(f"same fact, B against A: F1 {g['f1']} P {g['p']} R {g['r']} (tp {g['tp']} fp {g['fp']} fn {g['fn']})")
    for sid, s in res["per_story"].items():
        print(f"  {sid:12} F1 {s['f1']:.3f} P {s['p']:.3f} R {s['r']:.3f}  tp {s['tp']} fp {s['fp']} fn {s['fn']}")
    for k in ("modality", "polarity", "confirmed_span"):
        print(f"{k}: agree {res[k]['agree']} kappa {res[k]['kappa']} (n {res[k]['n']})")
    print(f"modality A>B: {res['modality_confusion']}")
    for k, s in res.get("recoupe", {}).items():
        print(f"recoupe {k}: F1 {s['f1']} P {s['p']} R {s['r']} ({s['pairs']} pairs, {s['same']} same)")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
