"""Local multi-process analysis: each worker process loads the spaCy pipeline once and returns
picklable :class:`recoupe.nlp.analyse.Analysed` records, in input order.

spaCy's own ``nlp.pipe(n_process=...)`` sends Docs back to the parent through msgpack, which
cannot carry the records our components attach to a Doc (dates, dataclasses); here the whole
per-article stage runs in the worker and only its result travels. At most ``window`` batches
per worker are in flight, so memory stays bounded however long the input.

Workers never outlive the build: each asks the kernel for SIGKILL when its parent dies
(``PR_SET_PDEATHSIG``) and also watches its parent's pid, so a parent killed with SIGKILL leaves no
process behind. A worker that dies (killed, out of memory) ends the build with E080, the articles
already integrated kept.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import glob
import multiprocessing
import os
import pickle
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from recoupe.errors import E, RecoupeError

_NLP: Any = None
_PR_SET_PDEATHSIG = 1
_PR_SET_NAME = 15
# the names a build's children take (``ps -o comm``): a parse worker, a forked child of the driver
WORKER_NAME, FORKED_NAME = "recoupe-parse", "recoupe-fork"
# A worker parses articles for the whole build, holding the model, the lexicons and the encoder it
# inherited (or loaded): ~500,000 objects that every older-generation collection walked again (and,
# in a forked worker, wrote to: each walk copies the parent's pages). What an article makes is
# freed by reference counting but for the docs' few cycles. After start-up the worker freezes what
# it holds (never collected again) and collects the youngest generation every 20,000 allocations,
# not 700, as the build's driver does when it integrates (``pipeline.DRIVER_GC_THRESHOLD``).
WORKER_GC_THRESHOLD = 20_000
# glibc's malloc hands blocks over its (dynamic, at most 32 MiB) mmap threshold back to the kernel
# when freed and trims the heap's top once more than twice that is free: a parse batch's arrays
# (a few MiB each) then come back as fresh pages, each zero-filled by a page fault. A worker's heap
# instead stays at its peak (one batch's parse) for the build, which it ends with: sys time 1.1-1.9
# s a worker on the bench's 300 articles -> 0.4 s (minor faults ~130,000 -> ~32,000). Set both
# (setting one fixes the other's dynamic value at its default: 128 KiB, every array mmapped).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
WORKER_MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's ceiling for it on 64 bits
# the heap's free top kept: well over a batch's churn (~40 MiB, RESULTS « speedj23 »), so ordinary
# batches reuse it, but a batch of long articles gives back what it took beyond, not pinning its peak in
# every worker until the build ends
WORKER_TRIM_THRESHOLD = 256 * 1024 * 1024


def _die_with_parent(parent: int, name: str | None = None) -> None:
    """Make this process end when ``parent`` does, whatever signal killed the parent. ``name``:
    the process's name as ``ps``, ``top`` and ``/proc/PID/comm`` show it (Linux), so that a user
    (or a test) tells the build's parse workers from its forked children."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if name is not None:
                libc.prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:  # where prctl is missing (or the forking thread ended): poll
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="recoupe-parent-watch", daemon=True).start()


def _init(parent: int, model: str | None) -> None:
    global _NLP
    _die_with_parent(parent, WORKER_NAME)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if model is not None:
        from recoupe.nlp.pipeline import load

        _NLP = load(model)
    _fewer_collections()
    keep_heap()


def keep_heap() -> bool:
    """Keep this process's freed heap for its next allocations (see :data:`WORKER_TRIM_THRESHOLD`)
    instead of returning it to the kernel; True where glibc's ``mallopt`` took both settings (a
    no-op elsewhere: another libc, another system). For processes that end with their work."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, WORKER_MMAP_THRESHOLD)
                and mallopt(_M_TRIM_THRESHOLD, WORKER_TRIM_THRESHOLD))


def _fewer_collections() -> None:
    """Leave what the worker holds now out of every later collection (``gc.freeze``) and collect
    its youngest generation every :data:`WORKER_GC_THRESHOLD` allocations: the same objects freed,
    later and with less walking."""
    gc.freeze()
    old = gc.get_threshold()
    gc.set_threshold(max(WORKER_GC_THRESHOLD, old[0]), *old[1:])


def _analyse(batch: list[tuple[Any, Any]]) -> list[Any]:
    from recoupe.lang.routing import article_language, parse_by_language
    from recoupe.nlp.analyse import analyse_docs

    items = ((art.text, art.published, (raw, art)) for raw, art in batch)
    return list(analyse_docs(parse_by_language(_NLP, items, language_of=article_language)))


def _analyse_to(spool: str, batch: list[tuple[Any, Any]]) -> str:
    """:func:`_analyse` in a worker, its records written to a file of ``spool`` whose name is
    returned. A batch's records (megabytes) never cross the pool's result pipe: a worker killed
    while writing a message longer than one atomic pipe write leaves it cut, and the pool's reader
    thread then waits for its end for ever (the build hangs instead of failing with E080). A
    file's name fits one atomic write; a file cut by a killed worker is never read (the pool
    breaks first)."""
    try:
        outcome: tuple[bool, Any] = (True, _analyse(batch))
    except Exception as exc:  # its traceback could be as long as records: it takes the same way
        outcome = (False, exc)
    fd, path = tempfile.mkstemp(dir=spool, suffix=".pickle")
    with os.fdopen(fd, "wb") as fh:
        try:
            pickle.dump(outcome, fh, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an error that does not pickle
            fh.seek(0)
            fh.truncate()
            pickle.dump((False, RuntimeError(repr(exc)[:2000])), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read_spooled(path: str) -> list[Any]:
    """The records :func:`_analyse_to` wrote to ``path`` (its error raised here); the file is removed."""
    try:
        with open(path, "rb") as fh:
            ok, value = pickle.load(fh)
    finally:
        os.unlink(path)
    if not ok:
        raise value
    records: list[Any] = value
    return records


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """SIGKILL the pool's workers: after an interrupted shutdown they wait for a stop that never
    comes, and this process's exit would wait for them for ever. (``_processes`` is the executor's
    own table of its workers; where it is missing, nothing is killed.)"""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.kill()


_SPOOL_PREFIX = "recoupe-parse-"


def _spool() -> str:
    """A new spool folder for this build's batches, named with this process's pid; the folders of
    builds that were killed (SIGKILL, the OOM killer: no ``finally`` ran) are removed first."""
    tmp = tempfile.gettempdir()
    for old in glob.glob(os.path.join(tmp, f"{_SPOOL_PREFIX}*-*")):
        pid = os.path.basename(old)[len(_SPOOL_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    return tempfile.mkdtemp(prefix=f"{_SPOOL_PREFIX}{os.getpid()}-", dir=tmp)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@dataclass
class _Progress:
    """What the pool's generator shares with :class:`PoolResults` (not the results object itself:
    a reference cycle would keep the generator, and the pool it shuts down, alive until a
    garbage collection)."""

    in_flight: deque[Future[str]] = field(default_factory=deque)  # the spool files of the batches sent
    parsed: deque[Any] = field(default_factory=deque)  # records of a finished batch not yet handed out
    fed: bool = False  # every article submitted


class PoolResults:
    """The records of :func:`analyse_in_processes`, in input order (an iterator), that can say
    whether the build is in its tail: every article handed to the workers, and the next record not
    parsed yet. The build then integrates what it holds instead of waiting to fill a transaction:
    at the end of a build, the driver integrates while the workers parse their last batches
    instead of after them, with one core idle (a transaction of up to 32 articles, about 0.7 s)."""

    def __init__(self, progress: _Progress, records: Iterator[Any]) -> None:
        self.progress = progress
        self._records = records

    def __iter__(self) -> PoolResults:
        return self

    def __next__(self) -> Any:
        return next(self._records)

    def tail_waiting(self) -> bool:
        """All articles submitted, and the next record still being parsed (or none left)."""
        p = self.progress
        return p.fed and not p.parsed and not (p.in_flight and p.in_flight[0].done())

    def close(self) -> None:
        close = getattr(self._records, "close", None)
        if close is not None:
            close()


def taper(n: int, batch: int, processes: int) -> list[int]:
    """Batch sizes for the last ``n`` articles of a build: each a share of what is left over the
    ``processes`` workers (halving, down to one article), never more than ``batch``.

    With equal batches to the end, the worker that takes the last batch parses it alone while
    the other core waits (on 2 processes, up to a batch of 16 articles, ~2 s); with tapering
    batches the two finish within an article of each other. The records do not depend on the
    batch an article is parsed in (``tests/scale``)."""
    sizes: list[int] = []
    while n > 0:
        size = min(batch, max(1, -(-n // (2 * processes))))
        sizes.append(size)
        n -= size
    return sizes


def analyse_in_processes(articles: Iterable[tuple[Any, Any]], model: str, processes: int, *,
                         batch: int = 8, window: int = 3, nlp: Any = None) -> PoolResults:
    """With a loaded ``nlp`` and fork available (Linux), workers inherit it (as spaCy's own
    ``n_process`` does); otherwise each spawned worker loads ``model`` once. The pool starts on
    the first record asked for."""
    progress = _Progress()
    return PoolResults(progress, _run_pool(progress, articles, model, processes, batch=batch, window=window, nlp=nlp))


def _run_pool(state: _Progress, articles: Iterable[tuple[Any, Any]], model: str, processes: int, *,
              batch: int, window: int, nlp: Any) -> Iterator[Any]:
    global _NLP
    if nlp is not None and "fork" in multiprocessing.get_all_start_methods():
        _NLP = nlp
        from recoupe.nlp.analyse import import_per_article_stage

        import_per_article_stage()
        ctx: multiprocessing.context.BaseContext = multiprocessing.get_context("fork")
        initargs: tuple[Any, ...] = (os.getpid(), None)
    else:
        ctx = multiprocessing.get_context("spawn")
        initargs = (os.getpid(), model)
    spool = _spool()
    analyse = partial(_analyse_to, spool)
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=ctx, initializer=_init, initargs=initargs)
    in_flight, parsed = state.in_flight, state.parsed

    def hand_out() -> Iterator[Any]:  # the oldest batch's records, one by one
        parsed.extend(_read_spooled(in_flight.popleft().result()))
        while parsed:
            yield parsed.popleft()

    try:
        # the last ``held`` articles are held back until the input ends, then handed out in
        # tapering batches (:func:`taper`), so that the workers finish together
        held = batch * processes
        pending: deque[tuple[Any, Any]] = deque()
        for pair in articles:
            pending.append(pair)
            if len(pending) >= held + batch:
                in_flight.append(pool.submit(analyse, [pending.popleft() for _ in range(batch)]))
                while len(in_flight) >= window * processes:
                    yield from hand_out()
        for size in taper(len(pending), batch, processes):
            in_flight.append(pool.submit(analyse, [pending.popleft() for _ in range(size)]))
        state.fed = True
        while in_flight:
            yield from hand_out()
    except BrokenProcessPool as exc:
        raise RecoupeError(E.E080, reason=str(exc) or "killed") from None
    finally:
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        except BaseException:  # a second Ctrl-C in the shutdown: the workers would never get their stop
            _kill_workers(pool)
            raise
        finally:
            shutil.rmtree(spool, ignore_errors=True)  # the batches not handed out
