"""Attribution and quotes scored on our gold for the French pages of trafilatura-eval (issue #3).

    python -m benchmarks.eval_pages [--json OUT]

The 26 French pages are built with recoupe into a temporary store; each page's gold
(``benchmarks/gold/pages/<page>.json``: offsets and hashes only, see ``benchmarks/gold/pages.py``)
is located in the article text and scored:

* **quotes**: span P/R/F1 (one-to-one pairing by overlap, as for the sample), then speaker
  accuracy over the matched quotes whose speaker the text gives;
* **attributed statements**: a predicted claim with a source (``attributed_to``) against the gold
  reported clauses: span P/R/F1, then source accuracy (and relay, modality) over matched pairs.
  ``spans_clause_level`` does not count as false a predicted clause that lies inside a gold
  content already (a long quote is one gold content but several of our clauses);
* **statements**: the dossier's attributed statements (``recoupe.claims.statements``: the
  attributed claims of one source gathered into its whole content) against the same gold.

A predicted person is right when, folded (case, accents, punctuation), it equals one of the
surface forms the annotator listed for that speaker or one contains the other (3+ characters):
« M. Dupont » matches the forms [« Jean Dupont », « M. Dupont »].
Exits 0 with a message when the eval-data folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.gold.pages import EVAL, GOLD, resolve
from benchmarks.scoring import PRF, match_spans, write_outputs
from recoupe.resolve.names import fold


def same_person(pred: str, forms: list[str]) -> bool:
    fp = fold(pred)
    if not fp:
        return False
    folded = [fold(f) for f in forms]
    return any(fp == f or (min(len(f), len(fp)) >= 3 and (f in fp or fp in f)) for f in folded if f)


def build_pages(eval_dir: Path = EVAL) -> dict[str, Any]:
    """Build every French page with recoupe; return the dossier."""
    from benchmarks.gold.pages import french_pages
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    tmp = Path(tempfile.mkdtemp(prefix="recoupe-pages-eval-"))
    try:
        corpus = tmp / "pages"
        corpus.mkdir()
        for name in french_pages(eval_dir):
            (corpus / name.removesuffix(".gz")).write_bytes(gzip.decompress((eval_dir / "html" / name).read_bytes()))
        with Store.open(tmp / "pages.db") as s:
            build(s, [str(corpus)])
            return build_dossier(s)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def score(dossier: dict[str, Any], golds: list[dict[str, Any]],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    arts = {Path(a["origin"].split("#")[0]).name + ".gz": a for a in dossier["articles"]}
    q_tp = q_fp = q_fn = 0
    a_tp = a_fp = a_fn = a_nested = 0
    speaker_ok = speaker_n = source_ok = source_n = relay_ok = relay_n = modality_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    st: Counter[str] = Counter()  # the attributed statements read whole (recoupe.claims.statements)
    stale, n_quotes, n_attr, pages = [], 0, 0, 0
    for gold in golds:
        art = arts.get(gold["page"])
        where = resolve(gold, art["text"]) if art else None
        if where is None:
            stale.append(gold["page"])
            continue
        pages += 1
        n_quotes += len(where["quotes"])
        n_attr += len(where["attributions"])
        pq = [q for q in dossier["quotes"] if q["article"] == art["id"]]
        pairs = match_spans([(q["start"], q["end"]) for q in pq], [(g["start"], g["end"]) for g in where["quotes"]])
        q_tp += len(pairs)
        q_fp += len(pq) - len(pairs)
        q_fn += len(where["quotes"]) - len(pairs)
        if errors is not None:
            errors.extend({"page": gold["page"], "kind": "extra_quote", "start": pq[i]["start"],
                           "text": pq[i]["text"][:120], "pred": pq[i]["speaker"]}
                          for i in set(range(len(pq))) - {i for i, _ in pairs})
        for i, j in pairs:
            forms = where["quotes"][j]["speaker"]
            if forms:
                speaker_n += 1
                ok = same_person(pq[i]["speaker"], forms)
                speaker_ok += ok
                if not ok and errors is not None:
                    g = where["quotes"][j]
                    errors.append({"page": gold["page"], "kind": "speaker", "start": g["start"],
                                   "before": art["text"][max(0, g["start"] - 300):g["start"]],
                                   "text": art["text"][g["start"]:g["end"]][:120],
                                   "after": art["text"][g["end"]:g["end"] + 120],
                                   "gold": forms, "pred": pq[i]["speaker"],
                                   "pred_type": pq[i].get("speaker_type", "")})
        pc = [c for c in dossier["claims"] if c["article"] == art["id"] and c["attributed_to"]]
        ga = where["attributions"]
        pairs = match_spans([(c["start"], c["end"]) for c in pc], [(g["start"], g["end"]) for g in ga])
        a_tp += len(pairs)
        a_fp += len(pc) - len(pairs)
        a_fn += len(ga) - len(pairs)
        # clause-level view: our claims are clauses, the gold's contents may span several (a long
        # quote is one content); an unmatched predicted clause lying inside a gold content is a
        # piece of it, not an invention
        matched_p = {i for i, _ in pairs}
        a_nested += sum(1 for i, c in enumerate(pc) if i not in matched_p
                        and any(g["start"] <= c["start"] and c["end"] <= g["end"] + 1 for g in ga))
        for i, j in pairs:
            if ga[j]["source"]:
                source_n += 1
                source_ok += same_person(pc[i]["attributed_to"], ga[j]["source"])
            if ga[j]["relay"]:
                relay_n += 1
                relay_ok += same_person(pc[i]["relay"], ga[j]["relay"])
            modality_ok += pc[i]["modality"] == ga[j]["modality"]
            confusion[(ga[j]["modality"], pc[i]["modality"])] += 1
        ps = [x for x in dossier.get("statements", []) if x["article"] == art["id"]]
        pairs = match_spans([(x["start"], x["end"]) for x in ps], [(g["start"], g["end"]) for g in ga])
        st["tp"] += len(pairs)
        st["fp"] += len(ps) - len(pairs)
        st["fn"] += len(ga) - len(pairs)
        for i, j in pairs:
            if ga[j]["source"]:
                st["source_n"] += 1
                st["source_ok"] += same_person(ps[i]["source"], ga[j]["source"])
            st["modality_ok"] += ps[i]["modality"] == ga[j]["modality"]
    n_pairs = max(a_tp, 1)
    return {
        "pages": pages, "stale_pages": stale, "gold_quotes": n_quotes, "gold_attributions": n_attr,
        "quotes.spans": PRF(q_tp, q_fp, q_fn).row(),
        "quotes.speaker_accuracy": round(speaker_ok / max(speaker_n, 1), 4), "quotes.speaker_n": speaker_n,
        "attribution.spans": PRF(a_tp, a_fp, a_fn).row(),
        "attribution.spans_clause_level": PRF(a_tp, a_fp - a_nested, a_fn).row(),
        "attribution.source_accuracy": round(source_ok / max(source_n, 1), 4), "attribution.source_n": source_n,
        "attribution.relay_accuracy": round(relay_ok / max(relay_n, 1), 4), "attribution.relay_n": relay_n,
        "attribution.modality_accuracy": round(modality_ok / n_pairs, 4),
        "attribution.modality_confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
        "statements.spans": PRF(st["tp"], st["fp"], st["fn"]).row(),
        "statements.source_accuracy": round(st["source_ok"] / max(st["source_n"], 1), 4),
        "statements.modality_accuracy": round(st["modality_ok"] / max(st["tp"], 1), 4),
    }


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.json"))]


def evaluate(eval_dir: Path = EVAL, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return score(build_pages(eval_dir), load_gold(), errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--errors", type=Path,
                    help="write each wrong speaker and extra quote here, JSON lines (page text around "
                         "it: keep this file outside the repo)")
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is absent: nothing to score")
        return 0
    if not list(GOLD.glob("*.json")):
        print(f"no page gold under {GOLD}", file=sys.stderr)
        return 2
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    res = evaluate(errors=errors)
    write_outputs(res, args.json, args.errors, errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
