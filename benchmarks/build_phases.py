"""Where a pooled build's wall time goes, phase by phase, and how busy the cores were in each.

    python -m benchmarks.build_phases [--articles 300] [--processes 2] [--corpus DIR]

Builds the bench's texts (:func:`benchmarks.bench.make_corpus`, the same seed; the model loaded
outside the clock, as ``benchmarks.bench`` does) into a new store with ``recoupe build -j N`` and
prints, for each phase the build reports (its ``progress`` calls: reading and the first
transaction, integration, re-reading, grouping, briefings), its wall time and the CPU time that
the driver and its children (the spaCy workers, the forked steps of the tail) spent in it, read
from ``/proc`` every 0.1 s; ``cores busy`` is that CPU over the wall. Then the workers' batches
(when each worker started and ended: how long the driver integrated after the last one) and the
tail's steps, wall and driver CPU, with the split pass's child started ahead.

On 2 cores, a stretch with ``cores busy`` near 1 is one where a core idled (or, on a shared
machine, where other processes took it: read the load printed beside). The CPU figures hold
under load; the wall ones do not.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` (None once it has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def children(pid: int) -> list[int]:
    """The live children of ``pid`` (every thread's)."""
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


Sample = tuple[float, float, dict[int, float]]  # time, the driver's CPU, each child's CPU


def phase_cpu(samples: Sequence[Sample], marks: Sequence[tuple[float, str]]) -> list[tuple[str, float, float, float]]:
    """For each phase (``marks``: its start time and name, the last mark the end): its name, wall,
    the driver's CPU and its children's CPU in it. A sample's increase since the one before counts
    in the phase where the sample fell; a child's first sample counts from zero (a forked child
    starts with none of its own), one that has ended adds nothing more."""
    rows = [[name, end - start, 0.0, 0.0] for (start, name), (end, _) in itertools.pairwise(marks)]
    prev_me, prev_kids = None, {}
    for t, me, kids in samples:
        k = next((i for i, ((a, _), (b, _)) in enumerate(itertools.pairwise(marks)) if a <= t < b), None)
        if k is not None:
            rows[k][2] += me - prev_me if prev_me is not None else 0.0
            rows[k][3] += sum(v - prev_kids.get(pid, 0.0) for pid, v in kids.items())
        prev_me, prev_kids = me, kids
    return [(str(n), float(w), float(d), float(c)) for n, w, d, c in rows]


def _timed(log: list[tuple[str, float, float, float]], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t, c = time.time(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            log.append((name, t, time.time() - t, time.process_time() - c))
    return wrapper


_BATCH_LOG: list[Any] = []  # the workers' log file and the analysis they run (inherited when forked)


def _logged_analyse(batch: list[tuple[Any, Any]]) -> list[Any]:
    """A worker's batch (:func:`recoupe.scale.processes._analyse`), its start, end and the worker's
    CPU so far logged; module-level, as the pool sends the function by name."""
    log, analyse = _BATCH_LOG
    t = time.time()
    out = analyse(batch)
    with open(log, "a", encoding="ascii") as fh:
        fh.write(f"{os.getpid()} {t} {time.time()} {time.process_time()}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--corpus", type=Path, help="a folder of the bench's texts written before (else a new one)")
    args = ap.parse_args(argv)

    from benchmarks.bench import make_corpus, write_corpus
    from recoupe import pipeline
    from recoupe.claims import groups
    from recoupe.nlp.analyse import import_per_article_stage
    from recoupe.nlp.pipeline import load
    from recoupe.scale import forked, processes
    from recoupe.settings import Settings
    from recoupe.storage import Store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "in"
        if args.corpus is None:
            write_corpus(make_corpus(args.articles), corpus)
        settings = Settings.load(nlp__n_process=args.processes)
        nlp = load(settings["nlp.model"])
        import_per_article_stage()
        batches = Path(tmp) / "batches"
        analyse = processes._analyse
        _BATCH_LOG[:] = [batches, analyse]

        steps: list[tuple[str, float, float, float]] = []
        child = Path(tmp) / "child"
        ahead_of = pipeline._split_ahead_of

        def ahead_logged(path: str, ids: list[str]) -> Any:  # runs in the forked child
            t, c = time.time(), time.process_time()
            out = ahead_of(path, ids)
            child.write_text(f"{t} {time.time() - t} {time.process_time() - c}", "ascii")
            return out

        saved = [(processes, "_analyse", analyse), (pipeline, "_split_ahead_of", ahead_of)]
        processes._analyse = _logged_analyse
        pipeline._split_ahead_of = ahead_logged  # type: ignore[assignment]
        for mod, names in ((pipeline, ("reread_stories", "_reread_pass", "merge_stories", "move_claims",
                                       "split_components", "refresh_briefings")),
                           (groups, ("split_groups", "link_learned")), (forked, ("fork_map",))):
            for name in names:
                saved.append((mod, name, getattr(mod, name)))
                setattr(mod, name, _timed(steps, name, getattr(mod, name)))
        samples: list[Sample] = []
        done = threading.Event()
        me = os.getpid()

        def sample() -> None:
            while not done.is_set():
                samples.append((time.time(), cpu_seconds(me) or 0.0,
                                {k: v for k in children(me) if (v := cpu_seconds(k)) is not None}))
                done.wait(0.1)

        marks: list[tuple[float, str]] = []

        def progress(what: str, n: int, total: int | None) -> None:
            if marks[-1][1] != what:
                marks.append((time.time(), what))

        load_before = os.getloadavg()[0]
        sampler = threading.Thread(target=sample, daemon=True)
        try:
            with Store.open(Path(tmp) / "phases.db") as store:
                sampler.start()
                t0 = time.time()
                marks.append((t0, "reading, first transaction"))
                summary = pipeline.build(store, [str(corpus)], settings=settings, nlp=nlp, progress=progress)
                marks.append((time.time(), "end"))
        finally:
            done.set()
            for mod, name, fn in saved:
                setattr(mod, name, fn)
        sampler.join()
        wall = marks[-1][0] - t0
        print(f"{summary.added} articles, -j {args.processes}, wall {wall:.2f} s, "
              f"load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
        print(f"{'phase':30s} {'start':>7s} {'wall':>7s} {'driver':>7s} {'children':>8s} {'cores busy':>10s}")
        for (start, _), (name, w, d, c) in zip(marks, phase_cpu(samples, marks), strict=False):
            print(f"{name:30s} {start - t0:7.2f} {w:7.2f} {d:7.2f} {c:8.2f} {(d + c) / w if w else 0:10.2f}")
        rows = [line.split() for line in batches.read_text("ascii").splitlines()] if batches.exists() else []
        for pid in sorted({r[0] for r in rows}):
            mine = [r for r in rows if r[0] == pid]
            print(f"worker {pid}: {len(mine)} batches, first started {min(float(r[1]) for r in mine) - t0:.2f} s, "
                  f"last ended {max(float(r[2]) for r in mine) - t0:.2f} s, CPU {max(float(r[3]) for r in mine):.2f} s")
        if child.exists():
            t, w, c = (float(x) for x in child.read_text("ascii").split())
            print(f"{'split pass ahead (child)':30s} at {t - t0:7.2f} wall {w:6.2f} CPU {c:6.2f}")
        for name, t, w, c in steps:
            if t - t0 > 0.5 * wall:  # the tail's (the start's forks are the cleaning)
                print(f"{name:30s} at {t - t0:7.2f} wall {w:6.2f} CPU {c:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
