"""Shared fixtures: one trained pipeline per session, fresh in-memory stores, the sample build."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from recoupe.storage import Store

# Hypothesis is deterministic here: a fixed derivation of examples from each test (derandomize) and
# no example database, so a run on a fresh clone tries exactly what the last one tried, and a
# failure found once is a failure of the code, found again every time, not of a saved example.
# HYPOTHESIS_PROFILE=explore searches randomly (and saves what it finds in .hypothesis/, ignored by git).
hypothesis_settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EVAL_DATA = ROOT.parent / "shared" / "eval-data"


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, nlp):  # type: ignore[no-untyped-def]
    """The sample corpus built once into a store; returns (db path, dossier dict)."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier

    root = tmp_path_factory.mktemp("sample")
    corpus = root / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    db = root / "sample.db"
    with Store.open(db) as s:
        summary = build(s, [str(corpus)], nlp=nlp)
        assert summary.added == len(list(EXAMPLES.glob("*.txt")))
        dossier = build_dossier(s)
    return db, dossier


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_app(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port, in a thread; yield its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
