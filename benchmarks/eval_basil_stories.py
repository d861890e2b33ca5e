"""Score recoupe's story clustering on BASIL: 100 events, each told by three US outlets (English).

    python -m benchmarks.eval_basil_stories [--data DIR] [--keep DIR] [--json OUT] [--errors]

Data: ``../shared/eval-data/basil-en/articles/<year>/<triplet-uuid>_<k>.json`` (300 full articles,
Fox News / New York Times / HuffPost, 10 events a year 2010-2019). The gold is the data's own
``triplet-uuid`` (the three articles of one event share it): nothing is stored in the repository.

Each article becomes one JSON Lines record as a news stream would give it (``title``, ``text`` =
the body paragraphs, sentences joined by spaces and paragraphs by blank lines, ``published`` =
``date``, ``outlet`` = ``source``, ``url``), the file is built with ``recoupe build`` into a
temporary store, exported with ``recoupe export --format stories-tsv`` and the stories are scored
against the triplets: pairwise P/R/F1 over article pairs and B-cubed P/R/F1
(:mod:`benchmarks.scoring`). ``--errors`` prints the wrong merges and the split events (titles
only, read from the data at run time).

Target (issue 15): pairwise F1 >= 0.90. Exits 0 with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

from benchmarks.eval_stories import _row, build_files, norm_link, read_pred, score, singletons

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data" / "basil-en"


def read_basil(data: Path = DATA) -> list[dict[str, Any]]:
    """The 300 articles in a stable order (year folder, then file name)."""
    out = []
    for path in sorted((data / "articles").glob("*/*.json")):
        a = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in a.get("body-paragraphs", [])]
        out.append({"record": {"title": a["title"].strip(), "text": "\n\n".join(p for p in paragraphs if p),
                               "published": a["date"], "outlet": a["source"].lower(), "url": a["url"]},
                    "event": a["triplet-uuid"]})
    return out


def write_jsonl(path: Path, items: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(x["record"], ensure_ascii=False) + "\n" for x in items), "utf-8")


def errors(pred: dict[str, str], gold: dict[str, str], titles: dict[str, str]) -> list[str]:
    """Wrong merges (articles of different events in one story) and split events, one line each."""
    lines = []
    for a, b in combinations(sorted(gold), 2):
        same_p, same_g = pred.get(a) == pred.get(b), gold[a] == gold[b]
        if same_p and not same_g:
            lines.append(f"MERGED  {titles[a][:70]!r} + {titles[b][:70]!r}")
        elif same_g and not same_p:
            lines.append(f"SPLIT   {titles[a][:70]!r} / {titles[b][:70]!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the basil-en folder")
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    ap.add_argument("--config", type=Path, help="settings file passed to recoupe build")
    ap.add_argument("--errors", action="store_true", help="list the wrong merges and split events")
    args = ap.parse_args(argv)
    if not (args.data / "articles").is_dir():
        print(f"basil-en eval data not found at {args.data}: nothing to score.")
        return 0
    items = read_basil(args.data)
    gold = {norm_link(x["record"]["url"]): x["event"] for x in items}
    titles = {norm_link(x["record"]["url"]): x["record"]["title"] for x in items}
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="recoupe-basil-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        path = tmp / "basil.jsonl"
        write_jsonl(path, items)
        pred_path, secs = build_files([path], tmp, args.config)
        pred = read_pred(pred_path)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    filled = {x: pred.get(x, f"__dropped__:{x}") for x in gold}
    results = {"recoupe": score(filled, gold), "all singletons": score(singletons(gold), gold)}
    print(f"basil-en: {len(gold)} articles, {len(set(gold.values()))} events; "
          f"recoupe stored {sum(x in pred for x in gold)}")
    print(f"{'':<36}{'items':>6}{'clust':>7}  {'pw P':>6}{'pw R':>7}{'pw F1':>7}   "
          f"{'B3 P':>6}{'B3 R':>7}{'B3 F1':>7}")
    for name, sc in results.items():
        print(_row(name, sc))
    print(f"build + export: {secs:.0f} s. Target (issue 15): pairwise F1 >= 0.90.")
    if args.errors:
        print("\n".join(errors(filled, gold, titles)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
