"""``make eval``: quality per stage, against our hand-annotated gold and the public sets.

    python -m benchmarks.eval [--db FILE] [--json OUT] [--skip-public]

Sample-corpus gold lives in ``benchmarks/gold/sample/`` (one JSON per article plus cross.json;
guidelines in benchmarks/gold/README.md). The sample is built into a fresh store (or ``--db``)
and every stage is scored: cleaning (removed lines, title, date), entity mentions, entity
resolution (B-cubed and wrong merges), claims (span P/R/F1, modality confusion, attribution),
quotes (span P/R/F1, speaker accuracy), time expressions (strict/relaxed, value), timeline
events, claim groups (pairwise), contradictions, stories. Public sets (French TimeBank, text
extraction, attribution and quotes on the French trafilatura-eval pages) are scored by their own
modules when ``../shared/eval-data`` is present.
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

from rapidfuzz import fuzz

from benchmarks.scoring import PRF, bcubed, match_spans, pairwise, prf_sets, wrong_merges
from recoupe.model import MODALITIES
from recoupe.resolve.names import fold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "sample"
EXAMPLES = ROOT / "examples"
EVAL_DATA = ROOT.parent / "shared" / "eval-data"


def load_gold() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    docs = {}
    for p in sorted(GOLD.glob("*.json")):
        if p.name == "cross.json":
            continue
        g = json.loads(p.read_text("utf-8"))
        docs[g["article"]] = g
    cross_path = GOLD / "cross.json"
    cross = json.loads(cross_path.read_text("utf-8")) if cross_path.exists() else {}
    return docs, cross


def build_sample(db: Path | None) -> dict[str, Any]:
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    if db is not None and db.exists():
        with Store.open(db) as s:
            return build_dossier(s)
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-eval-"))
    try:
        with Store.open(db or tmp / "eval.db") as s:
            build(s, [str(EXAMPLES)])
            return build_dossier(s)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _name_of(a: dict[str, Any]) -> str:
    return Path(a["origin"].split("#")[0]).name


def _locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th appearance of ``needle`` (gold strings are exact substrings)."""
    if not needle.strip():
        return None
    if text.find(needle) < 0:
        needle = needle.strip()
    i = -1
    for _ in range(max(occurrence, 1)):
        i = text.find(needle, i + 1)
        if i < 0:
            return None
    return i, i + len(needle)


def _matched(text: str, preds: list[dict[str, Any]], gold: list[dict[str, Any]],
             field: str) -> tuple[list[tuple[dict[str, Any], tuple[int, int]]], list[tuple[int, int]]]:
    """Locate gold items in the text (by ``field``, honouring ``occurrence``) and pair them one to
    one with predictions by span overlap; return the located gold and the index pairs."""
    located = [(x, _locate(text, x[field], x.get("occurrence", 1))) for x in gold]
    golds = [(x, sp) for x, sp in located if sp is not None]
    return golds, match_spans([(p["start"], p["end"]) for p in preds], [sp for _, sp in golds])


def _gold_names(gdocs: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    """Gold entity id -> every folded surface form (mentions, descriptions, its name)."""
    names: dict[str, set[str]] = {}
    for g in gdocs.values():
        for e in g.get("entities", []):
            forms = names.setdefault(e["id"], set())
            forms.add(fold(e["name"]))
            forms.update(fold(m) for m in e.get("mentions", []) + e.get("descriptions", []))
    return names


def same_source(pred: str, gold: str, names: dict[str, set[str]]) -> bool:
    """Does the predicted source text name the gold source (an entity id or a description)?"""
    if not pred or not gold:
        return not pred and not gold
    fp = fold(pred)
    if gold in names:
        forms = names[gold]
        return fp in forms or any(f and (f in fp or fp in f) and min(len(f), len(fp)) >= 3 for f in forms)
    return fuzz.token_set_ratio(fp, fold(gold)) >= 80


def score(dossier: dict[str, Any], gdocs: dict[str, dict[str, Any]], cross: dict[str, Any]) -> dict[str, Any]:
    arts = {_name_of(a): a for a in dossier["articles"]}
    names = _gold_names(gdocs)
    out: dict[str, Any] = {}

    # -- clean ---------------------------------------------------------------------------------
    removed_pred, removed_gold = set(), set()
    title_ok = date_ok = n_docs = 0
    for name, g in gdocs.items():
        a = arts.get(name)
        if a is None:
            continue
        n_docs += 1
        removed_pred |= {(name, " ".join(x.split())) for x in a["removed_lines"]}
        removed_gold |= {(name, " ".join(x.split())) for x in g.get("removed_lines", [])}
        title_ok += fold(a["title"]) == fold(g.get("title", ""))
        date_ok += (a["published"] or None) == (g.get("published") or None)
    out["clean.removed_lines"] = prf_sets(removed_pred, removed_gold).row()
    out["clean.title_accuracy"] = round(title_ok / max(n_docs, 1), 4)
    out["clean.published_accuracy"] = round(date_ok / max(n_docs, 1), 4)

    # -- entity mentions (named forms, per article, type-agnostic and typed) ---------------------------
    pm, gm, pmt, gmt = set(), set(), set(), set()
    by_article_entities: dict[str, list[dict[str, Any]]] = {}
    for e in dossier["entities"]:
        for m in e["mentions"]:
            by_article_entities.setdefault(m["article"], []).append(
                {"text": m["text"], "id": e["id"], "type": e["type"]})
    pred_cluster: dict[tuple[str, str], str] = {}
    gold_cluster: dict[tuple[str, str], str] = {}
    for name, g in gdocs.items():
        a = arts.get(name)
        if a is None:
            continue
        for m in by_article_entities.get(a["id"], []):
            pm.add((name, fold(m["text"])))
            pmt.add((name, fold(m["text"]), m["type"]))
            pred_cluster[(name, fold(m["text"]))] = m["id"]
        for e in g.get("entities", []):
            for s in e.get("mentions", []):
                gm.add((name, fold(s)))
                gmt.add((name, fold(s), e["type"]))
                gold_cluster[(name, fold(s))] = e["id"]
    out["entities.mentions"] = prf_sets(pm, gm).row()
    out["entities.mentions_typed"] = prf_sets(pmt, gmt).row()
    out["entities.resolution_bcubed"] = bcubed(pred_cluster, gold_cluster)
    merges = wrong_merges(pred_cluster, gold_cluster)
    out["entities.wrong_merges"] = len(merges)
    out["entities.wrong_merge_pairs"] = [list(map(str, p)) for p in merges[:20]]

    # -- claims, quotes, timexes, events -----------------------------------------------------------
    claim_tp = claim_fp = claim_fn = 0
    confusion: Counter[tuple[str, str]] = Counter()
    polarity: Counter[tuple[bool, bool]] = Counter()
    attr_ok = attr_n = 0
    quote_tp = quote_fp = quote_fn = 0
    speaker_ok = speaker_n = 0
    tx_strict = tx_relaxed = tx_pred = tx_gold = tx_value_ok = 0
    ev_ok = ev_gold = 0
    claim_of_gold: dict[tuple[str, str], str] = {}  # (article, gold span) -> predicted claim id
    for name, g in gdocs.items():
        a = arts.get(name)
        if a is None:
            continue
        text = a["text"]
        preds = [c for c in dossier["claims"] if c["article"] == a["id"]]
        golds, pairs = _matched(text, preds, g.get("claims", []), "span")
        claim_tp += len(pairs)
        claim_fp += len(preds) - len(pairs)
        claim_fn += len(golds) - len(pairs)
        for i, j in pairs:
            pc, (gc, _) = preds[i], golds[j]
            confusion[(gc["modality"], pc["modality"])] += 1
            polarity[(gc.get("polarity", "positive") == "negative", bool(pc.get("negated")))] += 1
            attr_n += 1
            attr_ok += same_source(pc["attributed_to"], gc.get("attributed_to", ""), names)
            claim_of_gold[(name, gc["span"])] = pc["id"]
        pq = [q for q in dossier["quotes"] if q["article"] == a["id"]]
        gq, qpairs = _matched(text, pq, g.get("quotes", []), "text")
        quote_tp += len(qpairs)
        quote_fp += len(pq) - len(qpairs)
        quote_fn += len(gq) - len(qpairs)
        for i, j in qpairs:
            speaker_n += 1
            speaker_ok += same_source(pq[i]["speaker"], gq[j][0].get("speaker", ""), names)
        # time expressions: the dossier keeps them per event; score the tagger on the clean text
        from datetime import date as _date

        from recoupe.nlp.timex import tag

        anchor = _date.fromisoformat(a["published"]) if a["published"] else None
        ptx = tag(text, anchor)
        gtx = [(t, _locate(text, t["text"], t.get("occurrence", 1))) for t in g.get("timexes", [])]
        gtx = [(t, s) for t, s in gtx if s is not None]
        tx_pred += len(ptx)
        tx_gold += len(gtx)
        tpairs = match_spans([(t.start, t.end) for t in ptx], [s for _, s in gtx], min_ratio=0.01)
        tx_relaxed += len(tpairs)
        for i, j in tpairs:
            tx_strict += (ptx[i].start, ptx[i].end) == gtx[j][1]
            tx_value_ok += ptx[i].value == gtx[j][0]["value"]
        pev = [e for e in dossier["timeline"] if e["article"] == a["id"]]
        for ge in g.get("events", []):
            span = _locate(text, ge["span"])
            if span is None:
                continue
            ev_gold += 1
            claims = {c["id"]: c for c in preds}
            ev_ok += any(
                e["start"] == ge.get("start") and claims.get(e["claim"]) is not None
                and match_spans([(claims[e["claim"]]["start"], claims[e["claim"]]["end"])], [span])
                for e in pev
            )
    out["claims.spans"] = PRF(claim_tp, claim_fp, claim_fn).row()
    acc = sum(v for (g, p), v in confusion.items() if g == p) / max(sum(confusion.values()), 1)
    out["claims.modality_accuracy"] = round(acc, 4)
    out["claims.modality_confusion"] = {g: {p: confusion[(g, p)] for p in MODALITIES} for g in MODALITIES}
    per_class = {}
    for m in MODALITIES:
        tp = confusion[(m, m)]
        fp = sum(v for (g, p), v in confusion.items() if p == m and g != m)
        fn = sum(v for (g, p), v in confusion.items() if g == m and p != m)
        per_class[m] = PRF(tp, fp, fn).row()
    out["claims.modality_per_class"] = per_class
    # polarity (negated events) is kept apart from modality: P/R of the negative class
    out["claims.polarity_negative"] = PRF(polarity[(True, True)], polarity[(False, True)],
                                          polarity[(True, False)]).row()
    out["claims.attribution_accuracy"] = round(attr_ok / max(attr_n, 1), 4)
    out["quotes.spans"] = PRF(quote_tp, quote_fp, quote_fn).row()
    out["quotes.speaker_accuracy"] = round(speaker_ok / max(speaker_n, 1), 4)
    out["time.strict"] = PRF(tx_strict, tx_pred - tx_strict, tx_gold - tx_strict).row()
    out["time.relaxed"] = PRF(tx_relaxed, tx_pred - tx_relaxed, tx_gold - tx_relaxed).row()
    out["time.value"] = PRF(tx_value_ok, tx_pred - tx_value_ok, tx_gold - tx_value_ok).row()
    out["timeline.event_recall"] = round(ev_ok / max(ev_gold, 1), 4)

    # -- across articles ---------------------------------------------------------------------------
    claims_by_id = {c["id"]: c for c in dossier["claims"]}
    gold_groups: dict[str, str] = {}
    pred_groups: dict[str, str] = {}
    for grp in cross.get("claim_groups", []):
        for mem in grp["members"]:
            cid = claim_of_gold.get((mem["article"], mem["span"]))
            if cid is not None:
                gold_groups[cid] = grp["id"]
                pred_groups[cid] = claims_by_id[cid]["group"] or cid
    # singletons: matched gold claims outside any gold group are their own group
    for (_, _), cid in claim_of_gold.items():
        gold_groups.setdefault(cid, cid)
        pred_groups.setdefault(cid, claims_by_id[cid]["group"] or cid)
    out["claims.groups_pairwise"] = pairwise(pred_groups, gold_groups).row()
    pred_con = {frozenset(x["claims"]) for x in dossier["contradictions"]}
    gold_con = set()
    for con in cross.get("contradictions", []):
        a_id = claim_of_gold.get((con["a"]["article"], con["a"]["span"]))
        b_id = claim_of_gold.get((con["b"]["article"], con["b"]["span"]))
        gold_con.add(frozenset((a_id or f"?{con['a']['span']}", b_id or f"?{con['b']['span']}")))
    out["contradictions"] = prf_sets(pred_con, gold_con).row()
    gold_story = {}
    for n, story in enumerate(cross.get("stories", [])):
        for name in story:
            gold_story[name] = n
    pred_story = {name: a["story"] for name, a in arts.items()}
    out["stories.pairwise"] = pairwise(pred_story, gold_story).row()
    out["stories.bcubed"] = bcubed(pred_story, gold_story)
    return out


def public(skip: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if skip or not EVAL_DATA.exists():
        return {"public": "skipped (../shared/eval-data absent or --skip-public)"}
    try:
        from benchmarks import eval_timebank

        res = eval_timebank.evaluate(EVAL_DATA / "fr-timebank")
        out["fr-timebank"] = res.get("all", res) if isinstance(res, dict) else res
    except ImportError as exc:
        out["fr-timebank"] = f"not available: {exc}"
    try:
        from benchmarks import eval_pages

        out["pages-attribution-quotes"] = eval_pages.evaluate()
    except (ImportError, OSError) as exc:
        out["pages-attribution-quotes"] = f"not available: {exc}"
    try:
        from benchmarks import eval_extraction

        out["extraction"] = eval_extraction.evaluate(EVAL_DATA)
    except (ImportError, AttributeError) as exc:
        out["extraction"] = f"not available: {exc}"
    return out


def print_table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table("stage", "P", "R", "F1", "other", title="recoupe — quality on the sample gold")
    for k, v in results.items():
        if isinstance(v, dict) and "f1" in v:
            t.add_row(k, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}",
                      ", ".join(f"{x}={v[x]}" for x in ("tp", "fp", "fn", "items") if x in v))
        elif isinstance(v, (int, float)):
            t.add_row(k, "", "", "", str(v))
    Console().print(t)
    conf = results.get("claims.modality_confusion")
    if conf:
        per = results.get("claims.modality_per_class", {})
        ct = Table("gold \\ predicted", *MODALITIES, "P", "R", title="modality confusion (matched claims)")
        for g in MODALITIES:
            row = per.get(g, {})
            ct.add_row(g, *(str(conf[g][p]) for p in MODALITIES),
                       f"{row.get('p', 0):.2f}", f"{row.get('r', 0):.2f}")
        Console().print(ct)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="score this store instead of building the sample afresh")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--skip-public", action="store_true", help="score only the sample gold")
    args = ap.parse_args(argv)
    gdocs, cross = load_gold()
    if not gdocs:
        print(f"no gold found under {GOLD}", file=sys.stderr)
        return 2
    results = score(build_sample(args.db), gdocs, cross)
    print_table(results)
    pub = public(args.skip_public)
    print(json.dumps(pub, indent=2, ensure_ascii=False, default=str))
    results["public"] = pub
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
