"""A killed build leaves a consistent store, building again finishes the work, order does not matter."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recoupe.storage import Store
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _corpus(folder: Path, copies: int) -> int:
    """The sample articles, each also in variants (a distinct first line): distinct raw inputs."""
    folder.mkdir()
    n = 0
    for p in sorted(EXAMPLES.glob("*.txt")):
        text = p.read_text("utf-8")
        for k in range(copies):
            (folder / f"{p.stem}-{k}.txt").write_text(f"Édition {k}\n\n{text}", encoding="utf-8")
            n += 1
    return n


def _build_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db), "--published", "2023-09-12"]


def test_robustness_sigkill_never_corrupts_and_rebuild_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    n = _corpus(corpus, 3)
    db = tmp_path / "s.db"
    rng = random.Random(4)
    for _ in range(3):
        proc = subprocess.Popen(_build_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(4.0, 9.0))  # model load takes a few seconds; kill during integration
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every stored article is complete: its claims are there, and nothing is half-written
        orphans = con.execute(
            "SELECT COUNT(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
        con.close()
    done = subprocess.run(_build_cmd(corpus, db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with Store.open(db) as s:
        assert s.count("articles") == n
        dup = s.db.execute("SELECT COUNT(*) FROM (SELECT id FROM claims GROUP BY id HAVING COUNT(*) > 1)").fetchone()[0]
        assert dup == 0
        per_article = {r[0] for r in s.db.execute("SELECT COUNT(*) FROM claims GROUP BY article_id")}
        assert len(per_article) <= 5  # copies of one article have the same number of claims


def _partitions(db: Path) -> tuple[set, set, set]:  # type: ignore[type-arg]
    with Store.open(db) as s:
        names = {a.id: Path(a.origin).name for a in s.articles()}
        ents = {frozenset(x["alias"] for x in e["aliases"]) for e in s.entities()}
        stories: dict[str, set[str]] = {}
        for r in s.article_rows():
            stories.setdefault(r["story_id"], set()).add(names[r["id"]])
        groups: dict[str, set[tuple[str, str]]] = {}
        for c in s.claims():
            groups.setdefault(c.group_id, set()).add((names[c.article_id], c.text))
    return ents, {frozenset(v) for v in stories.values()}, {frozenset(v) for v in groups.values()}


def test_robustness_build_order_does_not_change_the_result(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build

    files = sorted(EXAMPLES.glob("*.txt"))
    results = []
    for name, order in (("fwd", files), ("rev", files[::-1])):
        folder = tmp_path / name
        folder.mkdir()
        for p in files:
            shutil.copy(p, folder / p.name)
        db = tmp_path / f"{name}.db"
        with Store.open(db) as s:
            for p in order:  # one build per file, in this order
                build(s, [str(folder / p.name)], nlp=nlp)
        results.append(_partitions(db))
    (ents_a, stories_a, groups_a), (ents_b, stories_b, groups_b) = results
    assert stories_a == stories_b
    assert ents_a == ents_b
    assert groups_a == groups_b
