"""Clean: from a RawDocument to an Article (body text, metadata, language) or a Rejection.

    decode(raw)                         bytes -> NFC text with \\n newlines (BOM, UTF-8, cp1252/latin-1, guess)
    clean(doc, published_fallback=...)  RawDocument -> Article | Rejection

Plain text and record text go through the line classifier of :mod:`recoupe.clean.furniture`; HTML goes
through trafilatura's main-text extraction (``favor_precision`` measured best on our benchmarks, see
``benchmarks/eval_extraction.py``). ``Article.text`` is the body paragraphs joined by a blank line: all
later character offsets refer to it. ``Article.removed_lines`` lists, in order and stripped, each input
line that is neither in the body nor the title/byline line (for HTML: the visible text lines of the page
missing from the extracted body, at most :data:`MAX_REMOVED_HTML`).

Published date, by priority: record/page metadata, or a /YYYY/MM/DD/ date in the record's URL
(``published_source="metadata"``), a publication
marker or dateline in the text (``"text"``), ``published_fallback`` (``"cli"``), a year inferred
from a weekday dateline (``"inferred"``, see :mod:`recoupe.clean.dating`), else None
(``"unknown"``). Dates outside 1990-01-01..tomorrow are ignored (E021 logged).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from recoupe.clean.dating import infer_published
from recoupe.clean.furniture import LINE_PATTERNS, Unit, label_units, line_signal, split_units
from recoupe.clean.language import detect_language
from recoupe.clean.metadata import byline_of, checked, find_date, infer_outlet, parse_date, strip_site_name
from recoupe.errors import E
from recoupe.ingest.html import html_lines, looks_like_html
from recoupe.ingest.text import decode
from recoupe.model import Article, RawDocument, Rejection

__all__ = ["MIN_CHARS", "article_id", "clean", "decode", "detect_language", "extract_html"]

MIN_CHARS = 80
# A stream record (feed item, JSON news record) shorter than this is read as headline + lead,
# and is kept down to MIN_RECORD_CHARS: a headline alone is still an item of the stream.
SHORT_RECORD_CHARS = 300
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MIN_RECORD_CHARS = 20
MAX_REMOVED_HTML = 300
HEAD_UNITS = 10
DROP_HTML_FURNITURE = True  # apply furniture.line_signal to trafilatura's paragraphs
FAVOR = "precision"  # trafilatura mode: precision | recall | balanced (measured: precision best)
_PUBLISHED = [rx for sig, rx in LINE_PATTERNS if sig == "published"]
_UPDATED = re.compile(r"^\W{0,3}(?:mis à jour|modifié|actualisé|updated|last updated|dernière mise à jour)", re.I)
_FIRST_PUBLISHED = re.compile(r"^\W{0,3}(?:first|originally) published(?: in| on)?\s*:?\s*(.*)$", re.I)


def article_id(raw: bytes) -> str:
    """An article's id: the hash of its exact input bytes (a record's canonical JSON). The one
    rule that makes re-ingesting the same input a no-op (the build skips an id it already has)."""
    return hashlib.sha256(raw).hexdigest()[:16]


def _reject(code: E, origin: str, **kw: object) -> Rejection:
    return Rejection(origin=origin, code=code.name, reason=code.format(path=origin, **kw))


def _set_aside(text: str, title: str, byline: str, removed: list[str]) -> str:
    """What cleaning took out of a too-short text, for its rejection (« short »: a file of one word,
    read as its title, is not « 0 characters » with nothing said)."""
    parts = [f"title « {title[:60]} »" if title and title not in text else "",
             f"byline « {byline[:60]} »" if byline and byline not in text else "",
             "page furniture " + ", ".join(f"« {x[:40]} »" for x in removed[:3])
             + (f" and {len(removed) - 3} more line(s)" if len(removed) > 3 else "") if removed else ""]
    parts = [x for x in parts if x]
    return "; set aside as " + "; as ".join(parts) if parts else ""


def _date_from_text(units: list[Unit], origin: str) -> date | None:
    """A publication marker anywhere ("Publié le ...", "First published in: ..."), else a dateline in the head."""
    published: list[date] = []
    updated: list[date] = []
    for u in units:
        text = u.text
        if len(text) > 200:
            continue
        m = _FIRST_PUBLISHED.match(text)
        if m or any(rx.match(text) for rx in _PUBLISHED):
            d = checked(parse_date(m.group(1) if m and m.group(1) else text), origin, text)
            if d is not None:
                (updated if _UPDATED.match(text) else published).append(d)
        elif u.label == "byline" or "Par " in text[:4] or "By " in text[:3]:
            d = checked(find_date(text), origin, text)
            if d is not None:
                published.append(d)
    if published:
        return published[0]
    if updated:
        return min(updated)
    for u in units[:HEAD_UNITS]:
        if u.label == "body":  # a dateline opening the first paragraph: "PARIS, 12 septembre 2023 (AFP) -"
            d = checked(find_date(u.text[:60]), origin, u.text[:60])
            if d is not None:
                return d
            break
        if len(u.text) < 120:
            d = checked(find_date(u.text), origin, u.text)
            if d is not None:
                return d
    return None


def _finish(doc: RawDocument, *, text: str, title: str, byline: str, url: str, outlet: str,
            published: date | None, source: str, fallback: date | None, removed: list[str],
            min_chars: int = 0) -> Article | Rejection:
    if published is None and fallback is not None:
        published, source = fallback, "cli"
    if published is None:
        published, source = infer_published(text), "inferred"
    if published is None:
        source = "unknown"
    if len(text) < (min_chars or MIN_CHARS):
        return _reject(E.E012, doc.origin, chars=len(text), aside=_set_aside(text, title, byline, removed))
    return Article(
        id=article_id(doc.raw), origin=doc.origin, text=text, title=title, byline=byline,
        outlet=infer_outlet(fields_outlet=outlet, url=url, byline=byline, removed=removed, text=text)[0], url=url,
        published=published, published_source=source,
        language=detect_language(text), removed_lines=removed,
    )


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|[-_]|$)")


def _metadata_date(doc: RawDocument) -> date | None:
    """The record's published field, else a /YYYY/MM/DD/ date in its URL (both are metadata)."""
    value = doc.fields.get("published", "")
    if value:
        found = checked(parse_date(value), doc.origin, value)
        if found is not None:
            return found
    m = _URL_DATE.search(doc.fields.get("url", ""))
    if m:
        try:
            return checked(date(int(m[1]), int(m[2]), int(m[3])), doc.origin, m.group(0))
        except ValueError:
            return None
    return None


def _clean_text(doc: RawDocument, fallback: date | None) -> Article | Rejection:
    fields = doc.fields
    if doc.fmt in ("json", "jsonl", "feed") or fields.get("text"):
        text = fields.get("text", "")
        if looks_like_html(text):
            text = "\n".join(html_lines(text))
    else:
        text = decode(doc.raw)
    text = text.replace("\r", "\n").replace("\x00", "")
    units = split_units(text)
    label_units(units, title=fields.get("title", ""))
    title = fields.get("title", "") or next((u.text for u in units if u.label == "title"), "")
    byline = fields.get("byline", "")
    byline_unit = next((u for u in units if u.label == "byline"), None)
    if not byline and byline_unit is not None:
        byline = byline_of(byline_unit.text) or byline_unit.text
    body = "\n\n".join(u.text for u in units if u.kept)
    removed = [line for u in units if not u.kept and u.label not in ("title", "byline") for line in u.lines]
    published, source = _metadata_date(doc), "metadata"
    if published is None:
        published, source = _date_from_text(units, doc.origin), "text"
    min_chars = MIN_CHARS
    if doc.fmt in ("json", "jsonl", "feed") and len(body) < SHORT_RECORD_CHARS:
        # a feed or stream item is often a headline and a one-line lead: the lead is the content
        # (not furniture, however short), and the headline is part of what the item says
        # its paragraphs stay apart: a headline line without a stop run into the lead is read as
        # one sentence (« X : 30 morts, des milliers fuient Trente personnes sont mortes… »)
        lead = "\n\n".join(" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text) if p.strip())
        if len(lead) < SHORT_RECORD_CHARS and len(lead) > len(body):
            body, removed = lead, []
        if title and title not in body:
            body = f"{title}\n\n{body}" if body else title
        min_chars = MIN_RECORD_CHARS
    return _finish(doc, text=body, title=title, byline=byline, url=fields.get("url", ""),
                   outlet=fields.get("outlet", ""), published=published, source=source,
                   fallback=fallback, removed=removed, min_chars=min_chars)


def extract_html(raw: bytes | str, url: str | None = None, *, favor: str | None = None) -> dict[str, str]:
    """trafilatura main text and metadata of a page: keys text, title, author, date, sitename, url.

    ``text`` is '' when trafilatura finds no main text or fails on the page.
    """
    import trafilatura

    favor = favor or FAVOR
    try:
        doc = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=favor == "precision", favor_recall=favor == "recall",
        )
    except Exception:  # trafilatura/lxml raise assorted errors on broken markup: no main text
        doc = None
    out = {k: "" for k in ("text", "title", "author", "date", "sitename", "url")}
    if doc is None:
        return out
    for key in out:
        value = doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)
        if isinstance(value, str):
            out[key] = value.strip()
    return out


def _clean_html(doc: RawDocument, fallback: date | None) -> Article | Rejection:
    meta = extract_html(doc.raw, doc.fields.get("url") or None)
    title = doc.fields.get("title", "") or strip_site_name(meta["title"], meta["sitename"])
    paragraphs = [" ".join(p.split()) for p in meta["text"].split("\n")]
    # trafilatura keeps some furniture paragraphs ("Lire aussi", newsletter prompts, credits): the
    # plain-text line signals remove them (measured on both benchmarks: F1 up, never down)
    paragraphs = [p for p in paragraphs if p and (not DROP_HTML_FURNITURE or line_signal(p) is None)]
    if paragraphs and title and _same(paragraphs[0], title):  # the <h1> repeated as first paragraph
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return _reject(E.E009, doc.origin)
    body = "\n\n".join(paragraphs)
    norm_body = " ".join(body.split())
    skip = {meta["title"], meta["author"], title}
    removed: list[str] = []
    for line in html_lines(doc.raw):
        if line not in norm_body and line not in skip:
            removed.append(line)
            if len(removed) >= MAX_REMOVED_HTML:
                break
    published, source = _metadata_date(doc), "metadata"
    if published is None and meta["date"]:
        published = checked(parse_date(meta["date"]), doc.origin, meta["date"])
    if published is None:
        units = [Unit(lines=[p], text=p) for p in paragraphs[:HEAD_UNITS]]
        published, source = _date_from_text(units, doc.origin), "text"
    if published is None and doc.fields.get("captured"):
        # an archive's capture date, last: the page was out by then, but a dateline in its text is its own
        # date; labelled as what it is, not as the page's metadata
        published = checked(parse_date(doc.fields["captured"]), doc.origin, doc.fields["captured"])
        source = "capture"
    url = doc.fields.get("url", "") or meta["url"]
    return _finish(doc, text=body, title=title,
                   byline=doc.fields.get("byline", "") or meta["author"], url=url,
                   outlet=doc.fields.get("outlet", "") or meta["sitename"], published=published,
                   source=source, fallback=fallback, removed=removed)


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def clean(doc: RawDocument, *, published_fallback: date | None = None) -> Article | Rejection:
    """Turn one RawDocument into an Article, or a Rejection saying why it is not usable."""
    if not isinstance(doc, RawDocument):
        raise TypeError(f"clean() takes a RawDocument, not {type(doc).__name__}")
    if published_fallback is not None and not isinstance(published_fallback, date):
        raise TypeError("published_fallback must be a datetime.date")
    if doc.fmt == "html":
        return _clean_html(doc, published_fallback)
    return _clean_text(doc, published_fallback)
