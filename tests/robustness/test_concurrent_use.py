"""The web app keeps answering while a build writes to the same store (WAL, read-only readers)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXAMPLES, live_app

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_robustness_readers_during_ingestion(tmp_path: Path, sample_build) -> None:  # type: ignore[no-untyped-def]
    from recoupe.web.server import create_app

    db = tmp_path / "live.db"
    shutil.copy(sample_build[0], db)
    corpus = tmp_path / "more"
    corpus.mkdir()
    for k in range(4):  # distinct inputs (a first line differs) so that the build has real work
        for p in sorted(EXAMPLES.glob("*.txt")):
            (corpus / f"{k}-{p.name}").write_text(f"Reprise {k}\n\n" + p.read_text("utf-8"), encoding="utf-8")
    with live_app(create_app(db)) as base_url:
        _hammer_during_build(base_url, corpus, db)


def _hammer_during_build(base_url: str, corpus: Path, db: Path) -> None:
    build = subprocess.Popen([sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    statuses: list[int] = []
    latencies: list[float] = []
    errors: list[str] = []
    paths = ["/api/stories", "/api/search?q=armes", "/", "/api/stories/s1"]
    try:
        with httpx.Client(base_url=base_url, timeout=10) as client:
            n = 0
            stop_at = time.monotonic() + 120
            while build.poll() is None and time.monotonic() < stop_at:  # bounded in count and time
                t0 = time.perf_counter()
                r = client.get(paths[n % len(paths)])
                latencies.append(time.perf_counter() - t0)
                statuses.append(r.status_code)
                if r.status_code >= 500 or "locked" in r.text:
                    errors.append(f"{r.status_code} {r.text[:200]}")
                n += 1
    finally:
        _, stderr = build.communicate(timeout=300)
    assert build.returncode == 0, stderr
    assert len(statuses) >= 20, "the build finished before the readers could run"
    assert not errors, errors[:3]
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\n{len(statuses)} requests during ingestion, 0 errors, p95 {p95 * 1000:.0f} ms")
