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


BASELINE = json.loads((ROOT / "benchmarks" / "baseline.json").read_text("utf-8"))
FLOORS = {k: v for k, v in BASELINE.items() if not k.startswith(("_", "pages:")) and not k.endswith("_max")}
PAGE_FLOORS = {k.removeprefix("pages:"): v for k, v in BASELINE.items() if k.startswith("pages:")}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_quality_gate_floor(figures, key: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(figures, key) >= FLOORS[key], f"{key} fell below its floor {FLOORS[key]}"


def test_quality_gate_no_wrong_entity_merges(figures) -> None:  # type: ignore[no-untyped-def]
    assert figures["entities.wrong_merges"] == 0, figures["entities.wrong_merge_pairs"]


@pytest.fixture(scope="module")
def page_figures(nlp):  # type: ignore[no-untyped-def]
    """Attribution and quotes on the French trafilatura-eval pages (our offset-only gold)."""
    from benchmarks import eval_pages

    if not (eval_pages.EVAL / "index.tsv").exists():
        pytest.skip("../shared/eval-data/trafilatura-eval is absent")
    return eval_pages.evaluate()


def test_quality_gate_page_gold_is_large_enough(page_figures) -> None:  # type: ignore[no-untyped-def]
    """Issue #3 asks for at least 150 attributed statements and 60 quotes (sample + pages)."""
    from benchmarks.eval import load_gold

    gdocs, _ = load_gold()
    sample_attr = sum(1 for g in gdocs.values() for c in g["claims"] if c.get("attributed_to"))
    sample_quotes = sum(len(g["quotes"]) for g in gdocs.values())
    assert not page_figures["stale_pages"], "page gold no longer anchors: re-run benchmarks.gold.pages check"
    assert sample_attr + page_figures["gold_attributions"] >= 150
    assert sample_quotes + page_figures["gold_quotes"] >= 60


@pytest.mark.parametrize("key", sorted(PAGE_FLOORS))
def test_quality_gate_page_floor(page_figures, key: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(page_figures, key) >= PAGE_FLOORS[key], f"pages {key} fell below its floor {PAGE_FLOORS[key]}"
