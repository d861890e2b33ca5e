"""The index pages (``/stories``, ``/entities``, ``/articles``) and the inputs a build rejected on the home page:
the same read side as the API and the report (issue 13, the desk). Hand-built store, no spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

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
        assert c.get("/api/articles").json() == {"articles": [], "count": 0, "limit": 100, "offset": 0,
                                                  "previous": None, "next": None}


# --- paging: a store of thousands of articles is not one page ---------------------------------------

def _many_entities(path: Path, n: int) -> None:
    with Store.open(path) as s, s.transaction():
        for k in range(n):
            s.create_entity(f"X{k:04d}", f"Witness {k:04d}", "PER")


def test_web_api_indexes_page_through_the_whole_list(client: TestClient) -> None:
    for path, key in (("/api/articles", "articles"), ("/api/entities", "entities"), ("/api/stories", "stories")):
        whole = client.get(path).json()
        total = whole["count"]
        assert total >= 2 and len(whole[key]) == total and whole["next"] is None and whole["previous"] is None
        first = client.get(f"{path}?limit=1").json()
        assert first["count"] == total and first["limit"] == 1 and first["offset"] == 0
        assert first["previous"] is None and first["next"] == 1 and len(first[key]) == 1
        pages, offset = [], 0
        while offset is not None:
            page = client.get(f"{path}?limit=1&offset={offset}").json()
            pages += page[key]
            offset = page["next"]
        assert pages == whole[key], path  # the pages, in order, are the list: none lost, none twice
        last = client.get(f"{path}?limit=1&offset={total - 1}").json()
        assert last["previous"] == total - 2 and last["next"] is None
        assert client.get(f"{path}?offset={total + 5}").json()[key] == []
        past = client.get(f"{path}?limit=1&offset={total + 5}").json()
        assert past[key] == [] and past["previous"] == total - 1  # back to the last page with items
        assert client.get(f"{path}?limit=1&offset={total}").json()["previous"] == total - 1


@pytest.mark.parametrize("query", ["limit=0", "limit=100000", "offset=-1", "limit=ten"])
def test_web_api_index_refuses_a_page_out_of_bounds_and_names_the_parameter(client: TestClient, query: str) -> None:
    r = client.get(f"/api/entities?{query}")
    assert r.status_code == 422
    assert query.split("=")[0] in r.json()["error"]["message"]


def test_web_indexes_default_to_a_page_and_link_the_next(fresh_db: Path) -> None:
    _many_entities(fresh_db, 250)
    with TestClient(create_app(fresh_db), raise_server_exceptions=False) as c:
        api = c.get("/api/entities").json()
        assert api["count"] == 256 and len(api["entities"]) == 100 == api["limit"] and api["next"] == 100
        html = c.get("/entities").text
        assert html.count('href="/entities/') == 100
        assert "256 entities" in html and "1–100 of 256" in html
        assert 'rel="next" href="/entities?offset=100"' in html and 'rel="prev"' not in html
        html = c.get("/entities?offset=200").text
        assert html.count('href="/entities/') == 56 and "201–256 of 256" in html
        assert 'rel="prev" href="/entities?offset=100"' in html and 'rel="next"' not in html
        # past the end: no range of nothing, and « previous » is the last page that holds rows
        html = c.get("/entities?offset=1000").text
        assert 'rel="prev" href="/entities?offset=200"' in html and "1001–" not in html
        assert c.get("/api/entities?offset=256").json()["previous"] == 200
        html = c.get("/entities?limit=30&offset=30").text
        assert 'href="/entities?offset=0&amp;limit=30"' in html and 'href="/entities?offset=60&amp;limit=30"' in html
        # a list that fits one page has no page links
        assert 'class="pager"' not in c.get("/articles").text


def test_store_index_reads_one_page_in_sql(fresh_db: Path) -> None:
    _many_entities(fresh_db, 20)
    with Store.open(fresh_db) as s:
        whole = s.entity_index()
        assert s.entity_index(5, 10) == whole[10:15] and s.entity_index(0) == []
        assert [r["id"] for r in s.stories(1, 1)] == [r["id"] for r in s.stories()][1:2]
        assert s.article_index(2, 1) == s.article_index()[1:3]
        with pytest.raises(ValueError):
            s.entity_index(-1)
