"""Score recoupe's story clustering on our hand labels of the RSS Trends FR stream (14-18 Aug).

    python -m benchmarks.eval_stories [--pred FILE] [--data DIR] [--gold FILE] [--keep DIR] [--dated]
                                      [--orders N]

Gold: ``benchmarks/gold/stories/rss-trends-fr-2026-08-14_18.tsv`` (``link<TAB>story_id<TAB>day``,
one row per link deduplicated across the five days; guidelines in the README beside it). The data
is read from ``../shared/eval-data/rss-trends-fr/<day>/news.json``; only the five labelled days are
used (2026-08-19 and later are held out and never read here).

Without ``--pred`` the five ``news.json`` files are built with recoupe into a temporary store (``recoupe
build … --db TMP/stories.db``), exported with ``recoupe export --format stories-tsv`` and the exported
``link<TAB>story_id`` file is scored. With ``--pred FILE`` an existing TSV is scored as is (no build).
The items state no publication date (only some links carry one): with ``--dated`` the five days are
built one after the other into one store, each with ``--published DAY`` (the day the item was collected,
for those that state none), as a daily run of the stream reads them; then report time is known
and « samedi » or « ce mardi » resolve. With ``--orders N`` the build is run N times, in N canonical orders
(``build.order_seed`` 0 … N-1: within a day, articles by a salted hash; seed 0 is the usual
order), each order's pairwise P/R/F1 (all / tune / held-out) printed, then their mean and spread: single-pass
stories depend on the order, and one order is one draw. Scores are pairwise P/R/F1 over item pairs and
B-cubed P/R/F1, both
over the links present in the gold *and* the prediction (a predicted row with an empty story id counts
as a singleton; a link exported several times keeps its first story id). When the prediction misses gold
items (recoupe rejects items whose RSS lead is empty or too short), two recoupe rows are printed: on the
kept items only (with the baselines on the same items, like for like), and on every gold item with the
dropped ones counted as singletons.

Two reference rows are printed with it:

* **all singletons** — every item its own story (pairwise recall 0; B-cubed precision 1);
* **trends.json** — the source repository's automatic per-day clusters. Each trend lists its
  items as ``[news_id, similarity, link]``; an item is mapped to its trend through the link.
  Trends of different days that share a link (feeds repeat items day after day) are merged into
  one cluster (union-find), so a multi-day story can be found; an item in several trends of one
  day keeps them connected the same way; items in no trend are singletons.

``--set wmt`` scores the cross-language check of issue 15 instead: the 176 docs of
``../shared/eval-data/wmt14-newstest-fr-en``, each in French and in English (352 articles, a
translation pair per doc: seg 1 as title, the other segs as paragraphs; no dates), are built
together; each doc's French and English versions should share a story (target >= 0.98 of the
docs) and no story should hold two docs (target: no other merge). Printed: the share of docs
linked, by original language, the pairs of different docs merged, and pairwise/B-cubed P/R/F1
with the doc id as gold.

Exits 0 with a message when the eval-data folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from benchmarks.scoring import bcubed, pairwise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data" / "rss-trends-fr"
GOLD = ROOT / "benchmarks" / "gold" / "stories" / "rss-trends-fr-2026-08-14_18.tsv"
DAYS = ("2026-08-14", "2026-08-15", "2026-08-16", "2026-08-17", "2026-08-18")


# ---------------------------------------------------------------------------------------------
# scoring


def score(pred: dict[str, str], gold: dict[str, str]) -> dict:
    """Pairwise and B-cubed P/R/F1 of ``pred`` (link -> story) against ``gold`` (link -> story).

    Only the links present in both are scored; ``items`` says how many, ``gold_items`` and
    ``pred_items`` how many each side had.
    """
    common = {x for x in gold if x in pred}
    g = {x: gold[x] for x in common}
    p = {x: pred[x] for x in common}
    pw = pairwise(p, g)
    b3 = bcubed(p, g)
    return {
        "items": len(common),
        "gold_items": len(gold),
        "pred_items": len(pred),
        "pred_clusters": len(set(p.values())),
        "gold_clusters": len(set(g.values())),
        "pairwise": {"p": round(pw.p, 4), "r": round(pw.r, 4), "f1": round(pw.f1, 4),
                     "tp": pw.tp, "fp": pw.fp, "fn": pw.fn},
        "bcubed": {"p": b3["p"], "r": b3["r"], "f1": b3["f1"]},
    }


# ---------------------------------------------------------------------------------------------
# reading


def norm_link(link: str) -> str:
    """A light URL key: trimmed, scheme and host lower-cased, no fragment, no trailing slash."""
    link = link.strip()
    parts = urlsplit(link)
    if not parts.scheme or not parts.netloc:
        return link
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def read_gold(path: Path = GOLD) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {norm_link(r["link"]): r["story_id"] for r in rows}


TUNE_DAYS = DAYS[:3]  # thresholds are chosen on these days' items; 17-18 are reported as held out
HELD_OUT_DAYS = DAYS[3:]


def read_gold_days(path: Path = GOLD) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {norm_link(r["link"]): r["day"] for r in csv.DictReader(f, delimiter="\t")}


def read_pred(path: Path, stats: dict[str, int] | None = None) -> dict[str, str]:
    """``link<TAB>story_id`` (header optional); an empty story id becomes a singleton.

    A link listed several times (the same item stored once per day) keeps its first story id;
    ``stats`` (if given) receives the row count, the unique links and the conflicting links.
    """
    out: dict[str, str] = {}
    rows = conflicts = 0
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter="\t")):
            if not row or (i == 0 and row[0].strip().lower() == "link"):
                continue
            rows += 1
            link = norm_link(row[0])
            story = row[1].strip() if len(row) > 1 else ""
            story = story or f"__single__:{link}"
            if link in out:
                conflicts += out[link] != story and not story.startswith("__single__")
                continue
            out[link] = story
    if stats is not None:
        stats.update(rows=rows, links=len(out), conflicts=conflicts)
    return out


def news_files(data: Path = DATA) -> list[Path]:
    return [data / d / "news.json" for d in DAYS]


def unique_links(data: Path = DATA) -> list[tuple[str, str]]:
    """(link, first day) of every item of the five days, deduplicated by link, first seen kept."""
    seen: dict[str, str] = {}
    for day, path in zip(DAYS, news_files(data), strict=True):
        for item in json.loads(path.read_text(encoding="utf-8")):
            seen.setdefault(norm_link(item["link"]), day)
    return list(seen.items())


# ---------------------------------------------------------------------------------------------
# baselines


def singletons(gold: dict[str, str]) -> dict[str, str]:
    return {x: f"s{i}" for i, x in enumerate(gold)}


def trends_clusters(data: Path, links: list[str]) -> dict[str, str] | None:
    """The source repo's per-day trends mapped to items by link, merged when they share a link."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    found = False
    for day in DAYS:
        path = data / day / "trends.json"
        if not path.exists():
            continue
        found = True
        for t, trend in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            tid = f"trend:{day}:{t}"
            parent.setdefault(tid, tid)
            for doc in trend.get("docs", []):
                if len(doc) >= 3 and isinstance(doc[2], str):
                    union(tid, "link:" + norm_link(doc[2]))
    if not found:
        return None
    out = {}
    for x in links:
        key = "link:" + x
        out[x] = find(key) if key in parent else f"single:{x}"
    return out


# ---------------------------------------------------------------------------------------------
# building with recoupe


def recoupe_cmd() -> list[str]:
    script = Path(sys.executable).with_name("recoupe")
    return [str(script)] if script.exists() else [sys.executable, "-m", "recoupe.cli.app"]


def build_and_export(data: Path, workdir: Path, config: Path | None = None, dated: bool = False
                     ) -> tuple[Path, float]:
    if dated:  # one build a day, its items dated by the day they were collected when they state no date
        return build_files(news_files(data), workdir, config, published=DAYS)
    return build_files(news_files(data), workdir, config)


def build_files(files: list[Path], workdir: Path, config: Path | None = None,
                published: list[str] | None = None) -> tuple[Path, float]:
    """``recoupe build FILES`` into ``workdir/stories.db``, then ``recoupe export --format
    stories-tsv``; return the exported TSV and the seconds both took. With ``published`` (one day
    per file), each file is built on its own, in order, with ``--published DAY`` (the fallback date of
    its items that state none): the stream as a daily run reads it, report time known."""
    db, pred = workdir / "stories.db", workdir / "pred.tsv"
    cmd = recoupe_cmd()
    t0 = time.time()
    extra = ["--config", str(config)] if config else []
    runs = ([[str(f), "--published", d] for f, d in zip(files, published, strict=True)] if published
            else [list(map(str, files))])
    for run in runs:
        build = subprocess.run([*cmd, "build", *run, "--db", str(db), *extra],
                               capture_output=True, text=True, check=False)
        # exit code 1 also means "some inputs were rejected": go on if the store exists
        if build.returncode not in (0, 1) or not db.exists():
            sys.stderr.write(build.stdout[-4000:] + build.stderr[-4000:])
            raise SystemExit(f"recoupe build failed (exit {build.returncode})")
        for line in build.stderr.splitlines():  # the summary lines, not every rejection
            if line.startswith(("added ", "rejections by reason")):
                print("recoupe build: " + line)
    export = subprocess.run([*cmd, "export", "--db", str(db), "--format", "stories-tsv",
                             "-o", str(pred)], capture_output=True, text=True, check=False)
    if export.returncode != 0 or not pred.exists():
        sys.stderr.write(export.stdout[-4000:] + export.stderr[-4000:])
        raise SystemExit(f"recoupe export failed (exit {export.returncode})")
    return pred, time.time() - t0


# ---------------------------------------------------------------------------------------------
# report


def _row(name: str, s: dict) -> str:
    pw, b3 = s["pairwise"], s["bcubed"]
    return (f"{name:<36}{s['items']:>6}{s['pred_clusters']:>7}  "
            f"{pw['p']:>6.3f}{pw['r']:>7.3f}{pw['f1']:>7.3f}   "
            f"{b3['p']:>6.3f}{b3['r']:>7.3f}{b3['f1']:>7.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pred", type=Path, help="score this link<TAB>story_id TSV, no build")
    ap.add_argument("--data", type=Path, default=DATA, help="the rss-trends-fr folder")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    ap.add_argument("--config", type=Path, help="settings file passed to recoupe build (for tuning)")
    ap.add_argument("--dated", action="store_true",
                    help="rss: build day by day, items that state no date dated by their day (--published)")
    ap.add_argument("--orders", type=int, default=1,
                    help="rss: build in N canonical orders (build.order_seed 0..N-1), print each and the mean")
    ap.add_argument("--set", choices=("rss", "wmt"), default="rss",
                    help="rss: our labels of rss-trends-fr (default); wmt: French/English translation pairs")
    args = ap.parse_args(argv)
    if args.set == "wmt":
        main_wmt(args.keep, args.json, args.config)
        return

    if not args.data.is_dir() or not all(p.exists() for p in news_files(args.data)):
        print(f"rss-trends-fr eval data not found at {args.data}: nothing to score.")
        return
    if args.orders > 1:
        if args.pred is not None:
            raise SystemExit("--orders builds: it takes no --pred")
        main_orders(args)
        return
    gold = read_gold(args.gold)
    links = [x for x, _ in unique_links(args.data)]
    missing = [x for x in links if x not in gold]
    if missing:
        print(f"warning: {len(missing)} item link(s) of the five days are not in the gold file")
    sizes = Counter(Counter(gold.values()).values())
    shown = args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold
    print(f"gold {shown}: {len(gold)} items, {len(set(gold.values()))} stories, "
          f"{sizes[1]} singletons")

    name = "recoupe (--pred)" if args.pred is not None else "recoupe"
    secs = None
    stats: dict[str, int] = {}
    if args.pred is not None:
        pred = read_pred(args.pred, stats)
    else:
        tmp = args.keep or Path(tempfile.mkdtemp(prefix="recoupe-stories-"))
        tmp.mkdir(parents=True, exist_ok=True)
        try:
            pred_path, secs = build_and_export(args.data, tmp, args.config, args.dated)
            pred = read_pred(pred_path, stats)
        finally:
            if args.keep is None:
                shutil.rmtree(tmp, ignore_errors=True)
    tr = trends_clusters(args.data, list(gold))
    covered = {x: gold[x] for x in gold if x in pred}

    results: dict[str, dict] = {}
    if len(covered) < len(gold):
        # like-for-like on the items recoupe kept, then everything with the dropped ones as
        # singletons (what a reader of the stream would get)
        results[f"{name}, kept items"] = score(pred, gold)
        results["all singletons, kept items"] = score(singletons(covered), covered)
        if tr is not None:
            results["trends.json, kept items"] = score(tr, covered)
        filled = {x: pred.get(x, f"__dropped__:{x}") for x in gold}
        results[f"{name}, dropped=singleton"] = score(filled, gold)
    else:
        results[name] = score(pred, gold)
    # the split: pairs of items first seen on days 14-16 (where thresholds are tuned) and pairs of
    # items first seen on days 17-18 (held out); cross-split pairs are in the full rows only
    days = read_gold_days(args.gold)
    for label, split in (("tune days 14-16", TUNE_DAYS), ("held-out days 17-18", HELD_OUT_DAYS)):
        part = {x: g for x, g in gold.items() if days.get(x) in split}
        results[f"{name}, {label}"] = score({x: pred.get(x, f"__dropped__:{x}") for x in part}, part)
    results["all singletons"] = score(singletons(gold), gold)
    if tr is not None:
        results["trends.json (merged)"] = score(tr, gold)

    print(f"{'':<36}{'items':>6}{'clust':>7}  {'pw P':>6}{'pw R':>7}{'pw F1':>7}   "
          f"{'B3 P':>6}{'B3 R':>7}{'B3 F1':>7}")
    for row, sc in results.items():
        print(_row(row, sc))
    print(f"prediction: {stats['rows']} rows, {stats['links']} distinct links "
          f"({stats['conflicts']} listed twice with different stories), covering {len(covered)} "
          f"of {len(gold)} gold items")
    if secs is not None:
        print(f"build + export: {secs:.0f} s")
    print("Reference (other data, English): Miranda et al. 2018, pairwise F1 0.940.")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


def seeded_config(config: Path | None, seed: int, out: Path) -> Path | None:
    """A settings file: ``config``'s settings with ``build.order_seed`` = ``seed`` (``config`` as is
    for seed 0 when it sets no seed)."""
    import tomllib

    data = tomllib.loads(config.read_text(encoding="utf-8")) if config else {}
    if seed == 0 and "order_seed" not in data.get("build", {}):
        return config
    data.setdefault("build", {})["order_seed"] = seed
    lines = []
    for section, values in data.items():
        lines.append(f"[{section}]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in values.items()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def order_scores(pred: dict[str, str], gold: dict[str, str], days: dict[str, str]) -> dict[str, dict]:
    """Pairwise P/R/F1 of one build on every gold item (dropped ones as singletons), tune and held-out."""
    out = {"all": score({x: pred.get(x, f"__dropped__:{x}") for x in gold}, gold)["pairwise"]}
    for label, split in (("tune", TUNE_DAYS), ("held-out", HELD_OUT_DAYS)):
        part = {x: g for x, g in gold.items() if days.get(x) in split}
        out[label] = score({x: pred.get(x, f"__dropped__:{x}") for x in part}, part)["pairwise"]
    return out


def main_orders(args: argparse.Namespace) -> None:
    """``--orders N``: N builds, each in its canonical order (``build.order_seed``), each scored,
    then the mean and the spread (population standard deviation) of each figure."""
    gold, days = read_gold(args.gold), read_gold_days(args.gold)
    print(f"{len(gold)} gold items; {args.orders} orders, {'dated, day by day' if args.dated else 'undated'}")
    splits = ("all", "tune", "held-out")
    print(f"{'order':<8}" + "".join(f"{s + ' ' + m:>13}" for s in splits for m in ("P", "R", "F1")))
    runs: list[dict[str, dict]] = []
    for seed in range(args.orders):
        base = (args.keep / f"order{seed}") if args.keep else Path(tempfile.mkdtemp(prefix="recoupe-stories-"))
        base.mkdir(parents=True, exist_ok=True)
        try:
            config = seeded_config(args.config, seed, base / "order.toml")
            pred_path, _ = build_and_export(args.data, base, config, args.dated)
            runs.append(order_scores(read_pred(pred_path), gold, days))
        finally:
            if args.keep is None:
                shutil.rmtree(base, ignore_errors=True)
        print(f"{seed:<8}" + "".join(f"{runs[-1][s][m]:>13.3f}" for s in ("all", "tune", "held-out")
                                     for m in ("p", "r", "f1")), flush=True)
    summary: dict[str, dict] = {}
    for stat in ("mean", "sd"):
        row = {}
        for s in ("all", "tune", "held-out"):
            row[s] = {}
            for m in ("p", "r", "f1"):
                xs = [r[s][m] for r in runs]
                mean = sum(xs) / len(xs)
                row[s][m] = mean if stat == "mean" else (sum((x - mean) ** 2 for x in xs) / len(xs)) ** 0.5
        summary[stat] = row
        print(f"{stat:<8}" + "".join(f"{row[s][m]:>13.3f}" for s in splits for m in ("p", "r", "f1")))
    if args.json:
        args.json.write_text(json.dumps({"orders": runs, **summary}, indent=2), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# WMT14 newstest fr-en: each doc's French and English versions in one story, nothing else merged

WMT = ROOT.parent / "shared" / "eval-data" / "wmt14-newstest-fr-en"


def wmt_items(data: Path = WMT) -> list[tuple[dict[str, str], str, str]]:
    """(record, docid, origlang) for every doc in French, then every doc in English."""
    from benchmarks.gold.wmt import EN_FILE, FR_FILE, read_sgm, record

    origlang = {}
    for attrs in re.findall(r"<doc ([^>]*)>", (data / FR_FILE).read_text("utf-8")):
        a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        origlang[a["docid"]] = a.get("origlang", "")
    out = []
    for lang, name in (("fr", FR_FILE), ("en", EN_FILE)):
        for docid, segs in read_sgm(data / name, origlang=None):
            rec = record(docid, segs) | {"url": f"https://www.statmt.org/wmt14/{lang}/{docid}"}
            out.append((rec, docid, origlang.get(docid, "")))
    return out


def score_wmt(pred: dict[str, str], items: list[tuple[dict[str, str], str, str]]) -> dict:
    """Share of docs whose two versions share a story (overall and by original language), the
    article pairs of different docs put together, and pairwise/B-cubed against the doc ids."""
    gold = {norm_link(r["url"]): d for r, d, _ in items}
    filled = {x: pred.get(x, f"__dropped__:{x}") for x in gold}
    story: dict[tuple[str, str], str] = {}
    for r, d, _ in items:
        story[(d, "/en/" if "/en/" in r["url"] else "/fr/")] = filled[norm_link(r["url"])]
    langs = {d: o for _, d, o in items}
    linked = {d: story[(d, "/fr/")] == story[(d, "/en/")] for d in langs}
    by_lang = {}
    for o in sorted(set(langs.values())):
        docs = [d for d in langs if langs[d] == o]
        by_lang[o] = {"docs": len(docs), "linked": sum(linked[d] for d in docs),
                      "share": round(sum(linked[d] for d in docs) / max(len(docs), 1), 4)}
    members: dict[str, set[str]] = {}
    for x, s in filled.items():
        members.setdefault(s, set()).add(gold[x])
    mixed = [sorted(ds) for ds in members.values() if len(ds) > 1]
    sc = score(filled, gold)
    return {"docs": len(langs), "linked": sum(linked.values()),
            "linked_share": round(sum(linked.values()) / max(len(langs), 1), 4), "by_origlang": by_lang,
            "other_merge_pairs": sc["pairwise"]["fp"], "stories_mixing_docs": mixed, "scores": sc}


def main_wmt(keep: Path | None, json_out: Path | None, config: Path | None) -> None:
    if not WMT.is_dir():
        print(f"wmt14-newstest-fr-en eval data not found at {WMT}: nothing to score.")
        return
    items = wmt_items()
    tmp = keep or Path(tempfile.mkdtemp(prefix="recoupe-wmt-stories-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        path = tmp / "wmt14-fr-en.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in items), "utf-8")
        pred_path, secs = build_files([path], tmp, config)
        pred = read_pred(pred_path)
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    res = score_wmt(pred, items)
    print(f"wmt14 newstest fr-en: {res['docs']} docs x 2 languages; recoupe stored "
          f"{sum(norm_link(r['url']) in pred for r, _, _ in items)} of {len(items)} articles")
    print(f"French and English versions in one story: {res['linked']}/{res['docs']} = {res['linked_share']:.3f}"
          " (target >= 0.98)")
    for o, v in res["by_origlang"].items():
        print(f"  origlang={o}: {v['linked']}/{v['docs']} = {v['share']:.3f}")
    print(f"other merges: {res['other_merge_pairs']} article pairs of different docs in one story "
          f"({len(res['stories_mixing_docs'])} stories mixing docs: {res['stories_mixing_docs'][:10]}) "
          "(target: none)")
    print(f"{'':<36}{'items':>6}{'clust':>7}  {'pw P':>6}{'pw R':>7}{'pw F1':>7}   "
          f"{'B3 P':>6}{'B3 R':>7}{'B3 F1':>7}")
    print(_row("recoupe (gold: doc id)", res["scores"]))
    print(f"build + export: {secs:.0f} s")
    if json_out:
        json_out.write_text(json.dumps(res, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
