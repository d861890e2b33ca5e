"""Issue 16, breach 5: ``build -j 2`` leaves no process behind when its parent is killed, and a
killed worker ends the build with a named error (E080), not a BrokenProcessPool traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recoupe.scale.processes import WORKER_NAME
from recoupe.storage import Store
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _corpus(folder: Path, copies: int = 8) -> None:
    folder.mkdir()
    for p in sorted(EXAMPLES.glob("*.txt")):
        for k in range(copies):  # 40 articles: more than two batches, so the pool starts
            (folder / f"{k}-{p.name}").write_text(f"Édition {k}\n\n" + p.read_text("utf-8"), encoding="utf-8")


def _start(corpus: Path, db: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """A ``build -j 2``, once its two parse workers are running; returns it and the workers' pids
    (told by their name from the build's other children: the forked ones of ``scale/forked.py``)."""
    tmp = db.parent / "tmp"  # the build's temporary folder (its spool of parsed batches), looked at after
    tmp.mkdir(exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "TMPDIR": str(tmp)})
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        workers = _children(proc.pid, WORKER_NAME)
        if len(workers) >= 2:
            return proc, workers
        assert proc.poll() is None, proc.communicate()[0]
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the workers did not start")


def _children(pid: int, name: str) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=,comm=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p, comm in (line.split(None, 1) for line in out.splitlines() if line.strip())
            if comm.strip() == name]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_robustness_sigkill_of_the_parent_leaves_no_worker(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    proc, workers = _start(tmp_path / "in", tmp_path / "s.db")
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:  # never leave them to the machine, even when the test fails
        os.kill(w, signal.SIGKILL)
    assert not left, f"orphan workers {left}"


def test_robustness_a_killed_worker_is_a_named_error(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    db = tmp_path / "s.db"
    proc, workers = _start(tmp_path / "in", db)
    time.sleep(0.5)  # well inside the parse of 40 articles: a batch is in flight
    os.kill(workers[0], signal.SIGKILL)
    out = proc.communicate(timeout=300)[0]
    assert proc.returncode == 2, out
    assert "[E080]" in out and "Traceback" not in out and "BrokenProcessPool" not in out, out
    assert not [w for w in workers[1:] if _alive(w)]
    assert not list((tmp_path / "tmp").iterdir())  # no spool of parsed batches left behind
    with Store.open(db) as s:  # what was integrated is complete; building again finishes the rest
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = subprocess.run([sys.executable, "-m", "recoupe.cli.app", "build", str(tmp_path / "in"), "--db", str(db)],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
    with Store.open(db) as s:
        assert s.count("articles") == 40
