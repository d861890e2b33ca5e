"""Score recoupe's HTML cleaning (``recoupe.clean.clean``) on two public extraction benchmarks.

    python -m benchmarks.eval_extraction [--data DIR] [--lang fr|en|all] [--favor precision|recall|balanced]
                                          [--raw-trafilatura] [--check-scorer]

1. trafilatura-eval (``DIR/trafilatura-eval``): for each kept page of the chosen language (French by
   default), the cleaned text is whitespace-normalised and each gold snippet substring-tested: TP = a
   "with" snippet found, FN = a "with" snippet missing, FP = a "without" snippet found; micro P/R/F1 over
   pages. A crash or a rejection counts as empty output. Title and date accuracy are reported on the
   pages that carry gold metadata (title: equality ignoring case, whitespace and ' vs ’; date: same day).
2. scrapinghub article-extraction-benchmark (``DIR/scrapinghub-article-extraction``, English news):
   ``\\w+`` tokens, 4-gram shingle multisets; per page tp = sum of min counts, fp/fn = the excesses,
   normalised to sum 1; P and R averaged over pages; F1 = 2PR/(P+R). ``--check-scorer`` first scores the
   shipped ``output/trafilatura.json`` (published F1 0.958) to validate this scorer.

The data folder defaults to ``/work/shared/eval-data`` (or ``$RECOUPE_EVAL_DATA``); a missing folder is
skipped with a message. Nothing from the benchmarks is copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(os.environ.get("RECOUPE_EVAL_DATA", "/work/shared/eval-data"))

Extractor = Callable[[bytes, str], tuple[str, str, str]]  # html, name -> (text, title, date)


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _same_title(gold: str, ours: str) -> bool:
    """Case, whitespace and apostrophe style (' vs ’) do not count."""
    def norm(s: str) -> str:
        return _ws(s).casefold().replace("’", "'")
    return norm(gold) == norm(ours)


def recoupe_extractor(*, favor: str = "precision", raw_trafilatura: bool = False) -> Extractor:
    import recoupe.clean as rc
    from recoupe.model import RawDocument

    rc.FAVOR = favor

    def run(html: bytes, name: str) -> tuple[str, str, str]:
        if raw_trafilatura:
            meta = rc.extract_html(html, favor=favor)
            return meta["text"], meta["title"], meta["date"][:10]
        try:
            result = rc.clean(RawDocument(origin=name, fmt="html", raw=html))
        except Exception as exc:  # a crash is empty output, but say so
            print(f"  crash on {name}: {exc!r}", file=sys.stderr)
            return "", "", ""
        if not hasattr(result, "text"):
            return "", "", ""
        published = result.published.isoformat() if result.published else ""
        return result.text, result.title, published

    return run


# --- trafilatura-eval -------------------------------------------------------------------------------

def eval_trafilatura(folder: Path, extract: Extractor, lang: str = "fr") -> dict[str, float] | None:
    if not folder.is_dir():
        print(f"skip trafilatura-eval: {folder} not found")
        return None
    gold = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    tp = fn = fp = tn = 0
    titles = [0, 0]
    dates = [0, 0]
    pages = 0
    with open(folder / "index.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        if row["html_kept"] != "yes" or (lang != "all" and row["lang"] != lang):
            continue
        entry = gold[row["key"]]
        html = gzip.decompress((folder / "html" / row["html_gz"]).read_bytes())
        text, title, published = extract(html, row["html_gz"])
        out = _ws(text)
        pages += 1
        for snippet in entry.get("with", []):
            if _ws(snippet) in out:
                tp += 1
            else:
                fn += 1
        for snippet in entry.get("without", []):
            if _ws(snippet) in out:
                fp += 1
            else:
                tn += 1
        if entry.get("title"):
            titles[1] += 1
            titles[0] += _same_title(entry["title"], title)
        if entry.get("date"):
            dates[1] += 1
            dates[0] += entry["date"][:10] == published[:10]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    acc = (tp + tn) / (tp + tn + fp + fn) if pages else 0.0
    print(f"trafilatura-eval [{lang}] pages={pages} TP={tp} FN={fn} FP={fp} TN={tn}  "
          f"P={p:.3f} R={r:.3f} F1={f1:.3f} acc={acc:.3f}")
    print(f"  title exact {titles[0]}/{titles[1]}  date exact {dates[0]}/{dates[1]}")
    return {"precision": p, "recall": r, "f1": f1, "accuracy": acc, "pages": pages,
            "title": titles[0] / titles[1] if titles[1] else 0.0, "date": dates[0] / dates[1] if dates[1] else 0.0}


# --- scrapinghub ------------------------------------------------------------------------------------

def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = sum(min(c, p[k]) for k, c in t.items() if k in p)
    fp = sum(max(0, c - t.get(k, 0)) for k, c in p.items())
    fn = sum(max(0, c - p.get(k, 0)) for k, c in t.items())
    total = tp + fp + fn
    if total:
        return tp / total, fp / total, fn / total
    return 0.0, 0.0, 0.0


def shingle_prf(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    precisions, recalls = [], []
    for key, true in gold.items():
        tp, fp, fn = page_scores(true, pred.get(key, ""))
        precisions.append(1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp)))
        recalls.append(1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn)))
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def eval_scrapinghub(folder: Path, extract: Extractor | None, *, check: bool = False) -> dict[str, float] | None:
    if not folder.is_dir():
        print(f"skip scrapinghub: {folder} not found")
        return None
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {k: v["articleBody"] for k, v in truth.items()}
    if check:
        shipped = json.loads((folder / "output" / "trafilatura.json").read_text(encoding="utf-8"))
        shipped = shipped.get("output", shipped)
        p, r, f1 = shingle_prf(gold, {k: v.get("articleBody", "") for k, v in shipped.items()})
        print(f"scorer check: shipped trafilatura.json P={p:.3f} R={r:.3f} F1={f1:.3f} (published 0.958)")
    if extract is None:
        return None
    pred = {}
    for key in gold:
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pred[key] = extract(html, f"{key}.html.gz")[0]
    p, r, f1 = shingle_prf(gold, pred)
    print(f"scrapinghub [en] pages={len(gold)} P={p:.3f} R={r:.3f} F1={f1:.3f}")
    return {"precision": p, "recall": r, "f1": f1}


def evaluate(root: Path = DEFAULT_DATA) -> dict[str, Any]:
    """The figures ``benchmarks.eval`` reports: recoupe.clean on the French and English pages of
    trafilatura-eval and on the scrapinghub set; {} when the evaluation data is absent."""
    root = Path(root)
    if not root.is_dir():
        return {}
    extract = recoupe_extractor()
    return {"trafilatura-eval-fr": eval_trafilatura(root / "trafilatura-eval", extract, "fr"),
            "trafilatura-eval-en": eval_trafilatura(root / "trafilatura-eval", extract, "en"),
            "scrapinghub": eval_scrapinghub(root / "scrapinghub-article-extraction", extract)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--lang", default="fr", choices=["fr", "en", "all"], help="trafilatura-eval pages")
    ap.add_argument("--favor", default="precision", choices=["precision", "recall", "balanced"])
    ap.add_argument("--raw-trafilatura", action="store_true", help="score bare trafilatura, not clean()")
    ap.add_argument("--check-scorer", action="store_true")
    ap.add_argument("--skip-scrapinghub", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skip: evaluation data folder {args.data} not found (set RECOUPE_EVAL_DATA)")
        return 0
    extract = recoupe_extractor(favor=args.favor, raw_trafilatura=args.raw_trafilatura)
    label = "trafilatura (bare)" if args.raw_trafilatura else "recoupe.clean"
    print(f"extractor: {label}, favor_{args.favor}")
    t0 = time.perf_counter()
    eval_trafilatura(args.data / "trafilatura-eval", extract, args.lang)
    if not args.skip_scrapinghub:
        eval_scrapinghub(args.data / "scrapinghub-article-extraction", extract, check=args.check_scorer)
    print(f"time {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
