"""Shared fixtures: one trained pipeline per session, fresh in-memory stores, the sample build."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe.storage import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EVAL_DATA = ROOT.parent / "shared" / "eval-data"


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, nlp):  # type: ignore[no-untyped-def]
    """The sample corpus built once into a store; returns (db path, dossier dict)."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier

    root = tmp_path_factory.mktemp("sample")
    corpus = root / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    db = root / "sample.db"
    with Store.open(db) as s:
        summary = build(s, [str(corpus)], nlp=nlp)
        assert summary.added == len(list(EXAMPLES.glob("*.txt")))
        dossier = build_dossier(s)
    return db, dossier
