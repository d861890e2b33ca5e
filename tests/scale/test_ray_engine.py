"""The Ray engine gives the same dossier as the local engine (per-article stages distributed)."""

from __future__ import annotations

import copy
import shutil

import pytest

from recoupe.storage import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _comparable(d: dict) -> dict:  # type: ignore[type-arg]
    d = dict(d)
    d.pop("runs", None)
    return d


def test_scale_ray_engine_matches_local_engine(tmp_path, sample_build) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("ray", reason="the ray extra is not installed")
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from tests.conftest import EXAMPLES

    local = copy.deepcopy(sample_build[1])  # the session fixture is shared: never mutate it
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    # same origins as the local build so the dossiers can be compared field by field
    with Store.open(tmp_path / "ray.db") as s:
        build(s, [str(corpus)], settings=Settings.load(nlp__n_process=2), engine="ray")
        distributed = build_dossier(s)
    for a in local["articles"] + distributed["articles"]:
        a.pop("origin"), a.pop("source")
    assert _comparable(distributed) == _comparable(local)


def test_scale_local_processes_match_one_process(tmp_path, sample_build) -> None:  # type: ignore[no-untyped-def]
    """-j 2: workers analyse, the parent integrates; the dossier is the one of a single process."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from tests.conftest import EXAMPLES

    local = copy.deepcopy(sample_build[1])
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    with Store.open(tmp_path / "mp.db") as s:
        build(s, [str(corpus)], settings=Settings.load(nlp__n_process=2))
        multi = build_dossier(s)
    for a in local["articles"] + multi["articles"]:
        a.pop("origin"), a.pop("source")
    assert _comparable(multi) == _comparable(local)
