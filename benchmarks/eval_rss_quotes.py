"""Quote spans and quote speakers scored on the blind French RSS gold (issue 14, ``benchmarks/gold/rssquotes``).

    python -m benchmarks.eval_rss_quotes [--gold GOLD] [--json OUT] [--errors OUT]

``--gold`` picks the gold file (default the first, ``rssquotes/quotes.json``; the second blind gold
is ``rssquotes/quotes2.json``, the third ``rssquotes/quotes3.json``, the fourth
``rssquotes/quotes4.json``, the fifth ``rssquotes/quotes5.json``, the sixth ``rssquotes/quotes6.json``,
the seventh ``rssquotes/quotes7.json``, README §14); the items are read
from the days that file names.

The gold's items (``benchmarks/gold/rssquotes/quotes.json``: offsets and hashes only) are written as
one JSON Lines file of ``benchmarks.gold.pairs.record`` records and built with recoupe into a
temporary store; each item's gold is located in its article's text and scored with the rules of
``benchmarks/eval_wmt.py`` (quote speaker accuracy there):

* **quote spans**: one-to-one pairing of predicted and gold quotes by overlap ≥ 0.5
  (``benchmarks.scoring.match_spans``); P/R/F1 over all items, every predicted quote in an item
  with no gold quote being a false positive; recall also per gold speaker type;
* **speaker accuracy**: over the matched quotes whose item states the speaker, right when the
  predicted speaker, folded, equals or contains one of the annotator's forms or is contained in one
  (``benchmarks.eval_pages.same_person``, ≥ 3 characters); also per gold speaker type.

An item recoupe drops or merges (no article with its record's line) is listed under ``missing``
and its gold counts as missed. Exits 0 with a message when the eval-data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_pages import same_person
from benchmarks.gold.rssquotes import DATA, GOLD, gold_records, load_gold, located
from benchmarks.scoring import PRF, match_spans, write_outputs


def build_items(records: list[dict[str, str]]) -> dict[str, Any]:
    """Build the records (one JSON Lines file, in order) with recoupe; return the dossier."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    tmp = Path(tempfile.mkdtemp(prefix="recoupe-rssquotes-eval-"))
    try:
        path = tmp / "rssquotes.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        with Store.open(tmp / "rssquotes.db") as s:
            build(s, [str(path)])
            return build_dossier(s)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _ratio(ok: int, n: int) -> float:
    return round(ok / max(n, 1), 4)


def score(dossier: dict[str, Any], golds: list[dict[str, Any]],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score the dossier's quotes against ``golds`` (gold items in record-line order: the article
    whose origin ends in ``#n`` is the n-th gold item)."""
    arts: dict[int, dict[str, Any]] = {}
    for a in dossier["articles"]:
        if "#" in a["origin"]:
            arts[int(a["origin"].rsplit("#", 1)[1]) - 1] = a
    quotes_by: dict[str, list[dict[str, Any]]] = {}
    for q in dossier["quotes"]:
        quotes_by.setdefault(q["article"], []).append(q)
    tp = fp = fn = 0
    c: Counter[tuple[str, str]] = Counter()
    missing: list[str] = []
    stale: list[str] = []
    for n, g in enumerate(golds):
        art = arts.get(n)
        where = located(g, art["text"]) if art else None
        if art is None or where is None:
            (stale if art else missing).append(g["doc"])
            fn += len(g["quotes"])
            for q in g["quotes"]:
                c[(q.get("type") or "none", "gold")] += 1
            continue
        gq, pq = where["quotes"], quotes_by.get(art["id"], [])
        pairs = match_spans([(q["start"], q["end"]) for q in pq], [(q["start"], q["end"]) for q in gq])
        tp += len(pairs)
        fp += len(pq) - len(pairs)
        fn += len(gq) - len(pairs)
        found = {j for _, j in pairs}
        for j, q in enumerate(gq):
            t = q.get("type") or "none"
            c[(t, "gold")] += 1
            c[(t, "found")] += j in found
            if j not in found and errors is not None:
                errors.append({"doc": g["doc"], "kind": "missed", "text": q["text"][:80], "gold": q["speaker"]})
        for i, j in pairs:
            if not gq[j]["speaker"]:
                continue
            ok = same_person(pq[i]["speaker"], gq[j]["speaker"])
            t = gq[j].get("type") or "none"
            c[("all", "n")] += 1
            c[("all", "ok")] += ok
            c[(t, "n")] += 1
            c[(t, "ok")] += ok
            if not ok and errors is not None:
                errors.append({"doc": g["doc"], "kind": "speaker", "text": gq[j]["text"][:80],
                               "gold": gq[j]["speaker"], "pred": pq[i]["speaker"]})
        if errors is not None:
            errors.extend({"doc": g["doc"], "kind": "extra", "text": pq[i].get("text", "")[:80],
                           "pred": pq[i]["speaker"]} for i in range(len(pq)) if i not in {p for p, _ in pairs})
    types = sorted({t for t, _ in c if t != "all"})
    return {
        "items": len(golds), "missing_items": missing, "stale_items": stale,
        "gold_quotes": sum(len(g["quotes"]) for g in golds),
        "gold_quotes_with_speaker": sum(1 for g in golds for q in g["quotes"] if q["speaker"]),
        "quotes.spans": PRF(tp, fp, fn).row(),
        "quotes.span_recall_by_type": {t: f"{c[(t, 'found')]}/{c[(t, 'gold')]}" for t in types},
        "quotes.speaker_accuracy": _ratio(c[("all", "ok")], c[("all", "n")]),
        "quotes.speaker_n": c[("all", "n")],
        "quotes.speaker_accuracy_by_type": {t: f"{c[(t, 'ok')]}/{c[(t, 'n')]}" for t in types if c[(t, "n")]},
    }


def evaluate(errors: list[dict[str, Any]] | None = None, gold: Path = GOLD) -> dict[str, Any]:
    pairs = gold_records(load_gold(gold))
    return score(build_items([rec for _, rec in pairs]), [g for g, _ in pairs], errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="the gold file (default: %(default)s)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--errors", type=Path, help="write the wrong speakers, misses and extra quotes here (JSON lines)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to score")
        return 0
    if not args.gold.exists():
        print(f"no gold at {args.gold}", file=sys.stderr)
        return 2
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    res = evaluate(errors, args.gold)
    write_outputs(res, args.json, args.errors, errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
