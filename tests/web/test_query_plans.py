"""The story, entity, article and search pages must stay fast on a large store: none of their
statements may scan a whole stored table (checked with EXPLAIN QUERY PLAN on what they run)."""

from __future__ import annotations

import re
import shutil

import pytest
from fastapi.testclient import TestClient

pytestmark = [pytest.mark.model]

FTS_CONFIG = re.compile(r"_fts_config$")
_ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)", re.IGNORECASE)
_KEYWORDS = {"where", "join", "on", "left", "inner", "cross", "group", "order", "limit", "using", "indexed", "natural"}


def aliases(sql: str) -> dict[str, str]:
    """alias -> table for ``FROM claims c`` / ``JOIN articles AS a``: the plan names the alias."""
    return {alias: table for table, alias in _ALIAS.findall(sql) if alias.lower() not in _KEYWORDS}


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
                     f"/api/stories/{story}", f"/api/entities/{entity}"):
            assert client.get(path).status_code == 200, path
    with Store.open(tmp_path / "s.db") as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        partial = {r[0] for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql LIKE '% WHERE %'")}
        scans = []
        for q in statements:
            if not q.upper().startswith("SELECT") or "sqlite_" in q:
                continue
            for row in store.db.execute("EXPLAIN QUERY PLAN " + q).fetchall():
                detail = row[3]
                name = detail.split()[1].removeprefix("main.") if detail.startswith("SCAN ") else ""
                name = aliases(q).get(name, name)
                # a full pass, bare or along an index, unless a LIMIT stops it early
                full = " USING " not in detail or "LIMIT" not in q.upper()
                if any(f"INDEX {ix}" in detail for ix in partial):
                    full = False  # a partial index holds only the rows that need the work
                if (name in tables and full and "VIRTUAL TABLE INDEX" not in detail
                        and not FTS_CONFIG.search(name)):
                    scans.append(f"{detail} <- {q[:200]}")
    assert len(statements) > 10
    assert not scans, "\n".join(sorted(set(scans)))
