"""A parse worker's batch reaches the driver through a spool file, never through the pool's pipe in
more than one atomic write (a worker killed mid-message would leave the pool's reader waiting for
ever: a hung build instead of E080), and no spool folder outlives its build."""

from __future__ import annotations

import multiprocessing.connection
import os
import select
import tempfile
from pathlib import Path
from typing import Any

import pytest

from recoupe.scale import processes

pytestmark = pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(),
                                reason="the workers inherit the test's stubs through fork")


def _big_records(batch: list[tuple[Any, Any]]) -> list[Any]:
    return [(key, "x" * 200_000) for key, _ in batch]  # a batch of megabytes, as parsed articles are


def _failing(batch: list[tuple[Any, Any]]) -> list[Any]:
    raise RuntimeError("a batch-level error " + "y" * 300_000)


@pytest.fixture
def spy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every message a process sends through a multiprocessing pipe, its size appended to a file
    (the forked workers inherit the wrapped method); the temporary folder is the test's."""
    sizes = tmp_path / "sizes"
    fd = os.open(sizes, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    send = multiprocessing.connection.Connection.send_bytes

    def logged(self: Any, buf: Any, offset: int = 0, size: int | None = None) -> None:
        os.write(fd, f"{len(buf)}\n".encode())
        send(self, buf, offset, size)

    monkeypatch.setattr(multiprocessing.connection.Connection, "send_bytes", logged)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return sizes


def _spools(folder: Path) -> list[Path]:
    return sorted(folder.glob("recoupe-parse-*"))


def test_a_batch_of_megabytes_never_crosses_the_pool_pipe(spy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_analyse", _big_records)
    articles = [(i, "article") for i in range(40)]
    got = list(processes.analyse_in_processes(iter(articles), "unused", 2, batch=8, nlp=object()))
    assert [key for key, _ in got] == list(range(40)) and all(len(text) == 200_000 for _, text in got)
    sizes = [int(x) for x in spy.read_text().split()]
    assert sizes and max(sizes) < select.PIPE_BUF  # every message fits one atomic pipe write
    assert _spools(spy.parent) == []  # read and removed


def test_a_batch_error_reaches_the_driver_by_the_same_way(spy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_analyse", _failing)
    with pytest.raises(RuntimeError, match="a batch-level error"):
        list(processes.analyse_in_processes(iter([(i, "a") for i in range(40)]), "unused", 2, batch=8, nlp=object()))
    assert max(int(x) for x in spy.read_text().split()) < select.PIPE_BUF
    assert _spools(spy.parent) == []


def test_the_spool_of_a_killed_build_is_removed_by_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pid = os.fork()
    if pid == 0:  # pragma: no cover - a build that ends at once
        os._exit(0)
    os.waitpid(pid, 0)  # dead: its pid names no process now
    dead = tmp_path / f"recoupe-parse-{pid}-abc"
    dead.mkdir()
    (dead / "batch.pickle").write_bytes(b"cut")
    alive = tmp_path / f"recoupe-parse-{os.getpid()}-def"  # a build still running keeps its own
    alive.mkdir()
    made = Path(processes._spool())
    assert not dead.exists() and alive.exists() and made.exists()
    assert made.name.startswith(f"recoupe-parse-{os.getpid()}-")
