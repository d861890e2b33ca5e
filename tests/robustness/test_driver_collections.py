"""The build driver collects garbage less often while it integrates (speed), and leaves the
collector's thresholds as it found them, whatever happens inside."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe import pipeline
from recoupe.storage import Store


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    old = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    gc.unfreeze()  # nothing left frozen by an earlier test: the blocks below are the outermost
    yield gc.get_threshold()
    gc.set_threshold(*old)


def test_pipeline_fewer_collections_raises_then_restores(default_thresholds: tuple[int, int, int]) -> None:
    with pipeline.fewer_collections():
        assert gc.get_threshold() == (pipeline.DRIVER_GC_THRESHOLD, 10, 10)
        with pipeline.fewer_collections(5_000):  # nested, lower: never lowers what is set
            assert gc.get_threshold()[0] == pipeline.DRIVER_GC_THRESHOLD
        assert gc.get_threshold()[0] == pipeline.DRIVER_GC_THRESHOLD
    assert gc.get_threshold() == default_thresholds


def test_pipeline_fewer_collections_restores_after_an_error(default_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(KeyError), pipeline.fewer_collections(50_000):
        assert gc.get_threshold()[0] == 50_000
        raise KeyError("x")
    assert gc.get_threshold() == default_thresholds


def test_pipeline_fewer_collections_freezes_what_lives_then_unfreezes_once(
        default_thresholds: tuple[int, int, int]) -> None:
    assert gc.get_freeze_count() == 0
    kept = [[i] for i in range(1000)]  # tracked objects that live across the blocks
    with pipeline.fewer_collections():
        outer = gc.get_freeze_count()
        assert outer >= len(kept)
        more = [[i] for i in range(1000)]
        with pipeline.fewer_collections():  # nested: adds what lived at its start ...
            assert gc.get_freeze_count() >= outer + len(more)
        assert gc.get_freeze_count() >= outer + len(more)  # ... and leaves the unfreezing to the outermost
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == default_thresholds


def test_pipeline_fewer_collections_frees_a_frozen_cycle_after_the_block(
        default_thresholds: tuple[int, int, int]) -> None:
    class Node:
        pass

    with pipeline.fewer_collections():
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        gone = weakref.ref(a)
        with pipeline.fewer_collections():  # a and b frozen here, then dropped: a cycle left for later
            del a, b
            gc.collect()
            assert gone() is not None  # frozen: not collected yet
    gc.collect()
    assert gone() is None  # unfrozen at the end: collected


def test_pipeline_a_nested_block_collects_the_garbage_it_would_freeze(
        default_thresholds: tuple[int, int, int]) -> None:
    """A nested block (one per transaction) freezes what lives at its start until the outermost block
    ends: cyclic garbage made since the last freeze (a parse batch's) is collected first, not kept."""
    from recoupe.scale.forked import fork_map

    class Node:
        pass

    def cycle() -> weakref.ref[Node]:
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        return weakref.ref(a)

    with pipeline.fewer_collections():
        gone = cycle()  # garbage already, not collected yet (the threshold is high)
        assert gone() is not None
        with pipeline.fewer_collections():
            assert gone() is None
        gone = cycle()
        assert fork_map(abs, [-1, 2], 2, min_items=1) == [1, 2]  # a fork inside the block freezes too
        assert gone() is None


def test_pipeline_fewer_collections_unfreezes_after_an_error(default_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(KeyError), pipeline.fewer_collections():
        assert gc.get_freeze_count() > 0
        raise KeyError("x")
    assert gc.get_freeze_count() == 0


def test_pipeline_build_integrates_with_fewer_collections(tmp_path: Path, nlp, monkeypatch,  # type: ignore[no-untyped-def]
                                                          default_thresholds: tuple[int, int, int]) -> None:
    seen: dict[str, int] = {}
    frozen: dict[str, int] = {}
    for name in ("integrate", "reread_stories", "split_components", "refresh_briefings"):
        inner = getattr(pipeline, name)

        def spy(*args, _inner=inner, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            seen[_name] = gc.get_threshold()[0]
            frozen[_name] = gc.get_freeze_count()
            return _inner(*args, **kwargs)

        monkeypatch.setattr(pipeline, name, spy)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Une crue inattendue\n\nLa rivière est sortie de son lit mardi à Bourgneuf, selon la mairie. "
        "Trois routes ont été fermées par la préfecture.\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        summary = pipeline.build(store, [str(tmp_path / "in")], nlp=nlp)
    assert summary.added == 1
    assert seen == dict.fromkeys(("integrate", "reread_stories", "split_components", "refresh_briefings"),
                                 pipeline.DRIVER_GC_THRESHOLD)
    assert gc.get_threshold() == default_thresholds
    assert frozen["integrate"] > 0 and gc.get_freeze_count() == 0  # integrated frozen, nothing left frozen
