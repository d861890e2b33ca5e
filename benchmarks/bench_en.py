"""English throughput against bare spaCy, on the same texts, in one process.

    python -m benchmarks.bench_en [--repeat 3] [--limit N]

Texts: the English side of ../shared/eval-data/wmt14-newstest-fr-en (176 news articles, one
segment a line, ~62k words). Three timings, in turn, ``--repeat`` times (fastest kept):

1. bare: ``nlp.pipe`` of the English model alone (``en_core_web_sm``, its default pipeline);
2. pipeline: recoupe's English pipeline (:mod:`recoupe.lang.en.pipeline`: the same model plus the
   paragraph, entity-label and time components) and the per-article records
   (:func:`recoupe.pipeline.analyse_article`);
3. build: ``recoupe build`` end to end (read, clean, detect the language, route, parse, integrate
   into a new store), as ``benchmarks.bench`` measures French.

Prints words per second and the ratios to bare spaCy (the French target is >= 0.8).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WMT = ROOT.parent / "shared" / "eval-data" / "wmt14-newstest-fr-en" / "newstest2014-fren-ref.en.sgm"
ANCHOR = date(2014, 1, 15)


def english_texts(path: Path = WMT) -> list[str]:
    """One text per WMT document: its segments, one a line (the first is the headline)."""
    raw = path.read_text("utf-8")
    out = []
    for body in re.findall(r"<doc [^>]*>(.*?)</doc>", raw, re.S):
        segs = [html.unescape(s).strip() for s in re.findall(r"<seg[^>]*>(.*?)</seg>", body, re.S)]
        text = "\n".join(s for s in segs if s)
        if len(text) > 200:
            out.append(text)
    return out


def _bare(texts: list[str]) -> float:
    import spacy

    from recoupe.lang.en.pipeline import MODEL

    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:5]))  # warm-up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t0


def _pipeline(texts: list[str]) -> float:
    from recoupe.lang.en.pipeline import build
    from recoupe.model import Article, RawDocument
    from recoupe.nlp.analyse import analyse_article
    from recoupe.nlp.pipeline import parse_with_context

    nlp = build()
    arts = [(RawDocument(origin=f"wmt/{i}", raw=t.encode(), fmt="text", fields={}),
             Article(id=f"a{i}", origin=f"wmt/{i}", text=t, language="en", published=ANCHOR))
            for i, t in enumerate(texts)]
    list(nlp.pipe(texts[:5]))
    t0 = time.perf_counter()
    items = ((a.text, a.published, (r, a)) for r, a in arts)
    for doc, (r, a) in parse_with_context(nlp, items, batch_size=16):
        analyse_article(doc, r, a)
    return time.perf_counter() - t0


def _build(texts: list[str]) -> tuple[float, int]:
    from recoupe.lang.en.pipeline import load as load_en
    from recoupe.nlp.pipeline import load
    from recoupe.pipeline import build
    from recoupe.storage import Store

    french = load()
    load_en()  # loaded before the clock starts, as the French model is
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"en{i:03d}.txt").write_text(t, encoding="utf-8")
        t0 = time.perf_counter()
        with Store.open(Path(tmp) / "s.db") as store:
            summary = build(store, [str(folder)], published=ANCHOR, nlp=french)
        return time.perf_counter() - t0, summary.added


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not WMT.exists():
        print(f"{WMT} not found: nothing to measure.")
        return
    texts = english_texts()
    if args.limit:
        texts = texts[: args.limit]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} English articles, {words} words (wmt14 newstest, English side)")
    best: dict[str, float] = {}
    added = 0
    for r in range(args.repeat):
        times = {"bare": _bare(texts), "pipeline": _pipeline(texts)}
        times["build"], added = _build(texts)
        for k, v in times.items():
            best[k] = min(best.get(k, v), v)
        print(f"round {r + 1}: " + ", ".join(f"{k} {words / v:,.0f} w/s" for k, v in times.items())
              + f"; build/bare {times['bare'] / times['build']:.2f}")
    print(f"fastest: bare {words / best['bare']:,.0f} w/s; pipeline {words / best['pipeline']:,.0f} w/s "
          f"(ratio {best['bare'] / best['pipeline']:.2f}); build {words / best['build']:,.0f} w/s "
          f"(ratio {best['bare'] / best['build']:.2f}, {added} articles added)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
