"""French TimeBank regression guard for the temporal tagger (skipped when the data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.eval_timebank import DEFAULT_ROOT, evaluate, parse_tml, split_files

# Measured without spaCy (text tense heuristic): value F1 83.89 on all 108 files.
VALUE_F1_FLOOR = 82.9
STRICT_F1_FLOOR = 87.0

pytestmark = pytest.mark.evaldata


@pytest.fixture(scope="module")
def root() -> Path:
    if not (DEFAULT_ROOT / "Data").is_dir():
        pytest.skip(f"French TimeBank not found at {DEFAULT_ROOT}")
    return DEFAULT_ROOT


def test_timex_eval_missing_folder_gives_empty_result(tmp_path: Path) -> None:
    assert evaluate(tmp_path / "absent") == {}


def test_timex_eval_parses_offsets(root: Path) -> None:
    dev, test = split_files(root)
    assert len(dev) + len(test) == 108 and not set(dev) & set(test)
    doc = parse_tml(dev[0])
    assert doc.anchor is not None and doc.gold
    assert all(doc.text[g.start : g.end] == g.text and g.text for g in doc.gold)


def test_timex_eval_value_f1_above_floor(root: Path) -> None:
    res = evaluate(root)
    figures = res["all"]["vague_scored"]
    assert figures["gold"] == 425
    assert figures["value"]["f1"] >= VALUE_F1_FLOOR
    assert figures["strict"]["f1"] >= STRICT_F1_FLOOR
    assert res["dev"]["files"] + res["test"]["files"] == 108
