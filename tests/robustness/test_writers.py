"""Issue 16, breach 4: two writers on one store, through the real command line and the web app.

Both builds of the same files finish (each article stored once), two builds of different batches
both finish and the store holds the union, and a web upload during a build is stored too. The
write lock is taken (BEGIN IMMEDIATE) only to integrate articles already parsed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from recoupe.storage import Store
from tests.conftest import EXAMPLES, live_app

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _corpus(folder: Path, tag: str, copies: int) -> set[str]:
    """Distinct variants of the sample articles (a different first line); returns their names."""
    folder.mkdir(parents=True)
    names = set()
    for p in sorted(EXAMPLES.glob("*.txt")):
        for k in range(copies):
            name = f"{tag}{k}-{p.name}"
            (folder / name).write_text(f"Édition {tag}{k}\n\n" + p.read_text("utf-8"), encoding="utf-8")
            names.add(name)
    return names


def _build(corpus: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db), "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _finish(*procs: subprocess.Popen[str]) -> list[str]:
    outs = [p.communicate(timeout=600)[0] for p in procs]
    for p, out in zip(procs, outs, strict=True):
        assert p.returncode == 0, out
        assert "Traceback" not in out and "locked" not in out and "IntegrityError" not in out, out
    return outs


def _stored(db: Path) -> list[str]:
    with Store.open(db) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(Path(a.origin).name for a in s.articles())


def test_robustness_two_builds_of_the_same_files_both_finish(tmp_path: Path) -> None:
    names = _corpus(tmp_path / "in", "a", 2)
    db = tmp_path / "s.db"  # not created yet: both processes create (migrate) it at once
    _finish(_build(tmp_path / "in", db), _build(tmp_path / "in", db))
    assert _stored(db) == sorted(names)  # each once


def test_robustness_two_builds_of_different_batches_store_the_union(tmp_path: Path) -> None:
    a = _corpus(tmp_path / "a", "a", 4)
    b = _corpus(tmp_path / "b", "b", 4)
    db = tmp_path / "s.db"
    Store.open(db).close()
    _finish(_build(tmp_path / "a", db), _build(tmp_path / "b", db))
    assert _stored(db) == sorted(a | b)


def test_robustness_web_upload_during_a_build_is_stored(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.web.server import create_app

    names = _corpus(tmp_path / "in", "a", 4)
    db = tmp_path / "s.db"
    Store.open(db).close()
    build = _build(tmp_path / "in", db)
    text = "Édition web\n\n" + sorted(EXAMPLES.glob("*.txt"))[0].read_text("utf-8")
    with (live_app(create_app(db, token="s3cret", nlp=nlp)) as base,
          httpx.Client(base_url=base, timeout=120, headers={"Authorization": "Bearer s3cret"}) as client):
        deadline = time.monotonic() + 120
        while build.poll() is None and time.monotonic() < deadline:  # wait for the build to write
            with Store.open(db, readonly=True) as s:
                if s.count("articles"):
                    break
            time.sleep(0.5)
        r = client.post("/api/articles", json={"text": text, "title": "Upload pendant le build"})
        assert r.status_code == 201, r.text
    _finish(build)
    stored = _stored(db)
    assert set(names) <= set(stored) and len(stored) == len(names) + 1



def test_robustness_opening_a_store_retries_while_sqlite_says_locked() -> None:
    """Two builds started together on a new store: one failed to open it with « database is
    locked » (E030, seen in CI), which SQLite answered at once, without its busy timeout. Opening
    now retries such answers; anything else is raised at once."""
    import sqlite3

    from recoupe.storage.store import _retry_locked

    calls: list[int] = []

    def flaky() -> int:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        return 42

    assert _retry_locked(flaky) == 42 and len(calls) == 3

    def broken() -> int:
        calls.append(1)
        raise sqlite3.OperationalError("no such table: t")

    calls.clear()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        _retry_locked(broken)
    assert len(calls) == 1
