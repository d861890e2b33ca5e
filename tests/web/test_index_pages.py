"""The index pages (``/stories``, ``/entities``, ``/articles``) and the inputs a build rejected on the home page:
the same read side as the API and the report (issue 13, the desk). Hand-built store, no spaCy."""

from __future__ import annotations

from pathlib import Path

from recoupe.model import Rejection
from recoupe.storage import Store
from recoupe.web.server import create_app
from tests.web.conftest import TestClient


def test_web_stories_index_is_the_home_page(client: TestClient) -> None:
    r = client.get("/stories")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'href="/stories/S1"' in r.text and r.text == client.get("/").text


def test_web_entities_index_lists_every_entity_most_mentioned_first(client: TestClient) -> None:
    r = client.get("/entities")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    api = client.get("/api/entities").json()
    assert api["count"] == len(api["entities"]) > 0
    counts = [e["mention_count"] for e in api["entities"]]
    assert counts == sorted(counts, reverse=True)
    for e in api["entities"]:
        assert f'href="/entities/{e["id"]}"' in r.text
    assert 'href="/entities/E1">Kim Jong Un</a>' in r.text


def test_web_articles_index_lists_every_article_latest_first_with_its_story(client: TestClient) -> None:
    r = client.get("/articles")
    assert r.status_code == 200
    api = client.get("/api/articles").json()
    with Store.open(client.app.state.db_path, create=False, readonly=True) as s:  # type: ignore[attr-defined]
        assert api["count"] == s.count("articles") == len(api["articles"])
    dated = [a["published"] for a in api["articles"] if a["published"]]
    assert dated == sorted(dated, reverse=True)
    for a in api["articles"]:
        assert f'href="/articles/{a["id"]}"' in r.text
    assert 'href="/stories/S1">story</a>' in r.text
    assert "<script>alert(1)</script>" not in r.text  # titles are escaped here as on the article page


def test_web_nav_links_to_the_three_indexes(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert all(f'<a href="{p}">' in html for p in ("/", "/entities", "/articles"))


def test_web_home_page_lists_the_rejected_inputs_with_their_reason(fresh_db: Path) -> None:
    with TestClient(create_app(fresh_db), raise_server_exceptions=False) as c:
        assert 'id="rejected"' not in c.get("/").text
        with Store.open(fresh_db) as s, s.transaction():
            s.add_rejection(Rejection("/srv/desk/sources-privees/liste.txt", "E012",
                                      "[E012] '/srv/desk/sources-privees/liste.txt': the text is too short"))
        html = c.get("/").text
    assert 'id="rejected"' in html and "1 input rejected" in html
    assert "<code>liste.txt</code>" in html and "the text is too short" in html
    assert "sources-privees" not in html  # the file's name, never the server's folders


def test_web_empty_store_index_pages_say_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    Store.open(path).close()
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        assert "no entities yet" in c.get("/entities").text
        assert "no articles yet" in c.get("/articles").text
        assert c.get("/api/articles").json() == {"articles": [], "count": 0}
