"""Do two versions of recoupe build the same store? The check every speed-up must pass.

    python -m benchmarks.same_output --save before.json.gz [--articles 200] [--processes 2]
    python -m benchmarks.same_output --check before.json.gz

Builds the bench's texts (:func:`benchmarks.bench.make_corpus`, the same seed) into a new store,
then dumps the whole dossier (:func:`recoupe.report.dossier.build_dossier`) and every table of the
store, full-text indexes included, row by row in rowid order (the times of day of the ``runs``,
``raw_documents``, ``rejections`` and ``kb_runs`` tables and of the dossier's runs left out: they
are the clock's; the temporary input folder is written ``<tmp>``). ``--save``
writes the dump; ``--check`` builds again and compares, printing the first differences of each
table; it exits 1 when anything differs.

Run both sides with the same ``PYTHONHASHSEED`` (e.g. ``PYTHONHASHSEED=0``): a story's ``pl:``,
``ev:`` and ``fig:`` terms are written from frozensets, so the rowid order of those
``story_terms`` rows follows the hash seed (the same code gives DIFFERENT across two seeds, in
that table only; 2026-12-05).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CLOCK_COLUMNS = {"ingested_at", "at", "started_at", "finished_at", "seconds"}


def dump_store(db: sqlite3.Connection) -> dict[str, Any]:
    """Every table's rows in rowid order (virtual FTS tables by their rowid too)."""
    out: dict[str, Any] = {}
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for name in names:
        if name.endswith(("_data", "_idx", "_docsize", "_config", "_content")) and "_fts" in name:
            continue  # FTS5 shadow tables: the virtual table's rows below say what they hold
        if name == "runs":
            continue  # a run's record holds versions and clocks, not results
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({name})")]
        keep = [c for c in cols if c not in CLOCK_COLUMNS]
        select = ", ".join(f'"{c}"' for c in keep)
        try:
            rows = db.execute(f"SELECT rowid, {select} FROM {name} ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:  # a WITHOUT ROWID table
            rows = db.execute(f"SELECT {select} FROM {name} ORDER BY {select}").fetchall()
        out[name] = {"columns": keep, "rows": [[_plain(v) for v in r] for r in rows]}
    return out


def without_clock(dump: dict[str, Any]) -> dict[str, Any]:
    """The dump without the times of day the dossier's runs carry."""
    for run in dump.get("dossier", {}).get("runs", []):
        for col in CLOCK_COLUMNS:
            run.pop(col, None)
    return dump


def _plain(v: Any) -> Any:
    return v.hex() if isinstance(v, bytes) else v


def build_and_dump(articles: int, processes: int) -> dict[str, Any]:
    from benchmarks.bench import make_corpus, write_corpus
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from recoupe.storage import Store

    tmp = Path(tempfile.mkdtemp(prefix="recoupe-same-"))
    write_corpus(make_corpus(articles), tmp / "in")
    settings = Settings.load(nlp__n_process=processes)
    t0 = time.perf_counter()
    with Store.open(tmp / "s.db") as store:
        summary = build(store, [str(tmp / "in")], settings=settings)
        dossier = build_dossier(store)
        tables = dump_store(store.db)
    print(f"built {summary.added} articles ({len(summary.rejected)} rejected) in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    dump = {"articles": articles, "dossier": dossier, "tables": tables}
    # the input folder is a new temporary one each time: named alike in both dumps
    return without_clock(json.loads(json.dumps(dump, sort_keys=True, default=str).replace(str(tmp), "<tmp>")))


def differences(a: Any, b: Any, path: str = "", limit: int = 5) -> list[str]:
    """Up to ``limit`` paths where ``a`` and ``b`` differ, with both values."""
    out: list[str] = []

    def walk(x: Any, y: Any, p: str) -> None:
        if len(out) >= limit:
            return
        if isinstance(x, dict) and isinstance(y, dict):
            for k in sorted(set(x) | set(y), key=str):
                if k not in x or k not in y:
                    out.append(f"{p}/{k}: only in {'after' if k not in x else 'before'}")
                else:
                    walk(x[k], y[k], f"{p}/{k}")
        elif isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                out.append(f"{p}: {len(x)} items before, {len(y)} after")
            for i, (u, v) in enumerate(zip(x, y, strict=False)):
                walk(u, v, f"{p}[{i}]")
        elif x != y:
            out.append(f"{p}: {str(x)[:160]!r} before, {str(y)[:160]!r} after")

    walk(a, b, path)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--processes", type=int, default=2)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = ap.parse_args(argv)
    if args.check:
        before = without_clock(json.loads(gzip.decompress(args.check.read_bytes())))
        now = build_and_dump(before["articles"], args.processes)
        found = 0
        for part in ("dossier", "tables"):
            keys = sorted(set(before[part]) | set(now[part]))
            for k in keys:
                diff = differences(before[part].get(k), now[part].get(k), f"{part}/{k}")
                found += len(diff)
                for line in diff:
                    print(line)
        tables = now["tables"]
        print(f"{'DIFFERENT' if found else 'IDENTICAL'}: {len(tables)} tables, "
              f"{sum(len(t['rows']) for t in tables.values()):,} rows, dossier of "
              f"{len(now['dossier'].get('articles', []))} articles")
        return 1 if found else 0
    dump = build_and_dump(args.articles, args.processes)
    args.save.write_bytes(gzip.compress(json.dumps(dump).encode()))
    print(f"saved {args.save}: {len(dump['tables'])} tables, "
          f"{sum(len(t['rows']) for t in dump['tables'].values()):,} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
