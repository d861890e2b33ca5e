"""The parse workers leave what they hold at start-up out of their collections and collect their
youngest generation less often (recoupe.scale.processes._init); the driver's settings stay its own."""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from recoupe.scale.processes import WORKER_GC_THRESHOLD, _init


def _collector_state() -> tuple[int, int]:
    return gc.get_freeze_count(), gc.get_threshold()[0]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork start method")
def test_processes_worker_freezes_its_start_up_objects_and_collects_less_often() -> None:
    before = gc.get_threshold()
    frozen_here = gc.get_freeze_count()
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init, initargs=(os.getpid(), None)) as pool:
        frozen, threshold = pool.submit(_collector_state).result(timeout=60)
    assert frozen > 1000  # the modules, lexicons and (in a build) the model it inherited
    assert threshold == WORKER_GC_THRESHOLD > before[0]
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_here  # the driver's unchanged
