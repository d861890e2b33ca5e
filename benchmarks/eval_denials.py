"""Score recoupe's English `denied` claims against the denial gold (issue 13: `denied` precision >= 0.90).

    python -m benchmarks.eval_denials [--gold FILE] [--json OUT] [--keep DIR] [--store DB] [--misses]
                                      [--set key=value ...]

Gold (``--gold``): ``benchmarks/gold/denials/polnear-leads.json`` (headline + lead units of PolNeAR's
test split, ``benchmarks/gold/denials_leads.py``, README §16) or, by default,
``benchmarks/gold/denials/basil-den.json`` (``benchmarks/gold/denials.py``; conventions in
``benchmarks/gold/README.md`` §15): 63 whole BASIL articles (21 events no pairs gold uses), with every
span where a source denies a claim (``denial``), negated counter-statements (``rebuttal``, which the
pairs conventions label `reported`/`asserted` with negative polarity) and hard negatives
(``negative``). The articles are rebuilt from ``../shared/eval-data/basil-en`` as JSON records, written
to one JSONL file and built into a fresh store with the library (``recoupe.pipeline.build``, as
``benchmarks.eval_pairs.build_dossier_for``); claims are read through
``recoupe.report.dossier.build_dossier``. ``--store DB`` scores an existing store instead (one kept
with ``--keep``).

Scores (a claim *overlaps* a span when they share at least one character of the article's text):

* **precision** of `denied`: a recoupe claim with modality ``denied`` is right when it overlaps a
  ``denial`` span (strict). It is *tolerated* when it overlaps no denial span but a ``rebuttal``
  (a lenient precision counts those right); anything else is a false positive, split into those on
  a hard negative and those on no marked span.
* **recall**: the denial spans that some `denied` claim overlaps, over all denial spans.
* **hard negatives**: how many ``negative`` spans a `denied` claim overlaps (each span once).

``--misses`` prints each false positive and each missed denial span to the terminal (never to a
file: the gold's texts stay out of the repository). Exits 0 with a message when the eval data is
absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.gold import denials, denials_leads
from benchmarks.gold.denials import GOLD, DenSpan
from benchmarks.gold.pairs import norm_link


def load_gold(gold: Path, data: Path | None = None) -> tuple[list[DenSpan], dict[str, dict[str, str]], dict[str, str]]:
    """The gold's spans, records and texts, with the loader of its data set (BASIL articles or
    PolNeAR leads, as the gold file's ``data`` says)."""
    if json.loads(gold.read_text("utf-8")).get("data") == "polnear-attribution-en":
        return denials_leads.load(gold, data or denials_leads.DATA)
    return denials.load(gold, data or denials.DATA)


def data_of(gold: Path) -> Path:
    stored = json.loads(gold.read_text("utf-8"))
    return denials_leads.DATA if stored.get("data") == "polnear-attribution-en" else denials.DATA


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return min(a_end, b_end) > max(a_start, b_start)


def claims_by_item(dossier: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """norm link of each article -> its claims (as the dossier gives them)."""
    link_of = {a["id"]: norm_link(a["url"]) for a in dossier["articles"] if a.get("url")}
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in dossier["claims"]:
        if c["article"] in link_of:
            out[link_of[c["article"]]].append(c)
    return out


def score(spans: list[DenSpan], claims: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The scores of the module docstring, from the gold spans and each article's claims (a pure
    function: testable without a model)."""
    by_item: dict[str, list[DenSpan]] = defaultdict(list)
    for s in spans:
        by_item[s.item].append(s)
    right = tolerated = fp_negative = fp_other = 0
    found: set[str] = set()
    negatives_hit: set[str] = set()
    rebuttals_hit: set[str] = set()
    for item, cs in claims.items():
        for c in cs:
            if c.get("modality") != "denied":
                continue
            hits = [s for s in by_item.get(item, []) if _overlaps(c["start"], c["end"], s.start, s.end)]
            kinds = {s.kind for s in hits}
            found.update(s.id for s in hits if s.kind == "denial")
            negatives_hit.update(s.id for s in hits if s.kind == "negative")
            rebuttals_hit.update(s.id for s in hits if s.kind == "rebuttal")
            if "denial" in kinds:
                right += 1
            elif "rebuttal" in kinds:
                tolerated += 1
            elif "negative" in kinds:
                fp_negative += 1
            else:
                fp_other += 1
    denials = [s for s in spans if s.kind == "denial"]
    predicted = right + tolerated + fp_negative + fp_other
    prec = right / predicted if predicted else 0.0
    rec = len(found) / len(denials) if denials else 0.0
    return {
        "predicted_denied": predicted, "right": right, "tolerated_on_rebuttal": tolerated,
        "fp_on_hard_negative": fp_negative, "fp_elsewhere": fp_other,
        "precision": round(right / predicted, 4) if predicted else None,
        "precision_lenient": round((right + tolerated) / predicted, 4) if predicted else None,
        "recall": round(len(found) / len(denials), 4) if denials else None,
        "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "denial_spans": len(denials), "denial_spans_found": len(found),
        "rebuttals": sum(s.kind == "rebuttal" for s in spans), "rebuttals_denied": len(rebuttals_hit),
        "hard_negatives": sum(s.kind == "negative" for s in spans), "hard_negatives_denied": len(negatives_hit),
    }


def misses(spans: list[DenSpan], claims: dict[str, list[dict[str, Any]]], texts: dict[str, str]) -> list[str]:
    """One line per false positive (FP) and per missed denial span (FN), with what recoupe made of it."""
    out = []
    by_item: dict[str, list[DenSpan]] = defaultdict(list)
    for s in spans:
        by_item[s.item].append(s)
    for item, cs in sorted(claims.items()):
        for c in cs:
            if c.get("modality") != "denied":
                continue
            kinds = {s.kind for s in by_item.get(item, []) if _overlaps(c["start"], c["end"], s.start, s.end)}
            if "denial" in kinds:
                continue
            tag = "TOL" if "rebuttal" in kinds else ("FP-neg" if "negative" in kinds else "FP")
            out.append(f"{tag:<7}{item.split('/')[2][:12]:<13}{c['text'][:160]!r}")
    for s in spans:
        if s.kind != "denial":
            continue
        over = [c for c in claims.get(s.item, []) if _overlaps(c["start"], c["end"], s.start, s.end)]
        if any(c.get("modality") == "denied" for c in over):
            continue
        mods = ",".join(f"{c.get('modality')}{'-neg' if c.get('negated') else ''}" for c in over) or "no claim"
        out.append(f"FN     {s.id:<13}[{mods}] {texts[s.item][s.start:s.end][:160]!r}")
    return out


def build(records: dict[str, dict[str, str]], workdir: Path, overrides: dict[str, Any] | None = None) -> Path:
    """Build the records into a fresh store in ``workdir``; returns the store's path."""
    from recoupe.pipeline import build as build_store
    from recoupe.settings import Settings
    from recoupe.storage import Store

    path = workdir / "items.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for link in sorted(records):
            f.write(json.dumps(records[link], ensure_ascii=False) + "\n")
    db = workdir / "denials.db"
    with Store.open(db) as s:
        build_store(s, [str(path)], fmt="jsonl",
                    settings=Settings.load(**{k.replace(".", "__"): v for k, v in (overrides or {}).items()}))
    return db


def dossier_of(db: Path) -> dict[str, Any]:
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    with Store.open(db) as s:
        return build_dossier(s)


def report(res: dict[str, Any]) -> None:
    def f(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"
    print(f"denied claims {res['predicted_denied']}: right {res['right']}, "
          f"on a rebuttal {res['tolerated_on_rebuttal']}, false on a hard negative {res['fp_on_hard_negative']}, "
          f"false elsewhere {res['fp_elsewhere']}")
    print(f"precision {f(res['precision'])} (lenient {f(res['precision_lenient'])})  recall {f(res['recall'])} "
          f"({res['denial_spans_found']}/{res['denial_spans']})  F1 {f(res['f1'])}")
    print(f"rebuttals denied {res['rebuttals_denied']}/{res['rebuttals']}  "
          f"hard negatives denied {res['hard_negatives_denied']}/{res['hard_negatives']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, help="the eval data (default: the gold's data set)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    ap.add_argument("--store", type=Path, help="score this existing store (no build)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    a = ap.parse_args(argv)
    data = a.data or data_of(a.gold)
    if not data.exists():
        print(f"no eval data at {data}")
        return 0
    spans, records, texts = load_gold(a.gold, data)
    overrides = {k: tomllib.loads(f"v = {v}")["v"] for k, v in (s.split("=", 1) for s in a.set)}
    if a.store:
        dossier = dossier_of(a.store)
    elif a.keep:
        a.keep.mkdir(parents=True, exist_ok=True)
        dossier = dossier_of(build(records, a.keep, overrides))
    else:
        with tempfile.TemporaryDirectory(prefix="recoupe-denials-") as tmp:
            dossier = dossier_of(build(records, Path(tmp), overrides))
    claims = claims_by_item(dossier)
    res = score(spans, claims)
    report(res)
    if a.misses:
        for line in misses(spans, claims, texts):
            print(line)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
