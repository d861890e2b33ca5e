"""Loopback load test of the web app over a built store: p50/p95/max latency of the story, entity
and search pages (issue #6: p95 under 200 ms on the 20k-article store).

    python -m benchmarks.webload --db STORE [--requests 600] [--concurrency 4] [--workers 1] [--results FILE]

``recoupe serve`` runs as its own process, as deployed; this process is the client: ``concurrency``
threads issue ``requests`` GETs drawn (seeded) from the store's own stories (the largest ones and a
random sample), entities (the most mentioned and a sample) and search words (entity names and
frequent claim predicates), over a keep-alive connection each. Every non-200 answer is an error.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def urls(db: Path, n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, path) pairs drawn from the store: a third each of story, entity and search pages."""
    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    stories = [r[0] for r in con.execute("SELECT id FROM stories ORDER BY size DESC LIMIT 20")]
    stories += [r[0] for r in con.execute("SELECT id FROM stories ORDER BY random() LIMIT 200")]
    ents = [r[0] for r in con.execute(
        "SELECT entity_id FROM mentions WHERE entity_id != '' GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 20")]
    ents += [r[0] for r in con.execute("SELECT id FROM entities ORDER BY random() LIMIT 200")]
    words = [r[0].split()[-1] for r in con.execute("SELECT name FROM entities ORDER BY random() LIMIT 100")
             if r[0].split()]
    words += [r[0] for r in con.execute(
        "SELECT predicate FROM claims GROUP BY predicate ORDER BY COUNT(*) DESC LIMIT 30")]
    con.close()
    out = []
    for i in range(n):
        kind = ("story", "entity", "search")[i % 3]
        if kind == "story":
            out.append((kind, f"/stories/{quote(rng.choice(stories))}"))
        elif kind == "entity":
            out.append((kind, f"/entities/{quote(rng.choice(ents))}"))
        else:
            out.append((kind, f"/search?q={quote(rng.choice(words))}"))
    return out


def run(db: Path, requests: int, concurrency: int, workers: int = 1) -> dict[str, dict[str, float]]:
    port = _port()
    server = subprocess.Popen(
        [sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                stderr = server.stderr.read().decode()[-2000:] if server.stderr else ""
                raise RuntimeError(f"recoupe serve did not start: {stderr}")
            time.sleep(0.2)
        todo = urls(db, requests)
        for _, path in todo[:30]:  # warm-up: the first hits load templates and the page cache
            httpx.get(base + path, timeout=30)
        timings: dict[str, list[float]] = {"story": [], "entity": [], "search": []}
        errors: list[str] = []
        lock = threading.Lock()
        chunks = [todo[i::concurrency] for i in range(concurrency)]

        def client(items: list[tuple[str, str]]) -> None:
            with httpx.Client(base_url=base, timeout=30) as http:
                for kind, path in items:
                    t0 = time.perf_counter()
                    r = http.get(path)
                    ms = (time.perf_counter() - t0) * 1000
                    with lock:
                        timings[kind].append(ms)
                        if r.status_code != 200:
                            errors.append(f"{r.status_code} {path}")

        threads = [threading.Thread(target=client, args=(c,)) for c in chunks]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    out: dict[str, dict[str, float]] = {}
    for kind, ms in [*timings.items(), ("all", [x for v in timings.values() for x in v])]:
        ms = sorted(ms)
        out[kind] = {"n": len(ms), "p50": statistics.median(ms), "p95": ms[int(0.95 * (len(ms) - 1))], "max": ms[-1]}
    out["_run"] = {"errors": len(errors), "wall_s": wall, "rps": requests / wall}
    if errors:
        print("errors:", errors[:10], file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--workers", type=int, default=1, help="recoupe serve --workers")
    ap.add_argument("--results", type=Path, help="append the figures to this Markdown file")
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db}: no such store", file=sys.stderr)
        return 2
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    n_articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    res = run(args.db, args.requests, args.concurrency, args.workers)
    lines = [f"- store: {n_articles:,} articles; {args.requests} requests from {args.concurrency} concurrent "
             f"clients over loopback to {args.workers} server process(es); errors: {res['_run']['errors']}; "
             f"{res['_run']['rps']:.0f} requests/s"]
    for kind in ("story", "entity", "search", "all"):
        r = res[kind]
        lines.append(f"- {kind} pages ({r['n']}): p50 {r['p50']:.0f} ms, **p95 {r['p95']:.0f} ms**, "
                     f"max {r['max']:.0f} ms")
    print("\n".join(lines))
    if args.results:
        head = (f"\n## {date.today().isoformat()} — `python -m benchmarks.webload {' '.join(argv or sys.argv[1:])}`\n\n"
                f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}.\n\n")
        with args.results.open("a", encoding="utf-8") as fh:
            fh.write(head + "\n".join(lines) + "\n")
    return 0 if res["_run"]["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
