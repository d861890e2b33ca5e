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


class _RaisingPipe:
    """spaCy's parser as it fails on an odd document: the whole minibatch that holds a doc naming
    « bad » raises (a trainable pipe predicts a batch at once), the others are parsed as usual."""

    def __init__(self, proc) -> None:  # type: ignore[no-untyped-def]
        self.proc = proc

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.proc, name)

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 16, **kw):  # type: ignore[no-untyped-def]
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            if any("bad" in d.text for d in batch):
                raise IndexError("index 7 is out of bounds for axis 0 with size 3")
            yield from self.proc.pipe(batch, batch_size=batch_size, **kw)


def _raise_in_parser(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(nlp, "_components", [(n, _RaisingPipe(p) if n == "parser" else p)
                                             for n, p in nlp._components])


def _without_run_facts(d: dict) -> dict:  # type: ignore[type-arg]
    d = {k: v for k, v in d.items() if k not in ("runs", "rejections")}
    d["articles"] = [{k: v for k, v in a.items() if k not in ("origin", "source")} for a in d["articles"]]
    return d


@pytest.mark.parametrize("processes", [1, 2])
def test_robustness_a_spacy_pipe_that_raises_on_one_batch_rejects_one_document(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, monkeypatch, processes: int) -> None:
    """A failure inside spaCy's own pipes takes one document, not its batch: the batch is parsed
    again one document at a time, the bad one is rejected (E090 naming the file and the pipe), and
    the others are stored exactly as in a build without it."""
    import recoupe.scale.processes
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier

    names = ("a", "bad", "c", "d", "e")  # at -j 2, the pool's first batch is « a » and « bad »
    for sub, kept in (("with", names), ("without", [n for n in names if n != "bad"])):
        (tmp_path / sub).mkdir()
        for name in kept:
            (tmp_path / sub / f"{name}.txt").write_text(good(name))
    # batches of 2: a build starts the pool only from two batches on, so 4 and 5 files use it at -j 2
    settings = Settings.load(nlp__n_process=processes, nlp__batch_size=2)
    pools: list[int] = []
    real_pool = recoupe.scale.processes.analyse_in_processes

    def pool(*a, **k):  # type: ignore[no-untyped-def]
        pools.append(a[2])
        return real_pool(*a, **k)

    monkeypatch.setattr(recoupe.scale.processes, "analyse_in_processes", pool)
    with Store.open(":memory:") as s:
        build(s, [str(tmp_path / "without")], nlp=nlp, settings=settings)
        alone = build_dossier(s)
    _raise_in_parser(nlp, monkeypatch)
    with Store.open(":memory:") as s:
        summary = build(s, [str(tmp_path / "with")], nlp=nlp, settings=settings)
        assert pools == ([2, 2] if processes == 2 else [])  # both builds ran where the test says
        assert summary.added == 4 and s.count("articles") == 4
        (rej,) = summary.rejected
        assert rej.code == "E090" and Path(rej.origin).name == "bad.txt"
        assert "(parser)" in rej.reason and "IndexError" in rej.reason, rej.reason
        assert _without_run_facts(build_dossier(s)) == _without_run_facts(alone)


def test_robustness_a_spacy_pipe_failure_is_one_rejection_on_a_ray_worker(tmp_path: Path, nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Ray actor's batch (parsed in the actor's process, so called here in ours)."""
    from recoupe.model import RawDocument, Rejection
    from recoupe.pipeline import _cleaned
    from recoupe.scale.ray_engine import _Worker

    arts = [(raw, _cleaned(raw, published=None, max_chars=100_000))
            for raw in (RawDocument(f"{n}.txt", "text", good(n).encode()) for n in ("a", "bad", "c"))]
    worker = _Worker.__new__(_Worker)
    worker.nlp = nlp
    before = worker.analyse(arts[:1] + arts[2:])
    _raise_in_parser(nlp, monkeypatch)
    out = worker.analyse(arts)
    assert [type(r) is Rejection for r in out] == [False, True, False]
    assert out[1].code == "E090" and "bad.txt" in out[1].reason and "(parser)" in out[1].reason
    assert [out[0], out[2]] == before
