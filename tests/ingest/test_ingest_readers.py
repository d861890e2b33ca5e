"""read_path(): encodings, empty and binary files, HTML, JSON/JSONL records, limits, feeds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from recoupe.errors import RecoupeError
from recoupe.ingest import read_path
from recoupe.model import RawDocument, Rejection

FR = "Le président de l’Assemblée a reçu « déjà » vingt élèves à Noël — ça coûte 5 €.\n"


def _one(path: Path, **kw: object) -> RawDocument | Rejection:
    out = list(read_path(path, **kw))  # type: ignore[arg-type]
    assert len(out) == 1
    return out[0]


@pytest.mark.parametrize(
    "encoding,data",
    [
        ("cp1252", FR.encode("cp1252")),
        ("latin-1", FR.replace("’", "'").replace("—", "-").replace("€", "EUR").replace("«", "\"")
         .replace("»", "\"").encode("latin-1")),
        ("utf-16-bom", FR.encode("utf-16")),
        ("utf-8-bom", b"\xef\xbb\xbf" + FR.encode("utf-8")),
        ("utf-8", FR.encode("utf-8")),
    ],
)
def test_ingest_text_keeps_exact_bytes_in_any_encoding(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    doc = _one(path)
    assert isinstance(doc, RawDocument)
    assert doc.fmt == "text" and doc.raw == data and doc.origin == str(path)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8")])
def test_ingest_empty_or_whitespace_is_e003(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    rej = _one(path)
    assert isinstance(rej, Rejection) and rej.code == "E003"


@pytest.mark.parametrize(
    "data,kind",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (gzip.compress(b"hello world"), "gzip"),
        (b"PK\x03\x04" + b"\x14\x00" * 20, "ZIP"),
        (b"abc\x00def\x00" * 20, "NUL"),
        (bytes(range(1, 32)) * 20, "control"),
    ],
)
def test_ingest_binary_is_e004_naming_the_kind(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    rej = _one(path)
    assert isinstance(rej, Rejection) and rej.code == "E004"
    assert kind in rej.reason


def test_ingest_too_large_is_e010(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    rej = _one(path, max_bytes=50)
    assert isinstance(rej, Rejection) and rej.code == "E010" and "500" in rej.reason


def test_ingest_html_by_extension_and_by_sniffing(tmp_path: Path) -> None:
    page = b"<!DOCTYPE html><html><body><p>Bonjour</p></body></html>"
    (tmp_path / "a.html").write_bytes(page)
    (tmp_path / "b.dat").write_bytes(page)
    (tmp_path / "c.txt").write_bytes(b"\n  <html><body>x</body></html>")
    for name in ("a.html", "b.dat", "c.txt"):
        doc = _one(tmp_path / name)
        assert isinstance(doc, RawDocument) and doc.fmt == "html", name


def test_ingest_json_list_maps_usual_fields(tmp_path: Path) -> None:
    records = [
        {"headline": "ignored", "title": "Titre un", "body": "Texte un.", "link": "https://www.exemple.fr/a",
         "pubDate": "Tue, 12 Sep 2023 10:00:00 +0000", "source": {"name": "Exemple"}},
        {"title": "Titre deux", "summary": "Résumé deux.", "published_at": "2023-09-13", "site": "ex.org"},
    ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    docs = list(read_path(path))
    assert [d.origin for d in docs] == [f"{path}#1", f"{path}#2"]
    one, two = docs
    assert isinstance(one, RawDocument) and isinstance(two, RawDocument)
    assert one.fmt == "json"
    assert one.fields == {"title": "Titre un", "text": "Texte un.", "url": "https://www.exemple.fr/a",
                          "published": "Tue, 12 Sep 2023 10:00:00 +0000", "outlet": "Exemple"}
    assert two.fields["text"] == "Résumé deux." and two.fields["outlet"] == "ex.org"
    assert one.raw == json.dumps(records[0], sort_keys=True, ensure_ascii=False).encode()


@pytest.mark.parametrize("container", ["items", "articles", "news"])
def test_ingest_json_object_with_item_list(tmp_path: Path, container: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"version": 1, container: [{"text": "A."}, {"content": "B."}]}))
    docs = list(read_path(path))
    assert [d.fields["text"] for d in docs if isinstance(d, RawDocument)] == ["A.", "B."]


def test_ingest_json_single_object_origin_is_the_path(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "T", "text": "Corps."}))
    doc = _one(path)
    assert isinstance(doc, RawDocument) and doc.origin == str(path)


def test_ingest_jsonl_invalid_line_is_e006_with_line_number_and_others_go_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": "Un."}), "", "{not json", json.dumps({"text": "Deux."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(read_path(path))
    assert [type(o).__name__ for o in out] == ["RawDocument", "Rejection", "RawDocument"]
    assert out[0].origin == f"{path}#1" and out[2].origin == f"{path}#4"
    rej = out[1]
    assert isinstance(rej, Rejection) and rej.code == "E006" and "line 3" in rej.reason


def test_ingest_records_wrong_types_and_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.ndjson"
    rows = [
        json.dumps([1, 2]),
        json.dumps({"title": "Seulement un titre"}),
        json.dumps({"text": 42, "body": ["Premier.", {"value": "Second."}], "date": 1694512800,
                    "title": {"x": 1}, "url": None}),
        "null",
    ]
    path.write_text("\n".join(rows))
    out = list(read_path(path))
    assert [getattr(o, "code", "doc") for o in out] == ["E013", "E007", "doc", "E013"]
    assert "list" in out[0].reason and "record 1" in out[0].reason  # type: ignore[union-attr]
    doc = out[2]
    assert isinstance(doc, RawDocument)
    assert doc.fields["text"] == "Premier.\n\nSecond."
    assert doc.fields["published"].startswith("2023-09-12")
    assert "title" not in doc.fields and "url" not in doc.fields


def test_ingest_invalid_json_file_is_e006(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "a",\n  oops}')
    rej = _one(path)
    assert isinstance(rej, Rejection) and rej.code == "E006" and "line 2" in rej.reason


def test_ingest_empty_feed_is_rejected_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(b'<?xml version="1.0"?><rss><channel></channel></rss>')
    rej = _one(path)
    assert isinstance(rej, Rejection) and rej.code == "E007"


def test_ingest_undecodable_is_e005(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    path.write_bytes(b"\xff\xfe\x00" )  # UTF-16 BOM with an odd trailing byte
    rej = _one(path)
    assert isinstance(rej, Rejection) and rej.code == "E005"


def test_ingest_unreadable_path_is_e002(tmp_path: Path) -> None:
    rej = _one(tmp_path / "gone.txt")
    assert isinstance(rej, Rejection) and rej.code == "E002"


def test_ingest_caller_bugs_raise(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        list(read_path(123))  # type: ignore[arg-type]
    with pytest.raises(RecoupeError, match="E008"):
        list(read_path(tmp_path / "x.txt", "docx"))
