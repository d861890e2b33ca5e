"""Quality gate: the sample-gold figures of every stage stay at or above their pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def figures(sample_build):  # type: ignore[no-untyped-def]
    from benchmarks.eval import load_gold, score

    _, dossier = sample_build
    gdocs, cross = load_gold()
    return score(dossier, gdocs, cross)


def _value(figures: dict, key: str) -> float:  # type: ignore[type-arg]
    if key in figures:
        return float(figures[key])
    stage, metric = key.rsplit(".", 1)
    return float(figures[stage][metric])


FLOORS = {k: v for k, v in json.loads((ROOT / "benchmarks" / "baseline.json").read_text("utf-8")).items()
          if not k.startswith("_") and not k.endswith("_max")}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_quality_gate_floor(figures, key: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(figures, key) >= FLOORS[key], f"{key} fell below its floor {FLOORS[key]}"


def test_quality_gate_no_wrong_entity_merges(figures) -> None:  # type: ignore[no-untyped-def]
    assert figures["entities.wrong_merges"] == 0, figures["entities.wrong_merge_pairs"]
