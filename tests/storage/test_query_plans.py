"""Adding an article must cost the same whatever the store holds: no statement run while an
article is integrated (or while briefings are refreshed) may scan a whole table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.query_plans import table_scans

pytestmark = [pytest.mark.model]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


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
        scans = table_scans(store, statements)
    assert len(statements) > 50  # the build really went through the stages
    assert not scans, "\n".join(scans)
