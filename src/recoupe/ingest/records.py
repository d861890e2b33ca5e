"""JSON and JSON Lines readers: one RawDocument per article record, usual field names mapped.

A record's ``fields`` always use recoupe's names (``title``, ``text``, ``url``, ``published``,
``outlet``); the first non-empty source field wins (the order of the tuples below). Values of the
wrong type (a number where text is expected, a list...) are skipped, not fatal. Records are
numbered from 1 in origins and messages (``path#3`` = third line of a JSONL file, third element of
a JSON list).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from recoupe.errors import E
from recoupe.model import RawDocument, Rejection

FIELD_MAP: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name"),
    "text": ("text", "body", "content", "articleBody", "article", "summary", "description", "lead"),
    "url": ("url", "link", "href", "permalink"),
    "published": ("published", "date", "pubDate", "published_at", "publishedAt", "datetime",
                  "date_published", "datePublished", "pub_date", "created_at", "updated"),
    "outlet": ("outlet", "source", "site", "source_name", "feed", "publisher", "site_name", "sitename"),
    "byline": ("author", "authors", "byline", "creator"),
}
CONTAINER_KEYS = ("items", "articles", "news", "entries", "results", "data", "documents")
MAX_FIELD_DEPTH = 8  # nesting read inside one field value (["para", ...], {"value": ...}); deeper is ignored
MAX_INT_DIGITS = 4300  # CPython's int-from-string limit: a longer JSON integer is kept as its digits


def _int(digits: str) -> int | str:
    """A JSON integer; one of thousands of digits (an id, garbage) is kept as text instead of raising
    ``ValueError`` (Python refuses to convert it): the rest of the record is still usable."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _loads(text: str) -> Any:
    return json.loads(text, parse_int=_int)


def _as_text(value: Any, *, key: str, depth: int = 0) -> str:
    """A usable string from a field value, '' when the type does not fit (or it nests deeper than
    :data:`MAX_FIELD_DEPTH`: no article text hides 500 lists deep, and recursing there overflowed)."""
    if depth > MAX_FIELD_DEPTH:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        if key == "published" and value > 0:
            seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds
            try:
                return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
            except (OverflowError, OSError, ValueError):
                return ""
        return ""
    if isinstance(value, dict):
        for sub in ("name", "title", "value", "text", "href", "url"):
            if sub in value:
                found = _as_text(value[sub], key=key, depth=depth + 1)
                if found:
                    return found
        return ""
    if isinstance(value, list):
        if key == "text":  # feed-style content: [{"value": "..."}] or ["para", "para"]
            parts = [_as_text(v, key=key, depth=depth + 1) for v in value]
            return "\n\n".join(p for p in parts if p)
        if key == "byline":
            parts = [_as_text(v, key=key, depth=depth + 1) for v in value]
            return ", ".join(p for p in parts if p)
        for v in value:
            found = _as_text(v, key=key, depth=depth + 1)
            if found:
                return found
    return ""


def map_fields(record: dict[str, Any]) -> dict[str, str]:
    """recoupe field names -> first non-empty value among the usual source names."""
    out: dict[str, str] = {}
    lowered = {k.lower(): v for k, v in record.items() if isinstance(k, str)}
    for target, names in FIELD_MAP.items():
        for name in names:
            value = record.get(name, lowered.get(name.lower()))
            found = _as_text(value, key=target)
            if found:
                out[target] = found
                break
    return out


def _canonical(record: Any) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _record(path: Path, n: int | None, record: Any, fmt: Literal["json", "jsonl"]) -> RawDocument | Rejection:
    origin = str(path) if n is None else f"{path}#{n}"
    line = n if n is not None else 1
    if not isinstance(record, dict):
        kind = "null" if record is None else type(record).__name__
        return Rejection(origin, E.E013.name, E.E013.format(path=path, line=line, kind=kind))
    fields = map_fields(record)
    if not fields.get("text") and len(fields.get("title", "").strip()) >= 20:
        fields["text"] = fields["title"]  # a headline-only item of a news stream is still an item
    if not fields.get("text"):
        names = ", ".join(FIELD_MAP["text"])
        return Rejection(origin, E.E007.name, E.E007.format(path=path, line=line, fields=names))
    try:
        raw = _canonical(record)
    except (RecursionError, ValueError) as exc:  # nested too deeply to write back (limit of the encoder)
        return Rejection(origin, E.E006.name,
                         E.E006.format(path=path, line=line, reason=f"cannot be re-encoded: {exc}"))
    return RawDocument(origin=origin, fmt=fmt, raw=raw, fields=fields)


def read_json(path: Path, text: str) -> Iterator[RawDocument | Rejection]:
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(str(path), E.E006.name, E.E006.format(path=path, line=exc.lineno, reason=exc.msg))
        return
    except RecursionError:
        yield Rejection(str(path), E.E006.name, E.E006.format(path=path, line=1, reason="nested too deeply"))
        return
    if isinstance(data, dict):
        for key in CONTAINER_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, list):
        for i, record in enumerate(data, start=1):
            yield _record(path, i, record, "json")
    else:
        yield _record(path, None, data, "json")


def read_jsonl(path: Path, text: str) -> Iterator[RawDocument | Rejection]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(f"{path}#{lineno}", E.E006.name,
                            E.E006.format(path=path, line=lineno, reason=exc.msg))
            continue
        except RecursionError:
            yield Rejection(f"{path}#{lineno}", E.E006.name,
                            E.E006.format(path=path, line=lineno, reason="nested too deeply"))
            continue
        yield _record(path, lineno, record, "jsonl")
