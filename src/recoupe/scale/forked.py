"""A pure function over many items, in forked children that inherit the items.

The end of a build (the learned links and cuts of the claim components, the briefings) runs once
every article is integrated: the spaCy workers are gone, and one core would idle while the driver
works alone. Those steps are pure functions of data the driver already holds (or of the committed
store), one independent call per story or component, so :func:`fork_map` runs them in this
process and ``processes - 1`` children forked at that moment. Nothing is pickled on the way in: a
child reads the items from the memory it inherited; only results travel back. The caller applies them in item
order, so the store written is the same as with one process.

Written by hand because ``multiprocessing.Pool.map`` pickles every item to the children, and
the items here (claims with their features) cost about as much to pickle as to score.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import tempfile
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# blocks of this process now keeping what lived at their start frozen (:func:`frozen`); counted here
# because gc.get_freeze_count walks the whole frozen list (~20 ms with a model loaded)
_HELD = [0]


def _freeze() -> None:
    """``gc.freeze``; inside a block of :func:`frozen`, after a collection of what is not frozen yet:
    what a nested freeze takes stays frozen until the outermost block ends, and cyclic garbage
    taken with it (a parse batch's, at ``-j 1``) would pile up with the articles. The collection
    walks only what was made since the last freeze."""
    if _HELD[0]:
        gc.collect()
    gc.freeze()


@contextmanager
def frozen() -> Iterator[None]:
    """``gc.freeze`` what lives now, for the block; the outermost block unfreezes at its end (a nested
    one adds what lived at its start, its garbage collected first), and so do :func:`fork_map` and
    :func:`fork_call` only outside any block. Cycles among the objects frozen at the outermost block's
    start are freed after it: the same objects freed, later, with less walking."""
    outermost = _HELD[0] == 0
    _freeze()
    _HELD[0] += 1
    try:
        yield
    finally:
        _HELD[0] -= 1
        if outermost:
            gc.unfreeze()


# below this many items a fork (about 20 ms for a driver holding a model) costs more than it saves
MIN_ITEMS = 16

_MISSING = object()


def fork_map(fn: Callable[[T], R], items: Sequence[T], processes: int, *, min_items: int | None = None) -> list[R]:
    """``[fn(x) for x in items]``, computed by this process and ``processes - 1`` forked children
    (all here when one process is asked for, when the items are few, or where fork does not exist).
    ``fn`` must not write anything the parent reads (a store connection inherited from the parent
    is never to be used in a child: open another one). ``min_items`` (default :data:`MIN_ITEMS`):
    fewer items are mapped here.

    The processes take the items one index at a time from a counter in shared memory (the items'
    costs are uneven: one big story can cost as much as fifty small ones); a child writes its
    results to a file of its own, read when it has ended, and an item a child took but did not
    give back (it was killed) is computed here. Plain ``os.fork`` rather than a
    ``multiprocessing`` pool: the pool's start and stop (its threads, queues and terminate) cost
    ~30-45 ms of wall time a map on a loaded machine, and this process would only wait meanwhile."""
    n = len(items)
    if not forks(n, processes, min_items):
        return [fn(x) for x in items]
    take = _Taker()
    results: list[Any] = [_MISSING] * n
    kids: list[tuple[int, IO[bytes]]] = []
    thawed = _HELD[0] == 0  # a caller's freeze (:func:`frozen`) is left as it was
    _freeze()  # the children's collector never walks (and so never copies) the parent's pages
    try:
        parent = os.getpid()
        for _ in range(processes - 1):
            out = tempfile.TemporaryFile()  # noqa: SIM115 - closed below
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child (its coverage is not collected)
                _child(parent, fn, items, take, out)
            kids.append((pid, out))
        while (i := take()) < n:
            results[i] = fn(items[i])
        for pid, _out in kids:
            os.waitpid(pid, 0)
        ended, kids[:] = list(kids), []
        try:
            for _, fh in ended:
                for i, ok, value in _records(fh):
                    if not ok:
                        raise value
                    results[i] = value
        finally:
            for _, fh in ended:
                fh.close()
        for i, r in enumerate(results):
            if r is _MISSING:  # taken by a child that did not end well
                results[i] = fn(items[i])
        return results
    finally:
        for pid, fh in kids:  # an error here: the children are stopped
            _kill(pid)
            fh.close()
        take.close()
        if thawed:
            gc.unfreeze()


class _Taker:
    """The indexes 0, 1, 2, ... handed out once each to this process and the children it forks
    next (a counter in shared memory). Its lock is a POSIX record lock (``lockf``) on a file, not a
    ``multiprocessing.Lock``: the kernel releases a record lock when its holder dies, so a child
    killed while taking an index cannot leave the others waiting on the lock for ever."""

    def __init__(self) -> None:
        self._next = multiprocessing.get_context("fork").RawValue("q", 0)
        self._lock = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()

    def __call__(self) -> int:
        import fcntl  # POSIX only, as fork is

        fd = self._lock.fileno()
        fcntl.lockf(fd, fcntl.LOCK_EX)  # record locks belong to a process: a forked child takes its own
        try:
            i = int(self._next.value)
            self._next.value = i + 1
        finally:
            fcntl.lockf(fd, fcntl.LOCK_UN)
        return i

    def close(self) -> None:
        self._lock.close()


def _records(fh: IO[bytes]) -> Iterator[tuple[int, bool, Any]]:
    """The ``(index, ok, value)`` records a child wrote to ``fh``, up to the first incomplete one
    (a child killed while writing it): the items it names are computed again by the caller."""
    fh.seek(0)
    while True:
        try:
            record = pickle.load(fh)
        except (EOFError, pickle.UnpicklingError, ValueError, AttributeError, ImportError, IndexError):
            return  # what a truncated record raises, depending on where it was cut
        yield record


def _child(parent: int, fn: Callable[[Any], Any], items: Sequence[Any], take: Callable[[], int],
           out: IO[bytes]) -> NoReturn:
    """A forked child's life: take indexes until none is left, write ``(index, ok, result or
    error)`` records to ``out``, and end without running the parent's exit handlers."""
    code = 1
    try:
        from recoupe.scale.processes import FORKED_NAME, _die_with_parent

        gc.disable()  # a short life: the collector would only walk (and copy) the parent's pages
        _die_with_parent(parent, FORKED_NAME)  # a build killed with SIGKILL leaves no child behind
        n = len(items)
        while (i := take()) < n:
            try:
                record: tuple[int, bool, Any] = (i, True, fn(items[i]))
            except Exception as exc:  # the caller raises it
                record = (i, False, exc)
            try:
                pickle.dump(record, out, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # a result or error that does not pickle
                pickle.dump((i, False, RuntimeError(f"item {i}: {exc!r}")), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
        code = 0
    finally:
        os._exit(code)


class Ahead:
    """A call running in a forked child (:func:`fork_call`): :meth:`result` waits for it and
    returns its result; :meth:`close` stops the child if it still runs (as does the object's
    collection: a caller that raised before reading the result leaves no child behind)."""

    def __init__(self, pid: int, out: IO[bytes]) -> None:
        self._child = [pid]  # emptied once the child is reaped: its pid may then name another process
        self._out = out
        self._stop = weakref.finalize(self, _stop_child, self._child, out)

    def result(self) -> Any:
        """The call's result (its error raised here), or None when the child did not end well
        (killed): what it computes ahead is then computed again by its caller."""
        if not self._child:
            raise RuntimeError("the child has ended and its result was read or dropped")
        try:
            _, status = os.waitpid(self._child.pop(), 0)
            record = next(_records(self._out), None)
            if record is None:
                return None
            _, ok, value = record
            if not ok:
                raise value
            return None if status else value
        finally:
            self.close()

    def close(self) -> None:
        self._stop()


def _stop_child(child: list[int], out: IO[bytes]) -> None:
    """Kill and reap the child in ``child`` if it is not reaped yet; close its result file."""
    if child:
        _kill(child.pop())
    out.close()


def _kill(pid: int) -> None:
    """Kill and reap a child that may have ended (and been reaped) already."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass


def fork_call(fn: Callable[[], R]) -> Ahead | None:
    """``fn()`` in a forked child, while this process goes on (its result read with
    :meth:`Ahead.result`); None where fork does not exist. ``fn`` reads the memory it inherits
    and must write nothing the parent reads (a store: through a connection of its own)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    out = tempfile.TemporaryFile()  # noqa: SIM115 - closed by Ahead.close
    thawed = _HELD[0] == 0  # a caller's freeze (:func:`frozen`) is left as it was
    _freeze()  # the child's collector never walks (and so never copies) the parent's pages
    try:
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child (its coverage is not collected)
            _child(parent, lambda _: fn(), [None], _first_only(), out)
    except BaseException:
        out.close()
        raise
    finally:
        if thawed:
            gc.unfreeze()
    return Ahead(pid, out)


def _first_only() -> Callable[[], int]:
    """A ``take`` for one item: 0, then 1 (none left)."""
    taken = iter(range(2))
    return lambda: next(taken)


def forks(n: int, processes: int, min_items: int | None = None) -> bool:
    """Would :func:`fork_map` fork children for ``n`` items (else it maps here)?"""
    least = MIN_ITEMS if min_items is None else min_items
    return processes > 1 and n >= least and "fork" in multiprocessing.get_all_start_methods()


def usable_processes(requested: int) -> int:
    """``requested`` capped by the cores this process may run on (at least 1)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(requested, cores))
