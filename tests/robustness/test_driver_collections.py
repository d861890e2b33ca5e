"""The build driver collects garbage less often while it integrates (speed), and leaves the
collector's thresholds as it found them, whatever happens inside."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe import pipeline
from recoupe.storage import Store


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    old = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
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


def test_pipeline_build_integrates_with_fewer_collections(tmp_path: Path, nlp, monkeypatch,  # type: ignore[no-untyped-def]
                                                          default_thresholds: tuple[int, int, int]) -> None:
    seen: dict[str, int] = {}
    for name in ("integrate", "reread_stories", "split_components", "refresh_briefings"):
        inner = getattr(pipeline, name)

        def spy(*args, _inner=inner, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            seen[_name] = gc.get_threshold()[0]
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
