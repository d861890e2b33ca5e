"""Speakers, sources and relay chains scored on our gold for the French-original WMT14 articles (issue 14).

    python -m benchmarks.eval_wmt [--lang fr|en] [--json OUT] [--errors]

The 108 French-original docs of ``../shared/eval-data/wmt14-newstest-fr-en`` are written as one JSON
Lines file (``benchmarks.gold.wmt.record``: headline as title, one paragraph per sentence) and built
with recoupe into a temporary store; each doc's gold (``benchmarks/gold/wmt/<docid>.json``, offsets
and hashes only) is located in the article text and scored with the page scorer's rules
(``benchmarks/eval_pages.py``: one-to-one span pairing by overlap ≥ 0.5, a person is right when a
folded form equals or contains one of the annotator's forms):

* **quotes**: span P/R/F1; speaker accuracy over matched quotes whose speaker the text states (also
  per gold speaker type);
* **attributed statements**: the dossier's attributed statements (``recoupe.claims.statements``:
  the attributed claims of one source gathered into its whole content) against the gold statements:
  span P/R/F1 (and a clause-level view that does not count a record lying inside a gold
  statement); source accuracy over matched pairs; relay accuracy and **relay-chain accuracy**
  (source and relay both right) over matched pairs whose gold has a relay; source-type accuracy
  (the record's ``source_type`` against the gold type) over matched pairs;
* **anonymous sources**: of the gold statements whose source is anonymous, the share found with the
  right source (``anonymous.recall``) and the share also typed ``anonymous`` (``anonymous.typed_recall``).

The same attribution figures on the attributed claims themselves (clauses, the unit scored before
statements were read whole) are under ``claims``.

``--lang en`` scores the English reference translation of the same docs with recoupe's English
pipeline against the French gold projected per seg (:func:`score_english`).

Exits 0 with a message when the eval-data folder is absent.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_pages import same_person
from benchmarks.gold.pages import resolve
from benchmarks.gold.wmt import EVAL, GOLD, load_gold, write_jsonl
from benchmarks.scoring import PRF, match_spans, write_outputs


def build_wmt(eval_dir: Path = EVAL) -> tuple[dict[str, Any], list[str]]:
    """Build the French-original docs with recoupe; return the dossier and the docids by line."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    tmp = Path(tempfile.mkdtemp(prefix="recoupe-wmt-eval-"))
    try:
        path = tmp / "wmt14-fr.jsonl"
        ids = write_jsonl(path, eval_dir)
        with Store.open(tmp / "wmt.db") as s:
            build(s, [str(path)])
            return build_dossier(s), ids
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _ratio(ok: int, n: int) -> float:
    return round(ok / max(n, 1), 4)


def score(dossier: dict[str, Any], ids: list[str], golds: list[dict[str, Any]],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    arts = {}
    for a in dossier["articles"]:
        origin = a["origin"]
        if "#" in origin:
            arts[ids[int(origin.rsplit("#", 1)[1]) - 1]] = a
    quotes_by: dict[str, list[dict[str, Any]]] = {}
    for q in dossier["quotes"]:
        quotes_by.setdefault(q["article"], []).append(q)
    # the attributed statements (one source's whole content: the unit the gold counts) and, for
    # comparison with the earlier runs, the attributed claims (clauses) they gather
    statements_by: dict[str, list[dict[str, Any]]] = {}
    for st in dossier.get("statements", []):
        statements_by.setdefault(st["article"], []).append({**st, "attributed_to": st["source"]})
    claims_by: dict[str, list[dict[str, Any]]] = {}
    for c in dossier["claims"]:
        if c["attributed_to"]:
            claims_by.setdefault(c["article"], []).append(c)
    q_tp = q_fp = q_fn = 0
    c: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    stale, n_quotes, n_attr, docs = [], 0, 0, 0
    located = []
    for gold in golds:
        art = arts.get(gold["doc"])
        where = resolve(gold, art["text"]) if art else None
        if where is None:
            stale.append(gold["doc"])
            continue
        docs += 1
        located.append((gold["doc"], art["id"], where["attributions"]))
        gq = where["quotes"]
        n_quotes += len(gq)
        n_attr += len(where["attributions"])
        pq = quotes_by.get(art["id"], [])
        pairs = match_spans([(q["start"], q["end"]) for q in pq], [(g["start"], g["end"]) for g in gq])
        q_tp += len(pairs)
        q_fp += len(pq) - len(pairs)
        if errors is not None:
            matched = {i for i, _ in pairs}
            errors.extend({"doc": gold["doc"], "kind": "extra", "text": q["text"][:80], "pred": q["speaker"]}
                          for i, q in enumerate(pq) if i not in matched)
        q_fn += len(gq) - len(pairs)
        for i, j in pairs:
            if gq[j]["speaker"]:
                ok = same_person(pq[i]["speaker"], gq[j]["speaker"])
                c["speaker_n"] += 1
                c["speaker_ok"] += ok
                by_type[(gq[j].get("type", ""), "n")] += 1
                by_type[(gq[j].get("type", ""), "ok")] += ok
                if not ok and errors is not None:
                    errors.append({"doc": gold["doc"], "kind": "speaker", "text": gq[j]["text"][:80],
                                   "gold": gq[j]["speaker"], "pred": pq[i]["speaker"]})
    out = {
        "docs": docs, "stale_docs": stale, "gold_quotes": n_quotes, "gold_attributions": n_attr,
        "quotes.spans": PRF(q_tp, q_fp, q_fn).row(),
        "quotes.speaker_accuracy": _ratio(c["speaker_ok"], c["speaker_n"]), "quotes.speaker_n": c["speaker_n"],
        "quotes.speaker_accuracy_by_type": {t: f"{by_type[(t, 'ok')]}/{by_type[(t, 'n')]}"
                                            for t in sorted({t for t, _ in by_type})},
    }
    out.update(_attributions(located, statements_by, errors))
    out["claims"] = _attributions(located, claims_by, None)
    return out


def _attributions(located: list[tuple[str, str, list[dict[str, Any]]]], preds_by: dict[str, list[dict[str, Any]]],
                  errors: list[dict[str, Any]] | None) -> dict[str, Any]:
    """Attributed statements: the predicted records (``attributed_to``, ``relay``, ``source_type``,
    ``modality``) of each doc against its gold statements."""
    a_tp = a_fp = a_fn = 0
    c: Counter[str] = Counter()
    for docid, art_id, ga in located:
        pc = preds_by.get(art_id, [])
        pairs = match_spans([(x["start"], x["end"]) for x in pc], [(g["start"], g["end"]) for g in ga])
        a_tp += len(pairs)
        a_fp += len(pc) - len(pairs)
        a_fn += len(ga) - len(pairs)
        matched = dict((j, i) for i, j in pairs)
        # clause-level view (as eval_pages): an unmatched record inside a gold content is a piece of it
        c["nested"] += sum(1 for i, x in enumerate(pc) if i not in {p for p, _ in pairs}
                           and any(g["start"] <= x["start"] and x["end"] <= g["end"] + 1 for g in ga))
        for j, g in enumerate(ga):
            i = matched.get(j)
            pred = pc[i] if i is not None else None
            src_ok = bool(pred and g["source"] and same_person(pred["attributed_to"], g["source"]))
            if g.get("type") == "anonymous":
                c["anon_n"] += 1
                c["anon_found"] += src_ok
                c["anon_typed"] += bool(src_ok and pred and pred.get("source_type") == "anonymous")
            if pred is None:
                if errors is not None:
                    errors.append({"doc": docid, "kind": "missed", "text": g["text"][:80],
                                   "gold": g["source"]})
                continue
            if g["source"]:
                c["source_n"] += 1
                c["source_ok"] += src_ok
                if not src_ok and errors is not None:
                    errors.append({"doc": docid, "kind": "source", "text": g["text"][:80],
                                   "gold": g["source"], "pred": pred["attributed_to"]})
            if g.get("type"):
                c["type_n"] += 1
                c["type_ok"] += pred.get("source_type", "") == g["type"]
            if g["relay"]:
                relay_ok = same_person(pred.get("relay", ""), g["relay"])
                c["relay_n"] += 1
                c["relay_ok"] += relay_ok
                c["chain_ok"] += relay_ok and src_ok
                if not (relay_ok and src_ok) and errors is not None:
                    errors.append({"doc": docid, "kind": "relay", "text": g["text"][:80],
                                   "gold": [g["source"], g["relay"]],
                                   "pred": [pred["attributed_to"], pred.get("relay", "")]})
            c["modality_ok"] += pred["modality"] == g["modality"]
    return {
        "attribution.spans": PRF(a_tp, a_fp, a_fn).row(),
        "attribution.spans_clause_level": PRF(a_tp, a_fp - c["nested"], a_fn).row(),
        "attribution.source_accuracy": _ratio(c["source_ok"], c["source_n"]), "attribution.source_n": c["source_n"],
        "attribution.source_type_accuracy": _ratio(c["type_ok"], c["type_n"]),
        "attribution.relay_accuracy": _ratio(c["relay_ok"], c["relay_n"]), "attribution.relay_n": c["relay_n"],
        "attribution.relay_chain_accuracy": _ratio(c["chain_ok"], c["relay_n"]),
        "attribution.modality_accuracy": _ratio(c["modality_ok"], a_tp),
        "anonymous.n": c["anon_n"],
        "anonymous.recall": _ratio(c["anon_found"], c["anon_n"]),
        "anonymous.typed_recall": _ratio(c["anon_typed"], c["anon_n"]),
    }


def evaluate(eval_dir: Path = EVAL, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    dossier, ids = build_wmt(eval_dir)
    return score(dossier, ids, load_gold(), errors)


def english_docs(eval_dir: Path = EVAL) -> list[tuple[str, str, list[tuple[int, int, int]]]]:
    """(docid, text, seg offsets) of the English reference of each French-original doc, laid out
    as the French record (``benchmarks.gold.wmt.record``: headline apart, one paragraph per seg)."""
    from benchmarks.gold.wmt import EN_FILE, read_sgm, record, seg_offsets

    out = []
    for docid, segs in read_sgm(eval_dir / EN_FILE):
        text = record(docid, segs)["text"]
        out.append((docid, text, seg_offsets(text, segs[1:])))
    return out


def score_english(golds: list[dict[str, Any]], eval_dir: Path = EVAL,
                  errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The French gold projected onto the English reference, scored per seg (English seg k carries
    the items of French seg k; ``benchmarks.gold.wmt.project_english``): a gold item is found when
    its seg holds a predicted quote (for quotes) or a reporting frame's content (for attributed
    statements), one-to-one within the seg. Speakers and sources are scored on the items whose
    French speaker form (a name) is written the same way in the English doc, folded: names
    survive translation, roles and pronouns do not."""
    from benchmarks.gold.wmt import article_texts, segs_of
    from recoupe.lang import pack
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse, frame_sources
    from recoupe.nlp.pipeline import load, parse_with_context
    from recoupe.resolve.names import fold

    fr_text = dict(article_texts(eval_dir))
    by_doc = {g["doc"]: g for g in golds}
    docs = [d for d in english_docs(eval_dir) if d[0] in by_doc and d[0] in fr_text]
    nlp = load(pack("en").model)
    c: Counter[str] = Counter()
    for doc, k in parse_with_context(nlp, ((text, None, k) for k, (_, text, _) in enumerate(docs))):
        docid, text, spans = docs[k]  # type: ignore[index]
        where = resolve(by_doc[docid], fr_text[docid])
        if where is None:
            c["stale"] += 1
            continue
        res = analyse(doc, Article(id=docid, origin=docid, text=text, language="en"))
        folded = fold(text)
        preds = {"quotes": [(segs_of(spans, q.start, q.end)[:1], q.speaker) for q in res.quotes],
                 "attributions": [(segs_of(spans, s, e)[:1], name) for s, e, name, _ in frame_sources(doc)]}
        for kind, who in (("quotes", "speaker"), ("attributions", "source")):
            by_seg: dict[int, list[str]] = {}
            for seg, name in preds[kind]:
                if seg:
                    by_seg.setdefault(seg[0], []).append(name)
            gold_by_seg: dict[int, list[dict[str, Any]]] = {}
            for item in where[kind]:
                if item.get("segs") and item["segs"][0] in {s for s, _, _ in spans}:
                    gold_by_seg.setdefault(item["segs"][0], []).append(item)
            c[f"{kind}.pred"] += sum(len(v) for v in by_seg.values())
            for seg, items in gold_by_seg.items():
                got = by_seg.get(seg, [])
                c[f"{kind}.gold"] += len(items)
                c[f"{kind}.tp"] += min(len(items), len(got))
                for item in items:
                    forms = [f for f in item[who] if len(fold(f)) >= 3 and fold(f) in folded]
                    if not forms or not got:
                        continue
                    ok = any(same_person(name, forms) for name in got)
                    c[f"{kind}.who_n"] += 1
                    c[f"{kind}.who_ok"] += ok
                    if not ok and errors is not None:
                        errors.append({"doc": docid, "kind": f"{kind}.{who}", "seg": seg, "gold": forms, "pred": got})
    out: dict[str, Any] = {"docs": len(docs) - c["stale"]}
    for kind, who in (("quotes", "speaker"), ("attributions", "source")):
        tp, gold, pred = c[f"{kind}.tp"], c[f"{kind}.gold"], c[f"{kind}.pred"]
        out[f"{kind}.segs"] = PRF(tp, max(pred - tp, 0), gold - tp).row()
        out[f"{kind}.{who}_accuracy_names"] = _ratio(c[f"{kind}.who_ok"], c[f"{kind}.who_n"])
        out[f"{kind}.{who}_n"] = c[f"{kind}.who_n"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["fr", "en"], default="fr",
                    help="fr: the French articles (default); en: their English reference, the gold projected per seg")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--errors", type=Path, help="write the wrong speakers/sources and misses here (JSON lines)")
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is absent: nothing to score")
        return 0
    if not list(GOLD.glob("*.json")):
        print(f"no WMT gold under {GOLD}", file=sys.stderr)
        return 2
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    res = score_english(load_gold(), EVAL, errors) if args.lang == "en" else evaluate(errors=errors)
    write_outputs(res, args.json, args.errors, errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
