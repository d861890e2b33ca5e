"""WARC archives (gzipped or not, as written by crawlers; the CC-NEWS layout is the model).

Streamed with warcio, record by record: a multi-GB archive is never held in memory. HTML
``response`` records become HTML documents carrying the record's target URI and date; other
records (requests, metadata, non-HTML responses) are skipped and counted in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from recoupe.errors import E
from recoupe.model import RawDocument, Rejection

log = logging.getLogger("recoupe.ingest")


def read_warc(path: Path, *, max_bytes: int = 50_000_000) -> Iterator[RawDocument | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped = 0
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response":
                    skipped += 1
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    skipped += 1
                    continue
                payload = record.content_stream().read(max_bytes + 1)
                origin = f"{path}#{n}"
                if len(payload) > max_bytes:
                    yield Rejection(origin, E.E010.name, E.E010.format(path=origin, size=len(payload), limit=max_bytes))
                    continue
                if not payload.strip():
                    yield Rejection(origin, E.E003.name, E.E003.format(path=origin))
                    continue
                fields = {"url": record.rec_headers.get_header("WARC-Target-URI") or ""}
                when = record.rec_headers.get_header("WARC-Date") or ""
                if when:
                    fields["published"] = when[:10]
                yield RawDocument(origin=origin, fmt="html", raw=payload, fields=fields)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield Rejection(str(path), E.E002.name, E.E002.format(path=path, reason=f"not a readable WARC: {exc}"))
    if skipped:
        log.info("%s: %d non-HTML or non-response records skipped", path, skipped)
