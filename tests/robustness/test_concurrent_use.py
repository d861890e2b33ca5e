"""The web app keeps answering while a build writes to the same store (WAL, read-only readers)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_robustness_readers_during_ingestion(tmp_path: Path, sample_build) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    from recoupe.web.server import create_app

    db = tmp_path / "live.db"
    shutil.copy(sample_build[0], db)
    corpus = tmp_path / "more"
    corpus.mkdir()
    for k in range(4):  # distinct inputs (a first line differs) so that the build has real work
        for p in sorted(EXAMPLES.glob("*.txt")):
            (corpus / f"{k}-{p.name}").write_text(f"Reprise {k}\n\n" + p.read_text("utf-8"), encoding="utf-8")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    build = subprocess.Popen([sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    statuses: list[int] = []
    latencies: list[float] = []
    errors: list[str] = []
    paths = ["/api/stories", "/api/search?q=armes", "/", "/api/stories/s1"]
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
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
        server.should_exit = True
        thread.join(timeout=10)
    assert build.returncode == 0, stderr
    assert len(statuses) >= 20, "the build finished before the readers could run"
    assert not errors, errors[:3]
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\n{len(statuses)} requests during ingestion, 0 errors, p95 {p95 * 1000:.0f} ms")
