"""The driver's CPU alone: a build whose parse is replaced by records kept from an earlier run.

    python -m benchmarks.replay_driver --record /tmp/rec.pkl [--articles 300]
    python -m benchmarks.replay_driver --replay /tmp/rec.pkl [--runs 3] [--cprofile FILE]

``--record`` builds the bench's texts (:func:`benchmarks.bench.make_corpus`, the same seed) in one
process and keeps every record the parse gave (pickled as it reached integration), with a dump of
the store and dossier it built (:func:`benchmarks.same_output.dump_store`). ``--replay`` builds the
same texts again with the parse replaced by the kept records: reading, cleaning, integration, the
re-reading and split passes and the briefings run as in ``build`` (one process: the split pass and
briefings are not forked), and no spaCy or encoder work is done. It prints the driver's CPU
(``time.process_time``) per article for each run and whether the store and dossier are IDENTICAL to
the recorded ones.

Why: on a shared machine ``profile_stages`` moves by ±10–15 % from run to run because spaCy's
stages dominate and share the cores; replaying the driver alone resolves changes of ~1 ms an
article, and checks a driver-side change for identical output in a minute instead of a full
``same_output`` build. Record and replay with the same ``PYTHONHASHSEED`` (see
:mod:`benchmarks.same_output`). A change on the worker side (the records) needs a new recording.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.same_output import CLOCK_COLUMNS, differences, dump_store


def _build(folder: Path, records: list[bytes] | None, profiler: cProfile.Profile | None = None
           ) -> tuple[float, int, dict[str, Any], list[bytes]]:
    """Build ``folder``'s texts into a new store; with ``records``, the parse replaced by them.
    Returns the build's CPU seconds, the articles added, the dump and the records seen."""
    from recoupe import pipeline
    from recoupe.nlp.analyse import Analysed, import_per_article_stage
    from recoupe.nlp.pipeline import load
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from recoupe.storage import Store

    settings = Settings.load(nlp__n_process=1)
    nlp = load(settings["nlp.model"])
    import_per_article_stage()  # loaded outside the clock, as before a build's fork
    parse = pipeline.analyse_docs
    seen: list[bytes] = []

    def kept(docs: Iterable[tuple[Any, Any]]) -> Iterator[Analysed | Any]:
        if records is None:
            for item in parse(docs):
                seen.append(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
                yield item
        else:
            for blob in records:  # the parse generator is never started
                yield pickle.loads(blob)

    pipeline.analyse_docs = kept
    try:
        with Store.open(folder / "replay.db") as store:
            t0 = time.process_time()
            if profiler is not None:
                profiler.enable()
            summary = pipeline.build(store, [str(folder / "in")], settings=settings, nlp=nlp)
            if profiler is not None:
                profiler.disable()
            cpu = time.process_time() - t0
            dump = {"dossier": build_dossier(store), "tables": dump_store(store.db)}
    finally:
        pipeline.analyse_docs = parse
    return cpu, summary.added, dump, seen


def _plain(dump: dict[str, Any], *folders: str) -> dict[str, Any]:
    """The dump with the input folders written ``<tmp>`` and the clocks of the dossier's runs left out."""
    text = json.dumps(dump, sort_keys=True, default=str)
    for folder in folders:
        text = text.replace(folder, "<tmp>")
    plain: dict[str, Any] = json.loads(text)
    for run in plain["dossier"].get("runs", []):
        for col in CLOCK_COLUMNS:
            run.pop(col, None)
    return plain


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path, help="parse once and keep the records (and the dump) here")
    group.add_argument("--replay", type=Path, help="replay the driver on records kept by --record")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--cprofile", type=Path, help="cProfile (CPU timer) the last replay into this file")
    args = ap.parse_args(argv)

    from benchmarks.bench import make_corpus, write_corpus

    if args.record:
        folder = Path(tempfile.mkdtemp(prefix="recoupe-replay-"))
        write_corpus(make_corpus(args.articles), folder / "in")
        cpu, added, dump, seen = _build(folder, None)
        args.record.write_bytes(pickle.dumps({"articles": args.articles, "folder": str(folder), "records": seen,
                                              "dump": _plain(dump, str(folder))}))
        print(f"recorded {added} articles ({len(seen)} records), parse and driver {cpu * 1000 / args.articles:.1f} "
              f"ms an article: {args.record}")
        return 0
    kept = pickle.loads(args.replay.read_bytes())
    n = kept["articles"]
    found = 0
    for run in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="recoupe-replay-"))
        write_corpus(make_corpus(n), folder / "in")
        profiler = cProfile.Profile(time.process_time) if args.cprofile and run == args.runs - 1 else None
        cpu, added, dump, _ = _build(folder, kept["records"], profiler)
        diff = differences(kept["dump"], _plain(dump, kept["folder"], str(folder)))
        found += len(diff)
        for line in diff:
            print(line)
        print(f"run {run + 1}: {added} articles, driver {cpu * 1000 / n:.2f} ms an article"
              f"{' (profiled)' if profiler else ''}: {'DIFFERENT' if diff else 'IDENTICAL'}")
        if profiler is not None:
            profiler.dump_stats(str(args.cprofile))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
