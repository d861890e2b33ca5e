"""Hand labels of the briefing's sentences as printed (issue 13 item 4), re-scorable on any later
build of the same items.

    python -m benchmarks.gold.briefing dump STORE-or-DOSSIER --out DIR [--top 16 --n 14 --seed 26]
    python -m benchmarks.gold.briefing anchor STORE-or-DOSSIER LABELS.txt --out GOLD.json [same options]
    python -m benchmarks.gold.briefing score GOLD.json STORE-or-DOSSIER [--reread] [--json OUT]

The other golds score groups, statuses and what a group shows; this one scores what a journalist
reads first: the lines of ``recoupe.brief`` (stored in the store's ``briefings`` table, copied into a
dossier's stories). A source is a ``dossier.json`` or a store (``.db``); ``--reread`` recomputes a
store's briefings with the code on the path instead of reading the stored ones (a read-side change).

Lines labelled: the first ``per`` lines of the largest stories (most articles, then id) until ``top``
lines, then a seeded random ``n`` of the remaining lines of the whole build (``B<i>``: the i-th line
in that order). ``dump`` writes them, with a window of each cited article around the cited span, to a
folder outside the repository; the labeller writes one line per entry::

    B3 S+ T+ C+ R+ | why, in the labeller's words (no eval text)
    B7 S- T+ H- C+ R+ holder | ...

Criteria (``+`` right, ``-`` wrong, absent = does not apply): ``S`` supported — the cited articles
tell the fact and the figures as the line gives them; ``T`` its status word is right (§12 conventions);
``H`` (contradictions and disputes) each version is given to its right holder; ``C`` every cited
article really carries what it is cited for; ``R`` readable (no fragment, no cut name, no stray
markup). A line with a ``-`` names its causes (:data:`CAUSES`). ``anchor`` stores each line as its kind,
the SHA-1 of its text and its citations (item link + offsets + SHA-1 of the cited span): no eval text.

``score`` finds a labelled line again in a new build when a line of the same kind has the same text
hash (labels judge the words printed: a line whose wording changed is a new line, counted as
``unlabelled``); per criterion P = right / shown among the labelled lines still shown.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path
from typing import Any

from benchmarks.gold.dossier import label_lines
from benchmarks.gold.pages import digest

REPO = Path(__file__).resolve().parents[2]
CRITERIA = {"S": "supported", "T": "status", "H": "holders", "C": "cited", "R": "readable"}
#: why a line is wrong
CAUSES = {
    "fragment": "a cut sentence, a headline stub or a name cut short",
    "markup": "page furniture in the line (credits, bylines, « lire aussi », a caption)",
    "holder": "a version given to the wrong holder (a pronoun, a place, the outlet for its source)",
    "status": "the status word is wrong (the group's status, from claims/status.py)",
    "pair": "the conflict set against it is not one (two events, update, another scope)",
    "cite": "a cited article does not carry the fact",
    "repeat": "the two sides of a conflict are one sentence, printed twice",
    "one_side": "a dispute or contradiction printed with one side only",
    "other": "another cause (see note)",
}


def _outside_repo(out: Path) -> None:
    if REPO in out.resolve().parents or out.resolve() == REPO:
        raise SystemExit(f"refusing to write eval text inside the repository: {out}")


def load(path: Path, reread: bool = False) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(stories with their size and briefing lines, articles by id with url, outlet and text)."""
    if path.suffix == ".json":
        d = json.loads(path.read_text(encoding="utf-8"))
        arts = {a["id"]: {"url": a["url"], "outlet": a.get("outlet", ""), "text": a["text"]} for a in d["articles"]}
        stories = [{"id": s["id"], "size": len(s["articles"]), "lines": s.get("briefing", [])} for s in d["stories"]]
        return stories, arts
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    arts = {r[0]: {"url": r[1], "outlet": r[2], "text": r[3]}
            for r in db.execute("SELECT id, url, outlet, text FROM articles")}
    sizes = dict(db.execute("SELECT story_id, COUNT(*) FROM articles WHERE story_id IS NOT NULL GROUP BY story_id"))
    sids = [r[0] for r in db.execute("SELECT id FROM stories")]
    lines: dict[str, list[dict[str, Any]]] = {sid: [] for sid in sids}
    if reread:
        from recoupe.brief import build_briefing
        from recoupe.storage import Store

        store = Store.open(str(path), readonly=True)
        for sid in sids:
            lines[sid] = build_briefing(store, sid)
        store.close()
    else:
        for sid, kind, text, cites in db.execute(
                "SELECT story_id, kind, text, citations FROM briefings ORDER BY story_id, position"):
            lines.setdefault(sid, []).append({"kind": kind, "text": text, "citations": json.loads(cites)})
    db.close()
    return [{"id": sid, "size": sizes.get(sid, 0), "lines": lines.get(sid, [])} for sid in sids], arts


def ordered(stories: list[dict[str, Any]], top: int, n: int, seed: int,
            per: int = 2) -> list[tuple[str, dict[str, Any]]]:
    """The labelled lines: the first ``per`` of the largest stories until ``top``, then a seeded ``n``."""
    by_size = sorted(stories, key=lambda s: (-s["size"], s["id"]))
    first: list[tuple[str, dict[str, Any]]] = []
    rest: list[tuple[str, dict[str, Any]]] = []
    for s in by_size:
        for k, line in enumerate(s["lines"]):
            (first if k < per and len(first) < top else rest).append((s["id"], line))
    picked = sorted(random.Random(seed).sample(range(len(rest)), min(n, len(rest))))
    return first + [rest[i] for i in picked]


def _cite_ref(c: dict[str, Any], arts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    a = arts[c["article_id"]]
    return {"item": a["url"], "start": c["start"], "end": c["end"], "sha1": digest(a["text"][c["start"]:c["end"]])}


def dump(picked: list[tuple[str, dict[str, Any]]], arts: dict[str, dict[str, Any]], out: Path,
         shown: int = 5) -> None:
    _outside_repo(out)
    out.mkdir(parents=True, exist_ok=True)
    rows: list[str] = []
    for i, (sid, line) in enumerate(picked):
        rows += ["", f"== B{i} {sid} {line['kind']} :: {line['text']}"]
        for c in line["citations"][:shown]:
            a = arts[c["article_id"]]
            t = a["text"]
            lo, hi = max(0, c["start"] - 250), min(len(t), c["end"] + 250)
            mark = "*" if c.get("confirms") else " "
            window = f"{t[lo:c['start']]}[[{t[c['start']:c['end']]}]]{t[c['end']:hi]}".replace("\n", " ")
            rows.append(f"  {mark} {a['outlet']} {a['url']} | …{window}…")
        if len(line["citations"]) > shown:
            rows.append(f"    (+{len(line['citations']) - shown} more citations)")
    (out / "to_label.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")


def parse_labels(text: str) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = {}
    for n, (key, *toks), note in label_lines(text):
        crit: dict[str, bool] = {}
        causes: list[str] = []
        for t in toks:
            if len(t) == 2 and t[0] in CRITERIA and t[1] in "+-":
                crit[CRITERIA[t[0]]] = t[1] == "+"
            elif t in CAUSES:
                causes.append(t)
            else:
                raise SystemExit(f"line {n}: unknown token {t!r}")
        missing = [v for k, v in CRITERIA.items() if k != "H" and v not in crit]
        if missing:
            raise SystemExit(f"line {n}: missing {missing}")
        if not all(crit.values()) and not causes:
            raise SystemExit(f"line {n}: a wrong line names its cause")
        labels[key] = {"labels": crit, "causes": causes, "note": note.strip()}
    return labels


def anchor(picked: list[tuple[str, dict[str, Any]]], arts: dict[str, dict[str, Any]],
           labels: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    entries = []
    for i, (_, line) in enumerate(picked):
        lab = labels.get(f"B{i}")
        if lab is None:
            raise SystemExit(f"B{i} is not labelled")
        entries.append({"id": f"B{i}", "kind": line["kind"], "text_sha1": digest(line["text"]),
                        "citations": [_cite_ref(c, arts) for c in line["citations"]], **lab})
    return entries


def _refs(line: dict[str, Any], arts: dict[str, dict[str, Any]]) -> list[tuple[str, int, int]]:
    return [(arts[c["article_id"]]["url"], c["start"], c["end"]) for c in line["citations"]]


def _entry_refs(e: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(c["item"], c["start"], c["end"]) for c in e["citations"]]


def score(gold: dict[str, Any], stories: list[dict[str, Any]], arts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per criterion P over the labelled lines still printed. ``cited`` judges the citations labelled:
    a line printed with other citations is counted in ``cited_changed`` until a later round labels
    them (an entry of the same words with those citations)."""
    by_text: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in gold["entries"]:
        by_text.setdefault((e["kind"], e["text_sha1"]), []).append(e)
    found: list[tuple[dict[str, Any], dict[str, Any] | None]] = []  # (entry, the one judging its citations)
    seen: set[tuple[str, str]] = set()
    for s in stories:
        for line in s["lines"]:
            key = (line["kind"], digest(line["text"]))
            if key not in by_text or key in seen:
                continue
            seen.add(key)
            refs = _refs(line, arts)
            same = [e for e in by_text[key] if _entry_refs(e) == refs]
            found.append((by_text[key][0], same[0] if same else None))
    res: dict[str, Any] = {"labelled": len(by_text), "still_shown": len(found),
                           "cited_changed": sum(c is None for _, c in found)}
    for name in CRITERIA.values():
        if name == "cited":
            judged = [c["labels"][name] for _, c in found if c is not None]
        else:
            judged = [e["labels"][name] for e, _ in found if name in e["labels"]]
        res[name] = {"right": sum(judged), "shown": len(judged),
                     "P": round(sum(judged) / len(judged), 3) if judged else None}
    whole = [all(v for k, v in e["labels"].items() if k != "cited") and c["labels"]["cited"]
             for e, c in found if c is not None]
    res["all_right"] = {"right": sum(whole), "shown": len(whole),
                        "P": round(sum(whole) / len(whole), 3) if whole else None}
    res["wrong_by_cause"] = {}
    for e, c in found:
        for cause in (c or e)["causes"]:
            res["wrong_by_cause"][cause] = res["wrong_by_cause"].get(cause, 0) + 1
    gone = [es[0] for key, es in by_text.items() if key not in seen]
    res["gone"] = {"right": sum(all(e["labels"].values()) for e in gone),
                   "wrong": sum(not all(e["labels"].values()) for e in gone)}
    res["lines"] = sum(len(s["lines"]) for s in stories)
    res["citations_per_line"] = round(sum(len(line["citations"]) for s in stories for line in s["lines"])
                                      / max(1, res["lines"]), 2)
    res["by_kind"] = {}
    for s in stories:
        for line in s["lines"]:
            res["by_kind"][line["kind"]] = res["by_kind"].get(line["kind"], 0) + 1
    return res


def later(gold: dict[str, Any], before: list[dict[str, Any]], after: list[dict[str, Any]],
          arts: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """What a later round labels on a new build (``after``) of the same store as the gold's
    (``before``): the labelled lines printed with other citations, and in the stories of the
    labelled lines, the lines ``before`` did not print."""
    texts = {(e["kind"], e["text_sha1"]) for e in gold["entries"]}
    with_refs = {(e["kind"], e["text_sha1"], tuple(map(tuple, _entry_refs(e)))) for e in gold["entries"]}
    labelled_stories = {s["id"] for s in before for line in s["lines"]
                        if (line["kind"], digest(line["text"])) in texts}
    old = {s["id"]: {(line["kind"], line["text"]) for line in s["lines"]} for s in before}
    out: list[tuple[str, dict[str, Any]]] = []
    for s in sorted(after, key=lambda s: (-s["size"], s["id"])):
        for line in s["lines"]:
            key = (line["kind"], digest(line["text"]))
            if key in texts:
                if (*key, tuple(_refs(line, arts))) not in with_refs:
                    out.append((s["id"], line))
            elif s["id"] in labelled_stories and (line["kind"], line["text"]) not in old.get(s["id"], set()):
                out.append((s["id"], line))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("dump", "anchor"):
        p = sub.add_parser(name)
        p.add_argument("source", type=Path)
        if name == "anchor":
            p.add_argument("labels", type=Path)
        p.add_argument("--out", type=Path, required=True)
        p.add_argument("--top", type=int, default=16)
        p.add_argument("--n", type=int, default=14)
        p.add_argument("--seed", type=int, default=26)
        p.add_argument("--built-at", default="")
    p = sub.add_parser("later", help="dump (or, with LABELS, anchor) a later round: see :func:`later`")
    p.add_argument("gold", type=Path)
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("labels", type=Path, nargs="?")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--reread", action="store_true", help="``after`` re-read by the code on the path")
    p.add_argument("--built-at", default="")
    p = sub.add_parser("score")
    p.add_argument("gold", type=Path, nargs="+", help="a gold and its later rounds")
    p.add_argument("source", type=Path)
    p.add_argument("--reread", action="store_true")
    p.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "score":
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in args.gold]
        stories, arts = load(args.source, args.reread)
        res = score({"entries": [e for g in golds for e in g["entries"]]}, stories, arts)
        print(json.dumps(res, indent=1))
        if args.json:
            args.json.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.cmd == "later":
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        after, arts = load(args.after, args.reread)
        picked = later(gold, load(args.before)[0], after, arts)
        if args.labels is None:
            dump(picked, arts, args.out, shown=12)  # a later round judges every citation
            print(f"{len(picked)} lines -> {args.out / 'to_label.txt'}")
            return 0
        entries = anchor(picked, arts, parse_labels(args.labels.read_text(encoding="utf-8")))
        out = {"about": "a later round of " + args.gold.name, "built_at": args.built_at,
               "source": str(args.after), "entries": [{**e, "id": "L" + e["id"][1:]} for e in entries]}
        args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{len(entries)} entries -> {args.out}")
        return 0
    stories, arts = load(args.source)
    picked = ordered(stories, args.top, args.n, args.seed)
    if args.cmd == "dump":
        dump(picked, arts, args.out)
        print(f"{len(picked)} lines -> {args.out / 'to_label.txt'}")
        return 0
    labels = parse_labels(args.labels.read_text(encoding="utf-8"))
    gold = {"about": "briefing lines as printed, hand-labelled (benchmarks/gold/README.md §21)",
            "built_at": args.built_at, "source": str(args.source), "top": args.top, "n": args.n,
            "seed": args.seed, "entries": anchor(picked, arts, labels)}
    args.out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(gold['entries'])} entries -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
