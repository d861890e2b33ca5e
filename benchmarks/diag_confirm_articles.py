"""Article-level measures of the pairs labelled `confirmed` groups are confirmed on (issue 13): do two
articles that rest on one original text share more than the one fact?

    python -m benchmarks.diag_confirm_articles --store DIR/pile.db [--gold G.json ...] [--pile ecb|meantime] [--json F]

For each labelled group (:mod:`benchmarks.eval_ecb_labels`' golds) still `confirmed` in the store, the
two claims it is confirmed on (``confirmed_by``) and their two articles are measured:

* ``runs`` / ``runs_share``: the word runs both articles print outside quotations
  (:func:`recoupe.claims.status.shingles`, what :func:`~recoupe.claims.status.dependent` counts), and
  their share of the shorter article's;
* ``facts_share``: the claim groups both articles have a claim in, over the fewer of the two;
* ``order``: of the groups both share (at least :data:`ORDER_MIN_SHARED`), the share of their pairs told
  in the same order by both (1.0: one sequence of facts);
* ``quotes_share``: the quotations of five words or more both print, over the fewer;
* ``figures_order``: the longest common sequence of the figures both write, over the shorter sequence;
* ``bare_in_source`` (one bare claim, one attributed to a source S): the share of the bare article's own
  grouped claims that meet a claim the other article gives to S.

Printed per measure: at each value a `one_source` pair takes, how many labelled false and how many
labelled true pairs score at least that much, and how many false pairs score above every true one (a
threshold that removes them loses no true). A diagnosis, not a score: nothing of the data is written
to the repository (``--json`` takes a path outside it)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_ecb_labels import GOLD, _find, claim_keys, doc_names

ORDER_MIN_SHARED = 3
QUOTE_MIN_WORDS = 5
MEASURES = ("runs", "runs_share", "facts_share", "order", "quotes_share", "figures_order", "bare_in_source")

_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def order_agreement(first_a: Mapping[str, int], first_b: Mapping[str, int]) -> float | None:
    """Of the keys both map (a fact's first position in each article), the share of key pairs in the
    same order in both; None under :data:`ORDER_MIN_SHARED` shared keys."""
    shared = sorted(set(first_a) & set(first_b), key=lambda k: (first_a[k], k))
    if len(shared) < ORDER_MIN_SHARED:
        return None
    same = total = 0
    for i, x in enumerate(shared):
        for y in shared[i + 1:]:
            total += 1
            same += first_b[x] < first_b[y]
    return same / total


def quotations(text: str) -> set[str]:
    """The quotations of :data:`QUOTE_MIN_WORDS` words or more a text prints, as lower-case word strings."""
    from recoupe.claims.status import _QUOTATION

    spans = [m.group(0) for m in _QUOTATION.finditer(text)] + re.findall(r"``(.*?)''", text)
    out = set()
    for span in spans:
        words = [w.lower() for w in _WORD.findall(span)]
        if len(words) >= QUOTE_MIN_WORDS:
            out.add(" ".join(words))
    return out


def shared_quotations(a: set[str], b: set[str]) -> float | None:
    """The share of the fewer quotations that the other text prints too (one inside the other: one cut)."""
    if not a or not b:
        return None
    fewer, more = (a, b) if len(a) <= len(b) else (b, a)
    return sum(any(q in r or r in q for r in more) for q in fewer) / len(fewer)


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def figures_order(text_a: str, text_b: str) -> float | None:
    """The longest sequence of figures both texts write in one order, over the shorter text's figures."""
    fa, fb = _FIGURE.findall(text_a), _FIGURE.findall(text_b)
    if not fa or not fb:
        return None
    return _lcs(fa, fb) / min(len(fa), len(fb))


def separation(rows: Sequence[Mapping[str, Any]], measure: str) -> dict[str, Any]:
    """For one measure over labelled pairs: at each value a `one_source` pair takes (highest first), the
    false (`one_source`) and true pairs scoring at least that; and the false pairs above every true one."""
    false = sorted((r[measure] for r in rows if r["label"] == "one_source" and r.get(measure) is not None),
                   reverse=True)
    true = [r[measure] for r in rows if r["label"] == "true" and r.get(measure) is not None]
    top_true = max(true, default=None)
    steps = [{"at_least": v, "false": sum(x >= v for x in false), "true": sum(x >= v for x in true)}
             for v in sorted({x for x in false if x}, reverse=True)]
    return {"false_pairs": len(false), "true_pairs": len(true), "top_true": top_true,
            "false_above_every_true": sum(x > top_true for x in false) if top_true is not None else len(false),
            "steps": steps}


def measure_pairs(store: Any, dossier: Mapping[str, Any], golds: Sequence[Mapping[str, Any]],
                  doc_of_url: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per labelled group still `confirmed`: its label and the measures of its confirming pair."""
    from recoupe.claims.status import shingles

    find = _find(claim_keys(dict(dossier), dict(doc_of_url)))
    group_of = {c["id"]: c.get("group") for c in dossier["claims"]}
    groups = {g["id"]: g for g in dossier["claim_groups"]}
    by_article: dict[str, list[Any]] = defaultdict(list)
    for c in store.claims():
        by_article[c.article_id].append(c)
    runs: dict[str, frozenset[int]] = {}
    rows = []
    for gold in golds:
        for g in gold["groups"]:
            found = Counter(group_of.get(cid) for cid in (find(m) for m in g["members"]) if cid and group_of.get(cid))
            if not found:
                continue
            group = groups[found.most_common(1)[0][0]]
            if group["status"] != "confirmed" or len(group.get("confirmed_by") or ()) != 2:
                continue
            a, b = (store.claim(x) for x in group["confirmed_by"])
            text = {x: store.article(x).text for x in (a.article_id, b.article_id)}
            for x in text:
                if x not in runs:
                    runs[x] = shingles(text[x])
            ra, rb = runs[a.article_id], runs[b.article_id]
            first = []
            for art in (a.article_id, b.article_id):
                pos: dict[str, int] = {}
                for c in sorted(by_article[art], key=lambda c: c.start):
                    if c.group_id:
                        pos.setdefault(c.group_id, c.start)
                first.append(pos)
            fewer_facts = min(len(first[0]), len(first[1]))
            row: dict[str, Any] = {
                "gold": gold.get("name", ""), "n": g.get("n"), "label": g["label"],
                "bare": f"{int(not a.attributed_to)}{int(not b.attributed_to)}",
                "runs": len(ra & rb), "runs_share": round(len(ra & rb) / max(1, min(len(ra), len(rb))), 3),
                "facts_share": round(len(set(first[0]) & set(first[1])) / fewer_facts, 3) if fewer_facts else None,
                "order": order_agreement(first[0], first[1]),
                "quotes_share": shared_quotations(quotations(text[a.article_id]), quotations(text[b.article_id])),
                "figures_order": figures_order(text[a.article_id], text[b.article_id]),
                "bare_in_source": None,
            }
            if bool(a.attributed_to) != bool(b.attributed_to):
                bare, said = (a, b) if not a.attributed_to else (b, a)
                of_source = {c.group_id for c in by_article[said.article_id]
                             if c.group_id and c.attributed_to == said.attributed_to}
                own = {c.group_id for c in by_article[bare.article_id] if c.group_id and not c.attributed_to}
                row["bare_in_source"] = round(len(own & of_source) / len(own), 3) if own else None
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True, help="a pile's store (eval_ecb_piles --keep DIR: DIR/pile.db)")
    ap.add_argument("--gold", type=Path, action="append", help="label golds (repeat); default dev-labels.json")
    ap.add_argument("--pile", choices=("ecb", "meantime"), default="ecb")
    ap.add_argument("--json", type=Path, help="write the per-pair rows here (outside the repository)")
    args = ap.parse_args(argv)
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    golds = []
    for path in args.gold or [GOLD]:
        gold = json.loads(path.read_text("utf-8"))
        gold["name"] = path.stem
        golds.append(gold)
    with Store.open(args.store) as store:
        rows = measure_pairs(store, build_dossier(store), golds, doc_names(pile=args.pile))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0), "utf-8")
    print(json.dumps({"pairs": dict(Counter(r["label"] for r in rows)),
                      "measures": {m: separation(rows, m) for m in MEASURES}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
