"""Hand labels of what a built dossier reports (issue 13): contradictions and `confirmed` groups,
right or wrong and why, re-scorable on any later build of the same items.

    python -m benchmarks.gold.dossier dump DOSSIER.json --out DIR [--seed 23 --n 60]
    python -m benchmarks.gold.dossier anchor DOSSIER.json LABELS.txt --out GOLD.json [--seed 23 --n 60]
    python -m benchmarks.gold.dossier score GOLD.json DOSSIER.json [--json OUT]

    python -m benchmarks.gold.dossier shown BEFORE.json AFTER.json LABELS.txt --out GOLD.json
    python -m benchmarks.gold.dossier unlabelled DOSSIER.json --after GOLD.json ... [--stale]
    python -m benchmarks.gold.dossier union DOSSIER.json GOLD.json ... [--json OUT]

``shown`` anchors the labels of every `confirmed` group whose shown fact (its ``summary``, the text of
its ``summary_claim``: recoupe.claims.shown) differs between two dossiers of one store (``G<i>``
numbered in AFTER); each entry also stores the shown claim, and ``score`` finds such an entry only
in a `confirmed` group shown by that claim. ``score --shown GOLD.json`` counts an earlier round's
entry as superseded (left out) when every group it is found in is one a ``shown`` entry labels.

A later round labels what earlier golds do not cover: ``dump`` and ``anchor`` with
``--after GOLD.json`` (repeatable) sample only among the entries none of those golds covers (as
``score`` finds them), numbered as before by their place in the whole dossier. With ``--stale`` they
also take the `confirmed` groups covered only by labels of their members that may have judged another
fact (none of those labels holds the claim the group is shown by, or each misses one of its claims),
and ``anchor`` then stores each group's shown claim, as ``shown`` does. ``unlabelled`` lists those
entries; ``union`` scores every reported entry by the last of the golds given that labels it.

A user's view of precision: the golds of ``pairs/`` score pairs chosen by an annotator, this scores
what the dossier of a whole stream (``/tmp/unseen/*.jsonl``, rss-trends-fr) shows to its reader.
``dump`` writes the contradictions (every one, or a seeded sample of ``n`` when there are more) and
a seeded sample of ``n`` `confirmed` groups with their claims and article texts to a folder outside
the repository; the labeller writes one line per entry (scratch, outside the repository)::

    C3 right | why, in the labeller's words (no eval text)
    C7 wrong two_events | ...
    G12 wrong cut impure | ...

``C<i>`` is the i-th contradiction of the dossier, ``G<i>`` the i-th `confirmed` group (dossier
order), as ``dump`` numbers them. The first word after the label is the class (:data:`WRONG` for a
wrong entry, ``ok`` or omitted for a right one); ``impure`` flags a right group that also holds a
claim of another fact. ``anchor`` stores each entry's claims as item link + SHA-1 of the item's text
and char offsets + SHA-1 of the span (no eval text; ``benchmarks/gold/pages.py`` storage), so
``score`` finds them again in a new dossier by link and overlapping offsets, whatever the ids.

Scores: of the labelled contradictions, how many right and wrong ones a new build still reports
(precision on the labelled = right / (right + wrong) still reported) and how many it reports that
no label covers (to label); the same for `confirmed` groups (a labelled group is still confirmed
when a `confirmed` group of the new build holds one of its claims).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.gold.pages import digest

REPO = Path(__file__).resolve().parents[2]

#: why a reported contradiction or `confirmed` group is wrong
WRONG = {
    "two_events": "two events or two subjects taken for one",
    "update": "a figure updated over time (a later report, not a disagreement)",
    "part_whole": "a part against the whole",
    "scope": "another scope (place, period, category)",
    "hedged": "a hedged or bounded telling taken as firm",
    "copied": "one source relayed by several outlets counted as independent",
    "cut": "a claim cut wrong (a fragment that states no fact, or several facts in one)",
    "no_denial": "a denial that does not deny the claim it is set against",
    "other": "another cause (see note)",
}
FLAGS = {"impure"}


def sample(n_total: int, n: int, seed: int) -> list[int]:
    """The indices labelled: all when there are at most ``n``, else a seeded random ``n`` (sorted)."""
    if n_total <= n:
        return list(range(n_total))
    return sorted(random.Random(seed).sample(range(n_total), n))


def confirmed_groups(d: dict[str, Any]) -> list[dict[str, Any]]:
    return [g for g in d["claim_groups"] if g["status"] == "confirmed"]


def _claim_ref(c: dict[str, Any], art: dict[str, Any]) -> dict[str, Any]:
    text = art["text"]
    return {"item": art["url"], "start": c["start"], "end": c["end"],
            "sha1": digest(text[c["start"]:c["end"]])}


def _outside_repo(out: Path) -> None:
    if REPO in out.resolve().parents or out.resolve() == REPO:
        raise SystemExit(f"refusing to write eval text inside the repository: {out}")


def _pick(n_total: int, n: int, seed: int, among: list[int] | None) -> list[int]:
    """``sample`` over every index, or over ``among`` (a later round) when given."""
    if among is None:
        return sample(n_total, n, seed)
    return sorted(among[i] for i in sample(len(among), n, seed))


def uncovered(d: dict[str, Any], golds: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """Indices of the contradictions and `confirmed` groups of ``d`` that no entry of ``golds`` covers."""
    c_cov: set[int] = set()
    g_cov: set[int] = set()
    for gold in golds:
        hits = _hits(gold, d)
        for e in gold["contradictions"]:
            c_cov.update(hits["contradictions"](e))
        for e in gold["confirmed"]:
            g_cov.update(hits["confirmed"](e))
    return ([i for i in range(len(d["contradictions"])) if i not in c_cov],
            [i for i in range(len(confirmed_groups(d))) if i not in g_cov])


def stale(d: dict[str, Any], golds: list[dict[str, Any]]) -> list[int]:
    """Indices of the `confirmed` groups of ``d`` that ``golds`` cover only by labels of their members
    (no ``shown`` entry) none of which holds the claim the group is shown by, or each of which misses
    one of its claims: those labels judged a fact the group may no longer show."""
    art = {a["id"]: a for a in d["articles"]}
    claims_at: dict[str, list[dict[str, Any]]] = {}
    for c in d["claims"]:
        claims_at.setdefault(art[c["article"]]["url"], []).append(c)

    def seen(e: dict[str, Any]) -> set[str]:
        return {c["id"] for r in e["claims"] for c in claims_at.get(r["item"], []) if _overlaps(r, c, r["item"])}

    by_shown: set[int] = set()
    by_members: dict[int, list[set[str]]] = {}
    for gold in golds:
        hits = _hits(gold, d)["confirmed"]
        for e in gold["confirmed"]:
            for j in hits(e):
                if "shown" in e:
                    by_shown.add(j)
                else:
                    by_members.setdefault(j, []).append(seen(e))
    conf = confirmed_groups(d)
    return sorted(j for j, seen_sets in by_members.items() if j not in by_shown and (
        all(conf[j].get("summary_claim") not in s for s in seen_sets)
        or all(set(conf[j]["claims"]) - s for s in seen_sets)))


def to_label(d: dict[str, Any], golds: list[dict[str, Any]], with_stale: bool) -> tuple[list[int], list[int]]:
    """What a later round labels: the entries no gold covers, and with ``with_stale`` the stale groups."""
    contras, groups = uncovered(d, golds)
    if with_stale:
        groups = sorted(set(groups) | set(stale(d, golds)))
    return contras, groups


def dump(d: dict[str, Any], out: Path, seed: int, n: int,
         among: tuple[list[int], list[int]] | None = None) -> None:
    _outside_repo(out)
    out.mkdir(parents=True, exist_ok=True)
    cl = {c["id"]: c for c in d["claims"]}
    art = {a["id"]: a for a in d["articles"]}

    def lines(cids: list[str]) -> list[str]:
        rows = []
        for cid in cids:
            c = cl[cid]
            a = art[c["article"]]
            rows.append(f"   - {a['outlet']} {a['published']} | {c['modality']} | {c['text']}")
            rows.append(f"        text: {a['text'][:700]}")
        return rows

    rows: list[str] = []
    contras = d["contradictions"]
    for i in _pick(len(contras), n, seed, among[0] if among else None):
        x = contras[i]
        rows += ["", f"== C{i} {x['kind']} {x['story']} :: {x['explanation']}", *lines(x["claims"])]
    conf = confirmed_groups(d)
    for i in _pick(len(conf), n, seed, among[1] if among else None):
        g = conf[i]
        rows += ["", f"== G{i} {g['story']} independent={g['independent_sources']} :: {g['summary']}"]
        rows += lines(g["claims"])
    (out / "to_label.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")


def label_lines(text: str) -> Iterator[tuple[int, list[str], str]]:
    """A labels file's lines (the dossier's, the briefing's): number, the words before « | », the note
    after it; blank lines and « # » comments skipped."""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            head, _, note = line.partition("|")
            yield n, head.split(), note


def parse_labels(text: str) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = {}
    for n, words, note in label_lines(text):
        well_formed = len(words) >= 2 and words[0][0] in "CG" and words[0][1:].isdigit()
        if not well_formed or words[1] not in ("right", "wrong"):
            raise ValueError(f"line {n}: expected « C<i>|G<i> right|wrong [class] [impure] | note »")
        key, label, rest = words[0], words[1], words[2:]
        flags = [w for w in rest if w in FLAGS]
        classes = [w for w in rest if w not in FLAGS]
        if label == "wrong" and (len(classes) != 1 or classes[0] not in WRONG):
            raise ValueError(f"line {n}: a wrong entry needs one class of {sorted(WRONG)}")
        if label == "right" and classes not in ([], ["ok"]):
            raise ValueError(f"line {n}: a right entry takes no class but ok")
        if key in labels:
            raise ValueError(f"line {n}: {key} labelled twice")
        labels[key] = {"label": label, "why": classes[0] if label == "wrong" else "ok",
                       "flags": flags, "note": note.strip()}
    return labels


def anchor(d: dict[str, Any], labels: dict[str, dict[str, Any]], seed: int, n: int,
           among: tuple[list[int], list[int]] | None = None, shown: bool = False) -> dict[str, Any]:
    """The stored gold: every sampled entry must carry a label, and no label may name another.
    With ``shown`` each group also stores the claim it is shown by (a label of the fact shown)."""
    cl = {c["id"]: c for c in d["claims"]}
    art = {a["id"]: a for a in d["articles"]}
    conf = confirmed_groups(d)
    want = {f"C{i}" for i in _pick(len(d["contradictions"]), n, seed, among[0] if among else None)}
    want |= {f"G{i}" for i in _pick(len(conf), n, seed, among[1] if among else None)}
    if set(labels) != want:
        raise ValueError(f"unlabelled: {sorted(want - set(labels))}; not in the sample: {sorted(set(labels) - want)}")
    items: dict[str, dict[str, str]] = {}

    def refs(cids: list[str]) -> list[dict[str, Any]]:
        out = []
        for cid in cids:
            c = cl[cid]
            a = art[c["article"]]
            items[a["url"]] = {"sha1": digest(a["text"]), "outlet": a["outlet"], "published": a["published"]}
            out.append(_claim_ref(c, a))
        return out

    contras, groups = [], []
    for key in sorted(labels, key=lambda k: (k[0], int(k[1:]))):
        i = int(key[1:])
        entry = {"id": key, **labels[key]}
        if key[0] == "C":
            x = d["contradictions"][i]
            contras.append({**entry, "kind": x["kind"], "claims": refs(x["claims"])})
        elif shown:
            groups.append({**entry, "shown": refs([conf[i]["summary_claim"]])[0], "claims": refs(conf[i]["claims"])})
        else:
            groups.append({**entry, "claims": refs(conf[i]["claims"])})
    smp: dict[str, Any] = {"seed": seed, "n": n, "contradictions_reported": len(d["contradictions"]),
                           "confirmed_reported": len(conf)}
    if among is not None:
        smp["uncovered_before"] = {"contradictions": len(among[0]), "confirmed": len(among[1])}
    if shown:
        smp["labels"] = "the fact each group is shown by"
    return {
        "sample": smp,
        "items": dict(sorted(items.items())),
        "contradictions": contras,
        "confirmed": groups,
    }


def _overlaps(ref: dict[str, Any], c: dict[str, Any], url: str) -> bool:
    """The new claim covers at least half of the labelled span, in the same item."""
    if url != ref["item"]:
        return False
    inter = min(ref["end"], c["end"]) - max(ref["start"], c["start"])
    return inter > 0 and inter * 2 >= ref["end"] - ref["start"]


def _hits(gold: dict[str, Any], d: dict[str, Any]) -> dict[str, Callable[[dict[str, Any]], list[int]]]:
    """For a labelled entry, the reported contradictions (or `confirmed` groups) of ``d`` it is found in."""
    art = {a["id"]: a for a in d["articles"]}
    url_of = {c["id"]: art[c["article"]]["url"] for c in d["claims"]}
    by_url: dict[str, list[dict[str, Any]]] = {}
    for c in d["claims"]:
        by_url.setdefault(url_of[c["id"]], []).append(c)

    def matches(ref: dict[str, Any]) -> set[str]:
        return {c["id"] for c in by_url.get(ref["item"], []) if _overlaps(ref, c, ref["item"])}

    # contradictions: a labelled pair is still reported when one reported pair joins its two claims
    reported = [set(x["claims"]) for x in d["contradictions"]]

    def pair_hits(e: dict[str, Any]) -> list[int]:
        a, b = (matches(r) for r in e["claims"][:2])
        return [j for j, pair in enumerate(reported) if pair & a and pair & b and len(pair) >= 2]

    # confirmed groups: a labelled group is still confirmed when a confirmed group holds one of its claims
    conf_claims = [set(g["claims"]) for g in confirmed_groups(d)]

    shown_by = [g.get("summary_claim") for g in confirmed_groups(d)]

    def group_hits(e: dict[str, Any]) -> list[int]:
        ids: set[str] = set()
        for ref in e["claims"]:
            ids |= matches(ref)
        hit = [j for j, g in enumerate(conf_claims) if g & ids]
        if "shown" in e:  # a label of the fact shown: only where that claim is still the one shown
            shown = matches(e["shown"])
            hit = [j for j in hit if shown_by[j] in shown]
        return hit

    return {"contradictions": pair_hits, "confirmed": group_hits}


def changed_shown(before: dict[str, Any], after: dict[str, Any]) -> list[int]:
    """Indices (in ``after``) of the `confirmed` groups whose shown fact differs from ``before``'s
    (two dossiers of one store: the groups keep their ids)."""
    was = {g["id"]: g["summary"] for g in before["claim_groups"]}
    return [i for i, g in enumerate(confirmed_groups(after)) if was.get(g["id"]) != g["summary"]]


def anchor_shown(before: dict[str, Any], after: dict[str, Any], labels: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The stored gold of the groups whose shown fact changed: every one labelled, no other."""
    cl = {c["id"]: c for c in after["claims"]}
    art = {a["id"]: a for a in after["articles"]}
    conf = confirmed_groups(after)
    changed = changed_shown(before, after)
    want = {f"G{i}" for i in changed}
    if set(labels) != want:
        raise ValueError(f"unlabelled: {sorted(want - set(labels))}; not in the sample: {sorted(set(labels) - want)}")
    items: dict[str, dict[str, str]] = {}

    def ref(cid: str) -> dict[str, Any]:
        c = cl[cid]
        a = art[c["article"]]
        items[a["url"]] = {"sha1": digest(a["text"]), "outlet": a["outlet"], "published": a["published"]}
        return _claim_ref(c, a)

    groups = [{"id": key, **labels[key], "shown": ref(conf[int(key[1:])]["summary_claim"]),
               "claims": [ref(c) for c in conf[int(key[1:])]["claims"]]}
              for key in sorted(labels, key=lambda k: int(k[1:]))]
    return {"sample": {"rule": "every confirmed group whose shown fact changed", "confirmed_reported": len(conf),
                       "changed": len(changed)},
            "items": dict(sorted(items.items())), "contradictions": [], "confirmed": groups}


def score(gold: dict[str, Any], d: dict[str, Any], shown: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    changed = sorted(u for u, it in gold["items"].items()
                     if not any(a["url"] == u and digest(a["text"]) == it["sha1"] for a in d["articles"]))
    hits = _hits(gold, d)
    out: dict[str, Any] = {"items_changed": changed}
    out["contradictions"] = _tally(gold["contradictions"], len(d["contradictions"]), hits["contradictions"])
    confirmed = gold["confirmed"]
    if shown:
        relabelled: set[int] = set()
        for other in shown:
            found = _hits(other, d)["confirmed"]
            for e in other["confirmed"]:
                relabelled.update(found(e))
        # an entry whose every group now shows another fact was a label of the old one: left out
        kept = [e for e in confirmed if not (h := hits["confirmed"](e)) or not set(h) <= relabelled]
        out["confirmed_superseded"] = len(confirmed) - len(kept)
        confirmed = kept
    out["confirmed"] = _tally(confirmed, len(confirmed_groups(d)), hits["confirmed"])
    return out


def union(golds: list[dict[str, Any]], d: dict[str, Any]) -> dict[str, Any]:
    """Every reported entry scored once, by the last of ``golds`` (oldest first) that labels it: a later
    round's label of the fact shown supersedes an earlier label of the group; two labels of one entry
    that disagree in one gold count it wrong."""
    out: dict[str, Any] = {}
    for kind, reported in (("contradictions", len(d["contradictions"])), ("confirmed", len(confirmed_groups(d)))):
        label: dict[int, tuple[int, str]] = {}
        for k, gold in enumerate(golds):
            hits = _hits(gold, d)[kind]
            for e in gold[kind]:
                for j in hits(e):
                    was = label.get(j)
                    if was is None or was[0] < k or e["label"] == "wrong":
                        label[j] = (k, e["why"] if e["label"] == "wrong" else "ok")
        wrong: dict[str, int] = {}
        for _, why in label.values():
            if why != "ok":
                wrong[why] = wrong.get(why, 0) + 1
        r, w = sum(1 for _, why in label.values() if why == "ok"), sum(wrong.values())
        out[kind] = {"reported": reported, "labelled": len(label), "right": r, "wrong": w,
                     "wrong_by_class": dict(sorted(wrong.items())),
                     "precision_labelled": round(r / (r + w), 4) if r + w else None,
                     "unlabelled": reported - len(label)}
    return out


def _tally(labelled: list[dict[str, Any]], reported: int,
           hits: Callable[[dict[str, Any]], list[int]]) -> dict[str, Any]:
    """Labelled items still reported (``hits``: the reported items each one is found in), right and wrong."""
    covered: set[int] = set()
    tally = {"right": [0, 0], "wrong": [0, 0]}
    wrong_kept: dict[str, int] = {}
    for e in labelled:
        hit = hits(e)
        covered.update(hit)
        tally[e["label"]][0] += 1
        if hit:
            tally[e["label"]][1] += 1
            if e["label"] == "wrong":
                wrong_kept[e["why"]] = wrong_kept.get(e["why"], 0) + 1
    r, w = tally["right"][1], tally["wrong"][1]
    return {
        "reported": reported, "labelled_right": tally["right"][0], "labelled_wrong": tally["wrong"][0],
        "still_right": r, "still_wrong": w, "wrong_still_by_class": wrong_kept,
        "precision_labelled": round(r / (r + w), 4) if r + w else None,
        "unlabelled": reported - len(covered),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks.gold.dossier", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("dump")
    p.add_argument("dossier", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("anchor")
    p.add_argument("dossier", type=Path)
    p.add_argument("labels", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("unlabelled")
    p.add_argument("dossier", type=Path)
    for name in ("dump", "anchor", "unlabelled"):
        sp = sub.choices[name]
        sp.add_argument("--seed", type=int, default=23)
        sp.add_argument("--n", type=int, default=60)
        sp.add_argument("--after", type=Path, action="append", default=[],
                        help="an earlier round's gold: sample only what no such gold covers")
        sp.add_argument("--stale", action="store_true",
                        help="also the groups whose labels may judge a fact no longer shown (labels of the fact shown)")
    p = sub.add_parser("union")
    p.add_argument("dossier", type=Path)
    p.add_argument("golds", type=Path, nargs="+", help="oldest first: a later gold's label wins")
    p.add_argument("--json", type=Path)
    p = sub.add_parser("shown")
    p.add_argument("before", type=Path)
    p.add_argument("dossier", type=Path)
    p.add_argument("labels", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("score")
    p.add_argument("gold", type=Path)
    p.add_argument("dossier", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--shown", type=Path, action="append", default=[],
                   help="a `shown` gold: entries of GOLD whose groups it relabels are left out")
    args = ap.parse_args(argv)
    d = json.loads(args.dossier.read_text(encoding="utf-8"))
    among = None
    if args.cmd in ("dump", "anchor", "unlabelled") and args.after:
        among = to_label(d, [json.loads(p.read_text(encoding="utf-8")) for p in args.after], args.stale)
    if args.cmd == "unlabelled":
        contras, groups = among or (list(range(len(d["contradictions"]))), list(range(len(confirmed_groups(d)))))
        print(json.dumps({"contradictions": [f"C{i}" for i in contras], "confirmed": [f"G{i}" for i in groups]}))
        return 0
    if args.cmd == "union":
        res = union([json.loads(p.read_text(encoding="utf-8")) for p in args.golds], d)
        print(json.dumps(res, ensure_ascii=False, indent=1))
        if args.json:
            args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.cmd == "dump":
        dump(d, args.out, args.seed, args.n, among)
        return 0
    if args.cmd == "shown":  # anchored only: scored with `score`, once the gold is committed
        before = json.loads(args.before.read_text(encoding="utf-8"))
        gold = anchor_shown(before, d, parse_labels(args.labels.read_text(encoding="utf-8")))
        args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.cmd == "anchor":
        gold = anchor(d, parse_labels(args.labels.read_text(encoding="utf-8")), args.seed, args.n, among,
                      shown=args.stale)
        args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(score(gold, d), ensure_ascii=False))
        return 0
    res = score(json.loads(args.gold.read_text(encoding="utf-8")), d,
                [json.loads(p.read_text(encoding="utf-8")) for p in args.shown])
    print(json.dumps(res, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
