"""Hand labels of English claims' modality on the ECB+ dev pile, re-read against a store (issue 13, item 2).

    python -m benchmarks.eval_ecb_piles --split dev --keep DIR
    python -m benchmarks.eval_ecb_modality --store DIR/pile.db [--gold ...dev-modality.json] [--misses]

The pairs golds measure English modality on BASIL only; this gold is a seeded sample of the claims of
one ECB+ dev build, each labelled by hand (the conventions of ``benchmarks/gold/README.md``), keyed as
:mod:`benchmarks.eval_ecb_labels` keys its claims (document, span, SHA-1 of the span), so a store
built by other code is read against it: a labelled claim is found again by its span, else by its
span's hash in the same document; claims no longer cut are counted apart. Printed: accuracy, the
confusion matrix (gold x predicted) and each label's precision and recall."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_ecb_labels import digest, doc_names

GOLD = Path(__file__).resolve().parent / "gold" / "ecbpile" / "dev-modality.json"
LABELS = ("asserted", "reported", "conditional", "speculative", "denied")


def store_modalities(store: Path, doc_of_url: dict[str, str]) -> dict[tuple[str, Any], str]:
    """(document, (start, end)) and (document, span hash) -> the modality recoupe stored."""
    db = sqlite3.connect(store)
    out: dict[tuple[str, Any], str] = {}
    rows = db.execute(
        "SELECT a.url, a.text, c.start, c.end, c.modality FROM claims c JOIN articles a ON a.id = c.article_id"
    ).fetchall()
    for url, text, start, end, modality in rows:
        doc = doc_of_url.get(url, "")
        out[(doc, (start, end))] = modality
        out.setdefault((doc, digest(text[start:end])), modality)
    return out


def score(gold: dict[str, Any], found: dict[tuple[str, Any], str]) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter()
    missing = []
    for item in gold["items"]:
        doc, start, end, sha = item["claim"]
        pred = found.get((doc, (start, end))) or found.get((doc, sha))
        if pred is None:
            missing.append(item["n"])
            continue
        confusion[(item["label"], pred)] += 1
    n = sum(confusion.values())
    right = sum(v for (g, p), v in confusion.items() if g == p)
    per = {}
    for lab in LABELS:
        tp = confusion[(lab, lab)]
        pred_n = sum(v for (_, p), v in confusion.items() if p == lab)
        gold_n = sum(v for (g, _), v in confusion.items() if g == lab)
        per[lab] = {"p": tp / pred_n if pred_n else None, "r": tp / gold_n if gold_n else None,
                    "tp": tp, "predicted": pred_n, "gold": gold_n}
    return {"n": n, "right": right, "accuracy": right / n if n else 0.0, "missing": missing,
            "confusion": {f"{g}>{p}": v for (g, p), v in sorted(confusion.items())}, "per_label": per}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--misses", action="store_true", help="print each wrong item's number, gold and prediction")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    found = store_modalities(args.store, doc_names("dev"))
    res = score(gold, found)
    print(f"modality accuracy {res['accuracy']:.3f} ({res['right']}/{res['n']}), not found {len(res['missing'])}")
    print("gold \\ predicted " + " ".join(f"{lab[:5]:>6}" for lab in LABELS))
    for g in LABELS:
        print(f"{g:<16} " + " ".join(f"{res['confusion'].get(f'{g}>{p}', 0):>6}" for p in LABELS))
    for lab, v in res["per_label"].items():
        if v["gold"] or v["predicted"]:
            p = "-" if v["p"] is None else f"{v['p']:.3f}"
            r = "-" if v["r"] is None else f"{v['r']:.3f}"
            print(f"{lab:<12} P {p} R {r} (tp {v['tp']}, predicted {v['predicted']}, gold {v['gold']})")
    if args.misses:
        for item in gold["items"]:
            doc, start, end, sha = item["claim"]
            pred = found.get((doc, (start, end))) or found.get((doc, sha))
            if pred != item["label"]:
                print(f"  n={item['n']} {doc} {start}-{end} gold {item['label']} predicted {pred}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
