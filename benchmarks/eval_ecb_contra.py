"""Same-event English contradictions on ECB+ dev against a hand gold (issue 13).

    python -m benchmarks.eval_ecb_contra [--keep DIR] [--store DIR/pile.db] [--misses] [--json OUT]

The dev pile is built as ``benchmarks.eval_ecb_piles`` builds it (or an already built store is
read with ``--store``). ``benchmarks/gold/ecbcontra/dev.json`` pairs two sentences of two articles
of one event, ``conflict`` or ``compatible`` (see gold README §17). A system contradiction matches a
pair when one of its claims overlaps one sentence and the other claim the other sentence. Reported:
recall of the conflicts, false alarms on the compatible pairs, and the contradictions between
articles of two different events (certainly false). ``--misses`` prints, for each pair, the claims
cut in both sentences, their stories and groups, to sort the misses by stage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.ecb import ECB
from benchmarks.eval_ecb_piles import pile, score

GOLD = Path(__file__).resolve().parent / "gold" / "ecbcontra" / "dev.json"


def _locate(side: dict[str, Any], records: dict[str, dict[str, str]], articles: dict[str, dict[str, Any]]
            ) -> tuple[str, int, int] | None:
    """``(article id, start, end)`` of a gold sentence in the stored article text (cleaning may
    shift offsets: the sentence is looked up by its text), or None when the sentence is gone."""
    rec = records[side["doc"]]
    sent = rec["text"][side["start"]:side["end"]]
    if hashlib.sha1(sent.encode()).hexdigest()[:12] != side["sha1"]:
        raise SystemExit(f"gold sentence of {side['doc']} does not match the corpus (sha1)")
    art = articles.get(rec["url"])
    if art is None:
        return None
    at = art["text"].find(sent)
    if at < 0:
        value = rec["text"][side["value"][0]:side["value"][1]]
        at = art["text"].find(value)
        return (art["id"], at, at + len(value)) if at >= 0 else None
    return art["id"], at, at + len(sent)


def evaluate(dossier: dict[str, Any], records: list[dict[str, str]], gold: dict[str, Any],
             misses: bool = False) -> dict[str, Any]:
    by_doc = {r["doc"]: r for r in records}
    articles = {a["url"]: a for a in dossier["articles"]}
    claims = {c["id"]: c for c in dossier["claims"]}
    story = {a["id"]: a["story"] for a in dossier["articles"]}

    def over(c: dict[str, Any], where: tuple[str, int, int]) -> bool:
        return c["article"] == where[0] and c["start"] < where[2] and where[1] < c["end"]

    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for p in gold["pairs"]:
        total[p["label"]] += 1
        a, b = _locate(p["a"], by_doc, articles), _locate(p["b"], by_doc, articles)
        hit = []
        if a and b:
            for x in dossier["contradictions"]:
                ca, cb = (claims[i] for i in x["claims"][:2])
                if (over(ca, a) and over(cb, b)) or (over(ca, b) and over(cb, a)):
                    hit.append(x)
        found[p["label"]] += bool(hit)
        by_kind.setdefault(p["label"], Counter())[p["kind"] + ("+" if hit else "-")] += 1
        if misses and (p["label"] == "conflict") != bool(hit):
            print(f"\n{'MISS' if not hit else 'FALSE'} [{p['kind']}] {p['event']} {p['a']['doc']} ~ {p['b']['doc']}: "
                  f"{p['note']}")
            for x in hit:
                print(f"   found {x['kind']}: {x['explanation']}")
            for side, where in (("a", a), ("b", b)):
                if where is None:
                    print(f"   {side}: sentence not in the store")
                    continue
                cs = [c for c in dossier["claims"] if over(c, where)]
                print(f"   {side}: story {story[where[0]]}, {len(cs)} claim(s)")
                for c in cs:
                    print(f"      {c['id']} g={c['group']} [{c['subject']} | {c['predicate']} | {c['object']}]"
                          f" place={c['place']} time={c['time']} mod={c['modality']}: {c['text'][:160]}")
    piles = score(dossier, records)
    return {
        "conflicts_found": found["conflict"], "conflicts": total["conflict"],
        "false_on_compatible": found["compatible"], "compatible": total["compatible"],
        "by_kind": {k: dict(v) for k, v in by_kind.items()},
        "contradictions": sum(piles["contradictions"].values()),
        "contradictions_across_events": sum(piles["contradictions_across_events"].values()),
        "confirmed_across_events": piles["groups_across_events"].get("confirmed", 0),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="build the pile here (pile.jsonl, pile.db)")
    ap.add_argument("--store", type=Path, help="read this already built pile store instead of building")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--misses", action="store_true", help="print the pairs scored wrong")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if not ECB.exists():
        print(f"ECB+ not found at {ECB}; skipped")
        return 0
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    records = pile(gold["split"])
    db = args.store
    if db is None:
        from recoupe.pipeline import build
        from recoupe.settings import Settings

        folder = args.keep or Path(tempfile.mkdtemp(prefix="ecb-contra-"))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "pile.jsonl").write_text("".join(
            json.dumps({k: v for k, v in r.items() if k not in ("event", "doc")}) + "\n" for r in records),
            encoding="utf-8")
        db = folder / "pile.db"
        db.unlink(missing_ok=True)
        with Store.open(db) as store:
            build(store, [str(folder / "pile.jsonl")], settings=Settings.load(nlp__n_process=2))
    with Store.open(db) as store:
        dossier = build_dossier(store)
    res = evaluate(dossier, records, gold, args.misses)
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
