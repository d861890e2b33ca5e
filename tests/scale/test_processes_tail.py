"""The pool's results say when the build is in its tail (recoupe.scale.processes.PoolResults): the
build then commits the records already parsed instead of waiting to fill a transaction."""

from __future__ import annotations

from concurrent.futures import Future

from recoupe.scale.processes import PoolResults, _Progress


def test_tail_waiting_only_once_everything_is_submitted_and_the_next_record_is_not_parsed() -> None:
    progress = _Progress()
    results = PoolResults(progress, iter(()))
    running: Future[list[int]] = Future()
    progress.in_flight.append(running)
    assert not results.tail_waiting()  # articles still being handed out: fill the transaction
    progress.fed = True
    assert results.tail_waiting()  # the next batch is still being parsed
    progress.parsed.append(1)
    assert not results.tail_waiting()  # a record already here is taken
    progress.parsed.clear()
    running.set_result([2, 3])
    assert not results.tail_waiting()  # the next batch is done: taken too
    progress.in_flight.clear()
    assert results.tail_waiting()  # nothing left: the transaction ends


def test_pool_results_hand_out_the_records_in_input_order() -> None:
    results = PoolResults(_Progress(), iter([1, 2, 3]))
    assert list(results) == [1, 2, 3]
    assert list(results) == []  # exhausted stays exhausted


def test_pool_results_hold_no_cycle_that_would_delay_the_pool_shutdown() -> None:
    import gc
    import weakref

    closed = []

    def records():  # type: ignore[no-untyped-def]
        try:
            yield 1
        finally:
            closed.append(True)  # where the pool shuts down

    results = PoolResults(_Progress(), records())
    assert next(results) == 1
    ref = weakref.ref(results)
    gc.disable()
    try:
        del results
        assert ref() is None and closed == [True]  # freed by reference counting, no collection needed
    finally:
        gc.enable()
