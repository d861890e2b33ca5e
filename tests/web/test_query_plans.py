"""The story, entity, article and search pages must stay fast on a large store: none of their
statements may scan a whole stored table (checked with EXPLAIN QUERY PLAN on what they run)."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from tests.query_plans import table_scans

pytestmark = [pytest.mark.model]

def test_pages_never_scan_a_table(sample_build, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recoupe.storage import Store
    from recoupe.web.server import create_app

    db, dossier = sample_build
    shutil.copy(db, tmp_path / "s.db")
    statements: set[str] = set()
    real_open = Store.open

    def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        store = real_open(*args, **kwargs)
        store.db.set_trace_callback(lambda q: statements.add(" ".join(q.split())))
        return store

    story = dossier["stories"][0]["id"]
    entity = max(dossier["entities"], key=lambda e: len(e["mentions"]))["id"]
    article = dossier["articles"][0]["id"]
    with TestClient(create_app(tmp_path / "s.db")) as client:
        monkeypatch.setattr(Store, "open", traced)
        for path in (f"/stories/{story}", f"/entities/{entity}", f"/articles/{article}", "/search?q=missiles",
                     "/search?q=Vostotchny", "/search?q=Kim%20Jong%20Un",
                     "/search?q=Vladivstok", "/api/search?q=Poutine", f"/api/articles/{article}",
                     f"/api/stories/{story}", f"/api/entities/{entity}"):
            assert client.get(path).status_code == 200, path
    with Store.open(tmp_path / "s.db") as store:
        scans = table_scans(store, statements)
    assert len(statements) > 10
    assert not scans, "\n".join(scans)
