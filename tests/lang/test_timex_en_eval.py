"""TempEval-3 English regression guard for the English time tagger (skipped when data is absent).

Floors are a little under the figures measured without spaCy (text tense heuristic): platinum
value F1 81.37, TBAQ TimeBank 77.50, AQUAINT 73.88. The tagger is tuned on TBAQ only; platinum is
a guard here, never a development set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.eval_timex_en import DEFAULT_ROOT, evaluate, sets

pytestmark = pytest.mark.evaldata

FLOORS = {"platinum": 80.0, "tbaq-timebank": 76.5, "tbaq-aquaint": 72.9}


@pytest.fixture(scope="module")
def results() -> dict:  # type: ignore[type-arg]
    if not (DEFAULT_ROOT / "te3-platinum").is_dir():
        pytest.skip(f"TempEval-3 English not found at {DEFAULT_ROOT}")
    return evaluate(DEFAULT_ROOT)


def test_timex_en_eval_missing_folder_gives_empty_result(tmp_path: Path) -> None:
    assert evaluate(tmp_path / "absent") == {}


def test_timex_en_eval_counts_match_source(results: dict) -> None:  # type: ignore[type-arg]
    assert {k: len(v) for k, v in sets(DEFAULT_ROOT).items()} == {
        "platinum": 20, "tbaq-timebank": 183, "tbaq-aquaint": 73}
    assert results["platinum"]["vague_scored"]["gold"] == 138


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_timex_en_eval_value_f1_above_floor(results: dict, name: str) -> None:  # type: ignore[type-arg]
    assert results[name]["vague_scored"]["value"]["f1"] >= FLOORS[name]
