"""Fuzzing: known crashers are replayed, and a short atheris run finds no new crash."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "fuzz_regressions"


@pytest.mark.parametrize("case", sorted(p.name for p in HERE.iterdir() if p.name != "README.md"))
def test_robustness_fuzz_regressions_replay(case: str) -> None:
    pytest.importorskip("atheris")
    from benchmarks.fuzz import one_input

    one_input((HERE / case).read_bytes())


@pytest.mark.slow
def test_robustness_short_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"  # libFuzzer adds what it finds to its corpus: never the repo's folder
    shutil.copytree(HERE, corpus)
    run = subprocess.run([sys.executable, "-m", "benchmarks.fuzz", "-runs=1500", "-seed=7",
                          f"-artifact_prefix={tmp_path}/", str(corpus)],
                         capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[2])
    crashes = list(tmp_path.glob("crash-*"))
    assert run.returncode == 0 and not crashes, run.stderr[-2000:]
