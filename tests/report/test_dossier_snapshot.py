"""A read of the store is one state of it, even while another connection commits (WAL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.model import Article
from recoupe.report.dossier import build_dossier
from recoupe.storage import Store


def _add(store: Store, aid: str) -> None:
    with store.transaction():
        store.add_article(Article(id=aid, origin=f"{aid}.txt", text="Un texte inventé pour le test."), [], "test")


def test_dossier_read_while_a_build_commits_sees_one_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    with Store.open(db) as w:
        _add(w, "a1")
    with Store.open(db) as w, Store.open(db, create=False, readonly=True) as r:
        listed = r.articles

        def articles_after_a_commit():  # type: ignore[no-untyped-def]
            _add(w, "a2")  # a build commits between two of the dossier's statements
            return listed()

        monkeypatch.setattr(r, "articles", articles_after_a_commit)
        # without one snapshot the article list read after the commit met rows read before it (KeyError)
        assert [a["id"] for a in build_dossier(r)["articles"]] == ["a1"]
        monkeypatch.undo()
        assert not r.db.in_transaction  # the snapshot ended with the read
        assert [a["id"] for a in build_dossier(r)["articles"]] == ["a1", "a2"]


def test_store_snapshot_holds_until_it_ends_and_is_a_no_op_inside_a_transaction(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(db) as w, Store.open(db) as r:
        _add(w, "a1")
        with r.snapshot():
            assert r.count("articles") == 1
            _add(w, "a2")
            assert r.count("articles") == 1
        assert r.count("articles") == 2
        with r.transaction():
            with r.snapshot():
                r.add_article(Article(id="a3", origin="a3.txt", text="Encore un texte."), [], "test")
            assert r.db.in_transaction  # the snapshot did not end the writer's transaction
        assert r.count("articles") == 3 and not r.db.in_transaction


def test_threads_sharing_one_store_share_its_snapshot(tmp_path: Path) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    db = tmp_path / "s.db"
    with Store.open(db) as w:
        _add(w, "a1")
    with Store.open(db, create=False, readonly=True) as r:
        barrier = threading.Barrier(4)

        def read(_: int) -> list[str]:
            barrier.wait()  # all four enter the snapshot together: none may BEGIN inside another's
            return [a["id"] for a in build_dossier(r)["articles"]]

        with ThreadPoolExecutor(4) as ex:
            assert list(ex.map(read, range(4))) == [["a1"]] * 4
        assert not r.db.in_transaction


def test_a_web_request_reads_one_snapshot(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from recoupe.web.common import open_store

    db = tmp_path / "s.db"
    with Store.open(db) as w:
        _add(w, "a1")
        request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(db_path=db)))
        dep = open_store(request)  # type: ignore[arg-type]
        store = next(dep)
        assert store.count("articles") == 1
        _add(w, "a2")  # a build commits while the page is being read
        assert store.count("articles") == 1
        dep.close()
        with Store.open(db, create=False, readonly=True) as after:
            assert after.count("articles") == 2
