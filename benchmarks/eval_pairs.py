"""Score recoupe's cross-checking against the issue-13 gold: same-fact grouping, contradictions,
updates, `confirmed`, modality.

    python -m benchmarks.eval_pairs [--gold FILE] [--data DIR] [--json OUT] [--keep DIR] [--misses]
                                    [--set key=value ...]

``--set stories.reread=true`` (any setting, TOML value) builds with that setting instead of the default.

Gold: ``benchmarks/gold/pairs/rss.json`` (``benchmarks/gold/pairs.py``; conventions in
``benchmarks/gold/README.md`` §12), or with ``--gold benchmarks/gold/pairs/heldout.json`` the
held-out set (days 19-21, never tuned on). The gold file names its data folder, its days and its
stories' items, so ``--data`` is only needed to read another copy of the eval data. Its items (RSS
headlines + leads of ``rss-trends-fr``) are rebuilt from ``../shared/eval-data`` as JSON records,
written to one temporary JSONL file and built into a fresh store with the library
(``recoupe.pipeline.build``); the results are read through
``recoupe.report.dossier.build_dossier`` (claims with group, modality and negation; claim groups
with status; contradictions with kind and claim ids), so any change to grouping, status or
contradictions flows through.

**Mapping rule.** A gold span maps to the recoupe claim of its article that overlaps it by the
most characters (ties: the shortest claim, then the one that starts first); a span no claim
overlaps is *unmapped*. A claim may carry several gold spans (it is then their one prediction). A
span is one clause with what it governs, so when that claim is an adverbial clause inside the span (« après avoir… »,
« pour avoir… », « tant que… », « si… ») and the span also holds a main clause apart from it, the
span maps to that main clause (since 2026-12-05, sixth session; ``--map-by-overlap`` gives the
earlier rule: 4 of 1,073 spans of the three read golds map otherwise). A claim's text runs from
its first to its last word, so a main clause's claim also covers a relative or participial clause
nested in it (« La crue, | qui a submergé N maisons, | recule »), which recoupe reads as a claim of its
own: a span that is that nested clause overlaps both claims alike, and maps to the shorter one, its
clause (since 2026-12-07, twenty-seventh session; ``--first-on-ties`` gives the earlier tie rule).

Scores:

* **claim groups**, pairwise over the labelled pairs (every pair of annotated spans of one
  story; 'same fact' = positive): predicted same when both spans map to claims of one group
  (or to the same claim); an unmapped span is predicted apart from everything. Also printed
  without the pairs whose two spans map to one claim (what grouping alone decides).
* **contradictions**: a reported contradiction between claims c1 and c2 is *in scope* when some
  span mapped to c1 and some span mapped to c2 belong to one annotated story (and differ); it is
  a true positive when one of those span pairs is a gold contradiction (kind-agnostic), and with
  the same kind for the kind-aware score; otherwise a false positive. Recall is over the gold
  contradiction pairs found. Reported contradictions outside scope are counted, not scored.
* **updates** wrongly reported as contradictions: in-scope reported contradictions whose span
  pairs include a gold update pair.
* **confirmed**: every recoupe group whose claims carry mapped spans gets the fact most of
  those spans have; per status, how many such groups have a gold-confirmed fact (precision of
  `confirmed` = that fraction for status ``confirmed``). Statuses are taken as recoupe gives them.
  A second line keeps the confirmed groups whose spans come from two outlets at least: the gold
  spans only some sentences, and a group it annotates in one outlet (« qui a parcouru 6 300
  hectares » told by three) it counts as single-source whatever the other outlets say.
* **modality** on mapped spans: accuracy, confusion matrix, per-label P/R/F1 (``denied``
  precision especially); polarity agreement with the claim's ``negated`` flag.

Exits 0 with a message when the eval-data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks.gold.pairs import GOLD, MODALITIES, Gold, data_of, load, norm_link
from benchmarks.scoring import PRF

ROOT = Path(__file__).resolve().parent.parent
# recoupe's names for the gold's contradiction kinds (kind-aware score); any other name is kept
# as is, so a kind the gold does not use (``self`` today) never matches.
KIND_ALIASES = {"number": "quantity"}


# ---------------------------------------------------------------------------------------------
# mapping gold spans to recoupe claims


# a claim that opens with one of these is an adverbial clause of the span's main clause: its time,
# cause, purpose or condition (« après avoir… », « pour avoir… », « tant que… », « si… »). Relative
# and complement clauses are not in the list: recoupe may carry the span's fact on them (« a
# rejeté les affirmations | selon lesquelles … »: the denied content)
_DEPENDENT = re.compile(r"(?:lorsque|lorsqu|quand|puisque|puisqu|parce|tandis|alors|afin|apres|avant|pour|sans|"
                        r"tant|si)\b")


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(ch) != "Mn")


def dependent(text: str) -> bool:
    """Does a claim's text open an adverbial clause (of time, cause, purpose or condition)?
    « après avoir été emporté par la crue », « tant que la digue tiendra »: yes; « Le feu a parcouru
    800 hectares », « qui a parcouru 800 hectares », « Selon la police, … »: no."""
    return bool(_DEPENDENT.match(_fold(text).lstrip(" «\"'(,")))


def map_spans(gold: Gold, dossier: dict[str, Any], main_clause: bool = True,
              tightest: bool = True) -> dict[str, str | None]:
    """gold span id -> id of the recoupe claim overlapping it most (None: unmapped); of claims that
    overlap it alike, the shortest (``tightest``: the clause nested in a longer claim that the span is),
    then the one that starts first. With
    ``main_clause`` (the default since 2026-12-05, sixth session), when that claim is an adverbial
    clause lying wholly inside the span and the span also wholly holds a claim apart from it that is
    not one, the span maps to the longest such claim: its main clause (« Le maire a été condamné
    jeudi | pour avoir menacé son rival »: the conviction, not the clause of its motive)."""
    art_of_link = {norm_link(a["url"]): a["id"] for a in dossier["articles"] if a.get("url")}
    claims_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in dossier["claims"]:
        claims_of[c["article"]].append(c)
    out: dict[str, str | None] = {}
    for sid, sp in gold.spans.items():
        cands = claims_of.get(art_of_link.get(sp.item, ""), [])
        best, best_key = None, None
        for c in cands:
            ov = min(sp.end, c["end"]) - max(sp.start, c["start"])
            key = (ov, -(c["end"] - c["start"]) if tightest else 0, -c["start"])
            if ov > 0 and (best_key is None or key > best_key):
                best, best_key = c, key
        if (main_clause and best is not None and sp.start <= best["start"] and best["end"] <= sp.end
                and dependent(best.get("text", ""))):
            main = [c for c in cands if sp.start <= c["start"] and c["end"] <= sp.end
                    and (c["end"] <= best["start"] or c["start"] >= best["end"]) and not dependent(c.get("text", ""))]
            if main:
                best = max(main, key=lambda c: (c["end"] - c["start"], -c["start"]))
        out[sid] = best["id"] if best is not None else None
    return out


# ---------------------------------------------------------------------------------------------
# scores (pure functions of the gold, the dossier and the mapping: testable without a model)


def score_groups(gold: Gold, dossier: dict[str, Any], m: dict[str, str | None]) -> dict[str, Any]:
    group = {c["id"]: (c["group"] or c["id"]) for c in dossier["claims"]}
    tp = fp = fn = tn = 0
    tp2 = fp2 = fn2 = 0
    same_claim = 0
    for pair, same in gold.pairs().items():
        a, b = sorted(pair)
        ca, cb = m.get(a), m.get(b)
        pred = ca is not None and cb is not None and group.get(ca, ca) == group.get(cb, cb)
        tp += pred and same
        fp += pred and not same
        fn += same and not pred
        tn += not pred and not same
        if ca is not None and ca == cb:
            same_claim += 1
            continue
        tp2 += pred and same
        fp2 += pred and not same
        fn2 += same and not pred
    return {"pairwise": PRF(tp, fp, fn).row(), "true_negatives": tn,
            "pairwise_without_same_claim": PRF(tp2, fp2, fn2).row(), "pairs_on_one_claim": same_claim}


def _span_pairs(gold: Gold, m: dict[str, str | None], c1: str, c2: str) -> set[frozenset[str]]:
    on: dict[str, list[str]] = defaultdict(list)
    for sid, cid in m.items():
        if cid is not None:
            on[cid].append(sid)
    out = set()
    for a in on.get(c1, []):
        for b in on.get(c2, []):
            if a != b and gold.spans[a].story == gold.spans[b].story:
                out.add(frozenset((a, b)))
    return out


def score_contradictions(gold: Gold, dossier: dict[str, Any], m: dict[str, str | None]) -> dict[str, Any]:
    gold_kind = {frozenset((c["a"], c["b"])): c["kind"] for c in gold.contradictions}
    updates = {frozenset((u["a"], u["b"])) for u in gold.updates}
    found_any: set[frozenset[str]] = set()
    found_kind: set[frozenset[str]] = set()
    fp_any = fp_kind = out_of_scope = on_updates = 0
    by_kind: Counter[str] = Counter()
    wrong: list[dict[str, Any]] = []
    for x in dossier["contradictions"]:
        c1, c2 = x["claims"][0], x["claims"][1]
        cands = _span_pairs(gold, m, c1, c2)
        if not cands:
            out_of_scope += 1
            continue
        by_kind[x["kind"]] += 1
        hits = [p for p in cands if p in gold_kind]
        on_updates += any(p in updates for p in cands)
        if hits:
            found_any.update(hits)
            kind = KIND_ALIASES.get(x["kind"], x["kind"])
            same_kind = [p for p in hits if gold_kind[p] == kind]
            if same_kind:
                found_kind.update(same_kind)
            else:
                fp_kind += 1
        else:
            fp_any += 1
            fp_kind += 1
            wrong.append({"kind": x["kind"], "spans": sorted(sorted(p) for p in cands)[:3]})
    n = len(gold_kind)
    per_kind = {}
    for kind in sorted(set(gold_kind.values())):
        pairs = {p for p, k in gold_kind.items() if k == kind}
        per_kind[kind] = {"gold": len(pairs), "found_any_kind": len(pairs & found_any),
                          "found_same_kind": len(pairs & found_kind)}
    return {"kind_agnostic": PRF(len(found_any), fp_any, n - len(found_any)).row(),
            "kind_aware": PRF(len(found_kind), fp_kind, n - len(found_kind)).row(),
            "per_gold_kind": per_kind, "reported_in_scope_by_kind": dict(sorted(by_kind.items())),
            "reported_out_of_scope": out_of_scope, "updates_reported_as_contradictions": on_updates,
            "gold_updates": len(updates), "false_positive_examples": wrong[:10]}


def score_status(gold: Gold, dossier: dict[str, Any], m: dict[str, str | None]) -> dict[str, Any]:
    group_of = {c["id"]: c["group"] for c in dossier["claims"]}
    status = {g["id"]: g["status"] for g in dossier["claim_groups"]}
    facts_in: dict[str, Counter[str]] = defaultdict(Counter)
    for sid, cid in m.items():
        if cid is not None and group_of.get(cid):
            facts_in[group_of[cid]][gold.spans[sid].fact] += 1
    outlets_in: dict[str, set[str]] = defaultdict(set)
    for sid, cid in m.items():
        if cid is not None and group_of.get(cid):
            outlets_in[group_of[cid]].add(gold.spans[sid].outlet)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    judged = Counter()
    for gid, facts in facts_in.items():
        fact = sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        confirmed = gold.facts.get(fact, {}).get("confirmed")
        per[status.get(gid, "?")]["gold_confirmed" if confirmed else "not_confirmed"] += 1
        # the gold spans only some sentences: where it annotates the group in a single outlet it
        # cannot tell a confirmation (the other outlets' sentences are not in it)
        if status.get(gid) == "confirmed" and len(outlets_in[gid]) >= 2:
            judged["gold_confirmed" if confirmed else "not_confirmed"] += 1
    out: dict[str, Any] = {s: dict(c) for s, c in sorted(per.items())}
    conf = per.get("confirmed", Counter())
    total = conf["gold_confirmed"] + conf["not_confirmed"]
    out["confirmed_precision"] = round(conf["gold_confirmed"] / total, 4) if total else None
    out["confirmed_groups_mapped"] = total
    n_judged = judged["gold_confirmed"] + judged["not_confirmed"]
    out["confirmed_precision_judgeable"] = round(judged["gold_confirmed"] / n_judged, 4) if n_judged else None
    out["confirmed_groups_judgeable"] = n_judged
    gold_conf = sum(1 for f in {s.fact for s in gold.spans.values()} if gold.facts.get(f, {}).get("confirmed"))
    out["gold_confirmed_facts"] = gold_conf
    return out


def score_modality(gold: Gold, dossier: dict[str, Any], m: dict[str, str | None]) -> dict[str, Any]:
    claims = {c["id"]: c for c in dossier["claims"]}
    conf: Counter[tuple[str, str]] = Counter()
    pol_ok = pol_n = 0
    for sid, cid in m.items():
        if cid is None:
            continue
        sp, c = gold.spans[sid], claims[cid]
        conf[(sp.modality, c["modality"])] += 1
        pol_n += 1
        pol_ok += (sp.polarity == "negative") == bool(c.get("negated"))
    labels = sorted(set(MODALITIES) | {p for _, p in conf})
    n = sum(conf.values())
    per = {}
    for lab in labels:
        tp = conf[(lab, lab)]
        per[lab] = PRF(tp, sum(v for (g, p), v in conf.items() if p == lab and g != lab),
                       sum(v for (g, p), v in conf.items() if g == lab and p != lab)).row()
    return {"mapped": n, "accuracy": round(sum(conf[(x, x)] for x in labels) / n, 4) if n else 0.0,
            "confusion": {g: {p: conf[(g, p)] for p in labels} for g in labels}, "per_label": per,
            "polarity_agreement": round(pol_ok / pol_n, 4) if pol_n else 0.0}


def score(gold: Gold, dossier: dict[str, Any], main_clause: bool = True, tightest: bool = True) -> dict[str, Any]:
    m = map_spans(gold, dossier, main_clause, tightest)
    return {"spans": len(gold.spans), "mapped_spans": sum(v is not None for v in m.values()),
            "groups": score_groups(gold, dossier, m), "contradictions": score_contradictions(gold, dossier, m),
            "status": score_status(gold, dossier, m), "modality": score_modality(gold, dossier, m)}


# ---------------------------------------------------------------------------------------------
# building


def build_dossier_for(gold: Gold, workdir: Path, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from recoupe.storage import Store

    path = workdir / "items.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for link in sorted(gold.articles):
            f.write(json.dumps(gold.articles[link], ensure_ascii=False) + "\n")
    with Store.open(workdir / "pairs.db") as s:
        build(s, [str(path)], fmt="jsonl",
              settings=Settings.load(**{k.replace(".", "__"): v for k, v in (overrides or {}).items()}))
        return build_dossier(s)


def _prf(name: str, r: dict[str, Any]) -> str:
    return f"{name:<44}{r['p']:>7.3f}{r['r']:>7.3f}{r['f1']:>7.3f}   tp={r['tp']} fp={r['fp']} fn={r['fn']}"


def report(res: dict[str, Any]) -> None:
    print(f"spans {res['spans']}, mapped to a recoupe claim {res['mapped_spans']}")
    g, c = res["groups"], res["contradictions"]
    print(f"{'':<44}{'P':>7}{'R':>7}{'F1':>7}")
    print(_prf("claim groups, pairwise", g["pairwise"]))
    print(_prf(f"  without the {g['pairs_on_one_claim']} pairs on one claim", g["pairwise_without_same_claim"]))
    print(_prf("contradictions, kind-agnostic", c["kind_agnostic"]))
    print(_prf("contradictions, kind-aware", c["kind_aware"]))
    print(f"  per gold kind: {c['per_gold_kind']}")
    print(f"  reported in scope by kind: {c['reported_in_scope_by_kind']}; out of scope: {c['reported_out_of_scope']}")
    print(f"updates reported as contradictions: {c['updates_reported_as_contradictions']} "
          f"(gold updates {c['gold_updates']})")
    st = res["status"]
    print(f"confirmed precision: {st['confirmed_precision']} over {st['confirmed_groups_mapped']} mapped confirmed "
          f"groups (gold-confirmed facts: {st['gold_confirmed_facts']})")
    print(f"  on the {st['confirmed_groups_judgeable']} of them the gold annotates in >= 2 outlets: "
          f"{st['confirmed_precision_judgeable']}")
    for k, v in st.items():
        if isinstance(v, dict):
            print(f"  status {k}: {v}")
    mo = res["modality"]
    print(f"modality accuracy {mo['accuracy']:.3f} on {mo['mapped']} mapped spans; polarity agreement "
          f"{mo['polarity_agreement']:.3f}")
    labels = list(mo["confusion"])
    print("  gold \\ pred " + "".join(f"{x[:5]:>7}" for x in labels))
    for gl in labels:
        print(f"  {gl:<12}" + "".join(f"{mo['confusion'][gl][p]:>7}" for p in labels))
    for lab, r in mo["per_label"].items():
        print(_prf(f"  {lab}", r))


def misses(gold: Gold, dossier: dict[str, Any], main_clause: bool = True, tightest: bool = True) -> list[str]:
    """Lines that show each gold contradiction pair not found (both spans, the recoupe claims they
    map to, their stories and groups) and each reported contradiction in scope that is not gold:
    printed by ``--misses`` (to the terminal only: the texts are the eval set's)."""
    m = map_spans(gold, dossier, main_clause, tightest)
    claims = {c["id"]: c for c in dossier["claims"]}
    story_of = {a: st["id"] for st in dossier["stories"] for a in st.get("articles", [])}
    gold_kind = {frozenset((c["a"], c["b"])): c["kind"] for c in gold.contradictions}
    found: set[frozenset[str]] = set()
    out: list[str] = []
    for x in dossier["contradictions"]:
        cands = _span_pairs(gold, m, x["claims"][0], x["claims"][1])
        found |= cands & gold_kind.keys()
        if cands and not cands & gold_kind.keys():
            a, b = (claims[c]["text"][:100] for c in x["claims"][:2])
            out.append(f"FALSE {x['kind']} ({x['story']}): « {a} » / « {b} »")

    def side(sid: str) -> str:
        sp, cid = gold.spans[sid], m.get(sid)
        c = claims.get(cid or "", {})
        where = f"story {story_of.get(c.get('article'))} group {c.get('group')}" if c else "no claim"
        return f"    [{sid} {sp.outlet} {sp.modality}] « {sp.text[:110]} » -> {where}: « {c.get('text', '')[:90]} »"

    for pair, kind in sorted(gold_kind.items(), key=lambda kv: (kv[1], sorted(kv[0]))):
        if pair not in found:
            a, b = sorted(pair)
            out += [f"MISSED {kind}", side(a), side(b)]
    # `confirmed` groups whose fact (the one most of their mapped spans have) the gold does not confirm
    status = {g["id"]: g["status"] for g in dossier["claim_groups"]}
    spans_in: dict[str, list[str]] = defaultdict(list)
    for sid, cid in m.items():
        if cid is not None and claims.get(cid, {}).get("group"):
            spans_in[claims[cid]["group"]].append(sid)
    for gid, sids in sorted(spans_in.items()):
        facts = Counter(gold.spans[s].fact for s in sids)
        fact = sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if status.get(gid) == "confirmed" and not gold.facts.get(fact, {}).get("confirmed"):
            out.append(f"FALSE confirmed {gid} (fact {fact})")
            out += [f"    [{c['id']} {c.get('outlet', '')} {c.get('modality')}] "
                    f"story {story_of.get(c.get('article'))}: « {c['text'][:100]} »"
                    for c in dossier["claims"] if c.get("group") == gid]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, help="the eval-data folder (default: the one the gold file names)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--keep", type=Path, help="build here and keep the store (default: a temp dir)")
    ap.add_argument("--misses", action="store_true", help="also print the contradictions missed and the false ones")
    ap.add_argument("--map-by-overlap", action="store_true",
                    help="map each span to the claim it overlaps most, even an adverbial clause "
                         "(the rule before 2026-12-05, sixth session)")
    ap.add_argument("--first-on-ties", action="store_true",
                    help="of claims that overlap a span alike, map it to the first, not the shortest "
                         "(the rule before 2026-12-07, twenty-seventh session)")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE",
                    help="settings for the build (TOML values: stories.reread=true)")
    args = ap.parse_args(argv)
    overrides = {k: tomllib.loads(f"v = {v}")["v"] for k, v in (x.split("=", 1) for x in args.set)}
    data = args.data or data_of(json.loads(args.gold.read_text("utf-8")))
    if not data.is_dir():
        print(f"eval data not found at {data}: nothing to score.")
        return 0
    gold, _ = load(args.gold, data)
    print(f"gold {args.gold.name}: {len(gold.articles)} articles of {data.name}")
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="recoupe-pairs-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        dossier = build_dossier_for(gold, tmp, overrides)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    res = score(gold, dossier, not args.map_by_overlap, not args.first_on_ties)
    report(res)
    if args.misses:
        print("\n".join(misses(gold, dossier, not args.map_by_overlap, not args.first_on_ties)))
    print(json.dumps(res, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
