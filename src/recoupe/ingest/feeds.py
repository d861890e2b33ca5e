"""RSS 0.9x/1.0/2.0 and Atom feeds: each item becomes an article record.

The XML is first checked with defusedxml, which refuses entity expansion (the "billion laughs"
bomb) and external entities; only a feed that passes is handed to feedparser. An item's text is
its content, else its summary; its outlet is the feed's title; its date the item's published or
updated date.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recoupe.errors import E
from recoupe.ingest.html import html_lines
from recoupe.model import RawDocument, Rejection


def _safe(raw: bytes) -> str | None:
    """None if the XML is safe to parse, else the reason it is refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return f"{type(exc).__name__}: entity declarations and external references are refused"
    except Exception:
        return None  # malformed XML is not refused here: the feed parser reads what it can
    return None


def _date(entry: Any) -> str:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return datetime.fromtimestamp(calendar.timegm(t), tz=UTC).date().isoformat()
    return ""


def read_feed(path: Path, raw: bytes) -> Iterator[RawDocument | Rejection]:
    import feedparser

    reason = _safe(raw)
    if reason is not None:
        yield Rejection(str(path), E.E011.name, E.E011.format(path=path, reason=reason))
        return
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    outlet = parsed.feed.get("title", "") if parsed.get("feed") else ""
    if not parsed.entries:
        why = str(parsed.get("bozo_exception", "no items"))
        yield Rejection(str(path), E.E007.name, E.E007.format(path=path, line=0, fields=f"any item ({why})"))
        return
    for n, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        text = (content[0].get("value", "") if content else "") or entry.get("summary", "")
        if "<" in text:  # feedparser hands HTML content over sanitised; keep its visible lines
            text = "\n\n".join(html_lines(text))
        record = {
            "title": entry.get("title", ""), "text": text, "url": entry.get("link", ""),
            "published": _date(entry), "outlet": outlet,
            "byline": entry.get("author", ""),
        }
        if not (record["text"] or record["title"]).strip():
            yield Rejection(f"{path}#{n}", E.E007.name, E.E007.format(path=path, line=n, fields="content, summary"))
            continue
        canon = json.dumps(record, sort_keys=True, ensure_ascii=False).encode()
        fields = {k: v for k, v in record.items() if v}
        if not fields.get("text"):
            fields["text"] = record["title"]
        yield RawDocument(origin=f"{path}#{n}", fmt="feed", raw=canon, fields=fields)
