"""Local multi-process analysis: each worker process loads the spaCy pipeline once and returns
picklable :class:`recoupe.pipeline.Analysed` records, in input order.

spaCy's own ``nlp.pipe(n_process=...)`` sends Docs back to the parent through msgpack, which
cannot carry the records our components attach to a Doc (dates, dataclasses); here the whole
per-article stage runs in the worker and only its result travels. At most ``window`` batches
per worker are in flight, so memory stays bounded however long the input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

_NLP: Any = None


def _init(model: str) -> None:
    global _NLP
    from recoupe.nlp.pipeline import load

    _NLP = load(model)


def _analyse(batch: list[tuple[Any, Any]]) -> list[Any]:
    from recoupe.lang.routing import article_language, parse_by_language
    from recoupe.pipeline import analyse_article

    items = ((art.text, art.published, (raw, art)) for raw, art in batch)
    return [analyse_article(doc, raw, art)
            for doc, (raw, art) in parse_by_language(_NLP, items, language_of=article_language)]


def analyse_in_processes(articles: Iterable[tuple[Any, Any]], model: str, processes: int, *,
                         batch: int = 8, window: int = 3, nlp: Any = None) -> Iterator[Any]:
    """With a loaded ``nlp`` and fork available (Linux), workers inherit it (as spaCy's own
    ``n_process`` does); otherwise each spawned worker loads ``model`` once."""
    global _NLP
    if nlp is not None and "fork" in multiprocessing.get_all_start_methods():
        _NLP = nlp
        from recoupe.pipeline import import_per_article_stage

        import_per_article_stage()
        ctx = multiprocessing.get_context("fork")
        init: Any = None
        initargs: tuple[Any, ...] = ()
    else:
        ctx = multiprocessing.get_context("spawn")
        init, initargs = _init, (model,)
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx, initializer=init, initargs=initargs) as pool:
        in_flight: deque[Future[list[Any]]] = deque()
        chunk: list[tuple[Any, Any]] = []
        for pair in articles:
            chunk.append(pair)
            if len(chunk) >= batch:
                in_flight.append(pool.submit(_analyse, chunk))
                chunk = []
                while len(in_flight) >= window * processes:
                    yield from in_flight.popleft().result()
        if chunk:
            in_flight.append(pool.submit(_analyse, chunk))
        while in_flight:
            yield from in_flight.popleft().result()
