"""``recoupe build --engine ray``: the per-article stages on a Ray cluster.

Each worker is a Ray actor that loads the spaCy pipeline once and turns cleaned articles into
:class:`recoupe.nlp.analyse.Analysed` records; the driver feeds them in bounded waves (at most
``window`` articles in flight, so memory stays flat) and integrates the results, in input order,
into the one store. The cross-article stages (entities, stories, sources, claim groups,
contradictions) therefore stay exactly as in the local engine.

Ray is an optional extra (``pip install recoupe[ray]``). ``address=None`` starts a local Ray on
this machine; ``address="ray://head:10001"`` or ``"auto"`` joins a running cluster.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recoupe.model import Article, RawDocument
    from recoupe.nlp.analyse import Analysed
    from recoupe.settings import Settings


class _Worker:
    """One spaCy pipeline per worker process, reused for every batch it is given."""

    def __init__(self, model: str) -> None:
        from recoupe.nlp.pipeline import load

        self.nlp = load(model)

    def analyse(self, batch: list[tuple[Any, Any]]) -> list[Any]:
        from recoupe.lang.routing import article_language, parse_by_language
        from recoupe.nlp.analyse import analyse_docs

        items = ((art.text, art.published, (raw, art)) for raw, art in batch)
        return list(analyse_docs(parse_by_language(self.nlp, items, language_of=article_language)))


def analyse_on_ray(articles: Iterable[tuple[RawDocument, Article]], settings: Settings, *,
                   address: str | None = None, workers: int | None = None, batch: int = 8,
                   window: int = 4) -> Iterator[Analysed]:
    """Analyse articles on Ray workers; yield results in input order."""
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("the ray engine needs the optional extra: pip install 'recoupe[ray]'") from exc

    started = False
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 num_cpus=None if address else settings["nlp.n_process"] or None)
        started = True
    try:
        n = workers or max(1, int(ray.available_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(_Worker)
        pool = [actor.remote(settings["nlp.model"]) for _ in range(n)]
        in_flight: deque[Any] = deque()
        chunk: list[tuple[Any, Any]] = []
        turn = 0

        def submit(items: list[tuple[Any, Any]]) -> None:
            nonlocal turn
            # an actor handle's methods are called through .remote, which ray's types do not show
            in_flight.append(pool[turn % len(pool)].analyse.remote(items))  # type: ignore[attr-defined]
            turn += 1

        for pair in articles:
            chunk.append(pair)
            if len(chunk) >= batch:
                submit(chunk)
                chunk = []
                while len(in_flight) >= window * len(pool):
                    yield from ray.get(in_flight.popleft())
        if chunk:
            submit(chunk)
        while in_flight:
            yield from ray.get(in_flight.popleft())
    finally:
        if started:
            ray.shutdown()
