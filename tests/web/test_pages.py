"""Server-rendered pages, hostile content, and adding articles (hand-built store, no spaCy)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from recoupe.pipeline import BuildSummary
from recoupe.storage import Store
from recoupe.web.server import create_app
from tests.web.conftest import HOSTILE_IMG, TestClient
from tests.web.test_api import assert_error

PAGES = ["/", "/stories/S1", "/stories/S2", "/entities/E1", "/entities/E3", "/entities/E6",
         "/articles/a1", "/articles/a2", "/articles/a4", "/search?q=Kim", "/search?q=script",
         "/search?q=piégé", "/search"]


@pytest.mark.parametrize("path", PAGES)
def test_web_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<link rel="stylesheet" href="/static/app.css">' in r.text


def test_web_stories_page_lists_stories_with_size_outlets_dates(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/stories/S1"' in html and "Kim Jong Un rencontre Poutine" in html
    assert "3 articles" in html and "Le Monde · Libération · Ouest-France" in html
    assert "2023-09-05 → 2023-09-06" in html
    assert 'action="/search"' in html


def test_web_story_page_citations_link_to_the_claim_with_the_sentence_on_hover(client: TestClient) -> None:
    html = client.get("/stories/S1").text
    assert ('<a class="cite" href="/articles/a1#claim-a1%3Ac1" '
            'title="Kim Jong Un a rencontré Vladimir Poutine à Vladivostok"') in html
    # timeline: filled event marks and hollow report marks
    svg = re.search(r'<svg class="chart timeline".*?</svg>', html, re.S)
    assert svg and 'fill="none" stroke="#c2571a"' in svg.group(0)
    assert "when it was published (report time)" in svg.group(0)
    net = re.search(r'<svg class="chart network".*?</svg>', html, re.S)
    assert net and 'href="/entities/E1"' in net.group(0)
    assert 'class="kind disputed"' in html and 'class="cell denied"' in html
    assert "one says they met, the other denies it" in html
    assert "same source as" in html


def test_web_article_page_highlights_by_escaped_offsets(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert '<span class="anchor" id="claim-a1:c1"></span>' in html
    assert re.search(r'<a class="ml" href="/entities/E1"><span class="m m-PER[^"]*" title="PER: Kim Jong Un', html)
    assert 'class="t"' in html or ' t"' in html or 'c-conditional t' in html
    assert 'data-c="a1:c3"' in html
    assert "2 lines removed as site furniture" in html and "Partager sur Facebook" in html
    assert "One source with:" in html and 'href="/articles/a2"' in html
    assert 'href="https://example.org/a1"' in html


def test_web_entity_page_shows_aliases_roles_claims_quotes(client: TestClient) -> None:
    html = client.get("/entities/E1").text
    assert "Kim Jong-un" in html and 'href="/articles/a2"' in html
    assert "dirigeant nord-coréen" in html
    assert "Claims attributed to Kim Jong Un" in html and "Nous voulons la paix" in html
    assert 'href="/entities/E2"' in html


class _Tags(HTMLParser):
    """Every element and attribute the browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("src") != "/static/app.js":
            self.bad.append(f"<script {attrs}>")
        if (tag in ("img", "iframe", "object", "embed", "base", "meta")
                and not (tag == "meta" and attrs[0][0] in ("charset", "name"))):
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            v = (value or "").strip().lower()
            if name.startswith("on") or v.startswith("javascript:") or (name == "style"):
                self.bad.append(f"<{tag} {name}={value!r}>")


@pytest.mark.parametrize("path", [*PAGES, "/api/stories/S2", "/api/articles/a4", "/api/entities/E6"])
def test_web_hostile_content_is_inert(client: TestClient, path: str) -> None:
    r = client.get(path)
    if path.startswith("/api/"):
        assert r.headers["content-type"].startswith("application/json")
        assert HOSTILE_IMG in repr(r.json())  # data is returned as data; JSON is never sniffed as HTML
        return
    parser = _Tags()
    parser.feed(r.text)
    assert parser.bad == [], path
    assert "<script>alert(1)</script>" not in r.text and HOSTILE_IMG not in r.text
    assert "<b>Outlet</b>" not in r.text and "<b>gras</b>" not in r.text


def test_web_hostile_content_is_shown_escaped(client: TestClient) -> None:
    html = client.get("/articles/a4").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:alert(1) (not a web link)" in html  # shown, not linked
    assert "a4.txt" in html and "/secret/path" not in html
    assert "&lt;script&gt;" in client.get("/stories/S2").text


# -- adding articles -----------------------------------------------------------------------------
def _app(db: Path, token: str | None = "s3cret", limit: int = 5_000_000) -> TestClient:
    return TestClient(create_app(db, token=token, max_upload_bytes=limit), raise_server_exceptions=False)


def test_web_add_is_disabled_without_a_token(client: TestClient) -> None:
    err = assert_error(client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"}),
                       404, "disabled")
    assert "--token" in err["message"]
    assert client.get("/articles/new").status_code == 404
    assert 'href="/articles/new"' not in client.get("/").text


def test_web_add_needs_the_right_bearer_token(web_db: Path) -> None:
    with _app(web_db) as c:
        r = c.post("/api/articles", json={"text": "x"})
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
        assert_error(c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Basic czNjcmV0"}), 401)
        assert_error(c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}),
                     403, "forbidden")
        assert c.get("/articles/new").status_code == 200
        assert 'href="/articles/new"' in c.get("/").text


def test_web_add_refuses_a_body_over_the_limit(web_db: Path) -> None:
    with _app(web_db, limit=1000) as c:
        auth = {"Authorization": "Bearer s3cret"}
        assert_error(c.post("/api/articles", content=b"x" * 1001, headers=auth), 413, "payload_too_large")

        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(5):
                yield b"y" * 400  # no Content-Length: the stream is counted

        assert_error(c.post("/api/articles", content=chunks(), headers=auth), 413)


@pytest.mark.parametrize(("body", "ctype"), [
    (b"{not json", "application/json"), (b'{"title": "no text"}', "application/json"),
    (b'{"text": "x", "evil": "1"}', "application/json"), (b'{"text": 3}', "application/json"),
    (b"   ", "text/plain"),
])
def test_web_add_rejects_bad_bodies_with_422(web_db: Path, body: bytes, ctype: str) -> None:
    with _app(web_db) as c:
        assert_error(c.post("/api/articles", content=body,
                            headers={"Authorization": "Bearer s3cret", "Content-Type": ctype}), 422)


def test_web_add_builds_a_temp_file_and_reports_what_was_added(fresh_db: Path) -> None:
    from recoupe.model import Article, RawDocument

    seen: list[tuple[str, bytes]] = []

    def fake_build(store: Store, inputs: list[str]) -> BuildSummary:
        path = Path(inputs[0])
        seen.append((path.name, path.read_bytes()))
        with store.transaction():
            store.add_raw("n1", RawDocument(str(path), "json", path.read_bytes()))
            store.add_article(Article("n1", str(path), "Texte collé."), [(0, 12)], "fake")
        return BuildSummary(added=1, added_ids=["n1"], stories_touched={"S1"})

    with _app(fresh_db) as c:
        c.app.state.build = fake_build  # type: ignore[attr-defined]
        r = c.post("/api/articles", json={"text": "Texte collé.", "title": "Collé"},
                   headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 201, r.text
        assert r.json() == {"added": 1, "skipped": 0, "rejected": [], "articles": ["n1"], "stories": ["S1"]}
        assert seen[0][0] == "upload.json" and b'"title": "Coll' in seen[0][1]
        r = c.post("/api/articles", content=b"<html><p>x</p></html>",
                   headers={"Authorization": "Bearer s3cret", "Content-Type": "text/html",
                            "X-Filename": "../../etc/passwd.html"})
        assert seen[1][0] == "upload.html"  # the client's name never becomes a path
        assert c.get("/api/articles/n1").status_code == 200


def test_web_add_reports_rejections_without_temp_paths(fresh_db: Path) -> None:
    from recoupe.model import Rejection

    def rejecting(store: Store, inputs: list[str]) -> BuildSummary:
        return BuildSummary(rejected=[Rejection(inputs[0], "E012", f"[E012] '{inputs[0]}': the text is too short")])

    with _app(fresh_db) as c:
        c.app.state.build = rejecting  # type: ignore[attr-defined]
        r = c.post("/api/articles", content=b"court", headers={"Authorization": "Bearer s3cret",
                                                                "X-Filename": "note.txt"})
        err = assert_error(r, 422, "rejected")
        assert "note.txt" in err["message"] and "recoupe-upload" not in err["message"]


def test_serve_with_several_workers_answers_from_each(web_db) -> None:  # type: ignore[no-untyped-def]
    """``recoupe serve --workers 2``: uvicorn's worker processes each build the app from the
    environment (app_from_env) and serve the same store."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", str(web_db), "--port", str(port),
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        deadline, status = time.monotonic() + 90, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5).status_code
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        assert status == 200, server.stderr.read().decode()[-2000:] if server.poll() is not None else "no answer"
        group = []  # processes of the server's group (/proc: stat field 5 is the process group)
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == server.pid:
                group.append(stat.parent.name)
        assert len(group) >= 3, group  # the supervisor and its two workers
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.communicate(timeout=30)  # waits, and closes the stderr pipe
