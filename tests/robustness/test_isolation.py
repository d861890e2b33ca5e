"""Issue 16, breach 1 through the library and the web app: one document recoupe cannot use (or
fails on) is rejected with its code, and the batch, or the web request, goes on (4xx, never 500)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.hostile import good, long_article

from recoupe.settings import Settings
from recoupe.storage import Store

pytestmark = [pytest.mark.model]


def test_robustness_a_bug_on_one_document_rejects_it_not_the_batch(tmp_path: Path, nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import recoupe.clean
    from recoupe.pipeline import build

    real = recoupe.clean.clean

    def clean(doc, **kw):  # type: ignore[no-untyped-def]
        if doc.origin.endswith("b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, **kw)

    monkeypatch.setattr(recoupe.clean, "clean", clean)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(good(name))
    with Store.open(":memory:") as s:
        summary = build(s, [str(tmp_path)], nlp=nlp)
        assert summary.added == 2
        (rej,) = summary.rejected
        assert rej.code == "E090" and "b.txt" in rej.reason and "RecursionError" in rej.reason
        assert [r.code for r in s.rejections()] == ["E090"]


def _raise_in_modality(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our claim reader (the last of our spaCy components) raises on the docs that name « bad »,
    as a rule of its would on a sentence it was not written for."""
    from recoupe.nlp import modality

    real = modality.Modality.__call__

    def call(self, doc):  # type: ignore[no-untyped-def]
        if "bad" in doc.text:
            raise ValueError("min() arg is an empty sequence")
        return real(self, doc)

    monkeypatch.setattr(modality.Modality, "__call__", call)


@pytest.mark.parametrize("processes", [1, 2])
def test_robustness_a_component_that_raises_on_one_document_rejects_it_not_the_batch(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, monkeypatch, processes: int) -> None:
    from recoupe.pipeline import build

    _raise_in_modality(monkeypatch)
    for name in ("a", "bad", "c"):
        (tmp_path / f"{name}.txt").write_text(good(name))
    # batch size 1: three articles are enough for the pool of two workers to start at -j 2
    settings = Settings.load(nlp__n_process=processes, nlp__batch_size=1)
    with Store.open(":memory:") as s:
        summary = build(s, [str(tmp_path)], nlp=nlp, settings=settings)
        assert summary.added == 2 and s.count("articles") == 2
        (rej,) = summary.rejected
        assert rej.code == "E090" and Path(rej.origin).name == "bad.txt"
        assert "recoupe_modality" in rej.reason and "ValueError" in rej.reason and "min()" in rej.reason
        assert [r.code for r in s.rejections()] == ["E090"]


def test_robustness_a_component_that_raises_is_a_rejection_in_the_cli(tmp_path: Path, nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from recoupe.cli.app import app

    _raise_in_modality(monkeypatch)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("a", "bad"):
        (corpus / f"{name}.txt").write_text(good(name))
    r = CliRunner().invoke(app, ["build", str(corpus), "--db", str(tmp_path / "x.db"), "-j", "1"])
    assert r.exit_code == 1, r.output  # the CLI's « done, but some inputs were rejected »
    assert "[E090]" in r.output and "bad.txt" in r.output and "ValueError" in r.output, r.output
    assert "Traceback" not in r.output
    with Store.open(tmp_path / "x.db") as s:
        assert s.count("articles") == 1


def test_robustness_article_over_max_chars_is_rejected_before_spacy(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build

    (tmp_path / "long.txt").write_text(long_article(10))  # about 4,800 characters
    (tmp_path / "ok.txt").write_text(good("ok"))
    (tmp_path / "records.jsonl").write_text(json.dumps({"text": long_article(10, seed=2)}) + "\n"
                                            + json.dumps({"text": good("record")}) + "\n")
    with Store.open(":memory:") as s:
        summary = build(s, [str(tmp_path)], nlp=nlp, settings=Settings.load(nlp__max_chars=3000))
        assert summary.added == 2
        assert sorted((r.code, Path(r.origin).name) for r in summary.rejected) == [
            ("E014", "long.txt"), ("E014", "records.jsonl#1")]
        assert "nlp.max_chars" in summary.rejected[0].reason


@pytest.mark.parametrize(("body", "ctype", "name", "status"), [
    (b'{"text": ' + b"[" * 500 + b'"x"' + b"]" * 500 + b"}", "application/json", "", 422),
    (b'{"text": "Le conseil a vot\xc3\xa9.", "id": ' + b"9" * 5000 + b"}", "application/json", "", 422),
    (b"[" * 100_000 + b"]" * 100_000, "application/json", "", 422),
    (long_article(300).encode(), "text/plain", "long.txt", 422),  # 144,000 characters: E014
    (b"this is not a warc\n" * 20, "application/octet-stream", "x.warc", 422),  # E016
    (b"{" * 5000, "application/octet-stream", "x.json", 422),  # E006
])
def test_robustness_web_upload_of_hostile_bodies_is_4xx(tmp_path: Path, nlp, body: bytes, ctype: str, name: str,  # type: ignore[no-untyped-def]
                                                        status: int) -> None:
    from recoupe.web.server import create_app
    from tests.web.conftest import TestClient
    from tests.web.test_api import assert_error

    db = tmp_path / "w.db"
    Store.open(db).close()
    headers = {"Authorization": "Bearer s3cret", "Content-Type": ctype}
    if name:
        headers["X-Filename"] = name
    with TestClient(create_app(db, token="s3cret", nlp=nlp), raise_server_exceptions=False) as c:
        assert_error(c.post("/api/articles", content=body, headers=headers), status)
