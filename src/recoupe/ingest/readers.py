"""Read one input file into RawDocuments (or Rejections): format detection and dispatch.

``read_path`` never raises for a bad document: each problem becomes a ``Rejection`` with a code from
:mod:`recoupe.errors`. It raises only for caller bugs (a ``path`` that is not a path, an unknown
``fmt`` name).

Formats: ``text`` (.txt/.md/.text and anything unrecognised that decodes), ``html`` (.html/.htm/.xhtml
or content starting with ``<!doctype html``/``<html``), ``json``, ``jsonl`` (.jsonl/.ndjson). ``feed``
(.xml/.rss/.atom, read by :mod:`recoupe.ingest.feeds`) and ``warc`` (.warc/.warc.gz, streamed by
:mod:`recoupe.ingest.warc`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from recoupe.errors import E, RecoupeError, W
from recoupe.ingest.records import read_json, read_jsonl
from recoupe.ingest.text import UTF8_REPLACED, binary_kind, try_decode, utf8_damage
from recoupe.model import Notice, RawDocument, Rejection

FORMATS = ("auto", "text", "html", "json", "jsonl", "feed", "warc")
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
                         re.IGNORECASE | re.DOTALL)

Reader = Callable[[Path, bytes, str], Iterator[RawDocument | Rejection]]


def _reject(code: E, path: Path, origin: str | None = None, **kw: object) -> Rejection:
    return Rejection(origin=origin or str(path), code=code.name, reason=code.format(path=path, **kw))


def _by_extension(path: Path) -> str | None:
    name = path.name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if name.endswith(ext):
            return EXTENSIONS[ext]
    return None


def sniff(text: str) -> str:
    """Guess a format from the first characters of decoded content."""
    head = text[:2048].lstrip("\ufeff")
    if _HTML_START.match(head):
        return "html"
    if _FEED_START.match(head):
        return "feed"
    stripped = head.lstrip()
    if stripped.startswith(("{", "[")):
        first_line = stripped.split("\n", 1)[0].rstrip()
        rest = stripped[len(first_line):].lstrip()
        if first_line.startswith("{") and first_line.endswith("}") and rest.startswith("{"):
            return "jsonl"
        return "json"
    return "text"


def _read_text(path: Path, raw: bytes, text: str) -> Iterator[RawDocument | Rejection]:
    yield RawDocument(origin=str(path), fmt="text", raw=raw)


def _read_html(path: Path, raw: bytes, text: str) -> Iterator[RawDocument | Rejection]:
    yield RawDocument(origin=str(path), fmt="html", raw=raw)


def _read_json(path: Path, raw: bytes, text: str) -> Iterator[RawDocument | Rejection]:
    yield from read_json(path, text)


def _read_jsonl(path: Path, raw: bytes, text: str) -> Iterator[RawDocument | Rejection]:
    yield from read_jsonl(path, text)


def _read_feed(path: Path, raw: bytes, text: str) -> Iterator[RawDocument | Rejection]:
    from recoupe.ingest.feeds import read_feed

    yield from read_feed(path, raw)


READERS: dict[str, Reader] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "feed": _read_feed,
    # "warc" is streamed by read_path itself (recoupe.ingest.warc), never read whole
}


def read_path(path: Path, fmt: str = "auto", *,
              max_bytes: int = 50_000_000) -> Iterator[RawDocument | Rejection | Notice]:
    """Yield the documents of one file, or Rejections explaining why they could not be read, and
    Notices (before the documents they concern) of what was changed to read them."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"read_path() takes a path, not {type(path).__name__}")
    if fmt not in FORMATS:
        raise RecoupeError(E.E008, path=path, fmt=fmt)
    path = Path(path)
    declared = fmt if fmt != "auto" else _by_extension(path)
    if declared == "warc":
        from recoupe.ingest.warc import read_warc

        yield from read_warc(path, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _reject(E.E010, path, size=size, limit=max_bytes)
            return
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        yield _reject(E.E002, path, reason=exc.strerror or str(exc))
        return
    if len(raw) > max_bytes:  # grew while we read it
        yield _reject(E.E010, path, size=len(raw), limit=max_bytes)
        return
    if not raw.strip():
        yield _reject(E.E003, path)
        return
    kind = binary_kind(raw)
    if kind is not None:
        yield _reject(E.E004, path, kind=kind)
        return
    decoded = try_decode(raw)
    if decoded is None:
        yield _reject(E.E005, path, reason="not UTF-8/16/32 and no single-byte encoding fits")
        return
    text, encoding = decoded
    if encoding == UTF8_REPLACED:
        count, offset = utf8_damage(raw) or (0, 0)
        yield Notice(str(path), W.W001.name, W.W001.format(path=path, count=count, offset=offset))
    if not text.strip():
        yield _reject(E.E003, path)
        return
    if fmt == "auto":
        sniffed = sniff(text)
        if declared is None or (declared == "text" and sniffed == "html"):
            declared = sniffed
    assert declared is not None
    reader = READERS.get(declared)
    if reader is None:
        yield _reject(E.E008, path, fmt=f"{declared} (recognised, not supported yet)")
        return
    yield from reader(path, raw, text)
