"""The parse workers leave what they hold at start-up out of their collections and collect their
youngest generation less often (recoupe.scale.processes._init); the driver's settings stay its own."""

from __future__ import annotations

import gc
import multiprocessing
import os
import platform
import resource
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


def _faults_of_rounds(rounds: int = 3) -> list[int]:
    """Minor page faults of each round of ten 3 MiB blocks made (written) then freed together:
    30 MiB freed at the heap's top, more than glibc trims by default."""
    out = []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        held = [b"\1" * (3 << 20) for _ in range(10)]
        del held
        out.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    return out


def _huge_pages() -> bool:
    """Does malloc get transparent huge pages (THP « always », or glibc's hugetlb tunable)? A 2 MiB page
    faults once for 512 small ones, and a plain worker's rounds then fault next to nothing."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            if "[always]" in f.read():
                return True
    except OSError:
        pass
    return "glibc.malloc.hugetlb" in os.environ.get("GLIBC_TUNABLES", "")


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
@pytest.mark.skipif(_huge_pages(), reason="page faults counted in huge pages")
def test_processes_worker_reuses_its_freed_heap_instead_of_faulting_it_in_again() -> None:
    # fresh interpreters (spawned): a forked one inherits the malloc thresholds this process's own
    # frees raised, and may reuse its heap without being told
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:  # a worker left as glibc sets it
        plain = pool.submit(_faults_of_rounds).result(timeout=60)
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init, initargs=(os.getpid(), None)) as pool:
        kept = pool.submit(_faults_of_rounds).result(timeout=60)
    pages = (30 << 20) // resource.getpagesize()
    assert min(plain) > pages // 2  # by default every round faults its 30 MiB in again
    assert kept[0] > pages // 2 and max(kept[1:]) < pages // 10  # then the worker's heap is reused


_PEAK = """
import resource
from recoupe.scale.processes import keep_heap

def resident():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() >> 20

assert keep_heap()
held = [bytearray(1 << 20) for _ in range(320)]  # heap blocks (under the mmap threshold), touched
peak = resident()
del held
print(peak, resident())
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_processes_kept_heap_gives_back_a_peak_far_over_a_batch() -> None:
    # a batch of long articles: what it took beyond the kept heap goes back, not held till the build ends
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _PEAK], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}).stdout
    peak, after = map(int, out.split())
    assert peak > 320 and after < peak - 200
