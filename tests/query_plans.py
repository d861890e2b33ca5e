"""Shared by the query-plan tests: which statements a store ran that scan a whole stored table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_FTS_CONFIG = re.compile(r"_fts_config$")
_ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)", re.IGNORECASE)
_KEYWORDS = {"where", "join", "on", "left", "inner", "cross", "group", "order", "limit", "using", "indexed", "natural"}


def aliases(sql: str) -> dict[str, str]:
    """alias -> table for ``FROM claims c`` / ``JOIN articles AS a``: the plan names the alias."""
    return {alias: table for table, alias in _ALIAS.findall(sql) if alias.lower() not in _KEYWORDS}


def table_scans(store: Any, statements: Iterable[str]) -> list[str]:
    """``EXPLAIN QUERY PLAN`` each statement; list the full passes over a stored table.

    A pass along an index counts unless a LIMIT stops it early or the index is partial (it holds
    only the rows needing the work). SQLite's FTS5 config tables and subquery results (already
    bounded by the statement) do not count; FTS MATCH lookups are index searches."""
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
            full = (" USING " not in detail or "LIMIT" not in q.upper()) and not any(
                f"INDEX {ix}" in detail for ix in partial)
            if name in tables and full and "VIRTUAL TABLE INDEX" not in detail and not _FTS_CONFIG.search(name):
                scans.append(f"{detail} <- {q[:200]}")
    return sorted(set(scans))
