"""``make bench``: throughput against bare spaCy, incremental cost and memory, in one process.

    python -m benchmarks.bench [--articles 200] [--sizes 1000,5000,20000] [--processes 2] [--repeat 3]

1. Corpus: a stream of distinct, realistic French articles (~600 words) composed from the
   sentences of the sample corpus and of the French pages of ../shared/eval-data/trafilatura-eval
   (extracted with trafilatura), in stories of 10 articles over 3 days, 200 articles a day (see
   ``make_corpus``). Two articles share on average about one sentence: no near-duplicates (the
   wire-copy detector confirms it: see the output).
2. Throughput: bare ``nlp.pipe`` (same model, same process count) on the texts, then
   ``recoupe build`` end to end on the same texts into a new store, in turn ``--repeat`` times;
   the ratio of the two sides' fastest rates (target >= 0.8), and each run's ratio.
3. Incremental cost: the store is grown to each size N, then the next 100 articles of the stream
   are added and timed (target: flat within 20%). RSS is printed at each N and the peak at the end
   (target < 2 GiB). ``--keep FILE`` keeps the grown store (for ``benchmarks.webload``).
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
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data" / "trafilatura-eval"
_SENT = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])")


def source_texts() -> list[str]:
    """The real French texts the corpus is composed from: the sample articles and the French
    pages of trafilatura-eval (main text extracted with trafilatura)."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    index = EVAL / "index.tsv"
    if index.exists():
        import trafilatura

        for line in index.read_text("utf-8").splitlines()[1:]:
            cols = line.split("\t")  # key, file, source_path, lang, html_kept, html_gz, ...
            if len(cols) < 6 or cols[3] != "fr" or not cols[5]:
                continue
            page = EVAL / "html" / cols[5]
            if page.exists():
                extracted = trafilatura.extract(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
                if extracted:
                    texts.append(extracted)
    return texts


def _sentences(text: str) -> list[str]:
    out = []
    for para in text.splitlines():
        for s in _SENT.split(para.strip()):
            if 60 <= len(s) <= 400 and s.count(" ") >= 8:
                out.append(s.strip())
    return out


def sentence_pool() -> list[str]:
    return sorted({s for t in source_texts() for s in _sentences(t)})


_NAME = re.compile(r"(?<=[\s(«“'’])[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s(?:de |du |la |le )?[A-ZÀ-ÖØ-Þ][\w’'-]+)*")
_SYLL = ["ba", "ko", "ri", "mel", "tan", "vo", "lu", "sar", "den", "ki", "po", "nar", "li", "gou", "ve", "sto",
         "ma", "ze", "run", "dal", "fi", "ne", "bor", "tu"]


def _pseudo(name: str, story: int) -> str:
    """A made-up proper name standing for ``name`` in one story (same name, same story -> same)."""
    rng = random.Random(f"{story}:{name}")
    words = []
    for w in name.split():
        if w in {"de", "du", "la", "le"}:
            words.append(w)
            continue
        syl = "".join(rng.choice(_SYLL) for _ in range(max(2, min(4, len(w) // 3))))
        words.append(syl.capitalize())
    return " ".join(words)


def make_corpus(n: int, *, seed: int = 13, words: int = 600, story_size: int = 10,
                per_day: int = 200, start: date = date(2024, 1, 1)) -> list[dict[str, str]]:
    """``n`` distinct articles as records (title, text, published, outlet), arriving as a stream.

    Articles come in stories of ``story_size``: a story has a topic (one source text) from which
    about half of each article's sentences are drawn (the rest from any source), its own made-up
    proper names in place of the real ones (so stories of one topic are about different people and
    places, as in a real stream), and runs over three days; ``per_day`` articles a day. Sentences
    are drawn without repeats inside an article, so two articles share on average about one
    sentence: no near-duplicates (the wire-copy detector confirms it: see the output).
    """
    rng = random.Random(seed)
    topics = [s for s in (_sentences(t) for t in source_texts()) if len(s) >= 20]
    pool = sorted({x for t in topics for x in t})
    outlets = ["Le Quotidien", "La Dépêche du Soir", "L'Hebdo", "Info Matin", "Le Courrier", "La Gazette"]
    out = []
    for i in range(n):
        story = i // story_size
        topic = topics[random.Random(f"topic:{seed}:{story}").randrange(len(topics))]
        sents, count, used = [], 0, set()
        while count < words:
            src = topic if rng.random() < 0.5 else pool
            s = rng.choice(src)
            if s in used:
                if len(used) >= len(pool):
                    break
                continue
            used.add(s)
            s = _NAME.sub(lambda m, story=story: _pseudo(m.group(0), story), s)
            sents.append(s)
            count += s.count(" ") + 1
        paras = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        day = start + timedelta(days=(story * story_size) // per_day + rng.randrange(3))
        out.append({"title": f"Dépêche {i} : {sents[0][:70]}", "text": "\n\n".join(paras),
                    "published": day.isoformat(), "outlet": rng.choice(outlets)})
    return out


def write_corpus(records: list[dict[str, str]], folder: Path, per_file: int = 500) -> None:
    """JSONL files of ``per_file`` records (a day's feed each, well under ingest.max_bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(records), per_file):
        with (folder / f"articles-{k // per_file:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for r in records[k:k + per_file]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def current_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return self_kib / 1024


def _append(results: Path, argv: list[str] | None, lines: list[str]) -> None:
    head = (f"\n## {date.today().isoformat()} — `python -m benchmarks.bench {' '.join(argv or sys.argv[1:])}`\n\n"
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()}.\n\n")
    with results.open("a", encoding="utf-8") as fh:
        fh.write(head + "\n".join(lines) + "\n")


def time_add(store: Any, records: list[dict[str, str]], folder: Path, settings: Any) -> float:
    """Seconds per article to build ``records`` into ``store``."""
    from recoupe.pipeline import build

    write_corpus(records, folder)
    t0 = time.perf_counter()
    summary = build(store, [str(folder)], settings=settings)
    if summary.added != len(records):
        raise SystemExit(f"bench: {len(records) - summary.added} of {len(records)} articles not added: "
                         f"{summary.rejected[:3]}")
    return (time.perf_counter() - t0) / len(records)


def incremental_from(snapshots: Path, settings: Any, repeat: int = 3) -> list[str]:
    """Re-time the adds on stores saved by ``--snapshots`` (each copied first: they stay as they
    are), ``repeat`` rounds over all sizes; each size's fastest add is reported, with the others."""
    import shutil

    from recoupe.nlp.pipeline import load
    from recoupe.storage import Store

    load(settings["nlp.model"])  # the model loads once per process: not part of any add
    lines = []
    stores = sorted(snapshots.glob("store-*.db"), key=lambda p: int(p.stem.split("-")[1]))
    if not stores:
        return lines
    big = make_corpus(max(int(p.stem.split("-")[1]) for p in stores) + 100, seed=29)
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))
    times: dict[int, list[float]] = {}
    for run in range(repeat):
        for snap in stores:
            n = int(snap.stem.split("-")[1])
            shutil.copy(snap, tmp / "s.db")
            with Store.open(tmp / "s.db") as store:
                times.setdefault(n, []).append(time_add(store, big[n:n + 100], tmp / f"add-{n}-{run}", settings))
            print(f"  round {run + 1}, N={n:,}: {times[n][-1] * 1000:.0f} ms per article", flush=True)
            (tmp / "s.db").unlink()
    for n, ts in times.items():
        lines.append(f"- incremental (re-timed on the saved store): N={n:,}: adding the next 100 costs "
                     f"**{min(ts) * 1000:.0f} ms per article** (fastest of {len(ts)}: "
                     f"{', '.join(f'{t * 1000:.0f}' for t in ts)})")
    best = [min(ts) for ts in times.values()]
    lines.append(f"- incremental: max/min over N {max(best) / min(best):.2f} (target: within 1.20)")
    print("\n".join(lines), flush=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200, help="articles for the throughput comparison")
    ap.add_argument("--sizes", default="1000,5000,20000", help="store sizes N for the incremental cost")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3,
                    help="interleaved throughput runs of each side; rounds of --incremental-from")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    ap.add_argument("--keep", type=Path, help="keep the grown store here (e.g. for the web load test)")
    ap.add_argument("--snapshots", type=Path, help="save the store at each size N in this folder")
    ap.add_argument("--incremental-from", type=Path, help="only re-time the adds on stores saved by --snapshots")
    args = ap.parse_args(argv)

    import spacy

    from recoupe.pipeline import build
    from recoupe.settings import Settings
    from recoupe.storage import Store

    settings = Settings.load(nlp__n_process=args.processes)
    if args.incremental_from:
        lines = incremental_from(args.incremental_from, settings, args.repeat)
        _append(args.results, argv, lines)
        return 0
    texts = make_corpus(args.articles)
    words = sum(len(t["text"].split()) for t in texts)
    lines = []
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))

    # Like for like: each side's model is loaded before its clock starts (a service or `recoupe
    # watch` loads it once). The two sides run in turn, ``--repeat`` times each (bare, recoupe,
    # bare, recoupe, ...), so that a slow spell of the machine falls on both; the ratio is that
    # of each side's fastest run (the least disturbed, as timeit does), and the per-pair ratios
    # are printed beside it.
    # A second baseline, bare spaCy with recoupe's speed-ups of spaCy stages (the same lemmas and
    # tags, faster: recoupe.nlp.lemmatizer, recoupe.nlp.attribute_ruler), says how much of the ratio
    # is those speed-ups.
    from recoupe.nlp.attribute_ruler import speed_up as speed_up_ruler
    from recoupe.nlp.lemmatizer import speed_up
    from recoupe.nlp.pipeline import load

    nlp = spacy.load(settings["nlp.model"])
    fast_nlp = spacy.load(settings["nlp.model"])
    speed_up(fast_nlp)
    speed_up_ruler(fast_nlp)
    ours_nlp = load(settings["nlp.model"])
    write_corpus(texts, tmp / "throughput")
    bare_times: list[float] = []
    fast_times: list[float] = []
    ours_times: list[float] = []
    for run in range(args.repeat):
        t0 = time.perf_counter()
        for _ in nlp.pipe([t["text"] for t in texts], n_process=args.processes, batch_size=settings["nlp.batch_size"]):
            pass
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in fast_nlp.pipe([t["text"] for t in texts], n_process=args.processes,
                               batch_size=settings["nlp.batch_size"]):
            pass
        fast_times.append(time.perf_counter() - t0)
        with Store.open(tmp / f"throughput-{run}.db") as store:
            t0 = time.perf_counter()
            summary = build(store, [str(tmp / "throughput")], settings=settings, nlp=ours_nlp)
            ours_times.append(time.perf_counter() - t0)
            folded = store.db.execute("SELECT COUNT(*) FROM articles WHERE source_id != id").fetchone()[0]
            stories = store.db.execute("SELECT COUNT(*), MAX(size) FROM stories").fetchone()
        print(f"  run {run + 1}: bare {bare_times[-1]:.1f} s, "
              f"bare with the fast lemmatizer and ruler {fast_times[-1]:.1f} s, recoupe {ours_times[-1]:.1f} s, "
              f"ratio {bare_times[-1] / ours_times[-1]:.2f}", flush=True)
    del nlp, fast_nlp, ours_nlp
    base, ours = min(bare_times), min(ours_times)
    ratio = base / ours
    pairs = sorted(b / o for b, o in zip(bare_times, ours_times, strict=True))
    lines.append(f"- throughput: {len(texts)} articles, {words} words, {args.processes} processes: "
                 f"bare nlp.pipe {words / base:,.0f} words/s, recoupe build {words / ours:,.0f} words/s, "
                 f"**ratio {ratio:.2f}** (target >= 0.8; fastest of {args.repeat} interleaved runs each; "
                 f"per-run ratios {', '.join(f'{r:.2f}' for r in pairs)}); added {summary.added}, "
                 f"folded as wire copies: {folded}, stories: {stories[0]} (largest {stories[1]})")
    lines.append(f"- like for like: bare nlp.pipe with recoupe's lemmatizer and attribute ruler speed-ups "
                 f"{words / min(fast_times):,.0f} "
                 f"words/s, ratio {min(fast_times) / ours:.2f}")
    print(lines[-2], lines[-1], sep="\n", flush=True)

    sizes = [int(x) for x in args.sizes.split(",") if x]
    if sizes:
        # one stream: the store is filled to N, then the next 100 articles of the same stream are
        # added and timed (they continue its stories, as tomorrow's news would)
        big = make_corpus(max(sizes) + 100, seed=29)
        db = args.keep or tmp / "incremental.db"
        with Store.open(db) as store:
            have = 0
            for n in sizes:
                if n > have:
                    write_corpus(big[have:n], tmp / f"fill-{n}")
                    filled = build(store, [str(tmp / f"fill-{n}")], settings=settings)
                    if filled.added != n - have:
                        raise SystemExit(f"bench: only {filled.added} of {n - have} articles added: "
                                         f"{filled.rejected[:3]}")
                if args.snapshots:  # the store at N, to time the add again later on a quiet machine
                    args.snapshots.mkdir(parents=True, exist_ok=True)
                    with sqlite3.connect(args.snapshots / f"store-{n}.db") as dst:
                        store.db.backup(dst)
                per = time_add(store, big[n:n + 100], tmp / f"add-{n}", settings)
                have = n + 100
                stories = store.db.execute("SELECT COUNT(*), MAX(size) FROM stories").fetchone()
                lines.append(f"- incremental: store at N={n:,} articles "
                             f"({stories[0]:,} stories, largest {stories[1]}): "
                             f"adding the next 100 costs **{per * 1000:.0f} ms per article**; "
                             f"RSS now {current_rss_mib():,.0f} MiB")
                print(lines[-1], flush=True)
    lines.append(f"- peak RSS: benchmark process {peak_rss_mib():,.0f} MiB; largest worker process "
                 f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MiB")
    print(lines[-1])
    _append(args.results, argv, lines)
    print(json.dumps({"ratio": round(ratio, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
