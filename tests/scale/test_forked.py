"""The end of a build in forked children: the same results as in one process."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import recoupe.scale.forked as forked
from recoupe.pipeline import refresh_briefings, split_ahead, split_components
from recoupe.settings import Settings
from recoupe.storage import Store


def _square_and_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _slow_square_and_pid(x: int) -> tuple[int, int]:
    import time

    time.sleep(0.01)  # long enough that the child, once forked, takes some items
    return x * x, os.getpid()


def test_fork_map_keeps_order_and_runs_here_and_in_a_child() -> None:
    items = list(range(3 * forked.MIN_ITEMS))
    out = forked.fork_map(_slow_square_and_pid, items, 2)
    assert [r for r, _ in out] == [x * x for x in items]
    pids = {pid for _, pid in out}
    assert os.getpid() in pids and len(pids) == 2


def _dies_in_a_child(x: int) -> tuple[int, int]:
    import time

    if os.getpid() != _PARENT[0]:
        os._exit(3)  # a child killed mid-map: what it took is computed by the parent
    time.sleep(0.01)
    return x * x, os.getpid()


_PARENT = [0]


def test_fork_map_computes_what_a_dead_child_took() -> None:
    _PARENT[0] = os.getpid()
    items = list(range(2 * forked.MIN_ITEMS))
    out = forked.fork_map(_dies_in_a_child, items, 3)
    assert [r for r, _ in out] == [x * x for x in items]
    assert {pid for _, pid in out} == {os.getpid()}


class _DiesWhenRead:
    """A counter whose reading kills the process: a child killed while it holds the take lock."""

    @property
    def value(self) -> int:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
        return 0


def test_a_child_killed_while_taking_an_index_does_not_block_the_others() -> None:
    import threading

    take = forked._Taker()
    assert take() == 0
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        take._next = _DiesWhenRead()  # type: ignore[assignment]
        take()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)  # it died inside take(), holding the lock
    taken: list[int] = []
    t = threading.Thread(target=lambda: taken.extend([take(), take()]), daemon=True)
    t.start()
    t.join(10)
    take.close()
    assert taken == [1, 2]  # a lock left held by the dead child would block here for ever


def test_a_record_cut_by_a_killed_child_ends_the_reading() -> None:
    import io
    import pickle

    whole = pickle.dumps((0, True, "first"), protocol=pickle.HIGHEST_PROTOCOL)
    cut = pickle.dumps((1, True, "second" * 1000), protocol=pickle.HIGHEST_PROTOCOL)
    for at in (1, 2, len(cut) // 2, len(cut) - 1):
        assert list(forked._records(io.BytesIO(whole + cut[:at]))) == [(0, True, "first")]


def _comm(_: int) -> tuple[int, str]:
    with open("/proc/self/comm") as fh:
        return os.getpid(), fh.read().strip()


@pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="process names are read from /proc (Linux)")
def test_forked_children_are_named_for_ps() -> None:
    from recoupe.scale.processes import FORKED_NAME

    names = {pid: name for pid, name in forked.fork_map(_slow_comm, list(range(3 * forked.MIN_ITEMS)), 2)}
    assert len(names) == 2 and names.pop(os.getpid()) != FORKED_NAME
    assert list(names.values()) == [FORKED_NAME]


def _slow_comm(x: int) -> tuple[int, str]:
    import time

    time.sleep(0.01)  # long enough that the child, once forked, takes some items
    return _comm(x)


def test_fork_map_stays_here_for_few_items_or_one_process() -> None:
    few = list(range(forked.MIN_ITEMS - 1))
    assert {pid for _, pid in forked.fork_map(_square_and_pid, few, 2)} == {os.getpid()}
    many = list(range(forked.MIN_ITEMS))
    assert {pid for _, pid in forked.fork_map(_square_and_pid, many, 1)} == {os.getpid()}


def _fails_on_seven(x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    return x


def test_a_childs_error_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="seven"):
        forked.fork_map(_fails_on_seven, list(range(forked.MIN_ITEMS)), 2)


def _end_of_build(db: Path, processes: int, *, ahead: bool = False,
                  ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Every story dirty again, then the split pass (``ahead``: started in a child first,
    :func:`recoupe.pipeline.split_ahead`) and the briefings; the claims' groups and the stories'
    briefings after."""
    settings = Settings.load(nlp__n_process=processes)
    with Store.open(db) as s:
        s.db.execute("UPDATE stories SET dirty = 1")
        s.db.commit()
        split_components(s, settings, split_ahead(s, settings) if ahead else None)
        refresh_briefings(s, settings)
        groups = [(r[0], r[1]) for r in s.db.execute("SELECT id, group_id FROM claims ORDER BY id")]
        briefs = [(r[0], f"{r[1]} {r[2]} {r[3]}") for r in s.db.execute(
            "SELECT story_id, position, text, citations FROM briefings ORDER BY story_id, position")]
    return groups, briefs


def test_the_end_of_a_build_is_the_same_forked(sample_build, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, _ = sample_build
    serial, parallel = tmp_path / "serial.db", tmp_path / "forked.db"
    shutil.copy(db, serial)
    shutil.copy(db, parallel)
    monkeypatch.setattr(forked, "MIN_ITEMS", 1)  # the sample has a few stories: fork for them
    one = _end_of_build(serial, 1)
    two = _end_of_build(parallel, 2)
    assert one == two
    assert two[1] and two[0]  # briefings were written, claims grouped


def test_children_end_with_a_parent_killed_mid_map(tmp_path: Path) -> None:
    """A build killed with SIGKILL while its children work leaves none behind (PR_SET_PDEATHSIG)."""
    import signal
    import subprocess
    import sys
    import time

    pids = tmp_path / "pids"
    script = (
        "import os, time, sys\n"
        "import recoupe.scale.forked as f\n"
        f"def work(x):\n    open({str(pids)!r}, 'a').write(f'{{os.getpid()}}\\n'); time.sleep(60)\n"
        "f.fork_map(work, list(range(f.MIN_ITEMS)), 2)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not pids.exists() or len(pids.read_text().split()) < 2):
        time.sleep(0.1)
    children = [int(x) for x in pids.read_text().split()]
    assert len(children) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{c}").exists() and _running(c) for c in children):
        time.sleep(0.1)
    left = [c for c in children if Path(f"/proc/{c}").exists() and _running(c)]
    for c in left:
        os.kill(c, signal.SIGKILL)
    assert not left


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _pid_and(x: int) -> tuple[int, int]:
    return os.getpid(), x


def _raises() -> None:
    raise ValueError("computed ahead")


def test_fork_call_runs_in_a_child_and_gives_its_result_or_error() -> None:
    ahead = forked.fork_call(lambda: _pid_and(7))
    assert ahead is not None
    pid, x = ahead.result()
    assert x == 7 and pid != os.getpid()
    failing = forked.fork_call(_raises)
    assert failing is not None
    with pytest.raises(ValueError, match="computed ahead"):
        failing.result()


def test_fork_call_of_a_killed_child_gives_none_and_close_stops_it() -> None:
    import time

    dead = forked.fork_call(lambda: os._exit(3))
    assert dead is not None and dead.result() is None
    slow = forked.fork_call(lambda: time.sleep(60))
    assert slow is not None
    pid = slow._child[0]
    slow.close()
    assert not Path(f"/proc/{pid}").exists()  # killed and reaped


def test_the_split_pass_computed_ahead_is_the_same(sample_build, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The split pass's links started in a child before (split_ahead) give the same groups and
    briefings as without, and the pass takes what the child computed (nothing changed meanwhile:
    no story's links are computed again)."""
    db, _ = sample_build
    plain, ahead = tmp_path / "plain.db", tmp_path / "ahead.db"
    shutil.copy(db, plain)
    shutil.copy(db, ahead)
    one = _end_of_build(plain, 2)
    mapped: list[int] = []
    fork_map = forked.fork_map
    monkeypatch.setattr(forked, "fork_map", lambda fn, items, *a, **k: mapped.append(len(items)) or fork_map(
        fn, items, *a, **k))
    two = _end_of_build(ahead, 2, ahead=True)
    assert one == two and one[0]
    assert mapped[0] == 0  # every story's links taken from the child


def test_fork_map_and_fork_call_leave_a_callers_freeze_and_undo_their_own() -> None:
    import gc

    from recoupe.pipeline import fewer_collections

    gc.unfreeze()
    items = list(range(2 * forked.MIN_ITEMS))
    forked.fork_map(_square_and_pid, items, 2)
    assert gc.get_freeze_count() == 0  # its own freeze undone
    with fewer_collections():  # the build's driver integrates frozen: a map inside keeps it so
        frozen = gc.get_freeze_count()
        forked.fork_map(_square_and_pid, items, 2)
        # still frozen (a few frozen objects freed by reference counting meanwhile), not 0
        assert gc.get_freeze_count() > frozen // 2 > 0
        ahead = forked.fork_call(lambda: _pid_and(3))
        assert ahead is not None and ahead.result()[1] == 3
        assert gc.get_freeze_count() > frozen // 2
    assert gc.get_freeze_count() == 0
