"""Every read-side entry point (the CLI's listings and export, the Python API, a briefing) reads one state of
the store, even when a build commits between two of its statements (WAL: each statement outside a
transaction sees the latest commit)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from recoupe.cli.app import app
from recoupe.storage import Store

pytestmark = [pytest.mark.model]

# invented articles: one person, one place, dated events, reported claims
TEXTS = {
    "a.txt": "La ministre Odile Varennes a annoncé mardi 3 mars 2026 la fermeture de la fonderie de Morlange, "
             "a indiqué la préfecture.\n\nLes salariés ont voté une grève le 5 mars 2026.\n",
    "b.txt": "Odile Varennes a confirmé le 4 mars 2026 que la fonderie de Morlange fermerait en juin, selon "
             "le syndicat.\n\nLe maire de Morlange a demandé un délai.\n",
}

# what a build may do to rows already stored (re-read articles, counts and spellings updated)
REWRITE = ["UPDATE articles SET outlet = 'Autre titre', published = '2001-01-01'",
           "UPDATE aliases SET alias = alias || ' bis'",
           "UPDATE entities SET mention_count = mention_count + 7",
           "UPDATE claims SET text = text || ' bis', sentence = sentence || ' bis'",
           "UPDATE events SET text = text || ' bis'"]


@pytest.fixture
def db(tmp_path: Path, nlp) -> Path:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build

    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text)
    path = tmp_path / "s.db"
    with Store.open(path) as s:
        build(s, [str(corpus)], nlp=nlp)
        assert s.count("events") and s.count("claims") and s.count("entities")
    return path


def _commit_after_first_read(monkeypatch: pytest.MonkeyPatch, db: Path) -> list[bool]:
    """Another connection rewrites the store right after the reader's first statement."""
    real = Store._rows
    fired: list[bool] = []

    def rows(self: Store, sql: str, params: Any = ()) -> Any:
        out = real(self, sql, params)
        if not fired:
            fired.append(True)
            with Store.open(db) as w, w.transaction():
                for sql_ in REWRITE:
                    w.db.execute(sql_)
        return out

    monkeypatch.setattr(Store, "_rows", rows)
    return fired


def _cli(*args: str) -> str:
    r = CliRunner().invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def _api(call: Callable[[Any], Any]) -> Callable[[Path], Any]:
    def read(db: Path) -> Any:
        from recoupe.api import Dossier

        with Dossier.open(db) as d:
            return repr(call(d))
    return read


def _briefing(db: Path) -> str:
    from recoupe.brief import build_briefing

    with Store.open(db) as s:
        (story,) = [r[0] for r in s.db.execute("SELECT DISTINCT story_id FROM articles")]
        return repr(build_briefing(s, story))


READS: dict[str, Callable[[Path], Any]] = {
    "cli entities": lambda db: _cli("entities", "--db", str(db), "--json", "-n", "0"),
    "cli claims": lambda db: _cli("claims", "--db", str(db), "--json", "-n", "0"),
    "cli claims of an entity": lambda db: _cli("claims", "--db", str(db), "--json", "-n", "0", "--entity", "Varennes"),
    "cli timeline": lambda db: _cli("timeline", "--db", str(db), "--json", "-n", "0"),
    "cli timeline by status": lambda db: _cli("timeline", "--db", str(db), "--json", "-n", "0",
                                              "--status", "single_source,confirmed,hedged"),
    "cli export csv": lambda db: _cli("export", "--db", str(db), "--format", "csv", "--table", "claims"),
    "api entities": _api(lambda d: d.entities()),
    "api claims of an entity": _api(lambda d: d.claims("Varennes")),
    "api timeline of an entity": _api(lambda d: d.timeline("Varennes")),
    "a story's briefing": _briefing,
}


@pytest.mark.parametrize("name", list(READS))
def test_a_read_while_a_build_commits_shows_the_state_it_began_with(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    name: str) -> None:
    read = READS[name]
    quiet = read(db)
    assert quiet.strip() not in ("", "[]"), quiet
    fired = _commit_after_first_read(monkeypatch, db)
    during = read(db)
    assert fired  # the rewrite did happen while the read was open
    assert during == quiet
    monkeypatch.undo()
    assert read(db) != quiet  # and a read after it sees the rewrite


def test_cli_json_lines_stay_json(db: Path) -> None:
    for line in _cli("claims", "--db", str(db), "--json", "-n", "0").splitlines():
        assert json.loads(line)["id"]


@pytest.mark.parametrize("args", [["entities"], ["claims"], ["timeline"], ["claims", "--json"], ["entities", "--json"],
                                  ["timeline", "--json"], ["export", "--format", "csv", "--table", "claims", "-o"],
                                  ["export", "-o"]])
def test_a_listing_prints_after_its_snapshot_is_closed(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      args: list[str]) -> None:
    """Rows are read inside the snapshot, written after it: a paused pager or slow pipe must not hold the
    read open (SQLite could not checkpoint the WAL while a build commits, and it would grow with every
    commit)."""
    import recoupe.cli.app as cli

    stores: list[Store] = []
    open_while_writing: list[bool] = []
    real_open, real_say, real_json, real_write = cli._open, cli._say, cli._print_json, Path.write_text

    def opened(*a: Any, **k: Any) -> Store:
        stores.append(real_open(*a, **k))
        return stores[-1]

    def seen() -> None:
        import sqlite3

        try:
            open_while_writing.append(stores[-1].db.in_transaction)
        except sqlite3.ProgrammingError:  # the connection is closed: nothing is held
            open_while_writing.append(False)

    monkeypatch.setattr(cli, "_open", opened)
    monkeypatch.setattr(cli, "_say", lambda *a, **k: (seen(), real_say(*a, **k))[1])
    monkeypatch.setattr(cli, "_print_json", lambda *a, **k: (seen(), real_json(*a, **k))[1])
    monkeypatch.setattr(Path, "write_text", lambda self, *a, **k: (seen(), real_write(self, *a, **k))[1])
    out = [str(tmp_path / "out.txt")] if args[-1] == "-o" else []
    _cli(*args, *out, "--db", str(db), *(["-n", "0"] if args[0] != "export" else []))
    assert stores and open_while_writing  # the listing was read and written
    assert not any(open_while_writing)
