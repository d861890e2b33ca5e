"""WARC archives (gzipped or not, as written by crawlers; the CC-NEWS layout is the model).

Streamed with warcio, record by record: a multi-GB archive is never held in memory. HTML
``response`` records become HTML documents carrying the record's target URI and date; other
records (requests, metadata, non-HTML responses) are skipped and counted in the log.

Bounded: the archive is decompressed here (gzip members, as they stream) and handed to warcio
through a reader that refuses more than ``max_bytes`` + 1 MiB between two records, so a record
whose header or body expands to gigabytes (a decompression bomb) is rejected (E017) after that
much, in memory and time alike, instead of being buffered whole.

Nothing is lost silently: a file that is not a WARC archive is rejected (E016); a record cut short
(the file ends before its Content-Length, or the gzip stream ends mid-member) is rejected (E015),
never stored as an article, so that the complete record of a later, complete archive is taken.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from recoupe.errors import E
from recoupe.model import RawDocument, Rejection

log = logging.getLogger("recoupe.ingest")

SLACK = 1 << 20  # bytes of record headers allowed on top of max_bytes
_MAGIC_GZIP = b"\x1f\x8b"
_STARTS = (b"WARC/", b"filedesc://")  # a WARC record, an ARC file header


class _TooLarge(Exception):
    pass


class _Gunzip:
    """gzip members decompressed as they stream, at most 1 MiB of output per step (a bomb never
    expands in one piece). A member cut short ends the stream there (``cut`` says why), after
    everything before it was delivered, so the complete records before the cut are read."""

    STEP = 1 << 20

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.d = zlib.decompressobj(31)
        self.buf = bytearray()
        self.tail = b""
        self.open = False  # inside a member
        self.end = False
        self.cut = ""

    def read(self, n: int) -> bytes:
        while len(self.buf) < n and not self.end:
            data = self.tail or self.fh.read(1 << 16)
            if not data:
                self.end = True
                if self.open:
                    self.cut = "Compressed file ended before the end-of-stream marker was reached"
                break
            try:
                self.buf += self.d.decompress(data, self.STEP)
            except zlib.error as exc:
                self.end, self.cut = True, f"invalid gzip data: {exc}"
                break
            self.open = True
            self.tail = self.d.unconsumed_tail
            if self.d.eof:  # a member ends; what follows starts the next one
                self.tail, self.open = self.d.unused_data, False
                self.d = zlib.decompressobj(31)
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out


class _Bounded(io.RawIOBase):
    """A read-only stream that raises :class:`_TooLarge` past ``limit`` bytes since :meth:`mark`."""

    def __init__(self, stream: IO[bytes] | _Gunzip, limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.since = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(min(len(buffer), 1 << 16))
        n = len(data)
        buffer[:n] = data
        self.since += n
        if self.since > self.limit:
            raise _TooLarge
        return n

    def mark(self) -> None:
        self.since = 0


def _reject(code: E, origin: str, **kw: object) -> Rejection:
    return Rejection(origin, code.name, code.format(path=origin, **kw))


def read_warc(path: Path, *, max_bytes: int = 50_000_000) -> Iterator[RawDocument | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped = 0
    n = 0
    reported_cut = False
    try:
        fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed in finally (a generator)
    except OSError as exc:
        yield _reject(E.E002, str(path), reason=exc.strerror or str(exc))
        return
    try:
        gz = fh.read(2) == _MAGIC_GZIP
        fh.seek(0)
        peek = _Gunzip(fh) if gz else fh
        head = peek.read(16)
        if isinstance(peek, _Gunzip) and peek.cut and not head:
            yield _reject(E.E016, str(path), reason=f"not a WARC archive (gzip: {peek.cut})")
            return
        if not head.lstrip(b"\r\n").startswith(_STARTS):
            yield _reject(E.E016, str(path), reason=f"not a WARC archive (it starts with {head[:12]!r})")
            return
        fh.seek(0)
        plain: IO[bytes] | _Gunzip = _Gunzip(fh) if gz else fh
        stream = _Bounded(plain, max_bytes + SLACK)
        records = ArchiveIterator(io.BufferedReader(stream, buffer_size=1 << 16), arc2warc=True)
        for n, record in enumerate(records, start=1):
            stream.mark()
            if record.rec_type != "response":
                skipped += 1
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                skipped += 1
                continue
            origin = f"{path}#{n}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield _reject(E.E010, origin, size=f"over {len(payload) - 1}", limit=max_bytes)
                continue
            left = getattr(record.raw_stream, "limit", 0)
            if left:  # the file ended before the record's Content-Length
                yield _reject(E.E015, origin, reason=f"{left} byte(s) of the record missing at the end of the file")
                reported_cut = True
                continue
            if not payload.strip():
                yield _reject(E.E003, origin)
                continue
            fields = {"url": record.rec_headers.get_header("WARC-Target-URI") or ""}
            when = record.rec_headers.get_header("WARC-Date") or ""
            if when:
                # when the page was archived, not published (a crawl may come months later): the
                # page's own date comes first, this one only when the page gives none
                fields["captured"] = when[:10]
            yield RawDocument(origin=origin, fmt="html", raw=payload, fields=fields)
        if isinstance(plain, _Gunzip) and plain.cut and not reported_cut:  # cut inside a record's headers
            yield _reject(E.E015, f"{path}#{n + 1}", reason=f"compressed stream cut short: {plain.cut}")
    except _TooLarge:
        yield _reject(E.E017, f"{path}#{n + 1}", limit=max_bytes + SLACK)
    except EOFError as exc:  # the stream ends inside a record warcio was reading
        yield _reject(E.E015, f"{path}#{n + 1}", reason=f"compressed stream cut short: {exc}")
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield _reject(E.E016, f"{path}#{n + 1}", reason=f"unreadable WARC record: {' '.join(str(exc).split())[:200]}")
    except Exception as exc:  # warcio fails in its own ways on malformed records (found by fuzzing:
        # a response without WARC-Target-URI raises AttributeError): the archive stops there, named
        yield _reject(E.E016, f"{path}#{n + 1}",
                      reason=f"malformed WARC record ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})")
    finally:
        fh.close()
    if skipped:
        log.info("%s: %d non-HTML or non-response records skipped", path, skipped)
