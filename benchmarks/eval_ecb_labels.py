"""Hand labels of `confirmed` groups and contradictions on the ECB+ dev pile, re-read against a store (issue 13).

    python -m benchmarks.eval_ecb_piles --split dev --keep DIR
    python -m benchmarks.eval_ecb_labels --store DIR/pile.db [--gold benchmarks/gold/ecbpile/dev-labels.json]
    python -m benchmarks.eval_ecb_labels --pile meantime --store DIR/pile.db --gold benchmarks/gold/meantime/labels.json

:mod:`benchmarks.eval_ecb_piles` counts as false only what spans two ECB+ events; most wrong
`confirmed` groups lie inside one event (two facts of it, one source printed twice). The gold
(``benchmarks/gold/README.md`` §17) labels a seeded sample of the `confirmed` groups of one build
and all of its contradictions by hand. Each labelled item is keyed on its claims (ECB+ document
name, character span in the article text as recoupe stored it, SHA-1 of the span), so a store
built by other code is read against it: a labelled group is found again as the store's group
holding most of its claims, a contradiction as the same two claims in a recorded pair. Printed:
the labelled groups still `confirmed` (true / false), the labelled-true ones lost, the labelled
contradictions still found; with ``--misses``, each wrong group still `confirmed` and the pair it rests on."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "gold" / "ecbpile" / "dev-labels.json"

Key = tuple[str, int, int]


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def doc_names(split: str = "dev", pile: str = "ecb") -> dict[str, str]:
    """A pile's article URL -> its ECB+ document name (``pile="meantime"``: its MEANTIME article name,
    the pile of :mod:`benchmarks.eval_meantime_pile`)."""
    if pile == "meantime":
        from benchmarks.eval_meantime_pile import documents as meantime_documents

        return {r["url"]: name for name, r in meantime_documents()}
    from benchmarks.eval_ecb_piles import documents

    return {r["url"]: name for name, r in documents(split)}


def claim_keys(dossier: dict[str, Any], doc_of_url: dict[str, str]) -> dict[str, tuple[Key, str]]:
    """Claim id -> ((document, start, end), SHA-1 of its span) for every claim of a pile's dossier."""
    articles = {a["id"]: a for a in dossier["articles"]}
    out = {}
    for c in dossier["claims"]:
        a = articles[c["article"]]
        out[c["id"]] = ((doc_of_url.get(a["url"], ""), c["start"], c["end"]), digest(a["text"][c["start"]:c["end"]]))
    return out


def _find(keys: dict[str, tuple[Key, str]]) -> Any:
    by_span = {k: cid for cid, (k, _) in keys.items()}
    by_hash = {(k[0], h): cid for cid, (k, h) in keys.items()}

    def find(item: list[Any]) -> str | None:
        doc, start, end, sha = item
        return by_span.get((doc, start, end)) or by_hash.get((doc, sha))
    return find


def score(dossier: dict[str, Any], gold: dict[str, Any], doc_of_url: dict[str, str]) -> dict[str, Any]:
    keys = claim_keys(dossier, doc_of_url)
    find = _find(keys)
    group_of = {c["id"]: c.get("group") for c in dossier["claims"]}
    status = {g["id"]: g["status"] for g in dossier["claim_groups"]}
    kept: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    missing = 0
    for g in gold["groups"]:
        found = [find(m) for m in g["members"]]
        groups = Counter(group_of.get(cid) for cid in found if cid and group_of.get(cid))
        if not groups:
            missing += 1
            continue
        gid = groups.most_common(1)[0][0]
        (kept if status.get(gid) == "confirmed" else lost)[g["label"]] += 1
    pairs = {frozenset(x["claims"][:2]) for x in dossier["contradictions"]}
    found_c: Counter[str] = Counter()
    for x in gold["contradictions"]:
        ids = [find(m) for m in x["claims"]]
        if all(ids) and frozenset(ids) in pairs:
            found_c[x["label"]] += 1
    n_true = kept["true"]
    return {
        "groups_labelled": len(gold["groups"]), "groups_not_found": missing,
        "confirmed_kept": dict(kept), "confirmed_lost": dict(lost),
        "confirmed_precision": round(n_true / sum(kept.values()), 3) if sum(kept.values()) else None,
        "contradictions_labelled": dict(Counter(x["label"] for x in gold["contradictions"])),
        "contradictions_found": dict(found_c),
        "contradictions_precision_labelled": round(found_c["true"] / sum(found_c.values()), 3)
        if sum(found_c.values()) else None,
        "contradictions_total": len(dossier["contradictions"]),
    }


def wrong_kept(dossier: dict[str, Any], gold: dict[str, Any], doc_of_url: dict[str, str]) -> list[dict[str, Any]]:
    """The labelled groups still `confirmed` whose label is not `true`, each with the two claims the status
    confirmed it on (the group's ``confirmed_by``: document and text): the pair, not the whole group, is
    what a fix must part, and a group of many members hides it."""
    find = _find(claim_keys(dossier, doc_of_url))
    claims = {c["id"]: c for c in dossier["claims"]}
    articles = {a["id"]: a for a in dossier["articles"]}
    groups = {g["id"]: g for g in dossier["claim_groups"]}
    out = []
    for g in gold["groups"]:
        found = Counter(claims[cid].get("group") for m in g["members"] if (cid := find(m)) and claims[cid].get("group"))
        if not found or g["label"] == "true":
            continue
        group = groups[found.most_common(1)[0][0]]
        if group["status"] != "confirmed":
            continue
        pair = []
        for cid in group.get("confirmed_by", []):
            c, a = claims[cid], articles[claims[cid]["article"]]
            pair.append({"doc": doc_of_url.get(a["url"], ""), "modality": c.get("modality"),
                         "predicate": c.get("predicate"), "text": a["text"][c["start"]:c["end"]]})
        out.append({"n": g.get("n"), "label": g["label"], "note": g.get("note", ""), "group": group["id"],
                    "pair": pair})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True, help="a pile's store (eval_ecb_piles --keep DIR: DIR/pile.db)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--pile", choices=("ecb", "meantime"), default="ecb",
                    help="the pile the store was built from (ECB+ dev, or benchmarks.eval_meantime_pile)")
    ap.add_argument("--misses", action="store_true",
                    help="also list the wrongly labelled groups still `confirmed`, with the pair each rests on")
    args = ap.parse_args(argv)
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    with Store.open(args.store) as store:
        dossier = build_dossier(store)
    gold = json.loads(args.gold.read_text("utf-8"))
    docs = doc_names(pile=args.pile)
    print(json.dumps(score(dossier, gold, docs), indent=1))
    if args.misses:
        for row in wrong_kept(dossier, gold, docs):
            print(f"# n={row['n']} {row['label']} ({row['note']}) {row['group']}")
            for c in row["pair"]:
                print(f"    [{c['doc']}] {c['modality']} {c['predicate']}: {c['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
