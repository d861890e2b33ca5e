"""Search by spelling and typo, pages in words, on the hand-built store (no spaCy)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe.storage import Store
from recoupe.web.server import create_app
from tests.web.conftest import TestClient


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The hand-built store with the keys entity resolution files names under, and a second Kim."""
    from recoupe.resolve.names import full_key
    from tests.web.conftest import build_store

    path = tmp_path_factory.mktemp("keyed") / "k.db"
    s = build_store(path)
    with s.transaction():
        s.create_entity("E7", "Kim Jong-il", "PER")
        s.add_alias("E7", "Kim Jong-il", "a3", 1)
        for eid, name, etype in [("E1", "Kim Jong Un", "PER"), ("E1", "Kim Jong-un", "PER"),
                                 ("E3", "Vladivostok", "LOC"), ("E7", "Kim Jong-il", "PER"),
                                 ("E5", "Dmitri Peskov", "PER")]:
            s.add_entity_keys(eid, [(f"{etype}:{full_key(name)}", "full")])
    s.close()
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def test_web_search_finds_a_name_by_another_transliteration(keyed: TestClient) -> None:
    v = keyed.get("/api/search", params={"q": "Wladiwostok"}).json()  # German-style spelling
    assert [(e["id"], e["matched_by"]) for e in v["entities"]][:1] == [("E3", "spelling")]
    assert v["spellings"] == ["Vladivostok"]
    assert {a["id"] for a in v["articles"]} == {"a1", "a2", "a3"}


def test_web_search_tolerates_a_typo_in_a_name(keyed: TestClient) -> None:
    v = keyed.get("/api/search", params={"q": "Vladivstok"}).json()
    assert v["entities"] and v["entities"][0]["id"] == "E3" and v["entities"][0]["matched_by"] == "similar"
    assert {a["id"] for a in v["articles"]} == {"a1", "a2", "a3"}
    v = keyed.get("/api/search", params={"q": "Zzyzx"}).json()
    assert v["entities"] == [] and v["articles"] == []


def test_web_search_a_full_name_does_not_find_a_relative(keyed: TestClient) -> None:
    v = keyed.get("/api/search", params={"q": "Kim Jong Un"}).json()
    assert [e["id"] for e in v["entities"]] == ["E1"]
    assert "kim jong il" not in v["query"] and '"kim"' not in v["query"]
    v = keyed.get("/api/search", params={"q": "Kim Jong-il"}).json()
    assert [e["id"] for e in v["entities"]] == ["E7"]


def test_web_search_page_says_which_spellings_were_searched(keyed: TestClient) -> None:
    html = keyed.get("/search", params={"q": "Wladiwostok"}).text
    assert 'id="spellings"' in html and "« Vladivostok »" in html


def _visible(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'\s(?:title|data-tip|href|class|id)="[^"]*"', " ", html)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("path", ["/stories/S1", "/articles/a1", "/articles/a3", "/entities/E1", "/search?q=Kim"])
def test_web_pages_say_codes_in_words(client: TestClient, path: str) -> None:
    text = _visible(client.get(path).text)
    for code in ("single_source", "PXD", "PRESENT_REF", "group G", "group g", " src<", "negation"):
        assert code not in text, (path, code)


def test_web_article_page_dates_and_claims_in_words(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert "Monday 4 September 2023" in html and "October 2023" in html and "to the month" in html
    assert "also in 2 other articles" in html  # G1 is carried by a1, a2 and a3
    assert 'title="the article attributes it to someone' in html


def test_web_story_page_leads_with_contradictions_and_disputes(client: TestClient) -> None:
    html = client.get("/stories/S1").text
    nav = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)  # type: ignore[union-attr]
    assert re.findall(r'href="#(\w+)"', nav)[0] == "contradictions"
    order = [html.index(f'<section id="{s}">') for s in ("contradictions", "briefing", "timeline", "matrix", "sources")]
    assert order == sorted(order)
    assert html.index('id="disputed"') < html.index('<section id="briefing">')
    assert '<a href="#contradictions">1 contradiction</a>' in html


def test_web_untitled_article_is_named_by_its_first_words(fresh_db: Path) -> None:
    with Store.open(fresh_db) as s:
        s.db.execute("UPDATE articles SET title = '' WHERE id = 'a3'")
        s.db.commit()
    with TestClient(create_app(fresh_db)) as c:
        story = c.get("/stories/S1").text
        assert "Le Kremlin a démenti toute livraison d&#39;armes." in story
        entity = c.get("/entities/E5").text
        assert ">a3<" not in entity and "Le Kremlin a démenti" in entity
        article = c.get("/articles/a3").text
        assert "(no title: its first words)" in article
