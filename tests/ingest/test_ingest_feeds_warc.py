"""Feeds (RSS 2.0, RSS 1.0, Atom) and WARC archives, with fixtures the tests generate."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from recoupe.clean import clean
from recoupe.ingest import read_path
from recoupe.model import RawDocument, Rejection

RSS2 = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Quotidien</title>
<item><title>Grève à la SNCF</title><link>https://ex.fr/greve</link>
<description>Les syndicats ont appelé à une grève reconductible à partir de jeudi, selon un communiqué.</description>
<pubDate>Tue, 12 Sep 2023 08:00:00 GMT</pubDate></item>
<item><title>Budget voté</title><link>https://ex.fr/budget</link>
<description>Le conseil municipal a adopté le budget après un long débat sur les transports.</description></item>
</channel></rss>"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://ex.fr/"><title>Agence</title><link>https://ex.fr/</link><description>d</description></channel>
<item rdf:about="https://ex.fr/a"><title>Séisme</title><link>https://ex.fr/a</link>
<description>Un séisme de magnitude 5 a secoué la région sans faire de victimes, selon les autorités.</description></item>
</rdf:RDF>"""  # noqa: E501 (feed fixture kept as one XML line per element)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog Info</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Élection</title><id>urn:e1</id><link href="https://ex.fr/e1"/><updated>2024-01-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Le candidat a annoncé sa victoire dimanche soir devant ses partisans réunis à Lyon.&lt;/p&gt;</content></entry>
</feed>"""  # noqa: E501 (feed fixture kept as one XML line per element)

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title><description>&lol3;</description></item></channel></rss>"""  # noqa: E501 (feed fixture kept as one XML line per element)

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>d</description></item></channel></rss>"""  # noqa: E501 (feed fixture kept as one XML line per element)


def _all(path: Path) -> list[RawDocument | Rejection]:
    return list(read_path(path))


@pytest.mark.parametrize(("name", "body", "n", "outlet"), [
    ("f.rss", RSS2, 2, "Le Quotidien"), ("f.rdf.xml", RSS1, 1, "Agence"), ("f.atom", ATOM, 1, "Blog Info")])
def test_ingest_feed_items_become_articles(tmp_path: Path, name: str, body: str, n: int, outlet: str) -> None:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    docs = _all(path)
    assert len(docs) == n and all(isinstance(d, RawDocument) and d.fmt == "feed" for d in docs)
    art = clean(docs[0])  # type: ignore[arg-type]
    assert not isinstance(art, Rejection)
    assert art.outlet == outlet and art.url.startswith("https://ex.fr/") and "<p>" not in art.text


def test_ingest_feed_date_and_origin(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(RSS2, encoding="utf-8")
    first = _all(path)[0]
    assert first.origin.endswith("f.rss#1") and first.fields["published"] == "2023-09-12"


@pytest.mark.parametrize("body", [BOMB, XXE])
def test_ingest_hostile_xml_is_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "evil.rss"
    path.write_text(body, encoding="utf-8")
    docs = _all(path)
    assert len(docs) == 1 and isinstance(docs[0], Rejection) and docs[0].code == "E011"


def _warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Inondations</title></head><body><article><p>Les pluies torrentielles ont "
            "provoqué des inondations dans le sud du pays, a indiqué la préfecture, qui a ouvert un centre "
            "d'accueil pour les sinistrés.</p></article></body></html>").encode()
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for uri, kind, payload, headers in [
            ("https://ex.fr/inondations", "response", page, html),
            ("https://ex.fr/x.png", "response", b"\x89PNG", png),
            ("https://ex.fr/", "request", b"GET / HTTP/1.1\r\n\r\n", None),
        ]:
            rec = w.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=headers)
            w.write_record(rec)
            if hasattr(rec, "raw_stream") and rec.raw_stream is not None:
                rec.raw_stream.close()
            for attr in ("payload", "_payload_temp"):
                f = getattr(rec, attr, None)
                if hasattr(f, "close"):
                    f.close()


@pytest.mark.parametrize("gz", [True, False])
def test_ingest_warc_html_responses_only(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, gz)
    docs = _all(path)
    assert len(docs) == 1 and isinstance(docs[0], RawDocument)
    assert docs[0].fields["url"] == "https://ex.fr/inondations" and docs[0].fmt == "html"
    art = clean(docs[0])
    assert not isinstance(art, Rejection) and "inondations" in art.text


def test_ingest_broken_warc_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"\\x1f\\x8b not really gzip")
    docs = _all(path)
    assert docs and isinstance(docs[-1], Rejection)


def _dated_warc(path: Path, head: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (f"<html><head><title>Éboulement</title>{head}</head><body><article><p>Un éboulement a fermé la "
            "route du col pendant trois jours, a indiqué la mairie, qui a mis en place une déviation par la "
            "vallée voisine.</p></article></body></html>").encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        rec = w.create_warc_record("https://ex.fr/eboulement", "response", payload=io.BytesIO(page),
                                   http_headers=headers, warc_headers_dict={"WARC-Date": "2024-06-20T10:00:00Z"})
        w.write_record(rec)
        if rec.raw_stream is not None:  # as _warc: no file left open for the warning filter
            rec.raw_stream.close()
        for attr in ("payload", "_payload_temp"):
            f = getattr(rec, attr, None)
            if hasattr(f, "close"):
                f.close()


def test_warc_capture_date_is_not_the_page_publication_date(tmp_path: Path) -> None:
    """A crawl archives a page months after it was out: the page's own date comes first, the capture
    date only when the page states none."""
    from datetime import date

    dated = tmp_path / "dated.warc.gz"
    _dated_warc(dated, '<meta property="article:published_time" content="2024-02-11T08:00:00+01:00">')
    (doc,) = _all(dated)
    art = clean(doc)  # type: ignore[arg-type]
    assert not isinstance(art, Rejection) and art.published == date(2024, 2, 11)
    undated = tmp_path / "undated.warc.gz"
    _dated_warc(undated, "")
    (doc,) = _all(undated)
    art = clean(doc)  # type: ignore[arg-type]
    assert not isinstance(art, Rejection) and art.published == date(2024, 6, 20)
    # labelled as the capture it is, not as the page's metadata (the CSV export and the report show it)
    assert art.published_source == "capture"


def test_a_dateline_in_the_text_beats_the_capture_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The capture date is the last resort: a date the text reader finds in the page's first lines (one the
    metadata reader missed) is the page's own, and is labelled « text »."""
    from datetime import date

    import recoupe.clean as cleaning

    undated = tmp_path / "undated.warc.gz"
    _dated_warc(undated, "")
    (doc,) = _all(undated)
    # the text reader stands for a dateline the metadata reader did not see (none of ours is missed by it)
    monkeypatch.setattr(cleaning, "_date_from_text", lambda units, origin: date(2024, 3, 9))
    art = clean(doc)  # type: ignore[arg-type]
    assert not isinstance(art, Rejection)
    assert (art.published, art.published_source) == (date(2024, 3, 9), "text")
