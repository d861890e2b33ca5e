"""A pure function over many items, in forked children that inherit the items.

The end of a build (the learned links and cuts of the claim components, the briefings) runs once
every article is integrated: the spaCy workers are gone, and one core would idle while the driver
works alone. Those steps are pure functions of data the driver already holds (or of the committed
store), one independent call per story or component, so :func:`fork_map` runs them in
``processes`` children forked at that moment. Nothing is pickled on the way in: a child reads the
items from the memory it inherited; only results travel back. The caller applies them in item
order, so the store written is the same as with one process.

Written by hand because ``multiprocessing.Pool.map`` pickles every item to the children, and
the items here (claims with their features) cost about as much to pickle as to score.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# below this many items a fork (about 20 ms for a driver holding a model) costs more than it saves
MIN_ITEMS = 16

_JOB: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run(i: int) -> Any:
    assert _JOB is not None  # set by fork_map before the fork
    fn, items = _JOB
    return fn(items[i])


def _child(parent: int) -> None:
    from recoupe.scale.processes import _die_with_parent

    gc.disable()  # a short life: the collector would only walk (and copy) the parent's pages
    _die_with_parent(parent)  # a build killed with SIGKILL leaves no child behind


def fork_map(fn: Callable[[T], R], items: Sequence[T], processes: int, *, min_items: int | None = None) -> list[R]:
    """``[fn(x) for x in items]``, computed by ``processes`` forked children (in this process when
    one process is asked for, when the items are few, or where fork does not exist). ``fn`` must
    not write anything the parent reads (a store connection inherited from the parent is never to
    be used in a child: open another one). ``min_items`` (default :data:`MIN_ITEMS`): fewer items
    are mapped here."""
    global _JOB
    n = len(items)
    if not forks(n, processes, min_items):
        return [fn(x) for x in items]
    _JOB = (fn, items)
    try:
        ctx = multiprocessing.get_context("fork")
        gc.freeze()  # the children's collector never walks (and so never copies) the parent's pages
        with ctx.Pool(processes, initializer=_child, initargs=(os.getpid(),)) as pool:
            # one index at a time, to whichever child is free: the items' costs are uneven (one big
            # story can cost as much as fifty small ones); only the index and the result travel
            return pool.map(_run, range(n), chunksize=1)
    finally:
        gc.unfreeze()
        _JOB = None


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
