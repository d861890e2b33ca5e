"""The JSON API and its one error shape, on a store built by hand (fast, no spaCy)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from recoupe.storage import Store
from recoupe.web.server import SECURITY_HEADERS, create_app
from tests.web.conftest import TestClient

ERROR_KEYS = {"code", "message", "status"}


def assert_error(resp, status: int, code: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status
    if code:
        assert body["error"]["code"] == code
    assert "Traceback" not in resp.text and "/work/" not in resp.text and ".py" not in resp.text
    return body["error"]


def test_web_api_stories_lists_size_outlets_and_dates(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    s1 = next(s for s in body["stories"] if s["id"] == "S1")
    assert s1["size"] == 3
    assert s1["outlets"] == ["Le Monde", "Libération", "Ouest-France"]
    assert (s1["first_published"], s1["last_published"]) == ("2023-09-05", "2023-09-06")
    assert body["counts"]["articles"] == 4


def test_web_api_story_has_briefing_timeline_matrix_network_contradictions(client: TestClient) -> None:
    v = client.get("/api/stories/S1").json()
    assert [a["n"] for a in v["articles"]] == [1, 2, 3]
    cite = v["briefing"][0]["citations"][0]
    assert cite["n"] == 1 and cite["quote"] == "Kim Jong Un a rencontré Vladimir Poutine à Vladivostok"
    assert {e["reported"] for e in v["timeline"]} == {"2023-09-05", "2023-09-06"}
    g1 = next(m for m in v["matrix"] if m["group_id"] == "G1")
    # a2 is wire copy of a1: three articles but two independent sources; a3 denies it
    assert g1["articles"] == 3 and g1["independent_sources"] == 2 and g1["status"] == "disputed"
    assert [c["modality"] if c else None for c in g1["cells"]] == ["asserted", "asserted", "denied"]
    assert v["contradictions"][0]["sides"][1]["modality"] == "denied"
    names = {n["name"] for n in v["network"]["nodes"]}
    assert {"Kim Jong Un", "Vladimir Poutine", "Vladivostok"} <= names
    edge = {(e["source"], e["target"]): e["weight"] for e in v["network"]["edges"]}
    assert edge[("E1", "E2")] == 3  # one sentence in each article


def test_web_api_entity_aliases_roles_claims_quotes(client: TestClient) -> None:
    v = client.get("/api/entities/E1").json()
    assert v["entity"]["name"] == "Kim Jong Un"
    aliases = {a["alias"]: [s["article_id"] for s in a["seen_in"]] for a in v["aliases"]}
    assert aliases == {"Kim Jong Un": ["a1", "a3"], "Kim Jong-un": ["a2"]}
    assert v["roles"] == [{"article_id": "a1", "role": "dirigeant nord-coréen"}]
    assert {c["id"] for c in v["claims_about"]} == {"a1:c1", "a2:c1", "a3:c1"}
    assert [c["id"] for c in v["claims_by"]] == ["a1:c4"]
    assert v["quotes"][0]["text"] == "Nous voulons la paix"
    assert {c["name"] for c in v["cooccurring"]} >= {"Vladimir Poutine", "Vladivostok"}
    assert v["place"] is None


def test_web_api_place_has_gazetteer_coordinates(client: TestClient) -> None:
    v = client.get("/api/entities/E3").json()
    assert v["place"]["has_coordinates"] and v["place"]["country"] == "RU" and v["place"]["kind"] == "city"
    assert 40 < v["place"]["lat"] < 45 and 130 < v["place"]["lon"] < 135
    assert "<circle" in client.get("/entities/E3").text


def test_web_api_place_without_coordinates_has_no_fake_ones(client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import recoupe.resolve.places as places

    monkeypatch.setattr(places, "lookup", lambda name: None)
    v = client.get("/api/entities/E3").json()
    assert v["place"]["lat"] is None and v["place"]["lon"] is None and not v["place"]["has_coordinates"]
    html = client.get("/entities/E3").text
    assert "Map unavailable" in html and "<circle" not in html


def test_web_api_article_text_annotations_and_same_source(client: TestClient) -> None:
    v = client.get("/api/articles/a2").json()
    assert v["article"]["source_id"] == "a1" and "wire copy" in v["article"]["source_reason"]
    assert [x["id"] for x in v["same_source"]] == ["a1"]
    v1 = client.get("/api/articles/a1").json()
    assert [x["id"] for x in v1["same_source"]] == ["a2"]
    assert v1["article"]["removed_lines"] == ["Partager sur Facebook", "Publicité"]
    text = v1["article"]["text"]
    for c in v1["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
    assert {t["value"] for t in v1["timexes"]} == {"2023-09-04", "2023-10"}
    assert v1["story"] == {"id": "S1", "label": "Kim Jong Un rencontre Poutine",
                           "name": "Kim Jong Un rencontre Poutine"}


@pytest.mark.parametrize(("q", "expect"), [
    ("negociation", "a1:c3"),        # accents folded, plural found from the singular
    ("Négociations", "a1:c3"),
    ("livrer", "a3:c2"),             # crude stem: livr* -> livraison
    ("rencontré Poutine", "a1:c1"),  # every word required
])
def test_web_api_search_is_french_aware(client: TestClient, q: str, expect: str) -> None:
    body = client.get("/api/search", params={"q": q}).json()
    assert expect in {c["id"] for c in body["claims"]}
    for c in body["claims"]:
        for a, b in c["hits"]:
            assert 0 <= a < b <= len(c["snippet"])


def test_web_api_search_finds_entities_by_alias_and_articles_by_title(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Jong-un"}).json()
    assert body["entities"][0]["id"] == "E1"
    body = client.get("/api/search", params={"q": "Kremlin dément"}).json()
    assert "a3" in {a["id"] for a in body["articles"]}


@pytest.mark.parametrize("q", ['"', "NEAR(a b", "a* OR -b", "'; DROP TABLE articles; --", "^", "***", ""])
def test_web_api_search_never_fails_on_fts_syntax(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize("path", ["/api/stories/S404", "/api/entities/E404", "/api/articles/zz404",
                                  "/stories/S404", "/entities/E404", "/articles/zz404", "/nowhere", "/api/nowhere"])
def test_web_unknown_ids_are_404_in_the_error_shape(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404, "not_found")


def test_web_html_clients_get_an_html_error_page_with_the_same_fields(client: TestClient) -> None:
    r = client.get("/stories/S404", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no story with id" in r.text and "not found" in r.text
    # the API answers JSON even to a browser
    assert_error(client.get("/api/stories/S404", headers={"Accept": "text/html"}), 404)


@pytest.mark.parametrize("path", ["/api/search?q=" + "x" * 201, "/api/search?q=a&limit=0",
                                  "/api/articles/a%20b", "/api/stories/" + "x" * 100, "/articles/%3Cscript%3E"])
def test_web_validation_errors_are_422_in_the_error_shape(client: TestClient, path: str) -> None:
    err = assert_error(client.get(path), 422, "validation_error")
    assert "parameter" in err["message"]


def test_web_method_not_allowed_in_the_error_shape(client: TestClient) -> None:
    assert_error(client.delete("/api/stories"), 405, "method_not_allowed")


def test_web_crash_is_500_in_the_error_shape_without_details(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import recoupe.web.stories as stories

    def boom(store: Store) -> dict:  # type: ignore[type-arg]
        raise RuntimeError(f"secret detail in {web_db}")

    monkeypatch.setattr(stories, "stories_view", boom)
    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        for path in ("/api/stories", "/"):
            r = c.get(path)
            err = assert_error(r, 500, "internal_error")
            assert "secret" not in r.text and str(web_db) not in r.text and err["message"]
            assert r.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/", "/stories/S1", "/api/stories", "/nowhere", "/static/app.css",
                                  "/search?q=kim", "/openapi.json", "/api/search?q=" + "x" * 201])
def test_web_security_headers_on_every_response(client: TestClient, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_web_pages_have_no_inline_script_or_style_and_no_remote_loads(client: TestClient) -> None:
    for path in ("/", "/stories/S1", "/entities/E1", "/entities/E3", "/articles/a1", "/search?q=kim"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html), path
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"""(src|href)=["'](https?:)?//""",
                             html.replace('href="https://example.org/a1"', "")), path


@pytest.mark.parametrize("path", ["/static/../server.py", "/static/%2e%2e/server.py", "/static/..%2fserver.py",
                                  "/static/%2e%2e/%2e%2e/storage/store.py", "/articles/..%2F..%2Fetc%2Fpasswd",
                                  "/api/articles/..%2f..%2fetc%2fpasswd", "/static//etc/passwd"])
def test_web_no_path_traversal(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 422)
    assert "def create_app" not in r.text and "class Store" not in r.text and "root:" not in r.text


def test_web_openapi_describes_the_api_only(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths == {"/api/stories", "/api/stories/{story_id}", "/api/entities", "/api/entities/{entity_id}",
                     "/api/articles/{article_id}", "/api/articles", "/api/search"}
    assert "post" in spec["paths"]["/api/articles"]


def test_web_openapi_every_response_is_typed(client: TestClient) -> None:
    """A client can be generated: every JSON response names a schema with typed fields."""
    spec = client.get("/openapi.json").json()
    components = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, r in op["responses"].items():
                schema = r["content"]["application/json"]["schema"]
                assert "$ref" in schema, (method, path, status, schema)
                name = schema["$ref"].rsplit("/", 1)[-1]
                props = components[name]["properties"]
                assert props and all(v for v in props.values()), (name, props)
    untyped = [f"{name}.{k}" for name, c in components.items() for k, v in c.get("properties", {}).items()
               if v == {} or (v.get("type") == "object" and "properties" not in v and "additionalProperties" not in v)]
    assert not untyped
    assert components["Story"]["properties"]["matrix"]["items"]["$ref"].endswith("/MatrixRow")
    assert set(components["Claim"]["properties"]["modality"]["enum"]) == {
        "asserted", "reported", "conditional", "speculative", "denied"}


@pytest.mark.parametrize(("path", "model"), [
    ("/api/stories", "StoryList"), ("/api/stories/S1", "Story"), ("/api/entities/E1", "EntityPage"),
    ("/api/entities/E3", "EntityPage"), ("/api/articles/a1", "ArticlePage"), ("/api/articles/a2", "ArticlePage"),
    ("/api/search?q=Kim%20Jong%20Un", "SearchResults"), ("/api/search?q=n%C3%A9gociations", "SearchResults"),
    ("/api/stories/nope", "Error"), ("/api/entities", "EntityList"), ("/api/articles", "ArticleList"),
])
def test_web_api_answers_match_their_schema(client: TestClient, path: str, model: str) -> None:
    """The routes return their dicts as they are: each must validate against its published model,
    unknown fields forbidden, so schema and answers cannot drift apart."""
    from recoupe.web import schemas

    r = client.get(path)
    getattr(schemas, model).model_validate(r.json())


def test_web_docs_page_is_offline_and_lists_every_endpoint(client: TestClient) -> None:
    r = client.get("/docs", headers={"accept": "text/html"})
    assert r.status_code == 200
    html = r.text
    for path in ("/api/stories/{story_id}", "/api/entities/{entity_id}", "/api/search", "/api/articles"):
        assert f"<code>{path}</code>" in html
    assert 'id="schema-MatrixRow"' in html and 'id="schema-Claim"' in html
    # nothing from another origin, no script of its own
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    assert "swagger" not in html.lower() and "cdn" not in html.lower()
    assert r.headers["content-security-policy"].startswith("default-src 'self'")


def test_web_readers_work_while_a_build_writes(web_db: Path) -> None:
    writer = sqlite3.connect(web_db)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE stories SET label = label WHERE id='S1'")
        with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
            assert c.get("/api/stories/S1").status_code == 200
    finally:
        writer.rollback()
        writer.close()


def test_web_search_index_follows_new_rows_through_triggers(fresh_db: Path) -> None:
    from recoupe.model import Article, RawDocument

    with TestClient(create_app(fresh_db), raise_server_exceptions=False) as c:
        assert c.get("/api/search", params={"q": "zeppelin"}).json()["articles"] == []
        with Store.open(fresh_db) as s, s.transaction():
            s.add_raw("a9", RawDocument("x", "text", b"x"))
            s.add_article(Article("a9", "x", "Un zeppelin survole Paris.", title="Zeppelins"), [(0, 26)], "t")
            s.create_entity("E9", "Graf Zeppelin", "ORG")
            s.add_alias("E9", "LZ 127", "a9", 1)
        body = c.get("/api/search", params={"q": "zeppelins"}).json()
        assert [a["id"] for a in body["articles"]] == ["a9"]
        assert c.get("/api/search", params={"q": "LZ 127"}).json()["entities"][0]["id"] == "E9"


def test_web_old_store_is_migrated_and_backfilled(tmp_path: Path) -> None:
    from recoupe.storage.migrations import m001_initial

    db = tmp_path / "old.db"
    raw = sqlite3.connect(db)
    m001_initial(raw)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO raw_documents (id, origin, fmt, raw) VALUES ('o1', 'x', 'text', x'00')")
    raw.execute("INSERT INTO articles (id, seq, origin, title, text) VALUES ('o1', 1, 'x', 'Ancien', 'Élection "
                "présidentielle')")
    raw.commit()
    raw.close()
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        assert [a["id"] for a in c.get("/api/search", params={"q": "election"}).json()["articles"]] == ["o1"]


def test_web_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    from recoupe.errors import RecoupeError

    with pytest.raises(RecoupeError, match="E032"):
        create_app(tmp_path / "missing.db")
