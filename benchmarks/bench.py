"""``make bench``: throughput against bare spaCy, incremental cost and memory, in one process.

    python -m benchmarks.bench [--articles 200] [--sizes 1000,5000,20000] [--processes 2] [--repeat 3]

1. Corpus: a stream of distinct, realistic French articles (~600 words) composed from the
   sentences of the sample corpus and of the French pages of ../shared/eval-data/trafilatura-eval
   (extracted with trafilatura), in stories of 10 articles over 3 days, 200 articles a day (see
   ``make_corpus``). Two articles share on average about one sentence: no near-duplicates (the
   wire-copy detector confirms it: see the output).
2. Throughput: bare ``nlp.pipe`` (same model, same process count) on the texts, then
   ``recoupe build`` end to end on the same texts into a new store, in turn ``--repeat`` times;
   the ratio of the two sides' fastest rates (the issue's measure, wall time; target >= 0.8), and
   each run's ratio. Beside it, each side's CPU (user + sys of its process tree: the bench process
   and the workers and forked children it waited for), min and median, and the CPU ratio bare /
   recoupe of the medians: on a loaded host the wall ratio of one code swings by a third, its CPU
   ratio far less, so the CPU ratio tells two codes apart where the wall ratio cannot. It is not the
   issue's measure (a quiet host's wall ratio also pays for what runs on one core only); the host's
   noise during the runs (other processes' and the hypervisor's share of the cores, from /proc/stat;
   the load) is printed with it.
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
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")

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


def tree_cpu() -> float:
    """CPU seconds (user + sys) of this process and of its children that have ended and been
    waited for: spaCy's and the build's pools join their workers, the tail waits for its forked
    children, so each side's process tree is counted once it returns."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass(frozen=True)
class HostTicks:
    """The host's CPU time so far, summed over its CPUs, from the ``cpu`` line of /proc/stat."""

    busy: float  # user, nice, system, irq, softirq: anything ran, ours or another's
    steal: float  # the hypervisor ran another machine on these CPUs


def parse_host_ticks(stat: str, hz: int) -> HostTicks | None:
    for line in stat.splitlines():
        if line.startswith("cpu "):
            f = [int(x) for x in line.split()[1:9]]
            f += [0] * (8 - len(f))
            user, nice, system, _idle, _iowait, irq, softirq, steal = f
            return HostTicks((user + nice + system + irq + softirq) / hz, steal / hz)
    return None


def read_host_ticks() -> HostTicks | None:
    try:
        return parse_host_ticks(Path("/proc/stat").read_text(), os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError):
        return None  # not Linux: the noise columns are left out


def load_average() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


@dataclass(frozen=True)
class Spell:
    """One timed run of one side, and what the host did meanwhile."""

    wall: float
    cpu: float  # this side's process tree, user + sys
    others: float | None = None  # share of the host's CPU capacity that others used (0-1)
    steal: float | None = None  # share of it that the hypervisor took (0-1)
    load: tuple[float, float] | None = None  # 1-minute load average before and after

    @property
    def cores(self) -> float:
        """How many cores this side kept busy on average (its CPU over its wall time)."""
        return self.cpu / self.wall if self.wall > 0 else 0.0


def host_noise(before: HostTicks, after: HostTicks, own_cpu: float, wall: float,
               cpus: int) -> tuple[float, float]:
    """(others' share, steal share) of the host's capacity (``wall`` x ``cpus``) over one run: the
    host's busy time less our own process tree's CPU, and the hypervisor's steal."""
    capacity = wall * cpus
    if capacity <= 0:
        return 0.0, 0.0
    others = max(0.0, after.busy - before.busy - own_cpu)
    return min(1.0, others / capacity), min(1.0, max(0.0, after.steal - before.steal) / capacity)


def timed(fn: Callable[[], _T]) -> tuple[_T, Spell]:
    """Run ``fn`` and measure its wall time, its process tree's CPU and the host's noise."""
    import multiprocessing

    ticks0, load0 = read_host_ticks(), load_average()
    cpu0, t0 = tree_cpu(), time.perf_counter()
    out = fn()
    multiprocessing.active_children()  # reaps any worker not yet joined, so its CPU counts here
    wall, cpu = time.perf_counter() - t0, tree_cpu() - cpu0
    ticks1, load1 = read_host_ticks(), load_average()
    others = steal = None
    if ticks0 and ticks1:
        others, steal = host_noise(ticks0, ticks1, cpu, wall, os.cpu_count() or 1)
    load = (load0, load1) if load0 is not None and load1 is not None else None
    return out, Spell(wall, cpu, others, steal, load)


def _share(x: float | None) -> str:
    return "?" if x is None else f"{x:.0%}"


def min_median(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def cpu_ratio(bare: list[Spell], ours: list[Spell]) -> float:
    """Bare spaCy's CPU over recoupe's, medians of each side: the work each side costs on the
    same texts, which the host's other load does not change much (unlike wall times)."""
    return statistics.median(s.cpu for s in bare) / statistics.median(s.cpu for s in ours)


def noise_line(spells: list[Spell]) -> str:
    """What the host did during the runs: others' and the hypervisor's share of its cores, load."""
    others = [s.others for s in spells if s.others is not None]
    steal = [s.steal for s in spells if s.steal is not None]
    loads = [x for s in spells if s.load for x in s.load]
    if not others:
        return "- host noise: not readable here (no /proc/stat)"
    return (f"- host noise during the {len(spells)} runs: other processes used "
            f"{min(others):.0%}–{max(others):.0%} of the {os.cpu_count()} cores (median "
            f"{statistics.median(others):.0%}), the hypervisor's steal {min(steal):.0%}–{max(steal):.0%}"
            + (f", 1-minute load {min(loads):.1f}–{max(loads):.1f}" if loads else ""))


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
    ap.add_argument("--repeat", type=int, default=5,
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
    bare: list[Spell] = []
    fast: list[Spell] = []
    ours: list[Spell] = []
    batch = settings["nlp.batch_size"]

    def pipe(model: Any) -> None:
        for _ in model.pipe([t["text"] for t in texts], n_process=args.processes, batch_size=batch):
            pass

    for run in range(args.repeat):
        bare.append(timed(partial(pipe, nlp))[1])
        fast.append(timed(partial(pipe, fast_nlp))[1])
        with Store.open(tmp / f"throughput-{run}.db") as store:
            summary, spell = timed(partial(build, store, [str(tmp / "throughput")], settings=settings, nlp=ours_nlp))
            ours.append(spell)
            folded = store.db.execute("SELECT COUNT(*) FROM articles WHERE source_id != id").fetchone()[0]
            stories = store.db.execute("SELECT COUNT(*), MAX(size) FROM stories").fetchone()
        print(f"  run {run + 1}: bare {bare[-1].wall:.1f} s ({bare[-1].cpu:.1f} s CPU), "
              f"bare with the fast lemmatizer and ruler {fast[-1].wall:.1f} s ({fast[-1].cpu:.1f} s CPU), "
              f"recoupe {ours[-1].wall:.1f} s ({ours[-1].cpu:.1f} s CPU), "
              f"ratio {bare[-1].wall / ours[-1].wall:.2f} (CPU {bare[-1].cpu / ours[-1].cpu:.2f}); "
              f"others used {_share(ours[-1].others)} of the host, steal {_share(ours[-1].steal)}", flush=True)
    del nlp, fast_nlp, ours_nlp
    base, mine = min(s.wall for s in bare), min(s.wall for s in ours)
    ratio = base / mine
    pairs = sorted(b.wall / o.wall for b, o in zip(bare, ours, strict=True))
    lines.append(f"- throughput: {len(texts)} articles, {words} words, {args.processes} processes: "
                 f"bare nlp.pipe {words / base:,.0f} words/s, recoupe build {words / mine:,.0f} words/s, "
                 f"**ratio {ratio:.2f}** (the issue's measure, wall time; target >= 0.8; fastest of "
                 f"{args.repeat} interleaved runs each; "
                 f"per-run ratios {', '.join(f'{r:.2f}' for r in pairs)}); added {summary.added}, "
                 f"folded as wire copies: {folded}, stories: {stories[0]} (largest {stories[1]})")
    lines.append(f"- like for like: bare nlp.pipe with recoupe's lemmatizer and attribute ruler speed-ups "
                 f"{words / min(s.wall for s in fast):,.0f} "
                 f"words/s, ratio {min(s.wall for s in fast) / mine:.2f}")
    # The CPU each side costs (its whole process tree, user + sys) moves far less with the host's
    # load than its wall time does: it tells two codes apart where the wall ratio cannot. It is not
    # the measure: on a quiet host the wall ratio also pays for what runs on one core only
    # (recoupe's tail), which the cores columns show.
    (bmin, bmed), (omin, omed), (fmin, fmed) = (min_median([s.cpu for s in side]) for side in (bare, ours, fast))
    lines.append(f"- CPU (user + sys of the process tree, workers and forked children included; min / median "
                 f"of {args.repeat}): bare {bmin:.1f} / {bmed:.1f} s, bare with the speed-ups {fmin:.1f} / "
                 f"{fmed:.1f} s, recoupe {omin:.1f} / {omed:.1f} s: **CPU ratio {cpu_ratio(bare, ours):.2f}** "
                 f"(bare / recoupe, medians; with the speed-ups {cpu_ratio(fast, ours):.2f}); cores kept busy "
                 f"(CPU / wall, medians) bare {statistics.median(s.cores for s in bare):.2f}, recoupe "
                 f"{statistics.median(s.cores for s in ours):.2f}")
    lines.append(noise_line(bare + fast + ours))
    print("\n".join(lines[-4:]), flush=True)

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
