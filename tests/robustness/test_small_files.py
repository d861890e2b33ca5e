"""Issue 16, breaches 1-3, 6 and 8 at the reader level (no model): each small hostile file becomes
a named rejection or a document, never an exception, and never costs memory in proportion to what
it expands to."""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest
from benchmarks.hostile import good, page, warc_bomb, warc_record

from recoupe.ingest import discover, read_path
from recoupe.ingest.text import UTF8_REPLACED, try_decode
from recoupe.model import Notice, RawDocument, Rejection


def _read(path: Path, **kw: int) -> list[RawDocument | Rejection | Notice]:
    return list(read_path(path, **kw))


@pytest.mark.parametrize(("name", "data", "code"), [
    ("deep.json", '{"title": "t", "text": ' + "[" * 500 + '"x"' + "]" * 500 + "}", "E007"),
    ("deep.jsonl", '{"text": ' + "[" * 500 + '"x"' + "]" * 500 + "}\n", "E007"),
    ("deeper.json", "[" * 100_000 + "]" * 100_000, "E006"),
    ("deeper.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "E006"),
])
def test_robustness_deep_json_is_a_named_rejection(tmp_path: Path, name: str, data: str, code: str) -> None:
    (tmp_path / name).write_text(data)
    out = _read(tmp_path / name)
    assert [type(x) for x in out] == [Rejection] and out[0].code == code
    assert name in out[0].reason


def test_robustness_huge_json_number_keeps_the_record(tmp_path: Path) -> None:
    (tmp_path / "n.json").write_text('{"text": ' + json.dumps(good("n")) + ', "id": ' + "9" * 5000 + "}")
    (doc,) = _read(tmp_path / "n.json")
    assert isinstance(doc, RawDocument) and doc.fields["text"].startswith("Édition n")
    assert ("9" * 5000).encode() in doc.raw  # kept, as its digits


def test_robustness_deep_field_beside_good_text_keeps_the_record(tmp_path: Path) -> None:
    record = json.dumps({"text": good("x"), "extra": "@"}).replace('"@"', "[" * 500 + "1" + "]" * 500)
    (tmp_path / "r.json").write_text(record)
    (doc,) = _read(tmp_path / "r.json")
    assert isinstance(doc, RawDocument)


def test_robustness_one_bad_byte_keeps_utf8_and_warns(tmp_path: Path) -> None:
    raw = good("coréen").encode()
    cut = raw.index("é".encode())
    damaged = raw[:cut] + b"\xff" + raw[cut:]
    text, encoding = try_decode(damaged)  # type: ignore[misc]
    assert encoding == UTF8_REPLACED
    assert "coréen" in text and "Ã" not in text and "\ufffd" in text
    (tmp_path / "a.txt").write_bytes(damaged)
    notice, doc = _read(tmp_path / "a.txt")
    assert isinstance(notice, Notice) and notice.code == "W001" and f"byte {cut}" in notice.reason
    assert isinstance(doc, RawDocument)


def test_robustness_cp1252_file_is_still_cp1252() -> None:
    assert try_decode(good("coréen à Noël").encode("cp1252")) == (good("coréen à Noël"), "cp1252")


def test_robustness_truncated_warc_record_is_rejected_not_stored(tmp_path: Path) -> None:
    record = warc_record(page(good("w")), "https://ex.fr/w", gz=False)
    (tmp_path / "cut.warc").write_bytes(record[: len(record) // 2])
    assert [(type(x), x.code) for x in _read(tmp_path / "cut.warc")] == [(Rejection, "E015")]
    gz = warc_record(page(good("w")), "https://ex.fr/w", gz=True)
    (tmp_path / "cut.warc.gz").write_bytes(gz + gz[: len(gz) // 2])  # a complete record, then half of one
    first, second = _read(tmp_path / "cut.warc.gz")
    assert isinstance(first, RawDocument) and isinstance(second, Rejection) and second.code == "E015"
    assert second.origin.endswith("cut.warc.gz#2")


def test_robustness_garbage_warc_is_reported(tmp_path: Path) -> None:
    (tmp_path / "g.warc").write_bytes(b"this is not a warc file\n" * 50)
    (tmp_path / "g.warc.gz").write_bytes(b"\x1f\x8bgarbage" * 20)
    for name in ("g.warc", "g.warc.gz"):
        (rej,) = _read(tmp_path / name)
        assert isinstance(rej, Rejection) and rej.code == "E016", rej


def test_robustness_warc_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    (tmp_path / "bomb.warc.gz").write_bytes(warc_bomb(200_000_000))  # 200 MB header line, 200 KB on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (rej,) = _read(tmp_path / "bomb.warc.gz", max_bytes=5_000_000)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert isinstance(rej, Rejection) and rej.code == "E017"
    assert grown_mib < 4 * 6, f"{grown_mib:.0f} MiB for a 5 MB limit"  # ≤ 4× (limit + 1 MiB of headers)


def test_robustness_store_and_out_folder_are_not_inputs(tmp_path: Path) -> None:
    for name in ("a.txt", "s.db", "s.db-wal", "s.db-shm", "out/report.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    found = list(discover([str(tmp_path)], exclude=[tmp_path / "s.db", tmp_path / "s.db-wal",
                                                    tmp_path / "s.db-shm", tmp_path / "out"]))
    assert [p.name for p in found] == ["a.txt"]  # type: ignore[union-attr]


def test_robustness_default_processes_is_cores_capped_by_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    from recoupe import pipeline

    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda _: {0, 1, 2, 3})
    monkeypatch.setattr(pipeline, "_available_memory", lambda: 64 * 2**30)
    assert pipeline.default_processes() == 4
    monkeypatch.setattr(pipeline, "_available_memory", lambda: 2 * pipeline.WORKER_MEMORY + 1)
    assert pipeline.default_processes() == 1
    monkeypatch.setattr(pipeline, "_available_memory", lambda: None)
    assert pipeline.default_processes() == 4
    from recoupe.settings import Settings

    assert Settings.load()["nlp.n_process"] == 0  # 0 = the default above
