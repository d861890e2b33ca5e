"""Adding an article must cost the same whatever the store holds: no statement run while an
article is integrated (or while briefings are refreshed) may scan a whole table."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# SQLite's own FTS5 bookkeeping reads its one-row config tables; scans of subqueries walk results
# that the statement has already bounded (LIMIT), so only scans of stored tables count.
FTS_CONFIG = re.compile(r"_fts_config$")
_ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)", re.IGNORECASE)
_KEYWORDS = {"where", "join", "on", "left", "inner", "cross", "group", "order", "limit", "using", "indexed", "natural"}


def aliases(sql: str) -> dict[str, str]:
    """alias -> table for ``FROM claims c`` / ``JOIN articles AS a``: the plan names the alias."""
    return {alias: table for table, alias in _ALIAS.findall(sql) if alias.lower() not in _KEYWORDS}


def test_integration_never_scans_a_table(sample_build, nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.storage import Store

    db, _ = sample_build
    shutil.copy(db, tmp_path / "s.db")
    new = tmp_path / "new"
    new.mkdir()
    first = sorted(EXAMPLES.glob("*.txt"))[0].read_text("utf-8")
    (new / "update.txt").write_text(first.replace("\n\n", "\n\nMise à jour : la rencontre a été confirmée.\n\n", 1),
                                    "utf-8")
    statements: set[str] = set()
    with Store.open(tmp_path / "s.db") as store:
        store.db.set_trace_callback(lambda q: statements.add(" ".join(q.split())))
        summary = build(store, [str(new)], nlp=nlp)
        store.db.set_trace_callback(None)
        assert summary.added == 1
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        partial = {r[0] for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql LIKE '% WHERE %'")}
        scans = []
        for q in statements:
            if not q.upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")) or "sqlite_" in q:
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
                    scans.append(f"{detail} <- {q[:160]}")
    assert len(statements) > 50  # the build really went through the stages
    assert not scans, "\n".join(sorted(set(scans)))
