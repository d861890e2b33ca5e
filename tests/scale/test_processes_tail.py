"""The pool's results say when the build is in its tail (recoupe.scale.processes.PoolResults): the
build then commits the records already parsed instead of waiting to fill a transaction."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

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


def test_taper_hands_out_every_article_in_shrinking_batches() -> None:
    from recoupe.scale.processes import taper

    for n in range(0, 80):
        for batch, processes in ((16, 2), (8, 3), (1, 2)):
            sizes = taper(n, batch, processes)
            assert sum(sizes) == n
            assert all(1 <= s <= batch for s in sizes)
            assert sizes == sorted(sizes, reverse=True)
    assert taper(32, 16, 2)[0] == 8 and taper(32, 16, 2)[-1] == 1


def _pairs(texts: list[str]) -> list[tuple[Any, Any]]:
    """(raw document, cleaned article) pairs, as the pool's batches carry them."""
    from recoupe.model import Article, RawDocument
    from recoupe.pipeline import _cleaned

    pairs: list[tuple[Any, Any]] = []
    for i, text in enumerate(texts):
        raw = RawDocument(f"t{i}.txt", "text", text.encode())
        art = _cleaned(raw, published=None, max_chars=100_000)
        assert isinstance(art, Article)
        pairs.append((raw, art))
    return pairs


def test_an_articles_record_does_not_depend_on_the_batch_it_is_parsed_in(nlp) -> None:  # type: ignore[no-untyped-def]
    """The tapering batches at the end of a pooled build must not change any record."""
    import pickle

    from recoupe.scale import processes

    texts = [
        "Le maire de Lyon a annoncé lundi la fermeture de trois écoles. « Nous n'avons pas le choix »,"
        " a-t-il déclaré devant le conseil municipal.",
        "Selon la préfecture, 1 200 personnes ont manifesté samedi à Nantes contre la réforme, 4 000"
        " selon les syndicats.",
        "Un incendie a détruit 300 hectares de forêt dans le Var, a indiqué mardi le service"
        " départemental d'incendie et de secours.",
    ]
    pairs = _pairs(texts)
    saved = processes._NLP
    processes._NLP = nlp
    try:
        together = processes._analyse(pairs)
        alone = [r for pair in pairs for r in processes._analyse([pair])]
    finally:
        processes._NLP = saved
    assert [pickle.dumps(r) for r in together] == [pickle.dumps(r) for r in alone]


def test_a_batch_crosses_the_pool_as_a_file_name_that_one_pipe_write_carries(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A worker killed while the pool's pipe carries its result must leave nothing cut in the pipe
    (the pool's reader would wait for the rest for ever: a hung build, not E080). The message is a
    file's name, which one atomic pipe write carries; the records come back whole from the file."""
    import os
    import pickle
    import select

    from recoupe.scale import processes

    text = ("Le préfet du Gard a ordonné jeudi l'évacuation de deux campings menacés par la crue,"
            " a-t-il indiqué dans un communiqué. « La situation reste préoccupante », a ajouté la mairie. ")
    pairs = _pairs([text * (i + 3) for i in range(8)])
    saved = processes._NLP
    processes._NLP = nlp
    try:
        direct = processes._analyse(pairs)
        path = processes._analyse_to(str(tmp_path), pairs)
    finally:
        processes._NLP = saved
    assert len(pickle.dumps(direct, protocol=pickle.HIGHEST_PROTOCOL)) > select.PIPE_BUF  # what a pipe could cut
    assert len(pickle.dumps(path, protocol=pickle.HIGHEST_PROTOCOL)) < select.PIPE_BUF
    sent = pickle.loads(pickle.dumps(direct, protocol=pickle.HIGHEST_PROTOCOL))  # as the pool's pipe carried them
    assert [pickle.dumps(r) for r in processes._read_spooled(path)] == [pickle.dumps(r) for r in sent]
    assert os.listdir(tmp_path) == []  # read once, removed
