"""The pool's results say when the build is in its tail (recoupe.scale.processes.PoolResults): the
build then commits the records already parsed instead of waiting to fill a transaction."""

from __future__ import annotations

from concurrent.futures import Future

from recoupe.scale.processes import PoolResults


def test_tail_waiting_only_once_everything_is_submitted_and_the_next_record_is_not_parsed() -> None:
    results = PoolResults()
    running: Future[list[int]] = Future()
    results.in_flight.append(running)
    assert not results.tail_waiting()  # articles still being handed out: fill the transaction
    results.fed = True
    assert results.tail_waiting()  # the next batch is still being parsed
    results.parsed.append(1)
    assert not results.tail_waiting()  # a record already here is taken
    results.parsed.clear()
    running.set_result([2, 3])
    assert not results.tail_waiting()  # the next batch is done: taken too
    results.in_flight.clear()
    assert results.tail_waiting()  # nothing left: the transaction ends


def test_pool_results_hand_out_the_records_in_input_order() -> None:
    results = PoolResults()
    results._gen = iter([1, 2, 3])
    assert list(results) == [1, 2, 3]
    assert list(results) == []  # exhausted stays exhausted
